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
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ]
                )
            )
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
