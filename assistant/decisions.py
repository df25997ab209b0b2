"""Decision records as the assistant reads them: who decides which matter, with amount limits.

Records come from the registry (built at ingest from delegation tables and decision statements in
prose, limits parsed there). Amounts are compared in one unit: a limit in prisbasbelopp meets an
asker's amount in kronor through the prisbasbelopp of the question's year (``store/vocabulary.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.question import Amount, amounts_in
from store.lexical import LexicalIndex
from store.limits import parse_limit
from store.registry import Registry
from store.schema import DecisionRecord, Limit
from store.vocabulary import number_value, prisbasbelopp, quantity_pattern, unit_days


@dataclass(frozen=True)
class Quantity:
    """A figure with its unit and, when the text bounds it, the bound ("över 120 timmar")."""

    value: float
    unit: str
    bound: str | None  # "max" (upp till, högst), "min" (över, mer än) or None


# an age, not a span of time: "mamma är 84 år", "fyller 16 år", "15 år gammal"
_AGE_BEFORE = re.compile(
    r"(?:\b(?:fyller|fyllt|blir)|\b(?:jag|du|hon|han|hen|vi|ni|de|mamma|pappa|mor|far|barnet|sonen|dottern|"
    r"son|dotter|mormor|morfar|farmor|farfar)\s+är)\s+$",
    re.I,
)
_AGE_AFTER = re.compile(r"\s+gam(?:mal|malt|la)\b", re.I)


def quantities(text: str, ages: bool = True) -> list[Quantity]:
    """The quantities in ``text`` in the vocabulary's units (not money: see :func:`admits`);
    without ``ages``, a person's age ("min mamma är 84 år") is left out."""
    pattern, units, bounds = quantity_pattern()
    out = []
    for m in pattern.finditer(text or ""):
        if not ages and (_AGE_BEFORE.search(text[: m.start()]) or _AGE_AFTER.match(text, m.end())):
            continue
        value = number_value(m["n"])
        bound = bounds.get(m["bound"].lower()) if m["bound"] else None
        out.append(Quantity(value, units[m["unit"].lower()], bound))
    return out


def meets(condition: Quantity, asked: Quantity) -> bool | None:
    """Does the asker's quantity fall within the condition's bound? None when they do not compare.
    Spans of time compare across units ("ett helt år" is more than "högst 6 månader")."""
    if condition.bound is None:
        return None
    have, want = asked.value, condition.value
    if condition.unit != asked.unit:
        days = unit_days()
        if condition.unit not in days or asked.unit not in days:
            return None
        have, want = have * days[asked.unit], want * days[condition.unit]
    slack = 1e-3 * max(have, want)  # "12 månader" is "ett år" in days
    if asked.bound == "min":
        have += 1e-6 + slack  # "mer än 120" is above 120
    return have <= want + slack if condition.bound == "max" else have > want + slack


def settles(asked_text: str, condition_text: str, on: dt.date | None = None) -> bool | None:
    """Does what the asker tells ("i ett helt år", "för 7 000 kr") meet every bound of the
    condition's text ("högst 6 månader", "högst 5 000 kr per köp")? None when no bound of the asked
    kind is there. A person's age is never compared; amounts of money are compared on ``on``'s
    prisbasbelopp (the latest known when ``on`` is None)."""
    asked = quantities(asked_text, ages=False)
    verdicts = [
        v for c in quantities(condition_text) if c.bound for a in asked if (v := meets(c, a)) is not None
    ]
    asked_amounts = amounts_in(asked_text)
    limits = (
        [x for clause in re.split(r"(?<=[.;])\s+|\s+\|\s+", condition_text) if (x := parse_limit(clause))]
        if asked_amounts
        else []
    )  # read only when the asker gave an amount: this runs for every candidate record
    if limits:
        day = on or dt.date.max
        money = {v for lim in limits for a in asked_amounts if (v := admits(lim, a, day)) is not None}
        if len(money) == 1:  # every limit of the text says the same; limits that disagree settle nothing
            verdicts += list(money)
    return all(verdicts) if verdicts else None


# A case a condition leaves out, said so explicitly: "Gäller inte byggnad som är kulturhistoriskt
# värdefull", "utom när ...", "med undantag av ...". A bare "inte" ("om ärendet inte är av principiell
# betydelse", "som inte överstiger 5 000 kr") is a condition or a limit, not this.
_EXCLUDED = re.compile(
    r"(?:\b(?:gäller|avser|omfattar)\s+(?:inte|ej)"
    r"|(?<![\wåäö])(?:utom|förutom|undantaget|med undantag (?:av|för))(?![\wåäö]))"
    r"(?!\s*(?:överst|översk|mer\b|fler\b|över\b))\s+(?P<case>[^.;]{3,})",
    re.I,
)
_NEGATED = re.compile(r"(?<![\wåäö])(?:inte|ej|icke|not)(?![\wåäö])", re.I)


# "Föreläggande med vite får inte vidaredelegeras": the case stands before the verb
_NOT_DELEGATED = re.compile(
    r"(?:^|(?<=[.;:]))\s*(?P<case>[^.;:]{3,}?)\s+får\s+(?:inte|ej)\s+(?:vidare)?deleger(?:as|eras)\b", re.I
)


def excluded_cases(condition_text: str) -> list[str]:
    """The cases a condition's text leaves out, as written ("byggnad som är kulturhistoriskt värdefull").

    >>> excluded_cases("Gäller inte hus som är kulturhistoriskt värdefulla eller omfattas av q-märkning")
    ['hus som är kulturhistoriskt värdefulla', 'omfattas av q-märkning']
    >>> excluded_cases("Om beloppet inte överstiger 5 000 kr")
    []
    >>> excluded_cases("Avser föreläggande utan vite. Föreläggande med vite får inte vidaredelegeras.")
    ['Föreläggande med vite']
    """
    text = condition_text or ""
    found = [m["case"] for m in _EXCLUDED.finditer(text)] + [m["case"] for m in _NOT_DELEGATED.finditer(text)]
    return [
        alt.strip()
        for case in found
        for alt in re.split(r"\s+eller\s+|,\s+", case)  # each alternative is a case left out
        if alt.strip()
    ]


def asks_excluded(asked: str, case: str) -> bool:
    """Can the asker's words be matched with the left-out ``case``? Not when they negate it ("en
    byggnad som inte är kulturhistoriskt värdefull" is the case the row keeps): a negation a few
    words before a word of the case. A negation elsewhere ("... med vite när en elev inte fullgör
    sin skolplikt") leaves the case asked.

    >>> asks_excluded("Rivning av ett hus som inte är q-märkt?", "hus som är q-märkt")
    False
    >>> asks_excluded("Föreläggande med vite när en elev inte fullgör skolplikten?", "Föreläggande med vite")
    True
    """
    stems = {w[:5].lower() for w in re.findall(r"[\wåäö]{4,}", case)}
    words = re.findall(r"[\wåäö]+", asked)
    for i, w in enumerate(words):
        if (
            len(w) >= 4
            and w[:5].lower() in stems
            and any(_NEGATED.fullmatch(x) for x in words[max(0, i - 3) : i])
        ):
            return False
    return True


def in_kronor(value: float, unit: str, on: dt.date) -> float | None:
    if unit == "kr":
        return value
    if unit == "prisbasbelopp" and (pbb := prisbasbelopp(on.year)):
        return value * pbb
    return None


def admits(limit: Limit, amount: Amount, on: dt.date) -> bool | None:
    """Does ``limit`` admit ``amount``? None when the two cannot be compared (unknown conversion)."""
    if limit.unit == amount.unit:
        a, b = amount.value, limit.amount
    else:
        a2, b2 = in_kronor(amount.value, amount.unit, on), in_kronor(limit.amount, limit.unit, on)
        if a2 is None or b2 is None:
            return None
        a, b = a2, b2
    if limit.floor is not None:
        floor = limit.floor if limit.unit == amount.unit else in_kronor(limit.floor, limit.unit, on)
        if floor is not None and a < floor:
            return False  # below the range: "10 000–49 999 kr" does not admit 5 000 kr
        if floor is not None and limit.bound == "min":
            return True  # "200 000 kr eller mer" admits 200 000 kr
    a += 1e-6 if amount.bound == "min" else 0.0  # "större än två prisbasbelopp" is above two
    return a <= b if limit.bound == "max" else a > b


def records(registry: Registry) -> list[DecisionRecord]:
    """Every decision record of the store (built at ingest, see ``ingest/decisions.py``)."""
    return registry.decisions()


class RecordIndex:
    """The store's decision records with BM25 over their matters, built once per generation."""

    def __init__(self, records: list[DecisionRecord]) -> None:
        self.records = records
        self.lexical = LexicalIndex.build(
            [(str(i), f"{r.matter} {r.condition or ''} {r.section}") for i, r in enumerate(records)]
        )
