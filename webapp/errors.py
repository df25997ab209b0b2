"""JSON errors in Swedish, and never a stack trace.

A trace tells an attacker about file paths and internals and tells a resident nothing; the
full exception goes to the log instead, where staff can find it.
"""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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


_UNPARSABLE = "There was an error parsing the body"


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
    if detail == _UNPARSABLE:  # the framework's own words for a body that is not UTF-8 (or not readable)
        detail = 'Förfrågan kunde inte läsas: skicka JSON i UTF-8, till exempel {"question": "..."}.'
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


METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def install_method_guards(app: FastAPI | APIRouter) -> None:
    """405 with ``Allow`` for a known API path asked with another method.

    Without this the Gradio app mounted at "/" claims the request and answers 404. Call it on
    each router before it is included, and on the app before Gradio is mounted.
    """
    allowed: dict[str, set[str]] = {}
    for route in app.routes:
        if isinstance(route, APIRoute):
            allowed.setdefault(route.path, set()).update(route.methods or ())
    for path, methods in allowed.items():
        if "GET" in methods:
            methods.add("HEAD")
        others = [m for m in METHODS if m not in methods]
        allow = ", ".join(sorted(methods))

        def not_allowed(allow: str = allow) -> JSONResponse:
            return error(405, _STATUS_TEXT[405], headers={"Allow": allow})

        app.add_api_route(path, not_allowed, methods=others, include_in_schema=False)


class SwedishErrorsMiddleware:
    """Gradio's own JSON errors (``{"detail": "Not Found"}``) in the app's Swedish ``{"error": ...}``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def rewriting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if message["status"] in (404, 405) and headers.get("content-type", "").startswith(
                    "application/json"
                ):
                    held.append(message)
                    return
            elif held:
                held.append(message)
                if message.get("more_body"):
                    return
                await _flush(held, send)
                held.clear()
                return
            await send(message)

        await self.app(scope, receive, rewriting_send)


async def _flush(held: list[Message], send: Send) -> None:
    start, body = held[0], b"".join(m.get("body", b"") for m in held[1:])
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if isinstance(data, dict) and "error" not in data and "detail" in data:
        body = json.dumps({"error": _STATUS_TEXT[start["status"]]}, ensure_ascii=False).encode()
        headers = MutableHeaders(scope=start)
        headers["content-length"] = str(len(body))
        headers["content-type"] = "application/json; charset=utf-8"
    await send(start)
    await send({"type": "http.response.body", "body": body})
