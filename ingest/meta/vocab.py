"""Words for reading metadata: labels (``labels.toml``), and the shared bodies and document types.

Deciding bodies, their codes and document types come from the one vocabulary in
:mod:`store.vocabulary` (the assistant reads the same lists). What is ingest's own lives here: the
labels styrdokument put before their metadata, as data in ``labels.toml``, and the small parsers of
label values (a diarienummer, a paragraph, a publication statement).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from store import vocabulary as shared
from store.schema import Publication

LABELS_FILE = Path(__file__).with_name("labels.toml")

LabelField = Literal[
    "title", "doc_type", "decision", "paragraph", "diarienummer", "valid_from", "valid_to", "period",
    "replaces", "scope", "publication", "owner", "review_date", "ignore",
]  # fmt: skip


class _Label(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    field: LabelField
    words: tuple[str, ...] = Field(min_length=1)
    weak: bool = False


class _LabelFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: tuple[_Label, ...]


Separator = Literal["colon", "gap", "end", "space"]


@dataclass(frozen=True)
class LabelMatch:
    """A label at the start of a cell: the field it names and the value after it."""

    field: LabelField
    weak: bool
    value: str
    separator: Separator  # how the label ends: "Datum: x", "Datum   x", "Datum" (alone), "Datum x"
    label: str  # as written


@functools.cache
def _label_patterns(path: Path = LABELS_FILE) -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    try:
        data = _LabelFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise ValueError(f"the metadata labels {path} cannot be read: {exc}") from exc
    words = [(w, lab.field, lab.weak) for lab in data.label for w in lab.words]
    words.sort(key=lambda item: len(item[0]), reverse=True)  # "beslutad av" before "beslutad"
    # a label may name its document first: "Dokumentet gäller för:", "Riktlinjen gäller till och med:"
    subject = rf"(?:(?P<subject>dokumentet|detta dokument|{shared.document_word()})\s+)?"
    out = []
    for word, field_name, weak in words:
        # "fr.o.m." is also written "fr o m", "fr.o.m" or "fr. o. m."
        body = r"\s*".join(re.escape(part) for part in word.split()).replace(r"\.", r"\.?\s?")
        # a label is not the start of a longer word ("Beslut" in "Beslutsinstans"); it may name a
        # second field after a slash ("Beslutsdatum/§", "Fastställd/reviderad")
        pattern = re.compile(
            rf"{subject}(?P<label>{body}(?:\s*/\s*[\wåäö§.]+)?)(?![\wåäöÅÄÖ])"
            r"(?P<sep>\s*:\s*|\s{2,}|\s*$|\s+)",
            re.I,
        )
        out.append((field_name, weak, pattern))
    return tuple(out)


def match_label(cell: str) -> LabelMatch | None:
    """The label that ``cell`` starts with, if any ("Beslutad av: KF" -> decision, "KF")."""
    text = cell.strip()
    if not text:
        return None
    if joined := _joined_labels(text):
        return joined
    for field_name, weak, pattern in _label_patterns():
        m = pattern.match(text)
        if m is None:
            continue
        sep = m["sep"]
        separator: Separator = (
            "colon" if ":" in sep else "end" if m.end() == len(text) else "gap" if len(sep) >= 2 else "space"
        )
        if m["subject"] and separator == "space":
            continue  # "Riktlinjen gäller för alla" is a sentence; "Riktlinjen gäller för: alla" a label
        return LabelMatch(field_name, weak, text[m.end() :].strip(), separator, m["label"])  # type: ignore[arg-type]
    return None


_JOIN_RE = re.compile(r"\s*(?:[,/&]|\boch\b)\s*")


def _joined_labels(text: str) -> LabelMatch | None:
    """Labels of one column joined ("Datum, §", "Beslutsdatum och paragraf", "Beslut/§"): the first
    one's field, whose value (a decision with its §) the cell below holds whole."""
    parts = [p for p in _JOIN_RE.split(text) if p]
    if len(parts) < 2:
        return None
    found = [match_label(p) for p in parts]
    if any(f is None or f.value for f in found):
        return None
    first = found[0]
    assert first is not None
    return LabelMatch(first.field, all(f.weak for f in found if f), "", "end", text)


# ---- values -------------------------------------------------------------------------------------

# A sentence ends at a full stop before a capital, a numbered item or footnote ("§ 24. 4. Nämnden",
# "§ 118. 1 Kommunfullmäktige") or a statute's section ("... stöd. 17 § Denna"), unless
# the stop ends an abbreviation: "2022. Dnr", "kommer in. Riktlinjen", but not "t.o.m. Tills
# vidare", "bl.a. KS" or "ca. Tio".
_STOP_RE = re.compile(
    r"[.!?]\s+(?=[A-ZÅÄÖ]|\d{1,2}[.)]?\s+[A-ZÅÄÖ][a-zåäö]|\d{1,2}[.)]\s+[A-ZÅÄÖ]|\d{1,3}\s*§\s+[A-ZÅÄÖ])"
)
_ABBREVIATIONS = {
    "ca",
    "jfr",
    "resp",
    "rev",  # "rev. KF 2024-02-12 § 9": revised
    "inkl",
    "exkl",
    "kap",
    "st",
    "nr",
    "tel",
    "fr",
    "bl",
    "ex",
    "dvs",
    "osv",
}


def sentence_ends(text: str) -> list[re.Match[str]]:
    """The full stops of ``text`` that end a sentence (see above)."""
    ends = []
    for stop in _STOP_RE.finditer(text):
        token = text[: stop.start()].rsplit(None, 1)[-1] if text[: stop.start()].strip() else ""
        word = token.rsplit(".", 1)[-1]
        if token[-1:].isdigit() or (
            len(word) >= 2 and "." not in token and word.lower() not in _ABBREVIATIONS
        ):
            ends.append(stop)
    return ends


def split_sentences(text: str) -> list[str]:
    parts, start = [], 0
    for stop in sentence_ends(text):
        parts.append(text[start : stop.start() + 1])
        start = stop.end()
    parts.append(text[start:])
    return [s.strip() for s in parts if s.strip()]


_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-"})


def clean_text(value: str) -> str:
    """One line, single spaces, no trailing punctuation or wrapping quotes."""
    return " ".join(value.split()).strip(" .,;:\"'”“")


def find_paragraph(text: str) -> str | None:
    """ "§ 87" from "2021-06-14, § 87", "§87" or a bare "87" after a paragraph label."""
    match = re.search(r"§\s*(\d+)", text)
    return f"§ {match.group(1)}" if match else None


_DNR = r"[A-ZÅÄÖ]{1,6}[ ./-]?\d{4}[/:.-]\d{1,5}(?:[.:-]\d{1,5})*"  # KS 2023/45, SBN.2024.12, KS/2019:233
DNR_RE = re.compile(
    rf"\b(?:dnr|diarienumm?er|diarienumret|diarienr|d\.nr|ärendenummer)\.?\s*(?:är\s+)?:?\s*(?P<v>{_DNR})",
    re.I,
)
DNR_VALUE_RE = re.compile(
    rf"(?<![\w/]){_DNR}(?![\w/])|(?<![\w/])(?:19|20)\d\d[/:.-]\d{{1,6}}(?![\w/])"
    r"|(?<![\w/])[A-ZÅÄÖ]{1,6}[ ./-]?\d\d/\d{1,5}(?![\w/])"  # "KS 23/45"
)
# A segment of a header that is only a dnr ("Socialnämnden · SN 2025/31"): the slash makes it one.
BARE_DNR_RE = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}[ .-]?)\d{4}/\d{1,5}$")


def find_dnr(text: str, labelled: bool = False) -> str | None:
    """A diarienummer such as "KS 2023/45". In running text it must follow "dnr"/"diarienummer";
    after a label, the value itself must have the shape of one."""
    if labelled:
        match = DNR_VALUE_RE.search(text)
        return " ".join(match.group(0).split()) if match else None
    found = DNR_RE.search(text)
    return " ".join(found["v"].split()) if found else None


def scope_of(text: str) -> str | None:
    """A scope in running-text case: "Hela kommunkoncernen ..." -> "hela kommunkoncernen ...".

    Only the first letter is lowered, and not for an abbreviation ("IT-avdelningen" stays).
    """
    value = clean_text(text)
    if len(value) > 1 and value[0].isupper() and value[1].islower():
        value = value[0].lower() + value[1:]
    return value or None


# A document marks itself internal: these phrases are about the document where they stand in its
# header, footer or a sentence about itself.
INTERNAL_MARK_RE = re.compile(
    r"(?-i:\bINTERNT?\b)(?!\s+[a-zåäö])|\b(?:får|ska)\s+(?:inte|ej)\s+spridas\b"
    r"|\bendast\s+för\s+intern(?:t)?\s+(?:bruk|användning)\b|\bför\s+internt\s+bruk\b"
    r"|\bej\s+för\s+(?:extern\s+)?publicering\b|\binternt\s+(?:styr)?dokument\b|\bär\s+ett\s+internt\b"
    r"|\b(?:får|ska)\s+(?:inte|ej)\s+publiceras\b"
    r"|\b(?:dokumentet|riktlinjen|rutinen|instruktionen)\s+är\s+internt?\b"
    r"|\b(?:får|ska)\s+(?:inte|ej)\s+(?:lämnas\s+(?:ut\s+)?till\s+externa|publiceras\s+externt)",
    re.IGNORECASE,
)

# Where a document is published, tried in order: a denied extern publication makes it intern even
# though it says "externt"; a document on both the website and the intranet is extern.
_PUBLICATION_WORDS: list[tuple[re.Pattern[str], Publication]] = [
    (re.compile(r"\b(?:ej|inte|icke)\s+(?:\w+\s+)?(?:extern|offentlig|publicer)"
                r"|\bendast\s+(?:för\s+anställda|intran|intern)", re.IGNORECASE), Publication.INTERN),
    (re.compile(r"\bextern|\bwebb|\bhemsida|\bwebbplats|\boffentlig|\binternet\b", re.IGNORECASE),
     Publication.EXTERN),
    (re.compile(r"intran[äa]t|\binsida|\bintern(?!et)", re.IGNORECASE), Publication.INTERN),
]  # fmt: skip


def publication_of(text: str) -> Publication:
    """Extern/intern from a publication statement ("Extern webb", "Intranät, får inte publiceras externt")."""
    if INTERNAL_MARK_RE.search(text):
        return Publication.INTERN
    for pattern, publication in _PUBLICATION_WORDS:
        if pattern.search(text):
            return publication
    return Publication.UNKNOWN


# ---- bodies -------------------------------------------------------------------------------------

_CODE_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,6}(?![\w-])")
_NOT_BODIES = {"ansvarig", "ordförande"}  # role nouns that are labels or need a nämnd to mean anything


_ADJECTIVE_RE = re.compile(r"([a-zåäö]+a)\s+$", re.IGNORECASE)  # "Tekniska nämnden", "Sociala nämnden"
_UTSKOTT_AFTER_RE = re.compile(r"^s?\s+(arbetsutskott|utskott|presidium)(?:et)?\b", re.IGNORECASE)


def bodies_in(text: str) -> list[shared.BodyMention]:
    """Deciding bodies and roles named in ``text`` (the shared vocabulary's reading), in order.

    Read closer than the shared list does: a nämnd named with an adjective ("Tekniska nämnden")
    keeps it, and a nämnd's arbetsutskott is the utskott ("socialnämndens arbetsutskott").
    """
    out = []
    mentions = [m for m in shared.find_bodies(text) if m.name not in _NOT_BODIES]
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        if m.name == "nämnden" and (adjective := _ADJECTIVE_RE.search(text[: m.start])):
            name = f"{adjective.group(1).lower()} nämnden"
            m = shared.BodyMention(adjective.start(1), m.end, name, m.kind, text[adjective.start(1) : m.end])
        utskott = _UTSKOTT_AFTER_RE.match(text[m.end :]) if m.kind == "board" else None
        if utskott is not None and m.name.endswith("en"):
            name = f"{m.name}s {utskott.group(1).lower()}"
            end = m.end + utskott.end()
            m = shared.BodyMention(m.start, end, name, "board", text[m.start : end])
            if i + 1 < len(mentions) and mentions[i + 1].start < end:
                skip = i + 1
        out.append(m)
    return out


def initials(body: str) -> str:
    """The code a municipality would give a body: "bygg- och miljönämnden" -> "BMN"."""
    words = [w for w in re.split(r"[\s-]+", body.lower()) if w and w != "och"]
    letters = []
    for word in words:
        for head in ("nämnd", "styrelse", "utskott"):
            at = word.find(head)
            if at > 0:
                letters += [word[0], head[0]]
                break
        else:
            letters.append(word[0])
    return "".join(letters).upper()


def code_body(text: str, known: Sequence[str]) -> str | None:
    """A body written as a code ("BMN 2024-04-16") that is the initials of a body the document names."""
    match = _CODE_RE.match(text.strip())
    if not match:
        return None
    return next((body for body in known if initials(body) == match.group(0)), None)


# ---- document types -----------------------------------------------------------------------------


@functools.cache
def _type_forms() -> tuple[tuple[str, str], ...]:
    """(form, type) pairs, longest form first, so "handlingsplan" wins over "plan"."""
    pairs = [(f.lower(), t.name) for t in shared.vocabulary().doc_type for f in t.forms]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def doc_type_of(text: str) -> str | None:
    """The document type named by a title or a "Dokumenttyp" value.

    The type is the head word of the title, possibly a compound ("Representationspolicy" ->
    policy, "Avfallsplan 2027–2030" -> plan) in definite or plural form ("Riktlinjer" -> riktlinje).
    """
    lowered = " ".join(text.lower().split())
    for form, name in _type_forms():
        if " " in form and lowered.startswith(form):
            return name
    for word in re.findall(r"[a-zåäö-]+", lowered)[:6]:
        for form, name in _type_forms():
            if " " not in form and word.endswith(form):
                return name
    return None


def bare_type(text: str) -> str | None:
    """The type when ``text`` is only a type word ("PROGRAM", "Riktlinje"), as on a cover."""
    lowered = " ".join(text.lower().split())
    return next((name for form, name in _type_forms() if lowered == form), None)


def self_words(doc_type: str | None) -> list[str]:
    """Words by which a document names itself in its own sentences ("Riktlinjen", "Planen").

    Definite forms of its own type (and of the type it is a compound of: a verksamhetsplan is
    "Planen"), "Dokumentet"; any type's definite form when the type is unknown.
    """
    types = shared.vocabulary().doc_type
    if doc_type is not None:
        wanted = [t for t in types if t.name == doc_type or doc_type.endswith(t.name)]
    else:
        wanted = list(types)
    forms = {f.lower() for t in wanted for f in t.forms[1:] if f.lower() != t.name and " " not in f}
    definite = {f for f in forms if f.endswith(("en", "et", "n", "na", "erna", "t"))}
    return sorted(definite | {"dokumentet", "styrdokumentet"}, key=len, reverse=True)
