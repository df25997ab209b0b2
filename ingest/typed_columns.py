"""Delegation tables whose column names we do not know, or which print none: columns typed by what
their cells hold.

A table's header may use words no vocabulary lists ("Befattning", "Nivå", "Vem"), wrap over two
lines, or be missing on the page. The rows still line up: several lines whose text starts at the
same positions. Those positions are the columns, and each column's cells say what it is: item
numbers, delegates (codes such as "KSAU" or "EC/FC", or bodies and roles by name), statutes
("6 kap. 39 § KL", "SoL"), and the matter (the column with the most words). A table is accepted
only with a delegate column and a matter column; it is then read by :func:`ingest.tables.read_table`
with a header made from the typed columns, so wrapped cells, section rows and page breaks are
handled as in any table.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence

from ingest.dates import find_dates
from ingest.leader_rows import ITEM_NUMBER, is_delegate
from ingest.meta.vocab import match_label
from ingest.table_header import Column, TableHeader, TableLine, column_field, segments
from ingest.table_pages import TOL

WINDOW = 14  # lines looked at for a table starting at a line
MIN_ROWS = 3  # lines with cells in the columns it takes to be a table
SHARE = 0.6  # of a column's filled cells that must be of its kind
_STATUTE = re.compile(
    # "kap.", "§", "KL 6:37", "SoL", "BiblL": an abbreviation has two capitals ("Högst 5" is a limit)
    r"\bkap\.|§|\b(?=\w*[A-ZÅÄÖ]\w*[A-ZÅÄÖ])[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s*\d+(?::\d+)?\b"
    r"|^(?=\w*[A-ZÅÄÖ]\w*[A-ZÅÄÖ])[A-ZÅÄÖ][A-Za-zåäö]{1,5}$|lag\b|–$"
)
_BULLET = re.compile(r"[•·▪◦‣∙*\-–—\uf0b7\uf0a7]")
_CONDITION = re.compile(r"[A-Za-zÅÄÖåäö]{3,}\s+\S*[A-Za-zÅÄÖåäö0-9]")  # two words or more
NAMES = {
    "number": "Nr",
    "matter": "Ärende",
    "delegate": "Delegat",
    "legal_basis": "Lagrum",
    "condition": "Anmärkning",
}


def _columns(rows: list[list[tuple[int, str]]]) -> list[int]:
    """Start positions shared by most rows (each within a character or two)."""
    starts = sorted(pos for row in rows for pos, _ in row)
    clusters: list[list[int]] = []
    for pos in starts:
        if clusters and pos - clusters[-1][-1] <= TOL:
            clusters[-1].append(pos)
        else:
            clusters.append([pos])
    need = max(2, int(len(rows) * 0.25))  # a condition column is filled only in some rows
    return [
        min(c) for c in clusters if len({i for i, row in enumerate(rows) for p, _ in row if p in c}) >= need
    ]


def _cells(row: list[tuple[int, str]], columns: list[int]) -> list[str] | None:
    cells = [""] * len(columns)
    for pos, text in row:
        col = max((k for k, s in enumerate(columns) if s <= pos + TOL), default=None)
        if col is None:
            return None
        cells[col] = f"{cells[col]} {text}".strip()
    return cells


def infer_header(lines: Sequence[TableLine], start: int, under_names: bool = False) -> TableHeader | None:
    """A header for the table whose first row is ``lines[start]``, from what its columns hold;
    None when the lines there are not a delegation table. A table of two columns (matter and
    delegate) must show it more plainly: more rows, nearly all delegates. ``under_names``: the
    line above is a line of column names, so the first row's first line may hold its matter alone."""
    if start >= len(lines) or (under_names and lines[start].page != lines[start - 1].page):
        return None
    first = segments(lines[start].raw)
    names = segments(lines[start - 1].raw) if under_names else []
    if any(row and _BULLET.fullmatch(row[0][1]) for row in (first, names)):
        return None  # a bulleted list: its items are sentences, not a table's cells
    if len(first) < 2 and not (under_names and first and abs(first[0][0] - names[0][0]) <= TOL):
        return None
    width = min(3, len(names) if under_names else len(first))
    window = [x for x in lines[start : start + WINDOW] if x.page == lines[start].page]
    rows = [segments(x.raw) for x in window]
    full = [
        r for r in rows if len(r) >= (2 if under_names else width)
    ]  # under names, a row may lack its remark
    if len(full) < MIN_ROWS + (width == 2):
        return None
    columns = _columns(full)
    if len(columns) < width or abs(first[0][0] - columns[0]) > TOL:
        return None
    table = _rows_of(rows, columns, 0)
    if len(table) < MIN_ROWS + (width == 2) or _record_like(table):
        return None
    kinds = _kinds(table, len(columns), strict=len(columns) == 2)
    if kinds is None:
        return None
    said = table[0][kinds.index("delegate")]
    if said and not is_delegate(said):
        return None  # the first line is the column names ("Typ | Befattning | Villkor"), not a row
    if len(columns) == 2 and not _plain_pairs(table, kinds):
        return None
    above = segments(lines[start - 1].raw) if start > 0 and lines[start - 1].page == lines[start].page else []
    printed = _cells(above, columns) if len(above) >= 2 else None
    out = []
    for k, (pos, kind) in enumerate(zip(columns, kinds, strict=True)):
        name = printed[k] if printed and printed[k] else NAMES.get(kind or "", f"Kolumn {k + 1}")
        known, field = column_field(name)
        if kind == "delegate" or not known or field != kind:
            name = NAMES[kind] if kind else name
        out.append(Column(name, kind, pos))
    return TableHeader(tuple(out))


def _plain_pairs(table: list[list[str]], kinds: list[str | None]) -> bool:
    """A two-column table is matters beside delegates from its first row on, and its matters are
    no codes (a legend, "Ordf | nämndens ordförande", pairs codes with roles)."""
    matter, delegate = kinds.index("matter"), kinds.index("delegate")
    first = table[0]
    return is_delegate(first[delegate]) and _share([r[matter] for r in table], is_delegate) < 0.2


def _rows_of(lines: list[list[tuple[int, str]]], columns: list[int], key: int) -> list[list[str]]:
    """The rows that the lines make, a line with an empty key cell joined to the row above (a
    wrapped cell: "chef för individ- och" / "familjeomsorgen"); up to the first line that does
    not fit the columns."""
    out: list[list[str]] = []
    for line in lines:
        cells = _cells(line, columns)
        if cells is None:
            break
        if not any(cells):
            continue
        # a wrapped cell, or (cells aligned to the bottom of their row) the matter's next line
        lone = bool(out) and not any(c for k, c in enumerate(out[-1]) if k != key)
        if out and (not cells[key] or (lone and cells[key][:1].islower())):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], cells, strict=True)]
        else:
            out.append(cells)
    return out


def _record_like(table: list[list[str]]) -> bool:
    """A grid of document facts or a version history, not decision rights: dates in many rows, or
    metadata labels in a row ("Dokumenttyp", "Fastställd av")."""
    dated = sum(bool(find_dates(" ".join(row))) for row in table)
    labelled = any(
        (m := match_label(cell)) is not None and m.separator != "space"
        for row in table
        for cell in row
        if cell
    )  # a label alone or before ":" ("Beslutad av"); "Beslut om bygglov" is a matter
    return labelled or dated * 3 >= len(table)


def _statutes(cells: list[str]) -> bool:
    """A lagrum column: statutes ("6 kap. 39 § KL", "SoL"). A column of bare abbreviations that are
    delegates too ("KD", "KC": an Ersättare column) needs a § or chapter in some of its cells."""
    if _share(cells, _STATUTE.search) < SHARE:
        return False
    return _share(cells, is_delegate) < SHARE or _share(cells, _CITED.search) >= 0.3


_CITED = re.compile(r"§|\bkap\.|\d")


def _share(cells: list[str], test: Callable[[str], object], sparse: bool = False) -> float:
    """The share of a column's filled cells that pass ``test``; 0 for a column mostly empty
    (unless ``sparse``: a condition column is filled only where a row has a condition)."""
    filled = [c for c in cells if c]
    if len(filled) < (2 if sparse else max(2, len(cells) // 2)):
        return 0.0
    return sum(bool(test(c)) for c in filled) / len(filled)


def _kinds(table: list[list[str]], width: int, strict: bool = False) -> list[str | None] | None:
    by_col = [[row[k] for row in table] for k in range(width)]
    kinds: list[str | None] = [None] * width
    if _share(by_col[0], ITEM_NUMBER.match) >= SHARE:
        kinds[0] = "number"  # "D1", "3.2": item numbers, though short codes look like delegates too
    others = [k for k in range(width) if kinds[k] is None]
    delegate = max(others, key=lambda k: _share(by_col[k], is_delegate))
    if _share(by_col[delegate], is_delegate) < (0.85 if strict else SHARE):
        return None
    kinds[delegate] = "delegate"
    for k in range(width):
        if kinds[k] is None and k > delegate and _statutes(by_col[k]):
            kinds[k] = "legal_basis"
            break
    free = [k for k in range(width) if kinds[k] is None]
    if not free:
        return None
    matter = _matter_column(by_col, free)
    if matter is None:
        return None
    kinds[matter] = "matter"
    # the condition: the first column after the delegate that is not more deciders (an Ersättare column)
    after = [k for k in free if k != matter and k > delegate and _share(by_col[k], is_delegate) < SHARE]
    if after:
        kinds[after[0]] = "condition"
    return kinds


def _matter_column(by_col: list[list[str]], candidates: list[int]) -> int | None:
    """The matter: told in words (a column of telephone numbers or dates is none), and the
    leftmost such column unless another holds more than twice its words (a remark column beside
    a short matter is no matter)."""
    words = {
        k: statistics.mean(len(re.findall(r"[A-Za-zÅÄÖåäö]{2,}", c)) for c in by_col[k]) for k in candidates
    }
    most = max(words.values(), default=0)
    told = [k for k in sorted(candidates) if words[k] >= 2 and words[k] * 2 >= most]
    return told[0] if told else None


def _matter_by_place(header: TableHeader, table: list[list[str]]) -> TableHeader:
    """Too few rows on the header's page to type its columns by their cells (the table goes on
    over the page break): a header that names who decides and one other column, with a single
    column of unknown name before the delegate told in words, has its matter there ("Upphandling
    eller åtgärd | Beslut fattas av | Beloppsgräns och villkor")."""
    fields = [c.field for c in header.columns]
    if "matter" in fields or "delegate" not in fields:
        return header
    before = [k for k, f in enumerate(fields) if k < fields.index("delegate") and f is None]
    if len(before) != 1 or any(ITEM_NUMBER.match(row[before[0]]) for row in table if row[before[0]]):
        return header
    if not re.search(r"[A-Za-zÅÄÖåäö]{3,}", header.columns[before[0]].name):
        return header
    fields[before[0]] = "matter"
    return _with_fields(header, fields)


def complete(lines: Sequence[TableLine], start: int, header: TableHeader) -> TableHeader:
    """A recognised header with no delegate (or no number) column, completed from the cells under
    it: "Vidaredelegat | Punkt i KS | Ärende | Villkor" has a matter column by name, and its first
    column holds roles, its second item numbers."""
    fields = [c.field for c in header.columns]
    doubled = {f for f in fields if f and fields.count(f) > 1}
    if header.subject or (all(column_field(c.name)[0] for c in header.columns) and not doubled):
        return header  # a table of amounts ("Värde | Beslutar") is typed already
    window = [x for x in lines[start + 1 : start + 1 + WINDOW] if x.page == lines[start].page]
    starts = [c.start for c in header.columns]
    table = _rows_of([segments(x.raw) for x in window], starts, header.key)
    if len(table) < MIN_ROWS:
        return _matter_by_place(header, table)
    by_col = [[row[k] for row in table] for k in range(len(starts))]
    # columns whose names we do not know ("Ersättare", "Anmäls till" are known, and kept as cells)
    unknown = [k for k, c in enumerate(header.columns) if not column_field(c.name)[0]]
    if "number" not in fields:
        numbered = [k for k in unknown if _share(by_col[k], ITEM_NUMBER.match) >= SHARE]
        if numbered:
            fields[numbered[0]] = "number"
            unknown.remove(numbered[0])
    if "delegate" not in fields:
        # "Beslut" names the matter in one table and who decides in another ("Ärendetyp | Beslut")
        unsure = unknown + [k for k, f in enumerate(fields) if f in doubled]
        best = max(unsure, key=lambda k: _share(by_col[k], is_delegate), default=None)
        if best is not None and _share(by_col[best], is_delegate) >= SHARE:
            fields[best] = "delegate"
            if best in unknown:
                unknown.remove(best)
    if "legal_basis" not in fields:
        statutes = [k for k in unknown if _statutes(by_col[k])]
        if statutes:
            fields[statutes[0]] = "legal_basis"
            unknown.remove(statutes[0])
    if "matter" not in fields and unknown and not _record_like(table):
        matter = _matter_column(by_col, unknown)
        if matter is not None:
            fields[matter] = "matter"
            unknown.remove(matter)
    if "condition" not in fields and "delegate" in fields:
        # what is left after the delegate, told in words ("Högst 5 prisbasbelopp", "Vid brådska"),
        # is the row's condition; a column of "Ja"/"Nej" or of codes is none
        told = [
            k
            for k in unknown
            if k > fields.index("delegate") and _share(by_col[k], _CONDITION.search, sparse=True) >= SHARE
        ]
        if told:
            fields[told[0]] = "condition"
    if fields == [c.field for c in header.columns]:
        return header
    return _with_fields(header, fields)


def _with_fields(header: TableHeader, fields: list[str | None]) -> TableHeader:
    return TableHeader(
        tuple(Column(c.name, f, c.start) for c, f in zip(header.columns, fields, strict=True)), header.subject
    )
