"""A document's content lines: layout text without running headers/footers, with plain-text offsets.

Structure is found in pypdf's layout text, because it keeps what the plain text loses: vertical
gaps (a blank line before a heading or between paragraphs) and column positions (tables). The
store's offsets, however, index the plain text of the document (pages joined with "\\n"), so each
layout line is aligned to the plain text of its page by its non-space characters.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest import table_header
from ingest.columns import reading_order
from ingest.types import Page

logger = logging.getLogger(__name__)

_ZONE = 2  # lines at the top and bottom of a page that may be running headers/footers
_PAGE_NO = re.compile(
    r"^(?:(?:sida|page|s\.)?\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?|[-–]\s*\d+\s*[-–])$", re.I
)
_PAGE_REF = re.compile(r"(?:sida|page|s\.)\s*#|#\s*(?:av|of|/)\s*\d|#\s*\(\d+\)|^#$|^[-–]\s*#\s*[-–]$")
_TAB = re.compile(r"\s{4,}")  # a gap this wide inside a line separates label and value, not words
_ENDS_CLAUSE = re.compile(r"[.!?:;]$")
_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ ]{1,30}: \S")  # "Beslutad av: Kommunfullmäktige"


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

    @property
    def tabular(self) -> bool:
        """A label/value or otherwise column-set line ("Beslutad av      Kommunfullmäktige")."""
        return bool(_TAB.search(self.raw.strip()))

    @property
    def cells(self) -> list[str]:
        return _TAB.split(self.raw.strip())


def ends_clause(text: str) -> bool:
    return bool(_ENDS_CLAUSE.search(text))


def is_label(text: str) -> bool:
    """A "Label: value" line; not a sentence that defines codes ("Lagar: KL = ..., OSL = ...")."""
    return bool(_LABEL.match(text)) and len(re.findall(r"\s[=–]\s", text)) < 2


def body_like(text: str) -> bool:
    """Text that reads as running prose (long, finished, a label/value or a bullet)."""
    return len(text) >= 45 or ends_clause(text) or is_label(text) or text.startswith("•")


def document_text(pages: Sequence[Page]) -> str:
    """The text that chunk spans index into: plain page texts joined with "\\n"."""
    return "\n".join(p.text for p in pages)


def page_lines(pages: Sequence[Page]) -> list[Line]:
    """All content lines of the document, in reading order, without running headers/footers.

    A page set in two columns is read column by column (:mod:`ingest.columns`)."""
    layouts = [[raw.rstrip() for raw in page.layout.split("\n")] for page in pages]
    drop = _running_lines(layouts)
    lines: list[Line] = []
    base = 0
    for index, (page, raws) in enumerate(zip(pages, layouts, strict=True)):
        aligner = _Aligner(page.text, base)
        gap = True
        kept = reading_order(["" if (index, li) in drop else raw for li, raw in enumerate(raws)])
        for raw in kept:
            if not raw.strip():
                gap = True
                continue
            start, end = aligner.span(raw)
            lines.append(Line(page.number, raw, gap, start, end))
            gap = False
        base += len(page.text) + 1
    return lines


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
        edges = {filled[0], filled[-1]} if filled else set()
        zones.append([(i, side, i in edges) for i, side in sides.items()])
    counts: Counter[tuple[str, str]] = Counter()
    for number, (raws, zone) in enumerate(zip(layouts, zones, strict=True), start=1):
        counts.update({(side, seg) for i, side, _ in zone for seg in _segments(raws[i], number)})
    need = max(2, math.ceil(len(layouts) * 0.5)) if len(layouts) > 1 else 10**9
    drop: set[tuple[int, int]] = set()
    for page_index, zone in enumerate(zones):
        for li, side, outer in zone:
            raw = layouts[page_index][li]
            segs = _segments(raw, page_index + 1)
            running = sum(
                bool(_PAGE_NO.match(s.replace("#", "1"))) or counts[(side, s)] >= need for s in segs
            )
            if table_header.match_header(raw) is None and (
                running == len(segs) or (outer and running * 2 >= len(segs))
            ):
                drop.add((page_index, li))
    _keep_title(layouts, drop)
    return drop


def _segments(raw: str, page: int) -> list[str]:
    """Zone segments as keys; the page's own number becomes "#", so "Sida 2 av 5" on page 2 and
    "Sida 3 av 5" on page 3 are the same running text (but "Avsnitt 2" stays itself)."""
    segs = [" ".join(seg.lower().split()) for seg in re.split(r"\s{2,}", raw.strip()) if seg.strip()]
    keyed = [re.sub(rf"(?<!\d){page}(?!\d)", "#", seg) for seg in segs]
    return [k if _PAGE_REF.search(k) else s for s, k in zip(segs, keyed, strict=True)]


def _keep_title(layouts: list[list[str]], drop: set[tuple[int, int]]) -> None:
    """Page 1 often opens with the title that later pages repeat as a running header: keep it."""
    filled = [i for i, raw in enumerate(layouts[0]) if raw.strip()] if layouts else []
    if len(filled) < 2 or (0, filled[0]) not in drop or (0, filled[1]) in drop:
        return
    first = " ".join(layouts[0][filled[0]].split())
    if not re.search(r"\d", first) and body_like(" ".join(layouts[0][filled[1]].split())):
        drop.discard((0, filled[0]))
