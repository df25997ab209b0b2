"""Lines that a narrow table column or a long one-line header wrapped, joined back into one.

Layout text keeps a table row's cells at their columns, but a cell too narrow for its text goes
on under it: a label ("Datum för" / "beslut", "Ärendenumme" / "r"), a value ("Barn- och" /
"utbildningsnämnden"), or the first line of a value printed above a vertically centred label. A
one-line header that is too long wraps in the middle of a segment ("| Revideras senast:" /
"2026-12-31"). Readers should see each row whole, so a line whose cells all sit under cells of
the line right above it, and are fewer, is joined to it, cell by cell; only rows that hold a label
are joined, so running text in two columns stays as printed.
"""

from __future__ import annotations

import re

from ingest.meta.document import Cell, Line, split_cells
from ingest.meta.vocab import match_label

_SLACK = 2  # characters a wrapped piece may start off its column
_SEPARATOR_RE = re.compile(r"\s+[·|•–—-]\s+|[,;]\s+")
_MAX_WRAP = 3  # continuation lines joined to one row


def _aligned(piece: Cell, cells: tuple[Cell, ...]) -> int | None:
    return next((i for i, c in enumerate(cells) if abs(c.x - piece.x) <= _SLACK), None)


def _has_label(line: Line) -> bool:
    return any(
        (m := match_label(s)) is not None and m.field != "ignore" for c in line.cells for s in c.segments
    )


def _is_header(line: Line) -> bool:
    """A row of labels only (a grid's header): the line under it holds values, not wrapped text."""
    bare = [c for c in line.cells if (m := match_label(c.text)) is not None and not m.value]
    return len(bare) >= 2 and len(bare) >= len(line.cells) - 1


def _join(upper: str, lower: str) -> str:
    """Two pieces of one cell: a label broken mid-word ("Ärendenumme" + "r") joins without a space."""
    glued = upper.rstrip("-") + lower if upper.endswith("-") and lower[:1].islower() else upper + lower
    spaced = f"{upper} {lower}"
    label = match_label(glued)
    if label is not None and not label.value and match_label(spaced) is None:
        return glued
    return spaced


def _continues(upper: Line, lower: Line) -> bool:
    """Does ``lower`` go on with the cells of ``upper``? A piece under the first column continues it
    only when the two make one label ("Revideras" / "senast"); otherwise it starts the next row
    ("Träder i kraft" over "Ansvarig")."""
    if lower.page != upper.page or lower.index != upper.index + 1 or lower.zone != upper.zone:
        return False
    if len(upper.cells) < 2 or len(lower.cells) >= len(upper.cells) or _is_header(upper) or _is_header(lower):
        return False
    places = [_aligned(piece, upper.cells) for piece in lower.cells]
    if any(i is None for i in places):
        return False
    if 0 in places:
        label = match_label(_join(upper.cells[0].text, lower.cells[places.index(0)].text))
        return label is not None and not label.value
    return True


def _merge(upper: Line, lower: Line) -> Line:
    cells = list(upper.cells)
    for piece in lower.cells:
        i = _aligned(piece, upper.cells)
        assert i is not None
        cells[i] = Cell(cells[i].x, (_join(cells[i].text, piece.text),))
    return Line(upper.page, upper.index, tuple(cells), upper.zone, upper.bottom)


def _header_continues(upper: Line, lower: Line) -> bool:
    """A one-line header wrapped inside a segment: its last segment is a label without a value, or
    the next line goes on with a label-less piece and then more segments."""
    if (
        lower.page != upper.page
        or lower.index != upper.index + 1
        or len(upper.cells) != 1
        or len(lower.cells) != 1
    ):
        return False
    if not upper.separated:
        return False
    last = match_label(upper.cells[0].segments[-1])
    if (last is not None and not last.value) or upper.cells[0].text.rstrip()[-1:] in "–—-|·•,;":
        return True  # "... | Revideras senast:" over "2026-12-31 | ...", or a line that ends in "–"
    text = lower.cells[0].text
    return any(match_label(text[sep.end() :]) for sep in _SEPARATOR_RE.finditer(text))  # goes on with labels


def _grid_rows(lines: tuple[Line, ...], start: int) -> int:
    """How many lines after a grid's header line up under its columns: the grid reader assembles
    those itself (its rows may wrap upwards as well as downwards)."""
    xs = [c.x for c in lines[start].cells]
    count = 0
    for line in lines[start + 1 :]:
        if line.page != lines[start].page or not all(any(abs(c.x - x) <= 3 for x in xs) for c in line.cells):
            break
        count += 1
    return count


def join_wrapped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines with wrapped rows and headers joined back (see the module docstring)."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _is_header(line):
            span = _grid_rows(lines, index - 1)
            out += lines[index - 1 : index + span]
            index += span
            continue
        joined = 0
        while index < len(lines) and joined < _MAX_WRAP:
            nxt = lines[index]
            if _header_continues(line, nxt):
                first = nxt.cells[0].segments[0]
                glue = " | " if match_label(first) is not None else " "  # a new segment, or the value goes on
                text = f"{line.cells[0].text}{glue}{nxt.cells[0].text}".replace(" · ", " | ")
                line = Line(line.page, nxt.index, split_cells(text), line.zone, line.bottom)
            elif _continues(line, nxt) and (_has_label(line) or _has_label(_merge(line, nxt))):
                line = Line(line.page, nxt.index, _merge(line, nxt).cells, line.zone, line.bottom)
            else:
                break
            index += 1
            joined += 1
        out.append(line)
    return tuple(out)
