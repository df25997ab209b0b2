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
from assistant.evidence import BODY_WORDS, DURATION, MONEY, NUMBER, Evidence, Word
from assistant.filters import Filters, Scope
from assistant.generate import llm_answer
from assistant.glossary import default_glossary, without_glossed
from assistant.phrases import ABSTAIN, ACCORDING, EMPTY, NAMES, NOTE, OTHER_VERSION, PERSONAL, TOO_LONG
from assistant.question import (
    DOC_DECISION,
    FACT,
    NAME,
    SUPERSESSION,
    WHICH_APPLIES,
    WHO_DECIDES,
    Question,
    understand,
)
from assistant.question import PERSONAL as PERSONAL_KIND
from assistant.retrieval import Candidate, HybridSearch
from assistant.targets import Target, doc_years, lineage, rank_documents
from governance.notes import notes_for
from store.reader import Store
from store.schema import Audience, DocumentRecord, Status
from store.status import is_current
from store.vocabulary import doc_types, document_word, mentions, named_types

logger = logging.getLogger(__name__)

DOC_TYPES = doc_types()
DOCUMENT_WORD = document_word()

TOP_K = 8
MIN_SUPPORT = (
    0.57  # weighted share of the question's content words the cited text must cover (measured: eval/)
)
MIN_ENGLISH_WORDS = 2  # words an English question must share with the documents to be answered
AGREE_SUPPORT = 0.35  # enough when dense and lexical search agree on the cited passage
TARGET_MIN_SCORE = 0.9  # how clearly a document question must name its document
TARGET_MIN_COVERAGE = 0.6  # share of the title's distinctive words the question must name

_DOC_WORD = rf"(?:{DOCUMENT_WORD}|versionen|version|document|policy)"
# The question looks ahead to a document: a decided one that is not yet in force may answer it.
_FUTURE = re.compile(
    rf"\b(ny|nya|nytt|kommande|new|upcoming)\s+(\w+\s+)?{_DOC_WORD}\b|\b(träder i kraft|börjar gälla)\b", re.I
)
# The question compares versions: the other version's matching sentence is shown beside this one's.
_COMPARE = re.compile(
    r"\b(ändrats|ändrades|ändrat|förändrats|förändrades|skillnad|skillnaden|skillnader|jämfört med|"
    r"höjts|höjdes|höjs|sänkts|sänktes|sänks|changed|differ|difference)\b|\bdid\b[^?]{0,80}\bchange\b"
    rf"|\b(förra|tidigare|gamla|old|previous|earlier)\s+(\w+\s+)?{_DOC_WORD}\b",
    re.I,
)
# "kan nämnden själv anta ett nytt program?": the styrmodell's rule for the document type answers
_ADOPT_TYPE = re.compile(
    r"\b(anta|antar|antas|besluta om|beslutar om|fastställa|fastställer|godkänna|godkänner|adopts?|"
    r"approves?)\s+(ett |en |nytt |ny |nya |a |an |new )+"
    rf"(?P<type>{DOCUMENT_WORD}|programmes?|guidelines?|strateg(y|ies)|action plans?)\b",
    re.I,
)
# the document itself is what is decided: "beslutar om riktlinjen för ...", not "om representation enligt ..."
_DECIDES_DOCUMENT = re.compile(
    r"\b(beslutar|bestämmer|fattar beslut|antar|anta|fastställer|fastställa|godkänner|godkänna|decides|"
    r"decide|adopts|adopt|approves|approve)( om| on)? (den |det |the |en ny |ett nytt |a new )?"
    rf"(\w+ )?(?:{DOCUMENT_WORD}|guidelines?|polic(y|ies)|programmes?|plans?|strateg(y|ies)|"
    r"rules of procedure|delegation orders?)\b",
    re.I,
)
# "vilken representationspolicy gällde då?" asks for a document, whatever situation comes before it
_ASKS_WHICH_DOCUMENT = re.compile(
    rf"\b(vilken|vilket|vilka|which)\s+(\w+\s+)?{DOCUMENT_WORD}\s+(gäller|gällde|gälla|applies|applied)\b",
    re.I,
)
# "vilket tidigare reglemente ersätts?" asks which document came before, not how a fact changed
_WHICH_EARLIER = re.compile(
    r"\b(vilket|vilken|vilka|vad|which|what)\s+(tidigare|förra|gamla|previous|earlier|old)\b", re.I
)
# "hur lång tid / hur snabbt": a span of time, such as "inom 10 arbetsdagar", answers it
_WANTS_DURATION = re.compile(
    r"\b(hur länge|hur lång tid|hur snabbt|hur fort|senast när|how long|how soon)\b", re.I
)
# "hur länge / hur ofta" asks for a period: of a document when it names one, else of something in one
_WANTS_PERIOD = re.compile(r"\b(hur länge|hur lång|hur långt|hur ofta|how long|how often)\b", re.I)
_WANTS_DATE = re.compile(r"^\s*(när|from when|when)\b|\bvilket datum\b|\bsenast när\b", re.I)
_WANTS_NUMBER = re.compile(
    r"\b(hur mycket|hur många|hur stor|hur höga?|vad kostar|vilket belopp|vilken avgift|vilken timavgift|"
    r"hur mycket pengar|how much|how many)\b",
    re.I,
)


_WANTS_MONEY = re.compile(
    r"\b(vad kostar|kostar|kosta|vilket belopp|hur mycket pengar|avgift\w*|taxa\w*|budget\w*|ram\w*|"
    r"hur mycket (fick|får|ska|kan)|hur stor)\b",
    re.I,
)
_DEFINITION = re.compile(
    r"^\s*(vad (menas|avses) med|vad är|vad betyder|vad innebär|what is|what are)\s+"
    r"(ett |en |a |an )?([\wåäö-]+)",
    re.I,
)


# someone who can do or decide a thing: a body, a role, an agent noun (fastighetsägaren, handläggare)
_AGENT = re.compile(
    r"\b(?!(tidigare|senare|följande|motsvarande|gällande|kommande|bara|andra)\b)"
    r"\w+(ägare|ägaren|ägarna|are|aren|arna|ande|anden|ansvarig|ansvariga)\b",
    re.I,
)
_ACRONYM = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,5}(?![\wåäö])")  # IT, LVM, PBL


def _names_someone(text: str) -> bool:
    """Does ``text`` name a body, a role or someone who acts? A who-decides answer must."""
    return bool(BODY_WORDS.search(text) or _AGENT.search(text))


def _want(text: str) -> re.Pattern[str] | None:
    """The shape of the asked-for thing: a definition of X, an amount, a number."""
    if m := _DEFINITION.search(text):
        stem = re.escape(m[4].lower()[: max(4, len(m[4]) - 2)])
        return re.compile(rf"^\W*{stem}\w*\s*(:|är|innebär|avser|betyder)", re.I)
    if _WANTS_MONEY.search(text) and _WANTS_NUMBER.search(text):
        return MONEY
    if _WANTS_NUMBER.search(text):
        return NUMBER
    if _WANTS_DURATION.search(text):
        return DURATION
    return None


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
        answer = self._answer(q, scope)
        return replace(answer, id=id, filters=scope.to_dict())

    # ------------------------------------------------------------------------------------------
    def _abstain(self, q: Question, retrieved: list[Retrieved], text: str | None = None) -> Answer:
        return Answer(
            question=q.text,
            answer=text or ABSTAIN[q.language],
            abstained=True,
            retrieved=retrieved,
            kind=q.kind,
        )

    def _answer(self, q: Question, scope: Scope) -> Answer:
        if q.kind == PERSONAL_KIND:
            return self._abstain(q, [], PERSONAL[q.language])
        if q.kind == NAME:
            return self._abstain(q, [], NAMES[q.language])
        evidence = self._evidence()
        visible = self.search.visible_documents(scope.audience)
        target = self._target(q, evidence, visible)
        kind = q.kind
        if kind == WHICH_APPLIES and not _ASKS_WHICH_DOCUMENT.search(q.text) and (
            (target is None and not named_types(f"{q.text} {q.gloss}"))
            or _WANTS_NUMBER.search(q.text)
            or _WANTS_DATE.search(q.text)
            or (target is not None and self._asks_beyond_title(q, evidence, target))
            or (target is None and _WANTS_PERIOD.search(q.text))
        ):
            kind = FACT  # "vilken timavgift gäller?", "vilken åtgärdstid gäller för X" ask for a fact
        if kind == WHO_DECIDES and target is not None and (
            (
                _DECIDES_DOCUMENT.search(f"{q.text} {q.gloss}")
                and not self._asks_beyond_title(q, evidence, target)
            )
            or self._asks_to_adopt_its_type(q, target)
        ):
            kind = DOC_DECISION  # "vem beslutar om riktlinjen för medborgardialog?" asks for its decision
        if (
            kind == SUPERSESSION
            and _COMPARE.search(q.text)
            and not _WHICH_EARLIER.search(q.text)
            and (target is None or self._asks_beyond_title(q, evidence, target))
        ):
            kind = FACT  # "har gåvobeloppet ändrats när policyn ersattes?" compares a fact across versions
        extra, only = self._documents_named(q, scope, target, visible)
        if _FUTURE.search(q.text):
            extra = extra | self._decided_not_yet_in_force(scope, visible)
        candidates = self.search.search(q.search_text, scope, TOP_K, extra=extra, only=only)
        retrieved = [
            Retrieved(
                c.doc.file,
                c.doc.document_id,
                c.chunk.page_start,
                c.chunk.section,
                c.chunk.text,
                round(c.score, 5),
                c.chunk.chunk_id,
            )
            for c in candidates
        ]
        words = self._words(q, evidence)
        composed: Composed | None = None
        if kind in (DOC_DECISION, SUPERSESSION, WHICH_APPLIES):
            composed = self._registry_answer(q, kind, scope, target, candidates, visible)
            if composed is not None and not composed.citations:
                return self._abstain(q, retrieved, composed.text)  # "the document does not state it"
        if composed is None and words and all(w.terms[0].isdigit() for w in words):
            return self._abstain(q, retrieved)  # "2024" alone asks about nothing
        if composed is None and candidates and self._too_few_english_words(q, words, evidence):
            # An English question is matched through the few words it shares with the Swedish
            # documents (names, bodies, figures); one such word does not show what it is about.
            return self._abstain(q, retrieved)
        if composed is None and candidates:
            allowed = self.search.allowed(scope, extra)
            if only is not None:
                allowed = {d: v for d, v in allowed.items() if d in only}
            adopted_type = self._adopted_type(q, target)
            if kind == WHO_DECIDES and adopted_type:
                # "kan nämnden själv anta ett nytt program?": the styrmodell's rule for the type, or
                # nothing: a rule found inside some document of the type is not that rule
                composed = self._type_rule(adopted_type, scope, visible, evidence, q.language)
                if composed is None:
                    return self._abstain(q, retrieved)
            if kind == WHO_DECIDES and composed is None:
                composed = text_compose.who_decides(
                    evidence,
                    self.store.registry,
                    self.search,
                    q.search_text,
                    words,
                    candidates,
                    allowed,
                    self.search.abbreviations(),
                    q.language,
                )
            if composed is None or composed.support < MIN_SUPPORT:
                fallback = text_compose.fact(
                    evidence, words, candidates, _want(q.text) or _want(q.search_text), q.language
                )
                if kind == WHO_DECIDES and fallback is not None and not _names_someone(fallback.text):
                    fallback = None  # "vem ...?" is not answered by a sentence that names nobody
                if fallback is not None and (composed is None or fallback.support > composed.support):
                    composed = fallback
            if composed is not None and self._supported(composed, candidates, words):
                if _COMPARE.search(q.text):
                    composed = self._with_other_version(composed, q, scope, words, evidence, visible)
                composed = self._with_status_note(composed, scope, q.language)
        if composed is None or not composed.citations or not self._supported(composed, candidates, words):
            return self._abstain(q, retrieved)
        if not self._acronyms_met(q, composed):
            return self._abstain(q, retrieved)  # the IT-jour's number is not the snow jour's
        if kind in (WHO_DECIDES, FACT) and not self._years_fit(q, composed):
            return self._abstain(q, retrieved)  # "driftram för 2027" is not answered by the 2026 budget
        answer = Answer(
            question=q.text,
            answer=composed.text,
            abstained=False,
            citations=composed.citations,
            retrieved=retrieved,
            kind=kind,
        )
        if self.llm is not None:
            written = llm_answer(self.llm, answer, candidates, facts=composed.text)  # type: ignore[arg-type]
            if written is not answer:  # the model's text must carry the status notes too
                notes = self._status_notes([c.document_id for c in written.citations], scope, q.language)
                if notes:
                    written = replace(written, answer=f"{written.answer}\n{NOTE[q.language]} {notes}")
            answer = written
        return answer

    def _acronyms_met(self, q: Question, composed: Composed) -> bool:
        """An acronym the question names (IT, LVM, PBL) is its subject: the quotes or the cited
        documents' titles must name it too."""
        letters = [ch for ch in q.text if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) > len(letters) / 2:
            return True  # A QUESTION TYPED IN CAPITALS has no acronyms to tell apart
        acronyms = _ACRONYM.findall(q.text)
        if not acronyms:
            return True
        docs = self._cited_documents(composed)
        said = [c.quote for c in composed.citations]
        said += [f"{d.meta.title or ''} {d.meta.decided_by or ''}" for d in docs]
        have = set(self.store.lexical.terms(" ".join(said)))
        # "KF" is met by "kf" or by all of its expansion, "kommunfullmäktige"; "PBL" not by "plan" alone
        for acronym in acronyms:
            terms = self.store.lexical.terms(acronym)
            if terms and terms[0] not in have and not (len(terms) > 1 and set(terms[1:]) <= have):
                return False
        return True

    def _too_few_english_words(self, q: Question, words: list[Word], evidence: Evidence) -> bool:
        """An English question answered from passages needs :data:`MIN_ENGLISH_WORDS` words of
        its own besides document types ("Which guideline replaced the old one?" has none)."""
        if q.language != "en" or q.kind == WHO_DECIDES:  # "who decides on X" needs X alone
            return False
        types = {w.terms[0] for t in DOC_TYPES if " " not in t for w in evidence.title_words(t)}
        return len([w for w in words if w.terms[0] not in types]) < MIN_ENGLISH_WORDS

    def _asks_to_adopt_its_type(self, q: Question, target: Target) -> bool:
        """ "Kan nämnden anta en ny representationspolicy?" names the document it asks about."""
        m = _ADOPT_TYPE.search(q.text)
        return m is not None and (target.doc.meta.doc_type or "").lower() in named_types(m["type"])

    def _adopted_type(self, q: Question, target: Target | None) -> str | None:
        """The document type a question asks who may adopt ("anta ett nytt program"), unless the
        question names a document of that type itself ("anta en ny representationspolicy")."""
        m = _ADOPT_TYPE.search(q.text)
        if m is None:
            return None
        swedish = " ".join(default_glossary().swedish_words(m["type"]))
        types = named_types(m["type"]) or named_types(swedish)
        if not types:
            return None
        doc_type = min(types)
        if target is not None and (target.doc.meta.doc_type or "").lower() == doc_type:
            return None
        return doc_type

    def _type_rule(
        self, doc_type: str, scope: Scope, visible: list[DocumentRecord], evidence: Evidence, language: str
    ) -> Composed | None:
        """Who decides a document of a type, by the styrmodell's rule for that type ("det är
        kommunfullmäktige som fastställer det"): the styrmodell defines the types and their owners."""
        models = {d.document_id for d in visible if (d.meta.doc_type or "").lower() == "styrmodell"}
        if not models:
            return None
        words = evidence.words(doc_type)
        candidates = self.search.search(f"{doc_type} beslutas fastställer", scope, TOP_K, only=models)
        rule = text_compose.rule_sentence(evidence, words, candidates, language)
        if rule is None or rule.support < MIN_SUPPORT or not mentions(rule.citations[0].quote, doc_type):
            return None  # "uppdragsplanen beslutas av nämnden" is no rule for plans
        return rule

    def _cited_documents(self, composed: Composed) -> list[DocumentRecord]:
        registry = self.store.registry
        return [d for c in composed.citations if (d := registry.get(c.document_id)) is not None]

    def _years_fit(self, q: Question, composed: Composed) -> bool:
        """Every year the question names is in the quoted text or within the validity of a cited
        document: a budget for 2026 says nothing about 2027."""
        if not q.years:
            return True
        docs = self._cited_documents(composed)
        quotes = " ".join(c.quote for c in composed.citations)
        text = quotes + " " + " ".join(d.meta.title or "" for d in docs)
        for year in q.years:
            if str(year) in text:
                continue
            if not any(_valid_in(d, year) for d in docs):
                return False
        return True

    def _decided_not_yet_in_force(self, scope: Scope, visible: list[DocumentRecord]) -> frozenset[str]:
        registry = self.store.registry
        return frozenset(
            d.document_id for d in visible if registry.status(d, scope.as_of).status is Status.NOT_YET
        )

    def _with_other_version(
        self,
        composed: Composed,
        q: Question,
        scope: Scope,
        words: list[Word],
        evidence: Evidence,
        visible: list[DocumentRecord],
    ) -> Composed:
        """For "har beloppet ändrats?": the best sentence of the version before (or after) the cited
        one, quoted beside it, so that the reader sees both values and where each stands."""
        registry = self.store.registry
        if not composed.citations:
            return composed
        cited = registry.get(composed.citations[0].document_id)
        if cited is None:
            return composed
        visible_ids = {d.document_id for d in visible}
        family = [d for d in lineage(registry, cited) if d.document_id in visible_ids]
        ids = [d.document_id for d in family]
        if len(family) < 2 or cited.document_id not in ids:
            return composed
        i = ids.index(cited.document_id)
        other = family[i - 1] if i > 0 else family[i + 1]
        only = {other.document_id}
        candidates = self.search.search(q.search_text, scope, TOP_K, extra=frozenset(only), only=only)
        found = None
        if candidates:
            found = text_compose.fact(evidence, words, candidates, _want(q.text), q.language)
        if found is None or not found.citations or found.support < AGREE_SUPPORT:
            return composed
        when = OTHER_VERSION[q.language][0 if i > 0 else 1]
        label = reg_compose.label(other)
        frame = ACCORDING[q.language].format(title=other.meta.title or other.file)
        quote = found.text.removeprefix(frame)
        text = f"{composed.text}\n{when}, {label}: {quote}"
        return replace(composed, text=text, citations=composed.citations + found.citations)

    def _asks_beyond_title(self, q: Question, evidence: Evidence, target: Target) -> bool:
        """Does the question ask about something in the document rather than the document itself?"""
        title = {t for w in evidence.words(target.doc.meta.title or "") for t in w.terms}
        types = {t for w in evidence.title_words(" ".join(DOC_TYPES)) for t in w.terms}
        words = self._own_words(q, evidence)
        rest = [w for w in words if not w.token.isdigit() and evidence.covered(w, title | types) == 0]
        return bool(rest)

    def _documents_named(
        self, q: Question, scope: Scope, target: Target | None, visible: list[DocumentRecord]
    ) -> tuple[frozenset[str], set[str] | None]:
        """Documents the question's own words bring in (``extra``) or restrict to (``only``).

        A version named by year ("policyn från 2019") or a document that no longer applies but is
        named clearly ("handlingsplanen för trygghet 2020–2022") may be searched whatever its status
        — the answer then says it does not apply. "Enligt <document>" restricts the search to it.
        """
        if target is None:
            return frozenset(), None
        registry = self.store.registry
        asked_version = bool(set(q.years) & doc_years(target.doc))
        doc = target.doc if asked_version else self._current_version(target.doc, scope, visible)
        current = is_current(registry.status(doc, scope.as_of).status)
        extra = frozenset() if current else frozenset({doc.document_id})
        restrict = asked_version or re.search(r"\b(enligt|according to)\b", q.text, re.I)
        return extra, ({doc.document_id} if restrict else None)

    def _supported(self, composed: Composed, candidates: list[Candidate], words: list[Word]) -> bool:
        """Enough evidence to answer: the cited text covers the question's words, or — for a
        paraphrase — it covers a good part of them and comes from the passage that dense and
        lexical search both rank first."""
        if composed.support >= MIN_SUPPORT:
            return True
        if composed.support < AGREE_SUPPORT or not candidates or not composed.citations:
            return False
        top = candidates[0]
        both_first = top.dense_rank == 0 and top.lexical_rank == 0
        known = [w for w in words if self.store.lexical.df(w.terms[0])]
        if not known:
            return False  # only words the documents never use ("kommunalskatten i Örebro"): nothing agrees
        # the rarest word the documents use must be there: agreement is no licence to change subject
        heaviest = max(known, key=lambda w: w.weight)
        have = set(self.store.lexical.terms(composed.text))
        if self._ev is not None and self._ev.covered(heaviest, have) == 0:
            return False
        first_cited = composed.citations[0]
        return both_first and (first_cited.document_id, first_cited.page) == (
            top.doc.document_id,
            top.chunk.page_start,
        )

    def _evidence(self) -> Evidence:
        """Term statistics of the current lexical index (rebuilt when an ingest switched generations)."""
        self.store.refresh()
        ev = self._ev
        if ev is None or ev.lexical is not self.store.lexical:
            ev = self._ev = Evidence(self.store.lexical)
        return ev

    def _own_words(self, q: Question, evidence: Evidence) -> list[Word]:
        """The question's content words; an English question's are its glossary words and the
        words the documents share with it ("still", "now" ask nothing of Swedish documents, and
        "personal data" is personuppgifter, not personal and data)."""
        if q.language != "en":
            return evidence.words(q.text)
        words = evidence.words(f"{without_glossed(default_glossary(), q.text)} {q.gloss}")
        return [w for w in words if w not in evidence.unknown_words(words)]

    def _words(self, q: Question, evidence: Evidence) -> list[Word]:
        """The content words an answer must cover; a follow-up borrows the previous question's."""
        words = self._own_words(q, evidence)
        refers = re.search(r"\b(samma|den|det|dess|denna|detta)\b", q.text, re.I)
        if q.follow_up and (len(words) <= 1 or refers):
            own = {x.terms[0] for x in words}
            # the previous question's words count less: "Och om marklov?" replaces its subject
            extra = [
                replace(w, weight=w.weight * 0.3)
                for w in evidence.words(q.search_text)
                if w.terms[0] not in own
            ]
            words = words + extra
        return words

    def _target(self, q: Question, evidence: Evidence, visible: list[DocumentRecord]) -> Target | None:
        """The document the question names by its title, if it names one clearly."""
        text = q.search_text if q.follow_up else q.text
        if q.gloss and not q.follow_up:
            text = f"{text} {q.gloss}"  # "the representation policy" names Representationspolicy
        ranked = rank_documents(evidence, text, q.years, visible)
        if not ranked or ranked[0].score < TARGET_MIN_SCORE or ranked[0].coverage < TARGET_MIN_COVERAGE:
            return None
        return ranked[0]

    def _status_notes(self, document_ids: Sequence[str], scope: Scope, language: str) -> str:
        """Status sentences for the cited documents that do not apply on the scope's date, and the
        health report's notes (expires soon, no decision date) on those that do."""
        notes = []
        registry = self.store.registry
        visible_ids = {d.document_id for d in self.search.visible_documents(scope.audience)}
        for doc_id in dict.fromkeys(document_ids):
            doc = registry.get(doc_id)
            if doc is None:
                continue
            st = registry.status(doc, scope.as_of)
            if not is_current(st.status):
                notes.append(
                    reg_compose.status_sentence(
                        registry, doc, st, scope.as_of, language, visible_ids, scope.today
                    )
                )
            else:  # in force: what the health report finds that a reader should hear about
                notes.extend(notes_for(doc, scope.as_of, language))
        return " ".join(notes)

    def _with_status_note(self, composed: Composed, scope: Scope, language: str = "sv") -> Composed:
        """An answer drawn from a document that does not apply on the date says so."""
        notes = self._status_notes([c.document_id for c in composed.citations], scope, language)
        if not notes:
            return composed
        return replace(composed, text=f"{composed.text}\n{NOTE[language]} {notes}")

    def _registry_answer(
        self,
        q: Question,
        kind: str,
        scope: Scope,
        target: Target | None,
        candidates: list[Candidate],
        visible: list[DocumentRecord],
    ) -> Composed | None:
        """Document-level questions are answered from the registry, about the document they name."""
        registry = self.store.registry
        if target is None:
            if kind not in (WHICH_APPLIES, DOC_DECISION) or not candidates:
                return None
            # "vilken policy gällde 2020?", "när antogs den nya miljötaxan?": the best passage of the
            # named type, else no answer here
            types = named_types(f"{q.text} {q.gloss}")
            of_type = next((c.doc for c in candidates if (c.doc.meta.doc_type or "") in types), None)
            if of_type is None:
                return None  # "gäller strategin för digitalisering?" is not answered by another document
            doc = of_type
            # "gäller delegationsordningen från 2021 fortfarande?": the version of that year was asked about
            visible_ids = {d.document_id for d in visible}
            asked = [
                d
                for d in lineage(registry, doc)
                if d.document_id in visible_ids and set(q.years) & doc_years(d)
            ]
            asked_version = len(asked) == 1
            if asked_version:
                doc = asked[0]
        else:
            doc = target.doc
            asked_version = bool(set(q.years) & doc_years(doc))
        if not asked_version:
            doc = self._current_version(doc, scope, visible)
        if all(doc.document_id != d.document_id for d in visible):
            return None  # never a document the audience may not read, whatever path led to it
        st = registry.status(doc, scope.as_of)
        if kind == DOC_DECISION:
            return reg_compose.doc_decision(registry, doc, st, scope.as_of, visible, q.language)
        if kind == SUPERSESSION:
            return reg_compose.supersession(registry, doc, st, scope.as_of, visible, q.language)
        family = lineage(registry, doc)
        return reg_compose.which_applies(
            registry, doc, family, scope.as_of, visible, asked_version, q.language, scope.today
        )

    def _current_version(
        self, doc: DocumentRecord, scope: Scope, visible: list[DocumentRecord]
    ) -> DocumentRecord:
        """The version of ``doc``'s lineage that applies on the scope's date, when the question named
        no version ("när antogs representationspolicyn?" means the one in force)."""
        registry = self.store.registry
        visible_ids = {d.document_id for d in visible}
        family = [d for d in lineage(registry, doc) if d.document_id in visible_ids]
        current = [d for d in family if is_current(registry.status(d, scope.as_of).status)]
        return current[-1] if current else doc
