"""Layout F5: the document is the attachment (bilaga) to a protocol. A typed, framed
attachment stamp sits in the top right corner of every page (organ, "Bilaga N till
protokoll <date>, § N", Dnr); no other decision block. The text is set as numbered blocks:
a number column, the matter or rule, and (for delegation) lettered sub-items a), b), c) with
the delegate right-aligned, followed by a small line with lagrum, vidaredelegering and
remarks. Page number as "– n –" at the foot."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from common import W, H, fiktiv_mark

INK = colors.Color(0.12, 0.2, 0.5)
NUM = ParagraphStyle("num", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5)
TXT = ParagraphStyle("txt", fontName="Helvetica", fontSize=9.5, leading=12.5)
TXB = ParagraphStyle("txb", parent=TXT, fontName="Helvetica-Bold")
SUB = ParagraphStyle("sub", parent=TXT, leftIndent=12, firstLineIndent=-12)
DEL = ParagraphStyle("del", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5,
                     alignment=TA_RIGHT)
META = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=8, leading=10.5,
                      textColor=colors.Color(0.3, 0.3, 0.3))


def page_fn(stamp_lines):
    def _page(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.drawString(22 * mm, H - 16 * mm, "Askersunds kommun")
        w = 70 * mm
        h = (len(stamp_lines) * 4.4 + 3) * mm
        x = W - 20 * mm - w
        y = H - 11 * mm - h
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFillColor(INK)
        for i, line in enumerate(stamp_lines):
            c.setFont("Courier-Bold" if i == 0 else "Courier", 8.5)
            c.drawString(x + 2.5 * mm, y + h - (4.4 * (i + 1)) * mm, line)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 13 * mm, "– %d –" % page)
        c.restoreState()
        fiktiv_mark(c, y=8 * mm)
    return _page


def item(nr, matter, delegate=None, subs=(), meta=None, bold=True):
    """One numbered block. subs: list of (letter, text, delegate)."""
    rows = [[Paragraph(nr, NUM), Paragraph(matter, TXB if bold else TXT),
             Paragraph(delegate or "", DEL)]]
    for letter, text, d in subs:
        rows.append(["", Paragraph("%s) %s" % (letter, text), SUB), Paragraph(d, DEL)])
    if meta:
        rows.append(["", Paragraph(meta, META), ""])
    t = Table(rows, colWidths=[14 * mm, W - 44 * mm - 14 * mm - 32 * mm, 32 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.3, colors.Color(0.75, 0.75, 0.8)),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]))
    return t


def para(nr, heading, texts):
    """A §-numbered block for a reglemente: number, bold heading, then paragraphs."""
    cells = [Paragraph(heading, TXB)] + [Paragraph(x, TXT) for x in texts]
    t = Table([[Paragraph(nr, NUM), cells]], colWidths=[14 * mm, W - 44 * mm - 14 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def build(out_path, title, stamp_lines, story, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    main = Frame(22 * mm, 18 * mm, W - 44 * mm, H - 52 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[main])])
    doc.build(story, canvasmaker=numbered_canvas(page_fn(stamp_lines)))
