"""Answer units: the sentences of text chunks and the rows of tables, each searchable on its own.

An answer is one or two sentences or one table row, so that is the grain at which a question is
matched (densely and lexically) — a chunk's score says which passage is about the subject, a
unit's score says which sentence answers. Units are derived deterministically from chunks, so
ingest (which embeds them) and the assistant (which reads them) agree on their ids without storing
them twice.

>>> from store.schema import Chunk
>>> c = Chunk("d:0001", "d", 1, "2. Avgifter\\nTimavgiften är 1 200 kr. Den räknas upp årligen.", 3, 3,
...           "2. Avgifter", 0, 60)
>>> [(u.unit_id, u.text) for u in split_units(c)]
[('d:0001.00', 'Timavgiften är 1 200 kr.'), ('d:0001.01', 'Den räknas upp årligen.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.schema import Chunk, ChunkKind, DocumentRecord

# A sentence ends at . ! ? before an upper-case letter, a digit or a dash; "6 kap. 39 §" and
# "t.o.m." do not end one (a lower-case word or a digit follows with no capital).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"'(–•-])")
_BULLET = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)]|[a-z][.)])\s+")
MIN_CHARS = 12  # shorter lines (a page number, a lone heading word) answer nothing


@dataclass(frozen=True)
class Unit:
    unit_id: str  # f"{chunk_id}.{n:02d}"
    chunk_id: str
    document_id: str
    ordinal: int  # position within the chunk
    page: int
    section: str
    text: str  # verbatim from the chunk
    is_row: bool  # a table row (cells joined by " | ")
    header: str = ""  # a row's table header ("Nämnd | Ram 2026 (mnkr)"): its values mean nothing alone


def is_heading(line: str) -> bool:
    """A heading line (short, no closing punctuation, no figures) states nothing by itself; a bullet
    ("– Nämnden beslutar om taxan") is an item, not a heading."""
    if re.match(r"^\s*[-–•*]\s", line):
        return False
    if "|" in line or re.search(r"\d", re.sub(r"^\s*\d+(\.\d+)*\.?\s", "", line)):
        return False
    return not line.rstrip().endswith((".", "!", "?", ":", ";")) and len(line.split()) < 8


def _sentences(line: str) -> list[str]:
    return [p.strip() for p in _SENTENCE_END.split(line) if p.strip()]


def _lines(text: str) -> list[str]:
    """Lines joined where a sentence wraps onto the next line (no closing punctuation and the next
    line starts in lower case or is a continuation), so a sentence is one unit."""
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            out.append("")
            continue
        prev = out[-1] if out else ""
        wraps = (
            prev
            and " | " not in prev
            and " | " not in line
            and not prev.endswith((".", "!", "?", ":", ";"))
            and not _BULLET.match(line)
            and (line[:1].islower() or line[:1] in "(§,")
            and not is_heading(prev)
        )
        if wraps:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return [x for x in out if x]


def split_units(chunk: Chunk) -> list[Unit]:
    """The chunk's sentences (or its one row), in order, headings left out."""
    parts: list[tuple[str, str]] = []  # (text, header)
    if chunk.kind in (ChunkKind.TABLE_ROW, ChunkKind.LEGEND):
        parts = [(" ".join(chunk.text.split()), "")]
        row = True
    else:
        header = ""
        for line in _lines(chunk.text):
            if " | " in line:
                if not header:
                    header = line  # the first row of a table block is its header
                    parts.append((line, ""))
                else:
                    parts.append((line, header))
                continue
            header = ""
            if not is_heading(line):
                parts.extend((x, "") for x in _sentences(line))
        row = False
    units: list[Unit] = []
    for text, head in parts:
        if len(text) < MIN_CHARS:
            continue
        n = len(units)
        units.append(
            Unit(
                f"{chunk.chunk_id}.{n:02d}",
                chunk.chunk_id,
                chunk.document_id,
                n,
                chunk.page_start,
                chunk.section,
                text,
                row or " | " in text,
                head,
            )
        )
    return units


def unit_index_text(unit: Unit, doc: DocumentRecord) -> str:
    """What is embedded and indexed for a unit: its document's title and section give the sentence
    its subject ("Den beslutas av nämnden" is about the section's plan)."""
    context = " – ".join(x for x in (doc.meta.title or "", unit.section) if x)
    text = f"{unit.header}\n{unit.text}" if unit.header else unit.text
    return f"{context}: {text}" if context else text


def unit_metadata(unit: Unit, doc: DocumentRecord, chunk_meta: dict[str, str | int]) -> dict[str, str | int]:
    """The chunk's flat metadata (filters: document, publication, dates) plus the unit's own."""
    return {**chunk_meta, "chunk_id": unit.chunk_id, "unit": unit.ordinal, "page": unit.page}
