"""Labelled fields in any arrangement: tables, grids, blocks, one-line headers, footers, covers.

Every arrangement reduces to cells of layout lines (see :mod:`ingest.meta.document`):
- ``Label: value`` or ``Label   value`` in one cell or segment ("Dnr: SN 2025/140",
  "Socialnämnden · Beslutad 2025-06-10, § 57 · Dnr SN 2025/31");
- a label cell followed by its value cell on the same line (a two-column table, a right-aligned
  block), or by the value on the next line (a stacked cover page);
- a row of label cells over a row of value cells (a grid, a KFS banner: "Antagen av | Ersätter |
  Utbytt den"); several value rows make a decision history, read by :mod:`ingest.meta.history`.
A cell that is only a body's name ("Socialnämnden" above a block) is kept as a bare body, which
may name the decider of a decision written beside it without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import find_dates
from ingest.meta.candidates import RANK_BODY_LABEL, RANK_SELF, Candidates
from ingest.meta.decision import Decision, parse_decisions
from ingest.meta.document import DocView, Line
from ingest.meta.history import label_value_pairs, read_grid
from ingest.meta.values import put_label
from ingest.meta.vocab import BARE_DNR_RE, LabelMatch, bodies_in, match_label
from ingest.meta.wrapping import join_wrapped

_KOMMUN_RE = re.compile(r"\b[A-ZÅÄÖ][\wåäö]+s\s+kommun\b|\bkommun\b", re.IGNORECASE)


def source_kind(line: Line) -> str:
    """How a source names the place: "sidfot"/"sidhuvud" for running and one-line header or footer
    lines, "tabell" for other labelled fields."""
    if line.zone == "running" or line.separated:
        return "sidfot" if line.bottom else "sidhuvud"
    return "tabell"


def bare_body(text: str) -> str | None:
    """The body a cell names and nothing else ("Socialnämnden", "BYGG- OCH MILJÖNÄMNDEN",
    "Bygg- och miljönämnden, Askersunds kommun"), or None."""
    rest = _KOMMUN_RE.sub(" ", text)
    mentions = bodies_in(rest)
    if len(mentions) != 1 or mentions[0].kind == "role" or mentions[0].name == "nämnden":
        return None
    leftover = rest[: mentions[0].start] + rest[mentions[0].end :]
    return mentions[0].name if not re.search(r"[A-Za-zÅÄÖåäö]{3,}", leftover) else None


def _is_label_line(line: Line) -> bool:
    return any(match_label(seg) is not None for cell in line.cells for seg in cell.segments)


def read_labels(view: DocView, known: Sequence[str], out: Candidates) -> None:
    """Add every labelled field of the document to ``out``."""
    lines = join_wrapped(view.lines)
    consumed: set[int] = set()
    block_start = 0
    last_label = -2  # consecutive label lines in the body form one block (one group)
    blocks = _label_blocks(lines)
    for index, line in enumerate(lines):
        if index in consumed:
            continue
        loose = line.zone != "body" or index in blocks
        rank = RANK_SELF if loose else RANK_BODY_LABEL
        if line.zone == "running":
            group = f"running:{line.page}:{line.index}"
        elif line.separated:
            group = f"line:{line.page}:{line.index}"
        elif loose:
            group = f"{line.zone}:{line.page if line.zone == 'header' else 'end'}"
        else:
            block_start = block_start if last_label == index - 1 else index
            group = f"body:{block_start}"
        source = f"sida {line.page}, {source_kind(line)}"
        rows = read_grid(lines, index, known, out, rank=rank, group=group, source=source)
        if rows:
            consumed.update(range(index, index + rows))
            last_label = index + rows - 1
            if loose:  # a letterhead's body beside a grid set at the right ("Socialnämnden  2025-05-20")
                for cell in _beside(lines, index, rows):
                    if (body := bare_body(cell)) is not None:
                        out.add("decided_by", body, rank=rank, group=group, source=source, bare=True)
        elif _read_line(
            lines, index, consumed, known, out, rank=rank, group=group, source=source, loose=loose
        ):
            last_label = index


def _beside(lines: tuple[Line, ...], index: int, rows: int) -> list[str]:
    """Cells left of a grid's first column on the grid's lines."""
    first = lines[index].cells[0].x
    return [c.text for line in lines[index + 1 : index + rows] for c in line.cells if c.x < first - 3]


def _label_blocks(lines: tuple[Line, ...]) -> set[int]:
    """Body lines in a run of two or more short lines that each start with a capitalised label
    ("Beslutad av Socialnämnden" over "Dokumentansvarig Kanslichef"): a metadata block, read as
    loosely as a header even where it stands in the body."""

    def short_label(line: Line) -> bool:
        text = line.cells[0].text if len(line.cells) == 1 else ""
        return bool(text[:1].isupper()) and len(text.split()) <= 8 and match_label(text) is not None

    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate((*lines, None)):
        adjacent = (
            line is not None
            and run
            and lines[run[-1]].page == line.page
            and line.index == lines[run[-1]].index + 1
        )
        if line is not None and line.zone == "body" and short_label(line) and (not run or adjacent):
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = [index] if line is not None and line.zone == "body" and short_label(line) else []
    return found


def _read_line(
    lines: tuple[Line, ...],
    index: int,
    consumed: set[int],
    known: Sequence[str],
    out: Candidates,
    *,
    rank: int,
    group: str,
    source: str,
    loose: bool,
) -> bool:
    line = lines[index]
    cells = line.cells
    found = False
    skip: set[int] = set()
    paired = label_value_pairs(line)
    for c, cell in enumerate(cells):
        if c in skip:
            continue
        for s, segment in enumerate(cell.segments):
            match = match_label(segment)
            if match is None:
                body = bare_body(segment) if loose else None
                if loose and line.zone in ("header", "running") and (stamp := _stamp(segment, known)):
                    out.decision(stamp, rank=rank, group=group, source=source)  # "KF 2025-11-24 § 118"
                elif body is not None:
                    out.add("decided_by", body, rank=rank, group=group, source=source, bare=True)
                elif loose and BARE_DNR_RE.match(segment):
                    out.add("diarienummer", segment, rank=RANK_BODY_LABEL, group=group, source=source)
                continue
            value = match.value
            if not value and match.separator in ("end", "colon") and s == len(cell.segments) - 1:
                value, used = _value_after(lines, index, c, match, consumed, paired=paired)
                if used == "cell":
                    skip.add(c + 1)
            elif value and match.field in ("replaces", "scope", "owner", "title"):
                # the value shares the label's cell: a line under it goes on only in lower case
                value += _continuation(lines, index, cell.x, consumed, lower_only=True)
            alone = len(cells) == 1 and len(cell.segments) == 1  # "Antagen av KF" on a line of its own
            if match.field == "decision" and value and alone and not find_dates(value):
                value += _dated_line(lines, index, consumed)  # "Antagen av KF" over "2023-05-02, § 78"
            found |= put_label(
                match, value, out, rank=rank, group=group, source=source, known=known, loose=loose
            )
    return found


_STAMP_RE = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s*,?\s+(?P<date>\d{4}-\d{2}-\d{2})\s*,?\s*§\s*\d+[a-z]?$"
)


def _stamp(segment: str, known: Sequence[str]) -> Decision | None:
    """A decision stamped at the head of a page with no words around it: a body, a date and a §
    ("KF 2025-11-24 § 118", "Kommunfullmäktige 2025-11-24, § 118"), as on an attachment's stamp."""
    if not _STAMP_RE.match(" ".join(segment.split())):
        return None
    found = parse_decisions(segment, known, cut=False)
    decision = found[0] if len(found) == 1 else None
    return decision if decision and decision.body and decision.paragraph else None


def _value_after(
    lines: tuple[Line, ...],
    index: int,
    c: int,
    match: LabelMatch,
    consumed: set[int],
    *,
    paired: bool = False,
) -> tuple[str, str | None]:
    """The value of a label that stands alone in its cell: the next cell, else the next line.
    ``paired``: the line holds label and value cells in turn, so the next cell is a value whatever
    its first words."""
    line = lines[index]
    if c + 1 < len(line.cells):
        nxt = line.cells[c + 1]
        other = match_label(nxt.segments[0])  # "Paragraf | § 31": the value names its field itself
        names_itself = other is not None and other.field == match.field in ("paragraph", "diarienummer")
        if other is None or paired or (names_itself and other is not None and bool(other.value)):
            value = nxt.text
            if match.field in ("replaces", "scope", "owner", "title"):
                value = _above(lines, index, nxt.x, consumed) + value
                value += _continuation(lines, index, nxt.x, consumed)
            return value, "cell"
        return "", None
    if len(line.cells) == 1 and index + 1 < len(lines):
        following = lines[index + 1]
        text = following.cells[0].text if following.cells else ""
        same = match_label(text)  # "Paragraf:" over "§ 21": the value names its field itself
        value_line = not _is_label_line(following) or (
            same is not None and same.field == match.field and bool(same.value)
        )
        if following.page == line.page and len(following.cells) == 1 and value_line:
            # in the body a heading word ("Omfattning") is followed by a paragraph, not a value
            short = line.zone != "body" or (len(text.split()) <= 10 and not text.endswith("."))
            if len(text) < 120 and short:
                consumed.add(index + 1)
                if match.field in ("replaces", "scope", "owner", "title") or (
                    match.field == "decision" and text.endswith(",")
                ):  # "Antaget av kommunfullmäktige den 25 november 2019," over "§ 110. Ändrat ..."
                    text += _continuation(lines, index + 1, following.cells[0].x, consumed, lower_only=True)
                return text, "line"
    return "", None


def _above(lines: tuple[Line, ...], index: int, x: int, consumed: set[int]) -> str:
    """The start of a value printed above its label's line (a label centred beside a wrapped value):
    a line of one cell at the value's column that nothing else has read."""
    above = index - 1
    if above < 0 or above in consumed or x < 4:
        return ""
    line = lines[above]
    if line.page != lines[index].page or len(line.cells) != 1 or abs(line.cells[0].x - x) > 2:
        return ""
    if _is_label_line(line) or line.zone != lines[index].zone:
        return ""
    consumed.add(above)
    return f"{line.cells[0].text} "


def _dated_line(lines: tuple[Line, ...], index: int, consumed: set[int]) -> str:
    """A next line that starts with a date (and so completes a decision written without one)."""
    following = index + 1
    while following in consumed:
        following += 1
    if following >= len(lines):
        return ""
    line = lines[following]
    if line.page != lines[index].page or len(line.cells) != 1 or _is_label_line(line):
        return ""
    dates = find_dates(line.text)
    if not dates or dates[0].start > 4:
        return ""
    consumed.add(following)
    return f" {line.text}"


def _continuation(
    lines: tuple[Line, ...], index: int, x: int, consumed: set[int], lower_only: bool = False
) -> str:
    """Text a value wraps onto: following lines that are one cell at the value's own column (where
    the label has its own column), or that go on in lower case."""
    parts = []
    for offset, following in enumerate(lines[index + 1 : index + 4], start=index + 1):
        if following.page != lines[index].page or len(following.cells) != 1 or offset in consumed:
            break
        cell = following.cells[0]
        if cell.text[:1].isupper() and _is_label_line(following):
            break  # labels are capitalised; a wrapped value may start with a label word ("antagen ...")
        lower = cell.text[:1].islower() or cell.text[:1] in "0123456789(§"  # "(TFN 2019-10-15, § 81)"
        if abs(cell.x - x) > 2 or ((x < 4 or lower_only) and not lower):
            break
        parts.append(cell.text)
        consumed.add(offset)
    return "".join(f" {p}" for p in parts)
