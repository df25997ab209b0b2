"""The development sets a fitted model learns from, each with an assistant over its own store.

The one place that refuses a held-out set: :mod:`eval.fit_gate` and :mod:`eval.fit_ranker` read
their questions through :func:`development`, so neither can learn from the held-out documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from assistant.service import Assistant
from eval.questions import BLIND_SETS, EVAL_TODAY, QuestionSet, load_set, resolve_sets
from eval.runner import RunConfig, store_for
from store.embeddings import make_embeddings
from store.reader import Store


def development(
    set_names: list[str], fitted: str, store_base: Path | None = None
) -> Iterator[tuple[QuestionSet, Store, Assistant]]:
    """Each named development set (all of them when none is named) with its store and an assistant
    whose "today" is the evaluation's. ``fitted`` names what is being fitted, for the refusal."""
    paths = resolve_sets(set_names or None)
    config = RunConfig(sets=paths) if store_base is None else RunConfig(sets=paths, store_base=store_base)
    embeddings = make_embeddings(config.embeddings)
    for path in paths:
        qs = load_set(path)
        if qs.blind or qs.name in BLIND_SETS:
            raise SystemExit(f"{qs.name} is held out: {fitted} is fitted on development sets only")
        store = Store.open(store_for(config, config.embeddings, qs.sources), embeddings=embeddings)
        yield qs, store, Assistant(store, today=lambda: EVAL_TODAY)
