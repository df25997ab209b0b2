"""What every answerer gets (a :class:`Context`) and gives back (a :class:`Draft`).

An answerer takes one kind of question and drafts an answer from the registry, the decision
records or the answer units; it never decides alone whether the draft is good enough to show: it
reports the measured signals, and :mod:`assistant.gate` decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.answer import Citation
from assistant.decisions import RecordIndex
from assistant.evidence import Evidence, Word
from assistant.filters import Scope
from assistant.question import Question
from assistant.retrieval import HybridSearch, UnitHit
from assistant.targets import Target
from store.reader import Store
from store.schema import DocumentRecord

# A kind the service routes to: who decides a kind of document ("vem antar ett program?"), answered by
# the rule for the type or not at all.
TYPE_RULE = "type_rule"


@dataclass(frozen=True)
class Context:
    """One question in its scope, with everything an answerer may read."""

    q: Question
    scope: Scope
    store: Store
    search: HybridSearch
    evidence: Evidence
    visible: list[DocumentRecord]  # every document the audience may read, whatever its status
    words: list[Word]  # the question's content words, weighted (what an answer must cover)
    target: Target | None = None  # the document the question names, if it names one clearly
    extra: frozenset[str] = frozenset()  # documents the question brings in whatever their status
    only: frozenset[str] | None = None  # documents the question restricts itself to
    decisions: RecordIndex | None = None  # the store's decision records
    kind: str = ""  # the kind the question is answered as (its own, or as routed by what it names)

    @property
    def language(self) -> str:
        return self.q.language

    @property
    def visible_ids(self) -> set[str]:
        return {d.document_id for d in self.visible}


@dataclass(frozen=True)
class Draft:
    """An answer before the gate and the final composition.

    ``sure`` marks a registry fact about the document the question names (who adopted it, what it
    replaces): it needs no gate. Everything else carries ``signals`` for the gate.
    """

    text: str
    citations: list[Citation]
    answerer: str
    signals: dict[str, float] = field(default_factory=dict)
    sure: bool = False
    hits: tuple[UnitHit, ...] = ()
    notes: tuple[str, ...] = ()  # sentences to add after the gate (status of a cited document, ...)


Answerer = Callable[[Context], Draft | None]
