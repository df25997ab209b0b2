"""Shared fixtures: a real store built once per session from the fictitious fixture collection."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Cancel the timers still waiting when the session ends. The `limits` library's in-memory
    storage (one per app the tests build) runs its expiry on a non-daemon threading.Timer of 10 ms.
    Under a clock moved forward (`faketime -f +400d`) such a wait never ends, and the interpreter
    waits for it at exit: the suite would pass and then hang."""
    for thread in threading.enumerate():
        if isinstance(thread, threading.Timer):
            thread.cancel()


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
BAD = ROOT / "tests" / "fixtures" / "bad"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def embeddings():
    from store.embeddings import make_embeddings

    return make_embeddings("e5-small")


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory, embeddings):
    """The fixture collection plus the real styrmodell, ingested once with the real default embeddings."""
    from ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("store")
    report = ingest([FIXTURES, CORPUS], path, embeddings)
    assert report.exit_code == 0, [f for f in report.files if f.outcome == "skipped"]
    return path


@pytest.fixture(scope="session")
def store(fixture_store):
    from store.reader import Store

    return Store.open(fixture_store)


@pytest.fixture(scope="session")
def assistant(store):
    import datetime as dt

    from assistant.service import Assistant

    return Assistant(store, today=lambda: dt.date(2026, 11, 26))


@pytest.fixture()
def warm_store_dir(tmp_path, fixture_store):
    """A new, empty store folder whose embedding cache already holds the fixture texts' vectors.

    Ingest tests about idempotency, pruning and bad files need a real store, not fresh embeddings;
    the session store has computed those once with the real model.
    """
    import shutil

    path = tmp_path / "store"
    path.mkdir()
    shutil.copy(fixture_store / "embeddings-cache.sqlite", path / "embeddings-cache.sqlite")
    return path


@pytest.fixture(scope="session")
def health_store(tmp_path_factory, embeddings):
    """The health report's fictitious collection (tests/health_docs.py) through the real ingest."""
    from health_docs import build

    from ingest.pipeline import ingest

    folder = build(tmp_path_factory.mktemp("health-pdf"))
    path = tmp_path_factory.mktemp("health-store")
    report = ingest([folder], path, embeddings)
    assert report.exit_code == 0, [f for f in report.files if f.outcome == "skipped"]
    return path
