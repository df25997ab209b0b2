"""The fitted logistic models of the assistant, read from JSON beside this module.

``gate.json`` holds one model per answerer (the abstention decision, :mod:`assistant.gate`);
``ranker.json`` the sentence ranker of fact answers (:mod:`assistant.answerers.facts`). Both are
fitted on development questions by ``python -m eval.fit_gate`` and ``python -m eval.fit_ranker``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import AssistantError

PRODUCT_SCALE = 100.0  # embedding products are small; scaled before standardising
GATE_FILE = Path(__file__).with_name("gate.json")
RANKER_FILE = Path(__file__).with_name("ranker.json")


class Model(BaseModel):
    """A logistic model over named signals; a signal a draft lacks counts as 0."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    weights: dict[str, float]
    bias: float
    threshold: float  # answer when the probability is at least this
    means: dict[str, float] = {}  # standardisation the weights were fitted with
    scales: dict[str, float] = {}
    # A learned similarity: weights over the element-wise product of the question's and the
    # sentence's embeddings (a weighted cosine), standardised like the signals. Empty: not used.
    vector_weights: list[float] = []
    vector_means: list[float] = []
    vector_scales: list[float] = []

    def probability(self, signals: dict[str, float], product: Sequence[float] | None = None) -> float:
        z = self.bias
        for name, w in self.weights.items():
            x = signals.get(name, 0.0)
            x = (x - self.means.get(name, 0.0)) / (self.scales.get(name, 1.0) or 1.0)
            z += w * x
        if self.vector_weights and product is not None and len(product) == len(self.vector_weights):
            for w, x, m, sc in zip(
                self.vector_weights, product, self.vector_means, self.vector_scales, strict=True
            ):
                z += w * (x * PRODUCT_SCALE - m) / (sc or 1.0)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


class GateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    models: dict[str, Model]  # answerer name -> model
    fitted_on: list[str] = []  # question sets
    note: str = ""


@lru_cache(maxsize=4)
def load_gate(path: Path = GATE_FILE) -> GateFile:
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


@lru_cache(maxsize=4)
def load_ranker(path: Path = RANKER_FILE) -> Model | None:
    """The fitted sentence ranker of fact answers; None until fitted."""
    if not path.exists():
        return None
    try:
        return Model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise AssistantError(
            f"the sentence ranker {path} cannot be read ({exc}); refit it with "
            "`python -m eval.fit_ranker` or delete it to use the default"
        ) from exc
