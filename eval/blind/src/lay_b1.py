"""Layout B1: a grid of boxed cells (small label above the value) under the title."""
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

GRID_LINE = colors.Color(0.55, 0.6, 0.65)


def page_fn(title, unit):
    def _page(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(20 * mm, 13 * mm, "Askersunds kommun  |  " + title)
        c.drawRightString(W - 20 * mm, 13 * mm, "Sida %d av %d" % (page, total))
        c.setStrokeColor(GRID_LINE)
        c.setLineWidth(0.4)
        c.line(20 * mm, 16.5 * mm, W - 20 * mm, 16.5 * mm)
        if page == 1:
            c.setFont("Helvetica-Bold", 11)
            c.setFillColor(colors.black)
            c.drawString(20 * mm, H - 20 * mm, "ASKERSUNDS KOMMUN")
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, H - 25 * mm, unit)
        c.restoreState()
        fiktiv_mark(c, y=8 * mm)
    return _page


def grid(cells, st):
    data = [[[Paragraph(l, st["small"]), Spacer(1, 2), Paragraph(v, st["cellb"])]
             for l, v in row] for row in cells]
    t = Table(data, colWidths=[42.5 * mm] * 4)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GRID_LINE),
        ("INNERGRID", (0, 0), (-1, -1), 0.8, GRID_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t
