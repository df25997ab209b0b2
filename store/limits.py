"""Amounts of money and their limits: "80 000 kr", "högst 100 000 kr", "upp till 5 prisbasbelopp".

One reader for both sides: ingest reads a delegate's limit with it, the assistant reads an asker's
"över fem basbelopp" and a sentence's "högst 5 000 kr per köp" with it. The units and the words
that bound an amount are data in the shared vocabulary (``store/vocabulary.toml``: ``amount_unit``
and ``limit_bounds``). Only amounts of money (kronor, prisbasbelopp, inkomstbasbelopp) and
percentages are limits; "högst 30 dygn" and "högst 50 kvm" stay conditions in words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from store.schema import Limit
from store.vocabulary import NUMBER_WORDS, vocabulary

_WORDS = {w: float(n) for w, n in NUMBER_WORDS.items()} | {"halvt": 0.5, "halv": 0.5}
_ALTERNATION = "|".join(sorted(_WORDS, key=len, reverse=True))  # "femtio" before "fem"
_FIGURE = r"\d{1,3}(?:[ \u00a0.]\d{3})+|\d+"  # "80 000", "80.000", "120"; decimals after a comma
# a figure or a number word; a number word stands alone ("fem", not the end of "tjugofem")
_NUMBER = rf"(?P<num>{_FIGURE})(?:,(?P<dec>\d+))?|(?<![\wåäö])(?P<word>{_ALTERNATION})"


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str
    start: int
    end: int


@functools.cache
def _patterns() -> tuple[re.Pattern[str], dict[str, tuple[str, float]], re.Pattern[str], re.Pattern[str]]:
    vocab = vocabulary()
    units = {form.lower(): (u.name, u.factor) for u in vocab.amount_unit for form in u.forms}
    forms = "|".join(re.escape(f) for f in sorted(units, key=len, reverse=True))
    amount = re.compile(rf"(?<![\w,.])(?:{_NUMBER})\s*(?P<unit>{forms})(?![\wåäö])", re.I)
    bounds = vocab.limit_bounds
    assert bounds is not None, "the vocabulary needs [limit_bounds]"
    words = sorted(
        [*((w, "max") for w in bounds.max), *((w, "min") for w in bounds.min)], key=lambda x: -len(x[0])
    )
    bound = re.compile(
        rf"(?<![\wåäö])(?P<max>{'|'.join(re.escape(w) for w, b in words if b == 'max')})"
        rf"|(?<![\wåäö])(?P<min>{'|'.join(re.escape(w) for w, b in words if b == 'min')})",
        re.I,
    )
    beyond = re.compile(
        # first, or after the matter's noun: "Högre belopp", "Projekt med högre utgift"
        rf"^\s*(?:[\wåäö-]+\s+(?:med|av|som avser|på)\s+)?"
        rf"(?:{'|'.join(re.escape(w) for w in sorted(bounds.beyond, key=len, reverse=True))})(?![\wåäö])",
        re.I,
    )
    return amount, units, bound, beyond


def amounts(text: str) -> list[Amount]:
    """Every amount of money or percentage in ``text``, in kronor where written in tkr or mnkr;
    "40 procent av prisbasbeloppet" is 0.4 prisbasbelopp."""
    amount, units, _, _ = _patterns()
    out = []
    for m in amount.finditer(text):
        if m.group("word"):
            value = _WORDS[m.group("word").lower()]
        else:
            value = float(
                re.sub(r"\D", "", m.group("num")) + (f".{m.group('dec')}" if m.group("dec") else "")
            )
        name, factor = units[m.group("unit").lower()]
        end = m.end()
        if name == "procent" and (of := re.match(r"\s+av\s+(?:ett\s+)?(\w+)", text[end:])):
            base = units.get(of.group(1).lower())
            if base and base[0] != "kr":
                name, value, factor, end = base[0], value / 100, base[1], end + of.end()
        out.append(Amount(round(value * factor, 6), name, m.start(), end))
    return out


# "10 000–49 999 kr", "10 000 kr - 49 999 kr", "mellan 10 000 och 49 999 kr": the lower end before the amount
_RANGE_FROM = re.compile(
    rf"(?:^|[^\d\w])(?P<low>{_FIGURE})(?:,(?P<dec>\d+))?(?:\s*[a-zåäö.]{{1,14}})?"
    r"\s*(?:[–—-]|och)\s*$",
    re.I,
)
# "200 000 kr eller mer": the amount is the lower end, included (the clause ends there)
_OR_MORE = re.compile(
    r"^\s*(?:eller|och)\s+(?:mer|mera|mer än så|högre|uppåt|över)(?:\s+per\s+\w+)?\s*(?:[.,;:)]|$)", re.I
)
# a number that counts something else stands before a range's lower end: "punkt 3 - 50 000 kr"
_NOT_A_FIGURE = re.compile(r"(?:punkt|kap\.?|kapitel|§|nr|år|bilaga|avsnitt|sid\.?|sidan)\s*$", re.I)


def parse_limit(text: str) -> Limit | None:
    """The first amount in ``text`` that a bound word stands before ("högst", "upp till", "över",
    "överstiger"), or that closes a range ("10 000–49 999 kr"), or that "eller mer" follows, as a
    limit; None if no amount is bounded.

    >>> parse_limit("Högst 100 000 kr per tillfälle")
    Limit(amount=100000.0, unit='kr', bound='max', floor=None)
    >>> parse_limit("där kostnaden beräknas överstiga 2 prisbasbelopp")
    Limit(amount=2.0, unit='prisbasbelopp', bound='min', floor=None)
    >>> parse_limit("uppgår till högst 10 miljoner kronor per affär")
    Limit(amount=10000000.0, unit='kr', bound='max', floor=None)
    >>> parse_limit("Högst 30 dygn per tillfälle") is None
    True
    >>> parse_limit("10 000–49 999 kr")
    Limit(amount=49999.0, unit='kr', bound='max', floor=10000.0)
    >>> parse_limit("200 000 kr eller mer")
    Limit(amount=200000.0, unit='kr', bound='min', floor=200000.0)
    """
    _, _, bound, _ = _patterns()
    found = amounts(text)
    for k, a in enumerate(found):
        before = text[max(0, a.start - 40) : a.start]
        hits = list(bound.finditer(before))
        low = _RANGE_FROM.search(before)
        if low and _same_unit(low, a, text) and not _NOT_A_FIGURE.search(before[: low.start("low")]):
            floor = _number(low) * _scale(a, text)
            if a.value / 1000 <= floor < a.value:  # "punkt 3 - 50 000 kr" is no range
                return Limit(a.value, a.unit, "max", floor)
        if not hits and _OR_MORE.match(text[a.end :]):
            return Limit(a.value, a.unit, "min", a.value)
        if not hits:
            continue
        last = hits[-1]
        if len(before[last.end() :].split()) > 3:
            continue  # the bound word belongs to something else in the sentence
        if last.group("min") and k + 1 < len(found) and (upper := found[k + 1]).unit == a.unit:
            between = text[a.end : upper.start]  # "Över 50 000 kr och upp till 200 000 kr": both ends
            joined = re.match(r"\s*(?:,|och\b|men\b)", between) and len(between.split()) <= 4
            if joined and upper.value > a.value and any(m.group("max") for m in bound.finditer(between)):
                return Limit(upper.value, upper.unit, "max", a.value)
        return Limit(a.value, a.unit, "max" if last.group("max") else "min")
    return None


def _same_unit(low: re.Match[str], a: Amount, text: str) -> bool:
    """Is the range's lower end in the amount's unit: no unit word after it, or the same one
    ("10 000 kr–49 999 kr")?"""
    unit_word = re.search(r"[a-zåäö.]{1,14}\s*(?:[–—-]|och)\s*$", low.group(0), re.I)
    if unit_word is None:
        return True
    word = re.escape(unit_word.group(0).split()[0].rstrip("–—-").lower())
    return bool(
        re.search(rf"(?<![a-zåäö]){word}(?![a-zåäö])", text[a.start : a.end].lower())
    )  # not kr in mnkr


def _number(m: re.Match[str], name: str = "low") -> float:
    return float(re.sub(r"\D", "", m[name]) + (f".{m['dec']}" if m["dec"] else ""))


def _scale(a: Amount, text: str) -> float:
    """The factor the amount's unit applied to its figure ("2 mnkr" is 2 000 000 kr): 1 for most."""
    m = re.match(rf"(?P<num>{_FIGURE})(?:,(?P<dec>\d+))?", text[a.start : a.end])
    return a.value / _number(m, "num") if m and _number(m, "num") else 1.0


def means_beyond(text: str) -> bool:
    """Does a clause speak of what lies above the limit just named ("Däröver", "Högre belopp",
    "Projekt med högre utgift")?"""
    return bool(_patterns()[3].match(text))


def complement(limit: Limit) -> Limit:
    """The other side of a limit: above "högst 5 pbb" lies "över 5 pbb"."""
    return Limit(limit.amount, limit.unit, "min" if limit.bound == "max" else "max")
