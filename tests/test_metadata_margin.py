"""Metadata in two layouts real municipalities print: a box of labels in the right margin beside
the running text (under a letterhead whose "Datum" is not the decision's), and a protocol extract
in front of the document (the meeting's date over the nämnd's name, the decision as numbered
items). Real PDFs through pypdf; fictitious text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdfgen import tab_stops_pdf

from ingest.metadata import extract_metadata
from ingest.pdf import read_pages
from store.schema import Publication

BODY = [
    "Rutinen beskriver hur chefer och medarbetare förebygger och hanterar hot",
    "och våld i arbetet. Den kompletterar kommunens arbetsmiljöpolicy som",
    "kommunfullmäktige antog 2022-06-20, § 61, och följs upp varje år av",
    "förvaltningens ledningsgrupp tillsammans med skyddsombuden på arbetsplatsen.",
    "Varje chef gör en riskbedömning av hot och våld på sin arbetsplats minst",
    "en gång per år och när verksamheten förändras på ett sätt som påverkar",
    "arbetsmiljön. Medarbetare som arbetar ensamma kvällar och nätter ska ha",
    "personlarm. Hembesök där det finns känd risk görs av två medarbetare.",
    "Händelsen registreras i kommunens system för avvikelser senast nästa dag.",
    "Stödsamtal via företagshälsovården erbjuds alla berörda inom två dygn.",
    "Chefen följer upp händelsen med medarbetaren och skyddsombudet inom två",
    "veckor och redovisar åtgärderna för förvaltningens ledningsgrupp.",
]
BOX = [
    "Dokumentinformation",
    "Fastställd av",
    "Kommundirektör",
    "Datum för fastställelse",
    "2025-09-01",
    "Gäller för",
    "Samtliga förvaltningar,",
    "inklusive vikarier",
    "Ersätter",
    "Rutin vid hot och våld,",
    "fastställd av",
    "kommundirektören 2021-02-15",
    "Publicering",
    "Intranätet",
    "Revideras senast",
    "2027-09-01",
]


def test_a_box_of_labels_in_the_right_margin_beside_the_text(tmp_path: Path) -> None:
    letterhead = [
        [(20, "ASKERSUNDS KOMMUN"), (110, "Dokumenttyp"), (160, "Sida")],
        [(20, "Kommunledningsförvaltningen"), (110, "RUTIN"), (160, "1(1)")],
        [(110, "Datum"), (160, "Diarienummer")],
        [(110, "2025-08-18"), (160, "KS 2025/140")],
        "",
        "# Rutin vid hot och våld",
        "",
    ]
    lines: list[object] = list(letterhead)
    for k in range(max(len(BODY), len(BOX))):
        cells = []
        if k < len(BODY):
            cells.append((20.0, BODY[k]))
        if k < len(BOX):
            cells.append((148.0, BOX[k]))
        lines.append(cells)
    pdf = tab_stops_pdf(tmp_path / "box.pdf", [lines])  # type: ignore[list-item]
    meta = extract_metadata(read_pages(pdf))
    assert meta.decided_by == "kommundirektör"
    assert meta.decision_date == dt.date(2025, 9, 1)  # not the letterhead's "Datum" 2025-08-18
    assert meta.diarienummer == "KS 2025/140"
    assert meta.publication is Publication.INTERN
    assert meta.review_date == dt.date(2027, 9, 1)
    assert meta.scope == "samtliga förvaltningar, inklusive vikarier"
    assert meta.replaces and "2021-02-15" in meta.replaces


def test_a_protocol_extract_in_front_of_the_document(tmp_path: Path) -> None:
    page = [
        [(20, "ASKERSUNDS KOMMUN"), (120, "PROTOKOLLSUTDRAG")],
        [(120, "Sammanträdesdatum"), (170, "Sida")],
        [(20, "Vård- och omsorgsnämnden"), (120, "2025-05-20"), (170, "1(1)")],
        "",
        "§ 44    Dnr VON 2025/61",
        "# Riktlinje för färdtjänst",
        "",
        "Ärendebeskrivning",
        "Nämndens riktlinje för färdtjänst har setts över inför det nya avtalet om färdtjänstresor",
        "som börjar gälla under sommaren. Förvaltningen föreslår kortare handläggningstid.",
        "Beslutsunderlag",
        "Tjänsteskrivelse 2025-04-28 och arbetsutskottets förslag 2025-05-06, § 31.",
        "Vård- och omsorgsnämndens beslut",
        "1.  Riktlinje för färdtjänst antas enligt bilaga.",
        "2.  Riktlinjen gäller från och med 2025-07-01.",
        "3.  Riktlinjen ersätter riktlinje för färdtjänst, fastställd av nämnden 2022-03-22, § 24.",
        "4.  Förvaltningschefen får göra redaktionella ändringar i riktlinjen.",
    ]
    pdf = tab_stops_pdf(tmp_path / "protokoll.pdf", [page])  # type: ignore[list-item]
    meta = extract_metadata(read_pages(pdf))
    assert meta.decided_by == "vård- och omsorgsnämnden"
    assert meta.decision_date == dt.date(2025, 5, 20)
    assert meta.paragraph == "§ 44"
    assert meta.valid_from == dt.date(2025, 7, 1)
    assert meta.replaces == "riktlinje för färdtjänst, fastställd av nämnden 2022-03-22, § 24"


def test_a_protocol_extract_as_the_first_page_names_the_document_it_adopts(tmp_path: Path) -> None:
    """No title of the document's own on page 1: the extract's § line names it; its sections
    ("Ärendebeskrivning", "Beslut") are never the title, and the validity the decision gives is read."""
    first = [
        [(20, "TESTVIKS KOMMUN"), (120, "PROTOKOLLSUTDRAG")],
        [(20, "Kommunfullmäktige"), (120, "Sammanträdesdatum 2026-10-26")],
        "§ 112 Plan för hantering av extraordinära händelser 2027–2030",
        "Dnr KS 2026/190",
        "# Ärendebeskrivning",
        "Kommunfullmäktige ska för varje ny mandatperiod fastställa en plan för hur kommunen ska",
        "hantera extraordinära händelser. Kommunstyrelsen har berett ett förslag.",
        "# Beslut",
        "Kommunfullmäktige beslutar att anta Plan för hantering av extraordinära händelser 2027–2030,",
        "att gälla från och med 2027-01-01 till och med 2030-12-31.",
        "Justerat 2026-10-30",
    ]
    second = [
        "1 Mål",
        "Kommunens samhällsviktiga verksamheter ska kunna upprätthållas vid en extraordinär händelse.",
    ]
    pdf = tab_stops_pdf(tmp_path / "plan.pdf", [first, second])  # type: ignore[list-item]
    meta = extract_metadata(read_pages(pdf))
    assert meta.title == "Plan för hantering av extraordinära händelser 2027–2030"
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        dt.date(2026, 10, 26),
        "§ 112",
    )
    assert (meta.valid_from, meta.valid_to) == (dt.date(2027, 1, 1), dt.date(2030, 12, 31))


def test_the_decision_in_the_footnote_the_titles_asterisk_points_to(tmp_path: Path) -> None:
    page = [
        "# Taxa för testskolan*",
        "1. Tillämpning",
        "Taxan gäller för undervisning och kurser i kommunens testskola, som sedan 2025 drivs av nämnden.",
        "2. Avgifter",
        "Avgiften är 900 kr per termin för det första ämnet och 450 kr för varje ytterligare ämne.",
        "Skador som beror på vårdslöshet ersätts med reparationskostnaden, dock högst 3 000 kr.",
        "* Antagen av kommunfullmäktige den 24 november 2025, § 132, dnr KS 2025/301. Taxan gäller",
        "från och med den 1 januari 2026 och ersätter taxa för testskolan, antagen av kommunfullmäktige",
        "2023-11-27, § 118.",
        "1 Kommunfullmäktige 2024-11-25, § 126: testskolan förs över till nämnden från och med 2025-01-01.",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "fotnot.pdf", [page])))  # type: ignore[list-item]
    assert (meta.decided_by, meta.decision_date, meta.paragraph, meta.diarienummer) == (
        "kommunfullmäktige",
        dt.date(2025, 11, 24),
        "§ 132",
        "KS 2025/301",
    )
    assert meta.valid_from == dt.date(2026, 1, 1)
    assert meta.replaces == "taxa för testskolan, antagen av kommunfullmäktige 2023-11-27, § 118"


def test_a_grid_of_captions_whose_values_wrap_onto_a_second_line(tmp_path: Path) -> None:
    page = [
        "# Riktlinje för testomsorg",
        [(20, "Dokumenttyp"), (60, "Beslutsinstans"), (100, "Beslutsdatum"), (140, "Paragraf")],
        [(20, "Riktlinje"), (60, "Barn- och"), (100, "2024-09-17"), (140, "§ 71")],
        [(60, "utbildningsnämnden")],
        [(20, "Målgrupp"), (60, "Ansvarig förvaltning"), (100, "Dokumentansvarig"), (140, "Ersätter")],
        [(20, "Vårdnadshavare med barn"), (60, "Barn- och"), (100, "Verksamhetschef förskola"), (140, "–")],
        [(20, "1–12 år"), (60, "utbildningsförvaltningen")],
        "",
        "Kommunen är inte skyldig att erbjuda omsorg när förskolor och fritidshem har stängt, men ska sträva",
        "efter att göra det. Nämnden erbjuder därför omsorg på kvällar, nätter och helger för barn vars",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "grid.pdf", [page])))  # type: ignore[list-item]
    assert meta.decided_by == "barn- och utbildningsnämnden" and meta.paragraph == "§ 71"
    assert meta.scope == "vårdnadshavare med barn 1–12 år"
    assert meta.owner == "Verksamhetschef förskola"  # the document's owner, not the administration


def test_label_value_pairs_set_right_of_the_title_each_stay_a_row(tmp_path: Path) -> None:
    page = [
        [(140, "Beslutad av"), (170, "Testnämnden")],
        [(15, "Delegationsordning för testnämnden"), (140, "Datum"), (170, "2025-03-19")],
        [
            (15, "Beslut som nämnden har delegerat till ordföranden och tjänstepersoner på"),
            (140, "§"),
            (170, "24"),
        ],
        [(15, "förvaltningen."), (140, "Dnr"), (170, "TN 2025/31")],
        [(140, "Giltig från"), (170, "2025-04-01")],
        [(140, "Ersätter"), (170, "Delegationsordning TN 2022-11-16, § 102")],
        [(140, "Ansvarig"), (170, "Förvaltningschef")],
        "",
        "Nämnden fullgör kommunens uppgifter enligt plan- och bygglagen och miljöbalken och följer upp",
        "delegationen varje år. Uppgifterna framgår av reglementet, antaget av kommunfullmäktige 2019-02-25.",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "right.pdf", [page])))  # type: ignore[list-item]
    assert (meta.diarienummer, meta.valid_from, meta.owner) == (
        "TN 2025/31",
        dt.date(2025, 4, 1),
        "Förvaltningschef",
    )
    assert meta.replaces == "Delegationsordning TN 2022-11-16, § 102"


def test_facts_about_the_document_in_short_wrapped_sentences(tmp_path: Path) -> None:
    body = "Policyn beskriver hur kommunen tar emot och lämnar sponsring och vem som beslutar om avtalen."
    page = [
        "# Policy för testsponsring",
        body,
        "All sponsring över 10 000 kr ska regleras i ett skriftligt avtal som löper högst tre år.",
        "",
        "Fakta om dokumentet",
        "Antagen av kommunfullmäktige den",
        "26 februari 2024, § 17.",
        "Dnr KS 2023/290.",
        "Gäller till och med den 31 december",
        "2027.",
        "Ersätter sponsringspolicy antagen",
        "av kommunfullmäktige den 15 juni",
        "2015, § 66.",
        "Dokumentansvarig:",
        "kommunikationschef.",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "fakta.pdf", [page, [body]])))  # type: ignore[list-item]
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        dt.date(2024, 2, 26),
        "§ 17",
    )
    assert meta.valid_to == dt.date(2027, 12, 31) and meta.owner == "kommunikationschef"
    assert meta.replaces == "sponsringspolicy antagen av kommunfullmäktige den 15 juni 2015, § 66"


def test_a_quality_system_header_box_at_body_size(tmp_path: Path) -> None:
    page = [
        [
            (20, "Askersunds kommun"),
            (70, "Riktlinje för enskilda testanläggningar"),
            (150, "Dok.-id: TN-RL-003"),
        ],
        [(20, "Samhällsbyggnadsförvaltningen"), (150, "Version: 2")],
        [
            (20, "Fastställd av: Miljö- och"),
            (70, "Fastställd: 2021-06-16"),
            (110, "Giltig t.o.m.: 2025-12-31"),
        ],
        [(20, "byggnämnden, § 57")],
        "",
        "1. Syfte och utgångspunkter",
        "Riktlinjen anger vilka krav nämnden ställer på enskilda anläggningar i kommunen. Den utgår från",
        "miljöbalken och socialtjänstlagen (2025:400), som trädde i kraft den 1 juli 2025, och från planen.",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "box.pdf", [page])))  # type: ignore[list-item]
    assert meta.title == "Riktlinje för enskilda testanläggningar"  # not "1. Syfte och utgångspunkter"
    assert (meta.decided_by, meta.paragraph) == ("miljö- och byggnämnden", "§ 57")
    assert meta.valid_from is None  # the law's entry into force, in a relative clause, is not the document's
    assert meta.valid_to == dt.date(2025, 12, 31)


def test_a_decision_printed_sideways_in_the_margin(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    path = tmp_path / "sideways.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.saveState()
    c.translate(12 * mm, 40 * mm)
    c.rotate(90)
    c.setFont("Helvetica", 7)
    c.drawString(
        0,
        0,
        "Riktlinje  ·  Fastställd av testnämnden 16/2 2021, § 14  ·  Dnr TN 2021/9  ·  Gäller från 1/4 2021",
    )
    c.restoreState()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(25 * mm, 270 * mm, "Riktlinje för testtillstånd")
    c.setFont("Helvetica", 10)
    body = [
        "Från och med den 1 januari 2021 har testnämnden tagit över uppgifterna enligt kommunfullmäktiges",
        "beslut den 15 juni 2020, § 58. Riktlinjen beskriver hur ansökningar om tillstånd prövas.",
        "Intern rutin – publiceras endast på intranätet",
    ]
    for k, line in enumerate(body):
        c.drawString(25 * mm, (255 - 6 * k) * mm, line)
    c.drawString(25 * mm, 10 * mm, "Fiktivt testdokument")
    c.showPage()
    c.save()
    meta = extract_metadata(read_pages(path))
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "testnämnden",
        dt.date(2021, 2, 16),
        "§ 14",
    )
    assert meta.diarienummer == "TN 2021/9" and meta.valid_from == dt.date(2021, 4, 1)
    assert meta.publication is Publication.INTERN


def test_a_chain_of_revisions_under_the_adoption_is_the_version_in_force(tmp_path: Path) -> None:
    page = [
        "# Reglemente för testnämnden",
        "Utöver detta reglemente gäller kommunallagen och de gemensamma bestämmelserna för nämnderna.",
        "Nämnden ansvarar för omsorgen om äldre och personer med funktionsnedsättning i kommunen.",
        "",
        "Beslut",
        "Antaget av kommunfullmäktige den 25 november 2019,",
        "§ 110. Ändrat den 23 maj 2022, § 47, och den 17 juni 2024,",
        "§ 60.",
    ]
    meta = extract_metadata(read_pages(tab_stops_pdf(tmp_path / "chain.pdf", [page])))  # type: ignore[list-item]
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        dt.date(2024, 6, 17),
        "§ 60",
    )


def test_a_protocols_paragraph_line_names_a_title_only_when_it_names_a_document() -> None:
    from ingest.meta.document import build_view
    from ingest.meta.protocol import protocol_title

    def title(paragraph_line: str) -> str | None:
        text = f"TESTVIKS KOMMUN  PROTOKOLLSUTDRAG\nKommunfullmäktige\n{paragraph_line}\nBeslut\n"
        return protocol_title(build_view([text], [text], ()))

    assert title("§ 45 Antagande av plan för krisberedskap 2024–2027 · dnr KS 2023/112") == (
        "Plan för krisberedskap 2024–2027"
    )
    assert title("§ 46 Uppdrag att ta fram en policy för digitalisering") is None
    assert title("§ 47 Yttrande över remiss av regional avfallsplan") is None
