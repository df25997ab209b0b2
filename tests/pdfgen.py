"""Throwaway PDFs for tests, built with reportlab into a temp dir.

Unit tests must not depend on the fixture collection (which another step generates), so each
test builds the few pages it needs. Blocks are tiny tuples so a test reads like the document:
``("h", "1. Inledning")``, ``("p", "Text ...")``, ``("table", rows)``, ``("break",)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

Block = tuple[Any, ...]


def lines_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    header: str | None = None,
    footer: str | None = None,
    encrypt: StandardEncryption | None = None,
) -> Path:
    """Write one line of text per entry, page by page, with a plain canvas.

    ``header``/``footer`` may contain ``{page}`` and ``{pages}``. An empty page list entry gives a
    page without any text (a stand-in for a scanned page).
    """
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        fmt = {"page": number, "pages": len(pages)}
        if header:
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, height - 15 * mm, header.format(**fmt))
        y = height - 30 * mm
        for line in lines:
            c.setFont("Helvetica", 11)
            c.drawString(20 * mm, y, line)
            y -= 6 * mm
        if not lines:
            c.rect(20 * mm, 20 * mm, 100 * mm, 100 * mm, fill=1)  # "image": marks, no text
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, 12 * mm, footer.format(**fmt))
        c.showPage()
    c.save()
    return path


def encrypted_pdf(path: Path, user_password: str, owner_password: str = "owner") -> Path:
    """A one-page PDF protected with RC4 (what reportlab writes; pypdf decrypts it without extras)."""
    enc = StandardEncryption(user_password, ownerPassword=owner_password, strength=128)
    return lines_pdf(path, [["Hemlig text om budget."]], encrypt=enc)


def story_pdf(
    path: Path,
    blocks: Sequence[Block],
    *,
    header: str | None = None,
    footer: str | None = None,
    col_widths: Sequence[float] | None = None,
) -> Path:
    """Write headings, paragraphs and tables with platypus, as a word processor export would.

    Tables repeat their header row on each page (``repeatRows=1``) and wrap long cells, which is
    exactly what table detection must cope with.
    """
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=9, leading=11)
    story: list[Any] = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            story.append(Paragraph(block[1], styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(block[1], styles["BodyText"]))
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(str(v), cell) for v in row] for row in block[1]]
            table = Table(rows, colWidths=col_widths, repeatRows=1)
            style: list[tuple[Any, ...]] = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
            # A row with only its first cell filled is a section row spanning the table.
            style += [("SPAN", (0, r), (-1, r)) for r, row in enumerate(block[1]) if r and not any(row[1:])]
            table.setStyle(TableStyle(style))
            story.append(table)
        else:
            raise ValueError(f"unknown block kind {kind!r}")

    def decorate(c: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        width, height = A4
        c.saveState()
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(20 * mm, height - 12 * mm, header.format(page=doc.page))
        if footer:
            c.drawString(20 * mm, 10 * mm, footer.format(page=doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


DELEGATION_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]


def delegation_pdf(path: Path) -> Path:
    """A small delegationsordning: legend, one table with section rows that crosses a page break,
    wrapped cells, and a numbered heading after the table."""
    rows: list[list[str]] = [DELEGATION_HEADER]
    for letter, title, count in (("A", "A. Allmänna ärenden", 5), ("B", "B. Plan- och byggärenden", 22),
                                 ("C", "C. Miljö- och hälsoskydd", 6)):  # fmt: skip
        rows.append([title, "", "", "", ""])
        for n in range(1, count + 1):
            matter = f"Beslut i ärende {n} om {letter.lower()}-frågor"
            if n % 3 == 0:
                matter += " som är så långt att cellen bryts på två rader"
            if (letter, n) == ("B", 4):
                matter = "Beslut om rivningslov"
            note = "Efter samråd med förvaltningschefen och kommunjuristen" if n % 4 == 0 else ""
            delegate = "BLH" if n % 2 or (letter, n) == ("B", 4) else "MI"
            rows.append([f"{letter}.{n}", matter, delegate, f"9 kap. {n} § PBL", note])
    blocks: list[Block] = [
        ("h", "Delegationsordning för testnämnden"),
        ("h", "1. Inledning"),
        ("p", "Nämnden delegerar beslutanderätt enligt 6 kap. 37 § kommunallagen. Beslut ska anmälas."),
        ("h", "2. Förkortningar"),
        ("p", "BLH&nbsp;&nbsp;Bygglovshandläggare"),
        ("p", "MI = Miljöinspektör"),
        ("h", "3. Delegationsförteckning"),
        ("table", rows),
        ("h", "4. Anmälan av beslut"),
        ("p", "Beslut som fattas med stöd av delegation ska anmälas till nämnden vid nästa sammanträde."),
    ]
    widths = [15 * mm, 65 * mm, 22 * mm, 30 * mm, 43 * mm]
    return story_pdf(path, blocks, footer="Fiktivt testdokument – sida {page}", col_widths=widths)


Cell = tuple[float, str]  # (x in mm from the left edge, text)


def tab_stops_pdf(path: Path, pages: Sequence[Sequence[str | Sequence[Cell]]], *, size: float = 9) -> Path:
    """Draw text at fixed x positions, line by line, with no rules: a table set with whitespace
    only, as a word processor's tab stops leave it. A ``str`` is a line at the left margin; a
    sequence of cells is one line of a table. A line starting with "# " is drawn large and bold
    (a title), which changes how pypdf's layout mode spaces that page. Every page is marked
    "Fiktivt testdokument" at the bottom."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for lines in pages:
        y = height - 25 * mm
        for line in lines:
            if isinstance(line, str) and line.startswith("# "):
                c.setFont("Helvetica-Bold", 18)
                c.drawString(20 * mm, y, line[2:])
                y -= 10 * mm
                continue
            c.setFont("Helvetica", size)
            for x, text in [(20.0, line)] if isinstance(line, str) else line:
                c.drawString(x * mm, y, text)
            y -= size * 0.5 * mm
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Fiktivt testdokument")
        c.showPage()
    c.save()
    return path


def two_column_pdf(path: Path, title: str, columns: Sequence[Sequence[Block]], *, pages: int = 1) -> Path:
    """A title across the page, then paragraphs and headings in two columns (a newsletter-like
    riktlinje): ``columns`` is the story in reading order, split over the left and right column
    of each page (``("h", ...)``, ``("p", ...)``, ``("break",)`` to move to the next column)."""
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

    styles = getSampleStyleSheet()
    width, height = A4
    gutter, margin = 8 * mm, 18 * mm
    col_w = (width - 2 * margin - gutter) / 2
    top = height - 40 * mm
    frames = [
        Frame(margin, 20 * mm, col_w, top - 20 * mm, id="left"),
        Frame(margin + col_w + gutter, 20 * mm, col_w, top - 20 * mm, id="right"),
    ]

    def decorate(c: canvas.Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        c.setFont("Helvetica-Bold", 16)
        c.drawString(margin, height - 25 * mm, title)
        c.setFont("Helvetica", 7)
        c.drawString(margin, 10 * mm, "Fiktivt testdokument")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=decorate)])
    story: list[Any] = []
    for column in columns:
        for block in column:
            if block[0] == "h":
                story.append(Paragraph(block[1], styles["Heading3"]))
            elif block[0] == "p":
                story.append(Paragraph(block[1], styles["BodyText"]))
        story.append(FrameBreak())
    doc.build(story[:-1])
    return path


# (x in mm from the left, or from the right when align is "right"; y in mm from the top; size; text)
Placed = tuple[float, float, float, str] | tuple[float, float, float, str, str]


def placed_pdf(path: Path, pages: Sequence[Sequence[Placed]], *, running: Sequence[Placed] = ()) -> Path:
    """Draw each text at its place and size, as a layout program would: right-aligned blocks,
    covers, banners and footers. ``running`` is drawn on every page."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for items in pages:
        for item in (*running, *items):
            x, y, size, text = item[:4]
            align = item[4] if len(item) > 4 else "left"
            c.setFont("Helvetica-Bold" if size >= 14 else "Helvetica", size)
            if align == "right":
                c.drawRightString(width - x * mm, height - y * mm, text)
            else:
                c.drawString(x * mm, height - y * mm, text)
        c.showPage()
    c.save()
    return path
