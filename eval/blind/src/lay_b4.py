"""Layout B4: a three-line running header on every page, fields set left and right."""
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark


def page_fn(doctype, left2, right2, left3, right3):
    def _page(c, page, total):
        c.saveState()
        top = H - 13 * mm
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, top, "ASKERSUNDS KOMMUN")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, top, doctype.upper())
        c.drawRightString(W - 18 * mm, top, "Sida %d av %d" % (page, total))
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, top - 4.5 * mm, left2)
        c.drawRightString(W - 18 * mm, top - 4.5 * mm, right2)
        c.drawString(18 * mm, top - 8.5 * mm, left3)
        c.drawRightString(W - 18 * mm, top - 8.5 * mm, right3)
        c.setLineWidth(0.8)
        c.line(18 * mm, top - 10.5 * mm, W - 18 * mm, top - 10.5 * mm)
        c.restoreState()
        fiktiv_mark(c, y=9 * mm)
    return _page
