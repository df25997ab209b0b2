"""The "Dokument" page in headless Chromium over the real store (fixture collection + the real
styrmodell): the table, a filter, the supersession chains and the findings with their rule."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROWS = ".sv-doc-table tbody tr"


def open_as_of(page: Any, app_url: str, date: str = "2026-11-26") -> None:
    page.goto(app_url + "/dokument")
    page.wait_for_selector(ROWS)
    page.wait_for_function("document.documentElement.lang === 'sv'")
    box = page.get_by_label("Per datum")
    box.fill(date)
    box.press("Enter")
    page.wait_for_function(f"document.querySelector('#sv-doc-summary')?.innerText.includes('Per {date}')")


def test_the_navbar_leads_from_the_chat_to_the_documents(page: Any, app_url: str) -> None:
    page.goto(app_url + "/")
    page.get_by_role("link", name="Dokument").click()
    page.wait_for_selector(ROWS)
    assert page.url.rstrip("/").endswith("/dokument")


def test_table_filter_chains_and_findings(page: Any, app_url: str) -> None:
    open_as_of(page, app_url)
    summary = page.locator("#sv-doc-summary").inner_text()
    assert "14 dokument: 8 med avvikelser, 6 utan." in summary, summary
    assert page.locator(ROWS).count() == 14
    styrmodell = page.locator(ROWS, has_text="styrmodellen-askersund.pdf").inner_text()
    assert "okänd" in styrmodell and "beslutsdatum okänt" in styrmodell

    page.get_by_label("Avvikelser", exact=True).click()
    page.get_by_role("option", name="Utan avvikelser").click()
    page.wait_for_function("document.querySelectorAll('.sv-doc-table tbody tr').length === 6")
    assert "representationspolicy-2019.pdf" not in page.locator(".sv-doc-table").inner_text()

    chains = page.locator("#sv-doc-chains").inner_text()
    assert chains.index("representationspolicy-2019.pdf") < chains.index("representationspolicy-2024.pdf")
    assert "Upphävd sedan 2024-05-01" in chains

    findings = page.locator("#sv-doc-findings")
    text = findings.inner_text()
    assert "Handlingsplan för trygghet 2020–2022" in text and "Giltighetstiden gick ut 2022-12-31" in text
    assert "framgår det av varje dokument vilken instans som har beslutat om det" in text
    rule = findings.locator("a.sv-link").first
    href = rule.evaluate("a => a.href")
    assert href.endswith("/pdf/styrmodellen-askersund#page=8"), href
    pdf = page.request.get(href.split("#")[0])
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"


def test_a_bad_date_is_explained(page: Any, app_url: str) -> None:
    page.goto(app_url + "/dokument")
    page.wait_for_selector(ROWS)
    box = page.get_by_label("Per datum")
    box.fill("26/11")
    box.press("Enter")
    page.wait_for_function("document.querySelector('#sv-doc-summary')?.innerText.includes('ÅÅÅÅ-MM-DD')")
