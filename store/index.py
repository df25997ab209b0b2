"""The vector index: one Chroma collection per store generation, embedded or on a Chroma server.

We always pass embeddings ourselves (Chroma's default embedding function downloads a model).
Chroma keeps the vectors and their metadata; the answers search them exactly (``nearest``), so the
same documents give the same neighbours on every ingest, which an HNSW graph built on several
threads does not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.collection_configuration import CreateHNSWConfiguration
from chromadb.config import Settings

from store.errors import StoreError
from store.schema import Publication

logger = logging.getLogger(__name__)

COLLECTION_PREFIX = "styrsvar-"
EXTERN = str(Publication.EXTERN)


@dataclass(frozen=True)
class _Matrix:
    """Every vector of a collection, unit length, with its id and whether it is public."""

    ids: list[str]
    position: dict[str, int]
    vectors: np.ndarray
    public: np.ndarray


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    score: float  # cosine similarity, higher is better
    metadata: dict[str, Any]
    text: str


def make_client(store_dir: Path, chroma_url: str | None = None) -> ClientAPI:
    """An embedded Chroma under ``store_dir/chroma``, or a client of the server at ``chroma_url``."""
    settings = Settings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=settings,
            )
        except Exception as exc:
            raise StoreError(
                f"cannot reach the Chroma server at {chroma_url} ({exc}); start it with "
                "`chroma run --path DIR --host 127.0.0.1 --port 8000` or drop --chroma-url to use the "
                "embedded store"
            ) from exc
    (store_dir / "chroma").mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(store_dir / "chroma"), settings=settings)


# The HNSW graph, for the searches that may be approximate (the baseline of the evaluation). Chroma
# inserts a batch into it on several threads (it has no setting for that), so two ingests of the same
# documents can build slightly different graphs, and now and then a distant neighbour (rank 40 of 50,
# say) is found by one and not the other: the answers use ``ChunkIndex.nearest`` instead.
HNSW: CreateHNSWConfiguration = {
    "space": "cosine",
    "ef_construction": 200,
    "ef_search": 200,
    "max_neighbors": 32,
}


class ChunkIndex:
    """One collection of chunk embeddings with flat metadata."""

    def __init__(self, client: ClientAPI, name: str, *, create: bool = False) -> None:
        self.client = client
        self.name = name
        try:
            if create:
                self._col = client.get_or_create_collection(
                    name, embedding_function=None, configuration={"hnsw": HNSW}
                )
            else:
                self._col = client.get_collection(name, embedding_function=None)
        except Exception as exc:
            raise StoreError(
                f"the vector index {name!r} is missing ({exc}); run `styrsvar ingest` to rebuild it"
            ) from exc
        self._matrix: _Matrix | None = None
        self._lock = threading.Lock()

    def count(self) -> int:
        return int(self._col.count())

    def add(
        self, ids: list[str], texts: list[str], metadatas: list[dict[str, Any]], embeddings: list[list[float]]
    ) -> None:
        batch = max(1, min(5000, int(self.client.get_max_batch_size())))
        for i in range(0, len(ids), batch):
            self._col.add(
                ids=ids[i : i + batch],
                documents=texts[i : i + batch],
                metadatas=metadatas[i : i + batch],  # type: ignore[arg-type]
                embeddings=embeddings[i : i + batch],  # type: ignore[arg-type]
            )

    def get_embeddings(self, ids: list[str]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for i in range(0, len(ids), 1000):
            got = self._col.get(ids=ids[i : i + 1000], include=["embeddings"])  # type: ignore[list-item]
            embs = got["embeddings"]
            for cid, emb in zip(got["ids"], embs if embs is not None else [], strict=False):
                out[cid] = [float(x) for x in emb]
        return out

    def query(self, vector: list[float], k: int, where: dict[str, Any] | None = None) -> list[Hit]:
        if k <= 0:
            return []
        res = self._col.query(
            query_embeddings=[vector],  # type: ignore[arg-type]
            n_results=k,
            where=where or None,
            include=["distances", "metadatas", "documents"],  # type: ignore[list-item]
        )
        ids = res["ids"][0]
        dists = (res["distances"] or [[]])[0]
        metas = (res["metadatas"] or [[]])[0]
        docs = (res["documents"] or [[]])[0]
        return [
            Hit(chunk_id=i, score=1.0 - float(d), metadata=dict(m or {}), text=t or "")
            for i, d, m, t in zip(ids, dists, metas, docs, strict=False)
        ]

    def nearest(self, vector: list[float], k: int, among: Collection[str], *, public_only: bool) -> list[Hit]:
        """The ``k`` entries of ``among`` nearest to ``vector`` by exact cosine similarity, best first
        (ties by id), with no text or metadata. ``public_only`` keeps only what the index itself
        marks ``publication = extern``, whatever ``among`` holds. The vectors are read from the
        collection once, on the first search."""
        if k <= 0 or not among:
            return []
        m = self._load()
        rows = np.fromiter((m.position[i] for i in among if i in m.position), dtype=np.int64)
        if public_only:
            rows = rows[m.public[rows]]
        if rows.size == 0:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query /= max(float(np.linalg.norm(query)), 1e-12)
        scores = (m.vectors @ query)[rows]  # scored alike whatever the subset, to the last bit
        if rows.size > k:  # every entry tied with the k-th stays, and the id decides among them
            kth = np.partition(scores, rows.size - k)[rows.size - k]
            keep = scores >= kth
            rows, scores = rows[keep], scores[keep]
        pairs = zip(scores.tolist(), rows.tolist(), strict=True)
        ranked = sorted(pairs, key=lambda sr: (-sr[0], m.ids[sr[1]]))[:k]
        return [Hit(chunk_id=m.ids[r], score=float(sc), metadata={}, text="") for sc, r in ranked]

    def preload(self) -> None:
        """Read the vectors now rather than at the first search (a new generation is loaded before it
        is served, so that no question waits for it)."""
        self._load()

    def _load(self) -> _Matrix:
        with self._lock:
            if self._matrix is None:
                self._matrix = self._read_matrix()
            return self._matrix

    def _read_matrix(self) -> _Matrix:
        count, page = self.count(), 5000
        ids: list[str] = []
        public: list[bool] = []
        matrix = np.zeros((count, 1), dtype=np.float32)
        for offset in range(0, count, page):
            got = self._col.get(include=["embeddings", "metadatas"], limit=page, offset=offset)  # type: ignore[list-item]
            embs = np.asarray(got["embeddings"] if got["embeddings"] is not None else [], dtype=np.float32)
            if embs.ndim != 2 or len(embs) != len(got["ids"]):
                break  # reported below
            if offset == 0:
                matrix = np.empty((count, embs.shape[1]), dtype=np.float32)
            matrix[len(ids) : len(ids) + len(embs)] = embs
            ids.extend(got["ids"])
            public.extend((meta or {}).get("publication") == EXTERN for meta in got["metadatas"] or [])
        if not len(set(ids)) == len(ids) == len(public) == count:
            raise StoreError(f"the vector index {self.name!r} is incomplete; run `styrsvar ingest` again")
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
        position = {cid: i for i, cid in enumerate(ids)}
        return _Matrix(ids, position, matrix, np.array(public, dtype=bool))

    def drop(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:  # already gone
            logger.debug("collection %s already deleted", self.name)
