"""The store's contract: the records `ingest` writes and `assistant` reads.

Both sides of the store share exactly these types and the flat chunk metadata produced by
:func:`chunk_metadata`. Keep this module small and dependency-free so that it can be read in
one sitting; everything else about the store (SQLite, Chroma, BM25) hides behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

MANIFEST_SOURCE = "manifest"  # a field set by a [[document]] entry of the collection's manifest
DEFAULT_SOURCE = "manifest [defaults]"  # a field filled by the manifest's [defaults] table
UNKNOWN_FROM = 0  # valid_from as int when unknown: always "already started"
UNKNOWN_TO = 99991231  # valid_to as int when unknown: never ends


class Publication(StrEnum):
    """Where a document is published. Only ``EXTERN`` documents reach residents."""

    EXTERN = "extern"
    INTERN = "intern"
    UNKNOWN = "okänd"


class Status(StrEnum):
    """A document's legal status as of a date (computed by :mod:`store.status`)."""

    IN_FORCE = "gällande"
    REPEALED = "upphävd"  # replaced by a document that has taken effect
    EXPIRED = "utgången"  # its validity period has ended
    NOT_YET = "ej ikraft"  # its validity starts after the date
    UNKNOWN = "okänd"  # no date known that places it in time


class ChunkKind(StrEnum):
    TEXT = "text"
    TABLE_ROW = "table_row"
    LEGEND = "legend"


class Audience(StrEnum):
    """Who asks. Decided by the channel, never by a request body."""

    RESIDENT = "resident"
    EMPLOYEE = "employee"
    POLITICIAN = "politician"

    def may_read(self, publication: Publication | str) -> bool:
        """Residents read only externally published documents; staff read everything."""
        if self is Audience.RESIDENT:
            return Publication(publication) is Publication.EXTERN
        return True


def date_to_int(value: dt.date | None, default: int) -> int:
    """Chroma range filters take numbers only: 2024-03-15 -> 20240315."""
    return default if value is None else value.year * 10000 + value.month * 100 + value.day


@dataclass(frozen=True)
class DocumentMeta:
    """Governance metadata of one document version. ``None`` means unknown, never a guess.

    ``sources`` tells, per field name, where the value came from ("sida 1, tabell",
    "sida 3, sidfot", "manifest"), so that a health report can show it.
    """

    title: str | None = None
    doc_type: str | None = None  # styrmodell, reglemente, delegationsordning, policy, ...
    decided_by: str | None = None  # kommunfullmäktige, kommunstyrelsen, a nämnd, förvaltningschef ...
    decision_date: dt.date | None = None
    paragraph: str | None = None  # "§ 87"
    diarienummer: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    replaces: str | None = None  # the replaced document, as written in the document
    scope: str | None = None  # "hela kommunkoncernen inklusive bolag och förbund", "socialnämnden", ...
    publication: Publication = Publication.UNKNOWN
    owner: str | None = None  # dokumentägare / ansvarig
    review_date: dt.date | None = None  # revideras senast / aktualitetsprövas
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def publication_source(self) -> str | None:
        """Where the publication comes from: "document" (stated in it), "manifest" (a per-file
        entry), "default" (the manifest's [defaults], the collection's rule), or None (unknown)."""
        source = self.sources.get("publication")
        if source is None or self.publication is Publication.UNKNOWN:
            return None
        return {MANIFEST_SOURCE: "manifest", DEFAULT_SOURCE: "default"}.get(source, "document")


@dataclass(frozen=True)
class DocumentRecord:
    """One document version in the registry."""

    document_id: str  # stable: derived from the file name
    file: str  # path relative to the ingested root, e.g. "styrmodellen-askersund.pdf"
    source_path: str  # absolute path of the PDF, for serving it
    sha256: str
    pages: int
    meta: DocumentMeta
    replaces_document_id: str | None = None  # resolved within the collection, else None
    chunks: int = 0


@dataclass(frozen=True)
class Chunk:
    """A page-true, structure-aware piece of a document."""

    chunk_id: str  # f"{document_id}:{ordinal:04d}"
    document_id: str
    ordinal: int
    text: str  # what is embedded and shown; a table row carries its headers and section
    page_start: int  # 1-based
    page_end: int
    section: str  # heading path, "3. Delegationsförteckning > B. Plan- och byggärenden"; "" if none
    char_start: int  # span in the document's extracted text (pages joined with "\n")
    char_end: int
    kind: ChunkKind = ChunkKind.TEXT
    tokens: int = 0


@dataclass(frozen=True)
class DelegationRow:
    """One row of a delegationsordning table, as data.

    ``cells`` keeps every column as printed (header -> value) so nothing is lost; the named
    fields are the columns we understand.
    """

    document_id: str
    chunk_id: str
    page: int
    section: str
    number: str | None  # "B.4"
    matter: str  # ärende
    delegate: str  # delegat as written (often a code: "BLH")
    condition: str | None = None  # anmärkning / villkor
    legal_basis: str | None = None  # lagrum
    cells: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Abbreviation:
    """An abbreviation a document defines itself (e.g. a delegat legend: BLH = Bygglovshandläggare)."""

    document_id: str
    abbreviation: str
    expansion: str
    page: int


@dataclass(frozen=True)
class Limit:
    """An amount limit of a decision right: "högst 100 000 kr" -> (100000, "kr", "max")."""

    amount: float
    unit: str  # "kr", "prisbasbelopp", "inkomstbasbelopp", "procent", ...
    bound: Literal["max", "min"]  # max: up to and including (högst, upp till, under); min: above (över)
    floor: float | None = None  # a range's lower end, included: "10 000–49 999 kr" is max 49 999 from 10 000

    def amount_text(self) -> str:
        """The amount in Swedish: 100000.0 kr -> "100 000 kr", 0.5 -> "0,5 prisbasbelopp"."""
        return f"{_number_text(self.amount)} {self.unit}"

    def text(self) -> str:
        """The limit in Swedish: "högst 100 000 kr", "över 5 prisbasbelopp", "10 000–49 999 kr"."""
        if self.floor is not None and self.bound == "min":
            return f"minst {self.amount_text()}"  # "200 000 kr eller mer"
        if self.floor is not None:
            return f"{_number_text(self.floor)}–{self.amount_text()}"
        return f"{'högst' if self.bound == 'max' else 'över'} {self.amount_text()}"


def _number_text(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")


@dataclass(frozen=True)
class DecisionRecord:
    """One decision right, as data: who decides a matter, under which condition, by which document.

    Built at ingest from every delegation-table row (``source="table"``, codes expanded by the
    document's own legend) and from decision statements in prose anywhere ("X beslutas av Y",
    ``source="text"``). A row that gives different deciders by amount ("EC upp till 5 pbb, därutöver
    IU") is several records, one per decider, each with its limit.
    """

    matter: str  # the ärende as printed ("Beslut om rivningslov")
    decider: str  # spelled out, lower case ("bygglovshandläggare", "socialnämnden")
    decider_code: str | None  # as printed when it is a code ("BLH"), else None
    condition: str | None  # anmärkning / villkor as printed
    limit: Limit | None
    lagrum: str | None
    document_id: str
    file: str
    page: int  # 1-based
    section: str  # heading path, "" if none
    source: Literal["table", "text"]
    quote: str  # the row or sentence as printed, for the citation
    number: str | None = None  # the row's number ("B.4")
    chunk_id: str | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """Everything ingest extracts from one PDF; the unit written to the store atomically."""

    record: DocumentRecord
    chunks: list[Chunk]
    rows: list[DelegationRow] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    decisions: list[DecisionRecord] = field(default_factory=list)


def chunk_metadata(chunk: Chunk, doc: DocumentRecord) -> dict[str, str | int]:
    """Flat scalar metadata stored with a chunk in the vector index (Chroma accepts scalars only)."""
    m = doc.meta
    dated = m.decision_date or m.valid_from
    return {
        "document_id": doc.document_id,
        "file": doc.file,
        "title": m.title or doc.file,
        "page": chunk.page_start,
        "page_end": chunk.page_end,
        "section": chunk.section,
        "kind": str(chunk.kind),
        "type": m.doc_type or "",
        "body": m.decided_by or "",
        "publication": str(m.publication),
        "valid_from": date_to_int(m.valid_from, UNKNOWN_FROM),
        "valid_to": date_to_int(m.valid_to, UNKNOWN_TO),
        "decision_date": date_to_int(m.decision_date, 0),
        "year": dated.year if dated else 0,
    }


def index_text(chunk: Chunk, doc: DocumentRecord) -> str:
    """The text embedded and indexed for a chunk: its document's title first, so that a question
    naming a document ("representationspolicyn") finds the document's passages."""
    title = doc.meta.title or ""
    if title and not chunk.text.startswith(title):
        return f"{title}\n{chunk.text}"
    return chunk.text
