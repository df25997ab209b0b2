"""Abbreviation legends: the codes a document defines itself, and their expansion in table rows.

A delegationsordning names delegates by code ("BLH") and explains the codes in a legend under a
heading such as "Förkortningar". Reading the legend from the document itself (never from a
global list) keeps "BLH" meaning what *this* document says it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = re.compile(r"\S+(?: \S+)*")  # a segment: text without a double space
_HEADING = re.compile(r"förkortning|delegater\b|teckenförklaring|befattningar|beteckningar", re.I)
_ABBR = r"[A-ZÅÄÖ][A-ZÅÄÖ0-9/\-]{1,9}"
_SEP = re.compile(rf"^(?P<abbr>{_ABBR}|[A-ZÅÄÖ][\wåäö./\-]{{0,14}})(?:\s*[=–—:]\s*|\s+-\s+)(?P<exp>\S.*)$")
_SPACE = re.compile(rf"^(?P<abbr>{_ABBR})\s+(?P<exp>[A-ZÅÄÖ]\S*(?: \S+){{0,12}})$")
_PAREN = re.compile(rf"^(?P<exp>[A-ZÅÄÖ][\wåäö\- ]{{2,60}}?)\s*\((?P<abbr>{_ABBR})\)$")
# Columns whose cells hold delegate codes worth expanding in a row's text.
DELEGATE_COLUMNS = frozenset({"delegat", "delegater", "beslutsfattare", "ersättare", "vidaredelegering"})


@dataclass(frozen=True)
class LegendEntry:
    abbreviation: str
    expansion: str


def is_legend_heading(heading: str) -> bool:
    """Headings under which "BLH  Bygglovshandläggare" lines define abbreviations."""
    return bool(_HEADING.search(heading))


def parse_legend_line(raw: str) -> list[LegendEntry]:
    """Abbreviation definitions on one layout line; several if the legend is set in columns.

    Accepts "BLH  Bygglovshandläggare", "BLH = Bygglovshandläggare", "BLH – Bygglovshandläggare",
    "Bygglovshandläggare (BLH)" and column pairs "BLH  Bygglovshandläggare   MI  Miljöinspektör".
    """
    segments = [m.group() for m in _GAP.finditer(raw)]
    pairs = len(segments) >= 2 and len(segments) % 2 == 0
    if pairs and all(re.fullmatch(_ABBR, s) for s in segments[::2]):
        return [LegendEntry(a, e) for a, e in zip(segments[::2], segments[1::2], strict=True)]
    text = " ".join(raw.split())
    for pattern in (_SEP, _SPACE, _PAREN):
        m = pattern.match(text)
        if m and not m.group("exp").endswith((",", ";")):
            return [LegendEntry(m.group("abbr").rstrip("."), m.group("exp").strip())]
    return []


def expand_delegates(cells: dict[str, str], legend: dict[str, str]) -> dict[str, str]:
    """Cells with every legend code in a delegate column spelled out: "BLH (Bygglovshandläggare)".

    Only delegate columns are expanded: "PBL" in a Lagrum cell stays as printed.
    """
    if not legend:
        return dict(cells)
    codes = "|".join(re.escape(code) for code in sorted(legend, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\wÅÄÖåäö])({codes})(?![\wÅÄÖåäö])(?!\s*\()")
    return {
        name: pattern.sub(lambda m: f"{m.group(1)} ({legend[m.group(1)]})", value)
        if " ".join(name.lower().split()).strip(" :") in DELEGATE_COLUMNS
        else value
        for name, value in cells.items()
    }
