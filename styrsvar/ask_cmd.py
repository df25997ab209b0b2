"""`styrsvar ask`: one question, or a JSONL batch, answered from the store."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from store.schema import Audience


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def build_assistant(settings: Any) -> Any:
    """The assistant the settings describe (the LLM is optional)."""
    from assistant.service import Assistant
    from store.reader import Store

    store = Store.open(settings.store, settings.chroma_url)
    llm = None
    if settings.llm:
        from assistant.llm import make_chat_model

        llm = make_chat_model(settings.llm, api_key=settings.llm_api_key)
    return Assistant(store, llm=llm, max_question_chars=settings.max_question_chars)


def _print_answer(ans: Any) -> None:
    print(ans.answer)
    for i, c in enumerate(ans.citations, 1):
        decided = " ".join(x for x in (c.decided_by, c.decision_date, c.paragraph) if x)
        print(f"  [{i}] {c.title} ({c.status}{', ' + decided if decided else ''}), {c.file} s. {c.page}"
              + (f", {c.section}" if c.section else ""))
        print(f"      \"{c.quote}\"")


def cmd_ask(args: argparse.Namespace) -> int:
    from styrsvar.cli import _settings

    settings = _settings(args)
    assistant = build_assistant(settings)
    audience = Audience(args.audience)
    if args.batch:
        for n, line in enumerate(Path(args.batch).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"styrsvar: {args.batch} line {n} is not JSON ({exc.msg})", file=sys.stderr)
                return 2
            ans = assistant.ask(
                str(item.get("question", "")),
                audience=Audience(item.get("audience") or audience),
                as_of=_date(item["as_of"]) if item.get("as_of") else args.as_of,
                history=[tuple(h) for h in item.get("history", [])],
                id=str(item.get("id", n)),
            )
            print(json.dumps(ans.to_dict(), ensure_ascii=False))
        return 0
    if not args.question:
        print("styrsvar: give a question, or --batch FILE.jsonl", file=sys.stderr)
        return 2
    ans = assistant.ask(args.question, audience=audience, as_of=args.as_of)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(ans)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("ask", help="ask a question")
    p.add_argument("question", nargs="?", help="the question, in Swedish or English")
    p.add_argument("--store", type=Path)
    p.add_argument("--chroma-url")
    p.add_argument("--audience", choices=[a.value for a in Audience], default=Audience.EMPLOYEE.value)
    p.add_argument("--as-of", type=_date, help="answer as of this date (default: today)")
    p.add_argument("--batch", help="JSONL file of {id, question, audience?, as_of?} lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)
