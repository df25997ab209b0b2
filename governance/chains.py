"""Supersession chains: which document replaced which, oldest first, from the registry's links.

A chain starts at a document that replaces nothing in the collection (it may name, in its
"ersätter" line, a predecessor the collection does not hold: that text is kept, since it is all
that is known) and follows the documents that replace it. A document replaced by two documents
starts two chains. A document that is in no relation at all is in no chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from store.schema import DocumentRecord
from store.status import StatusAt


class LinkedRegistry(Protocol):
    def documents(self) -> list[DocumentRecord]: ...

    def get(self, document_id: str) -> DocumentRecord | None: ...

    def replaced_by(self, document_id: str) -> list[DocumentRecord]: ...

    def status(self, doc: DocumentRecord, as_of: dt.date) -> StatusAt: ...


@dataclass(frozen=True)
class Link:
    doc: DocumentRecord
    status: StatusAt


@dataclass(frozen=True)
class Chain:
    links: list[Link]  # oldest first
    unheld_predecessor: str | None = None  # the first document's "ersätter" text, not in the collection


def _start(doc: DocumentRecord) -> dt.date:
    return doc.meta.valid_from or doc.meta.decision_date or dt.date.min


def supersession_chains(registry: LinkedRegistry, as_of: dt.date) -> list[Chain]:
    """Every chain of replacements in the collection, ordered by its first document's title."""
    chains: list[Chain] = []
    for doc in registry.documents():
        if doc.replaces_document_id and registry.get(doc.replaces_document_id) is not None:
            continue  # not a first link
        newer = registry.replaced_by(doc.document_id)
        unheld = doc.meta.replaces if not doc.replaces_document_id else None
        if not newer and not unheld:
            continue
        for path in _paths(registry, doc, frozenset()):
            chains.append(Chain([Link(d, registry.status(d, as_of)) for d in path], unheld))
    return sorted(
        chains,
        key=lambda c: ((c.links[0].doc.meta.title or c.links[0].doc.file).lower(), c.links[0].doc.file),
    )


def _paths(registry: LinkedRegistry, doc: DocumentRecord, seen: frozenset[str]) -> list[list[DocumentRecord]]:
    """Every path from ``doc`` through the documents replacing it (a cycle stops where it closes)."""
    seen = seen | {doc.document_id}
    newer = sorted(
        (d for d in registry.replaced_by(doc.document_id) if d.document_id not in seen), key=_start
    )
    if not newer:
        return [[doc]]
    return [[doc, *rest] for d in newer for rest in _paths(registry, d, seen)]
