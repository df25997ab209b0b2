"""Read access to the current store generation, for the assistant and the app."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings

from store.embeddings import embeddings_name, make_embeddings
from store.errors import StoreError, StoreNotFound
from store.index import ChunkIndex, make_client
from store.layout import Generation, read_current
from store.lexical import LexicalIndex
from store.registry import Registry

logger = logging.getLogger(__name__)


class Store:
    """The current generation's registry, vector index and lexical index.

    A long-running reader calls :meth:`refresh` before a query; it reopens the store when an
    ingest has switched generations in the meantime.

    Example:
        >>> store = Store.open(Path(".styrsvar"))  # doctest: +SKIP
        >>> [d.meta.title for d in store.registry.documents()]  # doctest: +SKIP
    """

    def __init__(self, path: Path, gen: Generation, embeddings: Embeddings, chroma_url: str | None) -> None:
        self.path = Path(path)
        self.generation = gen
        self.embeddings = embeddings
        self.chroma_url = chroma_url
        self.client = make_client(self.path, chroma_url)
        self.registry = Registry(gen.registry_path(self.path), readonly=True)
        self.index = ChunkIndex(self.client, gen.collection)
        self.lexical = LexicalIndex.load(gen.lexical_path(self.path))
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, chroma_url: str | None = None, embeddings: Embeddings | None = None) -> Store:
        """Open the store at ``path``; the embedding model is the one the index was built with."""
        path = Path(path)
        gen = read_current(path)
        if gen is None:
            raise StoreNotFound(f"no index in {path}: run `styrsvar ingest` first")
        if embeddings is None:
            embeddings = make_embeddings(gen.embeddings)
        elif embeddings_name(embeddings) != gen.embeddings:
            raise StoreError(
                f"the index in {path} was built with embeddings {gen.embeddings!r}, not "
                f"{embeddings_name(embeddings)!r}: re-ingest with the new model or choose the old one"
            )
        return cls(path, gen, embeddings, chroma_url)

    def refresh(self) -> bool:
        """Switch to a newer generation if an ingest made one. Returns True when it switched."""
        gen = read_current(self.path)
        if gen is None or gen.id == self.generation.id:
            return False
        with self._lock:
            if gen.id == self.generation.id:
                return False
            registry = Registry(gen.registry_path(self.path), readonly=True)
            index = ChunkIndex(self.client, gen.collection)
            lexical = LexicalIndex.load(gen.lexical_path(self.path))
            old = self.registry
            self.registry, self.index, self.lexical, self.generation = registry, index, lexical, gen
            old.close()
            logger.info("store switched to generation %s", gen.id)
            return True
