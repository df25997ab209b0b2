"""The health report: every document of the collection with its findings as of a date.

It reads the registry only (documents, statuses, the "ersätter" links, chunks), so the CLI, the
staff app and the tests build the same report from the same store.

Example:
    >>> registry = open_registry(Path(".styrsvar"))  # doctest: +SKIP
    >>> for entry in build_report(registry, dt.date(2026, 11, 26)):  # doctest: +SKIP
    ...     print(entry.doc.file, [f.kind for f in entry.findings])
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from governance.checks import DOCUMENT_CHECKS, Facts, Hit, duplicate_versions
from governance.rulebook import SEVERITY_ORDER, SEVERITY_SV, Rule, Rulebook, Severity, default_rulebook
from store.schema import Chunk, DocumentRecord
from store.status import StatusAt


class RegistryView(Protocol):
    """What the report reads from :class:`store.registry.Registry`."""

    def documents(self) -> list[DocumentRecord]: ...

    def replaced_by(self, document_id: str) -> list[DocumentRecord]: ...

    def status(self, doc: DocumentRecord, as_of: dt.date) -> StatusAt: ...

    def chunks(self, document_id: str | None = None) -> list[Chunk]: ...


@dataclass(frozen=True)
class Finding:
    kind: str
    label: str  # the kind's short Swedish name
    severity: Severity
    message: str  # plain Swedish
    rule: Rule

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": str(self.severity),
            "message": self.message,
            "rule": self.rule.citation(),
            "rule_id": self.rule.id,
            "rule_page": self.rule.page,
            "label": self.label,
        }


@dataclass(frozen=True)
class DocumentHealth:
    """One document of the report."""

    doc: DocumentRecord
    status: StatusAt
    findings: list[Finding]

    def to_dict(self) -> dict[str, Any]:
        """The report's JSON shape per document: ``file`` and ``findings``, and what identifies it."""
        return {
            "file": self.doc.file,
            "document_id": self.doc.document_id,
            "title": self.doc.meta.title,
            "type": self.doc.meta.doc_type,
            "status": str(self.status.status),
            "findings": [f.to_dict() for f in self.findings],
        }


def finding(hit: Hit, book: Rulebook) -> Finding:
    """The finding a check's hit stands for, worded and cited as the rule file says."""
    kind = book.kind(hit.kind)
    message = kind.message.format(**hit.fields)
    return Finding(hit.kind, kind.label, kind.severity, message, book.rule(hit.rule or kind.rule))


def facts_for(registry: RegistryView, doc: DocumentRecord, as_of: dt.date, book: Rulebook) -> Facts:
    return Facts(
        doc=doc,
        status=registry.status(doc, as_of),
        as_of=as_of,
        book=book,
        replaced_by=registry.replaced_by(doc.document_id),
        chunks=registry.chunks(doc.document_id),
    )


def build_report(
    registry: RegistryView, as_of: dt.date, book: Rulebook | None = None
) -> list[DocumentHealth]:
    """Every document (in file order) with its findings, most severe first; sound documents have none."""
    book = book or default_rulebook()
    facts = [facts_for(registry, d, as_of, book) for d in sorted(registry.documents(), key=lambda d: d.file)]
    collection_hits = duplicate_versions(facts)
    report = []
    for f in facts:
        hits = [hit for check in DOCUMENT_CHECKS for hit in check(f)]
        hits += collection_hits.get(f.doc.document_id, [])
        findings = sorted((finding(h, book) for h in hits), key=lambda x: SEVERITY_ORDER[x.severity])
        report.append(DocumentHealth(f.doc, f.status, findings))
    return report


def summary(report: Sequence[DocumentHealth]) -> str:
    """ "14 dokument: 6 med avvikelser, 8 utan. Avvikelser: 3 hög, 9 medel, 0 låg." """
    flagged = sum(bool(e.findings) for e in report)
    severities = Counter(f.severity for e in report for f in e.findings)
    counts = ", ".join(f"{severities[s]} {SEVERITY_SV[s]}" for s in Severity)
    sound = len(report) - flagged
    return f"{len(report)} dokument: {flagged} med avvikelser, {sound} utan. Avvikelser: {counts}."


def report_json(report: Sequence[DocumentHealth]) -> list[dict[str, Any]]:
    return [entry.to_dict() for entry in report]
