"""JSON errors in Swedish, and never a stack trace.

A trace tells an attacker about file paths and internals and tells a resident nothing; the
full exception goes to the log instead, where staff can find it.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger(__name__)

INTERNAL_ERROR = "Något gick fel hos oss. Försök igen om en stund."
_STATUS_TEXT = {
    400: "Förfrågan kunde inte tolkas.",
    401: "Inloggning krävs.",
    403: "Åtkomst nekad.",
    404: "Hittades inte.",
    405: "Metoden stöds inte här.",
    413: "Förfrågan är för stor.",
    429: "För många frågor på kort tid. Vänta en stund och försök igen.",
}


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _field(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = exc.errors()
    fields = sorted({_field(tuple(p.get("loc", ()))) for p in problems})
    logger.info("invalid request to %s: %s", request.url.path, problems)
    message = "Förfrågan kunde inte tolkas. Kontrollera fälten: " + ", ".join(fields) + "."
    if any(p.get("type") == "json_invalid" for p in problems):
        message = 'Förfrågan är inte giltig JSON. Skicka ett objekt med fältet "question".'
    return error(422, message)


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code < 500 else None
    if detail in (None, "", "Not Found", "Method Not Allowed"):
        detail = _STATUS_TEXT.get(exc.status_code, INTERNAL_ERROR)
    return error(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error(500, INTERNAL_ERROR)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
