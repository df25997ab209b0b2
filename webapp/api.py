"""Staff routes: ``POST /api/ask``, ``POST /api/feedback`` and ``GET /pdf/{document_id}``.

Staff may read internal documents, so these routes sit behind the staff login whenever the app
is reachable from other machines (see :mod:`webapp.auth`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Response
from fastapi.responses import FileResponse, JSONResponse

from store.schema import Audience, DocumentRecord
from webapp.context import AppContext, staff_pdf_link
from webapp.errors import error
from webapp.models import AnswerOut, AskRequest, ErrorOut, FeedbackRequest, answer_out, history_pairs

logger = logging.getLogger(__name__)

NOT_FOUND = "Dokumentet finns inte (eller har tagits bort ur samlingen)."


def pdf_response(doc: DocumentRecord | None) -> Response:
    """The PDF itself, shown inline so that ``#page=N`` opens the cited page in the browser."""
    if doc is None or not Path(doc.source_path).is_file():
        return error(404, NOT_FOUND)
    return FileResponse(
        doc.source_path,
        media_type="application/pdf",
        filename=Path(doc.file).name,
        content_disposition_type="inline",
        headers={"X-Content-Type-Options": "nosniff"},
    )


def staff_router(ctx: AppContext) -> APIRouter:
    router = APIRouter(tags=["medarbetare"])

    @router.post(
        "/api/ask",
        response_model=AnswerOut,
        responses={413: {"model": ErrorOut}, 422: {"model": ErrorOut}, 500: {"model": ErrorOut}},
    )
    def ask(body: AskRequest, response: Response) -> AnswerOut | JSONResponse:
        """Answer a staff question (employee or politician) with citations linking to ``/pdf``.

        The ``X-Turn-Id`` response header identifies the turn in the audit log, for ``/api/feedback``.
        """
        if ctx.too_long(body.question):
            return error(413, ctx.too_long_message())
        turn = ctx.ask(
            body.question,
            channel="staff",
            audience=Audience(body.audience),
            as_of=body.as_of,
            history=history_pairs(body.history),
            filters=body.filters.to_filters() if body.filters else None,
            id=body.id,
        )
        if turn.turn_id:
            response.headers["X-Turn-Id"] = turn.turn_id
        return answer_out(turn.answer, staff_pdf_link)

    @router.post("/api/feedback", status_code=204, responses={404: {"model": ErrorOut}})
    def feedback(body: FeedbackRequest) -> Response:
        """Thumbs up (+1) or down (-1) for an answer, stored with its turn in the audit log."""
        if not ctx.audit.feedback(body.turn_id, body.value):
            return error(404, "Svaret finns inte i loggen.")
        return Response(status_code=204)

    @router.get(
        "/pdf/{document_id}",
        response_class=FileResponse,
        responses={200: {"content": {"application/pdf": {}}}, 404: {"model": ErrorOut}},
    )
    def pdf(document_id: str) -> Response:
        """The document's PDF (internal ones included); add ``#page=N`` to open a page."""
        return pdf_response(ctx.document(document_id))

    return router
