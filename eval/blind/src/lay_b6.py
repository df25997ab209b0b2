"""Layout B6: no metadata block; the decision is told in the first paragraph of the introduction."""
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

BLUE = colors.Color(0.1, 0.25, 0.5)


def page_fn(short):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(BLUE)
            c.rect(0, H - 65 * mm, 9 * mm, 65 * mm, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(25 * mm, H - 15 * mm, "Askersunds kommun")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 15 * mm, "%s  |  %d" % (short, page))
        c.restoreState()
        fiktiv_mark(c, y=9 * mm)
    return _page
