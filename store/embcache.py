"""Embeddings cached by text hash, so the same text is never embedded twice by the same model.

Renamed files, copies and synthetic collections re-use vectors; an unchanged chunk of a changed
document does too. One SQLite file per store, keyed by (model, sha256 of the embedded text).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path, model: str) -> None:
        self.model = model
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors "
            "(model TEXT NOT NULL, key TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, key))"
        )
        self.hits = 0
        self.misses = 0

    def embed(
        self, texts: Sequence[str], embed: Callable[[list[str]], list[list[float]]]
    ) -> list[list[float]]:
        """Vectors for ``texts``: cached ones looked up, the rest computed by ``embed`` and stored."""
        keys = [text_key(t) for t in texts]
        found: dict[str, list[float]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                [self.model, *part],
            ).fetchall()
            found.update({k: np.frombuffer(v, dtype=np.float32).tolist() for k, v in rows})
        missing = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = embed([texts[i] for i in missing])
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                    [
                        (self.model, keys[i], np.asarray(v, dtype=np.float32).tobytes())
                        for i, v in zip(missing, vectors, strict=True)
                    ],
                )
            for i, v in zip(missing, vectors, strict=True):
                found[keys[i]] = list(v)
        return [found[k] for k in keys]

    def close(self) -> None:
        self._db.close()
