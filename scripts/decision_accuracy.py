"""How well ingest reads decision rights and legends, against a collection's truth.json.

A collection is a folder with ``truth.json`` (keyed by PDF file name) and the PDFs (beside it or
in ``pdf/``). Per document the truth lists:

* ``decisions``: delegation-table rows ``{matter, decider, code, condition, page}``;
* ``statements``: decision statements in prose ``{matter, decider, page}``;
* ``abbreviations``: the document's own legend ``{code: expansion}``.

Figures (recall: what share of the truth ingest finds):

* table rows: a record from a table on the same page, same matter (in a table of amounts, the
  amount cell the record keeps as its condition), the decider spelled out as in the truth;
  *condition kept*: the row's records together still say everything the printed condition says;
  *limits*: every bounded amount of the condition is a parsed limit of the row;
* statements: a record from prose on the same page, the same decider, whose matter (or sentence)
  holds most of the truth's matter words;
* legend: the code with the same expansion (case and spacing aside).

Usage::

    .venv/bin/python scripts/decision_accuracy.py [COLLECTION] [-v]      # default tests/fixtures/broad
    .venv/bin/python scripts/decision_accuracy.py eval/blind --blind     # aggregates only

With ``--blind`` nothing about a single document is printed (no file names, matters, misses):
held-out documents must not steer the code.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ingest.errors import IngestError  # noqa: E402
from ingest.pipeline import Source, parse  # noqa: E402
from store.schema import DecisionRecord, ParsedDocument  # noqa: E402

DEV = REPO / "tests" / "fixtures" / "broad"
_STOP = frozenset(
    "och eller i av för till på om med från som att den det de en ett är ska kan får enligt vid inom "
    "utan under över hos där när samt dess deras sin sina beslutar beslutas fattas fastställs "
    "besluta fastställa mer än högst lägst minst upp".split()
)


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.found += ok

    def __str__(self) -> str:
        share = self.found / self.total if self.total else 0.0
        return f"{self.found}/{self.total} = {share:.2f}"


@dataclass
class Report:
    rows: Tally = field(default_factory=Tally)
    conditions: Tally = field(default_factory=Tally)
    limits: Tally = field(default_factory=Tally)
    statements: Tally = field(default_factory=Tally)
    legend: Tally = field(default_factory=Tally)
    documents: int = 0
    unreadable: int = 0
    records_table: int = 0
    records_text: int = 0
    text_matching: int = 0  # prose records that match some truth statement of their document
    row_misses: dict[str, int] = field(default_factory=dict)  # missed table rows by the stage that failed
    layout: dict[str, int] = field(default_factory=dict)  # how the truth rows stand in pypdf's layout text
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"documents: {self.documents} ({self.unreadable} unreadable or failed)",
            f"records extracted: {self.records_table} from tables, {self.records_text} from prose",
            f"table rows found with the right decider: {self.rows}",
            "  missed rows by stage: "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.row_misses.items())) or "none"),
            "  truth rows in the layout text: "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.layout.items())) or "none"),
            f"  conditions kept: {self.conditions}",
            f"  amount limits parsed: {self.limits}",
            f"prose statements found with the right decider: {self.statements}",
            f"  prose records that match a truth statement: {self.text_matching}/{self.records_text}",
            f"legend entries found: {self.legend}",
        ]


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\wåäöÅÄÖ%\-]+", " ", (text or "").lower()).split())


def stems(text: str) -> set[str]:
    return {w[:5] for w in norm(text).split() if w not in _STOP and len(w) > 1}


def same_matter(truth: str, got: str) -> bool:
    a, b = norm(truth).replace("- ", ""), norm(got).replace("- ", "")
    return a == b or (len(a) > 8 and (a in b or b in a))


_CHAIR = re.compile(r"(?:nämndens |styrelsens )?(?:(?:förste|första|andre|andra) )?(?:vice )?ordförande")


_DEFINITE = ("en", "n", "et", "t", "na")


def _same_words(a: str, b: str) -> bool:
    """The same words but for definite endings: "gatuchefen" is "gatuchef", "säkerhetschefen eller
    kommundirektören" is "säkerhetschef eller kommundirektör"."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        short, long_ = sorted((x, y), key=len)
        if x != y and not (len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in _DEFINITE):
            return False
    return True


def same_decider(truth: str, got: str) -> bool:
    """The same decider, spelled alike; a chair or utskott printed without its body ("Ordförande",
    "nämndens ordförande", "nämndens arbetsutskott") is the same as that of the document's own
    nämnd ("utbildningsnämndens ordförande", "tekniska nämndens arbetsutskott"), which is how
    ingest spells it out."""
    t, g = norm(truth), norm(got)
    if t == g or _same_words(t, g):
        return True
    if t.startswith("nämndens "):  # "nämndens arbetsutskott" is "tekniska nämndens arbetsutskott"
        return bool(re.fullmatch(rf"(?:\S+ )?\S*{re.escape(t)}", g))
    if not _CHAIR.fullmatch(t):
        return False
    bare = re.sub(r"^styrelsens ", "", t)
    return bool(re.fullmatch(rf"(?:\S+ )?\S*(?:nämndens|styrelsens) {re.escape(bare)}", g))


def covers(truth: str, text: str, share: float) -> bool:
    want = stems(re.sub(r"\([^)]*\)", " ", truth)) or stems(truth)
    return bool(want) and len(want & stems(text)) >= share * len(want)


def bounded_amounts(text: str) -> list[tuple[float, str]]:
    from store.limits import amounts, parse_limit

    out = []
    for clause in re.split(r"(?<=[.;])\s+", text or ""):
        if parse_limit(clause) is not None:
            out += [(a.value, a.unit) for a in amounts(clause)]
    return out


def score_document(name: str, truth: dict[str, Any], parsed: ParsedDocument, report: Report) -> None:
    records = parsed.decisions
    table = [r for r in records if r.source == "table"]
    text = [r for r in records if r.source == "text"]
    report.records_table += len(table)
    report.records_text += len(text)
    legend = {a.abbreviation: a.expansion for a in parsed.abbreviations}
    for code, expansion in (truth.get("abbreviations") or {}).items():
        ok = norm(legend.get(code)) == norm(expansion)
        report.legend.add(ok)
        if not ok:
            report.misses.append(f"{name}: legend {code} = {expansion!r}, got {legend.get(code)!r}")
    for row in truth.get("decisions") or []:
        _score_row(name, row, legend, table, report)
    for st in truth.get("statements") or []:
        hits = [
            r
            for r in text
            if r.page == st["page"] and same_decider(st["decider"], r.decider) and _about(st["matter"], r)
        ]
        report.statements.add(bool(hits))
        if not hits:
            near = [f"{r.matter!r} -> {r.decider}" for r in text if r.page == st["page"]]
            report.misses.append(
                f"{name}: statement {st['matter']!r} -> {st['decider']} p{st['page']}; got {near}"
            )
    truths = truth.get("statements") or []
    report.text_matching += sum(
        any(same_decider(st["decider"], r.decider) and _about(st["matter"], r) for st in truths) for r in text
    )


def _about(truth_matter: str, record: DecisionRecord) -> bool:
    return covers(truth_matter, f"{record.matter} {record.condition or ''}", 0.6) or covers(
        truth_matter, record.quote, 0.7
    )


def _row_of(truth_matter: str, record: DecisionRecord) -> bool:
    """The record is of the row whose first cell is ``truth_matter``: its matter, or, in a table of
    amounts ("Högst 20 000 kr | Förvaltningschef"), its condition."""
    return same_matter(truth_matter, record.matter) or same_matter(truth_matter, record.condition or "")


def _score_row(
    name: str, row: dict[str, Any], legend: dict[str, str], table: list[DecisionRecord], r: Report
) -> None:
    same_row = [x for x in table if x.page == row["page"] and _row_of(row["matter"], x)]
    main = [x for x in same_row if same_decider(row["decider"], x.decider)]
    parts = row["decider"].split(" eller ")
    if not main and len(parts) > 1 and all(any(same_decider(p, x.decider) for x in same_row) for p in parts):
        # "AC-L eller MC" whose condition gives each its own limit: one record per decider
        main = [x for x in same_row if any(same_decider(p, x.decider) for p in parts)]
    r.rows.add(bool(main))
    if not main:
        kind = _miss_kind(row, table, same_row)
        r.row_misses[kind] = r.row_misses.get(kind, 0) + 1
        got = [f"{x.decider} (p{x.page})" for x in table if _row_of(row["matter"], x)]
        r.misses.append(f"{name}: row {row['matter']!r} -> {row['decider']} p{row['page']}; got {got}")
        return
    condition = row.get("condition")
    if condition:
        expanded = condition
        for code, exp in sorted(legend.items(), key=lambda kv: -len(kv[0])):
            expanded = re.sub(rf"(?<![\wåäö]){re.escape(code)}(?![\wåäö])", exp, expanded)
        said = " ".join(f"{x.condition or ''} {x.decider}" for x in same_row)
        ok = covers(expanded, said, 0.9)
        r.conditions.add(ok)
        if not ok:
            r.misses.append(
                f"{name}: condition {condition!r}; got {[(x.decider, x.condition) for x in same_row]}"
            )
        for amount, unit in bounded_amounts(condition):
            hit = any(
                x.limit and abs(x.limit.amount - amount) < 1e-6 and x.limit.unit == unit for x in same_row
            )
            r.limits.add(hit)
            if not hit:
                r.misses.append(f"{name}: limit {amount:g} {unit} in {condition!r} not parsed")


def _miss_kind(row: dict[str, Any], table: list[DecisionRecord], same_row: list[DecisionRecord]) -> str:
    """Which stage lost a truth row, as a label that names no document: no table records on its
    page at all; records there but none of this matter; the matter with another decider (the
    decider as a legend code, a spelling, a column mix-up); the row found on another page."""
    if same_row:
        return "wrong-decider"
    if any(_row_of(row["matter"], x) and same_decider(row["decider"], x.decider) for x in table):
        return "other-page"
    if not any(x.page == row["page"] for x in table):
        return "no-records-on-page"
    return "matter-not-found"


def _layout_shapes(pdf: Path, truth: dict[str, Any], report: Report) -> None:
    """Count how each truth row stands in pypdf's layout text of its page, whatever ingest made of
    it: its matter's first words and its delegate on one line; on the page but apart (the cells at
    other heights, or the row transposed into blocks); the matter not found in the layout text (the
    page's layout extraction differs from the plain one: rotated, overlaid, out of order)."""
    from ingest.pdf import read_pages

    rows = truth.get("decisions") or []
    if not rows:
        return
    pages = {p.number: [norm(x) for x in p.layout.splitlines()] for p in read_pages(pdf)}
    for row in rows:
        lines = pages.get(row["page"], [])
        head = " ".join(norm(row["matter"]).split()[:3])
        who = norm(row.get("code") or row["decider"]).split()
        who_word = who[0] if who else ""
        hits = [x for x in lines if head and head in x]
        if not hits:
            kind = "matter-not-in-layout"
        elif who_word and any(
            re.search(rf"(?<!\w){re.escape(who_word)}(?!\w)", x.replace(head, " ", 1)) for x in hits
        ):
            kind = "one-line"
        else:
            kind = "apart"
        report.layout[kind] = report.layout.get(kind, 0) + 1


def find_pdf(collection: Path, name: str) -> Path | None:
    for candidate in (collection / "pdf" / name, collection / name):
        if candidate.is_file():
            return candidate
    return None


def truth_files(collection: Path) -> list[Path]:
    """``collection/truth.json``, else every truth.json below it (a collection of collections)."""
    top = collection / "truth.json"
    return [top] if top.is_file() else sorted(collection.rglob("truth.json"))


def decision_accuracy(collection: Path, quiet: bool = False) -> Report:
    """Ingest every PDF that the collection's truth.json lists (no embeddings) and score it;
    ``quiet`` (held-out collections) counts a document that fails instead of raising."""
    report = Report()
    for truth_file in truth_files(collection):
        folder = truth_file.parent
        truth: dict[str, dict[str, Any]] = json.loads(truth_file.read_text(encoding="utf-8"))
        for name, expected in sorted(truth.items()):
            report.documents += 1
            pdf = find_pdf(folder, name)
            if pdf is None:
                report.unreadable += 1
                continue
            try:
                parsed, _ = parse(Source(pdf, name, None), "-", 350)
                score_document(name, expected, parsed, report)
                _layout_shapes(pdf, expected, report)
            except IngestError:
                report.unreadable += 1
            except Exception:
                if not quiet:
                    raise
                report.unreadable += 1  # held out: a crash is counted, never shown
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Decision records and legends against a collection's truth.json."
    )
    parser.add_argument("collection", nargs="?", type=Path, default=DEV, help="folder with truth.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss (not with --blind)")
    parser.add_argument("--blind", action="store_true", help="held-out collection: print aggregates only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if not truth_files(args.collection):
        print(f"decision_accuracy: no truth.json in {args.collection}", file=sys.stderr)
        return 2
    report = decision_accuracy(args.collection, quiet=args.blind)
    if args.verbose and not args.blind:
        for miss in report.misses:
            print(miss)
        print()
    for line in report.lines():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
