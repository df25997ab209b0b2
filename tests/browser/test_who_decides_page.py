"""The "Vem beslutar vad" page in headless Chromium over the real store: table, search, filters,
the date, and links that open the PDF page."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

DELEGATION_2024 = "delegationsordning-samhallsbyggnadsnamnden-2024"
SEARCH = "#sv-decisions-search input, #sv-decisions-search textarea"
DATE = "#sv-decisions-date input, #sv-decisions-date textarea"


def rows(page: Any) -> Any:
    return page.locator("table.sv-decisions tbody tr")


def test_register_search_and_pdf_link(page: Any, app_url: str) -> None:
    page.goto(app_url + "/vem-beslutar-vad")
    page.wait_for_selector("table.sv-decisions")
    assert rows(page).count() > 50  # every applying document's rows and rules
    page.get_by_role("link", name="Vem beslutar vad").wait_for()  # the app's navigation names the page
    text = page.locator("#sv-decisions").inner_text()
    assert "Ett program" in text and "kommunfullmäktige" in text  # the styrmodell's rule by type

    page.fill(SEARCH, "rivningslov")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('table.sv-decisions tbody tr').length === 1")
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
