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
                if m := pattern.search(line):
                    return chunk, quote_around(line, m.start(), m.end())
    if chunks:
        first = chunks[0]
        return first, first.text.splitlines()[0].strip()
    return None


def quote_around(line: str, start: int, end: int, limit: int = 200) -> str:
    """The sentence of ``line`` around ``start:end``, cut to about ``limit`` characters at word
    boundaries; always a verbatim substring of ``line``."""
    left = max(line.rfind(". ", 0, start) + 2, 0) if line.rfind(". ", 0, start) >= 0 else 0
    right_dot = line.find(". ", end)
    right = right_dot + 1 if right_dot >= 0 else len(line)
    if right - left > limit:
        left = max(left, start - limit // 2)
        right = min(right, max(end, left + limit))
        while left > 0 and line[left - 1] != " ":
            left += 1
        while right < len(line) and line[right] != " ":
            right -= 1
    return line[left:right].strip()


def cite_metadata(
    registry: Registry, doc: DocumentRecord, status: StatusAt, *needles: str | None
) -> Citation | None:
    found = metadata_quote(registry, doc, *needles)
    if found is None:
        return None
    chunk, line = found
    return cite(doc, status, chunk, line)
