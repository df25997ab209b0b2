"""A running reader picks up a new generation with its vectors already read, and never waits for
another caller's switch (real ingest, real Chroma)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from store.errors import StoreError
from store.index import ChunkIndex
from store.reader import Store
from tests.conftest import FIXTURES

FIRST = ["representationspolicy-2019.pdf", "representationspolicy-2024.pdf"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in FIRST:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def _count_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    original = ChunkIndex._read_matrix

    def counting(self):
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(ChunkIndex, "_read_matrix", counting)
    return reads


def _second_generation(folder: Path, store_dir: Path, embeddings) -> None:
    shutil.copy(FIXTURES / "riktlinje-it-incidenter.pdf", folder)
    assert ingest([folder], store_dir, embeddings).exit_code == 0


def test_preload_reads_both_indexes_once_and_searches_read_nothing_more(
    folder, warm_store_dir, embeddings, monkeypatch
):
    ingest([folder], warm_store_dir, embeddings)
    store = Store.open(warm_store_dir, embeddings=embeddings)
    reads = _count_reads(monkeypatch)
    store.preload()
    assert sorted(reads) == sorted([store.index.name, store.units.name])
    vector = embeddings.embed_query("representation alkohol")
    among = [hit.chunk_id for hit in store.index.query(vector, 5)]
    assert store.index.nearest(vector, 3, among, public_only=False)
    assert len(reads) == 2, "a preloaded index is not read again at the first search"


def test_refresh_serves_the_new_generation_with_its_vectors_read(
    folder, warm_store_dir, embeddings, monkeypatch
):
    ingest([folder], warm_store_dir, embeddings)
    store = Store.open(warm_store_dir, embeddings=embeddings)
    old = store.generation.id
    _second_generation(folder, warm_store_dir, embeddings)
    reads = _count_reads(monkeypatch)
    assert store.refresh() is True
    assert store.generation.id != old
    assert sorted(reads) == sorted([store.index.name, store.units.name]), "read before the switch"
    assert store.registry.get("riktlinje-it-incidenter") is not None


def test_a_caller_does_not_wait_for_another_callers_switch(folder, warm_store_dir, embeddings):
    ingest([folder], warm_store_dir, embeddings)
    store = Store.open(warm_store_dir, embeddings=embeddings)
    old = store.generation.id
    _second_generation(folder, warm_store_dir, embeddings)
    with store._lock:  # another caller is switching
        assert store.refresh() is False
        assert store.generation.id == old
        assert store.registry.get("representationspolicy-2024") is not None
    assert store.refresh() is True
    assert store.generation.id != old


def test_a_new_generation_that_cannot_be_read_leaves_the_current_one_served(
    folder, warm_store_dir, embeddings, monkeypatch
):
    ingest([folder], warm_store_dir, embeddings)
    store = Store.open(warm_store_dir, embeddings=embeddings)
    old = store.generation.id
    _second_generation(folder, warm_store_dir, embeddings)

    def broken(self):
        raise StoreError(f"the vector index {self.name!r} is incomplete; run `styrsvar ingest` again")

    monkeypatch.setattr(ChunkIndex, "_read_matrix", broken)
    with pytest.raises(StoreError, match="incomplete"):
        store.refresh()
    assert store.generation.id == old
    assert {d.file for d in store.registry.documents()} == set(FIRST), "the current registry is still open"
    monkeypatch.undo()
    assert store.refresh() is True, "the lock is released after a failed switch"
