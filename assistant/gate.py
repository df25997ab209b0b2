"""One abstention decision: answer or say "no support", from the draft's measured signals.

A logistic model per answerer (``gate.json``: weights, bias and the probability threshold) turns the
signals into the probability that the draft is right. It is fitted on the development questions
(``python -m eval.fit_gate``) at an operating point of at least 0.9 abstention recall, and checked
on the held-out questions. Registry answers about a named document (``Draft.sure``) need no gate.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.answerers.base import Draft
from assistant.errors import AssistantError

GATE_FILE = Path(__file__).with_name("gate.json")


class Model(BaseModel):
    """A logistic model over named signals; a signal a draft lacks counts as 0."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    weights: dict[str, float]
    bias: float
    threshold: float  # answer when the probability is at least this
    means: dict[str, float] = {}  # standardisation the weights were fitted with
    scales: dict[str, float] = {}

    def probability(self, signals: dict[str, float]) -> float:
        z = self.bias
        for name, w in self.weights.items():
            x = signals.get(name, 0.0)
            x = (x - self.means.get(name, 0.0)) / (self.scales.get(name, 1.0) or 1.0)
            z += w * x
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


class GateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    models: dict[str, Model]  # answerer name -> model
    fitted_on: list[str] = []  # question sets
    note: str = ""


@dataclass(frozen=True)
class Decision:
    answer: bool
    probability: float


# Until a model is fitted: the coverage of the question's weighted words, as measured before.
_DEFAULT = Model(weights={"support": 12.0}, bias=-12.0 * 0.57, threshold=0.5)


@lru_cache(maxsize=4)
def load(path: Path = GATE_FILE) -> GateFile:
    """The fitted gate; a missing file means the default rule, a malformed one is an error."""
    if not path.exists():
        return GateFile(models={})
    try:
        return GateFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise AssistantError(
            f"the answer gate {path} cannot be read ({exc}); refit it with "
            "`python -m eval.fit_gate` or delete it to use the default"
        ) from exc


def decide(draft: Draft, gate: GateFile | None = None) -> Decision:
    """Answer with ``draft`` or abstain."""
    if draft.sure:
        return Decision(True, 1.0)
    gate = gate or load()
    model = gate.models.get(draft.answerer, _DEFAULT)
    p = model.probability(draft.signals)
    return Decision(p >= model.threshold, p)
