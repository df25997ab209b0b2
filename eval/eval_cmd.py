"""`styrsvar eval`: ask the question sets, score system and baseline, write the report, gate on targets.

Exit status: 0 when every figure in ``eval/thresholds.json`` is met, 1 when one is not, 2 when the
sets or thresholds cannot be read. The targets are the product's, not today's figures: a red run
says how far the system is from them.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from config.settings import Settings
from eval.questions import ROOT, QuestionSetError, resolve_sets

logger = logging.getLogger(__name__)

DEFAULT_OUT = ROOT / "eval" / "out"
DEFAULT_CHART = ROOT / "docs" / "eval-by-kind.png"
THRESHOLDS = ROOT / "eval" / "thresholds.json"


class Bound(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    max: float | None = None


def load_thresholds(path: Path) -> dict[str, dict[str, float]]:
    """``{"figure": {"min": x} | {"max": y}}``, validated so that a typo cannot disable a gate."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        bounds = {name: Bound.model_validate(b) for name, b in raw.items()}
    except (OSError, json.JSONDecodeError, ValidationError, AttributeError) as exc:
        raise QuestionSetError(f"cannot use the thresholds in {path}: {exc}") from exc
    return {name: b.model_dump(exclude_none=True) for name, b in bounds.items()}


def cmd_eval(args: argparse.Namespace) -> int:
    # Imported here, not at the top: chromadb, langchain and matplotlib take seconds to import and
    # every other subcommand loads this module through the CLI's registry.
    from eval.metrics import check_thresholds
    from eval.report import summary_markdown, write_chart, write_results
    from eval.runner import DEFAULT_STORE_BASE, RunConfig, run

    settings = Settings.from_env(os.environ)
    llm = None
    if settings.llm:
        from assistant.llm import make_chat_model

        llm = make_chat_model(settings.llm, api_key=settings.llm_api_key)
    try:
        thresholds = load_thresholds(args.thresholds)
        config = RunConfig(
            sets=resolve_sets(args.sets), store_base=args.store or DEFAULT_STORE_BASE,
            embeddings=settings.embeddings, baseline=not args.no_baseline,
            compare_embeddings=args.compare_embeddings, llm=llm,
            sources=tuple(args.source) if args.source else None, blind=args.blind,
        )
        result = run(config)
    except QuestionSetError as exc:
        print(f"styrsvar: {exc}", file=sys.stderr)
        return 2
    failed = check_thresholds(result.system["overall"], thresholds)
    result.config["thresholds"] = {"targets": thresholds, "failures": failed}
    out: Path = args.out
    write_results(result, out / "results.json")
    summary = summary_markdown(result, failed, thresholds)
    (out / "summary.md").write_text(summary, encoding="utf-8")
    write_chart(result, args.chart)
    if args.json:
        figures = {k: v for k, v in result.to_dict().items() if k != "rows"}
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(summary)
        print(f"Wrote {out / 'results.json'}, {out / 'summary.md'} and {args.chart}")
    return 1 if failed else 0


def register(sub: Any) -> None:
    """Add ``eval`` to the CLI's subcommands (called by :mod:`styrsvar.cli`)."""
    p = sub.add_parser("eval", help="score the assistant and a baseline on the question sets")
    p.add_argument("sets", nargs="*", help="set names (fixtures, styrmodell) or JSONL paths (default: all)")
    p.add_argument("--store", type=Path, help="base folder of the eval stores (default: eval/out/tmp/stores)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for results.json and summary.md")
    p.add_argument("--chart", type=Path, default=DEFAULT_CHART,
                   help="bar chart file (default: docs/eval-by-kind.png)")
    p.add_argument("--thresholds", type=Path, default=THRESHOLDS, help="targets that decide the exit status")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of the summary")
    p.add_argument("--no-baseline", action="store_true", help="skip the LangChain tutorial baseline")
    p.add_argument("--source", action="append", metavar="DIR",
                   help="ask the sets over these PDF folders (repeat; names such as corpus or broad work "
                        "too) instead of the sources the set's name implies")
    p.add_argument("--blind", action="store_true",
                   help="report the sets as aggregates only (no question, answer or file is written)")
    p.add_argument("--compare-embeddings", action="store_true",
                   help="also measure retrieval with e5-small and minilm (ingests a second store)")
    p.set_defaults(func=cmd_eval)
