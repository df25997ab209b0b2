"""A per-client sliding-window rate limit for the public endpoint.

Anyone on the internet can reach the residents' endpoint, and each question costs retrieval (and
perhaps an LLM call). A sliding window (not fixed minute buckets) stops bursts at a bucket edge
from doubling the allowed rate. State is in memory: one process serves the app, and a restart
forgetting recent counts is harmless.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """At most ``limit`` hits per ``window`` seconds per key; ``limit <= 0`` disables the limit.

    Example:
        >>> limiter = SlidingWindowLimiter(2, 60.0)
        >>> limiter.hit("10.0.0.1"), limiter.hit("10.0.0.1"), limiter.hit("10.0.0.1") is not None
        (None, None, True)
    """

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int | None:
        """Count one request for ``key``. Returns None if allowed, else seconds until a retry may pass."""
        if self.limit <= 0:
            return None
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                if len(self._hits) >= self._max_keys:
                    self._prune(now)
                hits = self._hits[key] = deque()
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window - now))
            hits.append(now)
            return None

    def _prune(self, now: float) -> None:
        """Forget clients with no hit inside the window, so memory stays bounded."""
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]:
            del self._hits[key]
