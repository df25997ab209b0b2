"""The residents' widget on host pages in headless Chromium: allowed origin answers, others get nothing."""

from __future__ import annotations

from typing import Any

import pytest

from webapp.testing import Scenario

pytestmark = pytest.mark.browser

WIDGET = "styrsvar-widget"
OPEN = "Fråga om styrdokumenten"


def open_widget(page: Any, url: str) -> Any:
    page.goto(url + "/index.html")
    page.get_by_role("button", name=OPEN).click()
    return page.get_by_label("Din fråga")


def ask(page: Any, question: str) -> None:
    page.get_by_label("Din fråga").fill(question)
    page.keyboard.press("Enter")


def test_widget_answers_with_public_sources_and_keeps_history(
    page: Any, app_url: str, sites: dict[str, Any], scenario: Scenario
) -> None:
    box = open_widget(page, sites["allowed"][1])
    assert box.evaluate("el => el.getRootNode().activeElement === el")  # focus moved into the panel
    page.get_by_role("dialog").get_by_text("AI-assistent").wait_for()
    ask(page, scenario.resident_question)
    answer = page.locator(f"{WIDGET} .msg.bot").first
    answer.wait_for()
    assert answer.inner_text().strip()
    links = answer.locator(".sources a")
    assert links.count() >= 1
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href.startswith(app_url + "/public/pdf/") and "#page=" in href
        assert links.nth(i).get_attribute("target") == "_blank"
    pdf = page.request.get(links.first.get_attribute("href").split("#")[0])
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"

    ask(page, "Och vem beslutar om rivningslov?")
    page.locator(f"{WIDGET} .msg.bot").nth(1).wait_for()
    calls = getattr(scenario.assistant, "calls", None)
    if calls is not None:
        assert calls[-1].history and calls[-1].history[0][0] == scenario.resident_question


def test_widget_is_keyboard_usable_and_announces_answers(page: Any, sites: dict[str, Any]) -> None:
    page.goto(sites["allowed"][1] + "/index.html")
    bubble = page.get_by_role("button", name=OPEN)
    assert bubble.is_visible()  # the host page's `button { display: none }` cannot reach it
    assert bubble.get_attribute("aria-expanded") == "false"
    bubble.focus()
    page.keyboard.press("Enter")
    assert bubble.get_attribute("aria-expanded") == "true"
    log = page.get_by_role("log")
    assert log.get_attribute("aria-live") == "polite"
    assert page.get_by_role("dialog").get_attribute("aria-labelledby")
    page.keyboard.press("Escape")
    assert not page.get_by_role("dialog").is_visible()
    assert bubble.evaluate("el => el.getRootNode().activeElement === el")  # focus returned
    font = bubble.evaluate("el => getComputedStyle(el).fontFamily")
    assert "Georgia" not in font  # host CSS does not leak in


def test_widget_fits_a_390px_screen(browser: Any, sites: dict[str, Any]) -> None:
    context = browser.new_context(locale="sv-SE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        open_widget(page, sites["allowed"][1])
        ask(page, "Vilken representationspolicy gäller nu?")
        page.locator(f"{WIDGET} .msg.bot").first.wait_for()
        for selector in (".panel", ".bubble", ".send"):
            box = page.locator(f"{WIDGET} {selector}").bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, selector
            assert box["y"] >= 0 and box["y"] + box["height"] <= 844, selector
    finally:
        context.close()


def test_page_on_another_origin_gets_no_answer(page: Any, sites: dict[str, Any], scenario: Scenario) -> None:
    calls = getattr(scenario.assistant, "calls", [])
    before = len(calls)
    open_widget(page, sites["other"][1])
    ask(page, scenario.resident_question)
    error = page.locator(f"{WIDGET} .msg.error")
    error.wait_for()
    assert "Det gick inte att få något svar" in error.inner_text()
    assert page.locator(f"{WIDGET} .msg.bot").count() == 0
    assert len(calls) == before  # refused before reaching the assistant


def test_resident_gets_no_internal_source(
    page: Any, app_url: str, sites: dict[str, Any], scenario: Scenario
) -> None:
    seen: list[str] = []
    page.on("response", lambda r: seen.append(r.text()) if r.url.endswith("/api/public/ask") else None)
    open_widget(page, sites["allowed"][1])
    ask(page, scenario.internal_question)
    answer = page.locator(f"{WIDGET} .msg.bot").first
    answer.wait_for()
    hrefs = [a.get_attribute("href") for a in answer.locator("a").all()]
    assert all(h.startswith(app_url + "/public/pdf/") for h in hrefs)
    page.wait_for_timeout(200)
    body = " ".join(seen)
    for doc_id in scenario.internal_document_ids:
        assert doc_id not in body and all(doc_id not in h for h in hrefs)
    assert "/pdf/" not in body.replace("/public/pdf/", "")
