"""The findings a reader of an answer should hear about, as short sentences for the assistant.

Which kinds are told is data: a kind with a ``note_sv`` in ``rules.toml`` (today: the document
expires soon, or states no decision date); a kind's ``note_audiences`` keeps a note to those it
matters to (a missing decision date is for staff to mend, not news to a resident). That a document
is superseded or expired is already said by the assistant's own status sentence, so it has no note
here.

>>> from store.schema import DocumentMeta, DocumentRecord
>>> doc = DocumentRecord("s", "s.pdf", "/s.pdf", "0", 8, DocumentMeta(title="Styrmodellen"))
>>> notes_for(doc, dt.date(2026, 11, 26))
['Styrmodellen anger inget beslutsdatum.']
>>> notes_for(doc, dt.date(2026, 11, 26), audience="resident")
[]
"""

from __future__ import annotations

import datetime as dt

from governance.checks import DOCUMENT_CHECKS, Facts
from governance.rulebook import Rulebook, default_rulebook
from store.schema import DocumentRecord
from store.status import status_at


def notes_for(
    record: DocumentRecord,
    as_of: dt.date,
    language: str = "sv",
    book: Rulebook | None = None,
    audience: str | None = None,
) -> list[str]:
    """Notes on ``record`` as of ``as_of``, in ``language`` ("sv" or "en"; Swedish otherwise), for
    ``audience`` (a kind's ``note_audiences`` says whom its note is for; None: everyone's notes).

    Judged from the record alone (no collection, no text), for a document the assistant
    presents as applying; the caller handles documents that something else has replaced.
    """
    book = book or default_rulebook()
    facts = Facts(doc=record, status=status_at(record, as_of), as_of=as_of, book=book)
    title = record.meta.title or record.file
    notes = []
    for check in DOCUMENT_CHECKS:
        for hit in check(facts):
            kind = book.kind(hit.kind)
            template = (kind.note_en if language == "en" else None) or kind.note_sv
            if template and (audience is None or not kind.note_audiences or audience in kind.note_audiences):
                notes.append(template.format(title=title, **hit.fields))
    return notes
