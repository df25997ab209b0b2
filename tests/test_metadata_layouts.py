"""Metadata from real PDFs in the layouts municipalities use, one layout per test.

Each test draws a small fictitious document with reportlab and reads it the way ingest does
(:func:`ingest.pdf.read_pages`, so font sizes and layout text count), so a failure names the layout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.metadata import extract_metadata
from ingest.pdf import read_pages
from store.schema import DocumentMeta, Publication
from tests.pdfgen import placed_pdf, story_pdf

D = dt.date
TEXT = (
    "Dokumentet beskriver hur förvaltningen arbetar med frågan i det dagliga arbetet och vad "
    "invånare och medarbetare kan förvänta sig när ett ärende kommer in."
)


def read(path: Path) -> DocumentMeta:
    return extract_metadata(read_pages(path))


def test_right_aligned_block_under_the_namnd(tmp_path: Path) -> None:
    block = [
        "Beslutsinstans: Socialnämnden",
        "Beslut: SN 2025-12-09, § 112",
        "Dnr: SN 2025/140",
        "Period: Gäller för verksamhetsåret 2026",
        "Omfattning: Socialnämndens samtliga verksamheter",
        "Ansvarig: Socialchef",
    ]
    page = [(20, 15, 9, "Askersunds kommun"), (20, 15, 11, "Socialnämnden", "right")]
    page += [(20, 21 + 5 * i, 9, text, "right") for i, text in enumerate(block)]
    page += [(20, 65, 18, "Uppdragsplan 2026 för socialnämnden"), (20, 75, 10, TEXT[:90])]
    meta = read(placed_pdf(tmp_path / "d.pdf", [page]))
    assert (meta.title, meta.doc_type) == ("Uppdragsplan 2026 för socialnämnden", "uppdragsplan")
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("socialnämnden", D(2025, 12, 9), "§ 112")
    assert (meta.valid_from, meta.valid_to) == (D(2026, 1, 1), D(2026, 12, 31))  # the whole year
    assert (meta.diarienummer, meta.owner) == ("SN 2025/140", "Socialchef")
    assert meta.scope == "socialnämndens samtliga verksamheter"


def test_grid_of_labels_over_values(tmp_path: Path) -> None:
    grid = [
        ["Beslutad av", "Beslutsdatum", "Paragraf", "Diarienummer"],
        ["Kommunstyrelsen", "2023-03-14", "§ 41", "KS 2023/77"],
    ]
    pdf = story_pdf(tmp_path / "d.pdf", [("h", "Riktlinje för parkering"), ("table", grid), ("p", TEXT)])
    meta = read(pdf)
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunstyrelsen",
        D(2023, 3, 14),
        "§ 41",
    )
    assert meta.diarienummer == "KS 2023/77"


def test_one_line_header_wins_over_decisions_the_body_mentions(tmp_path: Path) -> None:
    body = (
        "Kommunfullmäktige beslutade 2024-11-25, § 118, om kommunens mål, och socialnämnden beslutade "
        "2025-02-18, § 12, att ansökan ska göras via e-tjänst. Den tidigare riktlinjen för ekonomiskt "
        "bistånd, beslutad av socialnämnden 2022-11-15, § 96, upphör att gälla när denna riktlinje "
        "börjar tillämpas. Riktlinjen tillämpas från och med den 1 juli 2025."
    )
    blocks = [
        ("h", "Riktlinje för ekonomiskt bistånd"),
        ("p", "Socialnämnden · Beslutad 2025-06-10, § 57 · Dnr SN 2025/31"),
        ("p", TEXT),
        ("p", body),
    ]
    meta = read(story_pdf(tmp_path / "d.pdf", blocks))
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == ("socialnämnden", D(2025, 6, 10), "§ 57")
    assert (meta.diarienummer, meta.valid_from) == ("SN 2025/31", D(2025, 7, 1))
    assert meta.replaces is not None and "2022-11-15" in meta.replaces and "§ 96" in meta.replaces


def test_decision_history_across_a_page_break_without_a_repeated_header(tmp_path: Path) -> None:
    def row(y: float, cells: list[str], xs: tuple[float, ...]) -> list[tuple[float, float, float, str]]:
        return [(x, y, 9, text) for x, text in zip(xs, cells, strict=True)]

    first_xs, next_xs = (20, 40, 70, 120, 135), (22, 45, 78, 130, 145)  # columns shift between pages
    page_1 = [
        (20, 20, 18, "Riktlinje för tillsyn"),
        *[(20, 30 + 6 * i, 10, TEXT[:90]) for i in range(30)],
        (20, 230, 12, "Versionshistorik"),
        *row(240, ["Version", "Datum", "Beslutsinstans", "§", "Ändring"], first_xs),
        *row(246, ["1.0", "2019-03-12", "Bygg- och miljönämnden", "20", "Ny riktlinje"], first_xs),
    ]
    page_2 = [
        *row(20, ["1.1", "2021-09-14", "Bygg- och miljönämnden", "77", "Redaktionella ändringar"], next_xs),
        *row(
            26,
            ["2.0", "2024-11-19", "Bygg- och miljönämnden", "101", "Enligt policy (KF 2025-09-23, § 87)"],
            next_xs,
        ),
    ]
    pdf = placed_pdf(tmp_path / "d.pdf", [page_1, page_2])
    pages = read_pages(pdf)
    assert "2019-03-12" in pages[0].text and "2024-11-19" in pages[1].text  # the table crosses the break
    meta = read(pdf)
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "bygg- och miljönämnden",
        D(2024, 11, 19),
        "§ 101",
    )
    assert meta.sources["decision_date"] == "sida 1, historik"


def test_kfs_banner_and_revision_line(tmp_path: Path) -> None:
    banner = [
        (15, 10, 10, "Askersunds kommuns författningssamling"),
        (15, 10, 10, "KFS 1.2", "right"),
        (15, 16, 8, "Antagen av"),
        (75, 16, 8, "Ersätter"),
        (140, 16, 8, "Utbytt den"),
        (15, 21, 8, "KF 2010-11-23, § 115"),
        (75, 21, 8, "KFS 1.2, utbytt 2015-05-04"),
        (140, 21, 8, "2022-04-01"),
    ]
    first = [
        (15, 40, 18, "Reglemente för kommunstyrelsen"),
        (
            15,
            48,
            10,
            "Antagen av KF 2010-11-23 § 115, reviderad KF 2015-04-21 § 40, reviderad KF 2022-03-14 § 21",
        ),
        (15, 60, 10, TEXT[:95]),
    ]
    meta = read(placed_pdf(tmp_path / "d.pdf", [first, [(15, 40, 10, TEXT[:95])]], running=banner))
    assert meta.title == "Reglemente för kommunstyrelsen"  # not the författningssamling banner
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        D(2022, 3, 14),
        "§ 21",
    )
    assert meta.replaces == "KFS 1.2, utbytt 2015-05-04"
    assert meta.valid_from is None  # the sheet's exchange date is no start of validity


def test_cover_page_title_type_word_and_band(tmp_path: Path) -> None:
    cover = [
        (20, 20, 20, "Askersunds kommun"),
        (20, 100, 30, "Program för näringsliv"),
        (20, 113, 30, "och företagande"),
        (20, 130, 16, "PROGRAM"),
        (20, 250, 9, "Antaget av kommunfullmäktige 2023-11-27, § 112"),
        (20, 256, 9, "Dnr KS 2023/210"),
        (20, 262, 9, "Giltighetstid 2024–2027"),
        (20, 268, 9, "Dokumentansvarig: näringslivschef"),
    ]
    second = [(20, 12, 8, "Askersunds kommun · Kommunstyrelsen"), (20, 30, 10, TEXT[:95])]
    meta = read(placed_pdf(tmp_path / "d.pdf", [cover, second, second]))
    assert (meta.title, meta.doc_type) == ("Program för näringsliv och företagande", "program")
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        D(2023, 11, 27),
        "§ 112",
    )
    assert (meta.valid_from, meta.valid_to) == (D(2024, 1, 1), D(2027, 12, 31))
    assert meta.owner == "näringslivschef"


def test_footer_line_on_every_page_of_a_two_column_document(tmp_path: Path) -> None:
    footer = (
        20,
        285,
        8,
        "Fastställd av BUN 2022-05-17 § 41 | Dnr BUN 2022/63 | Gäller från 2022-07-01 tills vidare",
    )
    left = [(20, 40 + 6 * i, 10, "Kommunen ska anordna skolskjuts för elever") for i in range(20)]
    right = [(110, 40 + 6 * i, 10, "när avståndet till skolan är långt nog") for i in range(20)]
    first = [
        (20, 20, 18, "Riktlinje för skolskjuts"),
        (20, 28, 11, "Barn- och utbildningsnämnden"),
        *left,
        *right,
    ]
    meta = read(placed_pdf(tmp_path / "d.pdf", [first, [*left, *right]], running=[footer]))
    assert meta.title == "Riktlinje för skolskjuts"
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "barn- och utbildningsnämnden",
        D(2022, 5, 17),
        "§ 41",
    )
    assert (meta.valid_from, meta.valid_to, meta.diarienummer) == (D(2022, 7, 1), None, "BUN 2022/63")
    assert meta.sources["decision_date"] == "sida 1, sidfot"


def test_closing_prose_in_words_resolves_the_namnd(tmp_path: Path) -> None:
    closing = (
        "Handlingsplanen antogs av nämnden den tjugoförsta mars 2023, § 19, och gäller från och med den "
        "första april 2023 till och med den trettioförsta december 2026. Diarienummer KFN 2023/12."
    )
    blocks = [
        ("p", "Kultur- och fritidsnämnden"),
        ("h", "Handlingsplan för läsfrämjande 2023–2026"),
        ("p", TEXT),
        ("p", TEXT),
        ("p", closing),
    ]
    meta = read(story_pdf(tmp_path / "d.pdf", blocks))
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kultur- och fritidsnämnden",
        D(2023, 3, 21),
        "§ 19",
    )
    assert (meta.valid_from, meta.valid_to) == (D(2023, 4, 1), D(2026, 12, 31))
    assert meta.diarienummer == "KFN 2023/12"


def test_internal_banner_makes_a_document_internal(tmp_path: Path) -> None:
    banner = [(40, 10, 9, "INTERNT – får inte spridas utanför organisationen")]
    page = [(20, 30, 18, "Riktlinje för hantering av personuppgiftsincidenter"), (20, 40, 10, TEXT[:95])]
    meta = read(placed_pdf(tmp_path / "d.pdf", [page, page[1:]], running=banner))
    assert meta.publication is Publication.INTERN
    assert meta.title == "Riktlinje för hantering av personuppgiftsincidenter"


def test_a_document_that_says_nothing_about_publication_stays_unknown(tmp_path: Path) -> None:
    meta = read(story_pdf(tmp_path / "d.pdf", [("h", "Riktlinje för parkering"), ("p", TEXT)]))
    assert meta.publication is Publication.UNKNOWN and meta.publication_source is None


def test_a_long_subtitle_on_a_cover_is_no_running_text(tmp_path: Path) -> None:
    """A cover's subtitle as long as a line of text does not make the decision block under it body
    text: the block is read as the document's own."""
    cover = [
        (60, 20, 11, "ASKERSUNDS KOMMUN"),
        (50, 100, 20, "Policy för sponsring"),
        (30, 115, 11, "Riktlinjer för att ta emot och ge sponsring i Askersunds kommun"),
        (30, 230, 10, "Antagen av kommunfullmäktige den 25 mars 2019, § 28"),
        (30, 236, 10, "Gäller från den 1 maj 2019"),
        (30, 242, 10, "Dnr KS 2018/412"),
    ]
    second = [(20, 12, 8, "Policy för sponsring"), (20, 30, 10, TEXT[:95])]
    meta = read(placed_pdf(tmp_path / "d.pdf", [cover, second, second]))
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        D(2019, 3, 25),
        "§ 28",
    )
    assert meta.valid_from == D(2019, 5, 1)
