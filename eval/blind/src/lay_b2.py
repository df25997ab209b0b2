"""Layout B2: no metadata up front; a boxed "Dokumentinformation" block closes the last page."""
from reportlab.platypus import Paragraph, Table, TableStyle, KeepTogether, Spacer
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

ACCENT = colors.Color(0.12, 0.33, 0.29)


def page_fn(short):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(ACCENT)
            c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(22 * mm, H - 8 * mm, "Askersunds kommun")
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.drawString(22 * mm, H - 12 * mm, short)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.6)
            c.line(22 * mm, H - 13.5 * mm, W - 22 * mm, H - 13.5 * mm)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(W - 22 * mm, 14 * mm, "%d (%d)" % (page, total))
        c.restoreState()
        fiktiv_mark(c, y=14 * mm, x=22 * mm, align="left", size=6.5)
    return _page


def docinfo(rows, st):
    data = [[Paragraph("<b>Dokumentinformation</b>", st["cell"]), ""]]
    for l, v in rows:
        data.append([Paragraph(l, st["cell"]), Paragraph(v, st["cell"])])
    t = Table(data, colWidths=[48 * mm, 112 * mm])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.92, 0.9)),
        ("BOX", (0, 0), (-1, -1), 0.7, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]))
    return KeepTogether([Spacer(1, 8 * mm), t])
