"""Layout F3: administrative letterhead on every page. Top left the kommun and the
förvaltning/avdelning that wrote the document; top right the document type word above a
ruled strip of small-label boxes (Datum | Diarienummer | Sida). The "Datum" box is the date
the text was drawn up, not the decision date; the decision is given in an italic line under
the title ("Fastställda av <nämnd> …")."""
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

NAVY = colors.Color(0.1, 0.16, 0.35)
LINE = colors.Color(0.55, 0.55, 0.6)
DEC = ParagraphStyle("dec", fontName="Helvetica-Oblique", fontSize=9.5, leading=13,
                     textColor=colors.Color(0.2, 0.2, 0.2), spaceAfter=10)


def page_fn(forv, avd, doctype, datum, dnr, contact):
    def _page(c, page, total):
        c.saveState()
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, H - 18 * mm, "ASKERSUNDS KOMMUN")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, H - 23 * mm, forv)
        if avd:
            c.drawString(20 * mm, H - 27 * mm, avd)
        # right block
        x0 = W - 20 * mm - 84 * mm
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, H - 14 * mm, doctype.upper())
        widths = [28 * mm, 36 * mm, 20 * mm]
        labels = ["Datum", "Diarienummer", "Sida"]
        values = [datum, dnr, "%d (%d)" % (page, total)]
        y_top = H - 17 * mm
        x = x0
        c.setStrokeColor(LINE)
        c.setLineWidth(0.5)
        for w, lab, val in zip(widths, labels, values):
            c.rect(x, y_top - 11 * mm, w, 11 * mm, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.drawString(x + 1.5 * mm, y_top - 3.2 * mm, lab)
            c.setFont("Helvetica", 9)
            c.setFillColor(colors.black)
            c.drawString(x + 1.5 * mm, y_top - 8.5 * mm, val)
            x += w
        if page == 1 and contact:
            c.setFont("Helvetica", 7.5)
            c.drawString(x0, y_top - 15 * mm, contact)
        # footer
        c.setStrokeColor(LINE)
        c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(20 * mm, 12.5 * mm, "Askersunds kommun · " + forv +
                     " · nås via kommunens kontaktcenter")
        c.restoreState()
        fiktiv_mark(c, y=7.5 * mm)
    return _page


def build(out_path, title, forv, avd, doctype, datum, dnr, contact, story, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    main = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 58 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[main])])
    doc.build(story, canvasmaker=numbered_canvas(page_fn(forv, avd, doctype, datum, dnr,
                                                          contact)))
