"""In-process records passed between the ingest steps (not part of the store contract)."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.meta.styled import StyledLine


@dataclass(frozen=True)
class Page:
    """One PDF page as extracted by pypdf.

    ``text`` is pypdf's plain extraction; ``layout`` is its layout-mode extraction (columns kept
    at their horizontal positions), which table detection needs; ``styled`` holds the first pages'
    lines with their font sizes, which tell a title from a running header.
    """

    number: int  # 1-based
    text: str
    layout: str
    styled: tuple[StyledLine, ...] = ()  # lines with font sizes, first pages only (for the title)
