"""The "Vem beslutar vad" page in headless Chromium over the real store: table, search, filters,
the date, and links that open the PDF page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from store.decision_list import decisions_as_of
from webapp.testing import Scenario

pytestmark = pytest.mark.browser

DELEGATION_2024 = "delegationsordning-samhallsbyggnadsnamnden-2024"
SEARCH = "#sv-decisions-search input, #sv-decisions-search textarea"
DATE = "#sv-decisions-date input, #sv-decisions-date textarea"


def rows(page: Any) -> Any:
    return page.locator("table.sv-decisions tbody tr")


def test_register_search_and_pdf_link(page: Any, app_url: str, scenario: Scenario) -> None:
    expected = len(decisions_as_of(scenario.assistant.store.registry, dt.date(2026, 11, 26)))  # type: ignore[arg-type]
    page.goto(app_url + "/vem-beslutar-vad")
    page.wait_for_selector("table.sv-decisions", timeout=60_000)
    page.fill(DATE, "2026-11-26")  # the fixture collection's day, whatever the clock says
    page.keyboard.press("Enter")
    try:
        page.wait_for_function(
            f"document.querySelector('.sv-count')?.innerText.startsWith('{expected} ')", timeout=60_000
        )
    except Exception as exc:
        shown = page.locator("#sv-decisions").inner_text()[:300]
        raise AssertionError(f"expected {expected} rows; the page shows: {shown!r}") from exc
    assert rows(page).count() == expected > 50  # every applying document's rows and rules
    page.get_by_role("link", name="Vem beslutar vad").wait_for()  # the app's navigation names the page
    text = page.locator("#sv-decisions").inner_text()
    assert "Ett program" in text and "kommunfullmäktige" in text  # the styrmodell's rule by type

    page.fill(SEARCH, "rivningslov")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelectorAll('table.sv-decisions tbody tr').length === 1", timeout=60_000
    )
    row = rows(page).first.inner_text()
    assert "Beslut om rivningslov" in row and "bygglovshandläggare" in row and "(BLH)" in row
    link = rows(page).first.locator("a")
    assert link.evaluate("a => a.href") == f"{app_url}/pdf/{DELEGATION_2024}#page=2"
    assert link.get_attribute("target") == "_blank"


def test_an_earlier_date_shows_the_version_then_in_force(page: Any, app_url: str) -> None:
    page.goto(app_url + "/vem-beslutar-vad")
    page.wait_for_selector("table.sv-decisions")
    page.fill(SEARCH, "rivningslov")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('table.sv-decisions tbody tr').length === 1")
    page.fill(DATE, "2022-06-01")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('table.sv-decisions tbody tr')?.innerText.includes('bygglovschef')",
        timeout=60_000,
    )
    assert rows(page).count() == 1  # the 2021 version: its bygglovschef, not the 2024 handläggare
