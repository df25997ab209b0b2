"""The store folder: generations of registry + index, and the pointer that switches between them.

Ingest builds a complete new generation aside and then replaces ``CURRENT`` atomically, so a
crash or kill mid-ingest leaves the previous generation fully usable. The previous generation is
kept one round so that a running app can finish queries against it.

    STORE/CURRENT                  {"generation": ..., "collection": ..., "embeddings": ...}
    STORE/gen-<id>/registry.sqlite
    STORE/gen-<id>/lexical.pkl
    STORE/gen-<id>/lexical-units.pkl  BM25 over answer units (sentences and table rows)
    STORE/chroma/                  embedded Chroma (absent with a Chroma server)
    STORE/audit.sqlite             question/answer turns
    STORE/embeddings-cache.sqlite  vectors by text hash, shared by all generations
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from store.index import COLLECTION_PREFIX


@dataclass(frozen=True)
class Generation:
    id: str
    embeddings: str
    created: str
    previous: str | None = None

    @property
    def collection(self) -> str:
        return COLLECTION_PREFIX + self.id

    @property
    def units_collection(self) -> str:
        """The collection of answer units (sentences and rows, see :mod:`store.units`)."""
        return COLLECTION_PREFIX + self.id + "-units"

    def folder(self, store_dir: Path) -> Path:
        return store_dir / f"gen-{self.id}"

    def registry_path(self, store_dir: Path) -> Path:
        return self.folder(store_dir) / "registry.sqlite"

    def lexical_path(self, store_dir: Path) -> Path:
        return self.folder(store_dir) / "lexical.pkl"

    def units_lexical_path(self, store_dir: Path) -> Path:
        return self.folder(store_dir) / "lexical-units.pkl"

    def has_units(self, store_dir: Path) -> bool:
        """Generations written before answer units existed have none: ingest rebuilds them."""
        return self.units_lexical_path(store_dir).exists()


def new_generation(embeddings: str, previous: Generation | None) -> Generation:
    now = dt.datetime.now(dt.UTC)
    gen_id = now.strftime("%Y%m%dt%H%M%S") + "-" + secrets.token_hex(3)
    return Generation(
        id=gen_id,
        embeddings=embeddings,
        created=now.isoformat(timespec="seconds"),
        previous=previous.id if previous else None,
    )


def read_current(store_dir: Path) -> Generation | None:
    path = store_dir / "CURRENT"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Generation(**{k: data[k] for k in ("id", "embeddings", "created", "previous") if k in data})


def write_current(store_dir: Path, gen: Generation) -> None:
    """Switch to ``gen`` atomically (write aside, fsync, rename)."""
    tmp = store_dir / f"CURRENT.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(gen), fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, store_dir / "CURRENT")


def generation_folders(store_dir: Path) -> list[str]:
    return sorted(p.name[4:] for p in store_dir.glob("gen-*") if p.is_dir())
