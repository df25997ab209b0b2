"""The register of decision rights as of a date: the records of the documents that apply then.

``styrsvar decisions`` and the staff app's "Vem beslutar vad" page list the same thing through
here, so both show a rule only while its document applies: in force, or with no stated dates (the
styrmodell), never one that is replaced, expired or not yet in force.

Example:
    >>> entries = decisions_as_of(Store.open(Path(".styrsvar")).registry, dt.date.today())  # doctest: +SKIP
    >>> entry_json(entries[0])["decider"]  # doctest: +SKIP
    'kommunfullmäktige'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from store.registry import Registry
from store.schema import DecisionRecord, DocumentRecord
from store.status import StatusAt, is_current


@dataclass(frozen=True)
class DecisionEntry:
    """A decision record with its document and that document's status on the date asked about."""

    record: DecisionRecord
    document: DocumentRecord
    status: StatusAt


def decisions_as_of(
    registry: Registry, as_of: dt.date, document_ids: Iterable[str] | None = None
) -> list[DecisionEntry]:
    """Decision records of the documents that apply on ``as_of`` (in force or status unknown)."""
    statuses = registry.statuses(as_of)
    out = []
    for record in registry.decisions(document_ids):
        doc = registry.get(record.document_id)
        status = statuses.get(record.document_id)
        if doc is not None and status is not None and is_current(status.status):
            out.append(DecisionEntry(record, doc, status))
    return out


def entry_json(entry: DecisionEntry) -> dict[str, Any]:
    """The stable JSON shape of one decision record (``styrsvar decisions --json``)."""
    r, doc = entry.record, entry.document
    limit = (
        {"amount": r.limit.amount, "unit": r.limit.unit, "bound": r.limit.bound, "floor": r.limit.floor}
        if r.limit
        else None
    )
    return {
        "matter": r.matter,
        "decider": r.decider,
        "decider_code": r.decider_code,
        "condition": r.condition,
        "limit": limit,
        "lagrum": r.lagrum,
        "number": r.number,
        "source": r.source,
        "document_id": r.document_id,
        "file": r.file,
        "title": doc.meta.title,
        "decided_by": doc.meta.decided_by,
        "status": str(entry.status.status),
        "page": r.page,
        "section": r.section,
        "quote": r.quote,
        "chunk_id": r.chunk_id,
    }


def condition_text(record: DecisionRecord) -> str:
    """The condition as printed, with the parsed limit added where the text does not already say
    it: "Högst 100 000 kr", "högst 5 prisbasbelopp" (a limit completed from the other side)."""
    parts = [record.condition] if record.condition else []
    limit = record.limit
    if limit is not None:
        digits = limit.amount_text().rsplit(" ", 1)[0].replace(" ", "")
        if digits not in (record.condition or "").replace(" ", "").replace("\u00a0", ""):
            parts.append(limit.text())
    return "; ".join(parts)
