"""Scoring on hand-made answer objects, the baseline recipe and a three-question run, all fast and offline."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from langchain_core.embeddings import Embeddings

from eval.baseline import TutorialRAG
from eval.metrics import (
    DocInfo,
    aggregate,
    check_thresholds,
    normalise,
    phrase_found,
    retrieval_scores,
    score,
)
from eval.questions import ROOT, EvalQuestion

NOW = dt.date(2026, 11, 26)
NEW, OLD, INTERNAL = "deleg-2024.pdf", "deleg-2021.pdf", "it.pdf"
REGISTRY = {
    NEW: DocInfo("extern", "gällande"),
    OLD: DocInfo("extern", "upphävd"),
    INTERNAL: DocInfo("intern", "gällande"),
}


def lookup(file: str, on: dt.date) -> DocInfo | None:
    return REGISTRY.get(file)


def question(**fields: Any) -> EvalQuestion:
    base: dict[str, Any] = {
        "id": "q", "question": "Vem beslutar om rivningslov?", "audience": "employee", "as_of": NOW,
        "answerable": True, "gold_documents": [NEW], "gold_pages": [2],
        "must_contain": ["bygglovshandläggare"], "must_not_cite": [OLD], "kind": "who_decides",
    }  # fmt: skip
    return EvalQuestion(**{**base, **fields})


def answer(
    text: str = "",
    *,
    abstained: bool = False,
    cite: list[str] | None = None,
    retrieved: list[tuple[str, int]] | None = None,
    nearby: list[tuple[str, int]] | None = None,
) -> dict[str, Any]:
    return {
        "answer": text,
        "abstained": abstained,
        "citations": [{"file": f, "page": 2, "status": ""} for f in cite or []],
        "retrieved": [{"file": f, "page": p} for f, p in retrieved or []],
        "nearby": [{"file": f, "page": p} for f, p in nearby or []],
    }


UNANSWERABLE = dict(answerable=False, gold_documents=[], gold_pages=[], must_contain=[], kind="unanswerable")


def test_normalise_ignores_case_widths_and_spaces() -> None:
    assert normalise("Högst\u00a020\u202f000  kronor\n") == "högst 20 000 kronor"
    assert phrase_found("20 000", normalise("högst 20\u00a0000 kr"))
    assert phrase_found("2024-04-22|tjugoandra april 2024", normalise("den tjugoandra april 2024"))
    assert not phrase_found("bygglovschef", normalise("Bygglovshandläggaren"))


def test_answerable_needs_phrases_and_a_gold_citation() -> None:
    q = question()
    assert score(q, answer("Bygglovshandläggaren (BLH) beslutar.", cite=[NEW]), lookup)["correct"]
    assert not score(q, answer("BLH beslutar.", cite=[NEW]), lookup)["correct"]  # phrase missing
    assert not score(q, answer("Bygglovshandläggare beslutar.", cite=[OLD]), lookup)["correct"]  # wrong doc
    assert not score(q, answer("Bygglovshandläggare", abstained=True), lookup)["correct"]


def test_an_answer_longer_than_800_characters_is_not_correct() -> None:
    q = question()
    long = "Bygglovshandläggaren (BLH) beslutar. " + "Mer text. " * 80
    scored = score(q, answer(long, cite=[NEW]), lookup)
    assert len(long) > 800 and not scored["correct"] and scored["correct_any_length"] and scored["too_long"]
    assert aggregate([(q, scored)])["correctness_answerable_any_length"] == 1.0


def test_unanswerable_is_correct_only_when_abstained() -> None:
    q = question(**UNANSWERABLE)
    assert score(q, answer("Jag hittar inget svar.", abstained=True), lookup)["correct"]
    assert not score(q, answer("22,24 kronor", cite=[NEW]), lookup)["correct"]


def test_ended_documents_cited_as_in_force() -> None:
    q = question()
    both = answer("Bygglovshandläggare beslutar.", cite=[NEW, OLD])
    assert score(q, both, lookup)["superseded_as_in_force"] == 1  # must_not_cite and upphävd
    said = answer("Den äldre ordningen är upphävd; nu beslutar bygglovshandläggare.", cite=[NEW, OLD])
    assert score(question(must_not_cite=[]), said, lookup)["superseded_as_in_force"] == 0
    assert score(question(must_not_cite=[]), both, lookup)["superseded_as_in_force"] == 1  # status alone
    english = answer("The 2024 order replaces the 2021 order (repealed).", cite=[NEW, OLD])
    assert score(question(must_not_cite=[]), english, lookup)["superseded_as_in_force"] == 0
    replaces = answer("The 2024 order replaces the 2021 order.", cite=[NEW, OLD])
    assert score(question(must_not_cite=[]), replaces, lookup)["superseded_as_in_force"] == 0


def test_resident_leaks_count_citations_and_retrieved_passages() -> None:
    q = question(audience="resident", **UNANSWERABLE, must_not_cite=[INTERNAL])
    leaked = answer("", abstained=True, retrieved=[(NEW, 1), (INTERNAL, 2)])
    s = score(q, leaked, lookup)
    assert s["leaks"] == 1 and s["superseded_as_in_force"] == 0
    staff = score(question(**UNANSWERABLE), leaked, lookup)
    assert staff["leaks"] == 0


def test_an_abstentions_pointers_are_judged_by_the_gold_page_and_may_leak_too() -> None:
    good, unans = question(), question(id="u", **UNANSWERABLE)
    items = [
        (good, score(good, answer("", abstained=True, nearby=[(NEW, 3), (NEW, 2)]), lookup)),
        (good, score(good, answer("", abstained=True, nearby=[(NEW, 3), (OLD, 2)]), lookup)),
        (good, score(good, answer("bygglovshandläggare", cite=[NEW]), lookup)),
        (unans, score(unans, answer("", abstained=True, nearby=[(NEW, 1)]), lookup)),
        (unans, score(unans, answer("", abstained=True), lookup)),
    ]
    fig = aggregate(items)
    assert [s["pointed"] for _, s in items] == [True, False, False, False, False]
    assert fig["abstained_answerable_pointed"] == 0.5 and fig["unanswerable_with_pointers"] == 0.5
    resident = question(audience="resident", **UNANSWERABLE)
    assert score(resident, answer("", abstained=True, nearby=[(INTERNAL, 1)]), lookup)["leaks"] == 1


def test_retrieval_recall_and_reciprocal_rank() -> None:
    q = question(gold_documents=[NEW, OLD], must_not_cite=[])
    ranked = [{"file": INTERNAL, "page": 1}, {"file": NEW, "page": 3}, {"file": NEW, "page": 2}]
    s = retrieval_scores(q, ranked)
    assert s["doc_recall@1"] == 0 and s["doc_recall@3"] == 0.5 and s["doc_rr"] == 0.5
    assert s["page_recall@1"] == 0 and s["page_recall@3"] == 1 and s["page_rr"] == pytest.approx(1 / 3)
    assert retrieval_scores(question(**UNANSWERABLE), []) == {}


def test_aggregate_abstention_and_citation_precision() -> None:
    good, unans = question(), question(id="u", **UNANSWERABLE)
    items = [
        (good, score(good, answer("bygglovshandläggare", cite=[NEW, INTERNAL]), lookup)),
        (good, score(good, answer("", abstained=True), lookup)),
        (unans, score(unans, answer("", abstained=True), lookup)),
        (unans, score(unans, answer("något", cite=[NEW]), lookup)),
    ]
    fig = aggregate(items)
    assert fig["correctness"] == 0.5 and fig["correctness_answerable"] == 0.5
    assert fig["abstention_precision"] == 0.5 and fig["abstention_recall"] == 0.5
    assert fig["citation_precision"] == 0.5


def test_thresholds() -> None:
    targets = {"correctness_answerable": {"min": 0.9}, "resident_leaks": {"max": 0}}
    assert check_thresholds({"correctness_answerable": 0.95, "resident_leaks": 0}, targets) == []
    failed = check_thresholds({"correctness_answerable": 0.5, "resident_leaks": 2}, targets)
    assert len(failed) == 2 and "below" in failed[0] and "above" in failed[1]


class WordHashEmbeddings(Embeddings):
    """Bag of hashed words: deterministic, offline, and good enough to find a page by its words."""

    name = "fake-wordhash"

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * 64
        for word in re.findall(r"\w+", text.lower()):
            v[int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


def test_baseline_recipe_cites_one_based_pages_and_never_abstains() -> None:
    pdf = ROOT / "tests" / "fixtures" / "pdf" / "representationspolicy-2024.pdf"
    rag = TutorialRAG.build([pdf], WordHashEmbeddings())
    try:
        ans = rag.ask("Representation vid resor och konferenser utomlands förvaltningschefen")
    finally:
        rag.close()
    assert ans["abstained"] is False and len(ans["retrieved"]) <= 8
    assert ans["citations"] == [{"file": pdf.name, "page": 2, "status": ""}]
    assert ans["answer"] == ans["retrieved"][0]["text"]


def test_eval_is_a_subcommand() -> None:
    from styrsvar.cli import build_parser

    args = build_parser().parse_args(["eval", "styrmodell", "--no-baseline", "--json"])
    assert args.sets == ["styrmodell"] and args.no_baseline and args.json


def test_three_questions_end_to_end(tmp_path: Path) -> None:
    """A tiny set over the real styrmodell PDF, with fake embeddings: the run, the files and the gate."""
    from eval.report import summary_markdown, write_chart, write_results
    from eval.runner import RunConfig, run

    lines = [json.loads(x) for x in (ROOT / "eval" / "sets" / "styrmodell.jsonl").read_text().splitlines()]
    tiny = [lines[0], next(x for x in lines if not x["answerable"]), lines[3]]
    sets = tmp_path / "styrmodell.jsonl"  # the name picks the set's sources: corpus/ only
    sets.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in tiny), encoding="utf-8")
    emb = WordHashEmbeddings()
    config = RunConfig(
        sets=[sets], store_base=tmp_path / "stores", embeddings="fake", make_embeddings=lambda spec: emb
    )
    result = run(config)
    assert len(result.rows) == 3 and result.config["errors"] == 0
    assert result.system["overall"]["n"] == 3 and result.baseline is not None
    assert result.baseline["overall"]["abstention_recall"] == 0.0  # the recipe never abstains
    write_results(result, tmp_path / "out" / "results.json")
    write_chart(result, tmp_path / "out" / "chart.png")
    md = summary_markdown(result, [], {"resident_leaks": {"max": 0}})
    saved = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in saved["rows"]] == [x["id"] for x in tiny]
    assert (tmp_path / "out" / "chart.png").stat().st_size > 1000
    assert "| Kind | n | System | Baseline |" in md
    assert (tmp_path / "stores" / "fake" / "corpus" / "eval-code.txt").exists()  # built by this code
    blind = tmp_path / "held.jsonl"
    blind.write_text(sets.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:  # a held-out set: figures, never its rows
        import eval.questions as questions

        mp.setitem(questions.BLIND_SETS, "held", blind)
        mp.setitem(questions.SET_SOURCES, "held", ("corpus",))
        held = run(
            RunConfig(
                sets=questions.resolve_sets(["held"]),
                store_base=tmp_path / "stores",
                embeddings="fake",
                make_embeddings=lambda spec: emb,
                baseline=False,
            )
        )
    assert held.rows == [] and held.system["by_set"]["held"]["n"] == 3
    assert held.system["by_set_kind"]["held"]
    # anyone's own collection: the set asked over a folder given by path, reported blind
    own = tmp_path / "kommun.jsonl"
    own.write_text(sets.read_text(encoding="utf-8"), encoding="utf-8")
    theirs = run(
        RunConfig(
            sets=[own],
            store_base=tmp_path / "stores",
            embeddings="fake",
            make_embeddings=lambda spec: emb,
            baseline=False,
            sources=(str(ROOT / "corpus"),),
            blind=True,
        )
    )
    assert theirs.rows == [] and theirs.system["by_set"]["kommun"]["n"] == 3
    assert theirs.system["by_set"]["kommun"]["correctness"] == held.system["by_set"]["held"]["correctness"]
    again = run(config)  # the store is re-used: same answers
    assert [r["system"]["answer"] for r in again.rows] == [r["system"]["answer"] for r in result.rows]
