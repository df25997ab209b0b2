"""The related-words list and the English glossary: their formats, their errors and their effect."""

from __future__ import annotations

import pytest

from assistant.glossary import GlossaryError, default_glossary
from assistant.glossary import parse as parse_glossary
from assistant.question import understand
from store.analysis import Analyzer
from store.related import Related, RelatedWordsError, default_groups, parse


def _related(text: str) -> Related:
    analyzer = Analyzer()
    return Related(parse(text), lambda w: analyzer.token_terms(w)[0])


def test_a_group_covers_both_ways_and_an_arrow_one_way():
    related = _related("kollega, medarbetare\nlunch, middag -> måltid\n")
    analyzer = Analyzer()
    s = lambda w: analyzer.token_terms(w)[0]  # noqa: E731
    assert s("medarbetare") in related.covering(s("kollegor"))
    assert s("kollega") in related.covering(s("medarbetarna"))
    assert related.covering(s("lunch")) == {s("måltid")}
    assert related.covering(s("måltid")) == frozenset()
    assert s("middag") not in related.covering(s("lunch"))  # left-hand words do not cover each other


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kollega\n", "at least two different words"),
        ("kollega,, medarbetare\n", "line 1: an empty word"),
        ("# a comment\nvarm korv, grillkorv\n", "line 2: 'varm korv' is not one word"),
    ],
)
def test_a_bad_line_names_its_line(text, message):
    with pytest.raises(RelatedWordsError, match=message):
        parse(text, "related.txt")


def test_the_bundled_list_parses_and_keeps_document_types_apart():
    groups = default_groups()
    assert len(groups) > 80
    types = {"policy", "riktlinje", "plan", "program", "reglemente", "handlingsplan", "delegationsordning"}
    for group in groups:
        assert len(types & set(group.words + group.covers)) <= 1, f"line {group.line} joins document types"


def test_the_lexical_search_finds_a_passage_by_a_related_word(store):
    hits = store.lexical.search("kollega", 5)
    texts = [store.registry.chunk(cid).text.lower() for cid, _ in hits]
    assert hits and any("medarbetare" in t for t in texts)


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
