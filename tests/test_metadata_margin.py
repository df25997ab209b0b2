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
