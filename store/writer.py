"""Build a new store generation aside, then switch to it: the only way anything writes the store."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from chromadb.api import ClientAPI
from langchain_core.embeddings import Embeddings

from store.embcache import EmbeddingCache
from store.embeddings import embeddings_name
from store.index import ChunkIndex, make_client
from store.layout import Generation, generation_folders, new_generation, read_current, write_current
from store.lexical import LexicalIndex
from store.registry import Registry
from store.schema import ParsedDocument, chunk_metadata, index_text

logger = logging.getLogger(__name__)

EMBED_BATCH = 64


class StoreWriter:
    """One ingest transaction.

    Starts from a copy of the current generation (every document kept as it is), applies
    ``put``/``delete``, and on ``commit`` copies the kept documents' embeddings, rebuilds the
    lexical index and switches ``CURRENT``. ``abort`` (or a crash) leaves ``CURRENT`` untouched.
    """

    def __init__(self, store_dir: Path, embeddings: Embeddings, chroma_url: str | None = None) -> None:
        self.store_dir = Path(store_dir)
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.embeddings = embeddings
        self.chroma_url = chroma_url
        self.client: ClientAPI = make_client(self.store_dir, chroma_url)
        self.current = read_current(self.store_dir)
        self._old_registry = (
            Registry(self.current.registry_path(self.store_dir), readonly=True) if self.current else None
        )
        self.gen: Generation | None = None
        self.registry: Registry | None = None
        self.index: ChunkIndex | None = None
        self._new: set[str] = set()
        self.cache = EmbeddingCache(self.store_dir / "embeddings-cache.sqlite", embeddings_name(embeddings))

    @property
    def reuses_embeddings(self) -> bool:
        """Embeddings of the current generation can be copied only if made by the same model."""
        return self.current is not None and self.current.embeddings == embeddings_name(self.embeddings)

    def existing(self) -> Registry | None:
        """The registry of the current generation (read-only), to decide what changed."""
        return self._old_registry

    def begin(self) -> None:
        self.gen = new_generation(embeddings_name(self.embeddings), self.current)
        folder = self.gen.folder(self.store_dir)
        folder.mkdir(parents=True)
        if self._old_registry is not None and self.reuses_embeddings:
            self._old_registry.copy_to(self.gen.registry_path(self.store_dir))
        self.registry = Registry(self.gen.registry_path(self.store_dir))
        self.index = ChunkIndex(self.client, self.gen.collection, create=True)

    def put(self, parsed: ParsedDocument, warnings: list[str] | None = None) -> None:
        assert self.registry is not None and self.index is not None, "call begin() first"
        rec = parsed.record
        texts = [index_text(c, rec) for c in parsed.chunks]
        vectors = self.cache.embed(texts, self._embed)
        self.registry.put(parsed, warnings or [])
        if parsed.chunks:
            self.index.add(
                [c.chunk_id for c in parsed.chunks],
                texts,
                [chunk_metadata(c, rec) for c in parsed.chunks],
                vectors,
            )
        self._new.add(rec.document_id)

    def _embed(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), EMBED_BATCH):
            vectors.extend(self.embeddings.embed_documents(texts[i : i + EMBED_BATCH]))
        return vectors

    def delete(self, document_id: str) -> None:
        assert self.registry is not None
        self.registry.delete(document_id)
        self._new.discard(document_id)

    def commit(self) -> Generation:
        assert self.registry is not None and self.index is not None and self.gen is not None
        self.registry.relink()
        self._copy_kept()
        self.registry.commit()
        chunks = self.registry.chunks()
        docs = {d.document_id: d for d in self.registry.documents()}
        legend = {a.abbreviation: a.expansion for a in self.registry.abbreviations()}
        lexical = LexicalIndex.build(
            [(c.chunk_id, index_text(c, docs[c.document_id])) for c in chunks], abbreviations=legend
        )
        lexical.save(self.gen.lexical_path(self.store_dir))
        self.registry.close()
        write_current(self.store_dir, self.gen)
        logger.info("switched to generation %s (%d chunks)", self.gen.id, len(chunks))
        self._collect_garbage()
        self.cache.close()
        return self.gen

    def abort(self) -> None:
        if self.gen is None:
            return
        if self.registry is not None:
            self.registry.close()
        if self.index is not None:
            self.index.drop()
        shutil.rmtree(self.gen.folder(self.store_dir), ignore_errors=True)
        self.gen = None
        self.cache.close()

    def _copy_kept(self) -> None:
        """Copy embeddings of documents carried over unchanged from the current generation."""
        assert self.registry is not None and self.index is not None
        if self.current is None or not self.reuses_embeddings:
            return
        old = ChunkIndex(self.client, self.current.collection)
        for doc in self.registry.documents():
            if doc.document_id in self._new:
                continue
            chunks = self.registry.chunks(doc.document_id)
            ids = [c.chunk_id for c in chunks]
            vectors = old.get_embeddings(ids)
            missing = [i for i in ids if i not in vectors]
            if missing:
                texts = [index_text(c, doc) for c in chunks if c.chunk_id in set(missing)]
                vectors.update(zip(missing, self.cache.embed(texts, self._embed), strict=True))
            self.index.add(
                ids,
                [index_text(c, doc) for c in chunks],
                [chunk_metadata(c, doc) for c in chunks],
                [vectors[i] for i in ids],
            )

    def _collect_garbage(self) -> None:
        """Drop generations older than the previous one (kept for readers still using it)."""
        assert self.gen is not None
        keep = {self.gen.id, self.gen.previous}
        for gen_id in generation_folders(self.store_dir):
            if gen_id in keep:
                continue
            try:
                ChunkIndex(self.client, Generation(gen_id, "", "").collection).drop()
            except Exception:
                logger.debug("no collection for generation %s", gen_id)
            shutil.rmtree(self.store_dir / f"gen-{gen_id}", ignore_errors=True)
