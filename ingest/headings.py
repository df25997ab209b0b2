"""Headings: which lines are headings, and the heading path they build.

Styrdokument number their headings in many ways ("1.", "1.1", "3.2.1", "A.", "§ 4", "4 kap.",
"Kapitel 2") or not at all (short lines without a final full stop, followed by body text). The
hard part is what is *not* a heading: list items, table lines, wrapped sentence fragments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest import table_header
from ingest.lines import Line, body_like, ends_clause

_KAP = re.compile(r"^(?:[Kk]apitel\s+\d+|\d{1,2}\s+kap\.)(?:\s+[A-ZÅÄÖ][^§]*)?$")
_PARA = re.compile(r"^(?:§\s*\d{1,3}[a-z]?|\d{1,3}[a-z]?\s*§)(?:\s+[A-ZÅÄÖ].*)?$")
_NUM = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+[A-ZÅÄÖ]")
_ALPHA = re.compile(r"^[A-ZÅÄÖ][.)]\s+[A-ZÅÄÖ]")
_INLINE_TITLE = re.compile(r"^(?:§\s*)?[\dA-ZÅÄÖ][\d.]*\.?\s+[^.]{2,60}\.\s+[A-ZÅÄÖ]\w*\s+\w")
_NOT_PLAIN = re.compile(r"\d{4}-\d{2}-\d{2}|§|\bdnr\b|: ", re.I)  # dates, paragraphs, labels
FUNCTION_WORDS = frozenset("och i av för att som med till på om eller samt från en ett den det de".split())


def heading_style(text: str) -> str | None:
    """The numbering style of a heading-shaped line: kap, para, num<depth>, alpha; None if plain."""
    if _KAP.match(text):
        return "kap"
    if _PARA.match(text):
        return "para"
    if m := _NUM.match(text):
        return f"num{m.group(1).count('.') + 1}"
    if _ALPHA.match(text):
        return "alpha"
    return None


def heading_at(lines: Sequence[Line], i: int, measure: int) -> tuple[str, str, int] | None:
    """(heading text, style, lines used) if a heading starts at ``lines[i]``.

    ``measure`` is the document's body line length: an unnumbered line that long is the first
    line of a paragraph, not a heading.
    """
    line = lines[i]
    text = line.text
    prev = lines[i - 1] if i else None
    # after a gap, a page break or a finished sentence, or (numbered only) after a short line
    fresh = line.gap_before or prev is None or prev.page != line.page or ends_clause(prev.text)
    if len(text) > 100 or len(text.split()) > 14 or line.tabular or text.endswith((",", ";", ":")):
        return None
    if text.startswith("•") or not (text[0].isupper() or text[0] in "§0123456789"):
        return None
    style = heading_style(text)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if style:
        if not (fresh or (prev and len(prev.text) < 0.75 * measure)):
            return None  # a wrapped sentence that happens to go on with "12 Kommuner ..."
        if text.endswith(".") and style != "kap":
            return None
        if _INLINE_TITLE.match(text):
            return None  # "3.4 Förkortningar. Följande ...": a paragraph with a run-in title
        if nxt and not nxt.gap_before and heading_style(nxt.text) == style:
            return None  # a tight numbered list, not two headings
        if prev and prev.text.endswith(":") and not line.gap_before:
            return None
    elif not fresh or len(text) > 0.75 * measure or _NOT_PLAIN.search(text):
        return None
    if nxt and _continues_heading(text, nxt, lines[i + 2] if i + 2 < len(lines) else None):
        return f"{text} {nxt.text}", style or "plain", 2
    if style:
        return text, style, 1
    if text.split()[-1].lower() in FUNCTION_WORDS or text.endswith("."):
        return None
    if nxt and (body_like(nxt.text) or table_header.match_header(nxt.raw) or heading_style(nxt.text)):
        return text, "plain", 1
    return None


def title_line(line: Line, measure: int) -> bool:
    """A short line of a title block ("Askersunds kommun", "Representationspolicy"); only asked
    about before any body text."""
    text = line.text
    if len(text) > 0.6 * measure or not text[0].isupper() or ends_clause(text) or line.tabular:
        return False
    return not re.search(r"\d{4}-\d\d|§|: ", text)


def _continues_heading(text: str, nxt: Line, after: Line | None) -> bool:
    """A heading wrapped to a second short line ("... i Askersunds" / "kommun")."""
    if nxt.gap_before or len(nxt.text) > 40 or ends_clause(nxt.text) or heading_style(nxt.text):
        return False
    wrapped = nxt.text[:1].islower() or text.split()[-1].lower() in FUNCTION_WORDS
    return wrapped and (after is None or body_like(after.text) or after.gap_before)


class HeadingPath:
    """The current heading path. Numbered styles have fixed depths ("1." above "1.1"); other
    styles ("A.", "§ 4", unnumbered) nest under whatever heading they first appear beneath."""

    _FIXED = {"kap": 0.0, "plain": 100.0}

    def __init__(self) -> None:
        self._stack: list[tuple[float, str]] = []
        self._ranks: dict[str, float] = {}

    def push(self, text: str, style: str) -> None:
        rank = self._rank(style)
        while self._stack and self._stack[-1][0] >= rank:
            self._stack.pop()
        self._stack.append((rank, text))

    def _rank(self, style: str) -> float:
        if style in self._FIXED:
            return self._FIXED[style]
        if style.startswith("num"):
            return float(style[3:])
        if style not in self._ranks:
            top = self._stack[-1][0] if self._stack else 0.0
            self._ranks[style] = top + 0.5 if top < 100 else 100.5
        return self._ranks[style]

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._stack)
