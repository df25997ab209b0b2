"""Layout B5: a protocol extract (utdrag ur sammanträdesprotokoll) in front of the document,
which follows as a bilaga to the paragraph."""
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark


def page_fn(organ, date, prot_page, bilaga_label, doc_short):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(20 * mm, H - 18 * mm, "ASKERSUNDS KOMMUN")
            c.setFont("Helvetica-Bold", 10)
            c.drawString(105 * mm, H - 18 * mm, "SAMMANTRÄDESPROTOKOLL")
            c.setFont("Helvetica", 8)
            c.drawString(105 * mm, H - 23 * mm, "Sammanträdesdatum")
            c.drawRightString(W - 20 * mm, H - 18 * mm, prot_page)
            c.setFont("Helvetica", 10)
            c.drawString(105 * mm, H - 27.5 * mm, date)
            c.drawString(20 * mm, H - 27.5 * mm, organ)
            c.setLineWidth(0.5)
            c.line(20 * mm, H - 30 * mm, W - 20 * mm, H - 30 * mm)
            # signature boxes
            y = 22 * mm
            c.setLineWidth(0.4)
            c.rect(20 * mm, y, 60 * mm, 12 * mm)
            c.rect(W - 80 * mm, y, 60 * mm, 12 * mm)
            c.setFont("Helvetica", 7)
            c.drawString(21.5 * mm, y + 9.5 * mm, "Justerandes signatur")
            c.drawString(W - 78.5 * mm, y + 9.5 * mm, "Utdragsbestyrkande")
        else:
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, H - 14 * mm, doc_short)
            c.drawRightString(W - 20 * mm, H - 14 * mm, bilaga_label)
            c.drawRightString(W - 20 * mm, 14 * mm, "%d (%d)" % (page - 1, total - 1))
        c.restoreState()
        fiktiv_mark(c, y=10 * mm)
    return _page


def para_head(st, para, dnr, heading):
    t = Table([[Paragraph("<b>%s</b>" % para, st["body"]), Paragraph(dnr, st["body"])]],
              colWidths=[60 * mm, 110 * mm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return [t, Spacer(1, 2 * mm), Paragraph(heading, st["h2"])]
