"""ingest.tables and ingest.legend: delegation tables from layout text, abbreviation legends."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import delegation_pdf, tab_stops_pdf

from ingest.legend import LegendEntry, expand_delegates, parse_legend_line
from ingest.lines import Line
from ingest.pdf import read_pages
from ingest.structure import BlockKind, find_blocks
from ingest.table_header import column_field, header_at, match_header, split_cells
from ingest.tables import SectionRow, TableRow, read_table
from ingest.types import Page

HEADER = "Nr      Ärende                          Delegat    Lagrum             Anmärkning"


def _line(raw: str, page: int = 1, gap: bool = False) -> Line:
    return Line(page, raw, gap, 0, 0)


def test_header_needs_two_known_columns() -> None:
    header = match_header(HEADER)
    assert header is not None
    assert [(c.name, c.field) for c in header.columns] == [
        ("Nr", "number"), ("Ärende", "matter"), ("Delegat", "delegate"), ("Lagrum", "legal_basis"),
        ("Anmärkning", "condition"),
    ]  # fmt: skip
    assert header.columns[header.key].name == "Nr"
    assert match_header("Beslut           Kommunfullmäktige") is None  # one known name only
    assert match_header("Ärende") is None
    assert match_header("Punkt   Beslut   Villkor   Kommentar") is not None


def test_split_cells_by_header_positions() -> None:
    header = match_header(HEADER)
    assert header is not None
    row = "B.4     Beslut om rivningslov           BLH        9 kap. 34 § PBL"
    assert split_cells(row, header) == ["B.4", "Beslut om rivningslov", "BLH", "9 kap. 34 § PBL", ""]
    tight = "B.10    Beslut om bygglov för enbostadshus BLH       9 kap. 2 § PBL"
    assert split_cells(tight, header) == [
        "B.10",
        "Beslut om bygglov för enbostadshus",
        "BLH",
        "9 kap. 2 § PBL",
        "",
    ]
    prose = "Beslut som fattas med stöd av delegation ska anmälas till nämnden vid nästa sammanträde."
    assert split_cells(prose, header) is None


def test_wrapped_cells_section_rows_and_page_break() -> None:
    raws = [
        (HEADER, 1),
        ("A. Allmänna ärenden", 1),
        ("A.1     Beslut i brådskande ärenden där  ORF        6 kap. 39 § KL     Anmäls vid nämndens", 1),
        ("        nämndens avgörande inte kan                                    nästa sammanträde", 1),
        ("        avvaktas", 1),
        ("B. Plan- och byggärenden", 1),
        ("B.1     Beslut om bygglov                BLH        9 kap. 2 § PBL", 1),
        ("Fiktivt testdokument – utskrift", 1),  # a footer the page cleanup missed
        (HEADER, 2),
        ("B.4     Beslut om rivningslov           BLH        9 kap. 34 § PBL", 2),
        ("4. Anmälan av beslut", 2),
        ("Beslut som fattas med stöd av delegation ska anmälas till nämnden vid nästa sammanträde.", 2),
    ]
    lines = [_line(raw, page) for raw, page in raws]
    lines[10] = _line(raws[10][0], 2, gap=True)
    header = match_header(HEADER)
    assert header is not None
    items, end = read_table(lines, 0, header)
    assert end == 10  # stops at the heading after the table
    assert [type(i).__name__ for i in items] == [
        "SectionRow",
        "TableRow",
        "SectionRow",
        "TableRow",
        "TableRow",
    ]
    first = items[1]
    assert isinstance(first, TableRow)
    assert first.fields["matter"] == "Beslut i brådskande ärenden där nämndens avgörande inte kan avvaktas"
    assert first.fields["condition"] == "Anmäls vid nämndens nästa sammanträde"
    assert isinstance(items[2], SectionRow) and items[2].text == "B. Plan- och byggärenden"
    last = items[4]
    assert isinstance(last, TableRow) and last.page == 2 and last.fields["number"] == "B.4"


WRAPPED = [
    " Nr   Ärende                       Delegat            Ersättare        Vidare-        Anmärkning /",
    "                                                                        delegation     lagrum",
]


def test_a_header_wrapped_onto_two_lines_is_one_header_on_every_page() -> None:
    """ "Vidare-"/"delegation" and "Anmärkning /"/"lagrum": the second line alone would look like a
    header of its own ("Delegation", "Lagrum"), before the rows and again after a page break."""
    raws = [(WRAPPED[0], 1), (WRAPPED[1], 1)]
    raws += [
        (" 1.1  Avvisning av överklagande     Förvaltningschef   Kanslichef       Nej            45 § FL", 1)
    ]
    raws += [(WRAPPED[0], 2), (WRAPPED[1], 2)]
    raws += [
        (
            " 4.1  Mottagande av elev           Rektor             Förvaltningschef Nej            10 kap.",
            2,
        )
    ]
    lines = [_line(raw, page) for raw, page in raws]
    found = header_at(lines, 0)
    assert found is not None
    header, last = found
    assert last == 1
    assert [c.name for c in header.columns][4:] == ["Vidaredelegation", "Anmärkning /lagrum"]
    items, end = read_table(lines, last, header)
    assert end == len(lines)
    rows = [i for i in items if isinstance(i, TableRow)]
    assert [(r.fields["number"], r.fields["delegate"]) for r in rows] == [
        ("1.1", "Förvaltningschef"),
        ("4.1", "Rektor"),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BLH     Bygglovshandläggare", [("BLH", "Bygglovshandläggare")]),
        ("BLH Bygglovshandläggare", [("BLH", "Bygglovshandläggare")]),
        ("BLH = Bygglovshandläggare", [("BLH", "Bygglovshandläggare")]),
        ("BLH – Bygglovshandläggare", [("BLH", "Bygglovshandläggare")]),
        ("BLH - Bygglovshandläggare", [("BLH", "Bygglovshandläggare")]),
        ("Bygglovshandläggare (BLH)", [("BLH", "Bygglovshandläggare")]),
        (
            "BLH   Bygglovshandläggare      MI   Miljöinspektör",
            [("BLH", "Bygglovshandläggare"), ("MI", "Miljöinspektör")],
        ),
        ("I förteckningen används följande förkortningar.", []),
        # a body's code and a short word, and codes in lower case that spell their words
        ("SN au                  Socialnämndens arbetsutskott", [("SN au", "Socialnämndens arbetsutskott")]),
        (
            "AMN au – arbetsmarknadsnämndens arbetsutskott",
            [("AMN au", "arbetsmarknadsnämndens arbetsutskott")],
        ),
        ("pbb                    prisbasbelopp", [("pbb", "prisbasbelopp")]),
        ("tkr     tusen kronor", [("tkr", "tusen kronor")]),
        ("och     inte alls", []),
        ("KS ska: besluta om budget", []),  # a code and a verb: a sentence, no entry
        (
            "BUN iu = barn- och utbildningsnämndens individutskott",
            [("BUN iu", "barn- och utbildningsnämndens individutskott")],
        ),
    ],
)
def test_legend_lines(raw: str, expected: list[tuple[str, str]]) -> None:
    assert parse_legend_line(raw) == [LegendEntry(a, e) for a, e in expected]


@pytest.fixture(scope="module")
def delegation_blocks(tmp_path_factory: pytest.TempPathFactory) -> list:
    pages = read_pages(delegation_pdf(tmp_path_factory.mktemp("deleg") / "delegation.pdf"))
    assert len(pages) == 2
    return find_blocks(pages)


def test_table_over_a_page_break_is_one_table(delegation_blocks: list) -> None:
    rows = [b.row for b in delegation_blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(rows) == 5 + 22 + 6
    numbers = [r.fields["number"] for r in rows]
    assert numbers == [f"{s}.{n}" for s, c in (("A", 5), ("B", 22), ("C", 6)) for n in range(1, c + 1)]
    assert {r.page for r in rows} == {1, 2}
    assert not any("Ärende" in value for r in rows for value in r.cells.values())  # no header as content
    wrapped = rows[2]  # A.3 wraps its matter over two lines
    assert (
        wrapped.fields["matter"]
        == "Beslut i ärende 3 om a-frågor som är så långt att cellen bryts på två rader"
    )
    b4 = next(r for r in rows if r.fields["number"] == "B.4")
    assert (b4.fields["delegate"], b4.fields["legal_basis"]) == ("BLH", "9 kap. 4 § PBL")
    assert b4.fields["condition"] == "Efter samråd med förvaltningschefen och kommunjuristen"


def test_sections_and_legend_from_the_pdf(delegation_blocks: list) -> None:
    sections = {b.section for b in delegation_blocks if b.kind is BlockKind.TABLE_ROW}
    assert sections == {
        ("3. Delegationsförteckning", "A. Allmänna ärenden"),
        ("3. Delegationsförteckning", "B. Plan- och byggärenden"),
        ("3. Delegationsförteckning", "C. Miljö- och hälsoskydd"),
    }
    legend = [b for b in delegation_blocks if b.kind is BlockKind.LEGEND]
    assert [(e.abbreviation, e.expansion) for b in legend for e in b.legend] == [
        ("BLH", "Bygglovshandläggare"), ("MI", "Miljöinspektör"),
    ]  # fmt: skip
    assert delegation_blocks[-1].section == ("4. Anmälan av beslut",)


def test_delegate_codes_are_expanded_only_in_delegate_columns() -> None:
    cells = {"Nr": "B.4", "Delegat": "BLH, ersättare SBC", "Lagrum": "9 kap. 34 § PBL"}
    legend = {"BLH": "Bygglovshandläggare", "SBC": "Samhällsbyggnadschef", "PBL": "Plan- och bygglagen"}
    assert expand_delegates(cells, legend) == {
        "Nr": "B.4",
        "Delegat": "BLH (Bygglovshandläggare), ersättare SBC (Samhällsbyggnadschef)",
        "Lagrum": "9 kap. 34 § PBL",
    }
    assert expand_delegates({"Delegat": "BLHX"}, legend) == {"Delegat": "BLHX"}


def _unruled_pages() -> list[list]:
    """An unruled delegation table (columns by x position only) whose header is printed once; page 1
    has a large title, so pypdf's layout text sets the columns at other positions on page 2."""
    cols = (20, 33, 99, 119, 148)

    def row(*cells: str) -> list[tuple[float, str]]:
        return [(x, c) for x, c in zip(cols, cells, strict=True) if c]

    page1 = [
        "# Delegationsordning för testnämnden",
        "1. Delegationsförteckning",
        row("Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning/Villkor"),
        "A. Allmänna ärenden",
        row("A.1", "Beslut i brådskande ärenden", "Ordf", "6 kap. 39 § KL", "Anmäls vid nästa möte"),
        row("A.2", "Upphandling inom budget", "SBC", "LOU", "Högst 100 000 kr."),
        row("", "", "", "", "Över 100 000 kr: AU."),
    ]
    page2 = [
        "B. Bygglov",
        row("B.1", "Rivningslov", "BLH", "9 kap. 34 § PBL", ""),
        row("B.2", "Byggsanktionsavgift", "BC", "11 kap. 51 § PBL", "Upp till 5 prisbasbelopp."),
        row("", "", "", "", "Däröver: AU."),
        row("B.3", "Marklov", "BLH", "9 kap. 35 § PBL", ""),
        "",
        "2. Anmälan",
        "Beslut som fattas med stöd av delegation anmäls till nämnden vid nästa sammanträde.",
    ]
    return [page1, page2]


def test_unruled_table_keeps_its_rows_on_a_page_without_a_header(tmp_path: Path) -> None:
    pages = read_pages(tab_stops_pdf(tmp_path / "unruled.pdf", _unruled_pages()))
    first = next(line for line in pages[0].layout.splitlines() if "Delegat" in line)
    second = next(line for line in pages[1].layout.splitlines() if "Rivningslov" in line)
    assert first.index("Delegat") + 4 < second.index("BLH")  # the columns really moved
    rows = [b.row for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW and b.row]
    assert [r.fields["number"] for r in rows] == ["A.1", "A.2", "B.1", "B.2", "B.3"]
    b2 = rows[3]
    assert (b2.page, b2.fields["delegate"], b2.fields["legal_basis"]) == (2, "BC", "11 kap. 51 § PBL")
    assert b2.fields["condition"] == "Upp till 5 prisbasbelopp. Däröver: AU."  # "Anmärkning/Villkor"
    sections = {b.section[-1] for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW}
    assert sections == {"A. Allmänna ärenden", "B. Bygglov"}


def test_combined_column_names_count_by_a_known_part() -> None:
    header = match_header("Nr     Ärende          Delegat/ersättare     Anmärkning/Villkor")
    assert header is not None
    assert [c.field for c in header.columns] == ["number", "matter", "delegate", "condition"]


def test_a_table_without_numbers_ends_at_the_heading_after_it() -> None:
    header = match_header("Beslut                                Beslutsfattare   Villkor")
    assert header is not None
    raws = [
        "Beslut                                Beslutsfattare   Villkor",
        "Försörjningsstöd enligt riksnormen    SS",
        "Bistånd till akut tandvård            SS               Upp till 10 000 kr",
        "Skäliga kostnader",
        "Boendekostnaden godtas upp till 9 200 kr per månad för en ensamstående och upp till 11 500 kr.",
    ]
    items, end = read_table([_line(r) for r in raws], 0, header)
    assert [i.fields["matter"] for i in items if isinstance(i, TableRow)] == [
        "Försörjningsstöd enligt riksnormen",
        "Bistånd till akut tandvård",
    ]
    assert end == 3


def test_unlabelled_section_rows_of_a_numbered_table() -> None:
    header = match_header(HEADER)
    assert header is not None
    raws = [
        HEADER,
        "Allmänna ärenden",
        "1       Beslut i brådskande ärenden      Ordf       6 kap. 39 § KL",
        "Personal",
        "2       Anställning av enhetschef        SC",
    ]
    items, end = read_table([_line(r) for r in raws], 0, header)
    assert [type(i).__name__ for i in items] == ["SectionRow", "TableRow", "SectionRow", "TableRow"]
    assert end == len(raws)


def test_a_table_of_amounts_and_deciders_is_read_as_decision_rows(tmp_path: Path) -> None:
    """ "Värde | Beslutar" without a matter column: the amount column is the condition and names the
    matter; a two-column layout of other things is no such table."""
    from pdfgen import story_pdf

    rows = [
        ["Sponsringens värde per avtal och år", "Beslutar"],
        ["Upp till 50 000 kr", "Förvaltningschef"],
        ["Över 50 000 kr och upp till 200 000 kr", "Kommundirektör"],
        ["Över 200 000 kr", "Kommunstyrelsen"],
    ]
    other = [["Beslutar", "Anteckning"], ["Kommunstyrelsen", "Se bilaga 2"], ["Nämnden", "Se bilaga 3"]]
    path = story_pdf(
        tmp_path / "policy.pdf",
        [
            ("h", "Vem beslutar"),
            ("table", rows),
            (
                "p",
                "Sponsring som kan uppfattas som kontroversiell ska alltid beslutas av kommunstyrelsen, "
                "oavsett belopp, och redovisas i årsredovisningen.",
            ),
            ("h", "Bilagor"),
            ("table", other),
        ],
    )
    blocks = find_blocks(read_pages(path))
    table_rows = [b.row for b in blocks if b.kind is BlockKind.TABLE_ROW and b.row]
    assert [(r.fields["matter"], r.fields["condition"], r.fields["delegate"]) for r in table_rows] == [
        ("Sponsringens värde per avtal och år", "Upp till 50 000 kr", "Förvaltningschef"),
        ("Sponsringens värde per avtal och år", "Över 50 000 kr och upp till 200 000 kr", "Kommundirektör"),
        ("Sponsringens värde per avtal och år", "Över 200 000 kr", "Kommunstyrelsen"),
    ]
    assert match_header("Sponsringens värde          Beslutar") is None  # only with amounts in its rows
    # as decision records: the heading says what the amounts are of, each row's range is its limit
    from ingest.pipeline import discover, parse
    from store.schema import Limit

    parsed, _ = parse(discover([path])[0], "x", 400)
    records = [(r.matter, r.decider, r.limit) for r in parsed.decisions if r.source == "table"][:3]
    assert records == [
        ("Vem beslutar: Sponsringens värde per avtal och år", "förvaltningschef", Limit(50000, "kr", "max")),
        (
            "Vem beslutar: Sponsringens värde per avtal och år",
            "kommundirektör",
            Limit(200000, "kr", "max", 50000),
        ),
        ("Vem beslutar: Sponsringens värde per avtal och år", "kommunstyrelsen", Limit(200000, "kr", "min")),
    ]


def test_a_passive_decision_verb_with_its_agent_names_the_delegate_column() -> None:
    assert column_field("Godkänns i förväg av") == (True, "delegate")
    assert column_field("Ska beviljas av") == (True, "delegate")
    assert column_field("Tas fram av") == (False, None)  # who prepares, not who decides


def _page(number: int, lines: list[str]) -> Page:
    text = "\n".join(lines)
    return Page(number, "\n".join(" ".join(x.split()) for x in lines), text)


def test_a_header_naming_who_decides_types_its_matter_when_the_page_holds_one_row() -> None:
    """ "Upphandling eller åtgärd | Beslut fattas av | Beloppsgräns och villkor": one row before the
    page break, too few to type the unnamed column by its cells; it is the matter by its place. The
    header repeated on the next page is no row, and the rows there keep their matter."""
    header = " Upphandling eller åtgärd            Beslut fattas av         Beloppsgräns och villkor"
    pages = [
        _page(1, [
            "5.1 Beslutsnivåer",
            "Tabellen anger vem som har beslutanderätt vid upphandling.",
            header,
            " Direktupphandling                    Budgetansvarig chef      Under 100 000 kr",
        ]),
        _page(2, [
            header,
            " Annonserad upphandling               Förvaltningschef         Upp till 5 000 000 kr",
            " Avbrytande av upphandling            Upphandlingschef",
        ]),
    ]  # fmt: skip
    rows = [b.row for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW]
    assert [(r.fields.get("matter"), r.fields.get("delegate")) for r in rows] == [
        ("Direktupphandling", "Budgetansvarig chef"),
        ("Annonserad upphandling", "Förvaltningschef"),
        ("Avbrytande av upphandling", "Upphandlingschef"),
    ]


def test_a_bulleted_list_is_no_table() -> None:
    """Sentences set as bullets are list items, whatever they name; the table after them is read."""
    pages = [
        _page(1, [
            " Bidrag kan sökas av ideella föreningar som uppfyller följande grundkrav:",
            "",
            "    •   föreningen har antagit stadgar och har en vald styrelse,",
            "    •   föreningen har minst tio medlemmar och är öppen för alla,",
            "    •   föreningen är registrerad i kommunens föreningsregister,",
            "    •   föreningen arbetar för demokrati och jämställdhet.",
            "",
            " Bidragsformer och beslut",
            " Tabellen visar vem som beslutar om bidraget.",
            "",
            " Bidrag                 Beslut fattas av        Belopp",
            " Aktivitetsbidrag       Fritidsassistent        40 kr per deltagartillfälle",
            " Lokalbidrag            Fritidschef             Högst 60 000 kr per år",
        ]),
    ]  # fmt: skip
    rows = [b.row for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW]
    assert [r.fields.get("delegate") for r in rows] == ["Fritidsassistent", "Fritidschef"]


def test_who_decides_is_read_from_a_table_of_unknown_columns_where_the_text_says_who_decides() -> None:
    """A routine that speaks of who "beslutar" (no word of delegation): its table of moments and
    roles is read by what its columns hold."""
    pages = [
        _page(1, [
            " Följ tabellen nedan för vem som ansvarar och beslutar.",
            "",
            " Moment                                          Ansvar          Värde",
            " Beslut om direktupphandling                     Enhetschef      Under 100 000 kr",
            " Beslut om direktupphandling med dokumentation   Avdelningschef  Från 100 000 kr",
            " Undantag från kravet på tre offerter            Upphandlingschef   Skälen dokumenteras",
            " Beställning i e-handelssystemet                 Beställare      Alla belopp",
        ]),
    ]  # fmt: skip
    rows = [b.row for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW]
    assert [r.fields.get("delegate") for r in rows] == [
        "Enhetschef",
        "Avdelningschef",
        "Upphandlingschef",
        "Beställare",
    ]


def _records(pdf: Path) -> list:
    """The decision records of one PDF, read as ingest reads it."""
    from ingest.chunker import chunk_document
    from ingest.decisions import DocumentSource, extract_decisions

    pages = read_pages(pdf)
    chunks, rows, abbreviations = chunk_document("d", pages)
    return extract_decisions(DocumentSource("d", pdf.name), find_blocks(pages), chunks, rows, abbreviations)


def test_a_delegation_matrix_gives_each_marked_column_its_own_record(tmp_path: Path) -> None:
    """One column per decider, an "X" or the decider's limit in its cell: each marked column is a
    record of the row, its cell (when not a bare mark) and the remark its condition. A row whose
    cells are centred vertically (its matter starts on the line above its number) is one row."""
    pdf = tab_stops_pdf(tmp_path / "matris.pdf", [[
        "# Delegationsordning för kommunstyrelsen",
        "Förkortningar: KSAU kommunstyrelsens arbetsutskott, KD kommundirektör, EKC ekonomichef.",
        "",
        [(20, "Nr"), (35, "Ärende"), (110, "KSAU"), (130, "KD"), (148, "EKC"), (166, "Anmärkning")],
        "",
        [(35, "Beslut i ärenden som är så brådskande att"), (166, "6 kap. 39 § KL.")],
        [(20, "K 1"), (35, "styrelsens avgörande inte kan avvaktas"), (110, "X")],
        "",
        [(20, "K 2"), (35, "Avskrivning av fordran"), (110, "över 5 pbb"), (148, "upp till 5 pbb")],
        "",
        [(20, "K 3"), (35, "Placering av likvida medel"), (148, "X"), (166, "Enligt finanspolicyn")],
        "",
        [(20, "K 4"), (35, "Utse ombud"), (110, "–"), (130, "X"), (148, "-")],
    ]])  # fmt: skip
    got = {(r.matter, r.decider, r.condition) for r in _records(pdf)}
    assert got == {
        ("Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas",
         "kommunstyrelsens arbetsutskott", "6 kap. 39 § KL"),
        ("Avskrivning av fordran", "kommunstyrelsens arbetsutskott", "över 5 pbb"),
        ("Avskrivning av fordran", "ekonomichef", "upp till 5 pbb"),
        ("Placering av likvida medel", "ekonomichef", "Enligt finanspolicyn"),
        ("Utse ombud", "kommundirektör", None),  # a dash is no mark
    }  # fmt: skip


def test_columns_of_codes_no_legend_explains_are_no_deciders(tmp_path: Path) -> None:
    """A table of amounts and dates in capitals ("NR | ÄRENDE | BELOPP | DATUM") or of quarters
    ("Q1 | Q2") is no delegation matrix: it gives no decision record."""
    pdf = tab_stops_pdf(tmp_path / "plan.pdf", [[
        "# Investeringar",
        [(20, "Nr"), (35, "Ärende"), (110, "BELOPP"), (140, "DATUM"), (166, "Anmärkning")],
        [(20, "1"), (35, "Inköp av fordon"), (110, "400 000 kr"), (140, "2026-03-01")],
        "",
        [(20, "Nr"), (35, "Åtgärd"), (110, "Q1"), (125, "Q2"), (140, "Q3"), (155, "Q4")],
        [(20, "1"), (35, "Upphandling av e-arkiv"), (125, "X"), (140, "X")],
    ]])  # fmt: skip
    assert _records(pdf) == []


def test_a_second_decider_of_a_matter_on_a_line_of_its_own_is_a_row_of_its_own() -> None:
    """ "Adm  Utlämnande utan förbehåll" and under it "MC  Avslag ...": two rows of one matter, not
    one delegate "Adm MC"; a wrapped delegate name ("Förvaltnings-" / "chef") stays one cell."""
    header = " Nr     Ärende                                   Delegat          Anm."
    pages = [
        _page(1, [
            header,
            " 1.4    Beslut om utlämnande av allmän handling  Adm              Utan förbehåll",
            "                                                 MC               Avslag eller förbehåll",
            " 1.5    Beslut om att avvisa ombud               Förvaltnings-",
            "                                                 chef",
            " 1.6    Beslut om lokalbokning                   Chef för",
            "                                                 Kultur och fritid",
        ]),
    ]  # fmt: skip
    rows = [b.row for b in find_blocks(pages) if b.kind is BlockKind.TABLE_ROW]
    got = [
        (r.fields.get("number"), r.fields["matter"], r.fields["delegate"], r.fields.get("condition"))
        for r in rows
    ]
    assert got == [
        ("1.4", "Beslut om utlämnande av allmän handling", "Adm", "Utan förbehåll"),
        ("1.4", "Beslut om utlämnande av allmän handling", "MC", "Avslag eller förbehåll"),
        ("1.5", "Beslut om att avvisa ombud", "Förvaltningschef", ""),
        ("1.6", "Beslut om lokalbokning", "Chef för Kultur och fritid", ""),
    ]  # fmt: skip


def test_column_names_after_a_legend_end_it_and_head_the_table() -> None:
    """A legend under its heading, then column names no reader knows ("Löp | Vad | Vem | Info") over
    a section row and rows: the names end the legend (they are no entry "Löp = Vad"), are no row
    of the table, and the rows under them are read with the legend's codes."""
    pages = [
        _page(1, [
            " Nämnden har delegerat följande beslut.",
            " Förkortningar",
            " EKC – ekonomichef",
            " KSAU – kommunstyrelsens arbetsutskott",
            " SS – socialsekreterare",
            " Löp   Vad                                                 Vem",
            " 1. Allmänna ärenden",
            " 1     Beslut om ledighet utan lön upp till sex månader    EKC",
            " 2     Beslut om att inleda utredning                      SS",
            " 3     Beslut om bidrag till föreningar                    KSAU",
            " 4     Beslut om föreläggande enligt miljöbalken utan      EKC",
            "       vite",
        ]),
    ]  # fmt: skip
    blocks = find_blocks(pages)
    legend = [e.abbreviation for b in blocks if b.kind is BlockKind.LEGEND for e in b.legend]
    assert legend == ["EKC", "KSAU", "SS"]
    rows = [b.row for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.fields["matter"], r.fields["delegate"]) for r in rows] == [
        ("Beslut om ledighet utan lön upp till sex månader", "EKC"),
        ("Beslut om att inleda utredning", "SS"),
        ("Beslut om bidrag till föreningar", "KSAU"),
        ("Beslut om föreläggande enligt miljöbalken utan vite", "EKC"),
    ]


def test_bottom_aligned_rows_under_unknown_names_and_a_numbered_section() -> None:
    """Rows whose cells stand at the bottom (the matter wraps above its delegate) under names no
    reader knows ("Område/ärende | Nivå | ..."), a numbered section line first: the names are no
    row, the section is no row, and each row keeps its whole matter."""
    pages = [
        _page(1, [
            " Denna delegationsordning anger vilka beslut nämnden har delegerat.",
            "Område/ärende                                 Nivå  Stöd i lag",
            "1. Gator och trafik",
            "Tilldelningsbeslut i upphandling i ärenden där",
            "nämnden inte tidigare har fattat något",
            "principbeslut                                 EKC   LOU",
            "Beslut om plats i särskilt boende för äldre i",
            "ärenden där nämnden inte tidigare har fattat        4 kap. 1 §",
            "något principbeslut                           GC    SoL",
            "Beslut om disciplinpåföljd i ärenden där",
            "principbeslut                                 EKC   AB § 11",
        ]),
    ]  # fmt: skip
    blocks = find_blocks(pages)
    rows = [b.row for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.fields["matter"], r.fields["delegate"]) for r in rows] == [
        ("Tilldelningsbeslut i upphandling i ärenden där nämnden inte tidigare har fattat något "
         "principbeslut", "EKC"),
        ("Beslut om plats i särskilt boende för äldre i ärenden där nämnden inte tidigare har fattat något "
         "principbeslut", "GC"),
        ("Beslut om disciplinpåföljd i ärenden där principbeslut", "EKC"),
    ]  # fmt: skip
    assert any("Gator och trafik" in " ".join(b.section) for b in blocks if b.kind is BlockKind.TABLE_ROW)


def test_a_legend_of_three_cells_and_a_first_row_with_its_own_code_are_kept() -> None:
    """A legend line of code, role and ersättare is an entry, not column names; a table's first row
    whose delegate stands nowhere else is a row all the same when it is numbered or an acronym."""
    legend = [
        " Nämnden har delegerat följande beslut.",
        " Förkortningar",
        " Ordf   Socialnämndens ordförande    Vice ordförande",
        " SC     Socialchef                   Avdelningschef",
        " AU     Arbetsutskottet              Socialnämnden",
        "",
        " Delegationsförteckning",
        " Nr    Ärende                                              Delegat     Lagrum",
        " 1.1   Beslut om ledighet utan lön upp till sex månader    SC          AB § 11",
        " 1.2   Beslut om bidrag till föreningar                    AU          KL",
    ]
    blocks = find_blocks([_page(1, legend)])
    assert [e.abbreviation for b in blocks if b.kind is BlockKind.LEGEND for e in b.legend] == [
        "Ordf",
        "SC",
        "AU",
    ]
    numbered = [
        " 1     Beslut om ledighet utan lön upp till sex månader    VC        AB § 11",
        " 2     Beslut om att inleda utredning                      SS        11 kap. 1 § SoL",
        " 3     Beslut om bistånd i form av hemtjänst                SS        4 kap. 1 § SoL",
        " 4     Beslut om bidrag till föreningar                    EC        KL",
    ]
    acronym = [
        " Beslut om ledighet utan lön upp till sex månader    MAS       AB § 11",
        " Beslut om att inleda utredning                      SS        11 kap. 1 § SoL",
        " Beslut om bistånd i form av hemtjänst                SS        4 kap. 1 § SoL",
        " Beslut om bidrag till föreningar                    EC        KL",
    ]
    for table in (numbered, acronym):
        lines = [" Socialnämnden delegerar beslutanderätt enligt följande.", *table]
        rows = [b.row for b in find_blocks([_page(1, lines)]) if b.kind is BlockKind.TABLE_ROW]
        assert rows[0].fields["matter"] == "Beslut om ledighet utan lön upp till sex månader", table[0]
