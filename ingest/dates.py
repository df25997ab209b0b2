"""Dates as Swedish styrdokument write them.

Decision and validity dates appear as ``2021-06-14``, ``14/6 2021``, ``3 mars 2022``,
``den 1:a januari 2021`` or fully in words, ``den tjugoandra april 2024``. Metadata extraction
needs every form, and must never turn something that is not a full date into one: a day, a month
and a year must all be written, except in an explicit year range ("Giltighetstid 2022–2025"),
which :func:`find_period` reads as the whole years.

>>> parse_swedish_date("Antagen den tjugoandra april 2024")
datetime.date(2024, 4, 22)
>>> find_period("Giltighetstid 2022-01-01 -- 2025-12-31")
(datetime.date(2022, 1, 1), datetime.date(2025, 12, 31))
>>> find_period("Gäller för verksamhetsåret 2025")
(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import NamedTuple

logger = logging.getLogger(__name__)

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_UNITS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde"]
_TEENS = [
    "tionde",
    "elfte",
    "tolfte",
    "trettonde",
    "fjortonde",
    "femtonde",
    "sextonde",
    "sjuttonde",
    "artonde",
    "nittonde",
]


def _ordinals() -> dict[str, int]:
    """första..trettioförsta, with the compound forms also accepted split ("tjugo andra")."""
    words: dict[str, int] = {}
    for number, word in enumerate(_UNITS, start=1):
        words[word] = number
    for number, word in enumerate(_TEENS, start=10):
        words[word] = number
    words["tjugonde"] = 20
    for number, word in enumerate(_UNITS, start=21):
        words[f"tjugo{word}"] = number
    words["trettionde"] = 30
    words["trettioförsta"] = 31
    return words


ORDINALS = _ordinals()

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD_ALT = "|".join(
    re.escape(w).replace("tjugo", "tjugo[ -]?").replace("trettio", "trettio[ -]?")
    for w in sorted(ORDINALS, key=len, reverse=True)
)
DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<dy>(?:19|20)\d\d)\.(?P<dm>\d\d)\.(?P<dd>\d\d)"
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?:\s*-\s*|\s+|/)(?P<sy>(?:19|20)\d\d)"
    r"|(?P<pd>\d{1,2})\.(?P<pm>\d{1,2})\.(?P<py>(?:19|20)\d\d)"
    rf"|(?:den\s+)?(?P<wd>\d{{1,2}}(?::[ae])?|{_ORD_ALT})\s+(?P<wm>{_MONTH_ALT})\.?,?\s+(?P<wy>(?:19|20)\d\d)"
    r")(?!\w|-\d)",
    re.IGNORECASE,
)
YEAR_RANGE_RE = re.compile(
    r"(?<![\w/.-])(?P<a>(?:19|20)\d\d)\s*(?:--|-|–|—|till(?: och med)?|t\.o\.m\.)\s*"
    r"(?P<b>(?:19|20)\d\d)(?!\w|[-/.]\d)",
    re.IGNORECASE,
)
# One whole year named as a period: "verksamhetsåret 2025", "budgetåret 2026", "för år 2024",
# "kalenderåret 2023". A bare year ("2025") is not a period: it may be anything.
YEAR_PERIOD_RE = re.compile(
    r"\b(?:(?:verksamhets|budget|kalender|räkenskaps|planerings)år(?:et)?|(?:för|under)\s+år(?:et)?)"
    r"\s+(?P<y>(?:19|20)\d\d)(?![\w/-])",
    re.IGNORECASE,
)
# "tills vidare", "tillsvidare", "utan slutdatum": a validity that is stated to have no end.
OPEN_END_RE = re.compile(r"\btills?\s*vidare\b|\butan\s+slutdatum\b|\bgäller\s+utan\s+tidsgräns", re.I)


class FoundDate(NamedTuple):
    """A date found in a text, with where it was written (so callers can read what surrounds it)."""

    date: dt.date
    start: int
    end: int
    text: str


def _day(word: str) -> int:
    word = word.lower()
    if word[:1].isdigit():
        return int(word.split(":")[0])
    return ORDINALS[re.sub(r"[ -]", "", word)]


def _to_date(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["dy"]:
            return dt.date(int(g["dy"]), int(g["dm"]), int(g["dd"]))
        if g["sd"]:
            return dt.date(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        if g["pd"]:
            return dt.date(int(g["py"]), int(g["pm"]), int(g["pd"]))
        return dt.date(int(g["wy"]), MONTHS[g["wm"].lower()], _day(g["wd"]))
    except (ValueError, KeyError):
        logger.debug("not a valid date: %r", match.group(0))
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in reading order. Impossible dates (2021-02-30) are skipped."""
    found = []
    for match in DATE_RE.finditer(text):
        value = _to_date(match)
        if value is not None:
            found.append(FoundDate(value, match.start(), match.end(), match.group(0)))
    return found


def parse_swedish_date(text: str) -> dt.date | None:
    """The first full date written in ``text``, or ``None`` when there is none."""
    dates = find_dates(text)
    return dates[0].date if dates else None


def find_period(text: str) -> tuple[dt.date | None, dt.date | None]:
    """Read a validity period: two dates, or a year range meaning 1 January to 31 December.

    A single date gives ``(date, None)``: whether it starts or ends the period is for the caller's
    label to say.
    """
    dates = find_dates(text)
    if len(dates) >= 2:
        if dates[1].date < dates[0].date:
            return None, None  # two dates backwards are no period
        return dates[0].date, dates[1].date
    if not dates:
        years = YEAR_RANGE_RE.search(text)
        if years and int(years["a"]) <= int(years["b"]):
            return dt.date(int(years["a"]), 1, 1), dt.date(int(years["b"]), 12, 31)
        year = YEAR_PERIOD_RE.search(text)
        if year:
            return dt.date(int(year["y"]), 1, 1), dt.date(int(year["y"]), 12, 31)
        return None, None
    return dates[0].date, None


def states_open_end(text: str) -> bool:
    """Does ``text`` say that a validity has no end ("gäller från 2024-05-01 och tills vidare")?"""
    return OPEN_END_RE.search(text) is not None
