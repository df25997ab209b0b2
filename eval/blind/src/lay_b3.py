"""Layout B3: header table whose column headings (labels) sit above the values."""
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

LAB = ParagraphStyle("lab", fontName="Helvetica", fontSize=6.8, leading=8,
                     textColor=colors.Color(0.35, 0.35, 0.35))
VAL = ParagraphStyle("val", fontName="Helvetica", fontSize=9, leading=11)
SHADE = colors.Color(0.93, 0.93, 0.9)


def page_fn(title, unit):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(20 * mm, H - 20 * mm, "Askersunds kommun")
            c.setFont("Helvetica", 8.5)
            c.drawString(20 * mm, H - 25 * mm, unit)
            c.drawRightString(W - 20 * mm, H - 20 * mm, "%d (%d)" % (page, total))
        else:
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, H - 14 * mm, title)
            c.drawRightString(W - 20 * mm, H - 14 * mm, "%d (%d)" % (page, total))
            c.setLineWidth(0.3)
            c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
        c.restoreState()
        fiktiv_mark(c, y=10 * mm)
    return _page


def header_table(rows):
    """rows: list of lists of (label, value); each group of 4 gives a label row + value row."""
    data, style = [], [("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                       ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.Color(0.5, 0.5, 0.5)),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for grp in rows:
        r = len(data)
        data.append([Paragraph(l.upper(), LAB) for l, _ in grp])
        data.append([Paragraph(v, VAL) for _, v in grp])
        style += [("BACKGROUND", (0, r), (-1, r), SHADE),
                  ("TOPPADDING", (0, r), (-1, r), 1.5), ("BOTTOMPADDING", (0, r), (-1, r), 1.5)]
    t = Table(data, colWidths=[34 * mm, 44 * mm, 44 * mm, 48 * mm])
    t.setStyle(TableStyle(style))
    return t
