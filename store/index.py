"""The vector index: one Chroma collection per store generation, embedded or on a Chroma server.

We always pass embeddings ourselves (Chroma's default embedding function downloads a model).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.collection_configuration import CreateHNSWConfiguration
from chromadb.config import Settings

from store.errors import StoreError

logger = logging.getLogger(__name__)

COLLECTION_PREFIX = "styrsvar-"


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


# The HNSW graph, built on one thread so that the same documents always give the same graph (built
# on several, the neighbours a query finds varied from one ingest to the next), and searched wide
# enough that it finds what an exact search would at this size (tens of thousands of sentences).
HNSW: CreateHNSWConfiguration = {
    "space": "cosine",
    "num_threads": 1,
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

    def drop(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:  # already gone
            logger.debug("collection %s already deleted", self.name)
