"""Run question sets through the assistant and the baseline, and score both with the same code.

Each set is asked over the sources it needs (see :data:`eval.questions.SET_SOURCES`), ingested
into one store per embedding model and source combination under ``store_base``. Ingest is
idempotent, so a second run re-uses the stores and only asks the questions again.

Example:
    >>> result = run(RunConfig(sets=resolve_sets(None)))  # doctest: +SKIP
    >>> result.system["overall"]["correctness_answerable"]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.service import Assistant
from eval.baseline import TutorialRAG
from eval.metrics import (
    DocInfo,
    DocLookup,
    aggregate,
    aggregate_all,
    retrieval_scores,
    retrieval_summary,
    score,
)
from eval.questions import EVAL_TODAY, ROOT, EvalQuestion, QuestionSet, load_set, source_path
from ingest.pipeline import ingest
from store.embeddings import make_embeddings
from store.errors import StoreError
from store.reader import Store
from store.schema import Audience

logger = logging.getLogger(__name__)

DEFAULT_STORE_BASE = ROOT / "eval" / "out" / "tmp" / "stores"
COMPARED_EMBEDDINGS = ("e5-small", "minilm")
TOP_K = 8
CODE_DIRS = ("ingest", "store")
EMBEDDING_CACHE = "embeddings-cache.sqlite"  # see store/layout.py
BASELINE_RECIPE = "PyPDFLoader + RecursiveCharacterTextSplitter(1000, 200) + Chroma similarity_search k=8"


@dataclass(frozen=True)
class RunConfig:
    """What to run. ``make_embeddings`` is swappable so that tests can use fake embeddings."""

    sets: list[Path]
    store_base: Path = DEFAULT_STORE_BASE
    embeddings: str = "e5-small"
    baseline: bool = True
    compare_embeddings: bool = False
    llm: object | None = None
    today: dt.date = EVAL_TODAY
    make_embeddings: Callable[[str], Embeddings] = make_embeddings
    sources: tuple[str, ...] | None = None  # ask every set over these (names or folders) instead
    blind: bool = False  # report every set as aggregates only, as a held-out set is


@dataclass
class EvalResult:
    rows: list[dict[str, Any]]
    system: dict[str, Any]
    baseline: dict[str, Any] | None
    embeddings_comparison: dict[str, Any] | None = None
    config: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "config": self.config,
            "system": self.system,
            "baseline": self.baseline,
            "embeddings_comparison": self.embeddings_comparison,
            "rows": self.rows,
        }


def code_fingerprint() -> str:
    """Hash of the code that decides what a store holds (ingest, store)."""
    digest = hashlib.sha256()
    for folder in CODE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def store_for(config: RunConfig, spec: str, sources: tuple[str, ...]) -> Path:
    """The store holding ``sources`` embedded with ``spec``, brought up to date.

    Ingest skips files whose bytes are unchanged, so a store built by older ingest code would be
    measured as if it were current. When that code has changed the store is emptied first (its
    embedding cache is kept: re-embedding unchanged text is the slow part) and built again.
    """
    names = "+".join(re.sub(r"[^A-Za-z0-9_.-]+", "_", s).strip("_") for s in sources)
    path = config.store_base / re.sub(r"[^A-Za-z0-9_.-]+", "_", spec) / names
    marker, fingerprint = path / "eval-code.txt", code_fingerprint()
    if path.exists() and (not marker.exists() or marker.read_text(encoding="utf-8").strip() != fingerprint):
        logger.info("ingest or store code changed since %s was built: building it again", path)
        for child in path.iterdir():
            if child.name != EMBEDDING_CACHE:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    report = ingest([source_path(s) for s in sources], path, config.make_embeddings(spec))
    marker.write_text(fingerprint + "\n", encoding="utf-8")
    for f in report.files:
        if f.outcome == "skipped":
            logger.warning("eval store %s: %s was skipped (%s)", path, f.file, f.reason)
    logger.info("eval store %s ready (%.1f s)", path, report.seconds)
    return path


def registry_lookup(store: Store) -> DocLookup:
    """Publication and status of a file on a date, as the store's registry knows them."""
    cache: dict[tuple[str, dt.date], DocInfo | None] = {}

    def lookup(file: str, on: dt.date) -> DocInfo | None:
        key = (file, on)
        if key not in cache:
            doc = store.registry.by_file(file)
            cache[key] = None if doc is None else DocInfo(
                str(doc.meta.publication), str(store.registry.status(doc, on).status)
            )
        return cache[key]

    return lookup


def _ask(assistant: Assistant, q: EvalQuestion, today: dt.date, blind: bool = False) -> dict[str, Any]:
    """The system's answer object; a crash is recorded as a wrong answer, not a stopped run."""
    try:
        answer = assistant.ask(
            q.question, audience=Audience(q.audience), as_of=q.ask_as_of(today), history=q.history, id=q.id
        )
    except Exception as exc:
        if blind:  # a held-out question's text must not reach the log
            logger.error("the assistant failed on a held-out question (%s)", type(exc).__name__)
        else:
            logger.exception("the assistant failed on %s", q.id)
        failed = {"answer": "", "abstained": False, "citations": [], "retrieved": [], "nearby": []}
        return {**failed, "error": repr(exc)}
    return answer.to_dict()


def _brief(answer: dict[str, Any]) -> dict[str, Any]:
    """What a reader of results.json needs to see why an answer was judged as it was."""
    out = {
        "answer": str(answer.get("answer", ""))[:1500],
        "abstained": bool(answer.get("abstained")),
        "citations": [
            {"file": c.get("file"), "page": c.get("page"), "status": c.get("status", "")}
            for c in answer.get("citations") or []
        ],
        "retrieved": [[r.get("file"), r.get("page")] for r in answer.get("retrieved") or []],
        "nearby": [[r.get("file"), r.get("page")] for r in answer.get("nearby") or []],
    }
    if answer.get("error"):
        out["error"] = answer["error"]
    return out


def _expected(q: EvalQuestion) -> dict[str, Any]:
    return {
        "answerable": q.answerable, "gold_documents": q.gold_documents, "gold_pages": q.gold_pages,
        "must_contain": q.must_contain, "must_not_cite": q.must_not_cite,
    }


def run(config: RunConfig) -> EvalResult:
    """Ask every question of every set, through the system and (unless disabled) the baseline."""
    started = time.perf_counter()
    sets = [load_set(p) for p in config.sets]
    if config.sources is not None or config.blind:
        sets = [
            replace(qs, sources=config.sources or qs.sources, blind=qs.blind or config.blind) for qs in sets
        ]
    rows: list[dict[str, Any]] = []
    sys_items: list[tuple[EvalQuestion, dict[str, Any]]] = []
    base_items: list[tuple[EvalQuestion, dict[str, Any]]] = []
    baselines: dict[tuple[str, ...], TutorialRAG] = {}
    stores: dict[str, str] = {}
    embeddings = config.make_embeddings(config.embeddings)
    for qs in sets:
        path = store_for(config, config.embeddings, qs.sources)
        stores[qs.name] = str(path)
        store = Store.open(path, embeddings=embeddings)
        assistant = Assistant(store, llm=config.llm, today=lambda: config.today)
        lookup = registry_lookup(store)
        rag = None
        if config.baseline:
            if qs.sources not in baselines:
                baselines[qs.sources] = TutorialRAG.build([source_path(s) for s in qs.sources], embeddings)
            rag = baselines[qs.sources]
        for n, q in enumerate(qs.questions, 1):
            answer = _ask(assistant, q, config.today, qs.blind)
            scored = score(q, answer, lookup)
            sys_items.append((q, scored))
            row: dict[str, Any] = {
                "set": qs.name, "id": q.id, "kind": q.kind, "audience": q.audience, "question": q.question,
                "as_of": q.as_of.isoformat(), "as_of_in_words": q.as_of_in_words, "expected": _expected(q),
                "system": {**_brief(answer), "score": scored},
            }
            if rag is not None:
                b_answer = rag.ask(q.question)
                b_scored = score(q, b_answer, lookup)
                base_items.append((q, b_scored))
                row["baseline"] = {**_brief(b_answer), "answer": b_answer["answer"][:400], "score": b_scored}
            if not qs.blind:  # a held-out set is reported as aggregates only
                rows.append(row)
            if n % 25 == 0:
                logger.info("%s: %d/%d questions", qs.name, n, len(qs.questions))
    for rag in baselines.values():
        rag.close()
    result = EvalResult(
        rows=rows,
        system=_figures(sets, sys_items),
        baseline=_figures(sets, base_items) if base_items else None,
        config={
            "sets": [str(qs.path.relative_to(ROOT)) if qs.path.is_relative_to(ROOT) else str(qs.path)
                     for qs in sets],
            "embeddings": config.embeddings, "today": config.today.isoformat(), "llm": config.llm is not None,
            "baseline": BASELINE_RECIPE,
        },
    )
    result.config["errors"] = sum(1 for r in rows if r["system"].get("error"))
    if config.compare_embeddings:
        result.embeddings_comparison = compare_embeddings(config, sets)
    logger.info("eval finished in %.0f s", time.perf_counter() - started)
    return result


def _figures(sets: list[QuestionSet], items: list[tuple[EvalQuestion, dict[str, Any]]]) -> dict[str, Any]:
    figures = aggregate_all(items)
    ids = {qs.name: {q.id for q in qs.questions} for qs in sets}
    figures["by_set"] = {name: aggregate([(q, s) for q, s in items if q.id in members])
                         for name, members in ids.items()}
    figures["by_set_kind"] = {
        name: {k: aggregate([(q, s) for q, s in items if q.id in members and q.kind == k])
               for k in sorted({q.kind for q, _ in items if q.id in members})}
        for name, members in ids.items()
    }
    return figures


def compare_embeddings(config: RunConfig, sets: list[QuestionSet]) -> dict[str, Any]:
    """Retrieval of the gold documents with each embedding model: dense search alone (unfiltered),
    and the system's hybrid retrieval, so that the embedding's own share is visible."""
    out: dict[str, Any] = {}
    for spec in COMPARED_EMBEDDINGS:
        try:
            embeddings = config.make_embeddings(spec)
        except StoreError as exc:
            out[spec] = {"error": str(exc)}
            continue
        dense: list[dict[str, Any]] = []
        system: list[dict[str, Any]] = []
        for qs in sets:
            store = Store.open(store_for(config, spec, qs.sources), embeddings=embeddings)
            assistant = Assistant(store, llm=None, today=lambda: config.today)
            for q in qs.questions:
                if not q.gold_documents:
                    continue
                hits = store.index.query(embeddings.embed_query(q.question), TOP_K)
                found = [{"file": h.metadata.get("file"), "page": h.metadata.get("page")} for h in hits]
                dense.append(retrieval_scores(q, found))
                system.append(retrieval_scores(q, _ask(assistant, q, config.today)["retrieved"]))
        out[spec] = {"n": len(dense), "dense": retrieval_summary(dense), "system": retrieval_summary(system)}
    return out
