"""Citations: every claim points to a document, a page and a verbatim quote a person can check."""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer import Citation
from store.registry import Registry
from store.schema import Chunk, DocumentRecord
from store.status import StatusAt


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def cite(doc: DocumentRecord, status: StatusAt, chunk: Chunk, quote: str) -> Citation:
    """A citation of ``quote`` (verbatim from ``chunk``) in ``doc``."""
    m = doc.meta
    return Citation(
        file=doc.file,
        document_id=doc.document_id,
        title=m.title or doc.file,
        page=chunk.page_start,
        section=chunk.section,
        quote=quote.strip(),
        decided_by=m.decided_by,
        decision_date=iso(m.decision_date),
        status=str(status.status),
        paragraph=m.paragraph,
        status_date=iso(status.since),
    )


def metadata_quote(registry: Registry, doc: DocumentRecord, *needles: str | None) -> tuple[Chunk, str] | None:
    """The first line of ``doc`` that states one of ``needles`` (a date, "Ersätter", the title).

    Registry answers (who adopted it, when, what it replaces) cite the line the fact was read
    from, so the reader can see it on the page.
    """
    wanted = [n for n in needles if n]
    chunks = registry.chunks(doc.document_id)
    for needle in wanted:
        pattern = re.compile(re.escape(needle), re.I)
        for chunk in chunks:
            for line in chunk.text.splitlines():
                if pattern.search(line):
                    return chunk, line.strip()
    if chunks:
        first = chunks[0]
        return first, first.text.splitlines()[0].strip()
    return None


def cite_metadata(
    registry: Registry, doc: DocumentRecord, status: StatusAt, *needles: str | None
) -> Citation | None:
    found = metadata_quote(registry, doc, *needles)
    if found is None:
        return None
    chunk, line = found
    return cite(doc, status, chunk, line)
