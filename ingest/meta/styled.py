"""The lines of a page with their font size and position, as a reader sees the page.

A document's title is what it prints largest near the top of its first page; plain text cannot
tell it from a running header, the municipality's name or a type word on a cover ("PROGRAM").
pypdf reports each text fragment's font and matrices to a visitor; we join the fragments of one
baseline into a line and keep the largest size on it. Only the first pages are read this way.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StyledLine:
    """One printed line: its text, font size in points and position (y from the page bottom)."""

    text: str
    size: float
    x: float
    y: float


def styled_lines(page: Any) -> tuple[StyledLine, ...]:
    """The lines of a pypdf page, top to bottom; empty when the page cannot be read this way."""
    parts: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for offset, piece in enumerate(text.split("\n")):
            if piece.strip():
                parts.append((y - offset * size * scale * 1.2, x, size * scale, piece))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:  # an odd font must not stop ingest: the title falls back to plain text
        logger.debug("styled extraction failed: %s", exc)
        return ()
    lines: list[StyledLine] = []
    # fragments of one baseline and one size are one line; a smaller block beside a title is not
    for y, x, size, text in sorted(parts, key=lambda p: (-round(p[0]), p[1])):
        last = lines[-1] if lines else None
        if last is not None and abs(last.y - y) < max(1.0, 0.3 * size) and abs(last.size - size) < 0.6:
            lines[-1] = StyledLine(f"{last.text} {text}".strip(), last.size, min(last.x, x), last.y)
        else:
            lines.append(StyledLine(text.strip(), round(size, 1), x, y))
    return tuple(StyledLine(_clean(line.text), line.size, line.x, line.y) for line in lines)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text.replace("\xad", "")).split())
