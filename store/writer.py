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
from store.schema import DocumentRecord, ParsedDocument, chunk_metadata, index_text
from store.units import Unit, split_units, unit_index_text, unit_metadata

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
        self.units: ChunkIndex | None = None
        self._new: set[str] = set()
        self.cache = EmbeddingCache(self.store_dir / "embeddings-cache.sqlite", embeddings_name(embeddings))

    @property
    def reuses_embeddings(self) -> bool:
        """Embeddings of the current generation can be copied only if made by the same model."""
        return self.current is not None and self.current.embeddings == embeddings_name(self.embeddings)

    @property
    def needs_rebuild(self) -> bool:
        """The current generation lacks something this version of the store holds (answer units)."""
        return self.current is not None and not self.current.has_units(self.store_dir)

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
        self.units = ChunkIndex(self.client, self.gen.units_collection, create=True)

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
        self._add_units(rec, self._units_of(rec), {})
        self._new.add(rec.document_id)

    def _units_of(self, doc: DocumentRecord) -> list[tuple[Unit, dict[str, str | int]]]:
        assert self.registry is not None
        return [
            (u, unit_metadata(u, doc, chunk_metadata(c, doc)))
            for c in self.registry.chunks(doc.document_id)
            for u in split_units(c)
        ]

    def _add_units(
        self,
        doc: DocumentRecord,
        units: list[tuple[Unit, dict[str, str | int]]],
        known: dict[str, list[float]],
    ) -> None:
        """Embed (or copy from ``known``) and index the answer units of one document."""
        assert self.units is not None
        if not units:
            return
        texts = [unit_index_text(u, doc) for u, _ in units]
        missing = [i for i, (u, _) in enumerate(units) if u.unit_id not in known]
        fresh = self.cache.embed([texts[i] for i in missing], self._embed) if missing else []
        vectors = dict(zip((units[i][0].unit_id for i in missing), fresh, strict=True))
        self.units.add(
            [u.unit_id for u, _ in units],
            texts,
            [m for _, m in units],
            [known.get(u.unit_id) or vectors[u.unit_id] for u, _ in units],
        )

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
        unit_lexical = LexicalIndex.build(
            [(u.unit_id, unit_index_text(u, docs[c.document_id])) for c in chunks for u in split_units(c)],
            abbreviations=legend,
        )
        unit_lexical.save(self.gen.units_lexical_path(self.store_dir))
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
        if self.units is not None:
            self.units.drop()
        shutil.rmtree(self.gen.folder(self.store_dir), ignore_errors=True)
        self.gen = None
        self.cache.close()

    def _copy_kept(self) -> None:
        """Copy embeddings of documents carried over unchanged from the current generation."""
        assert self.registry is not None and self.index is not None
        if self.current is None or not self.reuses_embeddings:
            return
        old = ChunkIndex(self.client, self.current.collection)
        old_units = (
            ChunkIndex(self.client, self.current.units_collection)
            if self.current.has_units(self.store_dir)
            else None
        )
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
            units = self._units_of(doc)
            known = old_units.get_embeddings([u.unit_id for u, _ in units]) if old_units else {}
            self._add_units(doc, units, known)

    def _collect_garbage(self) -> None:
        """Drop generations older than the previous one (kept for readers still using it)."""
        assert self.gen is not None
        keep = {self.gen.id, self.gen.previous}
        for gen_id in generation_folders(self.store_dir):
            if gen_id in keep:
                continue
            old = Generation(gen_id, "", "")
            for name in (old.collection, old.units_collection):
                try:
                    ChunkIndex(self.client, name).drop()
                except Exception:
                    logger.debug("no collection %s for generation %s", name, gen_id)
            shutil.rmtree(self.store_dir / f"gen-{gen_id}", ignore_errors=True)
