"""A table's columns on a page where its header is not repeated.

pypdf's layout text places a character at its x position divided by a character width it derives
from the page's fonts, so the same column starts at a different character position on every page
(a table whose header sits at 9, 59, 75 on page 1 may run at 11, 68, 86 on page 2). The positions
scale together: finding that scale from the rows of the new page places the header's columns there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_GAP = re.compile(r"\S+(?: \S+)*")  # a segment: text without a double space
TOL = 2  # layout columns drift by a character or two between lines
_SCALES = (0.6, 1.7)  # pages of one document differ by far less than this


def refit_columns(starts: Sequence[int], raws: Sequence[str]) -> list[int] | None:
    """The columns ``starts`` (as on the header's page) placed on a page with lines ``raws``.

    Returns ``None`` when the lines do not show the columns well enough to place them (fewer than
    two segments beyond the first column, or no scale that lines up most of them).

    >>> def row(*cells): return "".join(c.ljust(w) for c, w in zip(cells, (10, 58, 18, 20)))
    >>> rows = [row("A.2", "Avvisning av ansökan", "Delegaten", "45 § FL"),
    ...         row("A.3", "Yttrande till domstol", "BC", "6 kap. 37 § KL")]
    >>> refit_columns([0, 9, 59, 75], rows)
    [0, 10, 68, 86]
    """
    if len(starts) < 2:
        return None
    segments = [[m.start() for m in _GAP.finditer(raw)] for raw in raws if raw.strip()]
    rows = [segs for segs in segments if len(segs) >= 2]
    if not rows:
        return None
    origin = min(segs[0] for segs in rows)
    seen = [x for segs in rows for x in segs if x > origin + TOL]
    if len(seen) < 2:
        return None
    base = starts[0]
    best: tuple[int, float] | None = None
    for x in seen:
        for h in starts[1:]:
            scale = (x - origin) / (h - base) if h > base else 0.0
            if not _SCALES[0] <= scale <= _SCALES[1]:
                continue
            placed = [origin + scale * (h2 - base) for h2 in starts]
            fit = sum(any(abs(y - p) <= TOL for p in placed) for y in seen)
            if best is None or fit > best[0] or (fit == best[0] and abs(scale - 1) < abs(best[1] - 1)):
                best = (fit, scale)
    if best is None or best[0] * 10 < len(seen) * 8:
        return None
    scale = best[1]
    return [round(origin + scale * (h - base)) for h in starts]
