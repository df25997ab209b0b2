"""Scoring: one question's answer against its line, and the aggregates per kind and overall.

Everything works on the JSON answer object (``Answer.to_dict()``: ``answer``, ``abstained``,
``citations[{file, page, status}]``, ``retrieved[{file, page}]``), so the system and the baseline
are scored by exactly the same code. Facts about documents that the answer object does not carry
(publication, status on the question's date) come from a lookup into the store's registry.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eval.questions import EvalQuestion

KS = (1, 3, 8)
MAX_ANSWER_CHARS = 800  # a correct answer is short enough to read in a chat bubble
NOT_IN_FORCE = frozenset({"upphävd", "utgången", "ej ikraft"})
ENDED = frozenset({"upphävd", "utgången"})
# An answer that cites an ended document is fine when it says so ("X har ersatts av Y" says so too).
_DISCLAIMER = re.compile(
    r"upphävd|gäller inte|utgången|inte längre|ersatt|ersätter|ersattes|no longer|repealed|expired|"
    r"replaced|replaces",
    re.I,
)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


@dataclass(frozen=True)
class DocInfo:
    """What the registry says about a cited file on the question's date."""

    publication: str  # extern, intern, okänd
    status: str  # gällande, upphävd, utgången, ej ikraft, okänd


DocLookup = Callable[[str, dt.date], DocInfo | None]


def normalise(text: str) -> str:
    """Case-, width- and whitespace-insensitive form: "20\u00a0000" and "20 000" compare equal."""
    text = unicodedata.normalize("NFKC", text or "").translate(_DASHES).lower()
    return re.sub(r"\s+", " ", text).strip()


def phrase_found(phrase: str, text: str) -> bool:
    """``phrase`` may list alternatives as "a|b"; ``text`` must already be normalised."""
    return any(normalise(alt) in text for alt in phrase.split("|") if alt.strip())


def _first_rank(hits: Iterable[bool]) -> int | None:
    for rank, hit in enumerate(hits, 1):
        if hit:
            return rank
    return None


def retrieval_scores(q: EvalQuestion, retrieved: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Recall@k and reciprocal rank of the gold documents, and of the gold pages of the first one."""
    if not q.gold_documents:
        return {}
    files = [str(r.get("file", "")) for r in retrieved]
    gold = set(q.gold_documents)
    out: dict[str, float] = {}
    for k in KS:
        out[f"doc_recall@{k}"] = len(gold & set(files[:k])) / len(gold)
    rank = _first_rank(f in gold for f in files)
    out["doc_rr"] = 1.0 / rank if rank else 0.0
    if q.gold_pages:
        first, pages = q.gold_documents[0], set(q.gold_pages)
        hits = [str(r.get("file", "")) == first and int(r.get("page", 0)) in pages for r in retrieved]
        for k in KS:
            out[f"page_recall@{k}"] = 1.0 if any(hits[:k]) else 0.0
        rank = _first_rank(hits)
        out["page_rr"] = 1.0 / rank if rank else 0.0
    return out


def score(q: EvalQuestion, answer: Mapping[str, Any], lookup: DocLookup) -> dict[str, Any]:
    """Judge one answer. ``correct``: answerable -> not abstained, every must_contain phrase in the
    answer text, a gold document cited and at most :data:`MAX_ANSWER_CHARS` characters;
    unanswerable -> abstained. ``correct_any_length`` drops the length condition."""
    abstained = bool(answer.get("abstained"))
    text = normalise(str(answer.get("answer", "")))
    citations = list(answer.get("citations") or [])
    retrieved = list(answer.get("retrieved") or [])
    nearby = list(answer.get("nearby") or [])
    cited = [str(c.get("file", "")) for c in citations]
    missing = [p for p in q.must_contain if not phrase_found(p, text)]
    gold_cited = any(f in q.gold_documents for f in cited)
    short = len(str(answer.get("answer", ""))) <= MAX_ANSWER_CHARS
    if q.answerable:
        correct_any_length = not abstained and not missing and gold_cited
        correct = correct_any_length and short
    else:
        correct = correct_any_length = abstained
    disclaimed = bool(_DISCLAIMER.search(text))
    superseded = 0
    for c in citations:
        info = lookup(str(c.get("file", "")), q.as_of)
        status = info.status if info else str(c.get("status", ""))
        forbidden = c.get("file") in q.must_not_cite and status in NOT_IN_FORCE
        if forbidden or (status in ENDED and not disclaimed):
            superseded += 1
    leaks = 0
    if q.audience == "resident":
        for item in [*citations, *retrieved, *nearby]:
            info = lookup(str(item.get("file", "")), q.as_of)
            if info is not None and info.publication != "extern":
                leaks += 1
    return {
        "correct": correct,
        "correct_any_length": correct_any_length,
        "too_long": not short,
        "abstained": abstained,
        "missing": missing,
        "gold_cited": gold_cited,
        "citations": len(citations),
        "gold_citations": sum(f in q.gold_documents for f in cited),
        "forbidden_citations": sum(f in q.must_not_cite for f in cited),
        "superseded_as_in_force": superseded,
        "leaks": leaks,
        "pointers": len(nearby),
        "pointed": abstained and any(_on_gold_page(q, n) for n in nearby),
        **retrieval_scores(q, retrieved),
    }


def _on_gold_page(q: EvalQuestion, item: Mapping[str, Any]) -> bool:
    """``item`` (a citation or a pointer) is in a gold document, on a gold page if the question has any."""
    if str(item.get("file", "")) not in q.gold_documents:
        return False
    return not q.gold_pages or int(item.get("page", 0)) in q.gold_pages


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def aggregate(items: Sequence[tuple[EvalQuestion, Mapping[str, Any]]]) -> dict[str, Any]:
    """The figures of one group of scored questions (a kind, a set, or all)."""
    answerable = [s for q, s in items if q.answerable]
    unanswerable = [s for q, s in items if not q.answerable]
    abstained = [(q, s) for q, s in items if s["abstained"]]
    answered = [s for s in answerable if not s["abstained"]]
    out: dict[str, Any] = {
        "n": len(items),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "correctness": _ratio(sum(s["correct"] for _, s in items), len(items)),
        "correctness_answerable": _ratio(sum(s["correct"] for s in answerable), len(answerable)),
        "correctness_answerable_any_length": _ratio(
            sum(s.get("correct_any_length", s["correct"]) for s in answerable), len(answerable)
        ),
        "abstention_precision": _ratio(sum(not q.answerable for q, _ in abstained), len(abstained)),
        "abstention_recall": _ratio(sum(s["abstained"] for s in unanswerable), len(unanswerable)),
        "citation_precision": _ratio(
            sum(s["gold_citations"] for s in answered), sum(s["citations"] for s in answered)
        ),
        "resident_leaks": sum(s["leaks"] > 0 for q, s in items if q.audience == "resident"),
        "resident_leak_items": sum(s["leaks"] for _, s in items),
        "superseded_cited_as_in_force": sum(s["superseded_as_in_force"] > 0 for _, s in items),
        "must_not_cite_violations": sum(s["forbidden_citations"] > 0 for _, s in items),
        # an abstention's pointers: how often they include a gold page when the question had an
        # answer, and how often pointers were given at all when it had none
        "abstained_answerable_pointed": _ratio(
            sum(s.get("pointed", False) for s in answerable if s["abstained"]),
            sum(s["abstained"] for s in answerable),
        ),
        "unanswerable_with_pointers": _ratio(
            sum(s.get("pointers", 0) > 0 for s in unanswerable), len(unanswerable)
        ),
    }
    out.update(retrieval_summary(answerable))
    return out


def retrieval_summary(scores: Sequence[Mapping[str, Any]]) -> dict[str, float | None]:
    """Mean recall@k and MRR over the scores that have them (questions with gold documents)."""
    out: dict[str, float | None] = {}
    for name in [f"doc_recall@{k}" for k in KS] + ["doc_rr"] + [f"page_recall@{k}" for k in KS] + ["page_rr"]:
        out[name.replace("_rr", "_mrr")] = _mean([s[name] for s in scores if name in s])
    return out


def aggregate_all(items: Sequence[tuple[EvalQuestion, Mapping[str, Any]]]) -> dict[str, Any]:
    """Overall figures and the same figures per question kind."""
    kinds = sorted({q.kind for q, _ in items})
    return {
        "overall": aggregate(items),
        "by_kind": {k: aggregate([(q, s) for q, s in items if q.kind == k]) for k in kinds},
    }


def check_thresholds(figures: Mapping[str, Any], thresholds: Mapping[str, Mapping[str, float]]) -> list[str]:
    """Human-readable failures: a figure below its ``min`` or above its ``max`` (or missing)."""
    failures = []
    for name, bound in thresholds.items():
        value = figures.get(name)
        if value is None:
            failures.append(f"{name}: no value (no questions of that sort were asked)")
            continue
        if "min" in bound and value < bound["min"]:
            failures.append(f"{name} = {value} is below {bound['min']}")
        if "max" in bound and value > bound["max"]:
            failures.append(f"{name} = {value} is above {bound['max']}")
    return failures
