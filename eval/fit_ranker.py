"""Fit the sentence ranker of fact answers (``assistant/ranker.json``) on the development questions.

For every answerable development question, the units its search retrieves are labelled by whether
they hold the expected answer (every ``must_contain`` phrase, in a gold document). A logistic
model over :func:`assistant.answerers.facts.unit_features` learns which unit answers; cross-validation
grouped by gold document reports how often the top unit, and the top three, hold the answer
before and after. Held-out sets are never used here.

Usage::

    .venv/bin/python -m eval.fit_ranker [SET ...] [--write]
"""

from __future__ import annotations

import argparse
import json
import logging
import random
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from assistant.answerers.facts import DEFAULT_RANKER, UNITS_K, products, unit_features
from assistant.models import PRODUCT_SCALE, RANKER_FILE, Model
from eval.devsets import development
from eval.fit_gate import FOLDS, _fit
from eval.metrics import normalise, phrase_found
from eval.questions import EVAL_TODAY, ROOT
from store.schema import Audience

logger = logging.getLogger(__name__)


@dataclass
class Candidates:
    qid: str
    group: str
    features: list[dict[str, float]]
    labels: list[bool]
    products: list[list[float]]


def collect(set_names: list[str]) -> list[Candidates]:
    out: list[Candidates] = []
    for qs, _store, assistant in development(set_names, "the ranker"):
        for q in qs.questions:
            if not q.answerable:
                continue
            ctx = assistant.context(
                q.question, audience=Audience(q.audience), as_of=q.ask_as_of(EVAL_TODAY), history=q.history
            )
            if ctx is None:
                continue
            query = f"{ctx.q.search_text} {ctx.q.gloss}".strip()
            only = set(ctx.only) if ctx.only is not None else None
            hits = ctx.search.units(query, ctx.scope, UNITS_K, extra=ctx.extra, only=only)
            labels = [
                h.doc.file in q.gold_documents
                and all(phrase_found(p, normalise(h.unit.text)) for p in q.must_contain)
                for h in hits
            ]
            if not any(labels):
                continue  # the answer is not among the units (a registry fact, or not retrieved)
            group = f"{qs.name}:{q.gold_documents[0]}"
            feats = [unit_features(ctx, h, r) for r, h in enumerate(hits)]
            prods = [p or [0.0] * DIMENSIONS for p in products(ctx, query, hits)]
            out.append(Candidates(f"{qs.name}:{q.id}", group, feats, labels, prods))
        logger.info("%s: %d questions", qs.name, len(qs.questions))
    return out


DIMENSIONS = 384  # multilingual-e5-small
L2 = 30.0  # the product weights are many: they are held close to zero unless the data says otherwise


def fit(cands: list[Candidates]) -> Model:
    """Logistic regression over the units' signals and the question-unit embedding products."""
    names = sorted({k for c in cands for f in c.features for k in f})
    x = np.array(
        [
            [f.get(n, 0.0) for n in names] + [v * PRODUCT_SCALE for v in p]
            for c in cands
            for f, p in zip(c.features, c.products, strict=True)
        ]
    )
    y = np.array([1.0 if ok else 0.0 for c in cands for ok in c.labels])
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    w, b = _fit((x - means) / scales, y, l2=L2)
    k = len(names)
    return Model(
        weights=dict(zip(names, map(float, w[:k]), strict=True)),
        bias=b,
        threshold=0.5,
        means=dict(zip(names, map(float, means[:k]), strict=True)),
        scales=dict(zip(names, map(float, scales[:k]), strict=True)),
        vector_weights=[float(v) for v in w[k:]],
        vector_means=[float(v) for v in means[k:]],
        vector_scales=[float(v) for v in scales[k:]],
    )


def top_k(cands: list[Candidates], scores: dict[str, list[float]], k: int) -> float:
    hit = 0
    for c in cands:
        order = sorted(range(len(c.labels)), key=lambda i: -scores[c.qid][i])
        hit += any(c.labels[i] for i in order[:k])
    return hit / len(cands) if cands else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit the sentence ranker on development question sets.")
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--write", action="store_true", help=f"write {RANKER_FILE.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cands = collect(args.sets)
    groups = sorted({c.group for c in cands})
    if len(groups) < FOLDS:
        raise SystemExit(
            f"cross-validation by document needs answers in at least {FOLDS} gold documents; "
            f"{' '.join(args.sets) or 'the sets'} have {len(groups)}: name more sets"
        )
    random.Random(7).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    cv: dict[str, list[float]] = defaultdict(list)
    for fold in range(FOLDS):
        model = fit([c for c in cands if fold_of[c.group] != fold])
        for c in cands:
            if fold_of[c.group] == fold:
                cv[c.qid] = [model.probability(f, p) for f, p in zip(c.features, c.products, strict=True)]
    retrieval = {c.qid: [f["rrf"] for f in c.features] for c in cands}
    default = {c.qid: [DEFAULT_RANKER.probability(f) for f in c.features] for c in cands}
    report = {
        "questions": len(cands),
        "retrieval_top1": round(top_k(cands, retrieval, 1), 3),
        "retrieval_top3": round(top_k(cands, retrieval, 3), 3),
        "default_top1": round(top_k(cands, default, 1), 3),
        "default_top3": round(top_k(cands, default, 3), 3),
        "ranker_top1_cv": round(top_k(cands, cv, 1), 3),
        "ranker_top3_cv": round(top_k(cands, cv, 3), 3),
    }
    print(json.dumps(report, indent=2))
    if args.write:
        model = fit(cands)
        RANKER_FILE.write_text(model.model_dump_json(indent=1) + "\n", encoding="utf-8")
        print(f"wrote {RANKER_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
