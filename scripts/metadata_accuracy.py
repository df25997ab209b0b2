"""Metadata accuracy of ingest on a collection of PDFs with true metadata, field by field.

Nine collections:

- ``fixtures``: ``tests/fixtures/pdf`` with ``tests/fixtures/expected_metadata.json`` (the fixtures
  the ingest was built on);
- ``broad``: ``tests/fixtures/broad`` with ``truth.json`` (the development collection: 22 documents
  in 9 layouts; ingest is tuned on it);
- ``broad2``: ``tests/fixtures/broad2`` (a second development collection: 12 documents in 6 other
  layouts, written apart from the first);
- ``broad3``: ``tests/fixtures/broad3`` (a third development collection: 12 documents in 6 more
  layouts, written by someone who had not read the ingest code);
- ``broad4``: ``tests/fixtures/broad4`` (a fourth: 10 documents in 5 layouts that state their
  decision in other ways);
- ``broad5``: ``tests/fixtures/broad5`` (a fifth: 10 documents in 6 layouts, decision rights
  outside delegation tables);
- ``broad6``: ``tests/fixtures/broad6`` (a sixth: 11 documents in 7 layouts, among them a binder
  form, a spreadsheet print, dot leaders and a document history);
- ``broad7``: ``tests/fixtures/broad7`` (a seventh: 8 decision-rights documents, each rendering its
  table another way: centred cells, two-line headers, an Excel export, no header, two page columns,
  labelled blocks, a rotated page, a legend table at the end);
- ``broad8``: ``tests/fixtures/broad8`` (an eighth: 10 documents, delegationsordningar of six
  nämnder, a vidaredelegering and an attestreglemente, written by someone who had not read the code);
- ``broad9``: ``tests/fixtures/broad9`` (a ninth: 9 documents where decision rights live in a
  reglemente, a taxa, riktlinjer, an attestordning, a firmateckningsordning and delegationsordningar);
- ``broad10`` … ``broad12``: three more, written apart from the code (detailed delegationsordningar
  with wrapped cells; policy, program and plan with metadata in many places; smaller bodies with
  legends in many forms);
- ``broad13``, ``broad14``: two more (long delegation tables of large nämnder; ekonomi and styrning
  with decision rights in prose);
- ``broad15``, ``broad16``: two more (bygg, miljö and teknik with unruled tables and labelled lists;
  välfärd and bildning with KFS headers, revision lines and a pair that does not name its
  predecessor);
- ``broad17``, ``broad18``: two more (kommunstyrelsen and ekonomi with a delegation matrix and the
  delegate first; socialtjänst, miljö and räddning with numbered paragraphs and legends in prose);
- ``broad19``: kultur, fritid, teknik and samhällsbyggnad (landscape tables with section rows,
  codes with digits, a footer revision line and a decision history table at the end);
- ``broad20``: smaller bodies and ownership (överförmyndare, a gemensam nämnd, valnämnd,
  ägardirektiv) with KFS headers, decision rights as lettered lists and merged delegate cells;
- ``broad21``: samhällsbyggnad, teknik, krisledning and säkerhet (a metadata grid with labels above
  the values, a header band, a sidebar, a footer line, a closing paragraph, a taxa pair);
- ``broad22``: socialtjänst, arbetsmarknad, service and attest (tall table rows with cells at the
  top, middle or bottom, stacked delegates, a row split by a page break, a protocol extract);
- ``blind`` … ``blind12``: ``eval/blind`` … ``eval/blind12`` with
  ``truth.json`` (held out). For them only aggregate figures are printed: never a file name, a
  value or a mismatch, and logging is silenced so that no file name leaks.

Each PDF is read as ``styrsvar ingest`` reads it (:func:`ingest.pdf.read_pages`,
:func:`ingest.metadata.extract_metadata`, then the folder's ``manifest.toml``). The truth files
give ``publication`` as the effective value under the collection's rule; a folder whose manifest
declares no ``[defaults]`` is read with Askersund's (``publication = "extern"``, see
``corpus/manifest.toml``).

How a value counts as right (:func:`field_correct`):

- dates, §, diarienummer, decided by, type, publication: equal after normalising case and spaces;
- title: equal after normalising case, spaces, dashes and final punctuation;
- replaces, scope, owner (free text): every key token of the true value is in the value read —
  dates (in any form, compared as dates), § numbers, other numbers and content words (four
  letters or more, not a function word, compared on their first five letters so that inflection
  does not count) — and the value read has at most twice as many tokens as the truth, plus four
  (a whole paragraph does not pass for a scope);
- ``null`` in the truth must come out unknown: a guessed value is wrong.

Besides accuracy it counts *wrong values* (a value where the truth has another one) apart from
*missing* (unknown where the truth has a value) and *invented* ones (a value where the truth has
none), and the documents whose decision date or § is taken from a different decision (a wrong
non-null value). For ``broad`` and ``blind`` it also reports each document's status on the date the
truth gives (``status_YYYY_MM_DD``), computed as the registry does (``ersätter`` links and versions
in conflict).

Usage::

    .venv/bin/python scripts/metadata_accuracy.py                 # fixtures and broad
    .venv/bin/python scripts/metadata_accuracy.py broad -v        # and every mismatch (not for blind)
    .venv/bin/python scripts/metadata_accuracy.py blind           # aggregates only (--blind-dir DIR)

>>> report = measure(COLLECTIONS["fixtures"])  # doctest: +SKIP
>>> report.accuracy  # doctest: +SKIP
1.0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ingest.dates import find_dates  # noqa: E402
from ingest.manifest import ManifestDefaults, apply_manifest, read_manifest  # noqa: E402
from ingest.metadata import FIELDS, extract_metadata  # noqa: E402
from ingest.pdf import read_pages  # noqa: E402
from ingest.pipeline import document_id_for  # noqa: E402
from store.schema import DocumentMeta, DocumentRecord  # noqa: E402
from store.status import status_at  # noqa: E402
from store.supersession import find_conflicts, resolve_replaces  # noqa: E402
from store.vocabulary import named_types  # noqa: E402

logger = logging.getLogger(__name__)

FIXTURES = REPO / "tests" / "fixtures"
ASKERSUND_DEFAULTS = ManifestDefaults(publication="extern")


@dataclass(frozen=True)
class Collection:
    name: str
    folder: Path
    truth_file: str
    blind: bool = False


COLLECTIONS = {
    "fixtures": Collection("fixtures", FIXTURES, "expected_metadata.json"),
    "broad": Collection("broad", FIXTURES / "broad", "truth.json"),
    "broad2": Collection("broad2", FIXTURES / "broad2", "truth.json"),
    "broad3": Collection("broad3", FIXTURES / "broad3", "truth.json"),
    "broad4": Collection("broad4", FIXTURES / "broad4", "truth.json"),
    "broad5": Collection("broad5", FIXTURES / "broad5", "truth.json"),
    "broad6": Collection("broad6", FIXTURES / "broad6", "truth.json"),
    "broad7": Collection("broad7", FIXTURES / "broad7", "truth.json"),
    "broad8": Collection("broad8", FIXTURES / "broad8", "truth.json"),
    "broad9": Collection("broad9", FIXTURES / "broad9", "truth.json"),
    "broad10": Collection("broad10", FIXTURES / "broad10", "truth.json"),
    "broad11": Collection("broad11", FIXTURES / "broad11", "truth.json"),
    "broad12": Collection("broad12", FIXTURES / "broad12", "truth.json"),
    "broad13": Collection("broad13", FIXTURES / "broad13", "truth.json"),
    "broad14": Collection("broad14", FIXTURES / "broad14", "truth.json"),
    "broad15": Collection("broad15", FIXTURES / "broad15", "truth.json"),
    "broad16": Collection("broad16", FIXTURES / "broad16", "truth.json"),
    "broad17": Collection("broad17", FIXTURES / "broad17", "truth.json"),
    "broad18": Collection("broad18", FIXTURES / "broad18", "truth.json"),
    "broad19": Collection("broad19", FIXTURES / "broad19", "truth.json"),
    "broad20": Collection("broad20", FIXTURES / "broad20", "truth.json"),
    "broad21": Collection("broad21", FIXTURES / "broad21", "truth.json"),
    "broad22": Collection("broad22", FIXTURES / "broad22", "truth.json"),
    "blind": Collection("blind", REPO / "eval" / "blind", "truth.json", blind=True),
    "blind2": Collection("blind2", REPO / "eval" / "blind2", "truth.json", blind=True),
    "blind3": Collection("blind3", REPO / "eval" / "blind3", "truth.json", blind=True),
    "blind4": Collection("blind4", REPO / "eval" / "blind4", "truth.json", blind=True),
    "blind5": Collection("blind5", REPO / "eval" / "blind5", "truth.json", blind=True),
    "blind6": Collection("blind6", REPO / "eval" / "blind6", "truth.json", blind=True),
    "blind7": Collection("blind7", REPO / "eval" / "blind7", "truth.json", blind=True),
    "blind8": Collection("blind8", REPO / "eval" / "blind8", "truth.json", blind=True),
    "blind9": Collection("blind9", REPO / "eval" / "blind9", "truth.json", blind=True),
    "blind10": Collection("blind10", REPO / "eval" / "blind10", "truth.json", blind=True),
    "blind11": Collection("blind11", REPO / "eval" / "blind11", "truth.json", blind=True),
    "blind12": Collection("blind12", REPO / "eval" / "blind12", "truth.json", blind=True),
}

FREE_TEXT = ("replaces", "scope", "owner")
_STOP = {
    "från", "inom", "samt", "även", "eller", "enligt", "till", "över", "under", "efter", "genom", "denna",
    "detta", "dessa", "också", "vilka", "deras", "sina", "sitt", "inte", "både", "utan", "mellan",
}  # fmt: skip


# ---- comparison ---------------------------------------------------------------------------------


def as_json_value(value: object) -> object:
    """A DocumentMeta value as the truth files write it (ISO dates, enum values)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value  # type: ignore[attr-defined]
    return value


def _plain(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2014", "-").casefold()
    return " ".join(text.split()).strip(" .,:;")


def key_tokens(text: str) -> list[str]:
    """Dates (ISO), § numbers, numbers and content words (first five letters) of a free-text value."""
    tokens = [f.date.isoformat() for f in find_dates(text)]
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    tokens += [f"§{n}" for n in re.findall(r"§\s*(\d+)", text)]
    text = re.sub(r"§\s*\d+", " ", text)
    tokens += re.findall(r"\d+(?:[.,/:]\d+)*", text)
    words = re.findall(r"[a-zåäöéü]+", text.casefold())
    tokens += [w[:5] for w in words if len(w) >= 4 and w not in _STOP]
    return tokens


def contains_key_tokens(truth: str, got: str) -> bool:
    """The lenient comparison of free text (see the module docstring)."""
    wanted, found = key_tokens(truth), key_tokens(got)
    have = Counter(found)
    return all(have[t] >= n for t, n in Counter(wanted).items()) and len(found) <= 2 * len(wanted) + 4


def field_correct(name: str, truth: object, got: object) -> bool:
    if truth is None or got is None:
        return truth is None and got is None
    if name in FREE_TEXT:
        return contains_key_tokens(str(truth), str(got))
    if name == "doc_type":  # one type by either of its names ("delegeringsordning", "delegationsordning")
        return bool(named_types(str(truth)) & named_types(str(got))) or _plain(str(truth)) == _plain(str(got))
    return _plain(str(truth)) == _plain(str(got))


# ---- measuring ----------------------------------------------------------------------------------


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    wrong: int = 0  # a value where the truth has another
    missing: int = 0  # unknown where the truth has a value
    invented: int = 0  # a value where the truth has none


@dataclass
class AccuracyReport:
    """Field-level comparison; ``mismatches`` lists (file, field, expected, got) and stays empty for
    a blind collection."""

    collection: str
    documents: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {n: FieldScore() for n in FIELDS})
    other_decision: int = 0  # documents whose decision date or § is a wrong non-null value
    unreadable: int = 0
    status_correct: int = 0
    status_total: int = 0
    status_day: dt.date | None = None
    links_correct: int = 0
    links_total: int = 0
    mismatches: list[tuple[str, str, object, object]] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(s.correct for s in self.fields.values())

    @property
    def total(self) -> int:
        return sum(s.total for s in self.fields.values())

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def summary(self) -> str:
        return (
            f"metadata accuracy ({self.collection}): {self.correct}/{self.total} fields = {self.accuracy:.1%}"
        )

    def table(self) -> str:
        lines = [
            f"{self.collection}: {self.documents} documents"
            + (f", {self.unreadable} unreadable" if self.unreadable else ""),
            f"{'field':14} {'correct':>9} {'accuracy':>8} {'wrong':>6} {'missing':>8} {'invented':>9}",
        ]
        for name, s in self.fields.items():
            share = s.correct / s.total if s.total else 0.0
            counts = f"{s.wrong:>6} {s.missing:>8} {s.invented:>9}"
            lines.append(f"{name:14} {s.correct:>4}/{s.total:<4} {share:>8.2f} {counts}")
        wrong = sum(s.wrong for s in self.fields.values())
        lines.append(f"{'overall':14} {self.correct:>4}/{self.total:<4} {self.accuracy:>8.3f} {wrong:>6}")
        lines.append(f"decision date or § taken from a different decision: {self.other_decision} documents")
        if self.status_total:
            lines.append(
                f"status on {self.status_day}: {self.status_correct}/{self.status_total}; "
                f"replaced document resolved in the collection: {self.links_correct}/{self.links_total}"
            )
        return "\n".join(lines)


def _find_pdf(collection: Collection, name: str) -> Path:
    for candidate in (collection.folder / "pdf" / name, collection.folder / name):
        if candidate.is_file():
            return candidate
    found = sorted(collection.folder.rglob(Path(name).name))
    return found[0] if found else collection.folder / "pdf" / name


def _manifest_for(pdf: Path, collection: Collection) -> tuple[object, ManifestDefaults]:
    manifest = read_manifest(pdf.parent / "manifest.toml")
    if not manifest.document and manifest.defaults.publication is None:
        manifest = read_manifest(collection.folder / "manifest.toml")
    defaults = manifest.defaults if manifest.defaults.publication is not None else ASKERSUND_DEFAULTS
    return manifest.entry(pdf.name), defaults


def read_meta(pdf: Path, collection: Collection) -> DocumentMeta:
    """Read a PDF as ``styrsvar ingest`` does, manifest and collection default included."""
    entry, defaults = _manifest_for(pdf, collection)
    meta = extract_metadata(read_pages(pdf))
    if collection.name == "fixtures":
        return meta  # the fixture gold is what the documents themselves state
    return apply_manifest(meta, entry, defaults)  # type: ignore[arg-type]


def _statuses(metas: dict[str, DocumentMeta], day: dt.date) -> tuple[dict[str, str], dict[str, str | None]]:
    """Status of each document on ``day`` and the file its "ersätter" line resolved to, computed as
    the registry does."""
    records = {
        name: DocumentRecord(document_id_for(name), name, name, "", 1, meta) for name, meta in metas.items()
    }
    docs = list(records.values())
    links = {d.document_id: resolve_replaces(d, docs) for d in docs}
    by_id = {d.document_id: d for d in docs}
    newer: dict[str, list[DocumentRecord]] = {}
    for doc_id, target in links.items():
        if target:
            newer.setdefault(target, []).append(by_id[doc_id])
    for conflict in find_conflicts(docs, links):
        if conflict.ordered:
            newer.setdefault(conflict.older_id, []).append(by_id[conflict.newer_id])
    statuses = {
        name: str(status_at(d, day, newer.get(d.document_id, ())).status) for name, d in records.items()
    }
    replaced = {name: (by_id[t].file if (t := links[d.document_id]) else None) for name, d in records.items()}
    return statuses, replaced


def measure(collection: Collection) -> AccuracyReport:
    """Compare every document of ``collection`` with its truth, field by field."""
    truth = json.loads((collection.folder / collection.truth_file).read_text(encoding="utf-8"))
    report = AccuracyReport(collection.name, documents=len(truth))
    metas: dict[str, DocumentMeta] = {}
    for name, expected in sorted(truth.items()):
        try:
            meta = read_meta(_find_pdf(collection, name), collection)
        except Exception as exc:  # a document that cannot be read counts wrong in every field
            if not collection.blind:
                logger.warning("%s could not be read: %s", name, exc)
            report.unreadable += 1
            meta = DocumentMeta()
        metas[name] = meta
        other = False
        for name_ in FIELDS:
            got = as_json_value(getattr(meta, name_))
            want = expected.get(name_)
            got = None if name_ == "publication" and got == "okänd" else got
            want = None if name_ == "publication" and want == "okänd" else want
            score = report.fields[name_]
            score.total += 1
            if field_correct(name_, want, got):
                score.correct += 1
                continue
            if want is None:
                score.invented += 1
            elif got is None:
                score.missing += 1
            else:
                score.wrong += 1
                other |= name_ in ("decision_date", "paragraph")
            if not collection.blind:
                report.mismatches.append((name, name_, want, got))
        report.other_decision += other
    status_key = next((k for k in next(iter(truth.values()), {}) if k.startswith("status_")), None)
    if status_key:
        y, m, d = (int(x) for x in status_key.split("_")[1:4])
        report.status_day = dt.date(y, m, d)
        statuses, replaced = _statuses(metas, report.status_day)
        for name, expected in truth.items():
            if status_key not in expected:
                continue
            report.status_total += 1
            report.status_correct += statuses[name] == expected[status_key]
            if "replaces_file" in expected:
                report.links_total += 1
                report.links_correct += replaced[name] == expected["replaces_file"]
            if not collection.blind and statuses[name] != expected[status_key]:
                report.mismatches.append((name, "status", expected[status_key], statuses[name]))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Metadata accuracy per field on a collection with true metadata."
    )
    parser.add_argument(
        "collections", nargs="*", help=f"any of {', '.join(COLLECTIONS)}; default: fixtures and broad"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every mismatch (refused for blind)"
    )
    parser.add_argument("--blind-dir", type=Path, help="where the blind collection is (default: eval/blind)")
    args = parser.parse_args(argv)
    collections = dict(COLLECTIONS)
    if args.blind_dir is not None:
        collections["blind"] = Collection("blind", args.blind_dir, "truth.json", blind=True)
    names = args.collections or ["fixtures", "broad"]
    unknown = [n for n in names if n not in collections]
    if unknown:
        parser.error(f"unknown collection {', '.join(unknown)}: choose from {', '.join(collections)}")
    if args.verbose and any(collections[n].blind for n in names):
        parser.error("the blind collection is reported as aggregates only; drop -v")
    for name in names:
        collection = collections[name]
        if not (collection.folder / collection.truth_file).is_file():
            print(f"{name}: no {collection.truth_file} in {collection.folder}; skipped")
            continue
        if collection.blind:
            logging.disable(logging.CRITICAL)  # no log line may name a held-out file
        try:
            report = measure(collection)
        finally:
            logging.disable(logging.NOTSET)
        if args.verbose:
            for file, field_name, expected, got in report.mismatches:
                print(f"{file}: {field_name}: expected {expected!r}, got {got!r}")
        print(report.table())
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
