"""Browser test fixtures: the real app under uvicorn, host pages on other origins, headless Chromium.

The assistant is the real one, ``assistant.service.Assistant`` over a store ingested (by the real
ingest, with the real default embeddings) from ``tests/fixtures/pdf`` and ``corpus/``: the
session fixture ``assistant`` of ``tests/conftest.py``, with "today" fixed at 2026-11-26. It is
wrapped in :class:`RecordingAssistant`, which passes every call through unchanged and remembers
its arguments, so that tests can also check what the page sent (audience, filters, history).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from assistant.answer import Answer
from assistant.filters import Filters
from config.settings import Settings
from store.schema import Audience
from webapp.factory import build_app
from webapp.localservers import CHROMIUM, CHROMIUM_ARGS, serve_app, serve_folder, write_host_page
from webapp.protocols import StoreLike
from webapp.testing import Call, Scenario

MISSING = (
    f"{CHROMIUM} is missing (apt-get install -y chromium); "
    "set STYRSVAR_TEST_REQUIRE_BROWSER=1 to fail instead"
)


def _required() -> bool:
    return os.environ.get("STYRSVAR_TEST_REQUIRE_BROWSER") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test here ``browser``; skip them (before starting any server) without Chromium."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            if not os.path.exists(CHROMIUM) and not _required():
                item.add_marker(pytest.mark.skip(reason=MISSING))


# Questions whose answers are in the fixture collection (see tests/fixtures/fixture_docs).
STAFF_QUESTION = "Vem beslutar om rivningslov?"  # delegationsordning 2024, page 2, point B.4
RESIDENT_QUESTION = "Vilken representationspolicy gäller nu?"  # representationspolicy 2024 (extern)
# Answered only by riktlinje-it-incidenter.pdf ("Intranät – får inte publiceras externt"), page 1.
INTERNAL_QUESTION = "Vilket telefonnummer har IT-jouren vid en IT-incident?"
INTERNAL_DOCUMENT = "riktlinje-it-incidenter"


@dataclass
class RecordingAssistant:
    """The real assistant, with a record of every call's arguments (answers are not altered)."""

    inner: Any
    calls: list[Call] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def store(self) -> StoreLike:
        return self.inner.store  # type: ignore[no-any-return]

    def ask(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        id: str | None = None,
    ) -> Answer:
        with self._lock:
            self.calls.append(Call(question, audience, as_of, tuple(history), filters, id))
        answer: Answer = self.inner.ask(
            question, audience=audience, as_of=as_of, history=history, filters=filters, id=id
        )
        return answer


@pytest.fixture(scope="session")
def scenario(assistant: Any, tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """The real assistant over the ingested fixture collection, and the questions that exercise it."""
    from assistant.service import Assistant

    assert isinstance(assistant, Assistant), "the browser suite runs the real assistant"
    assistant.ask(STAFF_QUESTION)  # warm up (query embedding model, BM25) before any page waits on it
    return Scenario(
        assistant=RecordingAssistant(assistant),
        store_dir=tmp_path_factory.mktemp("browser-audit"),  # the app's audit log of these tests
        staff_question=STAFF_QUESTION,
        resident_question=RESIDENT_QUESTION,
        internal_question=INTERNAL_QUESTION,
        internal_document_ids=frozenset({INTERNAL_DOCUMENT}),
    )


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, str]]]:
    """Two static sites on two origins: "allowed" (in the app's allowed origins) and "other"."""
    with ExitStack() as stack:
        out = {}
        for name in ("allowed", "other"):
            folder = tmp_path_factory.mktemp(f"site-{name}")
            out[name] = (folder, stack.enter_context(serve_folder(folder)))
        yield out


@pytest.fixture(scope="session")
def app_url(scenario: Scenario, sites: dict[str, tuple[Path, str]]) -> Iterator[str]:
    """The real app over the real assistant under uvicorn; both sites embed its widget."""
    settings = Settings(store=scenario.store_dir, allowed_origins=sites["allowed"][1])
    with serve_app(build_app(settings, scenario.assistant)) as url:
        for name, (folder, _) in sites.items():
            write_host_page(folder, url, f"Askersunds kommun ({name})")
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        if _required():
            pytest.fail(
                f"{CHROMIUM} is missing and STYRSVAR_TEST_REQUIRE_BROWSER=1: apt-get install -y chromium"
            )
        pytest.skip(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh Swedish-locale page; fails the test if anything was fetched from outside this machine."""
    context = browser.new_context(locale="sv-SE", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in (None, "127.0.0.1") else None,
    )
    yield pg
    context.close()
    assert not outside, f"requests left the machine (offline rule): {outside[:5]}"
