"""`styrsvar ask`: one question, or a JSONL batch, answered from the store.

Every turn is recorded in the store's audit log (``STORE/audit.sqlite``, channel ``cli``), like
the app's turns; a log that cannot be written is reported once and never stops an answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Any

from store.audit import AuditLog
from store.schema import Audience
from webapp.sanitize import clean_text

logger = logging.getLogger(__name__)

AUDIT_FILE = "audit.sqlite"  # the same file the web app writes (webapp.factory.AUDIT_FILE)


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


class CliAudit:
    """Records ``ask`` turns with channel "cli". Opened on the first turn; after a failure (a
    read-only store folder, say) it warns once and stays off, so answers keep coming."""

    def __init__(self, store: Path) -> None:
        self.path = Path(store) / AUDIT_FILE
        self._log: AuditLog | None = None
        self._off = False

    def record(self, ans: Any, audience: Audience, as_of: dt.date | None) -> None:
        if self._off:
            return
        try:
            if self._log is None:
                self._log = AuditLog(self.path)
            self._log.record(
                channel="cli",
                audience=str(audience),
                question=ans.question,
                answer=ans.answer,
                abstained=ans.abstained,
                filters=dict(ans.filters) or {"as_of": as_of.isoformat() if as_of else None},
                retrieved=[r.chunk_id or f"{r.document_id}:p{r.page}" for r in ans.retrieved],
                citations=ans.shown_sources(),
                model=ans.model,
            )
        except Exception as exc:  # the answer matters more than its log line
            self._off = True
            logger.warning("audit log %s cannot be written (%s); answers are not logged", self.path, exc)


def _print_answer(ans: Any) -> None:
    print(ans.answer)
    if ans.abstained and ans.nearby:
        print("  Inget svar, men det här ligger närmast frågan:")
    for i, c in enumerate(ans.citations or ans.nearby, 1):
        decided = " ".join(x for x in (c.decided_by, c.decision_date, c.paragraph) if x)
        print(
            f"  [{i}] {c.title} ({c.status}{', ' + decided if decided else ''}), {c.file} s. {c.page}"
            + (f", {c.section}" if c.section else "")
        )
        print(f'      "{c.quote}"')


def _batch_item(
    line: str, audience: Audience, as_of: dt.date | None
) -> tuple[dict[str, Any], Audience, dt.date | None, list[tuple[str, str]]]:
    """One JSONL line read: the item, its audience, date and history (cleaned like the app's input:
    JSON may carry lone surrogates such as "\\ud800").

    Raises:
        ValueError, TypeError, argparse.ArgumentTypeError: with a message that says what is wrong.
    """
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(item, dict):
        raise ValueError('not an object such as {"id": 1, "question": "..."}')
    try:
        item_audience = Audience(item.get("audience") or audience)
    except ValueError:
        raise ValueError(f"audience must be one of {', '.join(a.value for a in Audience)}") from None
    item_as_of = _date(str(item["as_of"])) if item.get("as_of") else as_of
    history = []
    for turn in item.get("history") or []:
        if not isinstance(turn, list | tuple) or len(turn) != 2:
            raise ValueError('history must be a list of ["question", "answer"] pairs')
        history.append((clean_text(str(turn[0])), clean_text(str(turn[1]))))
    return item, item_audience, item_as_of, history


def cmd_ask(args: argparse.Namespace) -> int:
    from styrsvar.cli import _settings

    settings = _settings(args)
    assistant = build_assistant(settings)
    audit = CliAudit(settings.store)
    audience = Audience(args.audience)
    if args.batch:
        bad = 0  # a bad line is reported and skipped; the others are answered, and the exit code says so
        for n, line in enumerate(Path(args.batch).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item, item_audience, item_as_of, history = _batch_item(line, audience, args.as_of)
            except (ValueError, TypeError, argparse.ArgumentTypeError) as exc:
                print(f"styrsvar: {args.batch} line {n}: {exc}; skipped", file=sys.stderr)
                bad += 1
                continue
            ans = assistant.ask(
                clean_text(str(item.get("question", ""))),
                audience=item_audience,
                as_of=item_as_of,
                history=history,
                id=clean_text(str(item.get("id", n))),
            )
            audit.record(ans, item_audience, item_as_of)
            print(json.dumps(ans.to_dict(), ensure_ascii=False))
        if bad:
            print(f"styrsvar: {bad} line(s) of {args.batch} skipped, see above", file=sys.stderr)
        return 2 if bad else 0
    if not args.question:
        print("styrsvar: give a question, or --batch FILE.jsonl", file=sys.stderr)
        return 2
    # a command-line argument that is not UTF-8 arrives with lone surrogates (surrogateescape)
    ans = assistant.ask(clean_text(args.question), audience=audience, as_of=args.as_of)
    audit.record(ans, audience, args.as_of)
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
