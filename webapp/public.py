"""Residents' routes: ``POST /api/public/ask``, ``GET /public/pdf/{document_id}``, ``GET /widget.js``.

Residents may read only externally published documents. The assistant already filters by
audience before ranking; this module checks again after answering (defence in depth), because
a leaked internal document is the one failure a municipality cannot take back.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from assistant.answer import Answer
from store.schema import Audience
from webapp.api import pdf_response
from webapp.context import AppContext, public_pdf_link
from webapp.errors import error
from webapp.models import AnswerOut, ErrorOut, PublicAskRequest, answer_out, history_pairs
from webapp.widget import widget_script

logger = logging.getLogger(__name__)

WITHHELD = (
    "Jag kan tyvärr inte svara på det utifrån kommunens publicerade styrdokument. "
    "Kontakta kommunen om du har frågor."
)


def screen_public(answer: Answer, ctx: AppContext) -> Answer:
    """Withhold an answer that rests on anything not published externally.

    Dropping just the internal citations is not enough: the answer text was composed from
    them. So any non-extern (or unknown) document among the citations, retrieved passages or an
    abstention's pointers replaces the whole answer with a neutral abstention, and the event is
    logged as an error.
    """
    sources = {c.document_id for c in [*answer.citations, *answer.nearby]}
    sources |= {r.document_id for r in answer.retrieved}
    internal = sorted(d for d in sources if not ctx.is_public(d))
    if not internal:
        return answer
    logger.error("public answer withheld: it rests on non-public documents %s", internal)
    return replace(answer, answer=WITHHELD, abstained=True, citations=[], retrieved=[], nearby=[])


def public_router(ctx: AppContext) -> APIRouter:
    router = APIRouter(tags=["invånare"])

    @router.post(
        "/api/public/ask",
        response_model=AnswerOut,
        responses={
            403: {"model": ErrorOut, "description": "The page's origin is not allowed."},
            413: {"model": ErrorOut},
            422: {"model": ErrorOut},
            429: {"model": ErrorOut, "description": "Rate limited; see Retry-After."},
            500: {"model": ErrorOut},
        },
    )
    def ask(body: PublicAskRequest, request: Request) -> AnswerOut | JSONResponse:
        """Answer a resident from externally published documents only.

        The audience is always "resident", whatever the body says; only pages on the configured
        origins may call this, at most ``public_rate_limit`` questions per minute per client
        (counted before the body is read, see :mod:`webapp.ratelimit`).
        """
        if ctx.too_long(body.question):
            return error(413, ctx.too_long_message())
        turn = ctx.ask(
            body.question,
            channel="public",
            audience=Audience.RESIDENT,
            history=history_pairs(body.history),
            screen=lambda a: screen_public(a, ctx),
        )
        base = ctx.public_url or str(request.base_url)
        out = answer_out(turn.answer, lambda doc_id, page: public_pdf_link(base, doc_id, page))
        for citation in [*out.citations, *out.nearby]:  # no internal folder structure
            citation.file = Path(citation.file).name
        for passage in out.retrieved:
            passage.file = Path(passage.file).name
        return out

    @router.get(
        "/public/pdf/{document_id}",
        responses={200: {"content": {"application/pdf": {}}}, 404: {"model": ErrorOut}},
    )
    def public_pdf(document_id: str) -> Response:
        """An externally published document's PDF; every other id is "not found"."""
        doc = ctx.document(document_id)
        if doc is None or not ctx.is_public(document_id):
            return error(404, "Dokumentet finns inte.")
        return pdf_response(doc)

    @router.get("/widget.js", include_in_schema=False)
    def widget() -> Response:
        return Response(
            widget_script(),
            media_type="application/javascript; charset=utf-8",
            headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"},
        )

    return router
