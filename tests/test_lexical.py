"""BM25 over Swedish passages: right passage first, filters before ranking, durable on disk."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

import numpy as np
import pytest

from store.analysis import stem
from store.errors import StoreError, StoreNotFound
from store.lexical import LexicalIndex

PASSAGES = [
    (
        "sbn-delegation:0004",
        "B.4 Beslut om rivningslov enligt 9 kap. 34 § PBL. Delegat: BLH. Anmärkning: ej kulturhistoriskt "
        "värdefull byggnad.",
    ),
    (
        "sbn-delegation:0003",
        "B.3 Beslut om bygglov för nybyggnad av enbostadshus inom detaljplan. Delegat: BLH.",
    ),
    (
        "bidrag:0001",
        "Föreningsbidrag kan sökas av ideella föreningar som är registrerade i kommunen. Ansökan ska "
        "lämnas senast den 1 mars.",
    ),
    (
        "representation:0002",
        "Representationspolicyn gäller för förtroendevalda och anställda. Alkohol får inte serveras vid "
        "intern representation.",
    ),
    (
        "styrmodell:0007",
        "Kommunfullmäktige fastställer mål och budget. Nämnderna ansvarar för att verksamheten bedrivs "
        "enligt fullmäktiges beslut.",
    ),
    (
        "avgifter:0002",
        "Taxan för tillsyn enligt miljöbalken fastställs av kommunfullmäktige och räknas upp årligen.",
    ),
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex.build(PASSAGES, abbreviations={"BLH": "bygglovshandläggare"})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Vem beslutar om rivningslov?", "sbn-delegation:0004"),
        ("Vad gäller för rivningslovet enligt punkt B.4?", "sbn-delegation:0004"),
        ("bygglov för ett enbostadshus", "sbn-delegation:0003"),
        ("bidrag till föreningar", "bidrag:0001"),
        ("vad säger policyn om alkohol vid representation", "representation:0002"),
        ("Vem fastställer budgeten?", "styrmodell:0007"),
        ("avgift taxa för tillsyn enligt MB", "avgifter:0002"),
        ("Vad får bygglovshandläggaren besluta om rivning?", "sbn-delegation:0004"),
    ],
)
def test_bm25_ranks_the_right_passage_first(index: LexicalIndex, query: str, expected: str) -> None:
    results = index.search(query, k=3)
    assert results and results[0][0] == expected, results


def test_results_are_sorted_bounded_and_positive(index: LexicalIndex) -> None:
    results = index.search("beslut om bygglov och rivningslov i kommunen", k=2)
    assert len(results) == 2
    assert results[0][1] >= results[1][1] > 0
    assert index.search("helt orelaterad fråga om väder", k=5) == []
    assert index.search("rivningslov", k=0) == []


def test_allowed_filter_excludes_ids_even_when_they_would_rank_first(index: LexicalIndex) -> None:
    best = index.search("rivningslov", k=1)[0][0]
    allowed = {cid for cid, _ in PASSAGES} - {best}
    results = index.search("rivningslov", k=10, allowed=allowed)
    assert best not in {cid for cid, _ in results}
    assert index.search("rivningslov", k=10, allowed=set()) == []
    assert index.search("rivningslov", k=10, allowed={"no-such-chunk"}) == []


def test_allowed_filter_is_applied_before_top_k() -> None:
    rng = random.Random(3)
    words = "bygglov rivningslov nämnd beslut policy bidrag förening avgift taxa plan ärende delegat".split()
    items = [(f"d:{i:04d}", " ".join(rng.choices(words, k=rng.randint(3, 30)))) for i in range(600)]
    index = LexicalIndex.build(items)
    full = index.search("beslut om rivningslov och bygglov", k=len(items))
    worst_half = {cid for cid, _ in full[len(full) // 2 :]}  # forces the lazy walk to widen its window
    for allowed in (
        {cid for cid, _ in items if rng.random() < 0.05},
        {cid for cid, _ in items[::2]},
        worst_half,
    ):
        expected = [hit for hit in full if hit[0] in allowed][:7]
        assert index.search("beslut om rivningslov och bygglov", k=7, allowed=allowed) == expected


def test_terms_are_identical_for_query_and_index_and_expand_abbreviations(index: LexicalIndex) -> None:
    assert index.terms("Föreningsbidragen") == index.terms("föreningsbidragen")
    assert set(index.terms("BLH")) >= set(index.terms("bygglovshandläggare"))
    assert set(index.terms("KF")) >= set(index.terms("kommunfullmäktige"))
    weights = index.query_weights("Vad får bygglovshandläggaren besluta?")
    assert set(weights) == set(index.terms("Vad får bygglovshandläggaren besluta?"))
    assert weights["bygglovshandlägg"] == 1.0 and weights["bygglov"] < 1.0  # parts weigh less


def test_save_load_roundtrip(index: LexicalIndex, tmp_path: Path) -> None:
    path = tmp_path / "store" / "lexical.npz"
    index.save(path)
    again = LexicalIndex.load(path)
    assert len(again) == len(index) and again.ids == index.ids
    for query in ("rivningslov", "bidrag till föreningar", "BLH", "punkt B.4"):
        assert again.search(query, k=5) == index.search(query, k=5)
        assert again.terms(query) == index.terms(query)
    assert [p.name for p in path.parent.iterdir()] == ["lexical.npz"]  # no temp file left behind


def test_save_replaces_an_existing_index_atomically(index: LexicalIndex, tmp_path: Path) -> None:
    path = tmp_path / "lexical.npz"
    LexicalIndex.build([("x:0001", "något annat")]).save(path)
    index.save(path)
    assert len(LexicalIndex.load(path)) == len(PASSAGES)


def test_load_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound, match="ingest"):
        LexicalIndex.load(tmp_path / "missing.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an index")
    with pytest.raises(StoreError, match="rebuild"):
        LexicalIndex.load(bad)
    other = tmp_path / "other.npz"
    meta = np.frombuffer(b'{"format": "something-else", "version": 1}', dtype=np.uint8)
    np.savez(other, meta=meta, offsets=np.zeros(1), docs=np.zeros(0), tfs=np.zeros(0), doc_len=np.zeros(0))
    with pytest.raises(StoreError, match="expected styrsvar-bm25"):
        LexicalIndex.load(other)


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        LexicalIndex.build([("a:0001", "bygglov"), ("a:0001", "rivningslov")])


def test_empty_index_answers_nothing(tmp_path: Path) -> None:
    index = LexicalIndex.build([])
    assert index.search("bygglov", k=5) == []
    index.save(tmp_path / "empty.npz")
    assert LexicalIndex.load(tmp_path / "empty.npz").search("bygglov", k=5) == []


def _synthetic_index(n_docs: int = 50_000, per_doc: int = 40) -> LexicalIndex:
    """50k chunks of Zipf-distributed terms, built straight from postings (analysis is not what's timed).

    The most frequent terms are real stems that the queries below use, so they hit the longest
    postings lists: a worst case for the additions and the top-k.
    """
    rng = np.random.default_rng(0)
    words = [stem(w) for w in SYNTHETIC_HEAD] + [f"ord{i}" for i in range(30_000)]
    zipf = 1.0 / np.arange(1, len(words) + 1) ** 1.1
    term_ids = rng.choice(len(words), size=n_docs * per_doc, p=zipf / zipf.sum())
    keys, tfs = np.unique(term_ids * n_docs + np.repeat(np.arange(n_docs), per_doc), return_counts=True)
    terms_of, docs = keys // n_docs, keys % n_docs
    offsets = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms_of, minlength=len(words)), out=offsets[1:])
    doc_len = np.bincount(docs, weights=tfs, minlength=n_docs)
    postings = {"offsets": offsets, "docs": docs, "tfs": tfs, "doc_len": doc_len}
    return LexicalIndex([f"doc{i // 40}:{i % 40:04d}" for i in range(n_docs)], words, postings, vocabulary=())


SYNTHETIC_HEAD = (
    "beslut nämnd kommun bidrag förening rivningslov bygglov policy avgift taxa plan ärende".split()
)


def test_search_latency_on_50k_chunks() -> None:
    index = _synthetic_index()
    queries = [
        "Vem beslutar om rivningslov i nämnden?",
        "bidrag till föreningar i kommunen",
        "avgift taxa plan",
    ]
    ranked = [cid for cid, _ in index.search(queries[0], k=len(index))]
    filters = {
        "none": None,
        "2/3 allowed": {cid for i, cid in enumerate(index.ids) if i % 3},
        "200 allowed": set(index.ids[::250]),
        "weakest half": set(ranked[len(ranked) // 2 :]),
    }
    report = []
    for name, allowed in filters.items():
        times = []
        for _ in range(2):
            for query in queries:
                start = time.perf_counter()
                hits = index.search(query, k=20, allowed=allowed)
                times.append((time.perf_counter() - start) * 1000)
                assert allowed is None or {cid for cid, _ in hits} <= allowed
        report.append(f"{name}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")
        assert statistics.median(times) < 50, report
    print(f"\n50,000 chunks, k=20 -> {'; '.join(report)}")
