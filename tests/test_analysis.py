"""Swedish analysis: the forms residents type must meet the forms documents print."""

from __future__ import annotations

import pytest

from store.analysis import (
    BUILTIN_ABBREVIATIONS,
    STOPWORDS,
    Analyzer,
    expand_abbreviations,
    stem,
    tokenize,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rivningslov", "rivningslovet"),
        ("policyn", "policy"),
        ("policyns", "policy"),
        ("nämnden", "nämnd"),
        ("nämndens", "nämnderna"),
        ("föreningars", "förening"),
        ("taxan", "taxa"),
        ("detaljplanen", "detaljplan"),
        ("dokumentet", "dokument"),
        ("programmet", "program"),
        ("beslutet", "beslut"),
        ("framgår", "framgå"),  # verbs in -å
        ("ingår", "ingå"),
    ],
)
def test_stem_equates_inflected_forms(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_stem_leaves_numbers_and_section_codes_alone() -> None:
    assert stem("b.4") == "b.4"
    assert stem("2024") == "2024"


def test_tokenize_keeps_swedish_letters_inside_words() -> None:
    assert tokenize("Översiktsplan för Västerås, idé om sjöar") == [
        "översiktsplan",
        "västerås",
        "idé",
        "sjöar",
    ]


def test_tokenize_joins_decomposed_letters_from_pdf_text() -> None:
    decomposed = "na\u0308mnden"  # "a" + combining diaeresis, as some PDFs extract "ä"
    assert tokenize(decomposed) == ["nämnden"]


def test_tokenize_keeps_section_numbers_and_digits() -> None:
    tokens = tokenize("Enligt punkt B.4 och avsnitt 3.2.1, se bilaga 2. Slut.")
    assert "b.4" in tokens and "3.2.1" in tokens and "2" in tokens
    assert "slut" in tokens  # a sentence-final period is not a section number


def test_tokenize_drops_stopwords_but_not_domain_words() -> None:
    tokens = tokenize("Vem beslutar om bygglov och vad gäller för nämnden?")
    assert tokens == ["beslutar", "bygglov", "gäller", "nämnden"]
    assert not {"beslut", "nämnd", "lov", "plan", "policy"} & STOPWORDS


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("bygglovshandläggare", {"bygglov", "handläggare"}),
        ("bygglovshandläggaren", {"bygglov", "handläggare"}),
        ("delegationsordningen", {"delegation", "ordning"}),
        ("föreningsbidrag", {"förening", "bidrag"}),
        ("kommunfullmäktige", {"kommun", "fullmäktige"}),
        ("representationspolicyn", {"representation", "policy"}),
        ("rivningslovet", {"rivning", "lov"}),
        ("arbetsmiljöpolicy", {"arbetsmiljö", "policy"}),
    ],
)
def test_compound_parts_are_added_as_stems(word: str, parts: set[str]) -> None:
    terms = Analyzer().analyze(word)
    assert terms[0] == stem(word)
    assert {stem(p) for p in parts} <= set(terms)


def test_compound_splitting_uses_the_corpus_vocabulary() -> None:
    assert Analyzer().split("skolskjutsregler") is None  # unknown parts: left whole
    parts = Analyzer({"skolskjuts", "regler"}).split("skolskjutsregler")
    assert parts is not None and [stem(p) for p in parts] == [stem("skolskjuts"), stem("regler")]


def test_three_part_compounds_split_when_no_two_part_split_exists() -> None:
    assert Analyzer().split("trafiksäkerhetsplanen") == ["trafik", "säkerhet", "planen"]
    assert Analyzer({"trafiksäkerhet"}).split("trafiksäkerhetsplanen") == ["trafiksäkerhet", "planen"]


def test_plain_words_are_not_split_into_accidental_parts() -> None:
    analyzer = Analyzer({"hand", "läggare", "ordförande", "kommunikation", "planering", "verksamheten"})
    words = ("handläggare", "handläggaren", "ordförande", "kommunikation", "planering", "verksamheten")
    for word in words:
        assert analyzer.analyze(word) == [stem(word)], word


def test_compound_in_text_meets_its_paraphrase() -> None:
    analyzer = Analyzer({"förening", "bidrag"})
    doc, query = set(analyzer.analyze("Föreningsbidrag")), set(analyzer.analyze("bidrag till föreningar"))
    assert query <= doc


def test_analysis_is_deterministic_and_memoised() -> None:
    analyzer = Analyzer({"förening", "bidrag"})
    first = analyzer.analyze("Föreningsbidraget och föreningsbidragen")
    assert analyzer.analyze("Föreningsbidraget och föreningsbidragen") == first
    assert Analyzer({"bidrag", "förening"}).analyze("Föreningsbidraget och föreningsbidragen") == first


def test_expand_abbreviations_appends_builtin_and_document_expansions() -> None:
    text = expand_abbreviations("Får BLH besluta enligt PBL, eller KF?", {"BLH": "bygglovshandläggare"})
    assert text.startswith("Får BLH besluta enligt PBL, eller KF?")
    assert "bygglovshandläggare" in text and "plan- och bygglagen" in text and "kommunfullmäktige" in text


def test_expand_abbreviations_matches_whole_case_sensitive_tokens_only() -> None:
    assert expand_abbreviations("ks och kf i KFX") == "ks och kf i KFX"
    assert "socialtjänstlagen" in expand_abbreviations("enligt SoL")
    assert "socialtjänstlagen" in expand_abbreviations("ENLIGT SOL")
    assert expand_abbreviations("Adm.chef beslutar", {"Adm.chef": "administrativ chef"}).endswith(
        "administrativ chef"
    )


def test_expand_abbreviations_is_idempotent_and_documents_override_builtin() -> None:
    once = expand_abbreviations("Beslut i KS")
    assert expand_abbreviations(once) == once
    assert expand_abbreviations("SN beslutar", {"SN": "servicenämnden"}).endswith("servicenämnden")
    assert BUILTIN_ABBREVIATIONS["SN"] == "socialnämnden"
