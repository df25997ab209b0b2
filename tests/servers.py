"""Real servers for tests, on free loopback ports: redis-server, `chroma run`, `styrsvar serve`.

Each starts as a child process, is waited for until it accepts connections (or the test fails
with the server's own output), and is stopped by its process id when the test is done.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
REDIS_MISSING = (
    "redis-server is missing (apt-get install -y redis-server); "
    "set STYRSVAR_TEST_REQUIRE_REDIS=1 to fail instead"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def need_redis() -> None:
    """Skip (or, in CI, fail) a test that needs a real redis-server."""
    if not os.path.exists(REDIS_SERVER):
        if os.environ.get("STYRSVAR_TEST_REQUIRE_REDIS") == "1":
            pytest.fail(REDIS_MISSING)
        pytest.skip(REDIS_MISSING)


@contextmanager
def child(
    args: Sequence[str],
    port: int,
    log: Path,
    *,
    env: Mapping[str, str] | None = None,
    ready: str | None = None,
    timeout: float = 120.0,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``args`` until the block ends; ready when ``port`` accepts (and ``ready`` answers 200)."""
    out = log.open("wb")
    proc = subprocess.Popen(
        list(args), stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
    )
    try:
        deadline = time.monotonic() + timeout
        while not _up(port, ready):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(
                    f"{args[0]} did not start on port {port}:\n{log.read_text(errors='replace')[-3000:]}"
                )
            time.sleep(0.1)
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        out.close()


def _up(port: int, ready: str | None) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            pass
    except OSError:
        return False
    if ready is None:
        return True
    import httpx

    try:
        return httpx.get(f"http://127.0.0.1:{port}{ready}", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """A throwaway redis-server (no persistence) on a free port; yields its redis:// URL."""
    need_redis()
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    args = [
        REDIS_SERVER,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(folder),
    ]
    with child(args, port, folder / "redis.log"):
        yield f"redis://127.0.0.1:{port}/0"


@contextmanager
def chroma_server(folder: Path) -> Iterator[str]:
    """A real `chroma run` server on a free port; yields its URL."""
    port = free_port()
    args = [
        str(BIN / "chroma"),
        "run",
        "--path",
        str(folder / "chroma-server"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    with child(args, port, folder / "chroma.log", env={"ANONYMIZED_TELEMETRY": "False"}):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def styrsvar_serve(
    store: Path,
    log: Path,
    *,
    workers: int = 1,
    env: Mapping[str, str] | None = None,
    extra: Sequence[str] = (),
) -> Iterator[str]:
    """`styrsvar serve` as a real process (uvicorn, ``workers`` processes); yields its base URL."""
    port = free_port()
    args = [
        str(BIN / "styrsvar"),
        "serve",
        "--store",
        str(store),
        "--port",
        str(port),
        "--workers",
        str(workers),
        *extra,
    ]
    env = {"GRADIO_ANALYTICS_ENABLED": "False", **(env or {})}
    with child(args, port, log, env=env, ready="/healthz") as proc:
        deadline = time.monotonic() + 120
        while log.read_text(errors="replace").count("Application startup complete") < workers:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"not all {workers} workers started:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
