"""`styrsvar report`: the collection's health by the styrmodell's rules, per document.

Reads the registry alone (no search index, no embedding model), so it is quick and works on a
store built with any embeddings or a Chroma server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from governance.report import DocumentHealth, build_report, report_json, summary
from governance.rulebook import SEVERITY_SV, Rule, default_rulebook

WIDTH = 100


def format_text(report: Sequence[DocumentHealth], as_of: dt.date) -> str:
    """The report for a terminal: documents with findings, each finding with the number of its rule;
    the rules themselves are quoted once, at the end, with their pages."""
    lines = [f"Hälsorapport per {as_of.isoformat()} enligt {default_rulebook().source}", summary(report), ""]
    rules: dict[str, Rule] = {}
    for entry in report:
        if not entry.findings:
            continue
        title = entry.doc.meta.title or "(titel okänd)"
        lines.append(f"{entry.doc.file} – {title} ({entry.status.status})")
        for f in entry.findings:
            rules.setdefault(f.rule.id, f.rule)
            number = list(rules).index(f.rule.id) + 1
            head = f"  [{SEVERITY_SV[f.severity]}] {f.kind}: "
            lines += _wrap(f"{f.message} (regel {number})", head, " " * 6)
        lines.append("")
    sound = [e.doc.file for e in report if not e.findings]
    if sound:
        lines += _wrap("Utan avvikelser: " + ", ".join(sound), "", "  ")
        lines.append("")
    if rules:
        lines.append("Reglerna:")
        for number, rule in enumerate(rules.values(), start=1):
            lines += _wrap(rule.citation(), f"  {number}. ", "     ")
    return "\n".join(lines).rstrip()


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)


def cmd_report(args: argparse.Namespace) -> int:
    from store.registry import open_registry
    from styrsvar.cli import _settings

    settings = _settings(args)
    as_of = args.as_of or dt.date.today()
    registry = open_registry(settings.store)
    try:
        report = build_report(registry, as_of)
    finally:
        registry.close()
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print(format_text(report, as_of))
    return 0


def register(sub: Any) -> None:
    from styrsvar.cli import _date

    p = sub.add_parser("report", help="findings per document by the styrmodell's rules")
    p.add_argument("--store", type=Path, help="store folder (default: STYRSVAR_STORE or ./.styrsvar)")
    p.add_argument("--as-of", type=_date, help="judge status and deadlines as of this date (default: today)")
    p.add_argument("--json", action="store_true", help="print a list of {file, findings: [...]} as JSON")
    p.set_defaults(func=cmd_report)
