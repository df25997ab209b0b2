"""The staff chat's pieces that need no browser: source cards, status badges, streaming, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.answer import Answer
from store.schema import Publication
from webapp.render import NEARBY_TITLE, answer_html, citation_card, status_label
from webapp.testing import citation, make_document
from webapp.ui import new_session, parse_as_of, session_of


@pytest.mark.parametrize(
    "status,since,label",
    [
        ("gällande", "2023-05-15", "Gällande"),
        ("upphävd", "2024-05-01", "Upphävd sedan 2024-05-01"),
        ("utgången", "2025-01-01", "Utgången sedan 2025-01-01"),
        ("ej ikraft", "2026-01-01", "Träder i kraft 2026-01-01"),
        ("okänd", None, "Status okänd"),
    ],
)
def test_status_labels(status: str, since: str | None, label: str) -> None:
    assert status_label(status, since) == label


def test_card_shows_decision_status_page_quote_and_pdf_link(tmp_path: Path) -> None:
    doc = make_document(
        tmp_path,
        "sbn-delegation",
        title="Delegationsordning <SBN>",
        publication=Publication.INTERN,
        decided_by="samhällsbyggnadsnämnden",
        decided=dt.date(2022, 3, 1),
    )
    c = citation(
        doc, page=7, quote='Rivningslov: "BLH" & villkor', status="upphävd", status_date="2024-05-01"
    )
    html = citation_card(c, 1)
    assert "Delegationsordning &lt;SBN&gt;" in html  # escaped
    assert "Beslutad av samhällsbyggnadsnämnden 2022-03-01 § 87" in html
    assert "Upphävd sedan 2024-05-01" in html and "sv-bad" in html
    assert "Sida 7 · 3. Beslut" in html
    assert "Rivningslov: &quot;BLH&quot; &amp; villkor" in html
    assert 'href="/pdf/sbn-delegation#page=7"' in html and 'target="_blank"' in html


def test_abstention_has_no_cards() -> None:
    html = answer_html(Answer(question="?", answer="Jag hittar inget stöd.\n\nFörsök igen.", abstained=True))
    assert "sv-card" not in html and html.count("<p>") == 2


def test_an_abstention_shows_its_pointers_under_a_title_that_says_they_are_no_answer(tmp_path: Path) -> None:
    doc = make_document(tmp_path, "styrmodell", title="Styrmodell", publication=Publication.EXTERN)
    pointer = citation(doc, page=5, quote="Verksamhetsplanen beskriver hur förvaltningen genomför målen.")
    html = answer_html(Answer(question="?", answer="Inget stöd.", abstained=True, nearby=[pointer]))
    assert NEARBY_TITLE in html and "Källor" not in html
    assert "Verksamhetsplanen beskriver" in html and 'href="/pdf/styrmodell#page=5"' in html
    answered = Answer(question="?", answer="Svar.", abstained=False, citations=[pointer], nearby=[pointer])
    assert NEARBY_TITLE not in answer_html(answered) and answer_html(answered).count('sv-card"') == 1


def test_the_session_the_page_sends_back_is_coerced_and_bounded() -> None:
    assert session_of(None) == new_session() == session_of("nej")
    sent = {"pairs": [["A?", "a"]] * 15 + [["kort"], 5], "turns": {"2": "t1"}, "pending": 7}
    state = session_of(sent)
    assert state["pairs"] == [("A?", "a")] * 10  # the last ten turns, as the API allows
    assert state["turns"] == {"2": "t1"} and state["pending"] is None


def test_as_of_parsing() -> None:
    assert parse_as_of("") is None and parse_as_of(None) is None
    assert parse_as_of("2024-05-01") == dt.date(2024, 5, 1)
    with pytest.raises(ValueError):
        parse_as_of("1 maj")
