"""The `styrsvar` command: ingest, documents, decisions, report, ask, serve, eval.

Settings come from ``STYRSVAR_*`` environment variables; flags override them. Expected failures
print one clear line and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from config.settings import Settings, SettingsError
from governance.rulebook import GovernanceError
from ingest.errors import IngestError
from store.errors import StoreError

logger = logging.getLogger("styrsvar")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        os.environ,
        store=getattr(args, "store", None),
        chroma_url=getattr(args, "chroma_url", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
    )


def _file_line(f: Any) -> str:
    line = f"{f.outcome:9} {f.file}"
    if f.outcome in ("added", "updated"):
        line += f"  ({f.pages} pages, {f.chunks} chunks)"
    if f.reason:
        line += f"  -- {f.reason}"
    return "\n".join([line, *(f"          warning: {w}" for w in f.warnings)])


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.pipeline import ingest
    from store.embeddings import make_embeddings

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus]
    # Progress goes out as each file is read and stored (to stderr with --json, whose stdout is the report).
    out = sys.stderr if args.json else sys.stdout

    def progress(stage: str, f: Any) -> None:
        print(_file_line(f) if stage == "read" else f"stored    {f.file}", file=out, flush=True)

    report = ingest(
        paths,
        settings.store,
        make_embeddings(settings.embeddings),
        chroma_url=settings.chroma_url,
        prune=args.prune,
        progress=progress,
    )
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for f in report.files:
            if f.outcome == "removed":
                print(_file_line(f))
        skipped = sum(f.outcome == "skipped" for f in report.files)
        state = f"generation {report.generation}" if report.generation else "nothing changed"
        counts = f"{len(report.files)} files, {skipped} skipped, {report.seconds:.1f} s"
        print(f"{counts}; {state}; store {settings.store}")
    return report.exit_code


def cmd_documents(args: argparse.Namespace) -> int:
    from store.reader import Store
    from styrsvar.documents import list_documents

    settings = _settings(args)
    store = Store.open(settings.store, settings.chroma_url)
    entries = list_documents(store, args.as_of or dt.date.today())
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        decided = (
            " ".join(x for x in (e["decided_by"], e["decision_date"], e["paragraph"]) if x) or "okänt beslut"
        )
        title = e["title"] or "(titel okänd)"
        print(f"{e['status']:9} {e['file']}: {title} [{e['type'] or 'typ okänd'}] {decided}")
        if e["replaces"]:
            print(f"          ersätter: {e['replaces']}")
        if e["replaced_by"]:
            print(f"          ersatt av: {e['replaced_by']}")
        if e["status_note"]:
            print(f"          obs: {e['status_note']}")
    return 0


def _add_store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, help="store folder (default: STYRSVAR_STORE or ./.styrsvar)")
    p.add_argument("--chroma-url", help="Chroma server URL (default: STYRSVAR_CHROMA_URL, else embedded)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="styrsvar", description="Answers from a municipality's styrdokument."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read PDFs into the store")
    p.add_argument("paths", nargs="*", help="PDF files or folders (default: corpus/)")
    _add_store_args(p)
    p.add_argument("--prune", action="store_true", help="remove documents whose file is gone")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("documents", help="list documents with their status")
    _add_store_args(p)
    p.add_argument("--as-of", type=_date, help="status as of this date (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_documents)

    for extra in _EXTRA_COMMANDS:
        extra(sub)
    return parser


_EXTRA_COMMANDS: list[Any] = []


def _register_extras() -> None:
    from eval import eval_cmd
    from styrsvar import ask_cmd, decisions_cmd, report_cmd, serve_cmd

    _EXTRA_COMMANDS.extend(
        [ask_cmd.register, decisions_cmd.register, report_cmd.register, serve_cmd.register, eval_cmd.register]
    )


_register_extras()


def main(argv: list[str] | None = None) -> int:
    # The embedding engine's OpenMP threads spin while they wait; on a busy machine that starves the
    # thread that asks (measured: 11x slower questions at 100x). Passive waiting costs nothing here.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(args.func(args))
    except (IngestError, StoreError, SettingsError, GovernanceError) as exc:
        print(f"styrsvar: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("styrsvar: interrupted; the previous index is unchanged", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "styrsvar decisions | head": the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 141


if __name__ == "__main__":
    sys.exit(main())
