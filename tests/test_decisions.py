"""Decision records: limits, deciders, table rows with several deciders, and statements in prose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.deciders import DeciderReader
from ingest.decisions import DocumentSource, extract_decisions
from ingest.decisions_table import row_decisions
from ingest.decisions_text import statements
from ingest.pdf import read_pages
from ingest.structure import find_blocks
from store.limits import parse_limit
from store.schema import Limit

STYRMODELL = Path(__file__).resolve().parents[1] / "corpus" / "styrmodellen-askersund.pdf"
LEGEND = {
    "BLH": "bygglovshandläggare",
    "BC": "bygglovschef",
    "MI": "miljöinspektör",
    "HI": "hälsoskyddsinspektör",
    "MC": "miljöchef",
    "AU": "socialnämndens arbetsutskott",
    "SS": "socialsekreterare",
    "1:e SS": "förste socialsekreterare",
    "EC": "enhetschef",
    "Ordf": "nämndens ordförande",
}


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Högst 100 000 kr per tillfälle", Limit(100000, "kr", "max")),
        ("Upp till 5 prisbasbelopp.", Limit(5, "prisbasbelopp", "max")),
        ("Över 1 000 000 kr", Limit(1000000, "kr", "min")),
        ("där kostnaden beräknas överstiga 2 prisbasbelopp", Limit(2, "prisbasbelopp", "min")),
        ("när köpeskillingen uppgår till högst 10 miljoner kronor", Limit(10_000_000, "kr", "max")),
        ("Högst 0,3 prisbasbelopp per hushåll och år", Limit(0.3, "prisbasbelopp", "max")),
        ("Upp till 40 procent av prisbasbeloppet", Limit(0.4, "prisbasbelopp", "max")),
        ("högst fem inkomstbasbelopp", Limit(5, "inkomstbasbelopp", "max")),
        ("upp till femtio miljoner kronor (50 mnkr) hos en motpart", Limit(50_000_000, "kr", "max")),
        ("högst femton prisbasbelopp", Limit(15, "prisbasbelopp", "max")),
        ("Högst 500 tkr", Limit(500000, "kr", "max")),
        ("Högst 50 procent av avgiften", Limit(50, "procent", "max")),
        ("Avtalstid högst 3 år och hyra högst 300 000 kr per år", Limit(300000, "kr", "max")),
        ("Högst 30 dygn per tillfälle", None),  # a duration, not an amount
        ("Enligt taxa, 1 400 kr per timme", None),  # an amount nothing bounds
    ],
)
def test_limits(text: str, limit: Limit | None) -> None:
    assert parse_limit(text) == limit


def test_limit_text() -> None:
    assert Limit(100000, "kr", "max").text() == "högst 100 000 kr"
    assert Limit(0.5, "prisbasbelopp", "min").text() == "över 0,5 prisbasbelopp"


@pytest.mark.parametrize(
    ("cell", "name", "code"),
    [
        ("BLH", "bygglovshandläggare", "BLH"),
        ("1:e SS", "förste socialsekreterare", "1:e SS"),
        ("BC, MC", "bygglovschef, miljöchef", "BC, MC"),
        ("MI eller HI", "miljöinspektör eller hälsoskyddsinspektör", "MI eller HI"),
        ("KS", "kommunstyrelsen", "KS"),  # a code of the shared vocabulary
        ("Nämnden", "socialnämnden", None),  # the document's own nämnd
        ("Delegaten i ursprungsbeslutet", "delegaten i ursprungsbeslutet", None),
        ("Bygglovshandläggare (BLH)", "bygglovshandläggare", None),
        ("SBC", "SBC", "SBC"),  # a code the legend does not explain stays a code
        # the function decides, not the person; each of two alternatives named with its holder
        (
            "Ekonomichefen (Jonas Berg) eller redovisningschefen (Lina Kvist)",
            "ekonomichef eller redovisningschef",
            None,
        ),
        (
            "Nämndens ordförande (Lars Dahl), vid förhinder vice ordföranden",
            "socialnämndens ordförande",
            None,
        ),
    ],
)
def test_delegate_cells_are_spelled_out(cell: str, name: str, code: str | None) -> None:
    found = DeciderReader(LEGEND, "socialnämnden").cell(cell)
    assert found is not None and (found.name, found.code) == (name, code)


def test_whose_is_not_who() -> None:
    reader = DeciderReader({})
    assert reader.phrase_at("kommunfullmäktiges beslut", 0) is None
    found = reader.phrase_at("socialnämndens arbetsutskott (AU) eller ansvarig nämnd", 0)
    assert found is not None and found.name == "socialnämndens arbetsutskott eller ansvarig nämnd"


def _rows(delegate: str, condition: str) -> list[tuple[str, str | None, str | None]]:
    reader = DeciderReader(LEGEND | {"SBC": "samhällsbyggnadschef", "SBN": "samhällsbyggnadsnämnden"})
    return [
        (d.decider.name, d.condition, d.limit.text() if d.limit else None)
        for d in row_decisions(delegate, condition, reader)
    ]


@pytest.mark.parametrize(
    ("delegate", "condition", "records"),
    [
        (
            "SBC",
            "Högst 100 000 kr. Över 100 000 kr: nämndens ordförande.",
            [
                ("samhällsbyggnadschef", "Högst 100 000 kr", "högst 100 000 kr"),
                ("nämndens ordförande", "Över 100 000 kr", "över 100 000 kr"),
            ],
        ),
        (
            "BC",
            "Upp till 5 prisbasbelopp. Däröver: AU.",
            [
                ("bygglovschef", "Upp till 5 prisbasbelopp", "högst 5 prisbasbelopp"),
                ("socialnämndens arbetsutskott", "Däröver (över 5 prisbasbelopp)", "över 5 prisbasbelopp"),
            ],
        ),
        (  # the delegate's limit is what the other decider's "över" leaves
            "AU",
            "Över 5 prisbasbelopp: SBN",
            [
                ("socialnämndens arbetsutskott", None, "högst 5 prisbasbelopp"),
                ("samhällsbyggnadsnämnden", "Över 5 prisbasbelopp", "över 5 prisbasbelopp"),
            ],
        ),
        (
            "MI",
            "Utan vite. Med vite: MC.",
            [("miljöinspektör", "Utan vite", None), ("miljöchef", "Med vite", None)],
        ),
        (
            "SBC",
            "Högst 500 000 kronor per tillfälle; högre belopp beslutas av SBN",
            [
                ("samhällsbyggnadschef", "Högst 500 000 kronor per tillfälle", "högst 500 000 kr"),
                ("samhällsbyggnadsnämnden", "högre belopp (över 500 000 kr)", "över 500 000 kr"),
            ],
        ),
        (
            "Ordf",
            "Vid förfall för Ordf beslutar vice ordföranden. Anmäls vid nästa sammanträde.",
            [
                ("nämndens ordförande", "Anmäls vid nästa sammanträde", None),
                ("vice ordförande", "Vid förfall för nämndens ordförande", None),
            ],
        ),
        (
            "BLH",
            "Om ärendet inte är av principiell betydelse",
            [("bygglovshandläggare", "Om ärendet inte är av principiell betydelse", None)],
        ),  # noqa: E501
        (  # a limit in time: the other decider's condition states the other side of it
            "BLH",
            "Högst 3 månader. Längre tid: SBC",
            [
                ("bygglovshandläggare", "Högst 3 månader", None),
                ("samhällsbyggnadschef", "Längre tid (över 3 månader)", None),
            ],
        ),
        (
            "BLH",
            "Upp till 120 timmar per månad. Däröver: SBC",
            [
                ("bygglovshandläggare", "Upp till 120 timmar per månad", None),
                ("samhällsbyggnadschef", "Däröver (över 120 timmar)", None),
            ],
        ),
        (  # alternatives, each given its own limit by a labelled clause: the row is theirs alone
            "MI eller MC",
            "MI: vite högst 50 000 kr. MC: vite högst 200 000 kr.",
            [
                ("miljöinspektör", "vite högst 50 000 kr", "högst 50 000 kr"),
                ("miljöchef", "vite högst 200 000 kr (över 50 000 kr)", "50 000–200 000 kr"),
            ],
        ),
    ],
)
def test_a_row_with_several_deciders_is_several_records(
    delegate: str, condition: str, records: list[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(delegate, condition) == records


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Visionen har ett tidsperspektiv på flera decennier och beslutas av kommunfullmäktige.",
         [("Visionen", "kommunfullmäktige", None)]),
        ("Planerna beslutas av fullmäktige om lagstiftningen kräver det, annars av nämnden.",
         [("Planerna", "kommunfullmäktige", "om lagstiftningen kräver det"),
          ("Planerna", "nämnden", "i andra fall än om lagstiftningen kräver det")]),
        ("Ett program kan beredas av en eller flera nämnder, men det är kommunfullmäktige som "
         "fastställer det.",
         [("Ett program", "kommunfullmäktige", None)]),
        ("Programmet bereds av kommunstyrelsen och fastställs av kommunfullmäktige.",
         [("Programmet", "kommunfullmäktige", None)]),
        ("Kommunstyrelsen beslutar om köp av fast egendom när köpeskillingen uppgår till högst 10 mnkr.",
         [("köp av fast egendom", "kommunstyrelsen", "när köpeskillingen uppgår till högst 10 mnkr")]),
        ("Mindre redaktionella ändringar kan beslutas av nämnden själv, medan större justeringar "
         "kräver beslut av kommunfullmäktige.",
         [("Mindre redaktionella ändringar", "nämnden", None),
          ("större justeringar", "kommunfullmäktige", None)]),
        ("På tjänstemannanivå fattar förvaltningschefen beslut inom sin förvaltning, medan kommundirektören "
         "beslutar i frågor som rör flera förvaltningar.",
         [("beslut inom sin förvaltning", "förvaltningschef", "På tjänstemannanivå"),
          ("frågor som rör flera förvaltningar", "kommundirektör", None)]),
        ("I ärenden som berör flera förvaltningar beslutar kommundirektören.",
         [("ärenden som berör flera förvaltningar", "kommundirektör", None)]),
        ("Det är kommunfullmäktige som fastställer policyn och beslutar om ändringar i den.",
         [("policyn", "kommunfullmäktige", None), ("ändringar i den", "kommunfullmäktige", None)]),
        ("Markanvisning sker enligt de riktlinjer som kommunstyrelsen beslutar.",
         [("riktlinjer", "kommunstyrelsen", None)]),
        ("Beslut som går utöver delegationen fattas av förste socialsekreterare (1:e SS) eller "
         "enhetschef (EC).",
         [("Beslut som går utöver delegationen", "förste socialsekreterare eller enhetschef", None)]),
        ("Förelägganden utan vite beslutas av MI eller HI enligt nämndens delegationsordning.",
         [("Förelägganden utan vite", "miljöinspektör eller hälsoskyddsinspektör", None)]),
        ("Beslut om bostadsanpassningsbidrag delegeras till handläggare.",
         [("Beslut om bostadsanpassningsbidrag", "handläggare", None)]),
        # no decision right: a past decision, preparation only, no decider, a pronoun for a decider
        ("Kommunfullmäktige beslutade 2024-11-25, § 118, om kommunens mål för arbetsmarknadsinsatser.", []),
        ("Vissa planer krävs enligt lag och tas fram av berörd nämnd på uppdrag av fullmäktige.", []),
        ("I uppdragsplanerna fastställs uppdrag för de verksamheter som ingår i nämndens ansvarsområde.", []),
        ("Den som beslutar på delegation gör det i nämndens namn.", []),
        ("Verksamhetsplanen respekterar de riktlinjer som beslutats av nämnden.", []),
    ],
)  # fmt: skip
def test_decision_statements_in_prose(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    reader = DeciderReader(LEGEND)
    assert [(s.matter, s.decider.name, s.condition) for s in statements(sentence, reader)] == expected


@pytest.mark.skipif(not STYRMODELL.exists(), reason="corpus/styrmodellen-askersund.pdf missing")
def test_the_styrmodell_rules_by_document_type() -> None:
    blocks = find_blocks(read_pages(STYRMODELL))
    doc = DocumentSource("styrmodellen-askersund", "styrmodellen-askersund.pdf")
    records = extract_decisions(doc, blocks, [], [], [])
    got = {(r.matter, r.decider, r.condition, r.page) for r in records}
    assert {
        ("Visionen", "kommunfullmäktige", None, 3),
        ("Planerna", "kommunfullmäktige", "om lagstiftningen kräver det", 3),
        ("Planerna", "nämnden", "i andra fall än om lagstiftningen kräver det", 3),
        ("Uppdragsplanen", "nämnden", None, 4),
        ("Verksamhetsplanen", "förvaltningschef", None, 5),
        ("Ett program", "kommunfullmäktige", None, 6),
        ("Frågor som berör en specifik nämnds verksamhetsområde", "nämnden", None, 2),
    } <= got
    assert all(r.source == "text" and r.quote and r.section for r in records)
    assert len(records) == 16  # and no sentence without a decision right gives one


def test_a_delegation_list_of_labelled_entries(tmp_path: Path) -> None:
    from pdfgen import lines_pdf

    from ingest.pipeline import discover, parse

    pages = [[
        "Delegationsordning för testnämnden", "", "Förkortningar", "BLH = bygglovshandläggare",
        "BC = bygglovschef",
        "", "3. Delegationsförteckning", "", "B.4 Beslut om rivningslov", "Delegat: BLH",
        "Lagrum: 9 kap. 34 § PBL", "Anmärkning: Om ärendet inte är av principiell betydelse", "",
        "B.5 Beslut om byggsanktionsavgift", "Delegat: BC", "Lagrum: 11 kap. 51 § PBL",
        "Anmärkning: Upp till 5 prisbasbelopp. Däröver: nämnden.",
    ]]  # fmt: skip
    parsed, _ = parse(discover([lines_pdf(tmp_path / "list.pdf", pages)])[0], "-", 350)
    got = [
        (d.number, d.matter, d.decider, d.lagrum, d.limit.text() if d.limit else None)
        for d in parsed.decisions
    ]
    assert got == [
        ("B.4", "Beslut om rivningslov", "bygglovshandläggare", "9 kap. 34 § PBL", None),
        ("B.5", "Beslut om byggsanktionsavgift", "bygglovschef", "11 kap. 51 § PBL", "högst 5 prisbasbelopp"),
        ("B.5", "Beslut om byggsanktionsavgift", "testnämnden", "11 kap. 51 § PBL", "över 5 prisbasbelopp"),
    ]
    assert all(d.source == "table" and d.page == 1 for d in parsed.decisions)


def test_labels_on_one_line_and_a_remark_labelled_anm(tmp_path: Path) -> None:
    """ "Delegat: LSS-hl. Lagrum: 9 § 6 LSS." on one line is a delegate and a lagrum; the line
    "Anm.: Högst 10 dygn per månad; därutöver beslutar EC." under it is the condition."""
    from pdfgen import lines_pdf

    from ingest.pipeline import discover, parse

    pages = [[
        "Delegationsordning för socialnämnden", "",
        "Med LSS-hl avses LSS-handläggare och med EC enhetschef.", "",
        "6 Stöd och service enligt LSS", "", "6.3 Beslut om korttidsvistelse utanför det egna hemmet",
        "     Delegat: LSS-hl. Lagrum: 9 § 6 LSS.", "     Anm.: Högst 10 dygn per månad.", "",
        "6.4 Beslut om bostad med särskild service för vuxna", "     Delegat: EC. Lagrum: 9 § 9 LSS.",
    ]]  # fmt: skip
    parsed, _ = parse(discover([lines_pdf(tmp_path / "lss.pdf", pages)])[0], "-", 350)
    got = sorted((d.number, d.decider.lower(), d.lagrum.rstrip("."), d.condition) for d in parsed.decisions)
    assert got == [
        ("6.3", "lss-handläggare", "9 § 6 LSS", "Högst 10 dygn per månad"),
        ("6.4", "enhetschef", "9 § 9 LSS", None),
    ]


def test_an_entrys_remark_naming_another_decider_is_read_with_the_entry_only(tmp_path: Path) -> None:
    """ "Anm.: LSS-hl upp till 40 timmar per vecka; över 40 timmar per vecka beslutar EC." belongs to
    its entry: two records of point 6.1, and no prose record whose matter is "över 40 timmar"."""
    from pdfgen import lines_pdf

    from ingest.pipeline import discover, parse

    pages = [[
        "Delegationsordning för socialnämnden", "",
        "Med LSS-hl avses LSS-handläggare och med EC enhetschef.", "",
        "6 Stöd och service enligt LSS", "", "6.1 Beslut om personlig assistans",
        "     Delegat: LSS-hl / EC. Lagrum: 9 § 2 LSS.",
        "     Anm.: LSS-hl upp till 40 timmar per vecka; över 40 timmar per vecka beslutar EC.",
    ]]  # fmt: skip
    parsed, _ = parse(discover([lines_pdf(tmp_path / "lss.pdf", pages)])[0], "-", 350)
    got = sorted((d.number, d.matter, d.decider.lower(), d.condition) for d in parsed.decisions)
    assert got == [
        ("6.1", "Beslut om personlig assistans", "enhetschef", "över 40 timmar per vecka"),
        ("6.1", "Beslut om personlig assistans", "lss-handläggare", "upp till 40 timmar per vecka"),
    ]


def test_a_remark_labelled_inside_the_lagrum_cell_is_the_rows_condition() -> None:
    """An unruled table can set "4 kap. 1 § SoL. Anm.: Placering längre än 30 dygn beslutas av EC."
    in one cell: the lagrum is the law, the remark names the decider of the longer placement."""
    from ingest.decisions import _labelled_within

    assert _labelled_within("4 kap. 1 § SoL. Anm.: Placering längre än 30 dygn beslutas av EC.", None) == (
        "4 kap. 1 § SoL",
        "Placering längre än 30 dygn beslutas av EC",
    )
    assert _labelled_within("9 kap. 34 § PBL", "Gäller ej q-märkta hus") == (
        "9 kap. 34 § PBL",
        "Gäller ej q-märkta hus",
    )
    assert _labelled_within("4 kap. 1 § SoL. Anm.: Högst 30 dygn.", "Efter utredning") == (
        "4 kap. 1 § SoL",
        "Efter utredning. Högst 30 dygn",
    )


def test_labelled_entries_under_numbered_items_with_a_reference_line(tmp_path: Path) -> None:
    """A vidaredelegering set as numbered items, each with a reference to the nämnd's point, a
    "Vidaredelegeras till:" line and a condition: the matter is the numbered line, not the
    reference; the document's own "Beslutad av:" is no entry."""
    from pdfgen import lines_pdf

    from ingest.pipeline import discover, parse

    pages = [[
        "Förvaltningschefens beslut om vidaredelegering", "", "Beslutad av: Förvaltningschefen", "",
        "Vidaredelegerade ärenden", "",
        "1.   Yttrande i överklagat ärende", "      Punkt A.1.2 i nämndens delegationsordning",
        "      Vidaredelegeras till: Verksamhetschef", "",
        "2.   Inköp av varor och tjänster inom budget", "      Punkt B.1.1 i nämndens delegationsordning",
        "      Vidaredelegeras till: Controller", "      Villkor: Högst 300 000 kr per köp.",
    ]]  # fmt: skip
    parsed, _ = parse(discover([lines_pdf(tmp_path / "vd.pdf", pages)])[0], "-", 350)
    got = [(d.matter, d.decider, d.limit.text() if d.limit else None) for d in parsed.decisions]
    assert got == [
        ("Yttrande i överklagat ärende", "verksamhetschef", None),
        ("Inköp av varor och tjänster inom budget", "controller", "högst 300 000 kr"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Förvaltningschefen har rätt att besluta om avsteg från riktlinjen.",
         [("avsteg från riktlinjen", "förvaltningschef")]),
        ("Riktlinjen ska fastställas av kommunstyrelsen.", [("Riktlinjen", "kommunstyrelsen")]),
        ("Avtal över 5 prisbasbelopp ska godkännas av HR-chefen.",
         [("Avtal över 5 prisbasbelopp", "hr-chef")]),
        ("Nämnden får inte delegera ärenden som enligt lag ska avgöras av nämnden.",
         [("ärenden", "nämnden")]),
        ("Styrelsen har ett utskott, som bereder ärenden som ska avgöras av styrelsen.",
         [("ärenden", "kommunstyrelsen")]),
    ],
)  # fmt: skip
def test_more_statement_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.matter, s.decider.name) for s in statements(sentence, DeciderReader({}))] == expected


def test_a_lead_sentence_gives_its_decider_to_the_list_after_it(tmp_path: Path) -> None:
    from pdfgen import story_pdf

    from ingest.pipeline import discover, parse

    blocks = [
        ("h", "Reglemente för testnämnden"),
        ("h", "3 § Nämndens uppgifter"),
        ("p", "Nämnden beslutar om:"),
        ("p", "• riktlinjer för bidrag till föreningar,"),
        ("p", "• taxor för uthyrning av lokaler, och"),
        ("p", "• nämndens interna kontrollplan."),
        ("p", "Den som beslutar om bidrag är fritidshandläggaren."),
        ("h", "4 § Ansökan om bidrag"),
        ("p", "Ansökan görs på kommunens blankett. Beslut fattas av fritidschefen."),
        ("h", "5 § Övrigt"),
        ("p", "Följande ärenden beslutas av kommunfullmäktige:"),
        ("p", "– nämndens reglemente"),
    ]
    parsed, _ = parse(discover([story_pdf(tmp_path / "lead.pdf", blocks)])[0], "-", 350)
    assert [(d.matter, d.decider) for d in parsed.decisions] == [
        ("riktlinjer för bidrag till föreningar", "testnämnden"),
        ("taxor för uthyrning av lokaler", "testnämnden"),
        ("nämndens interna kontrollplan", "testnämnden"),
        ("bidrag", "fritidshandläggare"),
        ("Beslut (Ansökan om bidrag)", "fritidschef"),  # a matter that says nothing alone: its heading
        ("nämndens reglemente", "kommunfullmäktige"),
    ]
    assert parsed.decisions[0].quote == "Nämnden beslutar om: • riktlinjer för bidrag till föreningar,"


def test_an_askers_figure_in_words_meets_a_limit_in_time() -> None:
    from assistant.decisions import meets, quantities

    asked = quantities("Vår förening har stängts av från hallen i fyra månader.")
    assert [(q.value, q.unit) for q in asked] == [(4.0, "månader")]
    assert meets(quantities("Högst 3 månader")[0], asked[0]) is False
    assert meets(quantities("Längre tid (över 3 månader)")[0], asked[0]) is True


def test_spans_of_time_compare_across_units_and_an_age_is_no_span() -> None:
    from assistant.decisions import meets, quantities

    year = quantities("Får bibliotekschefen stänga av en låntagare i ett helt år?", ages=False)
    half = quantities("Kan chefen stänga av föreningen i ett halvår?", ages=False)
    weeks = quantities("Pappa behöver korttidsvistelse i sex veckor.", ages=False)
    six_months = quantities("Högst 6 månader")[0]
    assert (meets(six_months, year[0]), meets(six_months, half[0]), meets(six_months, weeks[0])) == (
        False,
        True,
        True,
    )
    assert meets(quantities("högst 3 månader")[0], half[0]) is False
    assert quantities("Min mamma är 84 år och vill ha trygghetslarm.", ages=False) == []
    assert [q.value for q in quantities("Min mamma är 84 år.")] == [84.0]  # a condition's age stays
    assert meets(quantities("högst 40 timmar")[0], weeks[0]) is None  # hours and weeks: not compared
    twelve = quantities("Får jag ha bygglovet i 12 månader?", ages=False)[0]
    assert meets(quantities("högst ett år")[0], twelve) is True  # twelve months is a year
    assert [q.value for q in quantities("Om avtalet är 3 år, vem beslutar?", ages=False)] == [3.0]
    assert quantities("Hon fyller 16 år i maj.", ages=False) == []


def test_a_quantity_in_the_genitive_before_a_noun() -> None:
    """ "en ek med 60 centimeters stamdiameter" is 60 centimetres, above "diameter över 40 centimeter"."""
    from assistant.decisions import meets, quantities

    asked = quantities("Jag vill fälla en ek med 60 centimeters stamdiameter.", ages=False)
    assert [(q.value, q.unit) for q in asked] == [(60.0, "centimeter")]
    assert meets(quantities("stammens diameter över 40 centimeter")[0], asked[0]) is True
    assert quantities("5 ms fördröjning") == []  # a one-letter unit takes no genitive s
    assert quantities("från 16 års ålder", ages=False) == []  # an age stays no span of time


def test_an_askers_amount_in_words_and_above_a_figure() -> None:
    from assistant.decisions import admits
    from assistant.question import Amount, amounts_in
    from store.schema import Limit

    asked = amounts_in("bostadsanpassningsbidrag som är större än två prisbasbelopp")
    assert asked == (Amount(2.0, "prisbasbelopp", "min"),)
    ceiling = Limit(amount=2.0, unit="prisbasbelopp", bound="max")
    on = dt.date(2026, 11, 26)
    assert admits(ceiling, asked[0], on) is False  # more than two is above "högst 2 prisbasbelopp"
    assert admits(ceiling, Amount(2.0, "prisbasbelopp"), on) is True
    assert amounts_in("en faktura på 120 000 kr") == (Amount(120000.0, "kr"),)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5 §  Nämnden beslutar om namn på gator.", [("namn på gator", "testnämnden", None)]),
        # a relative clause set off by a comma speaks of the body or role before the comma
        (
            "Ansökan görs till kulturskolechefen, som beslutar om nedsättningen.",
            [("nedsättningen", "kulturskolechef", None)],
        ),
        ("Ärendet bereds av förvaltningen, som därefter lämnar förslag till nämnden.", []),
        ("§ 7 Taxor fastställs av kommunfullmäktige.", [("Taxor", "kommunfullmäktige", None)]),
        ("Projekt med högre utgift beslutas av kommunstyrelsen, och projekt över 20 miljoner kronor av "
         "kommunfullmäktige.",
         [("Projekt med högre utgift", "kommunstyrelsen", None),
          ("projekt över 20 miljoner kronor", "kommunfullmäktige", None)]),
        ("Bidrag beviljas av fritidschefen, och vid belopp över 50 000 kr av nämnden.",
         [("Bidrag", "fritidschef", None), ("Bidrag", "testnämnden", "vid belopp över 50 000 kr")]),
        ("Mindre ändringar beslutas av förvaltningschefen, övriga av nämnden.",
         [("Mindre ändringar", "förvaltningschef", None),
          ("övriga (Mindre ändringar)", "testnämnden", None)]),
        ("Riktlinjen fastställs av kommunstyrelsen, efter samråd med nämnderna.",
         [("Riktlinjen", "kommunstyrelsen", None)]),
        ("Sponsring som kan uppfattas som kontroversiell ska alltid beslutas av kommunstyrelsen.",
         [("Sponsring som kan uppfattas som kontroversiell", "kommunstyrelsen", None)]),
        # who prepares or proposes, or a clause with a verb of its own, is no second matter
        ("Budgeten fastställs av kommunfullmäktige, efter beredning av kommunstyrelsen.",
         [("Budgeten", "kommunfullmäktige", None)]),
        ("Policyn antas av kommunfullmäktige, och revideras vid behov av kommunstyrelsen.",
         [("Policyn", "kommunfullmäktige", None)]),
    ],
)  # fmt: skip
def test_section_numbers_left_out_verbs_and_modal_adverbs(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A statute's section number before the sentence, a second matter that shares the first one's
    verb, and "ska alltid" before the passive verb."""
    found = statements(sentence, DeciderReader({}, "testnämnden"))
    assert [(s.matter, s.decider.name, s.condition) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("10 000–49 999 kr", Limit(49999, "kr", "max", 10000)),
        ("mellan 5 000 och 20 000 kr", Limit(20000, "kr", "max", 5000)),
        ("10 000 kr – 49 999 kr per år", Limit(49999, "kr", "max", 10000)),
        ("1–2 mnkr", Limit(2_000_000, "kr", "max", 1_000_000)),
        ("2–5 prisbasbelopp", Limit(5, "prisbasbelopp", "max", 2)),
        ("200 000 kr eller mer", Limit(200000, "kr", "min", 200000)),
        ("Över 50 000 kr och upp till 200 000 kr", Limit(200000, "kr", "max", 50000)),  # both ends
        ("Över 50 000 kr. Högst 3 år", Limit(50000, "kr", "min")),
        ("2024–2026 högst 5 000 kr", Limit(5000, "kr", "max")),  # years are no range of money
        ("10 kr–49 999 prisbasbelopp", None),  # two units: no range
        ("punkt 3 - 50 000 kr", None),  # a number that counts something else
        ("50 000 kr – 2 mnkr", None),  # "kr" is not "mnkr"
        ("Högst 20 000 kr och över 3 månader", Limit(20000, "kr", "max")),
        ("Över 50 000 kr, men högst 10 000 kr", Limit(50000, "kr", "min")),  # no empty range
    ],
)
def test_ranges_of_money(text: str, limit: Limit | None) -> None:
    assert parse_limit(text) == limit


def test_a_decider_named_first_in_a_condition_needs_a_limit_after_it() -> None:
    """ "Nämnden ska informeras om beslut över 50 000 kr" tells who is told, not who decides."""
    reader = DeciderReader({"SBC": "samhällsbyggnadschef"}, "testnämnden")
    rows = row_decisions("SBC", "Högst 100 000 kr. Nämnden ska informeras om beslut över 50 000 kr.", reader)
    assert [d.decider.name for d in rows] == ["samhällsbyggnadschef"]


def test_a_chain_of_deciders_in_a_condition_gives_each_its_own_limit() -> None:
    """ "Högst 1 000 000 kr. TNAU upp till 5 000 000 kr. Därutöver TN": the code first, then its
    limit; "Därutöver" lies beyond the clause before it, not beyond the first."""
    reader = DeciderReader(
        {"TC": "teknisk chef", "TNAU": "tekniska nämndens arbetsutskott", "TN": "tekniska nämnden"}
    )
    rows = row_decisions("TC", "Högst 1 000 000 kr. TNAU upp till 5 000 000 kr. Därutöver TN", reader)
    assert [(d.decider.name, d.limit) for d in rows] == [
        ("teknisk chef", Limit(1_000_000, "kr", "max")),
        ("tekniska nämndens arbetsutskott", Limit(5_000_000, "kr", "max", floor=1_000_000)),
        ("tekniska nämnden", Limit(5_000_000, "kr", "min")),
    ]


def test_a_matter_beyond_the_limit_before_it_takes_the_other_side(tmp_path: Path) -> None:
    """ "Projekt med högre utgift beslutas av kommunstyrelsen" after "... högst 5 miljoner kronor":
    the kommunstyrelsen's record is for more than 5 miljoner kronor."""
    from pdfgen import story_pdf

    from ingest.pipeline import discover, parse

    text = (
        "Nämnden beslutar om investeringsprojekt när projektets utgift är högst 5 miljoner kronor. "
        "Projekt med högre utgift beslutas av kommunstyrelsen, och projekt över 20 miljoner kronor av "
        "kommunfullmäktige."
    )
    path = story_pdf(tmp_path / "reglemente.pdf", [("h", "5 § Investeringar"), ("p", text)])
    parsed, _ = parse(discover([path])[0], "x", 400)
    got = {r.decider: r.limit for r in parsed.decisions if r.source == "text"}
    assert got["kommunstyrelsen"] == Limit(5_000_000, "kr", "min")
    assert got["kommunfullmäktige"] == Limit(20_000_000, "kr", "min")


def test_a_permission_is_a_decision_right() -> None:
    """ "X får <göra något>" says what X may decide; with the subject after "får", the adverbial
    before it is the condition. A noun after "får" (receiving) and "får inte" are no right."""
    reader = DeciderReader({})

    def said(text: str) -> list[tuple[str, str, str | None]]:
        return [(x.matter, x.decider.name, x.condition) for x in statements(text, reader)]

    assert said("Förvaltningschefen får göra redaktionella ändringar i riktlinjen.") == [
        ("göra redaktionella ändringar i riktlinjen", "förvaltningschef", None)
    ]
    assert said("Vid extremt väder får gatuchefen besluta om avsteg från turordningen.") == [
        ("avsteg från turordningen", "gatuchef", "Vid extremt väder")
    ]
    assert said("Nämnden får justera avgifterna när inkomsttaket ändras.")[0][0] == "justera avgifterna"
    assert said("Nämnden får information om besluten.") == []
    assert said("Rektor får inte lämna över beslutet.") == []


@pytest.mark.parametrize(
    ("sentence", "decider"),
    [
        ("Ordföranden får besluta om att sammanträdet hålls på distans.", "socialnämndens ordförande"),
        ("Om ordföranden har förhinder beslutar vice ordföranden i ordförandens ställe.",
         "socialnämndens vice ordförande"),
        ("Beslut om ersättning fattas av nämndens ordförande.", "socialnämndens ordförande"),
        ("Kommunfullmäktiges ordförande beslutar om kungörelsen.", "kommunfullmäktiges ordförande"),
    ],
)  # fmt: skip
def test_a_chair_without_a_body_is_the_documents_own_namnds(sentence: str, decider: str) -> None:
    """In a document of one nämnd, "ordföranden" is that nämnd's; a chair named with its body stays."""
    found = statements(sentence, DeciderReader({}, "socialnämnden"))
    assert found and found[0].decider.name == decider


def test_forms_of_decision_statements_in_reglementen_and_taxor() -> None:
    """A nämnd named by an adjective ("Tekniska nämnden") or a coordinated utskott; a first verb before
    the deciding one; a modal with its subject after it or an adverbial before the verb; an aside
    naming who decides in the subject's stead; no right where the sentence only duties or tells of
    a past decision."""
    reader = DeciderReader({})

    def said(text: str) -> list[tuple[str, str, str | None]]:
        return [(x.matter, x.decider.name, x.condition) for x in statements(text, reader)]

    assert said("Tekniska nämnden får besluta om avgift i fall som taxan inte reglerar.") == [
        ("avgift i fall som taxan inte reglerar", "tekniska nämnden", None)
    ]
    assert said("Stadigvarande tillstånd beslutas av individ- och familjeutskottet.") == [
        ("Stadigvarande tillstånd", "individ- och familjeutskottet", None)
    ]
    assert said("Nämnden handlägger och beslutar om bostadsanpassningsbidrag.") == [
        ("bostadsanpassningsbidrag", "nämnden", None)
    ]
    assert said("När skälen inte längre finns ska krisledningsnämnden besluta att verksamheten återgår.") == [
        ("att verksamheten återgår", "krisledningsnämnden", "När skälen inte längre finns")
    ]
    assert said("Miljönämnden får för varje kalenderår besluta att höja timavgiften.") == [
        ("att höja timavgiften", "miljönämnden", None)
    ]
    reduced = (
        "Om det finns särskilda skäl får miljönämnden i det enskilda fallet besluta att sätta ned avgiften."
    )
    assert said(reduced) == [
        ("att sätta ned avgiften", "miljönämnden", "Om det finns särskilda skäl i det enskilda fallet")
    ]
    assert said("Bygglovschefen kan i brådskande fall besluta om stopp.") == [
        ("stopp", "bygglovschef", "i brådskande fall")
    ]
    assert said("Förvaltningschefen får i inget fall besluta om avsteg från taxan.") == []  # a ban
    assert said("Vid förhinder får ordföranden i socialnämnden besluta om placering.") == []  # whose chair?
    assert said("Förvaltningschefen, eller den hen utser, beslutar om attest.") == [
        ("attest", "förvaltningschef", None)
    ]
    assert said("Revisorerna prövar om verksamheten sköts ändamålsenligt.") == []  # a review, no right
    chair = "Ordföranden, eller vid förhinder vice ordföranden, beslutar att nämnden ska sammanträda."
    assert said(chair) == [
        ("att nämnden ska sammanträda", "ordförande", None),
        ("att nämnden ska sammanträda", "vice ordförande", "vid förhinder"),
    ]
    assert said("Tekniska nämnden beslutar varje år om prioriteringsordningen.") == [
        ("prioriteringsordningen", "tekniska nämnden", None)
    ]
    assert said("Vid brand ska räddningschefen larma kommunens krisledning.") == []  # a duty
    assert said("Riktlinjerna ersätter de riktlinjer som tekniska nämnden antog den 16 mars 2016.") == []


def test_a_code_in_lower_case_is_a_unit_and_stays_as_printed() -> None:
    """A legend may spell out units ("tkr  tusen kronor"): a condition keeps "600 tkr", so that its
    limit is read."""
    reader = DeciderReader({"tkr": "tusen kronor", "AC": "avdelningschef", "AMC": "arbetsmarknadschef"})
    (row,) = row_decisions("AC", "Över 100 tkr och högst 600 tkr.", reader)
    assert row.condition == "Över 100 tkr och högst 600 tkr"
    assert row.limit == Limit(600000.0, "kr", "max", floor=100000.0)
