"""The header of a delegation table: which printed column names fill which field, where a header
line stands (one line, wrapped over two, with a matrix's decider columns, a table of amounts), and
how a layout line is cut into cells at the header's column positions. :mod:`ingest.tables` reads
the rows under it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ingest.table_pages import TOL
from store.limits import amounts
from store.vocabulary import decision_verb_patterns, find_bodies

SEGMENT_RE = re.compile(r"\S+(?: \S+)*")  # a segment: text without a double space
MARK = "mark"  # the field of a delegation matrix's decider column

# Column names as printed (lower case, trailing ":" and "." removed), by the field they fill;
# "" lists columns we recognise as table columns but keep only in ``cells``.
_VOCABULARY = {
    "number": "nr|nummer|punkt|p|löpnummer|löpnr|ref|id",
    "matter": "ärende|ärenden|ärendetyp|ärendegrupp|beslut|beslutsärende|delegationsärende|ärende/beslut|"
    "beslut/ärende|beslutstyp|befogenhet|beslutsområde|typ av ärende|ärendebeskrivning|beslutets art",
    "delegate": "delegat|delegater|beslutsfattare|delegat/beslutsfattare|delegeras till|delegering till|"
    "beslutande|beslutsnivå|delegerad till|beslutanderätt|delegation|beslutas av|fattas av|beslut fattas av|"
    "beslutande organ|beslutsinstans|beslutar|vem beslutar|beslutsrätt|"
    "vidaredelegat|vidaredelegeras till|vidaredelegerad till|vidaredelegering till|vidaredelegation till",
    "legal_basis": "lagrum|lagstöd|lagrum/hänvisning|hänvisning|författning|författningsstöd|"
    "rättslig grund|lag",
    "condition": "anmärkning|anmärkningar|anm|villkor|kommentar|kommentarer|begränsning|begränsningar|"
    "villkor/begränsning|notering|noteringar|övrigt|förutsättningar|beloppsgräns|beloppsgränser",
    "": "ersättare|vidaredelegering|vidaredelegation|anmäls till|anmälan|kod",
}
_FIELDS = {name: field or None for field, names in _VOCABULARY.items() for name in names.split("|")}


class TableLine(Protocol):
    """What table reading needs of a line (:class:`ingest.lines.Line` provides it)."""

    @property
    def page(self) -> int: ...
    @property
    def raw(self) -> str: ...
    @property
    def gap_before(self) -> bool: ...
    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Column:
    name: str  # as printed in the header
    field: str | None  # number, matter, delegate, legal_basis, condition, mark (a matrix's decider), or None
    start: int  # character position in the layout line


@dataclass(frozen=True)
class TableHeader:
    columns: tuple[Column, ...]
    subject: str | None = None  # what a table without a matter column is about: its amount column's name

    @property
    def key(self) -> int:
        """The column that starts a row: the number column if any, else the first."""
        return next((i for i, c in enumerate(self.columns) if c.field == "number"), 0)


def column_key(name: str) -> str:
    """A column name without case, footnote marks and a bracketed gloss: "Delegat¹ (ersättare)" ->
    "delegat"."""
    name = re.sub(r"\([^)]*\)", " ", name).strip()
    name = re.sub(r"[*¹²³⁴\d]+$", "", name)
    return " ".join(name.lower().strip(" :.*").split())


def column_field(name: str) -> tuple[bool, str | None]:
    """Whether a printed column name is one we know, and the field it fills.

    A combined name counts by its first known part: "Anmärkning/Villkor" is a condition column,
    "Delegat/ersättare" a delegate column. A passive decision verb with its agent to come names
    the delegate column in any wording: "Godkänns i förväg av", "Beviljas av".
    """
    norm = column_key(name)
    if norm in _FIELDS:
        return True, _FIELDS[norm]
    for part in re.split(r"\s*/\s*|\s+(?:och|&)\s+", norm):
        if part in _FIELDS:
            return True, _FIELDS[part]
    if _agent_column().fullmatch(norm):
        return True, "delegate"
    return False, None


@functools.cache
def _agent_column() -> re.Pattern[str]:
    # "tas" and "fattas" decide only with "beslut" before them: "Tas fram av" is who prepares
    verbs = set(re.findall(r"[a-zåäö]+", decision_verb_patterns()["passive"])) - {"tas", "fattas"}
    decided = rf"(?:ska\s+)?(?:{'|'.join(sorted(verbs))})(?:\s+[a-zåäö]+){{0,3}}\s+av"
    return re.compile(rf"{decided}|[a-zåäö]*beslut(?:et)?\s+(?:ska\s+)?(?:fattas|tas)\s+av", re.I)


def segments(raw: str) -> list[tuple[int, str]]:
    """The segments of a layout line (text without a double space) with their start positions."""
    return [(m.start(), m.group()) for m in SEGMENT_RE.finditer(raw)]


def match_header(raw: str) -> TableHeader | None:
    """Recognise a table header: two or more known column names, at least half of all cells."""
    header = _header_line(raw)
    return header if header is not None and _enough(header) else None


def header_at(lines: Sequence[TableLine], i: int) -> tuple[TableHeader, int] | None:
    """The table header that starts at ``lines[i]`` and the index of its last line.

    A header cell too narrow for its name wraps onto a second line, in the middle of a word when
    it has to ("Numm" / "er", "Beslutsfattar" / "e") or between words ("Beslutande" / "nivå"). The
    pieces under a cell are joined to it, as one word or as two, whichever names a column we know;
    the two lines are one header when that knows more columns than the first line alone."""
    one = match_header(lines[i].raw)
    two = _wrapped_header(lines, i)
    if two is not None and _enough(two) and (one is None or _known(two) > _known(one)):
        return two, i + 1
    return (one, i) if one is not None else None


def delegate_header_at(lines: Sequence[TableLine], i: int) -> tuple[TableHeader, int] | None:
    """A header line (or two) of three columns or more that names its delegate column
    ("Tilldelningsbeslut fattas av", "Beslutsfattare") and not enough of the others for
    :func:`header_at`: the other columns are for the cells below to type."""
    found = [(h, i + 1) for h in [_wrapped_header(lines, i)] if h is not None]
    found += [(h, i) for h in [_header_line(lines[i].raw)] if h is not None]
    for header, last in found:
        fields = [c.field for c in header.columns]
        if len(fields) >= 3 and fields.count("delegate") == 1 and not any(map(_is_data, header.columns)):
            return header, last
    return None


def _is_data(column: Column) -> bool:
    """A cell no header holds: codes ("FC", "FC BC") or a body or role named first ("Bygglovschefen"):
    a row of a legend whose last column says "Delegat" is no header."""
    if column.field == "delegate":
        return False
    words = column.name.split()
    return all(_CODE.match(w) for w in words) or any(b.start == 0 for b in find_bodies(column.name))


def _header_line(raw: str) -> TableHeader | None:
    """Every segment of the line as a column, typed by its name where we know it; in a delegation
    matrix, the columns named by deciders are its marks (see :func:`_with_marks`)."""
    found = segments(raw)
    if len(found) < 2:
        return None
    return _with_marks(
        TableHeader(tuple(Column(text, column_field(text)[1], start) for start, text in found))
    )


# A decider's code as a column name ("KSAU", "KD", "EKC"): capitals only, no figure ("Q1" is a quarter)
_CODE = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ]{1,6}(?:[-/][A-ZÅÄÖ]{1,4})?$")
# what a matrix prints in a cell its decider has no part in
NO_MARK = re.compile(r"^\s*(?:[–—-]+|nej|ej|0)?\s*$", re.I)


def _names_decider(name: str) -> bool:
    """Is a column name a decider: a code ("KSAU") or a body or role named in full ("Ordförande",
    "Kommunstyrelsen")?"""
    if _CODE.match(name):
        return True
    found = find_bodies(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(name.rstrip(" .:*"))


def _with_marks(header: TableHeader) -> TableHeader:
    """A delegation matrix: one column per decider, an "X" or the decider's limit in the cell of each
    matter it decides ("Nr | Ärende | KSAU | KSO | KD | Anmärkning"). Its decider columns are typed
    ``mark`` when there are two or more beside a number or matter column and no delegate column;
    a code column no legend of the document explains gives no record (:mod:`ingest.decisions`)."""
    unknown = [i for i, c in enumerate(header.columns) if c.field is None and not column_field(c.name)[0]]
    marks = [i for i in unknown if _names_decider(header.columns[i].name)]
    fields = {c.field for c in header.columns}
    if len(marks) < 2 or not fields & {"number", "matter"} or "delegate" in fields:
        return header
    columns = tuple(replace(c, field=MARK) if i in marks else c for i, c in enumerate(header.columns))
    return replace(header, columns=columns)


def _enough(header: TableHeader) -> bool:
    """Two known column names or more, and at least half of all."""
    known = _known(header)
    return known >= 2 and known * 2 >= len(header.columns)


def _known(header: TableHeader) -> int:
    """Column names we know, whether or not they fill a field ("Ersättare", "Vidaredelegation"), and
    a matrix's decider columns."""
    return sum(c.field == MARK or column_field(c.name)[0] for c in header.columns)


def _wrapped_header(lines: Sequence[TableLine], i: int) -> TableHeader | None:
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page or lines[i + 1].gap_before:
        return None
    top, under = segments(lines[i].raw), segments(lines[i + 1].raw)
    if len(top) < 2 or not under or any(len(text.split()) > 2 or len(text) > 20 for _, text in under):
        return None
    pieces: dict[int, list[str]] = {}
    for pos, text in under:
        col = max((k for k, (start, _) in enumerate(top) if start <= pos + TOL), default=None)
        if col is None:
            return None
        pieces.setdefault(col, []).append(text)
    columns = []
    for k, (start, name) in enumerate(top):
        rest = " ".join(pieces.get(k, []))
        choices = [name]
        if rest:
            glued = name[:-1] + rest if name.endswith("-") else name + rest
            choices = [glued, f"{name} {rest}", name] if rest[:1].islower() else [f"{name} {rest}", name]
        best = next((c for c in choices if column_field(c)[0]), choices[0])
        columns.append(Column(best, column_field(best)[1], start))
    return _with_marks(TableHeader(tuple(columns)))


LIMIT_ROWS = 2  # rows with an amount that make "Värde | Beslutar" a table of limits


def match_limit_header(lines: Sequence[TableLine], i: int) -> TableHeader | None:
    """A table of amounts and who decides each ("Sponsringens värde per avtal och år | Beslutar"):
    a delegate column beside one column the vocabulary does not know, whose cells carry amounts
    in the rows that follow. The unknown column is the condition and names the matter."""
    cut = segments(lines[i].raw)
    if len(cut) != 2:
        return None
    fields = [column_field(text)[1] for _, text in cut]
    if fields.count("delegate") != 1 or fields.count(None) != 1:
        return None
    other = fields.index(None)
    header = TableHeader(
        tuple(Column(text, f or "condition", start) for (start, text), f in zip(cut, fields, strict=True)),
        subject=cut[other][1],
    )
    found = 0
    for line in lines[i + 1 : i + 1 + 2 * LIMIT_ROWS]:
        cells = split_cells(line.raw, header) if line.page == lines[i].page else None
        if not cells:
            break
        found += bool(amounts(cells[other]) and cells[1 - other])
    return header if found >= LIMIT_ROWS else None


def split_cells(raw: str, header: TableHeader) -> list[str] | None:
    """Cut a layout line at the header's column positions; ``None`` if the line does not fit.

    A segment that runs across a column boundary is split at a space next to the boundary (cells
    set with little padding); a segment that cannot be split so is running text, not a row.
    """
    split = cut_cells(raw, header)
    return split[0] if split else None


def cut_cells(raw: str, header: TableHeader) -> tuple[list[str], bool] | None:
    """The cells, and whether the key cell had to be cut out of a longer segment."""
    starts = [c.start for c in header.columns]
    cells = [""] * len(starts)
    forced, cuts = False, 0
    pending = segments(raw)
    while pending:
        pos, text = pending.pop(0)
        col = max((i for i, s in enumerate(starts) if s <= pos + TOL), default=0)
        end = pos + len(text)
        if col + 1 < len(starts) and end > starts[col + 1] + TOL:
            cut = _space_near(text, starts[col + 1] - pos)
            cuts += 1
            if cut is None or cuts > 1:
                return None  # running text crosses columns; one tight cell boundary is all we allow
            forced = forced or col == header.key
            pending[:0] = [(pos, text[:cut]), (pos + cut + 1, text[cut + 1 :])]
            continue
        cells[col] = f"{cells[col]} {text}".strip()
    return cells, forced


def _space_near(text: str, offset: int) -> int | None:
    for delta in range(0, 4):
        for at in (offset - 1 - delta, offset + delta):
            if 0 < at < len(text) and text[at] == " ":
                return at
    return None
