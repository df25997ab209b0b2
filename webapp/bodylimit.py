"""Request bodies are capped while they stream in, on every route.

A cap that reads only ``Content-Length`` is bypassed by ``Transfer-Encoding: chunked``: the server
then reads a 64 MiB body whole before anything looks at it. This middleware counts the bytes as
the app receives them and answers 413 as soon as the count passes the route's cap, whatever the
app does with the stream afterwards (FastAPI turns a failed read into a 400; it is replaced).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # a staff question with ten long turns of history is well below this
TOO_LARGE = "Förfrågan är för stor. Korta ner frågan och försök igen."


class BodyTooLarge(Exception):
    """Raised inside the app's ``receive`` once the body passes its cap."""


class BodyLimitMiddleware:
    """At most ``limit`` bytes of body per request; ``per_path`` sets other caps for exact paths."""

    def __init__(
        self, app: ASGIApp, limit: int = MAX_BODY, per_path: Mapping[str, int] | None = None
    ) -> None:
        self.app = app
        self.limit = limit
        self.per_path = dict(per_path or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.limit)
        length = Headers(scope=scope).get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await too_large(send)
            return
        state = {"received": 0, "exceeded": False, "started": False}

        async def limited_receive() -> Message:
            if state["exceeded"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["exceeded"] = True
                    raise BodyTooLarge(f"body over {limit} bytes")
            return message

        async def guarded_send(message: Message) -> None:
            if state["exceeded"]:
                return  # whatever the app makes of the broken stream is replaced by the 413 below
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not state["exceeded"]:
                raise
        if state["exceeded"]:
            logger.info("%s %s: body over %d bytes refused", scope["method"], scope["path"], limit)
            if not state["started"]:
                await too_large(send)


async def too_large(send: Send) -> None:
    body = json.dumps({"error": TOO_LARGE}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
