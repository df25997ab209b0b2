"""Hybrid retrieval: filters first (audience, date, type, body), then dense + BM25 fused by rank.

Filters are applied inside both searches — both rank only the allowed ids, and for residents the
dense search also only what the vector index itself marks public — so a document the audience may
not read can never be ranked, let alone returned. The dense search is exact, so the same documents
give the same candidates on every ingest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.filters import Scope
from store.reader import Store
from store.schema import Abbreviation, Audience, Chunk, DelegationRow, DocumentRecord
from store.status import StatusAt, is_current
from store.units import Unit, split_units

logger = logging.getLogger(__name__)

RRF_K = 60

Allowed = dict[str, tuple[DocumentRecord, StatusAt]]  # document_id -> (document, status on the date)


@dataclass(frozen=True)
class Candidate:
    """A retrieved chunk with its document, its status as of the question's date and its scores."""

    chunk: Chunk
    doc: DocumentRecord
    status: StatusAt
    score: float  # fused (reciprocal rank fusion)
    dense: float  # cosine similarity, 0.0 when not among the dense hits
    lexical: float  # BM25, 0.0 when not among the lexical hits
    dense_rank: int = -1  # 0-based rank among the filtered dense hits, -1 when absent
    lexical_rank: int = -1  # 0-based rank among the lexical hits, -1 when absent


@dataclass(frozen=True)
class UnitHit:
    """A retrieved answer unit (a sentence or a table row) with its chunk, document and scores."""

    unit: Unit
    chunk: Chunk
    doc: DocumentRecord
    status: StatusAt
    score: float  # fused (reciprocal rank fusion)
    dense: float
    lexical: float
    dense_rank: int = -1
    lexical_rank: int = -1


class HybridSearch:
    """Search one store with a scope. Caches per-generation lookups (chunks of each document)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._gen: str | None = None
        self._chunks: dict[str, Chunk] = {}
        self._doc_chunks: dict[str, list[str]] = {}
        self._rows: dict[str, DelegationRow] = {}
        self._abbreviations: list[Abbreviation] = []
        self._units: dict[str, Unit] = {}
        self._doc_units: dict[str, list[str]] = {}
        self._chunk_units: dict[str, list[Unit]] = {}
        self._vectors: dict[str, list[float]] = {}  # recent query embeddings: one question asks several times
        # the last scope's allowed documents: search and composition ask for the same scope in turn
        self._allowed_memo: tuple[tuple[Scope, frozenset[str]], Allowed] | None = None

    def _cache(self) -> None:
        self.store.refresh()
        if self._gen == self.store.generation.id:
            return
        chunks = self.store.registry.chunks()
        self._chunks = {c.chunk_id: c for c in chunks}
        self._doc_chunks = {}
        for c in chunks:
            self._doc_chunks.setdefault(c.document_id, []).append(c.chunk_id)
        self._rows = {r.chunk_id: r for r in self.store.registry.delegation_rows()}
        self._abbreviations = self.store.registry.abbreviations()
        self._units = {u.unit_id: u for c in chunks for u in split_units(c)}
        self._doc_units = {}
        self._chunk_units = {}
        for u in self._units.values():
            self._doc_units.setdefault(u.document_id, []).append(u.unit_id)
            self._chunk_units.setdefault(u.chunk_id, []).append(u)
        self._allowed_memo = None
        self._gen = self.store.generation.id

    def abbreviations(self) -> list[Abbreviation]:
        """Abbreviations the documents define (delegat legends), read once per generation."""
        self._cache()
        return self._abbreviations

    def delegation_rows(self, query: str, document_ids: Iterable[str], k: int = 60) -> list[DelegationRow]:
        """Delegation rows of ``document_ids`` that share terms with ``query`` (BM25 over row chunks,
        best first): the rows worth judging, without reading every row of every delegationsordning."""
        self._cache()
        allowed = {cid for d in document_ids for cid in self._doc_chunks.get(d, []) if cid in self._rows}
        if not allowed:
            return []
        return [self._rows[cid] for cid, _ in self.store.lexical.search(query, k, allowed=allowed)]

    def embed(self, query: str) -> list[float]:
        """The query's embedding, remembered for the next few questions' searches."""
        vector = self._vectors.get(query)
        if vector is None:
            vector = self.store.embeddings.embed_query(query)
            if len(self._vectors) >= 64:
                self._vectors.pop(next(iter(self._vectors)), None)
            self._vectors[query] = vector
        return vector

    def unit_vectors(self, unit_ids: list[str]) -> dict[str, list[float]]:
        """The stored embeddings of some answer units (for the learned sentence ranker)."""
        self._cache()
        return self.store.units.get_embeddings(unit_ids) if unit_ids else {}

    def units_of(self, chunk_id: str) -> list[Unit]:
        """The answer units of one chunk, in order."""
        self._cache()
        return self._chunk_units.get(chunk_id, [])

    def unit(self, unit_id: str) -> Unit | None:
        self._cache()
        return self._units.get(unit_id)

    def chunk(self, chunk_id: str) -> Chunk | None:
        self._cache()
        return self._chunks.get(chunk_id)

    def visible_documents(self, audience: Audience) -> list[DocumentRecord]:
        """Every document the audience may read, whatever its status (for registry questions)."""
        self._cache()
        return [d for d in self.store.registry.documents() if audience.may_read(d.meta.publication)]

    def allowed(
        self, scope: Scope, extra: frozenset[str] = frozenset()
    ) -> dict[str, tuple[DocumentRecord, StatusAt]]:
        """Documents this scope may retrieve: readable by the audience, matching the filters and,
        unless history is asked for, current on the scope's date. ``extra`` documents (named by the
        question itself) may be retrieved whatever their status — still only if the audience may
        read them; the answer then states their status."""
        self._cache()
        key = (scope, extra)
        memo = self._allowed_memo
        if memo is not None and memo[0] == key:
            return memo[1]
        out = self._allowed(scope, extra)
        self._allowed_memo = (key, out)
        return out

    def _allowed(self, scope: Scope, extra: frozenset[str]) -> dict[str, tuple[DocumentRecord, StatusAt]]:
        reg = self.store.registry
        out: dict[str, tuple[DocumentRecord, StatusAt]] = {}
        f = scope.filters
        for doc in self.visible_documents(scope.audience):
            st = reg.status(doc, scope.as_of)
            if not f.include_repealed and not is_current(st.status) and doc.document_id not in extra:
                continue
            m = doc.meta
            if f.doc_type and (m.doc_type or "").lower() != f.doc_type.lower():
                continue
            if f.decided_by and f.decided_by.lower() not in (m.decided_by or "").lower():
                continue
            if f.year and not (m.decision_date and m.decision_date.year == f.year):
                continue
            out[doc.document_id] = (doc, st)
        return out

    def _fused(
        self,
        query: str,
        scope: Scope,
        k: int,
        only: set[str] | None,
        extra: frozenset[str],
        vector: list[float] | None,
        units: bool,
    ) -> tuple[Allowed, list[tuple[str, float, tuple[float, int], tuple[float, int]]]]:
        """The allowed documents, and the top ``k`` ids of chunks (or answer units) for ``query``:
        dense and BM25 fused by rank (RRF), the filters applied inside both searches. Each id comes
        with its fused score and its (score, rank) in either search ((0.0, -1) when absent)."""
        self._cache()
        allowed = self.allowed(scope, extra)
        if only is not None:
            allowed = {d: v for d, v in allowed.items() if d in only}
        if not allowed or not query.strip():
            return allowed, []
        by_doc = self._doc_units if units else self._doc_chunks
        index, lexical = (
            (self.store.units, self.store.unit_lexical) if units else (self.store.index, self.store.lexical)
        )
        pool = max(40 if units else 30, k * 4)
        vector = vector if vector is not None else self.embed(query)
        ids = {i for d in allowed for i in by_doc.get(d, [])}
        # exact, over the allowed ids only; for residents also only what the index marks public
        public_only = scope.audience is Audience.RESIDENT
        dense_hits = index.nearest(vector, pool, ids, public_only=public_only)
        lexical_hits = lexical.search(query, pool, allowed=ids)
        fused: dict[str, float] = {}
        dense: dict[str, tuple[float, int]] = {}
        lex: dict[str, tuple[float, int]] = {}
        for rank, hit in enumerate(dense_hits):
            fused[hit.chunk_id] = fused.get(hit.chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            dense[hit.chunk_id] = (hit.score, rank)
        for rank, (cid, score) in enumerate(lexical_hits):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
            lex[cid] = (score, rank)
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        return allowed, [(i, sc, dense.get(i, (0.0, -1)), lex.get(i, (0.0, -1))) for i, sc in ranked]

    def search(
        self,
        query: str,
        scope: Scope,
        k: int = 8,
        *,
        only: set[str] | None = None,
        extra: frozenset[str] = frozenset(),
        vector: list[float] | None = None,
    ) -> list[Candidate]:
        """Top ``k`` chunks for ``query`` within ``scope`` (and within documents ``only``, if given)."""
        allowed, ranked = self._fused(query, scope, k, only, extra, vector, units=False)
        out = []
        for cid, score, (d_score, d_rank), (l_score, l_rank) in ranked:
            chunk = self._chunks.get(cid)
            if chunk is None:
                continue
            doc, st = allowed[chunk.document_id]
            out.append(Candidate(chunk, doc, st, score, d_score, l_score, d_rank, l_rank))
        return out

    def units(
        self,
        query: str,
        scope: Scope,
        k: int = 10,
        *,
        only: set[str] | None = None,
        extra: frozenset[str] = frozenset(),
        vector: list[float] | None = None,
    ) -> list[UnitHit]:
        """Top ``k`` answer units for ``query`` within ``scope``: dense and BM25 over single sentences
        and table rows, fused by rank, with the same filters as :meth:`search` applied inside both."""
        allowed, ranked = self._fused(query, scope, k, only, extra, vector, units=True)
        out = []
        for uid, score, (d_score, d_rank), (l_score, l_rank) in ranked:
            unit = self._units.get(uid)
            chunk = self._chunks.get(unit.chunk_id) if unit else None
            if unit is None or chunk is None:
                continue
            doc, st = allowed[unit.document_id]
            out.append(UnitHit(unit, chunk, doc, st, score, d_score, l_score, d_rank, l_rank))
        return out
