"""A document's status as of a date: a query over the registry's facts, not a guess.

A document is in force on D when D is within its validity and no document that replaces it
has taken effect on or before D. The documents that replace it are those whose "ersätter" line
names it and the later versions of it that name nothing (same type and title, see
:func:`store.supersession.find_conflicts`): a replaced document is never presented as in force
because its text does not say it was replaced. A document whose start is not known (no "gäller från", no
decision date) and that nothing replaces has status ``okänd``: we cannot place it in time, so
we neither exclude it nor present it as certainly in force.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from store.schema import DocumentRecord, Status


@dataclass(frozen=True)
class StatusAt:
    status: Status
    since: dt.date | None = None  # when this status began, where known
    by_document_id: str | None = None  # the replacing document, for "upphävd"


def effective_start(doc: DocumentRecord) -> dt.date | None:
    """When a document takes effect: its stated start, else its decision date."""
    return doc.meta.valid_from or doc.meta.decision_date


def status_at(doc: DocumentRecord, as_of: dt.date, replacers: Iterable[DocumentRecord] = ()) -> StatusAt:
    """Status of ``doc`` on ``as_of`` given the documents in the collection that replace it."""
    start = effective_start(doc)
    if start is not None and start > as_of:
        return StatusAt(Status.NOT_YET, since=start)
    repeal: StatusAt | None = None
    for newer in replacers:
        newer_start = effective_start(newer)
        if newer_start is None or newer_start <= as_of:
            if repeal is None or (newer_start and repeal.since and newer_start < repeal.since):
                repeal = StatusAt(Status.REPEALED, since=newer_start, by_document_id=newer.document_id)
    end = doc.meta.valid_to
    if end is not None and end < as_of:
        if repeal is not None and repeal.since is not None and repeal.since <= end:
            return repeal
        return StatusAt(Status.EXPIRED, since=end + dt.timedelta(days=1))
    if repeal is not None:
        return repeal
    if start is None:
        return StatusAt(Status.UNKNOWN)
    return StatusAt(Status.IN_FORCE, since=start)


def is_current(status: Status) -> bool:
    """May a document be presented as applying on the date (in force, or not known not to be)?"""
    return status in (Status.IN_FORCE, Status.UNKNOWN)
