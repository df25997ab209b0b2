"""Delegation tables drawn in ways our column names do not cover: a delegate column in lower case
as the key, a header wrapped onto two lines, column names we do not know (typed by their cells),
sparse condition columns, item numbers that look like codes, and a table that ends before a
legend. The PDFs here are fictitious test documents (tests/fixtures/tablefuzz)."""

from __future__ import annotations

import sys
from pathlib import Path

from ingest.lines import Line
from ingest.pipeline import Source, parse
from ingest.table_header import header_at
from ingest.tables import TableRow, read_table
from ingest.typed_columns import _record_like, complete, infer_header

FUZZ = Path(__file__).parent / "fixtures" / "tablefuzz"


def _line(raw: str, page: int = 1, gap: bool = False) -> Line:
    return Line(page, raw, gap, 0, 0)


def _rows(items: list) -> list[dict[str, str]]:
    return [i.fields for i in items if isinstance(i, TableRow)]


def test_a_delegate_key_column_in_lower_case_starts_a_row_where_the_matter_starts() -> None:
    lines = [
        _line("Beslutande                      Beslut                                   Kommentar"),
        _line(
            "kommunstyrelsens ordförande     Anställning av förvaltningschef          Högst 2 prisbasbelopp"
        ),
        _line("enhetschef                      Beslut om avgift för offentlig"),
        _line("                                kontroll"),
        _line("nämndens ordförande             Tecknande av hyresavtal för lokaler"),
    ]
    header, last = header_at(lines, 0) or (None, 0)
    assert header is not None and last == 0
    rows = _rows(read_table(lines, last, header)[0])
    assert [(r["delegate"], r["matter"]) for r in rows] == [
        ("kommunstyrelsens ordförande", "Anställning av förvaltningschef"),
        ("enhetschef", "Beslut om avgift för offentlig kontroll"),
        ("nämndens ordförande", "Tecknande av hyresavtal för lokaler"),
    ]


def test_a_header_wrapped_inside_its_words_is_one_header() -> None:
    lines = [
        _line(" Numm    Delegationsärende                  Lagrum         Beslutsfattar     Villkor"),
        _line(" er                                                             e"),
        _line(" A1      Beslut om plats i förskola         8 kap. 14 §    EKC"),
        _line(" A2      Beslut om allmän handling          6 kap. 3 §     GC                Vid brådska"),
    ]
    found = header_at(lines, 0)
    assert found is not None
    header, last = found
    assert last == 1
    assert [c.name for c in header.columns] == [
        "Nummer",
        "Delegationsärende",
        "Lagrum",
        "Beslutsfattare",
        "Villkor",
    ]
    assert [c.field for c in header.columns] == ["number", "matter", "legal_basis", "delegate", "condition"]
    rows = _rows(read_table(lines, last, header)[0])
    assert [(r["number"], r["delegate"]) for r in rows] == [("A1", "EKC"), ("A2", "GC")]


def test_a_one_line_header_is_not_joined_to_its_first_row() -> None:
    lines = [
        _line("Nr    Ärende       Delegat"),
        _line("1     Bygglov      BLH"),
        _line("2     Marklov      BI"),
    ]
    assert header_at(lines, 0) == (header_at(lines[:1], 0)[0], 0)  # type: ignore[index]


def test_a_heading_and_a_list_after_a_table_keyed_by_its_matter_end_the_table() -> None:
    lines = [
        _line(" Beslut                                          Delegat           Anmäls till"),
        _line(" Beslut om rivningslov                           EKC               Ja"),
        _line(" Tecknande av lokala kollektivavtal              FC                –"),
        _line(" Förkortningar", gap=True),
        _line(" AC – avdelningschef"),
        _line(" BLH – bygglovshandläggare"),
    ]
    header, last = header_at(lines, 0)  # type: ignore[misc]
    items, end = read_table(lines, last, header)
    assert len(_rows(items)) == 2 and end == 3


def test_columns_named_in_words_we_do_not_know_are_typed_by_their_cells() -> None:
    table = [
        ("Nummer", "Innehåll", "Lagrum", "Ansvarig", "Övrigt villkor", "Anmäls till"),
        ("1.1", "Beslut om registrering", "LIVSFS", "ekonomichef", "Efter samråd med FC", "KS"),
        ("1.2", "Beslut om tillstånd för värmepump", "17 § FMH", "HR-chef", "Över 500 000 kr", "Nej"),
        ("1.3", "Beslut om direktupphandling", "LOU", "upphandlare", "", "Ja"),
        ("1.4", "Avskrivning av fordran", "–", "ekonomichef", "Högst 5 prisbasbelopp", "KS"),
    ]
    lines = [_line(f" {a:<8}{b:<36}{c:<11}{d:<14}{e:<23}{f}".rstrip()) for a, b, c, d, e, f in table]
    header, last = header_at(lines, 0)  # type: ignore[misc]
    header = complete(lines, last, header)
    fields = [c.field for c in header.columns]
    assert fields == [
        "number",
        "matter",
        "legal_basis",
        "delegate",
        "condition",
        None,
    ]  # "Anmäls till": a cell
    rows = _rows(read_table(lines, last, header)[0])
    assert rows[1]["condition"] == "Över 500 000 kr" and rows[3]["delegate"] == "ekonomichef"


def test_item_numbers_that_look_like_codes_are_the_number_column_and_a_sparse_column_counts() -> None:
    lines = [_line(" Pkt    Innehåll                                   Delegat      Info")]
    rows = [
        ("D1", "Beslut om direktupphandling", "IU", "Vid brådska"),
        ("D2", "Beslut om skolskjuts", "KSO", ""),
        ("D3", "Beslut om kontaktperson för barn", "SBC", "Upp till 100 000 kr"),
        ("D4", "Beslut om plats i förskola", "IU", ""),
        ("D5", "Beslut om lokala trafikföreskrifter", "HRC", ""),
        ("D6", "Beslut om omedelbart omhändertagande", "MI eller MC", ""),
    ]
    lines += [_line(f" {a:<7}{b:<43}{c:<13}{d}".rstrip()) for a, b, c, d in rows]
    header = infer_header(lines, 1)
    assert header is not None
    assert [c.field for c in header.columns] == ["number", "matter", "delegate", "condition"]


def test_a_matter_that_starts_with_beslut_is_no_metadata_label() -> None:
    assert not _record_like(
        [["D1", "Beslut om direktupphandling", "IU"], ["D2", "Gäller ej ärenden av vikt", "KS"]]
    )
    assert _record_like([["Beslutad av", "Kommunfullmäktige"], ["Diarienummer", "KS 2024/1"]])


def test_tables_drawn_in_many_ways_are_read(tmp_path: Path) -> None:
    """Four documents of the generator's development split, scored as scripts/decision_accuracy.py
    scores a collection: most rows found with the right decider."""
    for extra in (FUZZ, FUZZ.parent.parent.parent / "scripts"):
        if str(extra) not in sys.path:
            sys.path.insert(0, str(extra))
    import decision_accuracy as da
    from generate import draw

    report = da.Report()
    for seed in range(4):
        truth = draw(seed, "dev", tmp_path).truth
        name = f"fuzz-dev-{seed:03d}.pdf"
        parsed, _ = parse(Source(tmp_path / name, name, None), "-", 350)
        da.score_document(name, truth, parsed, report)
    assert report.rows.found >= 0.85 * report.rows.total, str(report.rows)


def _table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> list[Line]:
    return [_line(" " + "".join(f"{c:<{w}}" for c, w in zip(r, widths, strict=False)).rstrip()) for r in rows]


def test_beslut_names_who_decides_when_another_column_is_the_matter() -> None:
    lines = _table(
        [
            ("Nr", "Ärendetyp", "Avgift, kr", "Beslut"),
            ("A1", "Nybyggnad av enbostadshus inom detaljplan", "24 800", "BH"),
            ("A2", "Nybyggnad av enbostadshus utanför detaljplan", "29 300", "BH"),
            ("A3", "Åtgärd som innebär mer än liten avvikelse", "18 500", "BMN"),
        ],
        (8, 48, 14, 8),
    )
    header, last = header_at(lines, 0)  # type: ignore[misc]
    fields = [c.field for c in complete(lines, last, header).columns]
    assert fields == ["number", "matter", None, "delegate"]


def test_a_header_that_names_who_decides_types_its_other_columns_by_their_cells() -> None:
    from ingest.table_header import delegate_header_at

    lines = _table(
        [
            ("Bidrag", "Beslut fattas av", "Belopp", "Sista dag"),
            ("Aktivitetsbidrag", "Fritidsassistent", "40 kr per deltagartillfälle", "25 februari"),
            ("Lokalbidrag för föreningar", "Fritidschef", "Högst 60 000 kr per år", "1 mars"),
            ("Startbidrag för ny förening", "Fritidsassistent", "5 000 kr", "Löpande"),
            ("Investeringsbidrag", "Kultur- och fritidsnämnden", "Högst 250 000 kr", "1 oktober"),
        ],
        (30, 30, 30, 12),
    )
    assert header_at(lines, 0) is None  # one column name known: not enough alone
    found = delegate_header_at(lines, 0)
    assert found is not None
    fields = [c.field for c in complete(lines, found[1], found[0]).columns]
    assert fields[:3] == ["matter", "delegate", "condition"]


def test_a_two_column_table_without_known_names_needs_plain_delegates() -> None:
    rows = [
        ("Område/ärende", "Vem"),
        ("Beslut om föreläggande enligt miljöbalken", "verksamhetschef"),
        ("Tecknande av lokala kollektivavtal", "HR-chef"),
        ("Beslut om att inleda utredning", "socialsekreterare"),
        ("Beslut om bidrag till föreningar", "kultur- och fritidsnämnden"),
        ("Beslut om personuppgiftsbiträdesavtal", "kommunstyrelsen"),
    ]
    lines = _table(rows, (50, 30))
    header = infer_header(lines, 1)
    assert header is not None and [c.field for c in header.columns] == ["matter", "delegate"]
    contacts = _table(
        [
            ("Ärende", "Kontakt"),
            ("Frågor om bygglov", "Telefon 0123-456 78"),
            ("Frågor om skolskjuts", "Telefon 0123-111 22"),
        ]
        + [("Frågor om avfall", "Kundtjänst"), ("Frågor om parkering", "Gatuenheten vardagar")],
        (40, 30),
    )
    assert infer_header(contacts, 1) is None


def test_an_ersattare_column_is_no_condition() -> None:
    rows = [
        ("1000", "Kommunfullmäktige och revision", "KC", "KD", "150 000 kr"),
        ("1100", "Kommunstyrelsen, politisk verksamhet", "KSO", "KD", "250 000 kr"),
        ("1300", "Kommunledning och stab", "KD", "KC", "2 000 000 kr"),
        ("1400", "Ekonomiavdelningen", "EC", "KD", "500 000 kr"),
    ]
    lines = [_line(" Grundregler gäller för attest.")] + _table(rows, (8, 40, 8, 8, 14))
    header = infer_header(lines, 1)
    assert header is not None
    assert [c.field for c in header.columns] == [None, "matter", "delegate", None, "condition"]


def test_a_numbered_list_with_a_labelled_line_under_each_matter_is_rows() -> None:
    from ingest.leader_rows import read_blocks, starts_blocks

    lines = [
        _line(" 1.1 Beslut om plats i förskola samt yttranden och andra"),
        _line(" ställningstaganden i samband med detta"),
        _line("      Delegat: Teknisk chef. Lagrum: 8 kap. 14 § SL"),
        _line(" 1.2 Avskrivning av fordran"),
        _line("      Delegat: KC. Villkor: Högst 5 prisbasbelopp"),
        _line(" Denna ordning gäller från 1 januari.", gap=True),
    ]
    assert starts_blocks(lines, 0)
    rows, end = read_blocks(lines, 0)
    assert [r.fields for r in rows] == [
        {
            "matter": "Beslut om plats i förskola samt yttranden och andra "
            "ställningstaganden i samband med detta",
            "delegate": "Teknisk chef",
            "legal_basis": "8 kap. 14 § SL",
            "number": "1.1",
        },
        {
            "matter": "Avskrivning av fordran",
            "delegate": "KC",
            "condition": "Högst 5 prisbasbelopp",
            "number": "1.2",
        },
    ]
    assert end == 5


def test_a_paragraph_above_a_labelled_line_is_no_matter_when_it_ends_a_sentence() -> None:
    from ingest.leader_rows import starts_blocks

    lines = [_line(" Nämnden delegerar enligt nedan."), _line(" Delegat: KC")]
    assert not starts_blocks(lines, 0)


def test_a_line_of_column_names_is_no_row_and_a_limit_is_no_lagrum() -> None:
    lines = [_line(" Delegation av beslutanderätt")] + _table(
        [
            ("Typ", "Befattning", "Villkor"),
            ("Beslut om bidrag", "KSO", "Högst 1 pbb"),
            ("Beslut om avgift", "KC", ""),
            ("Beslut om lån", "EKC", "Högst 2 pbb"),
            ("Yttrande i ärende", "KSO", ""),
        ],
        (20, 16, 12),
    )
    assert infer_header(lines, 1) is None  # "Befattning" is no delegate: line 1 holds the names
    header = infer_header(lines, 2, under_names=True)
    assert header is not None and [c.field for c in header.columns] == ["matter", "delegate", "condition"]


def test_a_wrapped_label_value_and_a_title_over_metadata_labels() -> None:
    from ingest.leader_rows import is_delegate, read_blocks, starts_blocks

    lines = [
        _line("Beslut om bidrag"),
        _line("Delegat: Förvaltningschef eller"),
        _line("ekonomichef"),
        _line("Beslut om avgift"),
        _line("Delegat: KC"),
    ]
    rows, end = read_blocks(lines, 0)
    assert [r.fields["delegate"] for r in rows] == ["Förvaltningschef eller ekonomichef", "KC"] and end == 5
    title = [
        _line("Riktlinjer för upphandling"),
        _line("Beslutsfattare: Kommunfullmäktige"),
        _line("Dokumentansvarig: Ekonomichef"),
    ]
    assert not starts_blocks(title, 0)
    assert not is_delegate("Samtycke chef") and not is_delegate("Beslut om chef")
