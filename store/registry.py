"""The document registry: one SQLite file of documents, chunks, delegation rows, abbreviations and
decision records.

Facts about documents (who decided, when, what replaces what) live here as rows and are answered
by query; the vector index only helps find *which* document a question is about.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from store.errors import StoreNotFound
from store.layout import read_current
from store.schema import (
    Abbreviation,
    Chunk,
    ChunkKind,
    DecisionRecord,
    DelegationRow,
    DocumentMeta,
    DocumentRecord,
    Limit,
    ParsedDocument,
    Publication,
)
from store.status import StatusAt, status_at
from store.supersession import VersionConflict, find_conflicts, resolve_replaces

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    document_id TEXT PRIMARY KEY, file TEXT NOT NULL, source_path TEXT NOT NULL, sha256 TEXT NOT NULL,
    pages INTEGER NOT NULL, meta TEXT NOT NULL, replaces_document_id TEXT, chunks INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,
    page_start INTEGER NOT NULL, page_end INTEGER NOT NULL, section TEXT NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, kind TEXT NOT NULL, tokens INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(document_id);
CREATE TABLE IF NOT EXISTS delegation_rows (
    document_id TEXT NOT NULL, chunk_id TEXT NOT NULL, page INTEGER NOT NULL, section TEXT NOT NULL,
    number TEXT, matter TEXT NOT NULL, delegate TEXT NOT NULL, condition TEXT, legal_basis TEXT,
    cells TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rows_doc ON delegation_rows(document_id);
CREATE TABLE IF NOT EXISTS abbreviations (
    document_id TEXT NOT NULL, abbreviation TEXT NOT NULL, expansion TEXT NOT NULL, page INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, matter TEXT NOT NULL, decider TEXT NOT NULL,
    decider_code TEXT, condition TEXT, limit_amount REAL, limit_unit TEXT, limit_bound TEXT, lagrum TEXT,
    file TEXT NOT NULL, page INTEGER NOT NULL, section TEXT NOT NULL, source TEXT NOT NULL,
    quote TEXT NOT NULL, number TEXT, chunk_id TEXT, limit_floor REAL, PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE IF NOT EXISTS version_conflicts (
    older_id TEXT NOT NULL, newer_id TEXT NOT NULL, ordered INTEGER NOT NULL
);
"""
_TABLES = ("documents", "chunks", "delegation_rows", "abbreviations", "decisions")

_DATE_FIELDS = ("decision_date", "valid_from", "valid_to", "review_date")


def meta_to_json(meta: DocumentMeta) -> str:
    data = asdict(meta)
    for name in _DATE_FIELDS:
        data[name] = data[name].isoformat() if data[name] else None
    data["publication"] = str(meta.publication)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def meta_from_json(text: str) -> DocumentMeta:
    data: dict[str, Any] = json.loads(text)
    known = {f.name for f in fields(DocumentMeta)}
    data = {k: v for k, v in data.items() if k in known}
    for name in _DATE_FIELDS:
        data[name] = dt.date.fromisoformat(data[name]) if data.get(name) else None
    data["publication"] = Publication(data.get("publication") or Publication.UNKNOWN)
    return DocumentMeta(**data)


class Registry:
    """Read/write access to one registry file.

    Example:
        >>> reg = Registry(Path("/tmp/r.sqlite"))  # doctest: +SKIP
        >>> [d.file for d in reg.documents()]  # doctest: +SKIP
    """

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.executescript(_SCHEMA)
            _add_missing_columns(self._db)
        self._db.row_factory = sqlite3.Row
        self._docs: dict[str, DocumentRecord] | None = None
        self._newer: dict[str, list[DocumentRecord]] = {}  # document_id -> documents replacing it
        self._older: dict[str, list[DocumentRecord]] = {}  # document_id -> documents it replaces
        self._conflicts: dict[str, list[VersionConflict]] = {}  # document_id -> its version conflicts

    def close(self) -> None:
        self._db.close()

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of this registry to ``target`` (SQLite backup API)."""
        dest = sqlite3.connect(target)
        with dest:
            self._db.backup(dest)
        dest.close()

    # -- writing -----------------------------------------------------------------------------------
    def put(self, parsed: ParsedDocument, warnings: Iterable[str] = ()) -> None:
        """Insert or replace one document with everything parsed from it."""
        rec = parsed.record
        self.delete(rec.document_id)
        db = self._db
        db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
            (
                rec.document_id,
                rec.file,
                rec.source_path,
                rec.sha256,
                rec.pages,
                meta_to_json(rec.meta),
                None,
                len(parsed.chunks),
                json.dumps(list(warnings), ensure_ascii=False),
            ),
        )
        db.executemany(
            "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    c.chunk_id,
                    c.document_id,
                    c.ordinal,
                    c.text,
                    c.page_start,
                    c.page_end,
                    c.section,
                    c.char_start,
                    c.char_end,
                    str(c.kind),
                    c.tokens,
                )
                for c in parsed.chunks
            ],
        )
        db.executemany(
            "INSERT INTO delegation_rows VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    r.document_id,
                    r.chunk_id,
                    r.page,
                    r.section,
                    r.number,
                    r.matter,
                    r.delegate,
                    r.condition,
                    r.legal_basis,
                    json.dumps(r.cells, ensure_ascii=False),
                )
                for r in parsed.rows
            ],
        )
        db.executemany(
            "INSERT INTO abbreviations VALUES (?,?,?,?)",
            [(a.document_id, a.abbreviation, a.expansion, a.page) for a in parsed.abbreviations],
        )
        db.executemany(
            _INSERT_DECISION,
            [_decision_row(rec.document_id, i, d) for i, d in enumerate(parsed.decisions)],
        )
        self._docs = None

    def delete(self, document_id: str) -> None:
        for table in _TABLES:
            self._db.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
        self._db.execute(
            "DELETE FROM version_conflicts WHERE older_id = ? OR newer_id = ?", (document_id, document_id)
        )
        self._docs = None

    def relink(self) -> None:
        """Re-resolve every "ersätter" line against the whole collection (it may have changed), and
        find the versions no line links (two documents of one type and title): the later decision
        is treated as replacing the older."""
        docs = self.documents()
        links: dict[str, str | None] = {}
        for doc in docs:
            links[doc.document_id] = target = resolve_replaces(doc, docs)
            self._db.execute(
                "UPDATE documents SET replaces_document_id = ? WHERE document_id = ?",
                (target, doc.document_id),
            )
        self._db.execute("DELETE FROM version_conflicts")
        self._db.executemany(
            "INSERT INTO version_conflicts VALUES (?,?,?)",
            [(c.older_id, c.newer_id, int(c.ordered)) for c in find_conflicts(docs, links)],
        )
        self._docs = None

    def commit(self) -> None:
        self._db.commit()

    # -- reading -----------------------------------------------------------------------------------
    def _load(self) -> dict[str, DocumentRecord]:
        if self._docs is None:
            rows = self._db.execute("SELECT * FROM documents ORDER BY file").fetchall()
            self._docs = {
                r["document_id"]: DocumentRecord(
                    document_id=r["document_id"],
                    file=r["file"],
                    source_path=r["source_path"],
                    sha256=r["sha256"],
                    pages=r["pages"],
                    meta=meta_from_json(r["meta"]),
                    replaces_document_id=r["replaces_document_id"],
                    chunks=r["chunks"],
                )
                for r in rows
            }
            self._newer, self._older = {}, {}
            for d in self._docs.values():
                if d.replaces_document_id:
                    self._newer.setdefault(d.replaces_document_id, []).append(d)
                    if (named := self._docs.get(d.replaces_document_id)) is not None:
                        self._older.setdefault(d.document_id, []).append(named)
            self._conflicts = {}
            for c in self._read_conflicts():
                self._conflicts.setdefault(c.older_id, []).append(c)
                self._conflicts.setdefault(c.newer_id, []).append(c)
                newer, older = self._docs.get(c.newer_id), self._docs.get(c.older_id)
                if c.ordered and newer is not None and older is not None:
                    self._newer.setdefault(c.older_id, []).append(newer)
                    self._older.setdefault(c.newer_id, []).append(older)
        return self._docs

    def _read_conflicts(self) -> list[VersionConflict]:
        try:
            rows = self._db.execute("SELECT * FROM version_conflicts").fetchall()
        except sqlite3.OperationalError:  # a registry written before conflicts were recorded
            return []
        return [VersionConflict(r["older_id"], r["newer_id"], bool(r["ordered"])) for r in rows]

    def documents(self) -> list[DocumentRecord]:
        return list(self._load().values())

    def get(self, document_id: str) -> DocumentRecord | None:
        return self._load().get(document_id)

    def by_file(self, file: str) -> DocumentRecord | None:
        return next((d for d in self._load().values() if d.file == file), None)

    def warnings(self, document_id: str) -> list[str]:
        row = self._db.execute(
            "SELECT warnings FROM documents WHERE document_id = ?", (document_id,)
        ).fetchone()
        return json.loads(row["warnings"]) if row else []

    def replaced_by(self, document_id: str) -> list[DocumentRecord]:
        """The documents that replace this one: by their "ersätter" line, or as the later of two
        versions that do not name each other (see :meth:`conflicts`)."""
        self._load()
        return list(self._newer.get(document_id, ()))

    def replaced(self, document_id: str) -> list[DocumentRecord]:
        """The versions this document replaces: the one its "ersätter" line names, or the earlier
        of two versions under the same title that do not name each other."""
        self._load()
        return list(self._older.get(document_id, ()))

    def conflicts(self, document_id: str) -> list[VersionConflict]:
        """Versions of the same document (type and title) that neither names: see
        :func:`store.supersession.find_conflicts`."""
        self._load()
        return list(self._conflicts.get(document_id, ()))

    def status(self, doc: DocumentRecord, as_of: dt.date) -> StatusAt:
        return status_at(doc, as_of, self.replaced_by(doc.document_id))

    def statuses(self, as_of: dt.date) -> dict[str, StatusAt]:
        return {d.document_id: self.status(d, as_of) for d in self._load().values()}

    def chunks(self, document_id: str | None = None) -> list[Chunk]:
        if document_id is None:
            rows = self._db.execute("SELECT * FROM chunks ORDER BY document_id, ordinal").fetchall()
        else:
            rows = self._db.execute(
                "SELECT * FROM chunks WHERE document_id = ? ORDER BY ordinal", (document_id,)
            ).fetchall()
        return [_chunk(r) for r in rows]

    def chunk(self, chunk_id: str) -> Chunk | None:
        row = self._db.execute("SELECT * FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
        return _chunk(row) if row else None

    def delegation_rows(self, document_ids: Iterable[str] | None = None) -> list[DelegationRow]:
        rows = self._db.execute("SELECT * FROM delegation_rows").fetchall()
        wanted = set(document_ids) if document_ids is not None else None
        return [
            DelegationRow(
                document_id=r["document_id"],
                chunk_id=r["chunk_id"],
                page=r["page"],
                section=r["section"],
                number=r["number"],
                matter=r["matter"],
                delegate=r["delegate"],
                condition=r["condition"],
                legal_basis=r["legal_basis"],
                cells=json.loads(r["cells"]),
            )
            for r in rows
            if wanted is None or r["document_id"] in wanted
        ]

    def holds_decisions(self) -> bool:
        """Whether this registry has decision records at all (a store written before they existed
        has none, so its documents must be read again)."""
        found = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'decisions'")
        return found.fetchone() is not None

    def decisions(self, document_ids: Iterable[str] | None = None) -> list[DecisionRecord]:
        """Decision records, in document order (by file, then as extracted), of every document or of
        ``document_ids``. A registry written before decision records existed has none."""
        if not self.holds_decisions():
            return []
        order = {d.document_id: i for i, d in enumerate(self.documents())}
        wanted = set(document_ids) if document_ids is not None else None
        rows = self._db.execute("SELECT * FROM decisions ORDER BY document_id, ordinal").fetchall()
        picked = [r for r in rows if wanted is None or r["document_id"] in wanted]
        picked.sort(key=lambda r: (order.get(r["document_id"], len(order)), r["ordinal"]))
        return [_decision(r) for r in picked]

    def abbreviations(self, document_id: str | None = None) -> list[Abbreviation]:
        rows = self._db.execute("SELECT * FROM abbreviations").fetchall()
        return [
            Abbreviation(r["document_id"], r["abbreviation"], r["expansion"], r["page"])
            for r in rows
            if document_id is None or r["document_id"] == document_id
        ]


def _decision_row(document_id: str, ordinal: int, d: DecisionRecord) -> tuple[object, ...]:
    limit = d.limit
    return (
        document_id,
        ordinal,
        d.matter,
        d.decider,
        d.decider_code,
        d.condition,
        limit.amount if limit else None,
        limit.unit if limit else None,
        limit.bound if limit else None,
        d.lagrum,
        d.file,
        d.page,
        d.section,
        d.source,
        d.quote,
        d.number,
        d.chunk_id,
        limit.floor if limit else None,
    )


_DECISION_COLUMNS = (
    "document_id", "ordinal", "matter", "decider", "decider_code", "condition", "limit_amount",
    "limit_unit", "limit_bound", "lagrum", "file", "page", "section", "source", "quote", "number",
    "chunk_id", "limit_floor",
)  # fmt: skip
_PLACEHOLDERS = ",".join("?" * len(_DECISION_COLUMNS))
_INSERT_DECISION = f"INSERT INTO decisions ({', '.join(_DECISION_COLUMNS)}) VALUES ({_PLACEHOLDERS})"
_ADDED_COLUMNS = {"decisions": {"limit_floor": "REAL"}}  # columns newer than a registry written before them


def _floor(r: sqlite3.Row) -> float | None:
    return r["limit_floor"] if "limit_floor" in r.keys() else None  # a read-only registry from before it


def _add_missing_columns(db: sqlite3.Connection) -> None:
    """Give a registry written by an earlier Styrsvar the columns added since (empty in its rows)."""
    for table, columns in _ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns.items():
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    db.commit()


def _decision(r: sqlite3.Row) -> DecisionRecord:
    limit = (
        Limit(r["limit_amount"], r["limit_unit"], r["limit_bound"], _floor(r)) if r["limit_unit"] else None
    )
    return DecisionRecord(
        matter=r["matter"],
        decider=r["decider"],
        decider_code=r["decider_code"],
        condition=r["condition"],
        limit=limit,
        lagrum=r["lagrum"],
        document_id=r["document_id"],
        file=r["file"],
        page=r["page"],
        section=r["section"],
        source=r["source"],
        quote=r["quote"],
        number=r["number"],
        chunk_id=r["chunk_id"],
    )


def _chunk(r: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=r["chunk_id"],
        document_id=r["document_id"],
        ordinal=r["ordinal"],
        text=r["text"],
        page_start=r["page_start"],
        page_end=r["page_end"],
        section=r["section"],
        char_start=r["char_start"],
        char_end=r["char_end"],
        kind=ChunkKind(r["kind"]),
        tokens=r["tokens"],
    )


def open_registry(store_dir: Path) -> Registry:
    """The store's current registry alone, read-only: for reports that need no search index.

    Raises:
        StoreNotFound: nothing has been ingested into ``store_dir`` yet.
    """
    gen = read_current(Path(store_dir))
    if gen is None:
        raise StoreNotFound(f"no index in {store_dir}: run `styrsvar ingest` first")
    return Registry(gen.registry_path(Path(store_dir)), readonly=True)
