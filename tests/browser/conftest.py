"""Browser test fixtures: the real app under uvicorn, host pages on other origins, headless Chromium.

The assistant is one fixture, ``scenario``: today the recording fake with canned answers. To run
the same tests over the real assistant and the fixture collection, override ``scenario`` with a
:class:`webapp.testing.Scenario` whose assistant is ``assistant.service.Assistant`` over a store
ingested from ``tests/fixtures/pdf`` (and whose questions suit that collection).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from styrsvar.settings import Settings
from webapp.factory import build_app
from webapp.localservers import serve_app, serve_folder, write_host_page
from webapp.testing import Scenario, demo_scenario

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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


def fixture_collection_scenario(store: Path, audit_dir: Path) -> Scenario:
    """The real assistant over a store ingested from ``tests/fixtures/pdf``."""
    from store.reader import Store
    from webapp.boot import make_assistant

    return Scenario(
        assistant=make_assistant(Settings(store=store), Store.open(store)),
        store_dir=audit_dir,
        staff_question="Vem beslutar om rivningslov?",
        resident_question="Vilken representationspolicy gäller nu?",
        internal_question="Vad ska jag göra vid en IT-incident?",
        internal_document_ids=frozenset({"riktlinje-it-incidenter"}),
    )


@pytest.fixture(scope="session")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """The assistant under test and the questions that exercise it (override to swap assistants).

    Default: the recording fake. With ``STYRSVAR_BROWSER_STORE=DIR`` (a store ingested from
    ``tests/fixtures/pdf``): the real assistant over it; tests that need the fake's call record skip.
    """
    audit_dir = tmp_path_factory.mktemp("browser-audit")
    store = os.environ.get("STYRSVAR_BROWSER_STORE")
    if store:
        return fixture_collection_scenario(Path(store), audit_dir)
    return demo_scenario(audit_dir)


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
    """The real app (fake or real assistant) under uvicorn; both sites embed its widget."""
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
