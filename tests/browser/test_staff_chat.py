"""The staff chat in headless Chromium over the real assistant: a searching line, then the answer with
source cards opening the cited PDF page; sidebar filters; feedback."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from store.audit import AuditLog
from store.schema import Audience
from webapp.testing import Scenario
from webapp.ui import EXAMPLES

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
# "Vem beslutar om rivningslov?": point B.4 of the 2024 delegationsordning, on its page 2.
DELEGATION_2024 = "delegationsordning-samhallsbyggnadsnamnden-2024"
DELEGATION_2021 = "delegationsordning-samhallsbyggnadsnamnden-2021"
STYRMODELL = "styrmodellen-askersund"
DELEGATION_TITLE = "Delegationsordning för samhällsbyggnadsnämnden"

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
    page.goto(app_url + "/")
    page.wait_for_selector(QUESTION)
    page.wait_for_function("document.documentElement.lang === 'sv'")  # screen readers speak Swedish
    page.evaluate(STREAM_PROBE)
    ask(page, scenario.staff_question).wait_for()
    seen = page.evaluate("window.__svSeen")
    assert any(text.rstrip().endswith("…") for text in seen), "nothing was shown before the answer"

    answer = page.locator(".sv-answer").last.inner_text()
    assert "Bygglovshandläggare" in answer and "rivningslov" in answer, answer
    card = page.locator(".sv-card").first  # (Gradio's HTML sanitizer drops data-* attributes)
    text = card.inner_text()
    assert DELEGATION_TITLE in text and "Gällande" in text and "Sida 2" in text
    assert "samhällsbyggnadsnämnden 2024-02-20" in text  # who decided it, and when

    link = card.locator("a.sv-link")
    href = link.evaluate("a => a.href")
    assert href == f"{app_url}/pdf/{DELEGATION_2024}#page=2"
    assert link.get_attribute("target") == "_blank"
    # The link opens a new tab at that URL (the #page fragment is what makes the viewer jump) ...
    with page.context.expect_page() as opened:
        link.click()
    assert opened.value.url == href
    opened.value.close()
    # ... serving the cited document itself, whose page 2 holds the cited point.
    response = page.request.get(href.split("#")[0])
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body() == (FIXTURES / f"{DELEGATION_2024}.pdf").read_bytes()
    cited_page = PdfReader(io.BytesIO(response.body())).pages[1].extract_text()
    assert "B.4" in cited_page and "rivningslov" in cited_page.lower()


def test_example_question_and_thumbs_feedback_reach_the_audit_log(
    page: Any, app_url: str, scenario: Scenario
) -> None:
    page.goto(app_url + "/")
    page.get_by_text(EXAMPLES[0], exact=True).first.click()  # a question the real corpus answers
    page.locator(".sv-card").last.wait_for()  # the final render (after streaming) carries the turn id
    page.wait_for_timeout(300)
    like = page.locator('button[aria-label="Gilla"], button[aria-label="Like"]').last
    like.click()
    log = AuditLog(scenario.store_dir / "audit.sqlite")
    turn = None
    for _ in range(50):
        turn = next(
            (t for t in log.turns(limit=20) if t["channel"] == "staff" and t["feedback"] is not None), None
        )
        if turn:
            break
        page.wait_for_timeout(100)
    assert turn is not None and turn["feedback"] == 1
    assert turn["question"] == EXAMPLES[0]
    assert [c["document_id"] for c in turn["citations"]][:1] == [STYRMODELL]
    assert turn["retrieved"], "the passages the answer was built from are logged"


def test_sidebar_filters_and_audience_reach_the_assistant(
    page: Any, app_url: str, scenario: Scenario
) -> None:
    """As of mid-2021, with repealed documents included, the 2021 delegationsordning applied."""
    calls = scenario.assistant.calls  # type: ignore[attr-defined]
    page.goto(app_url + "/")
    page.get_by_label("Förtroendevald").check()
    page.get_by_label("Visa även upphävda").check()
    page.get_by_label("Gäller per datum").fill("2021-06-30")
    ask(page, scenario.staff_question).wait_for()
    call = next(c for c in reversed(calls) if c.question == scenario.staff_question)
    assert call.audience is Audience.POLITICIAN
    assert call.filters is not None and call.filters.include_repealed
    assert str(call.as_of) == "2021-06-30"

    first = page.locator(".sv-card").first
    assert first.locator("a.sv-link").get_attribute("href") == f"/pdf/{DELEGATION_2021}#page=1"
    assert "Gällande" in first.inner_text()
    later = page.locator(f'.sv-card:has(a[href^="/pdf/{DELEGATION_2024}#"])')
    assert later.count() == 1 and "Träder i kraft 2024-03-01" in later.inner_text()
