"""The public rate limit: a true sliding window, per client, safe under threads."""

from __future__ import annotations

import threading

from webapp.ratelimit import SlidingWindowLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_and_retry_after() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(3, 60.0, clock=clock)
    for _ in range(3):
        assert limiter.hit("a") is None
        clock.now += 10
    assert limiter.hit("a") == 30  # at t+30 the oldest hit (t+0) leaves the window in 30 s
    assert limiter.hit("b") is None  # other clients are unaffected
    clock.now += 30
    assert limiter.hit("a") is None  # t+60: the first hit has left
    assert limiter.hit("a") == 10  # hits at t+10, t+20, t+60 remain; t+10 leaves in 10 s


def test_zero_disables() -> None:
    limiter = SlidingWindowLimiter(0)
    assert all(limiter.hit("a") is None for _ in range(100))


def test_memory_is_bounded() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(1, 60.0, clock=clock, max_keys=10)
    for i in range(10):
        limiter.hit(f"c{i}")
    clock.now += 61
    limiter.hit("new")
    assert len(limiter._hits) == 1


def test_thread_safe_count() -> None:
    limiter = SlidingWindowLimiter(50, 60.0)
    allowed: list[bool] = []

    def work() -> None:
        for _ in range(20):
            allowed.append(limiter.hit("same") is None)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(allowed) == 50
