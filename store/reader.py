"""Read access to the current store generation, for the assistant and the app."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from chromadb.api import ClientAPI
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
    ingest has switched generations in the meantime. :meth:`preload` reads the vectors ahead of
    the first search; a refresh preloads the new generation before serving it.

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
        self.units, self.unit_lexical = _open_units(self.client, self.path, gen)
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

    def preload(self) -> None:
        """Read both vector indexes into memory now (otherwise the first search does it)."""
        self.index.preload()
        self.units.preload()

    def refresh(self) -> bool:
        """Switch to a newer generation if an ingest made one. Returns True when it switched.

        The new generation's vectors are read before it is served. While one caller does that,
        the others go on with the current generation instead of waiting for it."""
        gen = read_current(self.path)
        if gen is None or gen.id == self.generation.id:
            return False
        if not self._lock.acquire(blocking=False):
            return False
        try:
            if gen.id == self.generation.id:
                return False
            registry = Registry(gen.registry_path(self.path), readonly=True)
            try:
                index = ChunkIndex(self.client, gen.collection)
                lexical = LexicalIndex.load(gen.lexical_path(self.path))
                units, unit_lexical = _open_units(self.client, self.path, gen)
                index.preload()
                units.preload()
            except BaseException:
                registry.close()
                raise
            old = self.registry
            self.registry, self.index, self.lexical, self.generation = registry, index, lexical, gen
            self.units, self.unit_lexical = units, unit_lexical
            old.close()
            logger.info("store switched to generation %s", gen.id)
            return True
        finally:
            self._lock.release()


def _open_units(client: ClientAPI, path: Path, gen: Generation) -> tuple[ChunkIndex, LexicalIndex]:
    """The answer units' vector and lexical indexes (see :mod:`store.units`)."""
    if not gen.has_units(path):
        raise StoreError(
            f"the index in {path} was built by an older Styrsvar and has no sentence index: run "
            "`styrsvar ingest` again (unchanged documents are re-used)"
        )
    return ChunkIndex(client, gen.units_collection), LexicalIndex.load(gen.units_lexical_path(path))
