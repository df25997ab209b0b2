"""Delegation lists set without a table header: numbered items whose last cell is the delegate, and
items set as blocks of labelled lines.

Many delegationsordningar are printed as lists, not tables: "2.2  Avskrivning av fordran ......
EKC", the delegate after dot leaders or a wide gap, a note on the indented line below ("Högst 1
prisbasbelopp per fordran"). No column names say which cell is which, so the row is recognised by
its shape: an item number, the matter in words, and a last cell that is a delegate (a code such as
"KSAU" or "EC/FC", or a body or role by name). A row with dot leaders is one on its own; without
them, the next item must have the same shape, so that a numbered paragraph ending in a wide gap and
a capitalised word is not read as a row. Such rows become :class:`ingest.tables.TableRow` items
with the same named fields a table with a header gives, so decision rights are read from them the
same way.

A web page printed to PDF often sets each item as a block: "Punkt 2.4" / "Ärende: Bistånd i form av
korttidsvistelse" / "Delegat: BiH" / "Lagrum: SoL 4 kap. 1 §" / "Villkor: Högst 30 dygn". The
labels are the column names a table would have; a block with a matter and a delegate is a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import find_dates
from ingest.legend import ABBR
from ingest.table_header import TableLine, column_field
from ingest.table_header import segments as layout_segments
from ingest.tables import TableRow, join_wrapped
from store.vocabulary import find_bodies

_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*|\s*(?:…\s?){2,}\s*")  # "..........", ". . . . ", "……"
# an item's number: "2.4", "B12", "A.3" (shared with ingest.typed_columns)
ITEM_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}[ .:]?)?\d{1,3}(?:[.:]\d{1,3}){0,3}[a-z]?[.)]?$")
_NUMBER_FIRST = re.compile(
    r"^(?P<num>(?:[A-ZÅÄÖ]{1,2}[.:]?)?\d{1,3}(?:[.:]\d{1,3}){1,3}[a-z]?[.)]?)\s+(?P<rest>\S.*)$"
)
CONNECTOR = re.compile(r"\s*(?:/|,|\beller\b|\boch\b|\bresp\.?|\balt\.|\bel\.)\s*")
_SHORT_CODE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{1,4}\.?$")  # "Ordf", "Ordf."
# short capitalised words that end a row without naming anyone ("Ja/Nej" in a checklist)
_NOT_DELEGATES = frozenset("ja nej datum summa alla se nr sida totalt ingen inga övrigt pdf sfs dnr".split())
LOOKAHEAD = 6  # lines within which a second row must follow a row without dot leaders
COLUMNS = ("Nr", "Ärende", "Delegat", "Anmärkning")


_SHARED_HEAD = re.compile(r"\b[A-Za-zÅÄÖåäö]+-\s+(?:och|eller)\s+(?=[a-zåäö])")


_ADJECTIVE = re.compile(r"(?:isk|iskt|iv|ivt|ig|igt|ell|ande|ende|ad|ade|ld|ste|dre)$", re.I)


def has_leaders(raw: str) -> bool:
    """Whether a line carries dot leaders ("Avskrivning av fordran ........ EKC")."""
    return bool(_LEADER.search(raw))


def is_delegate(text: str) -> bool:
    """Is this cell a delegate: codes or names of bodies and roles, joined by "/", ",", "eller"?"""
    # "kultur- och fritidsnämnden" is one nämnd, not "kultur-" and "fritidsnämnden"
    parts = [p for p in CONNECTOR.split(_SHARED_HEAD.sub("", text.strip(" .;"))) if p]
    if not parts or len(text) > 80:
        return False
    for part in parts:
        if part.lower().rstrip(".") in _NOT_DELEGATES:
            return False
        if re.fullmatch(ABBR, part) or _SHORT_CODE.match(part):
            continue
        found = find_bodies(part)
        if not found:
            return False
        before = part[: found[-1].start].split()
        qualified = (  # a role with an adjective before it: "teknisk chef", "biträdande rektor"
            found[-1].end == len(part) and len(before) <= 2 and all(_ADJECTIVE.search(w) for w in before)
        )
        if not qualified and sum(m.end - m.start for m in found) < 0.6 * len(part):
            return False
    return True


def _cells(raw: str) -> tuple[str, str, str, int, bool] | None:
    """(number, matter, delegate, matter column, leaders) of a row line, or None."""
    leaders = bool(_LEADER.search(raw))
    text = _LEADER.sub("   ", raw.rstrip())
    segments = layout_segments(text)
    if len(segments) < 2:
        return None
    (start, first), rest = segments[0], segments[1:]
    if ITEM_NUMBER.match(first):
        number, matter_at = first.rstrip(".)"), rest[0][0]
        body = rest
    elif m := _NUMBER_FIRST.match(first):  # "1.2 Yttranden över remisser" with a single space
        number, matter_at = m["num"].rstrip(".)"), start + m.start("rest")
        body = [(matter_at, m["rest"]), *rest]
    else:
        return None
    if len(body) < 2:
        return None
    *matter_cells, (_, delegate) = body
    matter = " ".join(c for _, c in matter_cells)
    if len(matter.split()) < 2 or not is_delegate(delegate) or find_dates(matter):
        return None  # a dated line is a version history's row, not a decision right
    return number, matter, delegate, matter_at, leaders


def starts_list(lines: Sequence[TableLine], i: int) -> bool:
    """Does a list of delegation rows start at ``lines[i]``?"""
    cells = _cells(lines[i].raw)
    if cells is None:
        return False
    if cells[4]:
        return True
    return any(_cells(line.raw) is not None for line in lines[i + 1 : i + 1 + LOOKAHEAD])


def read_list(lines: Sequence[TableLine], start: int) -> tuple[list[TableRow], int]:
    """The rows from ``lines[start]`` on, each with the indented lines under it as its condition
    (or as the rest of its matter, when the matter itself wraps before the delegate)."""
    rows: list[TableRow] = []
    i = start
    while i < len(lines):
        cells = _cells(lines[i].raw)
        if cells is None:
            break
        number, matter, delegate, matter_at, _ = cells
        used = [lines[i]]
        note = ""
        j = i + 1
        while j < len(lines):
            line = lines[j]
            indent = len(line.raw) - len(line.raw.lstrip())
            if _cells(line.raw) is not None or indent < matter_at - 1 or line.gap_before:
                break
            if line.page != used[-1].page:
                break
            note = join_wrapped(note, line.text) if note else line.text
            used.append(line)
            j += 1
        values = (number, matter, delegate, note)
        fields = {"number": number, "matter": matter, "delegate": delegate}
        if note:
            fields["condition"] = note
        rows.append(
            TableRow(
                cells=dict(zip(COLUMNS, values, strict=True)),
                fields=fields,
                page=used[0].page,
                page_end=used[-1].page,
                char_start=min(x.char_start for x in used),
                char_end=max(x.char_end for x in used),
            )
        )
        i = j
    return rows, i


# ---- items set as labelled blocks ("Ärende: ... / Delegat: ... / Lagrum: ...") ----------------------

_LABELLED = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][\wåäö/ ]{1,30}?)\s*:\s+(?P<value>\S.*)$")
_ITEM = re.compile(
    r"^\s*(?:punkt|nr|nummer|ärende nr|p\.)?\s*(?P<num>\d{1,3}(?:[.:]\d{1,3}){0,3}[a-z]?)\s*$", re.I
)


def _labelled(raw: str) -> list[tuple[str, str, str]] | None:
    """The (label as printed, field, value) pairs of a "Delegat: BiH" line whose labels are a table
    column's; a line may hold several ("Delegat: MC. Lagrum: 8 kap. 14 § SL")."""
    m = _LABELLED.match(raw)
    if m is None:
        return None
    known, field = column_field(m["label"])
    if not known:
        return None
    pairs = [(m["label"], field or "", m["value"].strip())]
    while (more := _NEXT_LABEL.search(pairs[-1][2])) is not None:
        known, field = column_field(more["label"])
        if not known:
            break
        label, fld, value = pairs[-1]
        pairs[-1] = (label, fld, _end_of_value(value[: more.start()]))
        pairs.append((more["label"], field or "", value[more.end() :].strip()))
    return pairs


_NEXT_LABEL = re.compile(r"(?<=[.;])\s+(?P<label>[A-ZÅÄÖ][\wåäö/]{1,20}(?: [\wåäö]{1,12})?):\s+")


_ABBREVIATION_END = re.compile(
    r"\b(?:kap|st|p|pp|mom|enl|resp|jfr|ang|m\.m|bl\.a|t\.ex|o\.d|t\.o\.m|fr\.o\.m)\.$"
)


def _end_of_value(text: str) -> str:
    """A value cut before the next label, without the full stop that ended it ("KSO." -> "KSO"),
    but keeping an abbreviation's ("3 kap.")."""
    text = text.strip().rstrip(";")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text[:-1]
    return text


def _head(lines: Sequence[TableLine], i: int) -> tuple[str | None, str | None, int]:
    """The head of an item block: (number, matter, index after it). "Punkt 2.4" alone; "2.4 Beslut
    om ..." (number and matter, the matter maybe wrapped); "Beslut om ..." directly above a labelled
    line; or nothing (the block starts with its labels)."""
    if (item := _ITEM.match(lines[i].raw)) is not None:
        return item["num"], None, i + 1
    if _labelled(lines[i].raw) is not None:
        return None, None, i
    text = lines[i].text
    token, _, rest = text.partition(" ")
    numbered = bool(ITEM_NUMBER.match(token)) and bool(rest)
    number, matter = (token.rstrip(".)"), rest.strip()) if numbered else (None, text)
    if not matter[:1].isupper() or matter.endswith((".", ":")):
        return None, None, i  # a matter starts a line and ends no sentence
    j = i + 1
    while j < len(lines) and j - i < 4 and lines[j].page == lines[i].page and not lines[j].gap_before:
        if _labelled(lines[j].raw) is not None:
            return number, matter, j
        if not lines[j].text[:1].islower() or lines[j].text.endswith((".", ":")):
            # a line that hangs under the item, as its labels do ("Punkt A.1.2 i ..."), is no matter
            hangs = _indent(lines[j].raw) > _indent(lines[i].raw) and not ITEM_NUMBER.match(
                lines[j].text.split()[0]
            )
            if numbered and j == i + 1 and hangs and _labelled(_line_after(lines, j)):
                return number, matter, j + 1
            break  # a wrapped matter goes on in lower case
        matter = join_wrapped(matter, lines[j].text)
        j += 1
    return None, None, i


def _line_after(lines: Sequence[TableLine], j: int) -> str:
    k = j + 1
    return (
        lines[k].raw if k < len(lines) and lines[k].page == lines[j].page and not lines[k].gap_before else ""
    )


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _block(lines: Sequence[TableLine], i: int) -> tuple[TableRow, int] | None:
    """The item block at ``lines[i]`` (an optional head: "Punkt 2.4", or "2.4 Beslut om ...", then
    labelled lines), or None."""
    number, matter, j = _head(lines, i)
    if j == i and number is None and _labelled(lines[i].raw) is None:
        return None
    cells: dict[str, str] = {"Ärende": matter} if matter else {}
    fields: dict[str, str] = {"matter": "Ärende"} if matter else {}
    used: list[TableLine] = list(lines[i:j])
    last = None
    while j < len(lines) and lines[j].page == lines[i].page:
        found = _labelled(lines[j].raw)
        if found is None:
            if last is None or lines[j].gap_before or _ITEM.match(lines[j].raw) or not lines[j].text:
                break
            head_margin = used and matter is not None and _indent(lines[j].raw) <= _indent(used[0].raw)
            if head_margin and not lines[j].text[:1].islower():
                break  # back at the head's margin: the next item's matter
            cells[last] = join_wrapped(cells[last], lines[j].text)  # the value wraps
        else:
            if any(label in cells for label, _, _ in found) or (
                matter and any(f == "matter" for _, f, _ in found)
            ):
                break  # the next item's labels start again
            for label, field, value in found:
                cells[label], last = value, label
                if field and field not in fields:
                    fields[field] = label
        used.append(lines[j])
        j += 1
    if "matter" not in fields or "delegate" not in fields:
        return None
    if matter is not None and number is None and j < len(lines) and _LABELLED.match(lines[j].raw):
        return None  # a title over a grid of labels ("Beslutsfattare: KF" / "Dokumentansvarig: ...")
    named = {field: cells[label] for field, label in fields.items()}
    if not is_delegate(named["delegate"]) or any(find_dates(v) for v in cells.values()):
        return None  # "Beslutsinstans: Socialnämnden / Beslut: SN 2025-12-09, § 112" is its own decision
    if number:
        named.setdefault("number", number)
        cells = {"Nr": number, **cells}
    row = TableRow(
        cells=cells,
        fields=named,
        page=used[0].page,
        page_end=used[-1].page,
        char_start=min(x.char_start for x in used),
        char_end=max(x.char_end for x in used),
    )
    return row, j


def starts_blocks(lines: Sequence[TableLine], i: int) -> bool:
    """Does an item set as labelled lines start at ``lines[i]``?"""
    return _block(lines, i) is not None


def read_blocks(lines: Sequence[TableLine], start: int) -> tuple[list[TableRow], int]:
    """Consecutive item blocks from ``lines[start]`` on."""
    rows: list[TableRow] = []
    i = start
    while i < len(lines) and (found := _block(lines, i)) is not None:
        row, i = found
        rows.append(row)
    return rows, i
