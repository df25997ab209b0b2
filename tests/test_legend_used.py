"""Codes a document's tables use, defined wherever the document defines them (ingest.legend_used),
and the legend and table readers that meet them first (ingest.legend, ingest.tables)."""

from __future__ import annotations

from pathlib import Path

from ingest.legend import LegendEntry, is_legend_table_header, parse_legend_line
from ingest.legend_used import codes_used, definitions
from ingest.lines import Line
from ingest.pipeline import Source, parse
from ingest.table_header import match_header
from ingest.tables import TableRow, read_table

FIXTURES = Path(__file__).parent / "fixtures"


def _line(raw: str, page: int = 1, gap: bool = False) -> Line:
    return Line(page, raw, gap, 0, 0)


def test_codes_are_read_from_delegate_cells_with_their_joins() -> None:
    cells = ["BLH", "BC eller MC", "Ordf/V ordf", "kommundirektör", "KSAU, KSO", "(FC)"]
    assert codes_used(cells) == {"BLH", "BC", "MC", "Ordf", "KSAU", "KSO", "FC"}


def test_a_used_code_is_defined_in_any_of_the_common_forms() -> None:
    codes = {"KSO", "KD", "EC", "BLH", "MAS"}
    lines = [
        "KSO: Kommunstyrelsens ordförande",
        "KD = kommundirektör",
        "EC – ekonomichef",
        "BLH  Bygglovshandläggare",
        "Medicinskt ansvarig sjuksköterska (MAS) ansvarar för ...",
    ]
    found = {e.abbreviation: e.expansion for e in definitions(codes, lines)}
    assert found == {
        "KSO": "Kommunstyrelsens ordförande",
        "KD": "kommundirektör",
        "EC": "ekonomichef",
        "BLH": "Bygglovshandläggare",
        "MAS": "Medicinskt ansvarig sjuksköterska",
    }


def test_several_codes_on_one_line_each_get_their_words() -> None:
    line = "Koder: FC förvaltningschef  AC avdelningschef  BLC bygglovschef  TI trafikingenjör"
    found = definitions({"FC", "AC", "BLC", "TI"}, [line])
    assert found == [
        LegendEntry("FC", "förvaltningschef"),
        LegendEntry("AC", "avdelningschef"),
        LegendEntry("BLC", "bygglovschef"),
        LegendEntry("TI", "trafikingenjör"),
    ]


def test_a_sentence_or_an_unused_code_defines_nothing() -> None:
    assert definitions({"KD"}, ["KD beslutar om attest i övrigt."]) == []  # no separator, not its letters
    assert definitions({"KD"}, ["PBL: plan- och bygglagen"]) == []  # a code the tables do not use
    assert definitions({"FC"}, ["FC: AU"]) == []  # another code is no expansion


def test_codes_of_two_short_words_in_a_legend_table() -> None:
    assert parse_legend_line("V ordf        Socialnämndens vice ordförande") == [
        LegendEntry("V ordf", "Socialnämndens vice ordförande")
    ]
    assert parse_legend_line("1:e SS        Förste socialsekreterare") == [
        LegendEntry("1:e SS", "Förste socialsekreterare")
    ]


def test_a_legend_header_broken_inside_a_word_is_still_a_legend_header() -> None:
    assert is_legend_table_header(" Förkortnin       Delegat")  # "Förkortnin" over "g"
    assert not is_legend_table_header(" Nr     Ärende")


def test_a_table_ends_where_another_tables_header_starts() -> None:
    legend_header = "Kod           Delegat"
    lines = [
        _line(legend_header),
        _line("LH            LSS-handläggare"),
        _line("AH            Avgiftshandläggare"),
        _line(
            "Nr    Ärende                                     Lagrum          Delegat   Anmärkning", page=2
        ),
        _line("1.1   Beslut i brådskande ärenden                6 kap. 39 § KL  Ordf", page=2),
    ]
    header = match_header(legend_header)
    assert header is not None
    items, end = read_table(lines, 0, header)
    assert end == 3  # the delegation table's header is not a row of the legend table
    assert all(isinstance(x, TableRow) and x.page == 1 for x in items)


def test_a_wrapped_headers_second_line_does_not_end_the_table() -> None:
    lines = [
        _line("   Nr      Ärende                     Lagrum/         Beslutande     Kommentar/"),
        _line("                                      Hänvisning      nivå           villkor"),
        _line("   A1      Avslag på begäran          OSL 6 kap. 3 §  FC"),
        _line("   A2      Yttrande till domstol      KL 6 kap. 37 §  SC             Anmäls"),
    ]
    header = match_header(lines[0].raw)
    assert header is not None
    items, end = read_table(lines, 0, header)
    assert end == 4 and [r.fields["number"] for r in items if isinstance(r, TableRow)] == ["A1", "A2"]


def test_a_legend_in_every_pages_head_expands_the_vidaredelegering_table() -> None:
    """broad12: the codes are defined only in a running header ("Koder: FC förvaltningschef ..."),
    and the table's "Vidaredelegeras till" column says who decides."""
    name = "vidaredelegering-samhallsbyggnad-2026.pdf"
    parsed, _ = parse(Source(FIXTURES / "broad12" / "pdf" / name, name, None), "0" * 64, 350)
    legend = {a.abbreviation: a.expansion for a in parsed.abbreviations}
    assert legend["BLH"] == "bygglovshandläggare" and legend["TI"] == "trafikingenjör"
    startbesked = [d for d in parsed.decisions if d.source == "table" and d.matter == "Startbesked"]
    assert [d.decider for d in startbesked] == ["byggnadsinspektör"]


def test_a_legend_in_an_appendix_with_a_broken_header_word_expands_the_tables() -> None:
    """broad10: the legend stands last, under a header whose first name breaks inside the word."""
    name = "mbn-delegationsordning.pdf"
    parsed, _ = parse(Source(FIXTURES / "broad10" / "pdf" / name, name, None), "0" * 64, 350)
    deciders = {d.decider for d in parsed.decisions if d.source == "table"}
    assert "bygglovshandläggare" in deciders and "byggnadsinspektör" in deciders
    assert not deciders & {"BH", "BI", "BC"}


def test_a_limit_stated_in_the_matter_is_the_row_delegates_limit() -> None:
    """broad10: "Avskrivning av fordran upp till 50 000 kr per gäldenär | Ekonomichef" and "... över
    50 000 kr ... | KSAU": the limits stand in the matter cells, and a question's amount must meet them."""
    name = "ks-delegeringsordning.pdf"
    parsed, _ = parse(Source(FIXTURES / "broad10" / "pdf" / name, name, None), "0" * 64, 350)
    rows = {d.matter: d for d in parsed.decisions if d.source == "table" and "fordran" in d.matter}
    upto = next(d for m, d in rows.items() if "upp till 50 000" in m)
    over = next(d for m, d in rows.items() if "över 50 000" in m)
    assert upto.limit is not None and (upto.limit.amount, upto.limit.bound) == (50000.0, "max")
    assert over.limit is not None and (over.limit.amount, over.limit.bound) == (50000.0, "min")
