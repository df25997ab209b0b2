"""How ingest reads delegation tables drawn in many ways: a batch of fictitious documents from
``tests/fixtures/tablefuzz/generate.py``, scored like any collection by :mod:`decision_accuracy`.

The ``dev`` split is for finding what fails (``--by-param`` shows row recall by each drawing
parameter, ``-v`` every miss); the ``test`` split draws column names, legend forms and number
styles from other lists and is read as totals only: a reader tuned on ``dev`` that does not hold
on ``test`` has learnt names, not tables.

Usage::

    .venv/bin/python scripts/table_fuzz.py dev --seeds 40 --by-param
    .venv/bin/python scripts/table_fuzz.py test --seeds 40
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "scripts", REPO / "tests" / "fixtures" / "tablefuzz"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import decision_accuracy as da  # noqa: E402
from generate import draw  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Delegation tables drawn in many ways, scored.")
    parser.add_argument("split", choices=["dev", "test"])
    parser.add_argument("--seeds", type=int, default=40, help="documents to draw (seeds 0..N-1)")
    parser.add_argument("--by-param", action="store_true", help="row recall by drawing parameter (dev only)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss (dev only)")
    parser.add_argument("--keep", type=Path, help="write the PDFs and truth.json here instead of a temp dir")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.split == "test" and (args.by_param or args.verbose):
        print("table_fuzz: the test split is read as totals only", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        truth, params = {}, {}
        for seed in range(args.seeds):
            drawn = draw(seed, args.split, out)
            name = f"fuzz-{args.split}-{seed:03d}.pdf"
            truth[name], params[name] = drawn.truth, drawn.params
        (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        report = da.decision_accuracy(out)
        if args.by_param:
            _by_param(out, truth, params)
    if args.verbose:
        for miss in report.misses:
            print(miss)
        print()
    for line in report.lines():
        print(line)
    return 0


def _by_param(out: Path, truth: dict, params: dict) -> None:
    """Row recall per value of each drawing parameter, one document at a time."""
    per_doc = {}
    for name in truth:
        one = da.Report()
        parsed, _ = da.parse(da.Source(out / name, name, None), "-", 350)
        da.score_document(name, truth[name], parsed, one)
        per_doc[name] = (one.rows.found, one.rows.total)
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, p in params.items():
        for key, value in p.items():
            cell = table[key][str(value)]
            cell[0] += per_doc[name][0]
            cell[1] += per_doc[name][1]
    for key in sorted(table):
        parts = [f"{v} {f}/{t}" for v, (f, t) in sorted(table[key].items())]
        print(f"{key}: " + "; ".join(parts))
    print()


if __name__ == "__main__":
    raise SystemExit(main())
