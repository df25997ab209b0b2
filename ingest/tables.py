"""The rows of a delegation table, read from pypdf's layout text.

Layout mode keeps each cell at its horizontal position, so a table is a header line with known
column names (Nr, Ärende, Delegat, Lagrum, Anmärkning, ...; found by :mod:`ingest.table_header`)
whose positions cut the following lines into cells. What makes real delegationsordningar hard is
handled here, not downstream:

* wrapped cells: a line with an empty key column continues the previous row;
* page breaks: the repeated header on the next page is skipped and the table goes on; without a
  repeated header the columns are found again on the new page (:mod:`ingest.table_pages`), since
  layout text places them at other character positions on every page;
* section rows ("B. Plan- och byggärenden" spanning the table) become part of the heading path.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ingest.table_header import (
    MARK,
    NO_MARK,
    SEGMENT_RE,
    Column,
    TableHeader,
    TableLine,
    column_key,
    cut_cells,
    header_at,
    match_header,
    split_cells,
)
from ingest.table_pages import TOL, refit_columns

logger = logging.getLogger(__name__)
_NUMBER = re.compile(r"^[A-ZÅÄÖ]{0,3}[ .:]?\d{1,3}(?:[.:]\d{1,3}){0,3}[a-z]?[.)]?$")
_SECTION_LABEL = re.compile(r"^(?:[A-ZÅÄÖ]|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+[A-ZÅÄÖ]")
# a cell that ends where a phrase goes on ("... och", "2. Beslut om anmälan till") is cut by its width
_UNFINISHED = re.compile(
    r"(?:[-,/&]|(?<![\wåäö])(?:och|eller|samt|för|inom|vid|i|på|av|med|till|om|enligt|som|att|från|mot|under))"
    r"\s*$",
    re.I,
)


@dataclass(frozen=True)
class TableRow:
    """One row as printed; ``cells`` maps every column name to its (joined) text."""

    cells: dict[str, str]
    fields: dict[str, str]
    page: int
    page_end: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class SectionRow:
    """A row that only names a section ("B. Plan- och byggärenden")."""

    text: str
    page: int


@dataclass
class _Building:
    cells: list[str]
    lines: list[TableLine] = field(default_factory=list)


def read_table(
    lines: Sequence[TableLine], start: int, header: TableHeader
) -> tuple[list[TableRow | SectionRow], int]:
    """Read the table whose header is ``lines[start]``; return its items and the index after it."""
    items: list[TableRow | SectionRow] = []
    current: _Building | None = None
    key = header.key
    i = start + 1
    while i < len(lines):
        line = lines[i]
        again, last = header_at(lines, i) or (None, i)
        if again and _same_columns(again, header):
            # the header repeated on a new page (both its lines, when it wraps) is not content
            header, i = _repeated(again, header), last + 1
            continue
        if again and _another_table(again, header):
            break  # another table's header: this one has ended
        if i > start and line.page != lines[i - 1].page:
            header = _new_page(lines, i, header)  # no repeated header: find the columns again
        if (resume := _after_page_edge(lines, i, header)) is not None:
            i, header = resume  # footer/header text the page cleanup missed, between two parts of the table
            continue
        if _is_section_row(lines, i, header):
            if current:
                items.append(_finish(current, header))
                current = None
            items.append(SectionRow(line.text, line.page))
            i += 1
            continue
        split = cut_cells(line.raw, header)
        if split is None:
            break
        cells, forced = split
        if _centred_above(lines, i, header, cells):
            # the first line of a row whose key stands lower (cells centred in their row): it opens
            # the row below, not the end of the one above
            if current:
                items.append(_finish(current, header))
            current = None
            below = split_cells(lines[i + 1].raw, header)
            assert below is not None  # _centred_above split it
            cells = [join_wrapped(a, b) for a, b in zip(cells, below, strict=True)]
            current = _Building(cells, [line, lines[i + 1]])
            i += 2
            continue
        if current and _sub_row(current, cells, header):
            # another decider of the same matter on a line of its own ("Adm | Utlämnande utan förbehåll"
            # then "MC | Avslag"): a row of its own that repeats the matter
            items.append(_finish(current, header))
            current = _Building(_with_matter(cells, current.cells, header), [line])
            i += 1
            continue
        if (not cells[key] and not _grouped_row(cells, header)) or (
            current and not _opens_row(cells, header) and cells[key][:1].islower()
        ):
            if current is None:  # a wrapped header cell
                logger.debug("page %d: text under a table header ignored: %r", line.page, line.text)
            else:  # a wrapped cell (a lower-case key continues the key cell of a table without Nr)
                current.cells = [join_wrapped(a, b) for a, b in zip(current.cells, cells, strict=True)]
                current.lines.append(line)
            i += 1
            continue
        if forced and (line.gap_before or not line.raw.startswith(" " * header.columns[key].start)):
            break  # "4. Anmälan av beslut" after the table: a heading cut in two, not a row
        if not _opens_row(cells, header):
            break
        if _lone_key_before_prose(lines, i, cells, header):
            break  # "Skäliga kostnader" after a table without numbers: a heading, not a row
        if current:
            items.append(_finish(current, header))
        current = _Building(cells, [line])
        i += 1
    if current:
        items.append(_finish(current, header))
    return _grouped(items, header), i


def _sub_row(current: _Building, cells: list[str], header: TableHeader) -> bool:
    """Is a line without a key a second decider of the row above: its delegate cell starts anew
    (a capital or a figure: "MC", "1:e SS") where the row's delegate cell is complete, and its
    matter cell is empty?"""
    fields = [c.field for c in header.columns]
    if "delegate" not in fields or "matter" not in fields or cells[header.key]:
        return False
    d, m = fields.index("delegate"), fields.index("matter")
    if cells[m] or d == header.key:
        return False
    mine, above = cells[d], current.cells[d]
    starts_anew = mine[:1].isupper() or mine[:1].isdigit()
    if any(v[:1].islower() for i, v in enumerate(cells) if i != d and v):
        return False  # another cell goes on in lower case: the lines of one row
    return bool(mine and above and starts_anew) and not _UNFINISHED.search(above)


def _with_matter(cells: list[str], above: list[str], header: TableHeader) -> list[str]:
    """A sub-row's cells with the number and matter of the row it belongs to."""
    keep = {i for i, c in enumerate(header.columns) if c.field in ("number", "matter")}
    return [above[i] if i in keep and not v else v for i, v in enumerate(cells)]


def _grouped_row(cells: list[str], header: TableHeader) -> bool:
    """A row under a delegate set once for several rows, in a table keyed by its delegate column: the
    delegate cell is empty, the matter cell starts a new item (a capital), and no other cell is
    a wrapped line's lower-case rest."""
    fields = [c.field for c in header.columns]
    if fields[header.key] != "delegate" or "matter" not in fields:
        return False
    matter = cells[fields.index("matter")]
    return bool(matter) and matter[:1].isupper()


def _grouped(items: list[TableRow | SectionRow], header: TableHeader) -> list[TableRow | SectionRow]:
    """Rows grouped under a delegate set in the first column ("Ekonomichef" beside three rows, as a
    merged cell prints): a row with an empty delegate cell takes the one above it."""
    fields = [c.field for c in header.columns]
    if "delegate" not in fields or "matter" not in fields:
        return items
    if fields.index("delegate") > fields.index("matter"):
        return _merged_after(items, header.columns[fields.index("delegate")].name)
    name = header.columns[fields.index("delegate")].name
    out: list[TableRow | SectionRow] = []
    above: str | None = None
    for item in items:
        if isinstance(item, TableRow):
            if item.fields.get("delegate"):
                above = item.fields["delegate"]
            elif above and item.fields.get("matter"):
                item = _with_delegate(item, name, above)
        else:
            above = None  # a new section starts its own groups
        out.append(item)
    return out


def _merged_after(items: list[TableRow | SectionRow], name: str) -> list[TableRow | SectionRow]:
    """A delegate cell merged over several rows, after the matter: printed once, on the row of the
    group where the cell's alignment puts it. Rows without a delegate at the head of a section
    belong to the first delegate below them (the cell is centred or set low). Any other row without
    a delegate is left without one: whether a centred cell's rows go on below it, or the row is a
    sum, a note or a matter for the nämnd itself, nothing tells."""
    out = list(items)
    waiting: list[int] = []  # rows at the head of the section that print no delegate
    printed = False  # the section has printed a delegate
    for k, item in enumerate(out):
        if isinstance(item, SectionRow):
            waiting, printed = [], False
        elif item.fields.get("matter") and not printed:
            if delegate := item.fields.get("delegate"):
                for j in waiting:  # a delegate only a merged cell can give
                    out[j] = _with_delegate(out[j], name, delegate)
                printed = True
            else:
                waiting.append(k)
    return out


def _with_delegate(item: TableRow | SectionRow, name: str, delegate: str) -> TableRow | SectionRow:
    if isinstance(item, SectionRow):
        return item
    return replace(item, fields={**item.fields, "delegate": delegate}, cells={**item.cells, name: delegate})


def _after_page_edge(
    lines: Sequence[TableLine], i: int, header: TableHeader
) -> tuple[int, TableHeader] | None:
    """If lines[i:] are a few non-row lines ending a page, followed on the next page by the
    repeated header or by rows in the table's columns, where the table goes on; else None."""
    page, j = lines[i].page, i
    while j < len(lines) and lines[j].page == page:
        split = cut_cells(lines[j].raw, header)
        if j - i >= 3 or (split is not None and not split[1]):
            return None
        j += 1
    for k in range(j, min(j + 3, len(lines))):
        again = match_header(lines[k].raw)
        if lines[k].page != page + 1:
            return None
        if again and _same_columns(again, header):
            return k, header
    if j < len(lines) and lines[j].page == page + 1:
        refit = _new_page(lines, j, header)
        cells = split_cells(lines[j].raw, refit)
        if refit is not header and cells and cells[refit.key] and _starts_row(cells[refit.key], refit):
            return j, refit
    return None


def _new_page(lines: Sequence[TableLine], i: int, header: TableHeader) -> TableHeader:
    """The header's columns placed where the rows of ``lines[i]``'s page put them."""
    page = [line.raw for line in lines[i : i + 40] if line.page == lines[i].page]
    starts = refit_columns([c.start for c in header.columns], page)
    if starts is None:
        return header
    return TableHeader(tuple(Column(c.name, c.field, s) for c, s in zip(header.columns, starts, strict=True)))


def _lone_key_before_prose(lines: Sequence[TableLine], i: int, cells: list[str], header: TableHeader) -> bool:
    """A row of only a key cell, in a table keyed by its first text column, with no other cell
    filled in the lines that follow it: a heading after the table, or a list under it."""
    if header.columns[header.key].field == "number" or any(c for k, c in enumerate(cells) if k != header.key):
        return False
    return not _fills_other_cells(lines, i + 1, header)


def _fills_other_cells(lines: Sequence[TableLine], j: int, header: TableHeader, span: int = 3) -> bool:
    """Whether one of the next ``span`` lines on the page fits the table and fills a cell other
    than the key: what a row whose first line holds only its key cell (a cell centred vertically
    beside a long matter) has, and a heading or list after the table has not."""
    page = lines[j - 1].page if j > 0 else None
    for line in lines[j : j + span]:
        if line.page != page:
            return False
        split = cut_cells(line.raw, header)
        if split is None:
            return False
        if any(c for k, c in enumerate(split[0]) if k != header.key):
            return True
    return False


def _same_columns(a: TableHeader, b: TableHeader) -> bool:
    """The same table's header: the same fields, or the same names (a header whose unnamed columns
    were typed by their cells has more fields than its repetition on the next page)."""
    return [c.field for c in a.columns] == [c.field for c in b.columns] or [
        column_key(c.name) for c in a.columns
    ] == [column_key(c.name) for c in b.columns]


def _repeated(again: TableHeader, header: TableHeader) -> TableHeader:
    """The header as repeated on a new page: its columns where the repetition puts them, typed as
    the first header was."""
    if len(again.columns) != len(header.columns):
        return again
    return TableHeader(
        tuple(Column(c.name, c.field, r.start) for c, r in zip(header.columns, again.columns, strict=True)),
        header.subject,
    )


def _another_table(found: TableHeader, header: TableHeader) -> bool:
    """A header line inside a table that starts another table: other column names, a matter or
    delegate among them (the second line of a wrapped header names neither)."""
    names = [column_key(c.name) for c in found.columns]
    fields = {c.field for c in found.columns}
    return names != [column_key(c.name) for c in header.columns] and bool({"matter", "delegate"} & fields)


def _starts_row(key_cell: str, header: TableHeader) -> bool:
    if header.columns[header.key].field == "number":
        return bool(_NUMBER.match(key_cell))
    return not key_cell[:1].islower()


def _opens_row(cells: list[str], header: TableHeader) -> bool:
    """Whether a line's cells begin a new row. A key cell in lower case continues the row above,
    except in a table keyed by its delegate column, where delegates are often written in lower case
    ("enhetschef"): there a line whose matter cell begins a sentence begins a row."""
    key = header.key
    if _starts_row(cells[key], header):
        return True
    fields = [c.field for c in header.columns]
    if fields[key] != "delegate" or "matter" not in fields or not cells[key]:
        return False
    matter = cells[fields.index("matter")]
    return matter[:1].isupper()


def _is_section_row(lines: Sequence[TableLine], i: int, header: TableHeader) -> bool:
    """A single short segment that spans columns, followed by a row that starts with a key."""
    line = lines[i]
    segments = list(SEGMENT_RE.finditer(line.raw))
    text = line.text
    if len(segments) == 2 and _label_in_key_column(segments, header):
        return _followed_by_row(lines, i, header)  # "A   Allmänna ärenden" in the Nr and Ärende columns
    if len(segments) != 1 or len(text) > 70 or text.endswith((".", ",", ";")) or text[:1].islower():
        return False
    starts = [c.start for c in header.columns]
    seg_start, seg_end = segments[0].start(), segments[0].end()
    second = starts[1] if len(starts) > 1 else 10**6
    label = _SECTION_LABEL.match(text)
    numbered = header.columns[header.key].field == "number"
    if seg_start >= second - TOL:
        return False  # not starting in the first column: an ordinary (wrapped) cell
    unnumbered_text = numbered and not _starts_row(text.split()[0], header)  # no row of a numbered table
    if seg_end <= second + TOL and not (
        (label or unnumbered_text) and (not numbered or not _starts_row(text, header))
    ):
        # within the first column: a key cell, unless labelled ("4. Bibliotek") or no number; in a
        # table keyed by its matter a labelled line is a section when a row follows it
        return False
    if not numbered and _UNFINISHED.search(text):
        return False  # "2. Beslut om anmälan till" goes on below: a matter's first line, no section
    words_at = [m.start() + seg_start for m in re.finditer(r"\S+", segments[0].group())]
    if not (label or unnumbered_text) and any(abs(w - s) <= TOL for w in words_at[1:] for s in starts[1:]):
        return False  # words line up with columns: cells separated by single spaces
    return _followed_by_row(lines, i, header)


def _followed_by_row(lines: Sequence[TableLine], i: int, header: TableHeader) -> bool:
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page:
        return False  # a section row is followed by its rows on the same page
    follow = lines[i + 1]
    if match_header(follow.raw):
        return True
    cells = split_cells(follow.raw, header)
    if cells and _centred_above(lines, i + 1, header, cells):
        return True
    return bool(
        cells and cells[header.key] and _opens_row(cells, header) and _fills_other_cells(lines, i + 1, header)
    )


def _centred_above(lines: Sequence[TableLine], i: int, header: TableHeader, cells: list[str]) -> bool:
    """Is ``lines[i]`` the top line of a row whose cells are centred vertically, so that its key
    stands on the line below: no key, set apart from the line above by a gap, and directly above
    (no gap) a line that opens a row?"""
    if cells[header.key] or not any(cells) or not lines[i].gap_before or i + 1 >= len(lines):
        return False
    if any(v for c, v in zip(header.columns, cells, strict=True) if c.field == "delegate"):
        return False  # a decider on the line: a row of its own under the same matter (:func:`_sub_row`)
    below = lines[i + 1]
    if below.page != lines[i].page or below.gap_before:
        return False
    under = split_cells(below.raw, header)
    return bool(under and under[header.key] and _opens_row(under, header))


_SECTION_KEY = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}|[IVX]{1,4}|\d{1,2})[.)]?$")


def _label_in_key_column(segments: list[re.Match[str]], header: TableHeader) -> bool:
    """A section set in the table's own columns: its letter or number in the number column, its
    name in the next one, the other cells empty ("A   Allmänna ärenden" above "A1 ...")."""
    if header.columns[header.key].field != "number" or header.key + 1 >= len(header.columns):
        return False
    key, name = segments
    starts = [c.start for c in header.columns]
    in_key = abs(key.start() - starts[header.key]) <= TOL and bool(_SECTION_KEY.match(key.group()))
    in_next = abs(name.start() - starts[header.key + 1]) <= TOL
    nxt = starts[header.key + 2] if header.key + 2 < len(starts) else 10**6
    short = name.group()[:1].isupper() and len(name.group()) <= 70
    return in_key and in_next and short and name.end() <= nxt + TOL


def join_wrapped(first: str, more: str) -> str:
    """Join a wrapped line to the text before it, undoing a hyphenation break ("miljö-" + "förvaltningen")."""
    if not more:
        return first
    if not first:
        return more
    if re.search(r"[a-zåäö]-$", first) and more[:1].islower() and more.split()[0] not in _CONJ:
        return first[:-1] + more
    return f"{first} {more}"


_CONJ = frozenset({"och", "eller", "samt", "respektive", "resp.", "till"})


def _finish(row: _Building, header: TableHeader) -> TableRow:
    cells = {c.name: v for c, v in zip(header.columns, row.cells, strict=True)}
    fields: dict[str, str] = {}
    marked = [
        c.name
        for c, v in zip(header.columns, row.cells, strict=True)
        if c.field == MARK and not NO_MARK.match(v)
    ]
    if marked:  # a matrix row: the deciders are the columns marked (each cell says on what terms)
        fields["delegate"] = ", ".join(marked)
    for col, value in zip(header.columns, row.cells, strict=True):
        if col.field == MARK:
            continue
        if col.field and col.field not in fields:
            fields[col.field] = value
        elif col.field == "matter" and value:
            # "Ärendegrupp | Ärende": the group comes first, the matter itself after it
            fields["matter"] = value
    if header.subject and "matter" not in fields:
        fields["matter"] = header.subject
    return TableRow(
        cells=cells,
        fields=fields,
        page=row.lines[0].page,
        page_end=row.lines[-1].page,
        char_start=min(x.char_start for x in row.lines),
        char_end=max(x.char_end for x in row.lines),
    )
