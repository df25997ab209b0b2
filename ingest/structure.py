"""Find a document's structure: running headers/footers, headings, paragraphs, tables, legends.

Works on pypdf's layout text, because it keeps what the plain text loses: vertical gaps (a blank
line before a heading or between paragraphs) and column positions (tables). Offsets are given in
the plain text of the document (pages joined with "\\n"), which is what the store calls the
document's extracted text; each layout line is aligned to it by its non-space characters.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest import tables
from ingest.types import Page

logger = logging.getLogger(__name__)

_ZONE = 2  # lines at the top and bottom of a page that may be running headers/footers
_PAGE_NO = re.compile(
    r"(?:^|\s)(?:sida|page|s\.)?\s*\d{1,4}\s*(?:(?:av|of|/)\s*\d{1,4}|\(\d{1,4}\))?$|^[-–]\s*\d+\s*[-–]$", re.I
)
_KAP = re.compile(r"^(?:kapitel\s+\d+|\d{1,2}\s+kap\.)(?:\s+\S.*)?$", re.I)
_PARA = re.compile(r"^(?:§\s*\d{1,3}[a-z]?|\d{1,3}[a-z]?\s*§)(?:\s+[A-ZÅÄÖ].*)?$")
_NUM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+[A-ZÅÄÖ]")
_ALPHA = re.compile(r"^[A-ZÅÄÖ][.)]\s+[A-ZÅÄÖ]")
_ENDS_CLAUSE = re.compile(r"[.!?:;]$")
_BULLET = re.compile(r"^(?:[•\-–*▪o]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
_FUNCTION_WORDS = frozenset("och i av för att som med till på om eller samt från en ett den det de".split())


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"
    LEGEND = "legend"


@dataclass(frozen=True)
class Line:
    """One non-blank layout line after running headers/footers are dropped."""

    page: int
    raw: str  # layout text, right-stripped; column positions intact
    gap_before: bool  # a blank line or the top of the page precedes it
    char_start: int
    char_end: int

    @property
    def text(self) -> str:
        return " ".join(self.raw.split())


@dataclass(frozen=True)
class Block:
    """A paragraph, table row or legend with its place: heading path, pages and span."""

    kind: BlockKind
    section: tuple[str, ...]
    section_id: int  # changes at every heading, even if two headings read the same
    text: str
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    continues: bool = False  # a paragraph carried over from the previous page
    row: tables.TableRow | None = None
    legend: tuple[tables.LegendEntry, ...] = ()


def document_text(pages: Sequence[Page]) -> str:
    """The text that chunk spans index into: plain page texts joined with "\\n"."""
    return "\n".join(p.text for p in pages)


class _Aligner:
    """Map layout lines of one page onto offsets in its plain text."""

    def __init__(self, text: str, base: int) -> None:
        self.pos = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.compact = "".join(text[i] for i in self.pos)
        self.base, self.cursor, self.last = base, 0, 0

    def span(self, raw: str) -> tuple[int, int]:
        found: list[tuple[int, int]] = []
        for seg in re.split(r"\s{2,}", raw.strip()):
            needle = "".join(seg.split())
            k = self.compact.find(needle, self.cursor)
            if k < 0:  # wrapped table cells come earlier in the plain text than the row's last cells
                k = self.compact.find(needle, self.last)
            if needle and k >= 0:
                found.append((k, k + len(needle)))
                self.cursor = max(self.cursor, k + len(needle))
        if not found or not self.pos:
            at = self.base + (self.pos[min(self.cursor, len(self.pos) - 1)] if self.pos else 0)
            return at, at
        start, end = min(f[0] for f in found), max(f[1] for f in found)
        self.last = start
        return self.base + self.pos[start], self.base + self.pos[end - 1] + 1


def page_lines(pages: Sequence[Page]) -> list[Line]:
    """All content lines of the document, in reading order, without running headers/footers."""
    layouts = [[raw.rstrip() for raw in page.layout.split("\n")] for page in pages]
    drop = _running_lines(layouts)
    lines: list[Line] = []
    base = 0
    for index, (page, raws) in enumerate(zip(pages, layouts, strict=True)):
        aligner = _Aligner(page.text, base)
        gap = True
        for li, raw in enumerate(raws):
            if not raw.strip() or (index, li) in drop:
                gap = True
                continue
            start, end = aligner.span(raw)
            lines.append(Line(page.number, raw, gap, start, end))
            gap = False
        base += len(page.text) + 1
    return lines


def _running_lines(layouts: list[list[str]]) -> set[tuple[int, int]]:
    """(page index, line index) of headers/footers: page numbers, and lines repeated on most pages."""
    zones: list[list[tuple[int, tuple[str, str]]]] = []
    for raws in layouts:
        filled = [i for i, raw in enumerate(raws) if raw.strip()]
        zone = [(i, "top") for i in filled[:_ZONE]] + [(i, "bottom") for i in filled[-_ZONE:]]
        zones.append([(i, (side, _line_key(raws[i]))) for i, side in dict(zone).items()])
    counts = Counter(key for zone in zones for key in {k for _, k in zone})
    need = max(2, math.ceil(len(layouts) * 0.5))
    drop: set[tuple[int, int]] = set()
    for page_index, zone in enumerate(zones):
        for li, key in zone:
            raw = layouts[page_index][li]
            if tables.match_header(raw):
                continue
            if _PAGE_NO.search(" ".join(raw.split())) or (len(layouts) > 1 and counts[key] >= need):
                drop.add((page_index, li))
    _keep_title(layouts, drop)
    return drop


def _line_key(raw: str) -> str:
    return re.sub(r"\d+", "#", " ".join(raw.split()).lower())


def _keep_title(layouts: list[list[str]], drop: set[tuple[int, int]]) -> None:
    """Page 1 often opens with the title that later pages repeat as a running header: keep it."""
    filled = [i for i, raw in enumerate(layouts[0]) if raw.strip()] if layouts else []
    if len(filled) < 2 or (0, filled[0]) not in drop or (0, filled[1]) in drop:
        return
    first = " ".join(layouts[0][filled[0]].split())
    if not re.search(r"\d", first) and _body_like(" ".join(layouts[0][filled[1]].split())):
        drop.discard((0, filled[0]))


def _body_like(text: str) -> bool:
    return len(text) >= 45 or bool(_ENDS_CLAUSE.search(text)) or text.startswith("•")


def heading_style(text: str) -> str | None:
    """The numbering style of a heading-shaped line: kap, para, num<depth>, alpha; None if plain."""
    if _KAP.match(text):
        return "kap"
    if _PARA.match(text):
        return "para"
    if m := _NUM.match(text):
        return f"num{m.group(1).count('.') + 1}"
    if _ALPHA.match(text):
        return "alpha"
    return None


def _heading_at(lines: Sequence[Line], i: int) -> tuple[str, str, int] | None:
    """(heading text, style, lines used) if a heading starts at ``lines[i]``."""
    line = lines[i]
    text = line.text
    prev = lines[i - 1] if i else None
    fresh = line.gap_before or prev is None or prev.page != line.page or _ENDS_CLAUSE.search(prev.text)
    if not fresh or len(text) > 100 or len(text.split()) > 14 or re.search(r"\s{3,}", line.raw.strip()):
        return None
    if text.endswith((",", ";", ":")) or text.startswith("•") or not (text[0].isupper() or text[0] in "§0123456789"):
        return None
    style = heading_style(text)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if style:
        if text.endswith(".") and style != "kap":
            return None
        if nxt and not nxt.gap_before and heading_style(nxt.text) == style:
            return None  # a tight numbered list, not two headings
        if prev and prev.text.endswith(":") and not line.gap_before:
            return None
    elif not line.gap_before or re.search(r"\d{4}-\d{2}-\d{2}|§|\bdnr\b", text, re.I):
        return None
    if nxt and _continues_heading(text, nxt, lines[i + 2] if i + 2 < len(lines) else None):
        return f"{text} {nxt.text}", style or "plain", 2
    if style:
        return text, style, 1
    if text.split()[-1].lower() in _FUNCTION_WORDS or text.endswith("."):
        return None
    if nxt and (_body_like(nxt.text) or tables.match_header(nxt.raw)):
        return text, "plain", 1
    return None


def _continues_heading(text: str, nxt: Line, after: Line | None) -> bool:
    """A heading wrapped to a second short line ("... i Askersunds" / "kommun")."""
    if nxt.gap_before or len(nxt.text) > 40 or _ENDS_CLAUSE.search(nxt.text) or heading_style(nxt.text):
        return False
    wrapped = nxt.text[:1].islower() or text.split()[-1].lower() in _FUNCTION_WORDS
    return wrapped and (after is None or _body_like(after.text) or after.gap_before)


class _Headings:
    """The heading path. Numbered styles have fixed depths; other styles nest where first seen."""

    _FIXED = {"kap": 0.0, "plain": 100.0}

    def __init__(self) -> None:
        self.stack: list[tuple[float, str]] = []
        self.ranks: dict[str, float] = {}

    def push(self, text: str, style: str) -> None:
        rank = self._rank(style)
        while self.stack and self.stack[-1][0] >= rank:
            self.stack.pop()
        self.stack.append((rank, text))

    def _rank(self, style: str) -> float:
        if style in self._FIXED:
            return self._FIXED[style]
        if style.startswith("num"):
            return float(style[3:])
        if style not in self.ranks:
            top = self.stack[-1][0] if self.stack else 0.0
            self.ranks[style] = top + 0.5 if top < 100 else 100.5
        return self.ranks[style]

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.stack)
