"""Delegation lists without a table header (ingest.leader_rows), legends set as a grid of
definitions, and the row conditions such lists carry. Every PDF here is a fictitious test document."""

from __future__ import annotations

from pathlib import Path

from pdfgen import tab_stops_pdf

from ingest.deciders import DeciderReader
from ingest.decisions_table import row_decisions
from ingest.leader_rows import is_delegate, read_blocks, read_list, starts_blocks, starts_list
from ingest.legend import LegendEntry, parse_legend_line
from ingest.lines import Line
from ingest.pdf import read_pages
from ingest.pipeline import Source, parse
from ingest.table_header import match_header
from ingest.tables import TableRow, read_table
from ingest.typed_columns import complete
from store.schema import Limit


def _line(raw: str, page: int = 1, gap: bool = False) -> Line:
    return Line(page, raw, gap, 0, 0)


def test_a_delegate_cell_is_codes_or_bodies_and_roles() -> None:
    assert is_delegate("KSAU") and is_delegate("EC/FC") and is_delegate("Ordf")
    assert is_delegate("kommundirektör") and is_delegate("KD eller kommunjurist")
    assert not is_delegate("Beslut om bidrag") and not is_delegate("12") and not is_delegate("3 000 kr")


def test_dot_leaders_make_a_row_and_the_indented_line_its_condition() -> None:
    lines = [
        _line("  2.2        Avskrivning av fordran             ......................               EKC"),
        _line("                Högst 1 prisbasbelopp per fordran; därutöver KD upp till 5 prisbasbelopp"),
        _line("  2.3        Placering av likvida medel enligt finanspolicyn     ..........       EKC/KD"),
        _line("  3 Personal", gap=True),
    ]
    assert starts_list(lines, 0)
    rows, end = read_list(lines, 0)
    assert end == 3
    assert [(r.fields["number"], r.fields["matter"], r.fields["delegate"]) for r in rows] == [
        ("2.2", "Avskrivning av fordran", "EKC"),
        ("2.3", "Placering av likvida medel enligt finanspolicyn", "EKC/KD"),
    ]
    assert rows[0].fields["condition"].startswith("Högst 1 prisbasbelopp")
    assert "condition" not in rows[1].fields


def test_without_leaders_one_numbered_line_is_not_a_list() -> None:
    """A numbered paragraph that ends in a wide gap and a capitalised word is no row on its own."""
    alone = [_line("  4.1   Kommunstyrelsen ansvarar för uppföljningen          KS"), _line("Löptext här.")]
    assert not starts_list(alone, 0)
    two = [
        _line("  4.1   Anställning av förvaltningschef                 KD"),
        _line("  4.2   Lönesättning vid nyanställning                  HRC"),
    ]
    assert starts_list(two, 0)
    toc = [_line("  1.1   Inledning ..................................... 3")]
    assert not starts_list(toc, 0)  # a table of contents ends in a page number, not a delegate


def test_a_grid_of_definitions_is_a_legend_and_a_slash_reads_as_either() -> None:
    raw = "IU = individutskottet          Ordf = socialnämndens ordförande          SC = socialchef"
    assert parse_legend_line(raw) == [
        LegendEntry("IU", "individutskottet"),
        LegendEntry("Ordf", "socialnämndens ordförande"),
        LegendEntry("SC", "socialchef"),
    ]
    reader = DeciderReader(
        {"KAC": "kanslichef", "KJ": "kommunjurist", "EC/VC": "enhetschef (den som är chef)"}
    )
    assert reader.cell("KAC/KJ").name == "kanslichef eller kommunjurist"  # type: ignore[union-attr]
    assert reader.cell("EC/VC").name == "enhetschef"  # type: ignore[union-attr]  # the gloss is no name


def test_then_a_decider_up_to_a_higher_limit_starts_where_the_first_ends() -> None:
    reader = DeciderReader({"EKC": "ekonomichef", "KD": "kommundirektör"})
    rows = row_decisions(
        "EKC", "Högst 1 prisbasbelopp per fordran; därutöver KD upp till 5 prisbasbelopp", reader
    )
    assert [(d.decider.name, d.limit) for d in rows] == [
        ("ekonomichef", Limit(1, "prisbasbelopp", "max")),
        ("kommundirektör", Limit(5, "prisbasbelopp", "max", floor=1)),
    ]


def test_a_list_with_dot_leaders_is_read_as_decision_rights_from_a_pdf(tmp_path: Path) -> None:
    pdf = tab_stops_pdf(
        tmp_path / "delegationsordning-lista.pdf",
        [
            [
                "# Delegationsordning för kommunstyrelsen",
                "Fiktivt testdokument. Fastställd av kommunstyrelsen 2026-01-13, § 4.",
                "",
                "Förkortningar",
                [(20, "KD: kommundirektör"), (100, "UPC: upphandlingschef")],
                [(20, "KSAU: kommunstyrelsens arbetsutskott"), (100, "EKC: ekonomichef")],
                "",
                "2 Ekonomi",
                [(20, "2.1"), (32, "Upphandling och avrop för kommunstyrelsen"), (110, "..........."),
                 (175, "UPC")],
                [(36, "Högst 500 000 kr. Över 500 000 kr: KD.")],
                [(20, "2.2"), (32, "Avskrivning av fordran"), (110, "....................."), (175, "EKC")],
            ]
        ],
    )  # fmt: skip
    parsed, _ = parse(Source(pdf, pdf.name, None), "-", 350)
    assert {a.abbreviation: a.expansion for a in parsed.abbreviations} == {
        "KD": "kommundirektör", "UPC": "upphandlingschef", "KSAU": "kommunstyrelsens arbetsutskott",
        "EKC": "ekonomichef",
    }  # fmt: skip
    got = {
        (d.matter, d.decider, d.limit.bound if d.limit else None)
        for d in parsed.decisions
        if d.source == "table"
    }
    assert ("Upphandling och avrop för kommunstyrelsen", "upphandlingschef", "max") in got
    assert ("Upphandling och avrop för kommunstyrelsen", "kommundirektör", "min") in got
    assert ("Avskrivning av fordran", "ekonomichef", None) in got


def test_a_table_whose_column_names_are_unknown_is_read_by_what_its_cells_hold(tmp_path: Path) -> None:
    """A two-line header in words no vocabulary lists ("Fråga / som avgörs", "Nivå"): the columns
    are typed by their cells, the delegate column by its codes."""
    row = [(20, ""), (30, ""), (100, ""), (125, ""), (150, "")]

    def line(*cells: str) -> list[tuple[float, str]]:
        return [(x, text) for (x, _), text in zip(row, cells, strict=True) if text]

    pdf = tab_stops_pdf(
        tmp_path / "delegationsordning-kultur.pdf",
        [
            [
                "# Delegationsordning för kulturnämnden",
                "Fiktivt testdokument. Nämnden delegerar beslutanderätt enligt förteckningen nedan.",
                "Förkortningar: KC = kulturchef, BC = bibliotekschef, KNAU = kulturnämndens arbetsutskott.",
                "",
                line("Punkt", "Fråga", "Nivå", "Stöd", "Not"),
                line("", "som avgörs", "", "", ""),
                line("1.1", "Bidrag till kulturförening", "KC", "KL 6:37", "Högst 20 000 kr"),
                line("1.2", "Avstängning av låntagare", "BC", "BiblL", "Högst 6 månader"),
                line("1.3", "Stipendier till unga kulturutövare", "KNAU", "KL 6:37", ""),
                line("1.4", "Lån av konst till förvaltningar", "KC", "–", ""),
            ]
        ],
    )
    parsed, _ = parse(Source(pdf, pdf.name, None), "-", 350)
    got = {(d.matter, d.decider) for d in parsed.decisions if d.source == "table"}
    assert ("Bidrag till kulturförening", "kulturchef") in got
    assert ("Avstängning av låntagare", "bibliotekschef") in got
    assert ("Stipendier till unga kulturutövare", "kulturnämndens arbetsutskott") in got


def test_items_set_as_labelled_blocks_are_rows() -> None:
    """A web page printed to PDF: "Punkt 2.4" / "Ärende: ..." / "Delegat: ..." per item. The
    document's own decision in labelled lines ("Beslut: SN 2025-12-09, § 112") is no row."""
    lines = [
        _line("   Punkt 2.4"),
        _line("   Ärende: Bistånd i form av korttidsvistelse"),
        _line("   Delegat: BiH"),
        _line("   Villkor: Högst 30 dygn per tillfälle"),
        _line("   Punkt 2.5", gap=True),
        _line("   Ärende: Bistånd i form av plats i särskilt boende"),
        _line("   Delegat: EC alt. VC"),
        _line("   3 Insatser enligt LSS", gap=True),
    ]
    rows, end = read_blocks(lines, 0)
    assert end == 7
    assert [(r.fields["number"], r.fields["matter"], r.fields["delegate"]) for r in rows] == [
        ("2.4", "Bistånd i form av korttidsvistelse", "BiH"),
        ("2.5", "Bistånd i form av plats i särskilt boende", "EC alt. VC"),
    ]
    assert rows[0].fields["condition"] == "Högst 30 dygn per tillfälle"
    own = [_line("Beslutsinstans: Socialnämnden"), _line("Beslut: SN 2025-12-09, § 112")]
    assert not starts_blocks(own, 0)
    reader = DeciderReader({"EC": "enhetschef", "VC": "verksamhetschef"})
    assert reader.cell("EC alt. VC").name == "enhetschef eller verksamhetschef"  # type: ignore[union-attr]


def test_a_section_in_the_number_column_and_rows_grouped_under_a_delegate() -> None:
    header = "   Nr      Ärende                           Delegat      Lagrum"
    lines = [
        _line(header),
        _line("   A       Allmänna ärenden"),
        _line("   A1      Avslag på begäran om handling    FC           OSL 6:3"),
        _line("   A2      Yttrande till Skolinspektionen   SC           SL 26 kap."),
    ]
    parsed = match_header(header)
    assert parsed is not None
    items, _ = read_table(lines, 0, parsed)
    assert [type(x).__name__ for x in items] == ["SectionRow", "TableRow", "TableRow"]
    grouped = "   Vidaredelegat         Punkt      Ärende                                  Villkor"
    lines = [
        _line(grouped),
        _line("   Ekonomichef           3.2        Upphandling inom avdelningens budget    Högst 15 pbb"),
        _line("                         3.5        Avskrivning av osäker fordran           Högst 3 pbb"),
        _line("   HR-chef               2.2        Anställning av enhetschef               –"),
    ]
    parsed = match_header(grouped)  # "Vidaredelegat" names who decides; the cells type the rest
    assert parsed is not None and parsed.columns[0].field == "delegate"
    completed = complete(lines, 0, parsed)
    assert [c.field for c in completed.columns] == ["delegate", "number", "matter", "condition"]
    items, _ = read_table(lines, 0, completed)
    assert [(r.fields["number"], r.fields["delegate"]) for r in items if isinstance(r, TableRow)] == [
        ("3.2", "Ekonomichef"), ("3.5", "Ekonomichef"), ("2.2", "HR-chef"),
    ]  # fmt: skip


def test_a_page_printed_rotated_gets_layout_text() -> None:
    """A landscape table inserted with /Rotate 90: pypdf's layout mode gives nothing for it until the
    rotation is moved into the page's content (fixture from tests/fixtures/broad7)."""
    pdf = (
        Path(__file__).parent
        / "fixtures"
        / "broad7"
        / "pdf"
        / "beslutsordning-kommunledningsforvaltningen-2026.pdf"
    )
    pages = read_pages(pdf)
    assert "Vidaredelegat" in pages[1].layout and "Ekonomichef" in pages[1].layout


def test_no_range_across_periods_and_no_row_from_a_checklist_or_history() -> None:
    reader = DeciderReader({"SS": "socialsekreterare", "IU": "individutskottet"})
    rows = row_decisions(
        "SS", "Högst 1 prisbasbelopp per tillfälle; därutöver IU upp till 5 prisbasbelopp per år", reader
    )
    assert rows[1].limit == Limit(5, "prisbasbelopp", "max")  # per år is no continuation of per tillfälle
    checklist = [
        _line("  1.1   Har ansökan kommit in i tid?          Ja/Nej"),
        _line("  1.2   Finns intyg?   Ja/Nej"),
    ]
    assert not starts_list(checklist, 0)
    history = [_line("  1.0   2019-03-12 Antagen av fullmäktige ........ KF")]
    assert not starts_list(history, 0)


def test_rows_grouped_under_a_delegate_without_a_number_column() -> None:
    """The delegate set once beside several rows, no number column: each matter is a row of its own."""
    grouped = "   Delegat               Ärende                                  Villkor"
    lines = [
        _line(grouped),
        _line("   Ekonomichef           Upphandling inom avdelningens budget    Högst 15 pbb"),
        _line("                         Avskrivning av osäker fordran           Högst 3 pbb"),
        _line("   HR-chef               Anställning av enhetschef               –"),
    ]
    header = match_header(grouped)
    assert header is not None
    items, _ = read_table(lines, 0, header)
    rows = [(r.fields["matter"], r.fields["delegate"]) for r in items if isinstance(r, TableRow)]
    assert rows == [
        ("Upphandling inom avdelningens budget", "Ekonomichef"),
        ("Avskrivning av osäker fordran", "Ekonomichef"),
        ("Anställning av enhetschef", "HR-chef"),
    ]


def test_a_delegate_cell_merged_over_rows_after_the_matter() -> None:
    """A merged delegate cell printed once, centred or low: the rows above it at the head of the
    section are its rows; a row with no delegate elsewhere (below it, a sum) gets none, as nothing
    tells whose it is."""
    header = "  Nr    Beslut                                        Delegat     Ersättare"
    lines = [
        _line(header),
        _line("  2 Ekonomi"),
        _line("  2.1   Inköp av varor för att hantera händelsen                  BKD"),
        _line("  2.2   Omfördelning av personal                      KD          BKD"),
        _line("  2.3   Tillfällig stängning av verksamhet                        BKD"),
        _line("  2.4   Inköp över 5 mnkr                             ORD         VORD"),
        _line("  2.5   Summa"),
    ]
    parsed = match_header(header)
    assert parsed is not None
    items, _ = read_table(lines, 0, parsed)
    assert [(r.fields["number"], r.fields.get("delegate", "")) for r in items if isinstance(r, TableRow)] == [
        ("2.1", "KD"), ("2.2", "KD"), ("2.3", ""), ("2.4", "ORD"), ("2.5", ""),
    ]  # fmt: skip


def test_a_legend_row_whose_type_column_says_delegat_is_no_table_header() -> None:
    """A legend table "Förkortning | Betydelse | Typ" whose rows end in "Delegat" or "Lag/förordning"
    (fixture from tests/fixtures/broad21): every row is a code of the legend, none the header of a
    delegation table, so the codes of the table after it are spelled out."""
    pdf = Path(__file__).parent / "fixtures" / "broad21" / "pdf" / "ljungfors-mbn-delegationsordning.pdf"
    doc, _ = parse(Source(pdf, pdf.name, None), "-", 350)
    codes = {a.abbreviation: a.expansion for a in doc.abbreviations}
    assert codes.get("BC") == "Bygglovschefen" and codes.get("LI") == "Livsmedelsinspektör"
    assert not [r for r in doc.decisions if r.decider in ("delegat", "lag/förordning")]
    assert ("Beslut om rivningslov", "bygglovshandläggare") in [(r.matter, r.decider) for r in doc.decisions]
