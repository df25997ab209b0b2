"""One turn of the conversation, the same way for every channel: ask, then record for audit.

The staff UI, the staff API and the public API all go through :meth:`AppContext.ask`, so a
turn is never answered without being recorded, and a broken audit log never stops an answer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from urllib.parse import quote

from assistant.answer import Answer
from assistant.filters import Filters
from store.audit import AuditLog, Channel
from store.schema import Audience, DocumentRecord, Publication
from webapp.protocols import AssistantLike
from webapp.sanitize import clean_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Turn:
    answer: Answer
    turn_id: str | None  # None when the audit log could not be written


@dataclass
class AppContext:
    """What every route needs, built once by :func:`webapp.factory.build_app`."""

    assistant: AssistantLike
    audit: AuditLog
    max_question_chars: int
    public_url: str | None = None

    def too_long(self, question: str) -> bool:
        return len(question) > self.max_question_chars

    def too_long_message(self) -> str:
        return f"Frågan är för lång. Skriv högst {self.max_question_chars} tecken och försök igen."

    def ask(
        self,
        question: str,
        *,
        channel: Channel,
        audience: Audience,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        id: str | None = None,
        screen: Callable[[Answer], Answer] | None = None,
    ) -> Turn:
        """Answer and record one turn. ``screen`` (public channel) may replace the answer before it
        is recorded and returned, so that the log shows what the person actually saw."""
        question = clean_text(question)  # every channel, the staff chat's too
        history = tuple((clean_text(q), clean_text(a)) for q, a in history)
        answer = self.assistant.ask(
            question, audience=audience, as_of=as_of, history=history, filters=filters, id=id
        )
        if screen is not None:
            answer = screen(answer)
        return Turn(
            answer, self.record(answer, channel=channel, audience=audience, filters=filters, as_of=as_of)
        )

    def record(
        self,
        answer: Answer,
        *,
        channel: Channel,
        audience: Audience,
        filters: Filters | None,
        as_of: dt.date | None,
    ) -> str | None:
        applied = dict(answer.filters) or {
            **(asdict(filters) if filters else {}),
            "as_of": as_of.isoformat() if as_of else None,
        }
        try:
            return self.audit.record(
                channel=channel,
                audience=str(audience),
                question=answer.question,
                answer=answer.answer,
                abstained=answer.abstained,
                filters=applied,
                retrieved=[r.chunk_id or f"{r.document_id}:p{r.page}" for r in answer.retrieved],
                citations=answer.shown_sources(),
                model=answer.model,
            )
        except Exception:  # the answer matters more than its log line; the failure is logged loudly
            logger.exception("could not write the audit log %s", self.audit.path)
            return None

    def document(self, document_id: str) -> DocumentRecord | None:
        """The registry's record, after picking up a newer store generation if an ingest made one."""
        store = self.assistant.store
        try:
            store.refresh()
        except Exception:
            logger.exception("store refresh failed; serving the current generation")
        return store.registry.get(document_id)

    def is_public(self, document_id: str) -> bool:
        doc = self.document(document_id)
        return doc is not None and doc.meta.publication is Publication.EXTERN


def staff_pdf_link(document_id: str, page: int) -> str:
    return f"/pdf/{quote(document_id, safe='')}#page={page}"


def public_pdf_link(base: str, document_id: str, page: int) -> str:
    return f"{base.rstrip('/')}/public/pdf/{quote(document_id, safe='')}#page={page}"
