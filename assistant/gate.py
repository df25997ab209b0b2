"""One abstention decision: answer or say "no support", from the draft's measured signals.

A logistic model per answerer (``gate.json``, see :mod:`assistant.models`) turns the signals into
the probability that the draft is right. It is fitted on the development questions
(``python -m eval.fit_gate``) at an operating point of at least 0.9 abstention recall, and checked
on the held-out questions. Registry answers about a named document (``Draft.sure``) need no gate.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answerers.base import Draft
from assistant.models import GateFile, Model, load_gate


@dataclass(frozen=True)
class Decision:
    answer: bool
    probability: float


# Until a model is fitted: the coverage of the question's weighted words, as measured before.
_DEFAULT = Model(weights={"support": 12.0}, bias=-12.0 * 0.57, threshold=0.5)


def decide(draft: Draft, gate: GateFile | None = None) -> Decision:
    """Answer with ``draft`` or abstain."""
    if draft.sure:
        return Decision(True, 1.0)
    gate = gate or load_gate()
    model = gate.models.get(draft.answerer, _DEFAULT)
    p = model.probability(draft.signals)
    return Decision(p >= model.threshold, p)
