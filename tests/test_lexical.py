"""BM25 over Swedish passages: right passage first, filters before ranking, durable on disk."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

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
