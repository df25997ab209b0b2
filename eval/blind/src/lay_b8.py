"""Layout B8: taxa; a framed decision line sits directly above the amount tables."""
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

RED = colors.Color(0.55, 0.1, 0.12)
LINE_ST = ParagraphStyle("dl", fontName="Helvetica-Bold", fontSize=9, leading=12)


def decision_line(text, width=170 * mm):
    t = Table([[Paragraph(text, LINE_ST)]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, RED),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.98, 0.95, 0.95)),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def draw_decision_line(c, x, y, text, width=170 * mm):
    c.saveState()
    c.setStrokeColor(RED)
    c.setFillColor(colors.Color(0.98, 0.95, 0.95))
    c.setLineWidth(1)
    c.rect(x, y - 2.5 * mm, width, 7.5 * mm, stroke=1, fill=1)
    c.setFillColor(colors.black)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    size = 9
    while stringWidth(text, "Helvetica-Bold", size) > width - 5 * mm:
        size -= 0.25
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 2.5 * mm, y, text)
    c.restoreState()


def page_fn(short):
    def _page(c, page, total):
        c.saveState()
        c.setFillColor(RED)
        c.rect(20 * mm, H - 16 * mm, W - 40 * mm, 1.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 13 * mm, "Askersunds kommun")
        c.drawRightString(W - 20 * mm, H - 13 * mm, short)
        c.drawRightString(W - 20 * mm, 14 * mm, "sid %d/%d" % (page, total))
        c.restoreState()
        fiktiv_mark(c, y=14 * mm, x=20 * mm, align="left")
    return _page
