"""Swedish municipal mandate periods: four years from 15 October after the September election.

Elections are held every fourth year in September (2018, 2022, 2026, ...); the new councils take
office on 15 October. So 2022-10-15 to 2026-10-14 is one period and the next begins 2026-10-15.
(Before 1994 the periods were three years; nothing here reaches that far back correctly, and no
styrdokument in force does either.)

>>> mandate_period(dt.date(2026, 11, 26))
MandatePeriod(start=datetime.date(2026, 10, 15), end=datetime.date(2030, 10, 14))
>>> str(previous_period(dt.date(2026, 11, 26)))
'2022-10-15–2026-10-14'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ELECTION_YEAR = 2022  # any election year: the others are every fourth year from it
TERM_YEARS = 4
START_MONTH, START_DAY = 10, 15


@dataclass(frozen=True)
class MandatePeriod:
    start: dt.date
    end: dt.date  # the last day of the period

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}–{self.end.isoformat()}"


def mandate_period(day: dt.date) -> MandatePeriod:
    """The mandate period ``day`` falls in."""
    year = day.year - (day.year - ELECTION_YEAR) % TERM_YEARS
    if day < dt.date(year, START_MONTH, START_DAY):
        year -= TERM_YEARS
    start = dt.date(year, START_MONTH, START_DAY)
    return MandatePeriod(start, dt.date(year + TERM_YEARS, START_MONTH, START_DAY) - dt.timedelta(days=1))


def previous_period(day: dt.date) -> MandatePeriod:
    """The last whole mandate period before the one ``day`` falls in."""
    return mandate_period(mandate_period(day).start - dt.timedelta(days=1))
