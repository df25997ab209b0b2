"""The `styrsvar documents` listing: one entry per document with its status as of a date.

``status_note`` explains a status the registry inferred rather than read: two versions of one
document (same type and title) that do not name each other, where the later decision is treated
as the version in force.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from store.reader import Store
from store.schema import DocumentRecord


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _decided(doc: DocumentRecord) -> str:
    if doc.meta.decision_date:
        return f"beslutad {doc.meta.decision_date.isoformat()}"
    if doc.meta.valid_from:
        return f"gäller från {doc.meta.valid_from.isoformat()}"
    return "datum okänt"


def status_note(store: Store, doc: DocumentRecord) -> str | None:
    """Why a document's status rests on another version that it does not name, in Swedish."""
    notes = []
    for conflict in store.registry.conflicts(doc.document_id):
        other_id = conflict.newer_id if conflict.older_id == doc.document_id else conflict.older_id
        other = store.registry.get(other_id)
        if other is None:
            continue
        same = f"Samma typ och titel som {other.file} ({_decided(other)}), och ingen av dem nämner den andra"
        if not conflict.ordered:
            notes.append(f"{same}: det går inte att avgöra vilken som är senast beslutad.")
        elif conflict.older_id == doc.document_id:
            notes.append(f"{same}: det senare beslutet behandlas som gällande version, inte detta.")
        else:
            notes.append(f"{same}: detta senare beslut behandlas som gällande version.")
    return " ".join(notes) or None


def document_entry(store: Store, doc: DocumentRecord, as_of: dt.date) -> dict[str, Any]:
    """The stable JSON shape of one document (see the README's interface section)."""
    reg = store.registry
    m = doc.meta
    replaces: str | None = None
    if doc.replaces_document_id and (target := reg.get(doc.replaces_document_id)):
        replaces = target.file
    elif m.replaces:
        replaces = m.replaces
    newer = sorted(reg.replaced_by(doc.document_id), key=lambda d: d.meta.valid_from or dt.date.min)
    status = reg.status(doc, as_of)
    return {
        "file": doc.file,
        "document_id": doc.document_id,
        "title": m.title,
        "type": m.doc_type,
        "decided_by": m.decided_by,
        "decision_date": _iso(m.decision_date),
        "paragraph": m.paragraph,
        "diarienummer": m.diarienummer,
        "valid_from": _iso(m.valid_from),
        "valid_to": _iso(m.valid_to),
        "replaces": replaces,
        "replaced_by": newer[0].file if newer else None,
        "scope": m.scope,
        "publication": str(m.publication),
        "publication_source": m.publication_source,
        "owner": m.owner,
        "review_date": _iso(m.review_date),
        "status": str(status.status),
        "status_since": _iso(status.since),
        "status_note": status_note(store, doc),
        "pages": doc.pages,
        "chunks": doc.chunks,
        "warnings": reg.warnings(doc.document_id),
    }


def list_documents(store: Store, as_of: dt.date) -> list[dict[str, Any]]:
    return [document_entry(store, d, as_of) for d in store.registry.documents()]
