"""Request and response bodies of the JSON API, as pydantic models (they document the OpenAPI schema).

The response mirrors :meth:`assistant.answer.Answer.to_dict` and adds ``url`` to each source: a
link a person can open at the cited page (staff: ``/pdf/...``, residents: ``/public/pdf/...``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer
from assistant.filters import Filters
from webapp.sanitize import CleanStr

MAX_HISTORY_TURNS = 10  # older turns add little to a follow-up and cost retrieval time
MAX_HISTORY_CHARS = 8000  # a previous answer may be long; anything larger is not a real turn


class HistoryTurn(BaseModel):
    """One earlier turn of the conversation, for follow-up questions."""

    model_config = ConfigDict(extra="forbid")

    question: CleanStr = Field(max_length=MAX_HISTORY_CHARS, description="The earlier question.")
    answer: CleanStr = Field(max_length=MAX_HISTORY_CHARS, description="The answer text given to it.")


class FiltersIn(BaseModel):
    """Explicit narrowing of the documents searched (the staff sidebar's filters)."""

    model_config = ConfigDict(extra="forbid")

    doc_type: CleanStr | None = Field(None, description="Document type, e.g. policy or delegationsordning.")
    decided_by: CleanStr | None = Field(None, description="Deciding body, e.g. kommunfullmäktige.")
    year: int | None = Field(None, description="Decision year.")
    include_repealed: bool = Field(False, description="Also search repealed and expired documents.")

    def to_filters(self) -> Filters:
        return Filters(
            doc_type=self.doc_type or None,
            decided_by=self.decided_by or None,
            year=self.year,
            include_repealed=self.include_repealed,
        )


class AskRequest(BaseModel):
    """A staff question. Staff choose their audience; residents cannot (see PublicAskRequest)."""

    model_config = ConfigDict(extra="forbid")

    question: CleanStr = Field(description="The question, in Swedish.")
    audience: Literal["employee", "politician"] = Field("employee", description="Who asks.")
    as_of: dt.date | None = Field(None, description="Answer as of this date (default: today).")
    history: list[HistoryTurn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    filters: FiltersIn | None = None
    id: CleanStr | None = Field(None, max_length=200, description="Caller's id, echoed in the answer.")


class PublicAskRequest(BaseModel):
    """A resident's question from the widget.

    Only ``question`` and ``history`` are read: the audience is always "resident", decided by the
    channel. Any other field (``audience``, ``filters`` ...) is ignored, never honoured.
    """

    model_config = ConfigDict(extra="ignore")

    question: CleanStr = Field(description="The question, in Swedish.")
    history: list[HistoryTurn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turn_id: CleanStr = Field(max_length=64, description="The X-Turn-Id header of the answer.")
    value: Literal[1, -1] = Field(description="+1 helpful, -1 not helpful.")


class CitationOut(BaseModel):
    file: str
    document_id: str
    title: str
    page: int
    section: str
    quote: str
    decided_by: str | None
    decision_date: str | None
    status: str
    paragraph: str | None = None
    status_date: str | None = None
    url: str | None = Field(None, description="Opens the PDF at the cited page.")


class RetrievedOut(BaseModel):
    file: str
    document_id: str
    page: int
    section: str
    text: str
    score: float
    chunk_id: str = ""
    url: str | None = None


class AnswerOut(BaseModel):
    """The answer object (``Answer.to_dict()``), each source with a ``url``."""

    question: str
    answer: str
    abstained: bool
    citations: list[CitationOut] = Field(default_factory=list)
    retrieved: list[RetrievedOut] = Field(default_factory=list)
    id: str | None = None
    nearby: list[CitationOut] = Field(
        default_factory=list,
        description="An abstention's pointers: the sentences nearest the question. Not an answer.",
    )


class ErrorOut(BaseModel):
    """Every error of the API: a Swedish message a person can act on, never a trace."""

    error: str


def history_pairs(history: list[HistoryTurn]) -> list[tuple[str, str]]:
    return [(h.question, h.answer) for h in history]


def answer_out(answer: Answer, link: Callable[[str, int], str | None]) -> AnswerOut:
    """The JSON answer, with ``link(document_id, page)`` as each source's url."""
    data = answer.to_dict()
    citations = [CitationOut(**asdict(c), url=link(c.document_id, c.page)) for c in answer.citations]
    retrieved = [RetrievedOut(**asdict(r), url=link(r.document_id, r.page)) for r in answer.retrieved]
    nearby = [CitationOut(**asdict(c), url=link(c.document_id, c.page)) for c in answer.nearby]
    return AnswerOut(
        question=data["question"],
        answer=data["answer"],
        abstained=data["abstained"],
        citations=citations,
        retrieved=retrieved,
        id=data.get("id"),
        nearby=nearby,
    )
