"""ingest.columns: two-column pages are read column by column; tables and label lists are not."""

from __future__ import annotations

from pathlib import Path

from pdfgen import two_column_pdf

from ingest.columns import reading_order
from ingest.pdf import read_pages
from ingest.structure import BlockKind, find_blocks

LEFT = [
    ("h", "1. Syfte"),
    ("p", "Riktlinjen beskriver hur kommunen hanterar synpunkter från invånare och företag. Den gäller "
          "alla förvaltningar och bolag i kommunkoncernen."),
    ("h", "2. Ansvar"),
    ("p", "Varje förvaltningschef ansvarar för att synpunkter besvaras inom tio arbetsdagar. Riktlinjen "
          "beslutas av kommunstyrelsen och ses över vart fjärde år."),
]  # fmt: skip
RIGHT = [
    ("h", "3. Uppföljning"),
    ("p", "Kommunstyrelsen följer upp arbetet med synpunkter i årsredovisningen. Sammanställningen "
          "redovisas per förvaltning och per kategori av synpunkt."),
    ("h", "4. Diarieföring"),
    ("p", "Synpunkter diarieförs i kommunens ärendehanteringssystem när de kommer in. Anonyma synpunkter "
          "diarieförs också."),
]  # fmt: skip


def test_two_column_page_reads_left_column_then_right(tmp_path: Path) -> None:
    pages = read_pages(two_column_pdf(tmp_path / "two.pdf", "Riktlinje för synpunkter", [LEFT, RIGHT]))
    assert "Syfte" in pages[0].layout.split("Uppföljning")[0].splitlines()[-1]  # interleaved by pypdf
    paragraphs = [b for b in find_blocks(pages) if b.kind is BlockKind.PARAGRAPH]
    sections = list(dict.fromkeys(b.section[-1] for b in paragraphs))
    assert sections == ["1. Syfte", "2. Ansvar", "3. Uppföljning", "4. Diarieföring"]
    text = " ".join(b.text for b in paragraphs)
    assert " ".join(LEFT[3][1].split()) in text  # the sentence stays whole
    assert "Kommunstyrelsen följer upp arbetet med synpunkter i årsredovisningen." in text


def test_tables_and_label_lines_keep_their_lines() -> None:
    table = [
        "Nr    Ärende                               Delegat    Lagrum",
        "A.1   Beslut i brådskande ärenden där      Ordf       6 kap. 39 § KL",
        "      nämndens avgörande inte kan",
        "A.2   Avvisning av överklagande            BLH        45 § FL",
        "A.3   Yttrande till domstol                BC         6 kap. 37 § KL",
        "A.4   Beslut om rivningslov                BLH        9 kap. 34 § PBL",
    ]
    assert reading_order(table) == table
    labels = [
        "Beslutad av                  Kommunfullmäktige i Askersunds kommun",
        "Beslutsdatum                 2024-01-30 enligt protokoll från sammanträdet",
        "Diarienummer                 KS 2024/3 i kommunens ärendehanteringssystem",
        "Gäller från                  2024-02-01 och tills vidare eller tills ny beslutas",
        "Dokumentansvarig             Kommundirektören med stöd av kanslichefen",
    ]
    assert reading_order(labels) == labels


def test_a_sidebar_of_labels_is_read_before_the_text_beside_it() -> None:
    page = [
        "BESLUTAD                   Nämnden ansvarar för äldreomsorg och stöd till personer med",
        "VON 2025-01-28, § 5        funktionsnedsättning, hälso- och sjukvård samt färdtjänst och",
        "DIARIENUMMER               riksfärdtjänst. I denna delegationsordning anger nämnden vilka",
        "VON 2024/301               beslut som får fattas av ordföranden, utskottet eller en anställd",
        "GÄLLER FRÅN                i nämndens ställe. Ett beslut på delegation gäller som nämndens",
        "1 mars 2025                eget beslut och kan inte ändras av nämnden i efterhand.",
    ]
    ordered = [line for line in reading_order(page) if line]
    assert ordered[:6] == [
        "BESLUTAD",
        "VON 2025-01-28, § 5",
        "DIARIENUMMER",
        "VON 2024/301",
        "GÄLLER FRÅN",
        "1 mars 2025",
    ]
    assert ordered[6].startswith("Nämnden ansvarar") and ordered[7].startswith("funktionsnedsättning")
