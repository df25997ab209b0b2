"""Pages set in two columns of running text, read column by column.

pypdf's layout mode keeps each text line at its height, so the two columns of a page come out
interleaved: line 1 of the left column and line 1 of the right column on one layout line. A
sentence would then run across both columns. This module finds such runs of lines by their
gutter (a vertical strip of spaces that no line crosses) and puts the left column before the
right one, as a reader reads them.

A table is not two columns of prose: its rows have several cells, short ones, and its left column
does not run up to the gutter line after line. Only runs whose lines are prose on both sides
(one segment each, the left one filling its column) are reordered.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

_WIDE = re.compile(r"\S+(?: {1,2}\S+)*")  # a segment: words separated by at most two spaces
_MIN_LINES = 4  # lines with text on both sides before a run counts as two columns
_BREAK = 4  # this many blank lines end a run (the gap before a footer)


def reading_order(raws: Sequence[str]) -> list[str]:
    """The layout lines of one page with every two-column run read left column first.

    Blank lines are kept (they mark paragraph gaps); the right column's lines are shifted left to
    start where the left column starts, and a blank line separates the two columns.

    >>> page = ["Titel",
    ...         "Vänster spalt börjar här och går    Höger spalt börjar här och går",
    ...         "vidare på nästa rad i samma         vidare på nästa rad i samma",
    ...         "spalt tills stycket tar slut.       spalt tills stycket tar slut.",
    ...         "Andra stycket i vänster spalt       Andra stycket i höger spalt"]
    >>> reading_order(page)[:3]
    ['Titel', 'Vänster spalt börjar här och går', 'vidare på nästa rad i samma']
    >>> reading_order(page)[5:7]
    ['', 'Höger spalt börjar här och går']
    """
    lines = list(raws)
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    out: list[str] = []
    for run, two in _runs(lines, gutter):
        if two is None:
            out.extend(run)
            continue
        left = [raw[:gutter].rstrip() for raw in run]
        indent = " " * min((len(r) - len(r.lstrip()) for r in left if r.strip()), default=0)
        right = []
        for raw in run:
            rest = raw[gutter:].rstrip()
            cut = min(two - gutter, len(rest) - len(rest.lstrip()))
            right.append(indent + rest[cut:] if rest.strip() else "")
        out.extend(_trim(left) + [""] + _trim(right))
    return out


def _gutter(lines: list[str]) -> int | None:
    """The position of a gutter that many prose lines have text on both sides of, if any: the
    right edge of the first widest strip of such positions (where the right column starts)."""
    width = max((len(raw) for raw in lines), default=0)
    counts = {
        g: sum(1 for raw in lines if _sides(raw, g) is not None)
        for g in range(max(20, int(width * 0.2)), int(width * 0.7))  # the middle, or beside a sidebar
    }
    top = max(counts.values(), default=0)
    if top < _MIN_LINES:
        return None
    g = next(g for g, n in counts.items() if n == top)
    while counts.get(g + 1) == top:
        g += 1
    return g


def _sides(raw: str, g: int) -> tuple[str, str] | None:
    """(left, right) text of a line with a gap of 3+ spaces around ``g`` and text on both sides."""
    if len(raw) <= g + 1 or raw[g - 1 : g + 2].strip():
        return None
    left, right = raw[:g].rstrip(), raw[g:].strip()
    if not left.strip() or not right or len(raw[:g]) - len(left) + (len(raw[g:]) - len(raw[g:].lstrip())) < 3:
        return None
    return left, right


def _runs(lines: list[str], g: int) -> list[tuple[list[str], int | None]]:
    """Consecutive runs of lines split where a line crosses the gutter or a wide gap opens; each
    run with the right column's start if it is two columns of prose, else None."""
    runs: list[list[str]] = [[]]
    blanks = 0
    for raw in lines:
        crosses = len(raw) > g + 1 and bool(raw[g - 1 : g + 2].strip())
        blanks = blanks + 1 if not raw.strip() else 0
        if crosses or blanks == _BREAK:
            runs.append([raw])
            runs.append([])
            continue
        runs[-1].append(raw)
    return [(run, _two_columns(run, g)) for run in runs if run]


def _two_columns(run: list[str], g: int) -> int | None:
    sides = [s for raw in run if (s := _sides(raw, g)) is not None]
    if len(sides) < _MIN_LINES:
        return None
    single = sum(len(_WIDE.findall(left)) == 1 and len(_WIDE.findall(right)) == 1 for left, right in sides)
    if single * 10 < len(sides) * 8:
        return None  # cells, not prose: a table
    left_len = statistics.median(len(left.strip()) for left, _ in sides)
    right_len = statistics.median(len(right) for _, right in sides)
    # a left side that does not fill its column holds labels and values, not prose; unless running
    # text stands beside it, which makes it a sidebar
    if right_len < 20 or (left_len < 0.6 * g and not _flows(run, g)):
        return None
    starts = [len(raw) - len(raw[g:].lstrip()) for raw in run if _sides(raw, g) is not None]
    return statistics.mode(starts)


def _flows(run: list[str], g: int) -> bool:
    """Is the right side running text, line after line (the body text beside a sidebar of labels),
    rather than one value per line (a label/value table)? Most of its lines go on into the next."""
    side = [raw[g:].strip() for raw in run]
    pairs = [(a, b) for a, b in zip(side, side[1:], strict=False) if a and b]
    if len(pairs) < _MIN_LINES or statistics.median(len(a) for a, _ in pairs) < 45:
        return False
    going_on = sum(1 for _, b in pairs if b[:1].islower())  # a sentence wrapped onto the next line
    return going_on * 2 >= len(pairs)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines
