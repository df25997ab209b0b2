"""The English glossary: its format, its errors and its effect on an English question."""

from __future__ import annotations

import pytest

from assistant.glossary import GlossaryError, default_glossary
from assistant.glossary import parse as parse_glossary
from assistant.question import understand


def test_english_phrases_get_the_documents_swedish_words_longest_first():
    g = default_glossary()
    assert g.swedish_words("Who decides on a demolition permit?")[-2:] == ["rivningslov", "rivning"]
    assert "delegationsordning" in g.swedish_words("the delegation orders of the board")
    assert "föreläggande" not in g.swedish_words("the delegation order")
    assert g.swedish_words("Vem beslutar om rivningslov?") == []


def test_an_english_question_is_searched_by_swedish_words_too():
    q = understand("How long may personal data from a citizen dialogue be kept?")
    assert q.language == "en" and "personuppgifter" in q.gloss and "personuppgifter" in q.search_text
    sv = understand("Hur länge får personuppgifter sparas?")
    assert sv.gloss == "" and sv.search_text == sv.text


def test_a_bad_glossary_line_names_its_line():
    with pytest.raises(GlossaryError, match="line 2"):
        parse_glossary("fee = avgift\nfee avgift\n", "glossary")
