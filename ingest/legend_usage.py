"""Codes a legend explains in a form no legend reader knows: found where the document uses them.

A delegate cell holds "FC" and no legend entry was read for it. Wherever else the document writes
the code as a word, the words right after it ("FC förvaltningschef", "FC = Förvaltningschef",
"FC: förvaltningschef  R: rektor") are a candidate expansion when they name a body or role (see
:func:`store.vocabulary.find_bodies`) and the code's letters stand for them
(:func:`ingest.legend.abbreviates`). The candidate the document gives most often wins. The layout
of the legend (a list, a grid of pairs, a box, a footnote) does not matter: only the code beside
its words does, so this is a fallback for forms the readers of :mod:`ingest.legend` do not know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.legend import ABBR, LegendEntry, abbreviates, is_delegate_column
from store.vocabulary import find_bodies

# in a delegate cell, one capital ("R") or a short capitalised word ("Ordf") is a code too
_CODE_IN_CELL = re.compile(rf"(?<![\wåäö-])({ABBR}|[A-ZÅÄÖ]|[A-ZÅÄÖ][a-zåäö]{{1,3}}\.?)(?![\wåäö-])")
_LEAD = re.compile(r"^\s*(?:[=–—:\-]\s*|(?:står för|för|betyder|avser|är)\s+)?", re.I)
# a capitalised first word, then lower-case words (a next code or label starts with a capital)
_WORDS = re.compile(r"^([A-ZÅÄÖa-zåäö][a-zåäö\-]*(?: (?:och |- )?[a-zåäö][a-zåäö\-]*){0,5})")
MAX_WORDS = 6


def codes_in_cells(rows: Iterable[dict[str, str]]) -> set[str]:
    """The codes written in the delegate columns of these table rows' cells."""
    return {
        m.group(1)
        for cells in rows
        for name, value in cells.items()
        if is_delegate_column(name)
        for m in _CODE_IN_CELL.finditer(value or "")
    }


def expansion_after(code: str, text: str) -> str | None:
    """The body or role the words right after ``code`` name, if the code's letters stand for them."""
    rest = _LEAD.sub("", text, count=1)
    m = _WORDS.match(rest)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(min(len(words), MAX_WORDS), 0, -1):  # the longest run that is a role and fits
        candidate = " ".join(words[:n])
        mentions = find_bodies(candidate)
        if mentions and mentions[-1].end == len(candidate) and abbreviates(code, candidate):
            return candidate
    return None


def usage_entries(codes: Iterable[str], texts: Sequence[str]) -> list[LegendEntry]:
    """Legend entries for ``codes`` from where ``texts`` (the document's blocks) use them."""
    out = []
    for code in sorted(codes):
        seen: Counter[str] = Counter()
        at = re.compile(rf"(?<![\wåäö-]){re.escape(code)}(?![\wåäö-])")
        for text in texts:
            for m in at.finditer(text):
                line = text[m.end() :].split("\n", 1)[0][:160]
                found = expansion_after(code, re.split(r"\s{2,}|[;,.()|]", line, maxsplit=1)[0])
                if found:
                    seen[found] += 1
        if seen:
            out.append(LegendEntry(code, seen.most_common(1)[0][0]))
    return out
