"""Which document (and which version of it) a question is about.

Titles are matched with the same Swedish analysis as retrieval; years in the question pick a
version ("policyn från 2019"); retrieval scores break ties. Versions of one document form a
lineage through "ersätter" links, so "vilken representationspolicy gäller" can be answered from
the lineage's current member whichever version the words matched best.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from assistant.evidence import Evidence
from assistant.retrieval import Candidate
from store.registry import Registry
from store.schema import DocumentRecord
from store.status import effective_start


def _years(doc: DocumentRecord) -> set[int]:
    m = doc.meta
    return {d.year for d in (m.decision_date, m.valid_from) if d}


def rank_documents(
    evidence: Evidence,
    question: str,
    years: Sequence[int],
    docs: Iterable[DocumentRecord],
    candidates: Sequence[Candidate] = (),
) -> list[tuple[float, DocumentRecord]]:
    """Documents ordered by how clearly the question names them (title words, type, year)."""
    q_terms = {t for t in evidence.content_terms(question) if not t.isdigit()}  # years: see below
    retrieval: dict[str, float] = {}
    for rank, c in enumerate(candidates):
        retrieval[c.doc.document_id] = retrieval.get(c.doc.document_id, 0.0) + 1.0 / (rank + 2)
    scored = []
    for doc in docs:
        title_terms = {t for t in evidence.content_terms(doc.meta.title or doc.file) if not t.isdigit()}
        if not title_terms:
            continue
        overlap = q_terms & title_terms
        weight = sum(max(evidence.idf(t), 0.2) for t in overlap)
        total = sum(max(evidence.idf(t), 0.2) for t in title_terms) or 1.0
        score = 2.0 * weight / total + (0.5 * len(overlap) / max(1, len(q_terms)))
        if years and set(years) & _years(doc):
            score += 0.6
        score += 0.3 * retrieval.get(doc.document_id, 0.0)
        if overlap or retrieval.get(doc.document_id):
            scored.append((score, doc))
    scored.sort(key=lambda s: (-s[0], s[1].file))
    return scored


def lineage(registry: Registry, doc: DocumentRecord) -> list[DocumentRecord]:
    """All versions linked to ``doc`` by "ersätter" (both directions), oldest first."""
    seen: dict[str, DocumentRecord] = {doc.document_id: doc}
    todo = [doc]
    while todo:
        cur = todo.pop()
        links = list(registry.replaced_by(cur.document_id))
        if cur.replaces_document_id and (older := registry.get(cur.replaces_document_id)):
            links.append(older)
        for other in links:
            if other.document_id not in seen:
                seen[other.document_id] = other
                todo.append(other)
    return sorted(seen.values(), key=lambda d: effective_start(d) or dt.date.min)
