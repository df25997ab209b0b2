"""Which web pages may use the public endpoint: only the configured origins (deny by default).

A widget that answers for any website invites scraping and abuse billed to the municipality.
Browsers send an ``Origin`` header with every cross-origin (and same-origin) POST, so the
endpoint refuses requests whose origin is not listed, answers CORS preflights for listed
origins only, and adds ``Access-Control-Allow-Origin`` (and the Swedish error bodies) so the
widget on an allowed page can read answers and errors. The check is done before routing, so
malformed bodies from a foreign origin are refused too; other methods than POST pass on to the
app, which answers 405. It is a browser-level guard; the rate limit is what protects against
scripts that forge headers.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

REFUSED_ORIGIN = "Den här webbplatsen får inte använda kommunens AI-assistent."


class PublicOriginMiddleware:
    """Origin check, preflight and CORS headers for ``paths`` (the public JSON endpoints)."""

    def __init__(
        self, app: ASGIApp, origins: Iterable[str], paths: Iterable[str] = ("/api/public/ask",)
    ) -> None:
        self.app = app
        self.origins = frozenset(o.rstrip("/") for o in origins)
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"] not in self.paths
            or scope["method"] not in ("POST", "OPTIONS")
        ):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin", "")
        if origin not in self.origins:  # also refuses a missing Origin and the opaque "null"
            logger.info("public request from origin %r refused", origin or None)
            await _json(send, 403, {"error": REFUSED_ORIGIN}, [(b"vary", b"Origin")])
            return
        cors = [
            (b"access-control-allow-origin", origin.encode()),
            (b"vary", b"Origin"),
            (b"access-control-expose-headers", b"Retry-After"),
        ]
        if scope["method"] == "OPTIONS":
            wanted = headers.get("access-control-request-method", "")
            if wanted not in ("POST", ""):
                await _json(send, 405, {"error": "Endast POST stöds."}, cors)
                return
            await _empty(
                send,
                204,
                cors
                + [
                    (b"access-control-allow-methods", b"POST, OPTIONS"),
                    (b"access-control-allow-headers", b"Content-Type"),
                    (b"access-control-max-age", b"600"),
                ],
            )
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in cors:
                    out[name.decode()] = value.decode()
            await send(message)

        await self.app(scope, receive, send_with_cors)


async def _json(send: Send, status: int, data: dict[str, str], headers: list[tuple[bytes, bytes]]) -> None:
    body = json.dumps(data, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _empty(send: Send, status: int, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
