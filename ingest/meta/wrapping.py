"""Lines that a narrow table column or a long one-line header wrapped, joined back into one.

Layout text keeps a table row's cells at their columns, but a cell too narrow for its text goes
on over several lines: a label ("Datum för" / "beslut", "Ärendenumme" / "r"), a value ("Barn- och"
/ "utbildningsnämnden"). Where the row's cells are aligned at the top, the extra lines come under
the row; at the bottom or middle, some come above it. A one-line header that is too long wraps
in the middle of a segment ("| Revideras senast:" / "2026-12-31"). Readers should see each row
whole, so a line of pieces that sit under the cells of a neighbouring row, and are fewer, is
joined to the row it belongs to: the row below when the pieces begin what the row's cells go on
with in lower case (or a date the two complete), else the row above. Only rows that hold a label
are joined, so running text in two columns stays as printed; grids are left to the grid reader.
"""

from __future__ import annotations

import re

from ingest.dates import find_dates
from ingest.meta.document import Cell, Line, split_cells
from ingest.meta.vocab import bodies_in, match_label

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


def broken_word_end(piece: str) -> bool:
    """A piece that can only be the end of a word a narrow cell broke ("Kommunfullmäktig" / "e"):
    one or two lower-case letters that are no word of their own."""
    return len(piece) <= 2 and piece.isalpha() and piece.islower() and piece not in ("i", "å", "ö")


def glue(text: str, piece: str) -> str:
    """A cell's text and the next line's piece of it: a word's broken end joins without a space."""
    if not text:
        return piece
    return f"{text}{piece}" if broken_word_end(piece) and text[-1:].isalpha() else f"{text} {piece}"


def _join(upper: str, lower: str) -> str:
    """Two pieces of one cell: a label broken mid-word ("Ärendenumme" + "r") or a word's broken end
    ("Kommunfullmäktig" + "e") joins without a space."""
    glued = upper.rstrip("-") + lower if upper.endswith("-") and lower[:1].islower() else upper + lower
    spaced = f"{upper} {lower}"
    if broken_word_end(lower) and upper[-1:].isalpha():
        return glue(upper, lower)
    label = match_label(glued)
    if label is not None and not label.value and match_label(spaced) is None:
        return glued
    return spaced


def _pure_label(text: str) -> bool:
    label = match_label(text)
    return label is not None and not label.value


_INCOMPLETE_RE = re.compile(r"(?:\b(?:och|i|för|av|till|med|på|om|samt|eller|inom|enligt)|[-,§])$", re.I)


def _complete(text: str) -> bool:
    """A value that stands on its own in lower case: a date ("den 14 februari 2022"), a role
    ("kanslichef"), "tills vidare"."""
    dates = find_dates(text)
    mentions = bodies_in(text)
    return (
        bool(dates and dates[0].start == 0)
        or bool(mentions and mentions[0].start == 0)
        or text.startswith("tills")
    )


def begins_cell(piece: str, cell: str) -> bool:
    """Is ``piece``, printed on the line above ``cell``'s, the start of that same cell? Yes when the
    two complete a date ("den tjugoandra augusti" over "2020"), when the piece breaks off
    ("Kultur- och" over "fritidsnämnden"), or when the cell goes on in lower case with no value of
    its own ("Hela kommunkoncernen" over "inklusive bolag", not over "den 14 februari 2022")."""
    if len(find_dates(f"{piece} {cell}")) > len(find_dates(piece)) + len(find_dates(cell)):
        return True
    if piece[:1].islower():
        return False
    if _INCOMPLETE_RE.search(piece):
        return True
    return cell[:1].islower() and not _complete(cell)


def _pieces_of(pieces: Line, row: Line) -> list[int] | None:
    """The columns of ``row`` that the cells of ``pieces`` sit in, when ``pieces`` is a line of
    fewer cells right beside ``row`` (above or under it), else None."""
    if pieces.page != row.page or abs(pieces.index - row.index) != 1 or pieces.zone != row.zone:
        return None
    if len(row.cells) < 2 or len(pieces.cells) >= len(row.cells) or _is_header(row) or _is_header(pieces):
        return None
    places = [_aligned(piece, row.cells) for piece in pieces.cells]
    if any(i is None for i in places):
        return None
    return [i for i in places if i is not None]


def _belongs_below(pieces: Line, row: Line) -> bool:
    """Does the line of ``pieces`` begin the cells of the ``row`` under it?"""
    places = _pieces_of(pieces, row)
    if places is None:
        return False
    for piece, col in zip(pieces.cells, places, strict=True):
        joined = _join(piece.text, row.cells[col].text)
        if (col == 0 and not _pure_label(joined)) or _two_labels(piece.text, row.cells[col].text):
            return False  # under a label that is whole, a new row starts
        if not begins_cell(piece.text, row.cells[col].text):
            return False
    return _has_label(row) or _has_label(_merge(pieces, row, above=True))


def _continues(row: Line, pieces: Line) -> bool:
    """Does the line of ``pieces`` go on with the cells of the ``row`` above it? A piece under the
    first column continues it only when the two make one label ("Revideras" / "senast")."""
    places = _pieces_of(pieces, row)
    if places is None:
        return False
    first = pieces.cells[places.index(0)].text if 0 in places else ""
    broken = (
        bool(_INCOMPLETE_RE.search(row.cells[0].text)) and first[:1].islower()
    )  # "Miljö- och" / "bygg..."
    if 0 in places and not broken and not _pure_label(_join(row.cells[0].text, first)):
        return False  # "Träder i kraft" over "Ansvarig": the next row
    if any(_two_labels(row.cells[i].text, p.text) for p, i in zip(pieces.cells, places, strict=True)):
        return False  # "Dnr" over "Giltig från" in a label column set right of the text: the next row
    return _has_label(row) or _has_label(_merge(pieces, row, above=False))


def _two_labels(upper: str, lower: str) -> bool:
    """Two whole labels one over the other, not one label wrapped ("Datum för" / "beslut")."""
    return _pure_label(upper) and _pure_label(lower) and not _pure_label(_join(upper, lower))


def _merge(pieces: Line, row: Line, above: bool) -> Line:
    cells = list(row.cells)
    for piece in pieces.cells:
        i = _aligned(piece, row.cells)
        assert i is not None
        text = _join(piece.text, cells[i].text) if above else _join(cells[i].text, piece.text)
        cells[i] = Cell(cells[i].x, (text,))
    index = row.index if above else pieces.index
    return Line(row.page, index, tuple(cells), row.zone, row.bottom, min(row.top, pieces.top))


def _header_continues(upper: Line, lower: Line) -> bool:
    """A one-line header wrapped inside a segment: its last segment is a label without a value or
    it ends in a separator, or the next line goes on with more labelled segments."""
    if lower.page != upper.page or lower.index != upper.index + 1:
        return False
    if len(upper.cells) != 1 or len(lower.cells) != 1 or not upper.separated:
        return False
    last = match_label(upper.cells[0].segments[-1])
    if (last is not None and not last.value) or upper.cells[0].text.rstrip()[-1:] in "–—-|·•,;":
        return True  # "... | Revideras senast:" over "2026-12-31 | ..."
    text = lower.cells[0].text
    return any(match_label(text[sep.end() :]) for sep in _SEPARATOR_RE.finditer(text))


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
    work = list(lines)
    out: list[Line] = []
    index = 0
    while index < len(work):
        line = work[index]
        index += 1
        if _is_header(line):
            span = _grid_rows(tuple(work), index - 1)
            out += work[index - 1 : index + span]
            index += span
            continue
        if index < len(work) and _belongs_below(line, work[index]):
            work[index] = _merge(line, work[index], above=True)
            continue  # the row below now holds these pieces
        for _ in range(_MAX_WRAP):
            if index >= len(work):
                break
            nxt = work[index]
            following = work[index + 1] if index + 1 < len(work) else None
            if _header_continues(line, nxt):
                glue = " | " if match_label(nxt.cells[0].segments[0]) is not None else " "
                text = f"{line.cells[0].text}{glue}{nxt.cells[0].text}".replace(" · ", " | ")
                line = Line(line.page, nxt.index, split_cells(text), line.zone, line.bottom)
            elif _continues(line, nxt) and not (following is not None and _belongs_below(nxt, following)):
                line = _merge(nxt, line, above=False)
            else:
                break
            index += 1
        out.append(line)
    return tuple(out)
