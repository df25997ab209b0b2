"""ingest.lines, ingest.headings, ingest.structure: headers/footers, headings, paragraphs, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import lines_pdf, story_pdf

from ingest.headings import heading_at, heading_style
from ingest.lines import Line, document_text, page_lines
from ingest.pdf import read_pages
from ingest.structure import BlockKind, find_blocks
from ingest.types import Page

STYRMODELL = Path(__file__).resolve().parents[1] / "corpus" / "styrmodellen-askersund.pdf"
LONG = "Kommunfullmäktige beslutar i principiella frågor och frågor av större karaktär, såsom vision,"


def _compact(text: str) -> str:
    return "".join(text.split())


def test_running_header_footer_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    pages = [
        [f"Avsnitt {n}", f"Punkt {n + 10} gäller nämndens arbete på sitt eget sätt."] for n in range(1, 4)
    ]
    path = lines_pdf(
        tmp_path / "hf.pdf", pages, header="Fiktivt testdokument", footer="Sida {page} av {pages}"
    )
    texts = [line.text for line in page_lines(read_pages(path))]
    assert texts == [
        t
        for n in range(1, 4)
        for t in (f"Avsnitt {n}", f"Punkt {n + 10} gäller nämndens arbete på sitt eget sätt.")
    ]


def test_page_one_title_repeated_as_running_header_is_kept_once(tmp_path: Path) -> None:
    pages = [["Brödtext som börjar direkt under titeln och fortsätter en bra bit."], ["Andra sidan."]]
    path = lines_pdf(tmp_path / "title.pdf", pages, header="Styrmodellen i kommunen")
    texts = [line.text for line in page_lines(read_pages(path))]
    assert texts == ["Styrmodellen i kommunen", pages[0][0], "Andra sidan."]


def test_single_page_keeps_text_but_drops_page_number(tmp_path: Path) -> None:
    path = lines_pdf(tmp_path / "one.pdf", [["Enda raden i dokumentet."]], footer="Sida {page} av {pages}")
    assert [line.text for line in page_lines(read_pages(path))] == ["Enda raden i dokumentet."]


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("1. Inledning", "num1"),
        ("1.1 Syfte", "num2"),
        ("3.2.1 Bygglov utanför detaljplan", "num3"),
        ("A. Allmänna ärenden", "alpha"),
        ("B. Plan- och byggärenden", "alpha"),
        ("§ 4 Ordförandens uppgifter", "para"),
        ("4 kap. Nämndernas ansvar", "kap"),
        ("Kapitel 2", "kap"),
        ("Värdegrund", None),
        ("6 kap. 37 § kommunallagen gäller.", None),
        ("2024-02-20 beslutade nämnden", None),
    ],
)
def test_heading_styles(text: str, style: str | None) -> None:
    assert heading_style(text) == style


def _lines(*specs: tuple[str, bool]) -> list[Line]:
    return [Line(1, text, gap, 0, 0) for text, gap in specs]


def test_unnumbered_heading_needs_a_gap_and_body_text() -> None:
    lines = _lines(("Värdegrund", True), (LONG, False), ("planering och uppföljning.", False))
    assert heading_at(lines, 0, 90) == ("Värdegrund", "plain", 1)
    no_gap = _lines((LONG, True), ("Värdegrund", False), (LONG, False))
    assert heading_at(no_gap, 1, 90) is None  # a wrapped fragment, not a heading
    tail = _lines(("Slutet av stycket och", True), (LONG, False))
    assert heading_at(tail, 0, 90) is None  # ends with a function word


def test_two_line_heading_is_joined() -> None:
    lines = _lines(
        ("Rollfördelning mellan politik och förvaltning i Askersunds", True), ("kommun", False), (LONG, False)
    )
    assert heading_at(lines, 0, 90) == (
        "Rollfördelning mellan politik och förvaltning i Askersunds kommun",
        "plain",
        2,
    )


def test_tight_numbered_list_is_not_headings() -> None:
    lines = _lines(
        ("Nämnden ansvarar för:", True), ("1. Kommunfullmäktige", False), ("2. Kommunstyrelsen", False)
    )
    assert heading_at(lines, 1, 90) is None


def test_blocks_carry_heading_path_pages_and_offsets(tmp_path: Path) -> None:
    blocks_in = [
        ("h", "1. Inledning"),
        ("p", "Denna riktlinje gäller för hela kommunen. " * 3),
        ("h", "1.1 Syfte"),
        ("p", "Syftet är att beslut ska fattas på lägsta möjliga nivå."),
        ("break",),
        ("h", "2. Ansvar"),
        ("p", "Förvaltningschefen ansvarar för att riktlinjen följs."),
    ]
    pages = read_pages(story_pdf(tmp_path / "doc.pdf", blocks_in, footer="Fiktivt testdokument"))
    blocks = find_blocks(pages)
    assert [(b.section, b.page_start) for b in blocks] == [
        (("1. Inledning",), 1),
        (("1. Inledning", "1.1 Syfte"), 1),
        (("2. Ansvar",), 2),
    ]
    doc = document_text(pages)
    for block in blocks:
        assert _compact(doc[block.char_start : block.char_end]) == _compact(block.text)
    assert not any("Fiktivt" in b.text for b in blocks)


def test_paragraph_over_a_page_break_is_split_and_marked(tmp_path: Path) -> None:
    body = [f"Rad {n} i ett långt stycke som fortsätter över sidbrytningen utan att" for n in range(1, 40)]
    path = lines_pdf(tmp_path / "long.pdf", [body[:20], body[20:]], footer="Sida {page} av {pages}")
    blocks = [b for b in find_blocks(read_pages(path)) if b.kind is BlockKind.PARAGRAPH]
    assert [(b.page_start, b.page_end, b.continues) for b in blocks] == [(1, 1, False), (2, 2, True)]


def test_plain_page_without_layout_still_works() -> None:
    pages = [Page(1, "Värdegrund\nVi arbetar tillsammans.", "Värdegrund\nVi arbetar tillsammans.")]
    blocks = find_blocks(pages)
    assert [b.text for b in blocks] == ["Vi arbetar tillsammans."]


@pytest.mark.skipif(not STYRMODELL.exists(), reason="corpus/styrmodellen-askersund.pdf missing")
def test_styrmodellen_structure() -> None:
    pages = read_pages(STYRMODELL)
    blocks = find_blocks(pages)
    sections = {b.section[-1] for b in blocks}
    assert len(pages) == 8
    assert all(b.section for b in blocks)
    assert {"Styrmodellen i Askersunds kommun", "Värdegrund", "Beslut på lägsta möjliga nivå"} <= sections
    assert "Rollfördelning mellan politik och förvaltning i Askersunds kommun" in sections
    assert len(sections) == 18
    assert not any("Sida " in b.text or b.text == "Styrmodellen i Askersunds kommun" for b in blocks)
    carried = [b for b in blocks if b.continues]
    assert [(b.page_start, b.text[:11]) for b in carried] == [(7, "uppföljning")]
