"""The residents' widget on host pages in headless Chromium, over the real assistant: a page on an
allowed origin gets answers with public sources, a page on another origin gets nothing, and
residents never see an internal document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from webapp.public import WITHHELD
from webapp.testing import Scenario

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
WIDGET = "styrsvar-widget"
OPEN = "Fråga om styrdokumenten"
# "Vilken representationspolicy gäller nu?": the 2024 policy (published externally), page 1.
POLICY_2024 = "representationspolicy-2024"
# What riktlinje-it-incidenter.pdf (intranet only) says: its title, phone numbers, roles.
INTERNAL_FACTS = ("070-555 01 23", "4455", "Riktlinje för hantering av IT-incidenter", "IT-chef")


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
    assert "Representationspolicy" in answer.inner_text() and "2024" in answer.inner_text()
    links = answer.locator(".sources a")
    assert links.count() >= 1
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href.startswith(app_url + "/public/pdf/") and "#page=" in href
        assert links.nth(i).get_attribute("target") == "_blank"
    assert links.first.get_attribute("href") == f"{app_url}/public/pdf/{POLICY_2024}#page=1"
    assert "Representationspolicy, sida 1" in links.first.inner_text()
    pdf = page.request.get(links.first.get_attribute("href").split("#")[0])
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body() == (FIXTURES / f"{POLICY_2024}.pdf").read_bytes()

    ask(page, "Och vem beslutar om rivningslov?")
    follow_up = page.locator(f"{WIDGET} .msg.bot").nth(1)
    follow_up.wait_for()
    assert "Bygglovshandläggare" in follow_up.inner_text()
    call = scenario.assistant.calls[-1]  # type: ignore[attr-defined]
    assert call.question == "Och vem beslutar om rivningslov?"
    assert call.history and call.history[0][0] == scenario.resident_question


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
    calls = scenario.assistant.calls  # type: ignore[attr-defined]
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
    (internal,) = scenario.internal_document_ids
    # Staff asking the same question are answered from the internal document: the question is on target.
    staff = scenario.assistant.ask(scenario.internal_question)
    assert internal in {c.document_id for c in staff.citations}

    bodies: list[str] = []
    page.on("response", lambda r: bodies.append(r.text()) if r.url.endswith("/api/public/ask") else None)
    open_widget(page, sites["allowed"][1])
    ask(page, scenario.internal_question)
    answer = page.locator(f"{WIDGET} .msg.bot").first
    answer.wait_for()
    shown = answer.inner_text()
    hrefs = [a.get_attribute("href") for a in answer.locator("a").all()]
    assert all(h.startswith(app_url + "/public/pdf/") for h in hrefs)
    page.wait_for_timeout(200)
    assert len(bodies) == 1
    data = json.loads(bodies[0])
    sources = {c["document_id"] for c in data["citations"]} | {r["document_id"] for r in data["retrieved"]}
    assert internal not in sources
    assert internal not in bodies[0] and all(internal not in h for h in hrefs)
    for fact in INTERNAL_FACTS:
        assert fact not in bodies[0] and fact not in shown, fact
    assert "/pdf/" not in bodies[0].replace("/public/pdf/", "")
    # The assistant itself kept the document out of the search (the app's second check had nothing
    # to withhold), and the internal PDF is "not found" on the public route.
    assert data["answer"] != WITHHELD
    assert page.request.get(f"{app_url}/public/pdf/{internal}").status == 404


def test_an_abstention_in_the_widget_points_to_public_pages_under_a_title_that_says_so(
    page: Any, app_url: str, sites: dict[str, Any]
) -> None:
    open_widget(page, sites["allowed"][1])
    ask(page, "Vad är skillnaden mellan en uppdragsplan och en verksamhetsplan?")
    answer = page.locator(f"{WIDGET} .msg.bot").first
    answer.wait_for()
    assert "Inget svar, men det här ligger närmast frågan" in answer.inner_text()
    links = answer.locator(".sources a")
    assert links.count() >= 1
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert all(h.startswith(app_url + "/public/pdf/") for h in hrefs)
    assert any(h.startswith(f"{app_url}/public/pdf/styrmodellen-askersund#page=") for h in hrefs)
