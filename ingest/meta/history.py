"""Grids of labels over values: a KFS banner, a metadata grid, a decision history.

A line of two or more label cells ("Version | Datum | Beslutsinstans | § | Ändring", "Antagen av |
Ersätter | Utbytt den | Sida") heads columns; the lines under it whose cells line up are rows. One
row is read like any labelled fields. Several rows are a decision history: the row with the latest
decision date is the version in force, and its body, date and § are read from its own cells only
(an "Ändring" cell that mentions another decision is not read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.dates import find_dates
from ingest.meta.candidates import RANK_SELF, Candidates
from ingest.meta.decision import Decision, parse_decisions
from ingest.meta.document import Cell, Line
from ingest.meta.values import put_label
from ingest.meta.vocab import LabelMatch, find_dnr, match_label
from ingest.meta.wrapping import begins_cell, broken_word_end, glue

_SLACK = 3  # characters a cell may start left of its column
_APART = 2  # rows of a grid are at most one blank line apart
_BESIDE = 40  # a grid whose first column starts this far right may have text beside it (a letterhead)


@dataclass(frozen=True)
class _Column:
    x: int
    match: LabelMatch | None  # None: a column we do not read (Ändring, Version is "ignore")


def label_value_pairs(line: Line) -> bool:
    """A line of label and value cells in turn ("Gäller från | 2026-01-01 | Ersätter | Delegationsordning
    beslutad"): a table of two pairs side by side, not a grid's header, even where a value starts
    with words that could head a column."""
    cells = line.cells
    if len(cells) < 4 or len(cells) % 2 or any(len(c.segments) > 1 for c in cells):
        return False
    labels = [match_label(c.text) for c in cells[::2]]
    if any(m is None or m.value or re.search(r"\d", c.text) for m, c in zip(labels, cells[::2], strict=True)):
        return False
    # a value shows itself by a figure (a date, a §, a dnr): no column label has one
    return any(re.search(r"\d", c.text) for c in cells[1::2])


def _header(line: Line, under: Line | None = None) -> list[_Column] | None:
    """The grid's columns if ``line`` is a row of labels; ``under`` is the line below it, whose
    pieces may end a label that a narrow column broke inside a word ("Versio" / "n")."""
    if len(line.cells) < 2 or any(len(c.segments) > 1 for c in line.cells):
        return None
    if label_value_pairs(line):
        return None
    ends = _word_ends(line, under) if under is not None else {}
    columns = [_Column(c.x, _label_cell(c.text + ends.get(c.x, ""))) for c in line.cells]
    labelled = [col for col in columns if col.match is not None and not col.match.value]
    if len(labelled) < 2 or len(labelled) < len(columns) - 1:
        return None
    if not any(col.match and col.match.field != "ignore" for col in labelled):
        return None
    return columns


def _word_ends(line: Line, under: Line) -> dict[int, str]:
    """The pieces of ``under`` that end a word of ``line``'s cells above them (one or two lower-case
    letters at a cell's position, nothing else on the line), by the cell's x; empty otherwise."""
    if under.page != line.page or under.index != line.index + 1 or not under.cells:
        return {}
    ends: dict[int, str] = {}
    for piece in under.cells:
        above = next((c for c in line.cells if abs(c.x - piece.x) <= _SLACK), None)
        if above is None or not broken_word_end(piece.text):
            return {}
        ends[above.x] = piece.text
    return ends


def _label_cell(text: str) -> LabelMatch | None:
    """A column's label; a label joined to another by a slash is one label ("Fastställd/senast
    ändrad", "Beslutad/reviderad"): its value is in the cell below, not after the slash."""
    found = match_label(text)
    if found is not None and found.value and "/" in text and not re.search(r"\d", text):
        head = text.split("/", 1)[0]
        alone = match_label(head)
        if alone is not None and not alone.value:
            return alone
    return found


def _column_of(cell: Cell, xs: list[int]) -> int | None:
    fits = [i for i, x in enumerate(xs) if x <= cell.x + _SLACK]
    return fits[-1] if fits else None


def _rows(lines: Sequence[Line], index: int, columns: list[_Column]) -> tuple[list[dict[int, str]], int]:
    """The rows under a grid's header, across page breaks (the header need not be repeated: a row
    on the next page with as many cells as there are columns sets where the columns are there).

    A cell that wraps puts lines of its text beside no first cell: under its row when the row is
    aligned at the top, above it when aligned at the bottom ("Kultur- och" over "2.0 2016-06-03
    fritidsnämnden"). Such a piece joins the row below when that row's cell goes on in lower
    case, else the row above."""
    items: list[tuple[bool, dict[int, str]]] = []  # (starts a row, cells by column)
    xs = [col.x for col in columns]
    page = lines[index].page
    used = 1
    running = lines[index].zone == "running"
    last_row = lines[index].index
    for offset, line in enumerate(lines[index + 1 :], start=1):
        if line.zone == "running" and not running:
            continue
        if not line.cells:
            break
        if line.page == page and line.top - last_row > _APART and items:
            break  # after blank lines: the postal address under a metadata band is no row of it
        last_row = line.index
        if line.page != page:
            if len(line.cells) != len(columns):
                break
            page, xs = line.page, [c.x for c in line.cells]
        if _header(line) is not None:
            break  # another grid starts ("Dokumentansvarig | Gäller från" under "Beslutad av | Datum")
        line_cells = line.cells
        if xs[0] > _BESIDE:  # a grid set at the right: a cell left of it stands beside, not in it
            line_cells = tuple(c for c in line_cells if c.x >= xs[0] - _SLACK) or line_cells
        placed = [(_column_of(c, xs), c) for c in line_cells]
        if any(col is None for col, _ in placed):
            break
        cells = {col: c.text for col, c in placed if col is not None}
        starts_row = abs(line_cells[0].x - xs[0]) <= _SLACK
        has_rows = any(start for start, _ in items)
        wrapped_first = (
            starts_row and len(line_cells) == 1 and has_rows and len(line_cells[0].text.split()) <= 3
        )
        if wrapped_first and match_label(line_cells[0].text) is None:
            starts_row = False  # "94" under "Kommunstyrelsen 2019-08-27, §": the first cell goes on
        if starts_row and has_rows and _goes_on(line_cells):
            starts_row = False  # "1–12 år   utbildningsförvaltningen": the row above wraps
        if starts_row and len(line_cells) < 2:
            break
        items.append((starts_row, cells))
        used = offset + 1
    return _assemble(items), used


def _goes_on(cells: Sequence[Cell]) -> bool:
    """A line of a grid whose cells carry on the row above: each starts in lower case, or some do
    and the rest hold no date (a history's next row starts with its version or date)."""
    lower = [c.text[:1].islower() for c in cells]
    if all(lower):
        return True
    return any(lower) and not any(find_dates(c.text) for c in cells)


def _assemble(items: list[tuple[bool, dict[int, str]]]) -> list[dict[int, str]]:
    rows: list[dict[int, str]] = []
    pending: dict[int, str] = {}
    for k, (starts_row, cells) in enumerate(items):
        if starts_row:
            row = dict(cells)
            for col, text in pending.items():
                row[col] = f"{text} {row.get(col, '')}".strip()
            pending = {}
            rows.append(row)
            continue
        below = next((c for s, c in items[k + 1 :] if s), None)
        for col, text in cells.items():
            after = below.get(col, "") if below is not None else ""
            starts_next = (
                below is not None and not text[:1].islower() and (begins_cell(text, after) or not rows)
            )
            if starts_next or not rows:
                pending[col] = f"{pending.get(col, '')} {text}".strip()
            else:
                rows[-1][col] = glue(rows[-1].get(col, ""), text)
    return rows


def _decision_of(row: dict[int, str], columns: list[_Column], known: Sequence[str]) -> Decision | None:
    body = date = paragraph = None
    for col, text in row.items():
        match = columns[col].match
        if match is None:
            continue
        if match.field == "decision":
            found = parse_decisions(text, known, cut=False)
            for d in found:
                date = date or d.date
                body = body or d.body
                paragraph = paragraph or d.paragraph
        elif match.field == "paragraph" and (number := re.match(r"^(?:§\s*)?(\d+)", text)):
            paragraph = f"§ {number.group(1)}"
    if date is None:
        return None
    dnr = next(
        (find_dnr(t, labelled=True) for c, t in row.items() if _field(columns, c) == "diarienummer"), None
    )
    return Decision(body, date, paragraph, dnr)


def _field(columns: list[_Column], col: int) -> str | None:
    match = columns[col].match
    return match.field if match else None


def read_grid(
    lines: Sequence[Line],
    index: int,
    known: Sequence[str],
    out: Candidates,
    *,
    rank: int,
    group: str,
    source: str,
) -> int:
    """Read the grid headed by ``lines[index]``; return how many lines it took (0: not a grid)."""
    under = lines[index + 1] if index + 1 < len(lines) else None
    columns = _header(lines[index], under)
    if columns is None:
        return 0
    broken = under is not None and _header(lines[index]) is None  # the labels' ends were under them
    rows, used = _rows(lines, index + 1 if broken else index, columns)
    used += int(broken)
    if not rows:
        return 0
    if len(rows) == 1:
        for col, text in rows[0].items():
            match = columns[col].match
            if match is not None:
                put_label(match, text, out, rank=rank, group=group, source=source, known=known, loose=True)
        return used
    headed = any(
        c.match and c.match.label.lower().startswith(("version", "ändring")) for c in columns
    ) or bool(index and _HISTORY_RE.search(lines[index - 1].text))
    if _is_history(lines, index, columns) and (headed or _is_dated_history(rows, columns, known)):
        dated = [d for row in rows if (d := _decision_of(row, columns, known)) is not None]
        if dated:
            newest = max(dated, key=lambda d: d.date)  # type: ignore[arg-type, return-value]
            page = lines[index].page
            out.decision(  # the latest row of a history: a revision
                newest,
                rank=RANK_SELF,
                group=f"history:{page}:{index}",
                source=f"sida {page}, historik",
                revision=len(dated) > 1,
            )
            _versions(rows, columns, known, out)
    return used  # a table of several rows is read as a history or not at all, never as labels


def _version_of(row: dict[int, str], columns: list[_Column]) -> str | None:
    for col, text in row.items():
        match = columns[col].match
        if match is not None and match.label.lower().startswith("version"):
            found = re.match(r"^(?:v(?:ersion)?\.?\s*)?(\d+(?:\.\d+)*)\b", text.strip(), re.IGNORECASE)
            return found.group(1) if found else None
    return None


def described_version(version: str, decision: Decision | None) -> str:
    """ "version 2.0, beslutad av kommunfullmäktige 2019-12-16, § 171": a version and its decision."""
    if decision is None or decision.date is None:
        return f"version {version}"
    said = f"version {version}, beslutad" + (f" av {decision.body}" if decision.body else "")
    said += f" {decision.date.isoformat()}" + (f", {decision.paragraph}" if decision.paragraph else "")
    return said


def _versions(
    rows: list[dict[int, str]], columns: list[_Column], known: Sequence[str], out: Candidates
) -> None:
    """Every version of a history with a version column, with its decision: a statement "ersätter
    version 2.0" names one of them. (The row before the latest is not taken as what the document
    replaces unless the document says so: a history of revisions often replaces nothing.)"""
    for row in rows:
        version, decision = _version_of(row, columns), _decision_of(row, columns, known)
        if version is not None and decision is not None and decision.date is not None:
            out.versions[version] = decision


_HISTORY_RE = re.compile(r"historik|versioner|revideringar|beslutsgång|ändringslogg", re.IGNORECASE)


def _is_history(lines: Sequence[Line], index: int, columns: list[_Column]) -> bool:
    """A decision history: its heading says so, it has a version or change column, or it stands
    where the document speaks of itself (header, tail)."""
    versioned = any(c.match and c.match.label.lower().startswith(("version", "ändring")) for c in columns)
    heading = (
        index > 0 and lines[index - 1].page == lines[index].page and _HISTORY_RE.search(lines[index - 1].text)
    )
    dated = any(c.match and c.match.field == "decision" for c in columns)
    return dated and (versioned or bool(heading) or lines[index].zone in ("header", "tail"))


def _is_dated_history(rows: list[dict[int, str]], columns: list[_Column], known: Sequence[str]) -> bool:
    """Without a heading or version column, a history needs at least two dated decisions."""
    return sum(_decision_of(row, columns, known) is not None for row in rows) >= 2
