"""Real processes over loopback: `styrsvar serve` with several workers, a shared Redis limit, and two
app processes on two ports against one Chroma server and one Redis (the scale-out of the README).

Each request here opens its own connection, and the worker that accepted it is found from the
kernel's socket table, so a test knows which process answered without the app telling anyone.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import ingest
from store.audit import AuditLog
from tests.conftest import CORPUS, FIXTURES
from tests.servers import chroma_server, redis_server, styrsvar_serve

pytestmark = pytest.mark.server

ORIGIN = "https://www.askersund.se"
QUESTIONS = [
    ("Vem beslutar om rivningslov?", "employee"),
    ("Vilken representationspolicy gäller nu?", "politician"),
    ("Vad ersätter delegationsordningen för samhällsbyggnadsnämnden?", "employee"),
    ("Vem beslutar om verksamhetsplanen?", "employee"),
]


def post(
    base: str,
    path: str,
    body: dict[str, Any],
    headers: dict[str, str] | None = None,
    while_open: Callable[[int], None] | None = None,
) -> tuple[int, Any, int]:
    """POST on a fresh connection; (status, JSON body, local port of the connection).
    ``while_open`` is called with the local port after the answer, before the connection closes (the
    server's side of it is in the socket table only until then)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=120)
    try:
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **(headers or {})})
        local_port = conn.sock.getsockname()[1]
        response = conn.getresponse()
        data = json.loads(response.read() or b"null")
        if while_open is not None:
            while_open(local_port)
        return response.status, data, local_port
    finally:
        conn.close()


def ask_public(
    base: str,
    question: str = "Vilken representationspolicy gäller nu?",
    while_open: Callable[[int], None] | None = None,
    **headers: str,
) -> tuple[int, Any, int]:
    return post(base, "/api/public/ask", {"question": question}, {"Origin": ORIGIN, **headers}, while_open)


def children(pid: int) -> list[int]:
    """The worker processes of a uvicorn supervisor (its spawned children, not the resource tracker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    lines = {c: Path(f"/proc/{c}/cmdline").read_bytes().decode(errors="replace") for c in found}
    return [c for c, line in lines.items() if "spawn_main" in line and "resource_tracker" not in line]


def socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def server_socket_inode(client_port: int) -> str | None:
    """The inode of the server side of the loopback connection whose client port is ``client_port``."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == client_port and fields[9] != "0":
                return fields[9]
    return None


@pytest.fixture(scope="module")
def store_copy(fixture_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's real store, copied so that these processes write their own audit log."""
    dest = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(fixture_store, dest, ignore=shutil.ignore_patterns("audit.sqlite*"))
    return dest


def test_serve_ignores_forwarded_for_from_a_local_caller(store_copy: Path, tmp_path: Path) -> None:
    env = {"STYRSVAR_ALLOWED_ORIGINS": ORIGIN, "STYRSVAR_PUBLIC_RATE_LIMIT": "2"}
    with styrsvar_serve(store_copy, tmp_path / "serve.log", env=env) as base:
        codes = [ask_public(base, **{"X-Forwarded-For": f"198.51.100.{i}"})[0] for i in range(3)]
    assert codes == [200, 200, 429]


def test_two_workers_answer_and_share_one_redis_limit(store_copy: Path, tmp_path: Path) -> None:
    limit = 5
    with redis_server(tmp_path / "redis") as redis_url:
        env = {
            "STYRSVAR_ALLOWED_ORIGINS": ORIGIN,
            "STYRSVAR_PUBLIC_RATE_LIMIT": str(limit),
            "STYRSVAR_RATE_LIMIT_STORAGE": redis_url,
        }
        with styrsvar_serve(store_copy, tmp_path / "serve.log", workers=2, env=env) as base:
            supervisor = int(
                (tmp_path / "serve.log").read_text().split("Started parent process [")[1].split("]")[0]
            )
            workers = children(supervisor)
            assert len(workers) == 2
            inodes = {w: socket_inodes(w) for w in workers}
            seen: dict[int, list[int]] = {w: [] for w in workers}
            statuses = []
            answered_by: list[int] = []

            def which_worker(port: int) -> None:  # while the connection is still open on both sides
                inode = server_socket_inode(port)
                answered_by[:] = [w for w in workers if inode and inode in (inodes[w] | socket_inodes(w))]

            for _ in range(200):  # bounded: stop once both workers have answered, past the limit
                status, _, _port = ask_public(base, while_open=which_worker)
                statuses.append(status)
                for w in answered_by:
                    seen[w].append(status)
                if all(seen.values()) and len(statuses) > limit + 2:
                    break
            staff = [post(base, "/api/ask", {"question": q, "audience": a})[:2] for q, a in QUESTIONS]
    assert all(seen.values()), f"one worker answered everything: {seen}"
    assert statuses.count(200) == limit and set(statuses) == {200, 429}
    assert all(status == 200 and data["citations"] for status, data in staff)
    turns = AuditLog(store_copy / "audit.sqlite").turns(limit=1000)
    assert sum(t["channel"] == "public" for t in turns) >= limit  # both workers wrote one log


def test_scale_out_two_apps_one_chroma_server_one_redis(
    tmp_path: Path, fixture_store: Path, embeddings: Any
) -> None:
    store = tmp_path / "store"
    store.mkdir()
    shutil.copy(fixture_store / "embeddings-cache.sqlite", store / "embeddings-cache.sqlite")
    limit = 4
    with chroma_server(tmp_path / "chroma") as chroma_url, redis_server(tmp_path / "redis") as redis_url:
        report = ingest([FIXTURES, CORPUS], store, embeddings, chroma_url=chroma_url)
        assert report.exit_code == 0 and report.embedded_chunks == 0
        assert not (store / "chroma").exists(), "the vectors live on the Chroma server"
        env = {
            "STYRSVAR_CHROMA_URL": chroma_url,
            "STYRSVAR_ALLOWED_ORIGINS": ORIGIN,
            "STYRSVAR_PUBLIC_RATE_LIMIT": str(limit),
            "STYRSVAR_RATE_LIMIT_STORAGE": redis_url,
        }
        with (
            styrsvar_serve(store, tmp_path / "a.log", env=env) as a,
            styrsvar_serve(store, tmp_path / "b.log", env=env) as b,
        ):
            answers = {
                base: [
                    post(base, "/api/ask", {"question": q, "audience": aud, "id": "q"})[:2]
                    for q, aud in QUESTIONS
                ]
                for base in (a, b)
            }
            public = [ask_public(base)[0] for base in (a, b) * 4]
    assert answers[a] == answers[b]
    assert all(status == 200 for status, _ in answers[a])
    assert "bygglovshandläggare" in answers[a][0][1]["answer"].lower()
    assert public == [200] * limit + [429] * limit  # one count for both apps
    turns = AuditLog(store / "audit.sqlite").turns(limit=100)
    assert sum(t["channel"] == "staff" for t in turns) == 2 * len(QUESTIONS)
    assert sum(t["channel"] == "public" for t in turns) == limit
