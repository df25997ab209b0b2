"""Resolve "Ersätter ..." lines to documents in the collection.

Documents name what they replace in words ("Ersätter Representationspolicy antagen
2019-04-15"). We link such a line to a document in the collection when its title is named and,
where the line gives a year or date, that matches the candidate; otherwise the line stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from store.schema import DocumentRecord

_WORD = re.compile(r"[0-9a-zåäöéü]+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", text)}


def _doc_years(doc: DocumentRecord) -> set[int]:
    m = doc.meta
    dates = [d for d in (m.decision_date, m.valid_from) if d]
    years = {d.year for d in dates}
    years |= _years(m.title or "") | _years(doc.file)
    return years


def _start(doc: DocumentRecord) -> dt.date | None:
    return doc.meta.valid_from or doc.meta.decision_date


def resolve_replaces(doc: DocumentRecord, collection: Sequence[DocumentRecord]) -> str | None:
    """The document_id that ``doc``'s "ersätter" line names, or None when it is not in the collection."""
    text = doc.meta.replaces
    if not text:
        return None
    wanted = _norm(text)
    wanted_years = _years(text)
    best: tuple[int, str] | None = None
    for other in collection:
        if other.document_id == doc.document_id:
            continue
        title = _norm(other.meta.title or "")
        if not title:
            continue
        if title not in wanted and wanted not in title:
            continue
        mine, theirs = _start(doc), _start(other)
        if mine and theirs and theirs >= mine:
            continue  # a document replaces an older one, never a newer one
        score = len(title)
        if wanted_years:
            if not (wanted_years & _doc_years(other)):
                continue
            score += 1000
        if best is None or score > best[0]:
            best = (score, other.document_id)
    return best[1] if best else None
