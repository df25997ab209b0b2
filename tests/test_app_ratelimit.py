"""The public rate limit: a moving window per client, in memory or shared through a real Redis."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.servers import free_port, redis_server
from webapp.ratelimit import PublicRateLimit, RateLimitUnavailable


def test_limit_per_client_with_retry_after() -> None:
    limit = PublicRateLimit(3)
    assert [limit.hit("a") for _ in range(3)] == [None, None, None]
    retry = limit.hit("a")
    assert retry is not None and 1 <= retry <= 60
    assert limit.hit("b") is None  # other clients are unaffected


def test_zero_disables() -> None:
    limit = PublicRateLimit(0)
    assert all(limit.hit("a") is None for _ in range(100))


def test_thread_safe_count() -> None:
    limit = PublicRateLimit(50)
    allowed: list[bool] = []

    def work() -> None:
        for _ in range(20):
            allowed.append(limit.hit("same") is None)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(allowed) == 50


def test_memory_counts_are_per_process_object() -> None:
    one, two = PublicRateLimit(1), PublicRateLimit(1)
    assert one.hit("a") is None and two.hit("a") is None  # two processes would not share it


@pytest.mark.server
def test_redis_shares_the_count_between_limiters(tmp_path: Path) -> None:
    with redis_server(tmp_path / "redis") as url:
        one, two = PublicRateLimit(4, url), PublicRateLimit(4, url)
        one.check()
        results = [(one if i % 2 else two).hit("10.0.0.7") for i in range(6)]
        assert results[:4] == [None] * 4
        assert all(r is not None and 1 <= r <= 60 for r in results[4:])
        assert one.hit("10.0.0.8") is None


@pytest.mark.server
def test_redis_shares_the_count_between_threads(tmp_path: Path) -> None:
    with redis_server(tmp_path / "redis") as url:
        limiters = [PublicRateLimit(30, url) for _ in range(4)]
        allowed: list[bool] = []

        def work(limit: PublicRateLimit) -> None:
            for _ in range(15):
                allowed.append(limit.hit("burst") is None)

        threads = [threading.Thread(target=work, args=(lim,)) for lim in limiters]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sum(allowed) == 30 and len(allowed) == 60


def test_unreachable_redis_is_reported_at_start_and_let_through_later() -> None:
    limit = PublicRateLimit(1, f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(RateLimitUnavailable, match="redis://127.0.0.1"):
        limit.check()
    assert limit.hit("a") is None and limit.hit("a") is None  # fails open, logged
