"""The assistant: understand the question, scope it, retrieve, compose, cite — or abstain.

Example:
    >>> from store.reader import Store
    >>> assistant = Assistant(Store.open(Path(".styrsvar")))  # doctest: +SKIP
    >>> print(assistant.ask("Vem beslutar om rivningslov?").answer)  # doctest: +SKIP
    Bygglovshandläggare (BLH) beslutar om rivningslov enligt Delegationsordning ... (punkt B.4).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant import compose_registry as reg_compose
from assistant import compose_text as text_compose
from assistant.answer import Answer, Retrieved
from assistant.compose_text import Composed
from assistant.evidence import Evidence
from assistant.filters import Filters, Scope
from assistant.generate import llm_answer
from assistant.phrases import ABSTAIN, EMPTY, PERSONAL, TOO_LONG
from assistant.question import (
    DOC_DECISION,
    PERSONAL as PERSONAL_KIND,
    SUPERSESSION,
    WHICH_APPLIES,
    WHO_DECIDES,
    Question,
    understand,
)
from assistant.retrieval import Candidate, HybridSearch
from assistant.targets import lineage, rank_documents
from store.reader import Store
from store.schema import Audience, DocumentRecord
from store.status import is_current

logger = logging.getLogger(__name__)

TOP_K = 8
MIN_SUPPORT = 0.5  # share of the question's content terms the cited text must cover
MIN_KNOWN = 0.5  # share of the question's content terms the collection must know at all
TARGET_MIN_SCORE = 0.9  # how clearly a registry question must name its document


_DOC_TYPES = (
    "styrmodell", "vision", "mål och budget", "reglemente", "delegationsordning", "policy", "program", "plan",
    "riktlinje", "rutin", "uppdragsplan", "verksamhetsplan", "taxa", "handlingsplan", "strategi",
)


def _named_types(text: str) -> set[str]:
    """Document types a question names ("vilken policy ...", "riktlinjen för ...")."""
    low = text.lower()
    return {t for t in _DOC_TYPES if re.search(rf"\b{re.escape(t)}", low)}


class Assistant:
    """Answers questions over one store. Thread-safe for concurrent ``ask`` calls (read-only)."""

    def __init__(
        self,
        store: Store,
        *,
        llm: object | None = None,
        max_question_chars: int = 1000,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.store = store
        self.llm = llm
        self.max_question_chars = max_question_chars
        self.today = today
        self.search = HybridSearch(store)

    def ask(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        id: str | None = None,
    ) -> Answer:
        """Answer ``question`` for ``audience`` as of ``as_of`` (default today)."""
        text = (question or "").strip()
        lang = "sv"
        if not text:
            return Answer(question=question or "", answer=EMPTY[lang], abstained=True, id=id, kind="invalid")
        if len(text) > self.max_question_chars:
            msg = TOO_LONG[lang].format(n=len(text), max=self.max_question_chars)
            return Answer(question=text[:200], answer=msg, abstained=True, id=id, kind="invalid")
        q = understand(text, history)
        history_asked = q.as_of is not None and as_of is None
        scope = Scope(
            audience=Audience(audience),
            as_of=as_of or q.as_of or self.today(),
            filters=filters or Filters(),
            history=history_asked,
        )
        answer = self._answer(q, scope)
        return replace(answer, id=id, filters=scope.to_dict())

    # ------------------------------------------------------------------------------------------
    def _answer(self, q: Question, scope: Scope) -> Answer:
        if q.kind == PERSONAL_KIND:
            return Answer(question=q.text, answer=PERSONAL[q.language], abstained=True, kind=q.kind)
        candidates = self.search.search(q.search_text, scope, TOP_K)
        retrieved = [
            Retrieved(c.doc.file, c.doc.document_id, c.chunk.page_start, c.chunk.section, c.chunk.text,
                      round(c.score, 5), c.chunk.chunk_id)
            for c in candidates
        ]
        evidence = Evidence(self.store.lexical)
        q_terms = evidence.content_terms(q.text) or evidence.content_terms(q.search_text)
        composed = None
        if q.kind in (DOC_DECISION, SUPERSESSION, WHICH_APPLIES):
            composed = self._registry_answer(q, scope, evidence, candidates)
        if composed is None and evidence.known_share(q_terms) >= MIN_KNOWN and candidates:
            allowed = self.search.allowed(scope)
            if q.kind == WHO_DECIDES:
                composed = text_compose.who_decides(evidence, self.store.registry, q_terms, candidates, allowed)
            if composed is None or composed.support < MIN_SUPPORT:
                fallback = text_compose.fact(evidence, q_terms, candidates)
                if fallback is not None and (composed is None or fallback.support > composed.support):
                    composed = fallback
        if composed is None or not composed.citations or composed.support < MIN_SUPPORT:
            return Answer(question=q.text, answer=ABSTAIN[q.language], abstained=True, retrieved=retrieved,
                          kind=q.kind)
        answer = Answer(question=q.text, answer=composed.text, abstained=False, citations=composed.citations,
                        retrieved=retrieved, kind=q.kind)
        if self.llm is not None:
            answer = llm_answer(self.llm, answer, candidates, facts=composed.text)  # type: ignore[arg-type]
        return answer

    def _registry_answer(
        self, q: Question, scope: Scope, evidence: Evidence, candidates: list[Candidate]
    ) -> Composed | None:
        """Document-level questions are answered from the registry, about the document they name."""
        registry = self.store.registry
        visible = self.search.visible_documents(scope.audience)
        text = q.search_text if q.follow_up else q.text
        ranked = rank_documents(evidence, text, q.years, visible, candidates)
        if not ranked or ranked[0][0] < TARGET_MIN_SCORE:
            if q.kind != WHICH_APPLIES or not candidates:
                return None
            # "vilken policy gällde 2020?": the best passage of the named type, else the best passage
            named_types = _named_types(q.text)
            doc = next((c.doc for c in candidates if (c.doc.meta.doc_type or "") in named_types), candidates[0].doc)
            asked_version = False
        else:
            doc = ranked[0][1]
            asked_version = bool(set(q.years) & {d.year for d in (doc.meta.decision_date, doc.meta.valid_from) if d})
        if not asked_version:
            doc = self._current_version(doc, scope, visible)
        st = registry.status(doc, scope.as_of)
        if q.kind == DOC_DECISION:
            return reg_compose.doc_decision(registry, doc, st, scope.as_of)
        if q.kind == SUPERSESSION:
            return reg_compose.supersession(registry, doc, st, scope.as_of, visible)
        family = lineage(registry, doc)
        return reg_compose.which_applies(registry, doc, family, scope.as_of, visible, asked_version)

    def _current_version(self, doc: DocumentRecord, scope: Scope, visible: list[DocumentRecord]) -> DocumentRecord:
        """The version of ``doc``'s lineage that applies on the scope's date, when the question named
        no version ("när antogs representationspolicyn?" means the one in force)."""
        registry = self.store.registry
        visible_ids = {d.document_id for d in visible}
        family = [d for d in lineage(registry, doc) if d.document_id in visible_ids]
        current = [d for d in family if is_current(registry.status(d, scope.as_of).status)]
        return current[-1] if current else doc
