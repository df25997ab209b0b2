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
_PAGE_NO = re.compile(r"^(?:(?:sida|page|s\.)?\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?|[-–]\s*\d+\s*[-–])$", re.I)
_PAGE_REF = re.compile(r"(?:sida|page|s\.)\s*#|#\s*(?:av|of|/)\s*\d|#\s*\(\d+\)|^#$|^[-–]\s*#\s*[-–]$")
_KAP = re.compile(r"^(?:[Kk]apitel\s+\d+|\d{1,2}\s+kap\.)(?:\s+[A-ZÅÄÖ][^§]*)?$")
_PARA = re.compile(r"^(?:§\s*\d{1,3}[a-z]?|\d{1,3}[a-z]?\s*§)(?:\s+[A-ZÅÄÖ].*)?$")
_NUM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+[A-ZÅÄÖ]")
_ALPHA = re.compile(r"^[A-ZÅÄÖ][.)]\s+[A-ZÅÄÖ]")
_ENDS_CLAUSE = re.compile(r"[.!?:;]$")
_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ ]{1,30}: \S")  # "Beslutad av: Kommunfullmäktige"
_TAB = re.compile(r"\s{4,}")  # a gap this wide inside a line separates label and value, not words
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
            k = self._find(needle, found[-1][1] if found else None) if needle else -1
            if k >= 0:
                found.append((k, k + len(needle)))
        if not found or not self.pos:
            at = self.base + (self.pos[min(self.cursor, len(self.pos) - 1)] if self.pos else 0)
            return at, at
        start, end = min(f[0] for f in found), max(f[1] for f in found)
        # a wrapped cell found inside the previous line's span does not move the cursor back
        self.cursor = max(self.cursor, end) if start >= self.last else end
        self.last = start
        return self.base + self.pos[start], self.base + self.pos[end - 1] + 1

    def _find(self, needle: str, after: int | None) -> int:
        """Search where the text should be: after the line's previous segment, else after the
        previous line, except that wrapped table cells sit inside the previous line's span."""
        if after is not None and (k := self.compact.find(needle, after)) >= 0:
            return k
        k = self.compact.find(needle, self.cursor)
        if k == self.cursor:
            return k  # the text goes on where the previous line ended
        near = self.compact.find(needle, self.last)
        if 0 <= near < self.cursor:
            return near
        return k if k >= 0 else self.compact.find(needle)  # the plain text is in another order


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
    """(page index, line index) of running headers/footers in the top and bottom zones of pages.

    A zone line is cut into segments (runs separated by wide gaps: "Fiktivt testdokument" at the
    left, a running title at the right). A segment is running when it repeats in the same zone
    on most pages, or is a page number ("Sida 2 av 5"). A line goes when all its segments run,
    or, as the outermost line of the page, at least half of them do.
    """
    zones: list[list[tuple[int, str, bool]]] = []
    for index, raws in enumerate(layouts):
        filled = [i for i, raw in enumerate(raws) if raw.strip()]
        top = filled[: 1 if index == 0 else _ZONE]  # page 1's second line is its title, not a header
        sides = {i: "top" for i in top} | {i: "bottom" for i in filled[-_ZONE:]}
        outer = {filled[0], filled[-1]} if filled else set()
        zones.append([(i, side, i in outer) for i, side in sides.items()])
    counts: Counter[tuple[str, str]] = Counter()
    for number, (raws, zone) in enumerate(zip(layouts, zones, strict=True), start=1):
        counts.update({(side, seg) for i, side, _ in zone for seg in _segments(raws[i], number)})
    need = max(2, math.ceil(len(layouts) * 0.5)) if len(layouts) > 1 else 10**9
    drop: set[tuple[int, int]] = set()
    for page_index, zone in enumerate(zones):
        for li, side, outer in zone:
            raw = layouts[page_index][li]
            segs = _segments(raw, page_index + 1)
            running = sum(bool(_PAGE_NO.match(seg.replace("#", "1"))) or counts[(side, seg)] >= need for seg in segs)
            if tables.match_header(raw) is None and (running == len(segs) or (outer and running * 2 >= len(segs))):
                drop.add((page_index, li))
    _keep_title(layouts, drop)
    return drop


def _segments(raw: str, page: int) -> list[str]:
    """Zone segments as keys; the page's own number becomes "#", so "Sida 2 av 5" on page 2 and
    "Sida 3 av 5" on page 3 are the same running text."""
    segs = [" ".join(seg.lower().split()) for seg in re.split(r"\s{2,}", raw.strip()) if seg.strip()]
    keyed = [re.sub(rf"(?<!\d){page}(?!\d)", "#", seg) for seg in segs]
    return [k if _PAGE_REF.search(k) else s for s, k in zip(segs, keyed, strict=True)]


def _keep_title(layouts: list[list[str]], drop: set[tuple[int, int]]) -> None:
    """Page 1 often opens with the title that later pages repeat as a running header: keep it."""
    filled = [i for i, raw in enumerate(layouts[0]) if raw.strip()] if layouts else []
    if len(filled) < 2 or (0, filled[0]) not in drop or (0, filled[1]) in drop:
        return
    first = " ".join(layouts[0][filled[0]].split())
    if not re.search(r"\d", first) and _body_like(" ".join(layouts[0][filled[1]].split())):
        drop.discard((0, filled[0]))


def _tabular(line: Line) -> bool:
    """A label/value or otherwise column-set line ("Beslutad av      Kommunfullmäktige")."""
    return bool(_TAB.search(line.raw.strip()))


def _body_like(text: str) -> bool:
    return len(text) >= 45 or bool(_ENDS_CLAUSE.search(text) or _LABEL.match(text)) or text.startswith("•")


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


def _heading_at(lines: Sequence[Line], i: int, measure: int) -> tuple[str, str, int] | None:
    """(heading text, style, lines used) if a heading starts at ``lines[i]``.

    ``measure`` is the document's body line length: an unnumbered line that long is the first
    line of a paragraph, not a heading.
    """
    line = lines[i]
    text = line.text
    prev = lines[i - 1] if i else None
    # after a gap, a page break or a finished sentence, or (numbered only) after a short line
    fresh = line.gap_before or prev is None or prev.page != line.page or bool(_ENDS_CLAUSE.search(prev.text))
    if len(text) > 100 or len(text.split()) > 14 or _tabular(line) or text.endswith((",", ";", ":")):
        return None
    if text.startswith("•") or not (text[0].isupper() or text[0] in "§0123456789"):
        return None
    style = heading_style(text)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if style:
        if not (fresh or (prev and len(prev.text) < 0.75 * measure)):
            return None  # a wrapped sentence that happens to continue with "12 Kommuner ..."
        if text.endswith(".") and style != "kap":
            return None
        if nxt and not nxt.gap_before and heading_style(nxt.text) == style:
            return None  # a tight numbered list, not two headings
        if prev and prev.text.endswith(":") and not line.gap_before:
            return None
    elif not fresh or len(text) > 0.75 * measure or re.search(r"\d{4}-\d{2}-\d{2}|§|\bdnr\b|: ", text, re.I):
        return None
    if nxt and _continues_heading(text, nxt, lines[i + 2] if i + 2 < len(lines) else None):
        return f"{text} {nxt.text}", style or "plain", 2
    if style:
        return text, style, 1
    if text.split()[-1].lower() in _FUNCTION_WORDS or text.endswith("."):
        return None
    if nxt and (_body_like(nxt.text) or tables.match_header(nxt.raw) or heading_style(nxt.text)):
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


def find_blocks(pages: Sequence[Page]) -> list[Block]:
    """Split a document into paragraphs, table rows and legends, each with its heading path.

    Paragraphs end at a vertical gap, a heading, a list item and a page break (a paragraph
    carried over to the next page is marked ``continues``), so every block is page-true.
    """
    return _Walker(page_lines(pages)).run()


class _Walker:
    def __init__(self, lines: list[Line]) -> None:
        self.lines, self.blocks, self.heads = lines, [], _Headings()
        lengths = sorted(len(line.text) for line in lines)
        self.measure = max(40, lengths[int(len(lengths) * 0.9)]) if lengths else 80
        self.section_id, self.in_legend = 0, False
        self.para: list[Line] = []
        self.legend: list[tuple[Line, list[tables.LegendEntry]]] = []

    def run(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if header := tables.match_header(line.raw):
                self._flush()
                items, i = tables.read_table(self.lines, i, header)
                self._table(items)
            elif self.in_legend and not heading_style(line.text) and (entries := tables.parse_legend_line(line.raw)):
                self._flush_para()
                self.legend.append((line, entries))
                i += 1
            elif heading := _heading_at(self.lines, i, self.measure) or self._title_line(line):
                self._flush()
                text, style, used = heading
                self._push(text, style)
                self.in_legend = tables.is_legend_heading(text)
                i += used
            else:
                self._flush_legend()
                self._paragraph_line(line)
                i += 1
        self._flush()
        return self.blocks

    def _title_line(self, line: Line) -> tuple[str, str, int] | None:
        """Before any body text, short lines are a title block ("Askersunds kommun",
        "Representationspolicy"), not body text."""
        text = line.text
        if self.blocks or self.para or len(text) > 0.6 * self.measure or not text[0].isupper():
            return None
        if _ENDS_CLAUSE.search(text) or _tabular(line) or re.search(r"\d{4}-\d\d|§|: ", text):
            return None
        return text, "plain", 1

    def _push(self, text: str, style: str) -> None:
        self.heads.push(text, style)
        self.section_id += 1

    def _table(self, items: list[tables.TableRow | tables.SectionRow]) -> None:
        for item in items:
            if isinstance(item, tables.SectionRow):
                self._push(item.text, heading_style(item.text) or "table-section")
                continue
            text = " | ".join(f"{k}: {v}" for k, v in item.cells.items() if v)
            self._add(BlockKind.TABLE_ROW, text, item.page, item.page_end, item.char_start, item.char_end, row=item)

    def _paragraph_line(self, line: Line) -> None:
        last = self.para[-1] if self.para else None
        if last and (
            line.gap_before
            or line.page != last.page
            or _BULLET.match(line.text)
            or _tabular(line) or _tabular(last) or _LABEL.match(line.text) or _LABEL.match(last.text)
            or (_ENDS_CLAUSE.search(last.text) and len(last.text) < 0.8 * self.measure)  # a short last line
        ):
            self._flush_para()
        self.para.append(line)

    def _flush(self) -> None:
        self._flush_para()
        self._flush_legend()

    def _flush_para(self) -> None:
        if not self.para:
            return
        lines, self.para = self.para, []
        text = " | ".join(_TAB.split(lines[0].raw.strip())) if _tabular(lines[0]) else lines[0].text
        for line in lines[1:]:
            text = tables._join(text, line.text) if text.endswith("-") else f"{text} {line.text}"
        prev = self.blocks[-1] if self.blocks else None
        continues = bool(
            prev
            and prev.kind is BlockKind.PARAGRAPH
            and prev.section_id == self.section_id
            and prev.page_end == lines[0].page - 1
            and not _ENDS_CLAUSE.search(prev.text)
            and not _BULLET.match(text)
        )
        start, end = lines[0].char_start, max(x.char_end for x in lines)
        self._add(BlockKind.PARAGRAPH, text, lines[0].page, lines[-1].page, start, end, continues=continues)

    def _flush_legend(self) -> None:
        if not self.legend:
            return
        found, self.legend = self.legend, []
        entries = tuple(e for _, es in found for e in es)
        text = "\n".join(f"{e.abbreviation} = {e.expansion}" for e in entries)
        first, last = found[0][0], found[-1][0]
        self._add(BlockKind.LEGEND, text, first.page, last.page, first.char_start, last.char_end, legend=entries)

    def _add(self, kind: BlockKind, text: str, p0: int, p1: int, c0: int, c1: int, **extra: object) -> None:
        block = Block(kind, self.heads.path, self.section_id, text, p0, p1, c0, max(c0, c1), **extra)  # type: ignore[arg-type]
        self.blocks.append(block)
