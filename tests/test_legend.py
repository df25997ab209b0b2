"""Legends in any form: lines, lists, tables, inline titles and prose, applied to delegate cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import story_pdf, tab_stops_pdf

from ingest.chunker import chunk_document
from ingest.legend import LegendEntry, parse_legend_line
from ingest.legend_prose import long_form_for, prose_entries
from ingest.pdf import read_pages


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "    •   AU – bygg- och miljönämndens arbetsutskott",
            [("AU", "bygg- och miljönämndens arbetsutskott")],
        ),
        ("   - EC – enhetschef", [("EC", "enhetschef")]),
        ("- Ordf – nämndens ordförande", [("Ordf", "nämndens ordförande")]),
        ("BLH bygglovshandläggare", [("BLH", "bygglovshandläggare")]),
        ("BLH: bygglovshandläggare", [("BLH", "bygglovshandläggare")]),
        ("1:e SS – förste socialsekreterare", [("1:e SS", "förste socialsekreterare")]),
        ("SoL = socialtjänstlagen", [("SoL", "socialtjänstlagen")]),
        ("Ordf      Ordförande", [("Ordf", "Ordförande")]),
        ("KF beslutar om taxan", []),  # a sentence, not a definition
        ("Beslutad av: Kommunfullmäktige", []),
        ("Lagar: KL = kommunallagen, OSL = offentlighets- och sekretesslagen", []),  # prose, read below
    ],
)
def test_legend_line_forms(raw: str, expected: list[tuple[str, str]]) -> None:
    assert parse_legend_line(raw) == [LegendEntry(a, e) for a, e in expected]


def test_codes_defined_in_prose() -> None:
    text = (
        "Lagar: KL = kommunallagen (2017:725), OSL = offentlighets- och sekretesslagen (2009:400), "
        "LOU = lagen (2016:1145) om offentlig upphandling. Beloppen avser prisbasbelopp."
    )
    assert [(e.abbreviation, e.expansion) for e in prose_entries(text)] == [
        ("KL", "kommunallagen (2017:725)"),
        ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
        ("LOU", "lagen (2016:1145) om offentlig upphandling"),
    ]
    semicolons = "används följande förkortningar: FL – förvaltningslagen (2017:900); SoL – socialtjänstlagen."
    assert [e.abbreviation for e in prose_entries(semicolons)] == ["FL", "SoL"]
    # with "=", a short word or one letter is a code, and each definition ends where its sentence does
    letters = (
        "Förkortningar för delegater: BNAU = bildningsnämndens arbetsutskott, Ordf = ordförande, R = rektor "
        "och FE = förvaltningsekonom. Lagrum anges med SL = skollagen (2010:800)."
    )
    assert [(e.abbreviation, e.expansion) for e in prose_entries(letters)] == [
        ("BNAU", "bildningsnämndens arbetsutskott"), ("Ordf", "ordförande"), ("R", "rektor"),
        ("FE", "förvaltningsekonom"), ("SL", "skollagen (2010:800)"),
    ]  # fmt: skip
    assert prose_entries("Avgiften är A = B + C, där B = grundavgiften.") == []  # arithmetic, no codes
    assert prose_entries("Antal = 5, Summa = 10") == []
    assert prose_entries("Färgkoder: Grön = inom budget, Röd = över budget") == []  # no abbreviation
    fors = (
        "Lagrum anges med PBL för plan- och bygglagen (2010:900), MB för miljöbalken och LL för "
        "livsmedelslagen."
    )
    assert [(e.abbreviation, e.expansion) for e in prose_entries(fors)] == [
        ("PBL", "plan- och bygglagen (2010:900)"), ("MB", "miljöbalken"), ("LL", "livsmedelslagen"),
    ]  # fmt: skip
    defined = "Med BLH avses bygglovshandläggare. KS står för kommunstyrelsen."
    assert [(e.abbreviation, e.expansion) for e in prose_entries(defined)] == [
        ("BLH", "bygglovshandläggare"), ("KS", "kommunstyrelsen"),
    ]  # fmt: skip
    # one "X = Y" in a sentence is no legend; an amount is no code
    assert prose_entries("Timavgiften är 1 400 kr och gäller för PBL-ärenden (se 3 §).") == []


@pytest.mark.parametrize(
    ("code", "before", "long_form"),
    [
        ("SS", "I normalfallet beslutar socialsekreterare", "socialsekreterare"),
        ("1:e SS", "fattas av förste socialsekreterare", "förste socialsekreterare"),
        ("EC", "eller enhetschef", "enhetschef"),
        ("AU", "fattas av socialnämndens arbetsutskott", "socialnämndens arbetsutskott"),
        ("LOU", "enligt lagen om offentlig upphandling", "lagen om offentlig upphandling"),
        ("BMN", "beslutas av Bygg- och miljönämnden", "Bygg- och miljönämnden"),
        ("KL", "enligt lagen om offentlig upphandling", None),
        ("AU", "ska beslutas av nämnden", None),
    ],
)
def test_parenthesis_names_the_words_its_letters_abbreviate(
    code: str, before: str, long_form: str | None
) -> None:
    assert long_form_for(code, before.split()) == long_form


def test_bulleted_legend_under_an_inline_paragraph_title_expands_every_delegate(tmp_path: Path) -> None:
    header = ["Nr", "Ärende", "Delegat", "Lagrum", "Villkor"]
    blocks = [
        ("h", "3. Regler för delegaten"),
        ("p", "3.3 Brådskande ärenden. Ordföranden får besluta i brådskande ärenden."),
        ("p", "3.4 Förkortningar. Följande förkortningar används i förteckningen:"),
        ("p", "- EC – enhetschef"),
        ("p", "- SC – socialchef"),
        ("p", "- Ordf – nämndens ordförande"),
        ("p", "Beslut anmäls till nämnden vid nästa sammanträde."),
        ("h", "4. Delegationsförteckning"),
        ("table", [header, ["A.1", "Avskrivning av fordran", "EC", "", "Över 10 000 kr: SC"],
                   ["A.2", "Brådskande beslut", "Ordf", "6 kap. 39 § KL", ""]]),
    ]  # fmt: skip
    pages = read_pages(story_pdf(tmp_path / "inline.pdf", blocks, footer="Fiktivt testdokument"))
    chunks, rows, abbreviations = chunk_document("d", pages)
    assert [(a.abbreviation, a.expansion) for a in abbreviations] == [
        ("EC", "enhetschef"), ("SC", "socialchef"), ("Ordf", "nämndens ordförande"),
    ]  # fmt: skip
    row_texts = [c.text for c in chunks if c.kind == "table_row"]
    assert (
        "Delegat: EC (enhetschef)" in row_texts[0] and "Delegat: Ordf (nämndens ordförande)" in row_texts[1]
    )
    # the sentence after the list is a paragraph again, not a legend entry
    assert any("Beslut anmäls till nämnden" in c.text and c.kind == "text" for c in chunks)


def test_legend_set_as_a_table_and_under_a_title_the_headings_miss(tmp_path: Path) -> None:
    pages = [
        [
            "# Delegationsordning för testnämnden",
            "Delegater",
            [(20, "Förkortning"), (60, "Befattning")],
            [(20, "BLH"), (60, "Bygglovshandläggare")],
            [(20, "Ordf"), (60, "Ordförande i testnämnden")],
            "",
            "Förkortningar",
            "MI miljöinspektör",
            "SBN förvaltningens mål",  # no separator and not what the letters stand for: no entry
            "",
            "Nämnden delegerar beslutanderätt enligt denna ordning och följer upp den varje år.",
        ]
    ]
    chunks, rows, abbreviations = chunk_document("t", read_pages(tab_stops_pdf(tmp_path / "lt.pdf", pages)))
    assert [(a.abbreviation, a.expansion) for a in abbreviations] == [
        ("BLH", "Bygglovshandläggare"), ("Ordf", "Ordförande i testnämnden"), ("MI", "miljöinspektör"),
    ]  # fmt: skip
    assert rows == []  # "Förkortning | Befattning" is a legend, not a delegation table


def test_code_explained_in_prose_expands_a_delegate_cell(tmp_path: Path) -> None:
    blocks = [
        ("h", "Vem beslutar"),
        ("p", "I normalfallet beslutar socialsekreterare (SS). Större belopp beslutas av enhetschef (EC)."),
        (
            "table",
            [["Beslut", "Beslutsfattare", "Villkor"], ["Bistånd till hemutrustning", "SS", "Därutöver: EC"]],
        ),
    ]
    chunks, rows, abbreviations = chunk_document("p", read_pages(story_pdf(tmp_path / "p.pdf", blocks)))
    assert {a.abbreviation: a.expansion for a in abbreviations} == {
        "SS": "socialsekreterare",
        "EC": "enhetschef",
    }
    assert "Beslutsfattare: SS (socialsekreterare)" in next(c.text for c in chunks if c.kind == "table_row")


def test_legend_without_a_title_and_with_the_name_first(tmp_path: Path) -> None:
    pages = [
        [
            "# Delegationsordning för testnämnden",
            "Nämnden delegerar beslutanderätt enligt denna ordning och följer upp den varje år.",
            "",
            "BLH = bygglovshandläggare",
            "BI = byggnadsinspektör",
            "",
            "Befattningarna i förteckningen skrivs med förkortningar enligt ovan och nedan.",
            "",
            [(20, "Befattning"), (80, "Förkortning")],
            [(20, "Miljöinspektör"), (80, "MI")],
            [(20, "Miljöchef"), (80, "MC")],
            "",
            "KS: Beslutade att godkänna förteckningen.",  # a minutes line, not a definition
        ]
    ]
    _, _, abbreviations = chunk_document("t", read_pages(tab_stops_pdf(tmp_path / "nt.pdf", pages)))
    assert [(a.abbreviation, a.expansion) for a in abbreviations] == [
        ("BLH", "bygglovshandläggare"), ("BI", "byggnadsinspektör"),
        ("MI", "Miljöinspektör"), ("MC", "Miljöchef"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Bygglovshandläggare – BLH", [("BLH", "Bygglovshandläggare")]),
        ("BLH (bygglovshandläggare)", [("BLH", "bygglovshandläggare")]),
        ("SS – socialsekreterare;", [("SS", "socialsekreterare")]),
        ("Bygglovshandläggare       BLH", [("BLH", "Bygglovshandläggare")]),
    ],
)
def test_more_legend_line_forms(raw: str, expected: list[tuple[str, str]]) -> None:
    assert parse_legend_line(raw) == [LegendEntry(a, e) for a, e in expected]


def test_legend_table_in_column_pairs_keeps_the_words_a_cell_wraps_onto(tmp_path: Path) -> None:
    pages = [
        [
            "# Delegationsordning för testnämnden",
            "Delegater och organ anges med följande koder i förteckningen:",
            [(20, "Kod"), (40, "Befattning"), (100, "Kod"), (120, "Befattning")],
            [(20, "Ordf"), (40, "test- och"), (100, "LSH"), (120, "LSS-handläggare")],
            [(40, "omsorgsnämndens")],
            [(40, "ordförande")],
            [(20, "BiC"), (40, "biståndschef"), (100, "MAS"), (120, "medicinskt ansvarig")],
            [(120, "sjuksköterska")],
            [(20, "FC"), (40, "förvaltningschef"), (100, "EC"), (120, "enhetschef")],
            "",
            "Nämnden delegerar beslutanderätt enligt denna ordning och följer upp den varje år.",
        ]
    ]
    _, _, abbreviations = chunk_document("t", read_pages(tab_stops_pdf(tmp_path / "pairs.pdf", pages)))
    assert {a.abbreviation: a.expansion for a in abbreviations} == {
        "Ordf": "test- och omsorgsnämndens ordförande",
        "LSH": "LSS-handläggare",
        "BiC": "biståndschef",
        "MAS": "medicinskt ansvarig sjuksköterska",
        "FC": "förvaltningschef",
        "EC": "enhetschef",
    }


def test_titled_run_in_list_of_codes_wrapped_over_lines(tmp_path: Path) -> None:
    blocks = [
        ("h", "Delegater"),
        (
            "p",
            "Förkortningar: Ordf test- och fritidsnämndens ordförande; AU test- och fritidsnämndens "
            "arbetsutskott; SBC samhällsbyggnadschef; GPC gatu- och parkchef; FRC fritidschef.",
        ),
        ("p", "Ärenden av principiell beskaffenhet avgörs alltid av nämnden."),
    ]
    _, _, abbreviations = chunk_document("r", read_pages(story_pdf(tmp_path / "runin.pdf", blocks)))
    assert {a.abbreviation: a.expansion for a in abbreviations} == {
        "Ordf": "test- och fritidsnämndens ordförande",
        "AU": "test- och fritidsnämndens arbetsutskott",
        "SBC": "samhällsbyggnadschef",
        "GPC": "gatu- och parkchef",
        "FRC": "fritidschef",
    }


def test_a_legend_table_with_a_further_column_keeps_only_code_and_name(tmp_path: Path) -> None:
    pages = [
        [
            "# Delegationsordning för testnämnden",
            "3 Delegater",
            [(20, "Kod"), (45, "Delegat"), (110, "Ersättare vid förfall")],
            [(20, "Ordf"), (45, "testnämndens ordförande"), (110, "vice ordförande i")],
            [(110, "testnämnden")],  # the further column wraps: not part of the name
            [(20, "HRC"), (45, "HR-chef"), (110, "kommundirektör")],
            [(20, "OC"), (45, "omsorgschef"), (110, "Ja")],
            "",
            "Nämnden delegerar beslutanderätt enligt denna ordning och följer upp den varje år.",
        ]
    ]
    _, _, abbreviations = chunk_document("t", read_pages(tab_stops_pdf(tmp_path / "three.pdf", pages)))
    assert {a.abbreviation: a.expansion for a in abbreviations} == {
        "Ordf": "testnämndens ordförande",
        "HRC": "HR-chef",
        "OC": "omsorgschef",
    }


def test_a_titled_list_of_codes_parted_by_dots() -> None:
    text = "Förkortningar. Ordf testnämndens ordförande · TNAU testnämndens arbetsutskott · BLC bygglovschef"
    assert [(e.abbreviation, e.expansion) for e in prose_entries(text)] == [
        ("Ordf", "testnämndens ordförande"),
        ("TNAU", "testnämndens arbetsutskott"),
        ("BLC", "bygglovschef"),
    ]


def test_codes_listed_after_avses_and_dash_definitions_parted_by_semicolons() -> None:
    """ "Med SS avses socialsekreterare, med 1:e SS förste ..., och med Ordf ...": one definition per
    "med" and code; "MC – miljöchef; Adm – administratör; vOrdf – ...": one per ";", short codes too."""
    meant = prose_entries(
        "Med SS avses socialsekreterare, med 1:e SS förste socialsekreterare, med LSS-hl LSS-handläggare "
        "och med Ordf socialnämndens ordförande. I lagrumshänvisningarna avses med LVU lagen (1990:52) "
        "med särskilda bestämmelser om vård av unga och med FB föräldrabalken."
    )
    assert [(e.abbreviation, e.expansion) for e in meant] == [
        ("SS", "socialsekreterare"),
        ("1:e SS", "förste socialsekreterare"),
        ("LSS-hl", "LSS-handläggare"),
        ("Ordf", "socialnämndens ordförande"),
        ("LVU", "lagen (1990:52) med särskilda bestämmelser om vård av unga"),
        ("FB", "föräldrabalken"),
    ]
    dashed = prose_entries(
        "Förkortningar. MC – miljöchef; Adm – administratör vid miljökontoret; vOrdf – nämndens vice "
        "ordförande; MB – miljöbalken."
    )
    assert [(e.abbreviation, e.expansion) for e in dashed] == [
        ("MC", "miljöchef"),
        ("Adm", "administratör vid miljökontoret"),
        ("vOrdf", "nämndens vice ordförande"),
        ("MB", "miljöbalken"),
    ]
    assert parse_legend_line("Stf RC          Ställföreträdande räddningschef") == [
        LegendEntry("Stf RC", "Ställföreträdande räddningschef")
    ]
