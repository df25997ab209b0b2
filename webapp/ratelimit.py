"""The public endpoint's rate limit: a moving window per client, shared by every process that
uses the same storage.

Anyone on the internet can reach the residents' endpoint, and each question costs retrieval (and
perhaps an LLM call). The counting is the ``limits`` library's moving window (no burst at a
minute's edge), in memory for one process or in Redis (``STYRSVAR_RATE_LIMIT_STORAGE=redis://...``)
for several workers or machines, which then share one count per client. Every request to the
endpoint counts, an invalid or oversized one too, and it is counted before its body is read.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Sequence

from limits import RateLimitItemPerMinute
from limits.storage import Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from webapp.clients import Network, client_key

logger = logging.getLogger(__name__)

NAMESPACE = "styrsvar-public-ask"
RATE_LIMITED = "Du har ställt många frågor på kort tid. Vänta en stund och försök igen."
_ERROR_LOG_INTERVAL = 60.0


class RateLimitUnavailable(Exception):
    """The rate-limit storage (Redis) cannot be reached."""


class PublicRateLimit:
    """At most ``per_minute`` hits per key in any 60 s; ``per_minute <= 0`` disables the limit.

    Example:
        >>> limit = PublicRateLimit(2)
        >>> limit.hit("10.0.0.1"), limit.hit("10.0.0.1"), limit.hit("10.0.0.1") is not None
        (None, None, True)
    """

    def __init__(self, per_minute: int, storage: str = "memory://") -> None:
        self.item = RateLimitItemPerMinute(per_minute) if per_minute > 0 else None
        options = (
            {} if storage.startswith("memory://") else {"socket_timeout": 2, "socket_connect_timeout": 2}
        )
        self.storage = storage_from_string(storage, **options)
        self.uri = storage
        if not isinstance(self.storage, Storage):  # only the async storages are not; we ask for sync ones
            raise ValueError(f"{storage} is not a synchronous rate-limit storage")
        self._limiter = MovingWindowRateLimiter(self.storage)
        self._last_error = -math.inf

    def check(self) -> None:
        """Raise :class:`RateLimitUnavailable` when the storage does not answer (checked at start)."""
        try:
            ok = self.storage.check()
        except Exception as exc:
            raise RateLimitUnavailable(f"{self.uri}: {exc}") from exc
        if not ok:
            raise RateLimitUnavailable(f"{self.uri} does not answer")

    def hit(self, key: str) -> int | None:
        """Count one request for ``key``: None if allowed, else seconds until one may pass.

        When the storage fails mid-way the request is allowed and the failure logged (at most once
        a minute): residents keep their answers, and an unreachable Redis is an operator's alarm.
        """
        if self.item is None:
            return None
        try:
            if self._limiter.hit(self.item, NAMESPACE, key):
                return None
            reset, _ = self._limiter.get_window_stats(self.item, NAMESPACE, key)
        except Exception:
            now = time.monotonic()
            if now - self._last_error > _ERROR_LOG_INTERVAL:
                self._last_error = now
                logger.exception("rate-limit storage %s failed; the request is let through", self.uri)
            return None
        return max(1, min(60, math.ceil(reset - time.time())))


class RateLimitMiddleware:
    """Count POSTs to ``paths`` per client before the body is read; 429 with Retry-After past the limit."""

    def __init__(
        self,
        app: ASGIApp,
        limit: PublicRateLimit,
        proxies: Sequence[Network] = (),
        paths: Sequence[str] = ("/api/public/ask",),
    ) -> None:
        self.app = app
        self.limit = limit
        self.proxies = list(proxies)
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        client = client_key(scope, self.proxies)
        retry_after = self.limit.hit(client)
        if retry_after is None:
            await self.app(scope, receive, send)
            return
        logger.info("rate limit reached for %s", client)
        body = json.dumps({"error": RATE_LIMITED}, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [
                    (b"content-type", b"application/json; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(retry_after).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
