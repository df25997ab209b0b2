"""What a question may reach: audience, date and the user's explicit narrowing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from store.schema import Audience


@dataclass(frozen=True)
class Filters:
    """Explicit filters (UI sidebar, API). A question's own words may narrow them further, never widen
    what the audience may see."""

    doc_type: str | None = None  # "policy", "delegationsordning", ...
    decided_by: str | None = None  # "kommunfullmäktige", ...
    year: int | None = None  # decision year
    include_repealed: bool = False  # "visa även upphävda": history questions


@dataclass(frozen=True)
class Scope:
    """The resolved scope of one question: who asks, as of when, and with which filters."""

    audience: Audience
    as_of: dt.date
    filters: Filters
    history: bool = False  # the question asks about the past ("gällde 2020"): non-current allowed
    today: dt.date | None = None  # the day the question is asked (the assistant's clock, never the wall's)

    def to_dict(self) -> dict[str, object]:
        return {
            "audience": str(self.audience),
            "as_of": self.as_of.isoformat(),
            "doc_type": self.filters.doc_type,
            "decided_by": self.filters.decided_by,
            "year": self.filters.year,
            "include_repealed": self.filters.include_repealed,
            "history": self.history,
        }
