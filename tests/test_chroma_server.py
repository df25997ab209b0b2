"""The scale-out mode: the same ingest and questions against a real Chroma server."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from store.reader import Store
from tests.conftest import FIXTURES

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_url(tmp_path: Path):
    port = _free_port()
    chroma = Path(__import__("sys").executable).parent / "chroma"
    proc = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path / "chroma-server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the Chroma server did not start within 60 s")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_ask_through_a_chroma_server(chroma_url, warm_store_dir, embeddings):
    from assistant.service import Assistant

    store_dir = warm_store_dir
    files = [
        FIXTURES / "delegationsordning-samhallsbyggnadsnamnden-2024.pdf",
        FIXTURES / "riktlinje-it-incidenter.pdf",
    ]
    report = ingest(files, store_dir, embeddings, chroma_url=chroma_url)
    assert report.exit_code == 0
    assert not (store_dir / "chroma").exists(), "vectors live on the server, not in the folder"
    assert report.embedded_chunks == 0  # vectors came from the warm cache; the server stored them
    store = Store.open(store_dir, chroma_url=chroma_url)
    assert store.index.count() == sum(d.chunks for d in store.registry.documents())
    ans = Assistant(store).ask("Vem beslutar om rivningslov?")
    assert "bygglovshandläggare" in ans.answer.lower()
    # a second ingest with one file removed switches generations on the server too
    report = ingest(files[:1], store_dir, embeddings, chroma_url=chroma_url, prune=True)
    assert [f.outcome for f in report.files] == ["unchanged", "removed"]
    store.refresh()
    assert [d.file for d in store.registry.documents()] == [files[0].name]
    assert store.index.count() == store.registry.documents()[0].chunks


def test_unreachable_server_is_a_clear_error(tmp_path, embeddings):
    from store.errors import StoreError

    with pytest.raises(StoreError, match="Chroma server"):
        ingest(
            [FIXTURES / "riktlinje-it-incidenter.pdf"],
            tmp_path / "s",
            embeddings,
            chroma_url=f"http://127.0.0.1:{_free_port()}",
        )
