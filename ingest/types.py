"""In-process records passed between the ingest steps (not part of the store contract)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One PDF page as extracted by pypdf.

    ``text`` is pypdf's plain extraction; ``layout`` is its layout-mode extraction (columns kept
    at their horizontal positions), which table detection needs.
    """

    number: int  # 1-based
    text: str
    layout: str
