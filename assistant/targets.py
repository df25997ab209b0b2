"""Which document (and which version of it) a question is about.

Titles are matched with the same Swedish analysis as retrieval; years in the question pick a
version ("policyn från 2019"); retrieval scores break ties. Versions of one document form a
lineage through "ersätter" links, so "vilken representationspolicy gäller" can be answered from
the lineage's current member whichever version the words matched best.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.evidence import Evidence, Word
from assistant.retrieval import Candidate
from store.registry import Registry
from store.schema import DocumentRecord
from store.status import effective_start

# Type words name a kind of document, not one document: "riktlinjen för X" is about X.
TYPE_WORDS = (
    "styrmodell vision reglemente delegationsordning policy program plan riktlinje rutin uppdragsplan "
    "verksamhetsplan taxa handlingsplan strategi budget"
).split()


@dataclass(frozen=True)
class Target:
    doc: DocumentRecord
    score: float
    coverage: float  # weighted share of the title's distinctive words that the question names


def doc_years(doc: DocumentRecord) -> set[int]:
    m = doc.meta
    return {d.year for d in (m.decision_date, m.valid_from) if d}


def _names(evidence: Evidence, title_word: Word, q_terms: set[str]) -> bool:
    """Does the question name this title word: the word itself, or its compound's first part
    ("enskilda avlopp" for "enskilda avloppsanläggningar")?"""
    if evidence.covered(title_word, q_terms) > 0:
        return True
    return len(title_word.terms) > 1 and len(title_word.terms[1]) >= 5 and title_word.terms[1] in q_terms


def rank_documents(
    evidence: Evidence,
    question: str,
    years: Sequence[int],
    docs: Iterable[DocumentRecord],
    candidates: Sequence[Candidate] = (),
) -> list[Target]:
    """Documents ordered by how clearly the question names them (title words, year, retrieval)."""
    type_terms = {t for w in TYPE_WORDS for t in evidence.lexical.terms(w)}
    q_words = [w for w in evidence.words(question) if not w.token.isdigit()]
    q_terms = {t for w in q_words for t in w.terms}
    retrieval: dict[str, float] = {}
    for rank, c in enumerate(candidates):
        retrieval[c.doc.document_id] = retrieval.get(c.doc.document_id, 0.0) + 1.0 / (rank + 2)
    out = []
    for doc in docs:
        title_words = [w for w in evidence.title_words(doc.meta.title or doc.file) if not w.token.isdigit()]
        if not title_words:
            continue
        named = [w for w in title_words if _names(evidence, w, q_terms)]
        total = sum(w.weight for w in title_words) or 1.0
        title_share = sum(w.weight for w in named) / total
        distinctive = [w for w in title_words if w.terms[0] not in type_terms] or title_words
        d_total = sum(w.weight for w in distinctive) or 1.0
        coverage = sum(w.weight for w in distinctive if _names(evidence, w, q_terms)) / d_total
        score = 2.0 * title_share + 0.5 * len(named) / max(1, len(q_words))
        if years and set(years) & doc_years(doc):
            score += 0.6
        score += 0.3 * retrieval.get(doc.document_id, 0.0)
        if named or retrieval.get(doc.document_id):
            out.append(Target(doc, score, coverage))
    out.sort(key=lambda t: (-t.score, t.doc.file))
    return out


def lineage(registry: Registry, doc: DocumentRecord) -> list[DocumentRecord]:
    """All versions linked to ``doc`` by "ersätter" or as versions under one title (both
    directions), oldest first."""
    seen: dict[str, DocumentRecord] = {doc.document_id: doc}
    todo = [doc]
    while todo:
        cur = todo.pop()
        links = list(registry.replaced_by(cur.document_id)) + registry.replaced(cur.document_id)
        for other in links:
            if other.document_id not in seen:
                seen[other.document_id] = other
                todo.append(other)
    return sorted(seen.values(), key=lambda d: effective_start(d) or dt.date.min)
