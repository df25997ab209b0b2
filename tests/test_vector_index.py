"""The exact search the answers use (``ChunkIndex.nearest``) over a real embedded Chroma collection."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.errors import StoreError
from store.index import ChunkIndex, make_client

VECTORS = {
    "a:1": [1.0, 0.0, 0.0],
    "a:2": [0.9, 0.1, 0.0],
    "b:1": [0.9, 0.1, 0.0],  # the same vector as a:2: a tie
    "b:2": [0.0, 1.0, 0.0],
    "c:1": [0.0, 0.0, 1.0],
}
PUBLIC = {"a:1", "b:1", "b:2"}


def index(folder: Path, order: list[str]) -> ChunkIndex:
    idx = ChunkIndex(make_client(folder), "styrsvar-test-units", create=True)
    meta = [{"publication": "extern" if i in PUBLIC else "intern", "document_id": i[0]} for i in order]
    idx.add(order, [f"text {i}" for i in order], meta, [VECTORS[i] for i in order])
    return idx


def found(idx: ChunkIndex, query: list[float], k: int, among: set[str], public_only: bool = False) -> list:
    return [h.chunk_id for h in idx.nearest(query, k, among, public_only=public_only)]


def test_the_nearest_are_exact_and_ties_are_broken_by_id_whatever_the_insertion_order(tmp_path: Path) -> None:
    ids = list(VECTORS)
    first = index(tmp_path / "one", ids)
    second = index(tmp_path / "two", ids[::-1])
    query = [1.0, 0.05, 0.0]
    for k in (1, 2, 3, 5):
        a = [(h.chunk_id, round(h.score, 6)) for h in first.nearest(query, k, set(ids), public_only=False)]
        assert a == [
            (h.chunk_id, round(h.score, 6)) for h in second.nearest(query, k, set(ids), public_only=False)
        ]
    # a:2 and b:1 tie for second place: the id decides, and a cut between them keeps a:2
    assert [h.chunk_id for h in first.nearest(query, 2, set(ids), public_only=False)] == ["a:1", "a:2"]
    assert [h.chunk_id for h in first.nearest(query, 5, set(ids), public_only=False)][:3] == [
        "a:1",
        "a:2",
        "b:1",
    ]


def test_only_the_given_ids_and_for_residents_only_public_ones(tmp_path: Path) -> None:
    idx = index(tmp_path, list(VECTORS))
    query = [1.0, 0.0, 0.0]
    assert [h.chunk_id for h in idx.nearest(query, 5, {"b:2", "c:1", "zz:9"}, public_only=False)] == [
        "b:2",
        "c:1",
    ]
    assert [h.chunk_id for h in idx.nearest(query, 5, set(VECTORS), public_only=True)] == [
        "a:1",
        "b:1",
        "b:2",
    ]
    assert idx.nearest(query, 5, {"c:1"}, public_only=True) == []
    assert idx.nearest(query, 5, set(), public_only=False) == []
    assert idx.nearest(query, 0, set(VECTORS), public_only=False) == []
    assert idx.nearest([1.0, 0.0, 0.0], 1, {"a:1"}, public_only=False)[0].score == pytest.approx(1.0)


def test_an_empty_collection_finds_nothing_and_a_missing_one_says_what_to_do(tmp_path: Path) -> None:
    empty = ChunkIndex(make_client(tmp_path), "styrsvar-empty", create=True)
    assert empty.nearest([1.0, 0.0, 0.0], 3, {"a:1"}, public_only=False) == []
    with pytest.raises(StoreError, match="styrsvar ingest"):
        ChunkIndex(make_client(tmp_path), "styrsvar-missing")
