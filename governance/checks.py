"""The checks: one small function per kind of finding, each reading only registry facts.

A check gets the :class:`Facts` of one document (its record, its status as of the report's
date, what replaced it, its chunks) and yields :class:`Hit`\\ s: a kind named in ``rules.toml``
and the values its message needs. Severity, rule and wording live in the rule file, not here.

A value the registry does not hold is unknown, and a check never fills it in: a missing
decision date is reported as missing, and a program without any date is reported as "cannot be
judged", not as overdue.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from governance.mandate import mandate_period, previous_period
from governance.rulebook import Rulebook
from governance.statements import publication_statements, review_dates, states_until_further_notice
from governance.versions import looks_like_same_title, names_title
from store.schema import Chunk, DocumentRecord, Publication, Status
from store.status import StatusAt, is_current

PROGRAM = "program"


@dataclass(frozen=True)
class Hit:
    kind: str
    fields: dict[str, str | int] = field(default_factory=dict)
    rule: str | None = None  # overrides the kind's rule (who decides depends on the document type)


@dataclass(frozen=True)
class Facts:
    """Everything a check may look at for one document."""

    doc: DocumentRecord
    status: StatusAt
    as_of: dt.date
    book: Rulebook
    replaced_by: Sequence[DocumentRecord] = ()  # documents whose "ersätter" names this one
    chunks: Sequence[Chunk] = ()


def name(doc: DocumentRecord) -> str:
    """ "Representationspolicy (representationspolicy-2024.pdf)": title and file, or the file alone."""
    return f"{doc.meta.title} ({doc.file})" if doc.meta.title else doc.file


def missing_decided_by(f: Facts) -> Iterator[Hit]:
    if not f.doc.meta.decided_by:
        yield Hit("missing_decided_by")


def missing_decision_date(f: Facts) -> Iterator[Hit]:
    if f.doc.meta.decision_date is None:
        yield Hit("missing_decision_date")


def missing_validity(f: Facts) -> Iterator[Hit]:
    m = f.doc.meta
    if m.valid_from is None and m.valid_to is None and not states_until_further_notice(f.chunks):
        yield Hit("missing_validity")


def missing_scope(f: Facts) -> Iterator[Hit]:
    if not f.doc.meta.scope:
        yield Hit("missing_scope")


def superseded(f: Facts) -> Iterator[Hit]:
    if f.status.status is Status.REPEALED:
        replacer = next((d for d in f.replaced_by if d.document_id == f.status.by_document_id), None)
        by = name(replacer) if replacer else "ett annat dokument i samlingen"
        since = f" från {f.status.since.isoformat()}" if f.status.since else ""
        yield Hit("superseded", {"by": by, "since": since})


def expired(f: Facts) -> Iterator[Hit]:
    if f.status.status is Status.EXPIRED and f.doc.meta.valid_to is not None:
        newer = ", ".join(name(d) for d in f.replaced_by)
        after = f" Det ersätts av {newer}." if newer else " Inget dokument i samlingen ersätter det."
        yield Hit("expired", {"valid_to": f.doc.meta.valid_to.isoformat(), "after": after})


def expires_soon(f: Facts) -> Iterator[Hit]:
    end = f.doc.meta.valid_to
    if end is None or not is_current(f.status.status):
        return
    days = (end - f.as_of).days
    if 0 <= days <= f.book.expires_within_days:
        yield Hit("expires_soon", {"valid_to": end.isoformat(), "days": days})


def program_too_long(f: Facts) -> Iterator[Hit]:
    if _is_program(f.doc) and f.doc.pages > f.book.program_max_pages:
        yield Hit("program_too_long", {"pages": f.doc.pages, "max_pages": f.book.program_max_pages})


def program_review(f: Facts) -> Iterator[Hit]:
    """A program in force must be reviewed (or decided anew) at least once per mandate period.
    Without a review in the last whole period the rule is broken (overdue); without one yet in the
    current period it is due by the period's end (a heads-up, like an expiry). A review is known
    from the decision date or from the text ("Aktualitetsprövad 2024-03-11"); a "revideras
    senast" date is a deadline, not a review done, so it is shown but not counted."""
    if not _is_program(f.doc) or not is_current(f.status.status):
        return
    current, previous = mandate_period(f.as_of), previous_period(f.as_of)
    known = [d for d in (f.doc.meta.decision_date, *review_dates(f.chunks, f.as_of)) if d is not None]
    if not known:
        yield Hit("program_review_unknown", {"period": str(current)})
    elif max(known) < previous.start:
        review = f.doc.meta.review_date
        note = f" Dokumentet anger {review.isoformat()} som datum för revidering." if review else ""
        fields: dict[str, str | int] = {
            "period": str(previous),
            "last": max(known).isoformat(),
            "review": note,
        }
        yield Hit("program_review_overdue", fields)
    elif max(known) < current.start:
        due: dict[str, str | int] = {
            "period": str(current),
            "last": max(known).isoformat(),
            "end": current.end.isoformat(),
        }
        yield Hit("program_review_due", due)


def wrong_decider(f: Facts) -> Iterator[Hit]:
    m = f.doc.meta
    decider = f.book.decider(m.doc_type)
    if decider is not None and m.decided_by and not decider.allows(m.decided_by):
        fields: dict[str, str | int] = {
            "expected": decider.expected,
            "doc_type": decider.doc_type,
            "decided_by": m.decided_by,
        }
        yield Hit("wrong_decider", fields, rule=decider.rule)


def publication_mismatch(f: Facts) -> Iterator[Hit]:
    registered = f.doc.meta.publication
    if registered is Publication.UNKNOWN:
        return
    stated = publication_statements(f.chunks)
    source = f.doc.meta.sources.get("publication", "okänd källa")
    internal = [s for s in stated if s.publication is Publication.INTERN]
    external = [s for s in stated if s.publication is Publication.EXTERN]
    if registered is Publication.EXTERN and internal:
        s = internal[0]
        yield Hit("internal_published_externally", {"source": source, "statement": s.text, "page": s.page})
    elif registered is Publication.INTERN and external and not internal:
        s = external[0]
        yield Hit("external_kept_internal", {"source": source, "statement": s.text, "page": s.page})


def _is_program(doc: DocumentRecord) -> bool:
    return (doc.meta.doc_type or "").strip().lower() == PROGRAM


DOCUMENT_CHECKS: list[Callable[[Facts], Iterator[Hit]]] = [
    superseded,
    expired,
    expires_soon,
    missing_decided_by,
    missing_decision_date,
    missing_validity,
    missing_scope,
    program_too_long,
    program_review,
    wrong_decider,
    publication_mismatch,
]


def duplicate_versions(facts: Sequence[Facts]) -> dict[str, list[Hit]]:
    """Pairs of documents in force on the date, of one type and near-identical title, with no
    "ersätter" between them (linked in the registry or named in either's "ersätter" line)."""
    hits: dict[str, list[Hit]] = {}
    current = [f for f in facts if is_current(f.status.status) and f.doc.meta.title and f.doc.meta.doc_type]
    for a, b in itertools.combinations(current, 2):
        ma, mb = a.doc.meta, b.doc.meta
        if (ma.doc_type or "").lower() != (mb.doc_type or "").lower():
            continue
        if not looks_like_same_title(ma.title or "", mb.title or "") or _linked(a.doc, b.doc):
            continue
        for this, other in ((a, b), (b, a)):
            fields: dict[str, str | int] = {"other": name(other.doc), "as_of": this.as_of.isoformat()}
            hits.setdefault(this.doc.document_id, []).append(Hit("duplicate_version", fields))
    return hits


def _linked(a: DocumentRecord, b: DocumentRecord) -> bool:
    if a.replaces_document_id == b.document_id or b.replaces_document_id == a.document_id:
        return True
    return any(
        x.meta.replaces and names_title(x.meta.replaces, y.meta.title or "") for x, y in ((a, b), (b, a))
    )
