"""What a document's own first pages say about itself, read from the registry's chunks.

Three facts the registry's fields cannot hold, or may hold wrongly:

- **where it is published**, as the text states it ("Publicering: Intranät", "Riktlinjen får
  inte publiceras externt", "Internt dokument"). The registry's publication may come from the
  corpus manifest, or from one statement while another says otherwise; the report compares them.
- **that it applies until further notice** ("Gäller från beslut och tills vidare"): a validity
  period without an end date, which is a stated period even though no date field holds it.
- **when it was last reviewed** ("Aktualitetsprövad 2024-03-11", "Senast reviderad den 3 mars
  2025"): a review done, which the registry's ``review_date`` (a deadline: "revideras senast")
  is not. Only words for a review that has happened count, never "ska revideras" or "nästa".

Only pages 1–2 are read (where styrdokument state their own metadata), and only statements whose
subject is the document itself: a styrmodell that says "vissa dokument ... kan publiceras på
intranätet" is describing other documents. The words mirror ingest's vocabulary
(``ingest/metadata_vocab.py``), which this package may not import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from store.schema import Chunk, Publication

FIRST_PAGES = 2

_LABEL = re.compile(
    r"^\s*(?:Publicering|Publiceras|Publiceringsform|Publiceringsställe|Publiceringsplats)\b\s*[:|]?\s*(?P<v>\S.*)$"
)
_TYPES = (
    r"policy|riktlinje|plan|program|reglemente|ordning|taxa|rutin|strategi|instruktion|handbok|budget"
    r"|styrmodell|vision|anvisning|föreskrift|dokument"
)
# A sentence whose subject is this document ("Riktlinjen", "Dokumentet", "Detta dokument") and
# whose verb, within a few words, is about publishing.
_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<v>(?:(?:Detta|Det\s+här)\s+dokument"
    rf"|(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*?(?:{_TYPES})(?:en|et|n|met|na|erna|rna|orna|an)))"
    r"\s+(?:\w+\s+){0,3}?(?:publicer|läggs\s+ut|finns\s+(?:endast\s+)?(?:på|i))[^.!?]*)"
)
_MARKER = re.compile(
    r"\b(?:internt\s+dokument|(?:endast\s+)?för\s+internt\s+bruk|endast\s+för\s+(?:anställda|medarbetare))\b",
    re.IGNORECASE,
)
_DENIED_EXTERN = re.compile(r"\b(?:ej|inte|icke)\s+(?:\w+\s+){0,2}?extern", re.IGNORECASE)
_ONLY_INTERN = re.compile(
    r"\bendast\s+(?:på\s+|via\s+|i\s+)?(?:intran|intern|för\s+(?:anställda|medarbetare))", re.IGNORECASE
)
_EXTERN = re.compile(r"extern|\bwebb|hemsida|webbplats|offentlig|författningssamling", re.IGNORECASE)
_INTERN = re.compile(r"intran[äa]t|\binsida|\bintern(?!et)", re.IGNORECASE)
_REVIEWED = re.compile(
    r"\b(?:aktualitetsgranskad|aktualitetsgranskades|aktualitetsgranskat|aktualitetsprövad|aktualitetsprövades"
    r"|aktualitetsprövat|reviderad|reviderades|reviderat|senaste\s+(?:revidering|aktualitetsprövning"
    r"|aktualitetsgranskning|översyn))\b",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(r"\b(?:nästa|ska|skall|senast\s+(?:den\s+)?\d)", re.IGNORECASE)
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
_DATE = re.compile(
    rf"\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b|\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE
)
_UNTIL_FURTHER = re.compile(r"\btills\s*vidare\b", re.IGNORECASE)
_VALIDITY_WORD = re.compile(r"gäll|giltig|period", re.IGNORECASE)


@dataclass(frozen=True)
class Statement:
    """A statement in the text about where the document is published."""

    publication: Publication
    text: str  # verbatim, one line or sentence
    page: int


def publication_in(text: str) -> Publication:
    """Extern/intern as a statement says it. Published on both the website and the intranet is
    extern; a denied or "only" intranet publication is intern."""
    if _DENIED_EXTERN.search(text) or _ONLY_INTERN.search(text):
        return Publication.INTERN
    if _EXTERN.search(text):
        return Publication.EXTERN
    if _INTERN.search(text):
        return Publication.INTERN
    return Publication.UNKNOWN


def _first_pages(chunks: Iterable[Chunk]) -> Iterator[tuple[int, str]]:
    for chunk in chunks:
        if chunk.page_start <= FIRST_PAGES:
            for line in chunk.text.splitlines():
                yield chunk.page_start, line.strip()


def publication_statements(chunks: Iterable[Chunk]) -> list[Statement]:
    """Every statement on pages 1–2 about where this document is published, in page order."""
    found: list[Statement] = []
    for page, line in _first_pages(chunks):
        label = _LABEL.match(line)
        candidates = [label["v"]] if label else [m["v"] for m in _SENTENCE.finditer(line)]
        candidates += [m.group(0) for m in _MARKER.finditer(line)] if not label else []
        for text in candidates:
            publication = publication_in(text)
            if publication is not Publication.UNKNOWN:
                quoted = line if label else text
                found.append(Statement(publication, " ".join(quoted.split()).strip(" |"), page))
    return found


def states_until_further_notice(chunks: Iterable[Chunk]) -> bool:
    """Does the document say, on pages 1–2, that it applies until further notice ("tills vidare")?"""
    return any(
        _UNTIL_FURTHER.search(line) and _VALIDITY_WORD.search(line) for _, line in _first_pages(chunks)
    )


def _dates(text: str) -> list[dt.date]:
    found = []
    for m in _DATE.finditer(text):
        try:
            if m.group(1):
                found.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            else:
                found.append(dt.date(int(m.group(6)), MONTHS.index(m.group(5).lower()) + 1, int(m.group(4))))
        except ValueError:
            continue  # 2024-13-45 is not a date
    return found


def review_dates(chunks: Iterable[Chunk], as_of: dt.date) -> list[dt.date]:
    """Dates on or before ``as_of`` on which pages 1–2 say the document was reviewed or revised."""
    return sorted(
        day
        for _, line in _first_pages(chunks)
        if _REVIEWED.search(line) and not _NOT_DONE.search(line)
        for day in _dates(line)
        if day <= as_of
    )
