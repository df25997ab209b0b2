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


def test_the_bundled_list_parses():
    assert default_groups()


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


def test_a_stop_word_in_the_list_is_an_error_with_its_line():
    with pytest.raises(RelatedWordsError, match="line 2: 'och' is a stop word"):
        parse("# comment\nkollega, och\n", "related words")
    # a word the analyser still cannot stem is refused when the table is built
    with pytest.raises(RelatedWordsError, match="line 1: 'kollega' is a stop word"):
        Related(parse("kollega, medarbetare\n"), lambda w: "" if w == "kollega" else w)


def test_the_bundled_list_never_joins_two_document_types_by_stem():
    analyzer = Analyzer()
    s = lambda w: analyzer.token_terms(w)[0]  # noqa: E731
    types = {s(t) for t in ("policy", "riktlinje", "plan", "program", "reglemente", "taxa", "strategi")}
    for group in default_groups():
        assert len(types & {s(w) for w in group.words + group.covers}) <= 1, f"line {group.line}"


def test_glossary_phrases_match_across_hyphens_and_one_word_per_phrase_can_be_asked_for():
    g = default_glossary()
    assert "it-incident" in g.swedish_words("an IT-incident in the server room")
    assert g.swedish_words("complaints about noise", first_only=True) == ["synpunkter", "buller"]
    assert g.swedish_words("complaints", first_only=False) == ["synpunkter", "klagomål"]


def test_an_english_phrase_stands_for_its_swedish_words_not_its_own():
    from assistant.glossary import without_glossed

    # "personal" and "data" are Swedish words too (staff; data): the phrase is personuppgifter
    assert "personal" not in without_glossed(default_glossary(), "How long may personal data be kept?")
