"""Layout F2: the document opens with a framed "Beslut" paragraph written like a decision in
a minutes book (organ, meeting date, §, dnr and "att"-clauses, including validity and what
the document replaces); the title and the text follow below it. Running header with the
kommun and the organ, "Sida x/y" on the right."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

RUST = colors.Color(0.55, 0.22, 0.12)
PALE = colors.Color(0.98, 0.95, 0.92)
BH = ParagraphStyle("bh", fontName="Times-Bold", fontSize=15, leading=18, textColor=RUST,
                    spaceAfter=4)
BT = ParagraphStyle("bt", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=3)
BA = ParagraphStyle("ba", parent=BT, leftIndent=22, firstLineIndent=-22)


def page_fn(organ):
    def _page(c, page, total):
        c.saveState()
        c.setFont("Times-Bold", 10)
        c.drawString(22 * mm, H - 15 * mm, "Askersunds kommun")
        c.setFont("Times-Roman", 9)
        c.drawString(22 * mm, H - 19.5 * mm, organ)
        c.drawRightString(W - 22 * mm, H - 15 * mm, "Sida %d/%d" % (page, total))
        c.setStrokeColor(RUST)
        c.setLineWidth(0.8)
        c.line(22 * mm, H - 22 * mm, W - 22 * mm, H - 22 * mm)
        c.restoreState()
        fiktiv_mark(c, y=10 * mm)
    return _page


def beslut_box(lines, atts):
    """lines: intro lines (strings); atts: list of 'att ...' clauses."""
    inner = [Paragraph("Beslut", BH)]
    inner += [Paragraph(x, BT) for x in lines]
    inner += [Paragraph(a, BA) for a in atts]
    t = Table([["", inner]], colWidths=[3 * mm, W - 44 * mm - 3 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), RUST),
        ("BACKGROUND", (1, 0), (1, 0), PALE),
        ("BOX", (0, 0), (-1, -1), 0.6, RUST),
        ("LEFTPADDING", (1, 0), (1, 0), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def build(out_path, title, organ, story, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    main = Frame(22 * mm, 18 * mm, W - 44 * mm, H - 44 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[main])])
    doc.build(story, canvasmaker=numbered_canvas(page_fn(organ)))
