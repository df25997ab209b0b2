"""The vocabulary of municipal governance, as data: document types, bodies and roles, decision verbs.

Ingest and the assistant both read it (ingest to type a document and to read who decided it, the
assistant to understand a question), so it lives in the store layer that both depend on. The words
themselves are in ``vocabulary.toml``; this module only loads and matches them.

>>> sorted(named_types("Vilken riktlinje gäller för den nya miljötaxan?"))
['riktlinje', 'taxa']
>>> [m.name for m in find_bodies("Beslutas av KS efter beredning i socialnämnden")]
['kommunstyrelsen', 'socialnämnden']
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DATA = Path(__file__).with_name("vocabulary.toml")

BodyKind = Literal["assembly", "board", "role"]


class DocType(BaseModel):
    """A kind of styrdokument and the forms a text writes it in (base form first)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    forms: tuple[str, ...] = Field(min_length=1)
    head: bool = False  # its compounds are documents of the type ("representationspolicy")


class Body(BaseModel):
    """A deciding body or role with a fixed name, its forms and codes ("KF")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: BodyKind
    forms: tuple[str, ...] = Field(min_length=1)
    codes: tuple[str, ...] = ()
    includes: BodyKind | None = None  # a collective: every body of this kind acts within it


class DecisionVerbs(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    active: tuple[str, ...]
    passive: tuple[str, ...]
    done: tuple[str, ...]
    infinitive: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    preparing: tuple[str, ...] = ()


class AmountUnit(BaseModel):
    """A unit an amount limit is written in; ``factor`` converts to the unit ``name``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    forms: tuple[str, ...] = Field(min_length=1)
    factor: float = 1.0


class QuantityUnit(BaseModel):
    """A unit of another quantity than money ("kvm", "timmar"), with the forms it is written in."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    forms: tuple[str, ...] = Field(min_length=1)
    days: float | None = None  # a span of time in days, so that "ett år" compares with "6 månader"


class LimitBounds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    max: tuple[str, ...]
    min: tuple[str, ...]
    beyond: tuple[str, ...] = ()


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    doc_type: tuple[DocType, ...]
    body: tuple[Body, ...]
    decision_verbs: DecisionVerbs
    amount_unit: tuple[AmountUnit, ...] = ()
    limit_bounds: LimitBounds | None = None
    role_heads: tuple[str, ...] = ()  # an official is a word ending in one ("bygglovschef", "rektor")
    prisbasbelopp: dict[str, int] = Field(default_factory=dict)  # year -> kronor
    quantity_unit: tuple[QuantityUnit, ...] = ()


@functools.cache
def vocabulary(path: Path = DATA) -> Vocabulary:
    """The vocabulary in ``path`` (read once). A malformed file is an error naming the file."""
    try:
        return Vocabulary.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise ValueError(f"the vocabulary {path} cannot be read: {exc}") from exc


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---- document types ---------------------------------------------------------------------------


def doc_types() -> tuple[str, ...]:
    """Every type's base name, in the vocabulary's order."""
    return tuple(t.name for t in vocabulary().doc_type)


@functools.cache
def _type_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    types = vocabulary().doc_type
    form_to_type = {f.lower(): t.name for t in types for f in t.forms}
    # not beside a hyphen: "Plan- och bygglagen" and "TV-program" name no document
    plain = re.compile(rf"(?<![\w-])({_alternation(list(form_to_type))})(?![\w-])", re.I)
    heads = [f for t in types if t.head for f in t.forms]
    as_head = re.compile(rf"(?<=\w)({_alternation(heads)})(?![\w-])", re.I)
    return plain, as_head, form_to_type


def named_types(text: str) -> set[str]:
    """Document types ``text`` names: "vilken policy ...", "riktlinjen för ...", "den nya miljötaxan"."""
    plain, as_head, form_to_type = _type_patterns()
    found = {form_to_type[m[1].lower()] for m in plain.finditer(text)}
    found |= {form_to_type[m[1].lower()] for m in as_head.finditer(text)}
    return found


def type_of_word(word: str) -> str | None:
    """The type a single word names, plainly or as a compound's head ("Arbetsmiljöpolicy" -> policy)."""
    plain, as_head, form_to_type = _type_patterns()
    w = word.strip().lower()
    if w in form_to_type:
        return form_to_type[w]
    m = as_head.search(w)
    return form_to_type[m[1].lower()] if m and m.end() == len(w) else None


def mentions(text: str, doc_type: str) -> bool:
    """Does ``text`` name ``doc_type`` itself ("planerna beslutas av fullmäktige"), not a longer type
    that contains it ("uppdragsplanen")?"""
    forms = next((t.forms for t in vocabulary().doc_type if t.name == doc_type), ())
    return bool(forms and re.search(rf"(?<![\w-])(?:{_alternation(forms)})(?![\w-])", text, re.I))


def document_word() -> str:
    """A regex fragment matching a word that names a document by its type, for larger patterns."""
    types = vocabulary().doc_type
    heads = _alternation([f for t in types if t.head for f in t.forms])
    plain = _alternation([f for t in types for f in t.forms])
    return rf"(?:\w*(?:{heads})|{plain})"


# ---- bodies and roles -------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyMention:
    start: int
    end: int
    name: str  # normalised: "kommunstyrelsen", "socialnämnden", "förvaltningschef", "bygglovshandläggare"
    kind: BodyKind
    text: str  # as written


# Any nämnd by name ("Socialnämnden", "kultur- och fritidsnämnd"), any utskott, and any official by a
# role noun ("bygglovschef", "enhetschefen", "miljöinspektör", "handläggare", "samordnare").
# a nämnd named by a compound ("byggnadsnämnden", "barn- och utbildningsnämnden") or by an adjective
# ("tekniska nämnden", "sociala nämnden")
_NAMND = re.compile(
    r"(?<![\w-])((?:[a-zåäö]+-(?:,? [a-zåäö]+-)* och )?"
    r"(?:(?!(?:kommunala|politiska|centrala|lokala|regionala|speciella|ordinarie)\b)"
    r"[a-zåäö]{2,}(?:iska|ala|ella) "
    r"(?=nämndens?(?!\w)))?[a-zåäö]*nämnd)"
    r"(?:en|ens|er|erna)?(?!\w)",
    re.I,
)
_UTSKOTT = re.compile(
    r"(?<![\w-])((?:[a-zåäö]+-(?:,? [a-zåäö]+-)* och )?[a-zåäö]*utskott)(?:et|ets)?(?!\w)", re.I
)


@functools.cache
def _role_pattern() -> re.Pattern[str]:
    heads = _alternation(vocabulary().role_heads) or r"(?!)"
    return re.compile(
        rf"(?<![\w-])((?:[a-zåäö]+-(?: och )?)?[a-zåäö]*(?:{heads}))(?:en|n|ens|er|erna|na)?(?!\w)", re.I
    )


def acts_within(part: str, whole: str) -> bool:
    """Is ``part`` (a body or role named in text) one of those ``whole`` stands for as a collective
    ("förvaltningschef" within "tjänstemannaorganisationen")? Both are read with :func:`find_bodies`.
    """
    collectives = {b.name: b.includes for b in vocabulary().body if b.includes}
    wholes = {m.name for m in find_bodies(whole)}
    return any(collectives.get(w) == m.kind and m.name != w for m in find_bodies(part) for w in wholes)


@functools.cache
def _body_patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, Body]]:
    bodies = vocabulary().body
    by_form = {f.lower(): b for b in bodies for f in b.forms}
    by_code = {c: b for b in bodies for c in b.codes}
    forms = re.compile(rf"(?<![\w-])({_alternation(list(by_form))})(?![\w-])", re.I)
    # a code is upper case and not part of a diarienummer ("KS 2023/45")
    codes = (
        re.compile(rf"(?<![\w-])({_alternation(list(by_code))})(?![\w-])(?![ ./-]?\d{{4}}[/:.]\d)")
        if by_code
        else None
    )
    return forms, codes, {**by_form, **by_code}


def find_bodies(text: str) -> list[BodyMention]:
    """Bodies and roles named in ``text``, in order, longest match first where they overlap."""
    forms, codes, lookup = _body_patterns()
    hits: list[BodyMention] = []
    for m in forms.finditer(text):
        b = lookup[m[1].lower()]
        hits.append(BodyMention(m.start(), m.end(), b.name, b.kind, m[0]))
    if codes is not None:
        for m in codes.finditer(text):
            b = lookup[m[1]]
            hits.append(BodyMention(m.start(), m.end(), b.name, b.kind, m[0]))
    for pattern, kind, suffix in (
        (_NAMND, "board", "en"),
        (_UTSKOTT, "board", "et"),
        (_role_pattern(), "role", ""),
    ):
        for m in pattern.finditer(text):
            # "nämnden" alone comes out as "nämnden": the caller resolves it by its context
            name = m[1].lower() + suffix
            hits.append(BodyMention(m.start(), m.end(), name, kind, m[0]))  # type: ignore[arg-type]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[BodyMention] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


# ---- decision verbs ---------------------------------------------------------------------------


@functools.cache
def decision_verb_patterns() -> dict[str, str]:
    """Regex fragments (no groups) for the decision verbs by kind: ``active``, ``passive``, ``done``,
    ``infinitive``, ``requires`` and ``preparing`` (see ``vocabulary.toml``)."""
    v = vocabulary().decision_verbs
    return {
        "active": rf"(?:{_alternation(v.active)})",
        "passive": rf"(?:{_alternation(v.passive)})",
        "done": rf"(?:{_alternation(v.done)})",
        "infinitive": rf"(?:{_alternation(v.infinitive)})",
        "requires": rf"(?:{_alternation(v.requires)})",
        "preparing": rf"(?:{_alternation(v.preparing)})",
    }


def prisbasbelopp(year: int) -> int | None:
    """The prisbasbelopp of ``year`` in kronor; the latest known one for a later year."""
    table = {int(y): v for y, v in vocabulary().prisbasbelopp.items()}
    if not table:
        return None
    if year in table:
        return table[year]
    return table[max(table)] if year > max(table) else None


# Numbers written as words, as askers write them ("i fyra månader", "två veckor").
NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100,
}  # fmt: skip


def number_value(text: str) -> float:
    """A figure as written: "1 200" -> 1200.0, "2,5" -> 2.5, "fyra" -> 4.0."""
    word = NUMBER_WORDS.get(text.lower())
    return float(word) if word is not None else float(re.sub(r"[ \u00a0]", "", text).replace(",", "."))


@functools.cache
def unit_days() -> dict[str, float]:
    """The length in days of each unit of time ("år": 365.25), to compare spans in different units."""
    return {u.name: u.days for u in vocabulary().quantity_unit if u.days is not None}


def bound_before(text: str) -> str | None:
    """The bound that ends ``text`` ("... större än" -> "min", "... högst" -> "max"), if any: the
    words just before a figure that say it is a ceiling or a floor."""
    _, _, bounds = quantity_pattern()
    m = _bound_at_end().search(text)
    return bounds[m[1].lower()] if m else None


@functools.cache
def _bound_at_end() -> re.Pattern[str]:
    _, _, bounds = quantity_pattern()
    return re.compile(rf"(?<![\wåäö])({_alternation(list(bounds)) if bounds else '(?!)'})\s*$", re.I)


@functools.cache
def quantity_pattern() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """A pattern for a bounded or plain quantity ("över 120 timmar", "40 kvadratmeter"), the table
    from a unit's form to its name, and from a bound word to "max" or "min"."""
    units = {f.lower(): u.name for u in vocabulary().quantity_unit for f in u.forms}
    bounds_data = vocabulary().limit_bounds
    bounds = {}
    if bounds_data is not None:
        bounds = {w.lower(): "max" for w in bounds_data.max} | {w.lower(): "min" for w in bounds_data.min}
    bound_alt = _alternation(list(bounds)) if bounds else "(?!)"
    return (
        re.compile(
            rf"(?:(?P<bound>{bound_alt})\s+)?(?<![\d,.])(?P<n>\d+(?:[ \u00a0]\d{{3}})*(?:,\d+)?|"
            rf"(?<![\wåäö])(?:{'|'.join(NUMBER_WORDS)}))\s*(?:hel[at]?\s+)?"  # "ett helt år"
            rf"(?P<unit>{_alternation(list(units))})"
            rf"(?:(?<=[a-zåäö]{{3}})s(?=\s+(?!ålder)[a-zåäö]{{3}}))?(?![\wåäö])",  # "60 centimeters stam"
            re.I,
        ),
        units,
        bounds,
    )
