"""`styrsvar decisions`: the register of decision rights, from delegation tables and prose.

Reads only the registry (no embedding model is loaded), so it answers at once. As of a date
(default today) it lists the records of the documents that apply then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from config.settings import Settings
from store.decision_list import DecisionEntry, condition_text, decisions_as_of, entry_json
from store.errors import StoreNotFound
from store.layout import read_current
from store.registry import Registry


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def cmd_decisions(args: argparse.Namespace) -> int:
    settings = Settings.from_env(os.environ, store=args.store)
    gen = read_current(settings.store)
    if gen is None:
        raise StoreNotFound(f"no index in {settings.store}: run `styrsvar ingest` first")
    registry = Registry(gen.registry_path(settings.store), readonly=True)
    try:
        entries = decisions_as_of(registry, args.as_of or dt.date.today())
    finally:
        registry.close()
    if args.json:
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    print("\n".join(text_lines(entries)) if entries else "inga beslutsregler")
    return 0


def text_lines(entries: list[DecisionEntry]) -> list[str]:
    """One line per record under a line per document: "s. 3  Planerna -> kommunfullmäktige (om ...)"."""
    lines: list[str] = []
    current = None
    for e in entries:
        if e.document.document_id != current:
            current = e.document.document_id
            title = e.document.meta.title or e.document.file
            lines.append(f"{e.document.file}: {title} [{e.status.status}]")
        r = e.record
        where = f"s. {r.page}" + (f" {r.number}" if r.number else "")
        said = condition_text(r)
        tail = f" ({said})" if said else ""
        code = f" [{r.decider_code}]" if r.decider_code else ""
        lines.append(f"  {where:9} {r.matter} -> {r.decider}{code}{tail}")
    return lines


def register(sub: Any) -> None:
    """Add ``decisions`` to the CLI's subcommands (called by :mod:`styrsvar.cli`)."""
    p = sub.add_parser("decisions", help="list who decides what (delegation tables and decision rules)")
    p.add_argument("--store", type=Path, help="store folder (default: STYRSVAR_STORE or ./.styrsvar)")
    p.add_argument("--as-of", type=_date, help="documents that apply on this date (default: today)")
    p.add_argument("--json", action="store_true", help="print the records as JSON")
    p.set_defaults(func=cmd_decisions)
