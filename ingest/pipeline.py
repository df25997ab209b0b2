"""Ingest PDFs into the store: discover, skip what is unchanged, parse the rest, switch atomically.

Example:
    >>> from store.embeddings import make_embeddings
    >>> report = ingest([Path("corpus")], Path(".styrsvar"), make_embeddings())  # doctest: +SKIP
    >>> report.exit_code  # doctest: +SKIP
    0
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.chunker import chunk_blocks
from ingest.decisions import DocumentSource, extract_decisions
from ingest.errors import IngestError, UnreadablePDF
from ingest.lines import document_text
from ingest.manifest import ManifestDefaults, ManifestEntry, apply_manifest, read_manifest
from ingest.metadata import extract_metadata
from ingest.pdf import read_pages
from ingest.structure import find_blocks
from store.schema import DocumentRecord, ParsedDocument
from store.writer import StoreWriter

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.toml"


@dataclass(frozen=True)
class Source:
    path: Path
    file: str  # relative name shown to users and used in citations
    manifest: ManifestEntry | None
    defaults: ManifestDefaults | None = None  # the collection's [defaults] (publication rule)


@dataclass
class FileReport:
    file: str
    outcome: str  # added, updated, unchanged, removed, skipped
    reason: str = ""
    pages: int = 0
    chunks: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    files: list[FileReport]
    generation: str | None
    seconds: float
    parsed_pages: int
    embedded_chunks: int = 0  # chunks whose vectors were computed (not found in the cache)
    cached_chunks: int = 0  # chunks whose vectors came from the embedding cache

    @property
    def exit_code(self) -> int:
        """1 when anything was skipped, else 0."""
        return 1 if any(f.outcome == "skipped" for f in self.files) else 0

    def to_dict(self) -> dict[str, object]:
        return {
            "generation": self.generation,
            "seconds": round(self.seconds, 3),
            "parsed_pages": self.parsed_pages,
            "embedded_chunks": self.embedded_chunks,
            "cached_chunks": self.cached_chunks,
            "files": [f.__dict__ for f in self.files],
        }


def document_id_for(file: str) -> str:
    """A stable id from the relative file name.

    "Delegationsordning SBN 2024.pdf" -> "delegationsordning-sbn-2024".
    """
    stem = file[:-4] if file.lower().endswith(".pdf") else file
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "dokument"


def discover(paths: list[Path]) -> list[Source]:
    """PDF files under ``paths`` with their manifest entries (a folder's manifest.toml)."""
    sources: list[Source] = []
    for path in paths:
        if not path.exists():
            raise IngestError(f"{path} does not exist: give PDF files or folders that hold them")
        if path.is_dir():
            manifest = read_manifest(path / MANIFEST_NAME)
            for pdf in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"):
                rel = pdf.relative_to(path).as_posix()
                sources.append(Source(pdf, rel, manifest.entry(rel), manifest.defaults))
        else:
            manifest = read_manifest(path.parent / MANIFEST_NAME)
            sources.append(Source(path, path.name, manifest.entry(path.name), manifest.defaults))
    seen: set[str] = set()
    unique = []
    for src in sources:
        if src.file not in seen:
            seen.add(src.file)
            unique.append(src)
    return unique


def content_hash(src: Source) -> str:
    """Hash of the PDF bytes, its manifest entry and the collection's defaults: a manifest edit is a
    change too."""
    digest = hashlib.sha256(src.path.read_bytes())
    if src.manifest is not None:
        digest.update(json.dumps(src.manifest.model_dump(mode="json"), sort_keys=True).encode())
    if src.defaults is not None and src.defaults.model_dump(exclude_none=True):
        digest.update(json.dumps(src.defaults.model_dump(mode="json"), sort_keys=True).encode())
    return digest.hexdigest()


def parse(src: Source, sha256: str, max_tokens: int) -> tuple[ParsedDocument, list[str]]:
    """Parse one PDF into its record, chunks, delegation rows, abbreviations and decision records."""
    pages = read_pages(src.path)
    document_id = document_id_for(src.file)
    blocks = find_blocks(pages)
    chunks, rows, abbreviations = chunk_blocks(document_id, blocks, document_text(pages), max_tokens)
    meta = apply_manifest(extract_metadata(pages), src.manifest, src.defaults)
    decisions = extract_decisions(
        DocumentSource(document_id, src.file, meta.decided_by, meta.title, meta.doc_type),
        blocks,
        chunks,
        rows,
        abbreviations,
    )
    warnings = [
        f"page {p.number} has no text layer (scanned?); its content is not searchable"
        for p in pages
        if not p.text.strip()
    ]
    record = DocumentRecord(
        document_id=document_id,
        file=src.file,
        source_path=str(src.path.resolve()),
        sha256=sha256,
        pages=len(pages),
        meta=meta,
        chunks=len(chunks),
    )
    return ParsedDocument(record, chunks, rows, abbreviations, decisions), warnings


def ingest(
    paths: list[Path],
    store_dir: Path,
    embeddings: Embeddings,
    *,
    chroma_url: str | None = None,
    prune: bool = False,
    max_tokens: int = 350,
    progress: Callable[[str, FileReport], None] | None = None,
) -> IngestReport:
    """Bring the store in line with the PDFs under ``paths``.

    Unchanged files (same bytes, same manifest entry) are skipped; changed files replace their old
    version; with ``prune`` documents whose file is no longer there are removed. Bad files are
    reported and skipped (a previous good version of them stays). Nothing is visible to readers
    until the new generation is complete.

    ``progress(stage, report)`` is called as each file is read (stage "read", its outcome known)
    and as each new or changed file is embedded and stored (stage "stored"), so that a long
    ingest can show how far it has come.
    """
    report_progress = progress or (lambda stage, report: None)
    started = time.perf_counter()
    sources = discover(paths)
    writer = StoreWriter(store_dir, embeddings, chroma_url)
    old = writer.existing()
    reuse = writer.reuses_embeddings
    reread = old is not None and not old.holds_decisions()  # a store from before decision records
    reports: list[FileReport] = []
    todo: list[tuple[ParsedDocument, list[str], FileReport]] = []
    parsed_pages = 0
    for src in sources:
        doc_id = document_id_for(src.file)
        previous = old.get(doc_id) if old else None
        try:
            sha = content_hash(src)
            if previous is not None and reuse and previous.sha256 == sha and not reread:
                reports.append(
                    FileReport(src.file, "unchanged", pages=previous.pages, chunks=previous.chunks)
                )
                report_progress("read", reports[-1])
                continue
            parsed, warnings = parse(src, sha, max_tokens)
        except UnreadablePDF as exc:
            kept = " (the previously ingested version is kept)" if previous is not None else ""
            reports.append(FileReport(src.file, "skipped", reason=exc.reason + kept))
            report_progress("read", reports[-1])
            continue
        except OSError as exc:
            reports.append(FileReport(src.file, "skipped", reason=f"cannot read the file: {exc.strerror}"))
            report_progress("read", reports[-1])
            continue
        parsed_pages += parsed.record.pages
        report = FileReport(
            src.file,
            "updated" if previous is not None else "added",
            pages=parsed.record.pages,
            chunks=len(parsed.chunks),
            warnings=warnings,
        )
        todo.append((parsed, warnings, report))
        reports.append(report)
        report_progress("read", report)
    present = {document_id_for(s.file) for s in sources}
    removed = [d for d in (old.documents() if old else []) if prune and d.document_id not in present]
    reports.extend(FileReport(d.file, "removed") for d in removed)
    if old is not None and not reuse:
        kept_ids = {p.record.document_id for p, _, _ in todo}
        stale = [d for d in old.documents() if d.document_id not in kept_ids and d not in removed]
        for d in stale:  # the embedding model changed: everything must be re-embedded
            logger.warning("%s was not re-read with the new embedding model; ingest its file again", d.file)
    generation = None
    rebuild = writer.needs_rebuild  # a generation written by an older Styrsvar lacks answer units
    if todo or removed or (old is None and sources) or (old is not None and not reuse) or rebuild:
        writer.begin()
        try:
            for parsed, warnings, done in todo:
                writer.put(parsed, warnings)
                report_progress("stored", done)
            for d in removed:
                writer.delete(d.document_id)
            generation = writer.commit().id
        except BaseException:
            writer.abort()
            raise
    return IngestReport(
        reports,
        generation,
        time.perf_counter() - started,
        parsed_pages,
        embedded_chunks=writer.cache.misses,
        cached_chunks=writer.cache.hits,
    )
