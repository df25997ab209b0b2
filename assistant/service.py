"""The assistant: understand the question, scope it, draft an answer by its kind, gate it, compose it.

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from assistant import compose_registry as reg_compose
from assistant import compound
from assistant.answer import Answer, Citation, Retrieved
from assistant.answerers import ANSWERERS, ROUTES, TYPE_RULE
from assistant.answerers.base import Context, Draft
from assistant.citations import cite
from assistant.decisions import RecordIndex, records
from assistant.evidence import Evidence, Word
from assistant.filters import Filters, Scope
from assistant.followup import standalone
from assistant.gate import decide
from assistant.generate import llm_answer
from assistant.glossary import default_glossary, without_glossed
from assistant.phrases import ABSTAIN, ABSTAIN_STAFF, EMPTY, NAMES, NOTE, PART_UNANSWERED, PERSONAL, TOO_LONG
from assistant.question import (
    BODY,
    DOC_DECISION,
    FACT,
    NAME,
    SUPERSESSION,
    WHICH_APPLIES,
    WHO_DECIDES,
    Question,
    asks_any_document,
    asks_validity,
    decided_type,
    last_sentence,
    understand,
)
from assistant.question import PERSONAL as PERSONAL_KIND
from assistant.relations import resolve_relation
from assistant.retrieval import HybridSearch
from assistant.targets import Target, doc_years, rank_documents
from governance.notes import notes_for
from store.reader import Store
from store.schema import Audience, DocumentRecord, Status
from store.status import is_current
from store.units import is_heading
from store.vocabulary import find_bodies, named_types

logger = logging.getLogger(__name__)

TOP_K = 8  # passages returned with an answer (what it was drawn from)
NEARBY = 3  # pages an abstention points to
TARGET_MIN_SCORE = 0.9  # how clearly a question must name its document by title
TARGET_MIN_COVERAGE = 0.6  # share of the title's distinctive words the question must name
MAX_ANSWER_CHARS = 800
_ENLIGT = re.compile(r"\b(enligt|according to)\b", re.I)
_FUTURE = re.compile(r"\b(ny|nya|nytt|kommande|new|upcoming)\b|\b(träder i kraft|börjar gälla)\b", re.I)


def _valid_in(doc: DocumentRecord, year: int) -> bool:
    """Does ``doc``'s stated validity cover part of ``year``? Unknown bounds count as open."""
    start, end = doc.meta.valid_from, doc.meta.valid_to
    if start is None and end is None:
        return doc.meta.decision_date is None or doc.meta.decision_date.year <= year
    return (start is None or start.year <= year) and (end is None or end.year >= year)


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
        self._ev: Evidence | None = None
        self._decisions: tuple[str, RecordIndex] | None = None

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
        """Answer ``question`` for ``audience`` as of ``as_of`` (default today).

        A date the question names itself ("vilken policy gällde 2020?") narrows ``as_of``.
        """
        text = (question or "").strip()
        if not text:
            return Answer(question=question or "", answer=EMPTY["sv"], abstained=True, id=id, kind="invalid")
        if len(text) > self.max_question_chars:
            msg = TOO_LONG["sv"].format(n=len(text), max=self.max_question_chars)
            return Answer(question=text[:200], answer=msg, abstained=True, id=id, kind="invalid")
        q = understand(text, history)
        today = self.today()
        scope = Scope(
            audience=Audience(audience),
            as_of=q.as_of or as_of or today,
            filters=filters or Filters(),
            history=q.as_of is not None,
            today=today,
        )
        answer = self._in_parts(text, q.language, scope, history) or self._answer(q, scope, history)
        # the question as asked, also where it was read as another ("Förut ... Är det fortfarande så?")
        return replace(answer, question=" ".join(text.split()), id=id, filters=scope.to_dict())

    def _in_parts(
        self, text: str, language: str, scope: Scope, history: Sequence[tuple[str, str]]
    ) -> Answer | None:
        """A question that asks two things ("Vem beslutar om tillståndet och vad kostar det?"),
        answered part by part; None when it is one question or no part is answered."""
        asked = compound.parts(text)
        if not asked:
            return None
        answers = [self._answer(understand(part, history), scope, history) for part in asked]
        answered = [a for a in answers if not a.abstained]
        if not answered:
            return None
        share = MAX_ANSWER_CHARS // len(answers) - 2
        said = [
            _cap_keeping_note(a.answer, share, language)
            if not a.abstained
            else PART_UNANSWERED[language].format(part=a.question)
            for a in answers
        ]
        return Answer(
            question=text,
            answer="\n\n".join(said),
            abstained=False,
            citations=_distinct([c for a in answered for c in a.citations]),
            retrieved=answered[0].retrieved,
            kind=answered[0].kind,
        )

    # ------------------------------------------------------------------------------------------
    def _answer(self, q: Question, scope: Scope, history: Sequence[tuple[str, str]]) -> Answer:
        if q.kind == PERSONAL_KIND:
            return self._abstain(q, [], PERSONAL[q.language])
        if q.kind == NAME:
            return self._abstain(q, [], NAMES[q.language])
        ctx = self._resolved_context(q, scope, history)
        retrieved = self._retrieved(ctx)
        if not ctx.words or all(w.token.isdigit() for w in ctx.words):
            return self._abstain(ctx.q, retrieved, audience=ctx.scope.audience)  # "2024" alone asks nothing
        for draft in self._drafts(ctx):
            if not draft.citations:  # "the document does not state who decided it"
                return self._abstain(ctx.q, retrieved, draft.text)
            if decide(draft).answer and self._years_fit(ctx, draft):
                return self._finish(ctx, draft, retrieved, said=" ".join(a for _, a in history))
        return replace(self._abstain(ctx.q, retrieved, audience=ctx.scope.audience), nearby=self._nearby(ctx))

    def drafts(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
    ) -> list[Draft]:
        """Every draft the question's route produces, before the gate: what the gate is fitted on
        (``python -m eval.fit_gate``). Personal and name questions have none."""
        ctx = self.context(question, audience=audience, as_of=as_of, history=history)
        return [] if ctx is None else [d for d in self._drafts(ctx) if self._years_fit(ctx, d)]

    def context(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
    ) -> Context | None:
        """The question understood in its scope, as the answerers see it (None for a personal or
        name question, which no document answers)."""
        q = understand(" ".join((question or "").split()), history)
        if q.kind in (PERSONAL_KIND, NAME) or not q.text:
            return None
        today = self.today()
        scope = Scope(Audience(audience), q.as_of or as_of or today, Filters(), q.as_of is not None, today)
        return self._resolved_context(q, scope, history)

    def _resolved_context(self, q: Question, scope: Scope, history: Sequence[tuple[str, str]]) -> Context:
        if q.follow_up and history:  # "Och om marklov?": the previous question, about marklov
            q = standalone(q, history[-1][0], self._evidence())
        ctx = self._context(q, scope)
        if q.relation is not None:  # "den nämnd som antog X": name it, then answer the question
            resolved = resolve_relation(ctx, q, history)
            if resolved is not None:
                ctx = self._context(resolved, scope)
        kind = self._route(ctx)
        decided = decided_type(f"{ctx.q.text} {ctx.q.gloss}")
        types = named_types(decided) if decided else set()
        named_doc_type = (ctx.target.doc.meta.doc_type or "") if ctx.target is not None else ""
        if kind == WHO_DECIDES and types and named_doc_type not in types:
            # "vem antar ett program?" asks for the rule for programs: a document of the type states
            # its own adoption, never the rule for its type
            others = frozenset(d.document_id for d in ctx.visible if (d.meta.doc_type or "") not in types)
            ctx = replace(ctx, only=others if ctx.only is None else ctx.only & others)
            kind = TYPE_RULE  # the rule for the type (a decision record), or no answer
            ctx = replace(ctx, target=None)  # "socialnämnden" in the question names no document here
        return replace(ctx, kind=kind)

    def _drafts(self, ctx: Context) -> Iterator[Draft]:
        """The drafts of the answerers on the question's route, in order, each made when asked for."""
        for name in ROUTES[ctx.kind]:
            draft = ANSWERERS[name](ctx)
            if draft is not None:
                yield draft

    def _route(self, ctx: Context) -> str:
        """The question's kind, checked against what it names: a registry question needs a named
        document (or type), and one that asks about something inside the document is a fact."""
        q = ctx.q
        kind = q.kind
        if kind == FACT and q.answer_type == BODY:
            kind = (
                WHO_DECIDES  # "vem kan ge dispens ...?": who acts is first looked for in the decision rights
            )
        if (
            kind == FACT
            and ctx.target is not None
            and asks_validity(q.text)
            and not self._asks_beyond_title(ctx)
        ):
            return WHICH_APPLIES  # "gäller Mål och budget 2026 nu?", "hur länge gäller programmet?"
        if kind in (WHICH_APPLIES, SUPERSESSION, DOC_DECISION):
            if (
                ctx.target is None
                and not named_types(f"{q.text} {q.gloss}")
                and not asks_any_document(q.text)
            ):
                return FACT
            if (
                ctx.target is not None
                and kind == WHICH_APPLIES
                and not asks_any_document(q.text)  # "vilket dokument reglerar ...?" asks for the document
                and self._asks_beyond_title(ctx)
            ):
                return FACT  # "vilken timavgift gäller enligt taxan?" asks for a fact
        if (
            kind == WHO_DECIDES
            and ctx.target is not None
            and (ctx.target.doc.meta.doc_type or "")
            in named_types(f"{q.search_text if q.follow_up else q.text} {q.gloss}")
            and not self._asks_beyond_title(ctx)
        ):
            return DOC_DECISION  # "vem beslutar om riktlinjen för medborgardialog?" asks for its decision
        return kind

    def _asks_beyond_title(self, ctx: Context) -> bool:
        """Does the question ask about something in the document rather than the document itself?"""
        assert ctx.target is not None
        ev = ctx.evidence
        doc = ctx.target.doc
        title = {t for w in ev.words(doc.meta.title or "") for t in w.terms}
        # the document's own type word names it ("riktlinjen"); another type is a subject of its own
        types = {t for w in ev.title_words(doc.meta.doc_type or "") for t in w.terms}
        # the bodies and roles a question names say who asks or may decide, not what it is about
        bodies = {b.text.lower() for b in find_bodies(ctx.q.text)}
        asked = replace(ctx.q, text=last_sentence(ctx.q.text))  # not the situation told before it
        rest = [
            w
            for w in self._own_words(asked, ev)
            if not w.token.isdigit() and ev.covered(w, title | types) == 0 and w.token.lower() not in bodies
        ]
        return bool(rest)

    # ---- context ---------------------------------------------------------------------------
    def _context(self, q: Question, scope: Scope) -> Context:
        evidence = self._evidence()
        visible = self.search.visible_documents(scope.audience)
        target = self._target(q, evidence, visible)
        extra, only = self._documents_named(q, scope, target, visible)
        if _FUTURE.search(q.text):  # "den nya taxan" may be decided but not yet in force
            registry = self.store.registry
            extra |= frozenset(
                d.document_id for d in visible if registry.status(d, scope.as_of).status is Status.NOT_YET
            )
        return Context(
            q=q,
            scope=scope,
            store=self.store,
            search=self.search,
            evidence=evidence,
            visible=visible,
            words=self._words(q, evidence),
            target=target,
            extra=extra,
            only=only,
            decisions=self._decision_index(),
        )

    def _evidence(self) -> Evidence:
        """Term statistics of the current lexical index (rebuilt when an ingest switched generations)."""
        self.store.refresh()
        ev = self._ev
        if ev is None or ev.lexical is not self.store.lexical:
            ev = self._ev = Evidence(self.store.lexical)
        return ev

    def _decision_index(self) -> RecordIndex:
        gen = self.store.generation.id
        if self._decisions is None or self._decisions[0] != gen:
            self._decisions = (gen, RecordIndex(records(self.store.registry)))
        return self._decisions[1]

    def _own_words(self, q: Question, evidence: Evidence) -> list[Word]:
        """The question's content words; an English question's are its glossary words and the
        words the documents share with it."""
        if q.language != "en":
            return evidence.words(q.text)
        words = evidence.words(f"{without_glossed(default_glossary(), q.text)} {q.gloss}")
        return [w for w in words if w not in evidence.unknown_words(words)]

    def _words(self, q: Question, evidence: Evidence) -> list[Word]:
        """The content words an answer must cover; a follow-up's are those of the question it stands
        for (see :mod:`assistant.followup`)."""
        if q.follow_up:
            return evidence.words(f"{q.search_text} {q.gloss}" if q.language == "en" else q.search_text)
        return self._own_words(q, evidence)

    def _target(self, q: Question, evidence: Evidence, visible: list[DocumentRecord]) -> Target | None:
        """The document the question names by its title, if it names one clearly."""
        text = q.search_text if q.follow_up else q.text
        if q.gloss and not q.follow_up:
            text = f"{text} {q.gloss}"
        ranked = rank_documents(evidence, text, q.years, visible)
        if not ranked or ranked[0].score < TARGET_MIN_SCORE or ranked[0].coverage < TARGET_MIN_COVERAGE:
            return None
        return ranked[0]

    def _documents_named(
        self, q: Question, scope: Scope, target: Target | None, visible: list[DocumentRecord]
    ) -> tuple[frozenset[str], frozenset[str] | None]:
        """Documents the question's own words bring in (``extra``) or restrict to (``only``).

        A version named by year ("policyn från 2019") or a document that no longer applies but is
        named clearly may be searched whatever its status — the answer then says it does not apply.
        "Enligt <document>" restricts the search to it.
        """
        if target is None:
            return frozenset(), None
        registry = self.store.registry
        asked_version = bool(set(q.years) & doc_years(target.doc))
        doc = target.doc
        if not asked_version:
            from assistant.answerers.documents import current_version

            fake = Context(q, scope, self.store, self.search, self._evidence(), visible, [], target)
            doc = current_version(fake, target.doc)
        current = is_current(registry.status(doc, scope.as_of).status)
        extra = frozenset() if current else frozenset({doc.document_id})
        restrict = asked_version or _ENLIGT.search(q.text)
        return extra, (frozenset({doc.document_id}) if restrict else None)

    # ---- answer ----------------------------------------------------------------------------
    def _retrieved(self, ctx: Context) -> list[Retrieved]:
        """The passages the answer was drawn from (what the API returns as ``retrieved``)."""
        query, only = _search_of(ctx)
        return [
            Retrieved(
                c.doc.file,
                c.doc.document_id,
                c.chunk.page_start,
                c.chunk.section,
                c.chunk.text,
                round(c.score, 5),
                c.chunk.chunk_id,
            )
            for c in self.search.search(query, ctx.scope, TOP_K, extra=ctx.extra, only=only)
        ]

    def _nearby(self, ctx: Context) -> list[Citation]:
        """Where the documents come nearest a question they do not answer: the best sentence of each
        of the first NEARBY pages the sentence search finds within the question's scope (headings
        say nothing by themselves and are passed over)."""
        query, only = _search_of(ctx)
        out: list[Citation] = []
        for hit in self.search.units(query, ctx.scope, 4 * NEARBY, extra=ctx.extra, only=only):
            if is_heading(hit.unit.text):
                continue
            c = replace(cite(hit.doc, hit.status, hit.chunk, hit.unit.text), page=hit.unit.page)
            if all((c.document_id, c.page) != (o.document_id, o.page) for o in out):
                out.append(c)
            if len(out) == NEARBY:
                break
        return out

    def _years_fit(self, ctx: Context, draft: Draft) -> bool:
        """Every year the question names is in the quoted text or within the validity of a cited
        document: a budget for 2026 says nothing about 2027."""
        if not ctx.q.years or draft.sure:
            return True
        registry = self.store.registry
        docs = [d for c in draft.citations if (d := registry.get(c.document_id)) is not None]
        text = " ".join(c.quote for c in draft.citations) + " " + " ".join(d.meta.title or "" for d in docs)
        return all(str(y) in text or any(_valid_in(d, y) for d in docs) for y in ctx.q.years)

    def _finish(self, ctx: Context, draft: Draft, retrieved: list[Retrieved], said: str = "") -> Answer:
        """The answer from ``draft``: capped, with the status notes of what it cites. ``said`` is
        what the conversation's earlier answers said: a health note already given is not repeated."""
        notes = self._status_notes(ctx, [c.document_id for c in draft.citations], said)
        if notes and draft.answerer not in ("which_applies", "supersession", "doc_decision"):  # those say it
            note = f"\n{NOTE[ctx.language]} {notes}"
            text = _cap(draft.text, MAX_ANSWER_CHARS - len(note)) + note  # a status note is never cut off
        else:
            text = _cap(draft.text)
        answer = Answer(
            question=ctx.q.text,
            answer=_cap(text),
            abstained=False,
            citations=_distinct(draft.citations),
            retrieved=retrieved,
            kind=draft.answerer,
        )
        if self.llm is not None:
            candidates = self.search.search(ctx.q.search_text, ctx.scope, TOP_K, extra=ctx.extra)
            written = llm_answer(self.llm, answer, candidates, facts=draft.text)  # type: ignore[arg-type]
            if written is not answer:  # the model's text must carry the status notes too
                notes = self._status_notes(ctx, [c.document_id for c in written.citations], said)
                if notes:
                    written = replace(written, answer=f"{written.answer}\n{NOTE[ctx.language]} {notes}")
            answer = written
        return answer

    def _status_notes(self, ctx: Context, document_ids: Sequence[str], said: str = "") -> str:
        """Status sentences for the cited documents that do not apply on the scope's date (always),
        and the health report's notes (expires soon, no decision date) on those that do, unless an
        earlier answer of the conversation (``said``) gave them."""
        notes = []
        registry = self.store.registry
        for doc_id in dict.fromkeys(document_ids):
            doc = registry.get(doc_id)
            if doc is None:
                continue
            st = registry.status(doc, ctx.scope.as_of)
            if not is_current(st.status):
                notes.append(
                    reg_compose.status_sentence(
                        registry, doc, st, ctx.scope.as_of, ctx.language, ctx.visible_ids, ctx.scope.today
                    )
                )
            elif ctx.scope.today and ctx.scope.as_of != ctx.scope.today:
                # an answer about another date: say whether the document still applies today
                now = registry.status(doc, ctx.scope.today)
                if not is_current(now.status):
                    notes.append(
                        reg_compose.status_sentence(
                            registry,
                            doc,
                            now,
                            ctx.scope.today,
                            ctx.language,
                            ctx.visible_ids,
                            ctx.scope.today,
                        )
                    )
            else:  # in force: what the health report finds that a reader should hear about
                notes.extend(
                    n
                    for n in notes_for(doc, ctx.scope.as_of, ctx.language, audience=str(ctx.scope.audience))
                    if n not in said
                )
        return " ".join(notes)

    def _abstain(
        self,
        q: Question,
        retrieved: list[Retrieved],
        text: str | None = None,
        audience: Audience = Audience.RESIDENT,
    ) -> Answer:
        default = ABSTAIN if audience == Audience.RESIDENT else ABSTAIN_STAFF
        return Answer(
            question=q.text,
            answer=text or default[q.language],
            abstained=True,
            retrieved=retrieved,
            kind=q.kind,
        )


def _search_of(ctx: Context) -> tuple[str, set[str] | None]:
    """The text a question's passages are searched with, and the documents the search is kept to."""
    q = ctx.q
    return f"{q.search_text} {q.gloss}".strip(), (set(ctx.only) if ctx.only is not None else None)


def _distinct(citations: Sequence[Citation]) -> list[Citation]:
    """One source card per passage: two records drawn from one sentence cite it once."""
    seen: dict[tuple[str, int, str], Citation] = {}
    for c in citations:
        seen.setdefault((c.document_id, c.page, c.quote), c)
    return list(seen.values())


def _cap_keeping_note(text: str, limit: int, language: str) -> str:
    """``text`` capped at ``limit``, its status note ("Observera: ... är upphävd") never cut off."""
    body, marker, note = text.partition(f"\n{NOTE[language]} ")
    if not marker:
        return _cap(text, limit)
    tail = f"{marker}{note}"
    return _cap(body, max(limit - len(tail), limit // 3)) + tail


def _cap(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """An answer fits a chat bubble: cut at a sentence end before ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("\n"))
    return (cut[: end + 1] if end > limit // 2 else cut.rsplit(" ", 1)[0] + " …").rstrip()
