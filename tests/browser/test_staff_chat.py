"""The staff chat in headless Chromium: streamed answer, source cards opening the PDF page, feedback."""

from __future__ import annotations

from typing import Any

import pytest

from store.audit import AuditLog
from store.schema import Audience
from webapp.testing import Scenario

pytestmark = pytest.mark.browser

QUESTION = "#sv-question textarea"
STREAM_PROBE = """() => {
  window.__svSeen = [];
  const chat = document.querySelector('#sv-chat');
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('.sv-answer, .bot, [data-testid="bot"]');
    const last = bots[bots.length - 1];
    if (last) { window.__svSeen.push(last.textContent); }
  }).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


def ask(page: Any, question: str) -> Any:
    page.fill(QUESTION, question)
    page.keyboard.press("Enter")
    return page.locator(".sv-card").last


def test_answer_streams_and_cites_a_pdf_page_that_opens(page: Any, app_url: str, scenario: Scenario) -> None:
    expected = scenario.assistant.ask(scenario.staff_question).citations[0]
    page.goto(app_url + "/")
    page.wait_for_selector(QUESTION)
    page.wait_for_function("document.documentElement.lang === 'sv'")  # screen readers speak Swedish
    page.evaluate(STREAM_PROBE)
    card = ask(page, scenario.staff_question)
    card.wait_for()
    seen = page.evaluate("window.__svSeen")
    assert any(text.rstrip().endswith("…") for text in seen), "the answer was not streamed"

    link = page.locator(".sv-card a.sv-link").first
    href = link.evaluate("a => a.href")
    assert f"/pdf/{expected.document_id}#page={expected.page}" in href
    assert link.get_attribute("target") == "_blank"
    response = page.request.get(href.split("#")[0])
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")

    text = page.locator(".sv-card").first.inner_text()
    assert expected.title in text
    assert f"Sida {expected.page}" in text
    assert any(word in text for word in ("Gällande", "Upphävd", "Utgången", "Träder", "Status okänd"))


def test_example_question_and_thumbs_feedback_reach_the_audit_log(
    page: Any, app_url: str, scenario: Scenario
) -> None:
    page.goto(app_url + "/")
    page.get_by_text("Vem beslutar om rivningslov?", exact=True).first.click()
    page.wait_for_selector(".sv-answer")
    page.locator(".sv-answer").last.wait_for()
    page.wait_for_timeout(300)  # the final render (after streaming) carries the turn id
    like = page.locator('button[aria-label="Gilla"], button[aria-label="Like"]').last
    like.click()
    log = AuditLog(scenario.store_dir / "audit.sqlite")
    for _ in range(50):
        turn = next(
            (t for t in log.turns(limit=20) if t["channel"] == "staff" and t["feedback"] is not None), None
        )
        if turn:
            break
        page.wait_for_timeout(100)
    assert turn is not None and turn["feedback"] == 1
    assert turn["question"] == "Vem beslutar om rivningslov?"


def test_sidebar_filters_and_audience_reach_the_assistant(
    page: Any, app_url: str, scenario: Scenario
) -> None:
    calls = getattr(scenario.assistant, "calls", None)
    if calls is None:
        pytest.skip("needs the recording fake assistant")
    page.goto(app_url + "/")
    page.get_by_label("Förtroendevald").check()
    page.get_by_label("Visa även upphävda").check()
    page.get_by_label("Gäller per datum").fill("2021-06-30")
    ask(page, scenario.staff_question).wait_for()
    call = calls[-1]
    assert call.audience is Audience.POLITICIAN
    assert call.filters is not None and call.filters.include_repealed
    assert str(call.as_of) == "2021-06-30"
