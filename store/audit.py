"""The audit log: every question/answer turn, appended to ``STORE/audit.sqlite``.

A municipality must be able to show what its assistant answered, from which passages, and how
users judged it. People paste personal data into chat boxes, so personnummer, e-mail addresses
and phone numbers are redacted *before* anything is written: the log never holds them.

This module takes plain values (no assistant types) so that the store layer stays below the
assistant in the dependency order.

Example:
    >>> log = AuditLog(Path("/tmp/audit.sqlite"))  # doctest: +SKIP
    >>> turn = log.record(channel="cli", audience="employee", question="Vem beslutar om rivningslov?",
    ...                   answer="Bygglovshandläggaren ...")  # doctest: +SKIP
    >>> log.feedback(turn, +1)  # doctest: +SKIP
    True
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any, Literal

from store.redact import REDACTED_EMAIL, REDACTED_PHONE, REDACTED_PNR, redact

logger = logging.getLogger(__name__)

Channel = Literal["staff", "public", "cli"]
CHANNELS: tuple[str, ...] = ("staff", "public", "cli")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    turn_id TEXT PRIMARY KEY, time TEXT NOT NULL, channel TEXT NOT NULL, audience TEXT NOT NULL,
    question TEXT NOT NULL, filters TEXT NOT NULL, retrieved TEXT NOT NULL, answer TEXT NOT NULL,
    abstained INTEGER NOT NULL, citations TEXT NOT NULL, model TEXT NOT NULL,
    feedback INTEGER, feedback_time TEXT
);
CREATE INDEX IF NOT EXISTS turns_time ON turns(time);
"""

__all__ = ["REDACTED_EMAIL", "REDACTED_PHONE", "REDACTED_PNR", "AuditLog", "redact"]


def _redact_value(value: Any) -> Any:
    """Redact every string inside a JSON-like value (dicts, lists, scalars)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {k: _redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact_value(v) for v in value]
    return value


def _json(value: Any) -> str:
    return json.dumps(_redact_value(value), ensure_ascii=False, sort_keys=True, default=str)


def _use_wal(db: sqlite3.Connection, wait: float = 10.0) -> None:
    """Put the file in WAL mode (it stays so). While another process does the same, SQLite answers
    "database is locked" at once instead of waiting its busy timeout: workers starting together
    would fail, so the switch is tried again for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class AuditLog:
    """Append-only log of turns in one SQLite file.

    Each call opens its own connection (SQLite connections must not be shared across threads
    without care, and the web app answers on many threads); a lock serialises writers in this
    process, and WAL mode lets readers in other processes look at the log meanwhile.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, closing(self._connect()) as db, db:
            _use_wal(db)
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        return db

    def record(
        self,
        *,
        channel: Channel,
        audience: str,
        question: str,
        answer: str,
        abstained: bool = False,
        filters: Mapping[str, Any] | None = None,
        retrieved: Iterable[str] = (),
        citations: Sequence[Mapping[str, Any]] = (),
        model: str = "",
        time: dt.datetime | None = None,
    ) -> str:
        """Append one turn (redacted) and return its id, for feedback later.

        Args:
            channel: where the question came from: ``staff``, ``public`` or ``cli``.
            audience: the audience the answer was scoped to (``employee``, ``resident`` ...).
            retrieved: chunk ids of the passages the answer was built from, in rank order.
            citations: the citations as JSON-like dicts (``dataclasses.asdict`` of each).
        """
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
        turn_id = uuid.uuid4().hex
        when = (time or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        row = (
            turn_id,
            when,
            channel,
            str(audience),
            redact(question),
            _json(dict(filters or {})),
            _json(list(retrieved)),
            redact(answer),
            int(abstained),
            _json([dict(c) for c in citations]),
            model,
        )
        with self._lock, closing(self._connect()) as db, db:
            db.execute(
                "INSERT INTO turns (turn_id, time, channel, audience, question, filters, retrieved, answer, "
                "abstained, citations, model) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                row,
            )
        return turn_id

    def feedback(self, turn_id: str, value: int) -> bool:
        """Store a user's judgement of a turn: +1 (helpful) or -1 (not helpful); the last one wins.

        Returns False when no such turn exists (an old page after the log was moved, say).
        """
        if value not in (1, -1):
            raise ValueError(f"feedback must be +1 or -1, not {value!r}")
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._lock, closing(self._connect()) as db, db:
            cur = db.execute(
                "UPDATE turns SET feedback = ?, feedback_time = ? WHERE turn_id = ?", (value, when, turn_id)
            )
            found = cur.rowcount > 0
        if not found:
            logger.warning("feedback for unknown turn %s ignored", turn_id)
        return found

    def turns(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest turns, newest first, with JSON columns decoded (for review and tests)."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT * FROM turns ORDER BY time DESC, rowid DESC LIMIT ?", (limit,)
            ).fetchall()
        return [_decode(r) for r in rows]

    def get(self, turn_id: str) -> dict[str, Any] | None:
        """One turn by id, or None."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM turns WHERE turn_id = ?", (turn_id,)).fetchone()
        return _decode(row) if row else None


def _decode(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    for key in ("filters", "retrieved", "citations"):
        item[key] = json.loads(item[key])
    item["abstained"] = bool(item["abstained"])
    return item
