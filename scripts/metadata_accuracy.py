"""Metadata accuracy of :func:`ingest.metadata.extract_metadata` on the fixture collection.

Compares every field of every fixture PDF with the hand-written gold in
``tests/fixtures/expected_metadata.json`` and reports fields correct / fields total. A field that
is unknown in the gold must also come out unknown: a guessed value counts as wrong.

Usage::

    .venv/bin/python scripts/metadata_accuracy.py [-v]

>>> report = metadata_accuracy()  # doctest: +SKIP
>>> report.accuracy  # doctest: +SKIP
1.0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ingest.metadata import FIELDS, extract_metadata  # noqa: E402
from store.schema import DocumentMeta  # noqa: E402

logger = logging.getLogger(__name__)

FIXTURES = REPO / "tests" / "fixtures"


@dataclass
class AccuracyReport:
    """Field-level comparison; ``mismatches`` lists (file, field, expected, got)."""

    correct: int = 0
    total: int = 0
    mismatches: list[tuple[str, str, object, object]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def summary(self) -> str:
        return f"metadata accuracy: {self.correct}/{self.total} fields = {self.accuracy:.1%}"


def as_json_value(value: object) -> object:
    """A DocumentMeta value as the gold JSON writes it (ISO dates, enum values)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value  # type: ignore[attr-defined]
    return value


def read_pages(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def compare(meta: DocumentMeta, gold: dict[str, object], name: str, report: AccuracyReport) -> None:
    for field_name in FIELDS:
        got = as_json_value(getattr(meta, field_name))
        expected = gold.get(field_name)
        report.total += 1
        if got == expected:
            report.correct += 1
        else:
            report.mismatches.append((name, field_name, expected, got))


def metadata_accuracy(fixtures: Path = FIXTURES) -> AccuracyReport:
    """Run extraction over every fixture PDF listed in the gold file and compare field by field."""
    gold = json.loads((fixtures / "expected_metadata.json").read_text(encoding="utf-8"))
    report = AccuracyReport()
    for name, expected in sorted(gold.items()):
        meta = extract_metadata(read_pages(fixtures / "pdf" / name))
        compare(meta, expected, name, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Metadata accuracy on the fixture PDFs.")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    report = metadata_accuracy()
    if args.verbose:
        for name, field_name, expected, got in report.mismatches:
            print(f"{name}: {field_name}: expected {expected!r}, got {got!r}")
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
