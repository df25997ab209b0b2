"""Layout F7: plain-language layout. Title and an ingress, then a rounded, tinted callout box
"Om dokumentet" in which the metadata is given as questions and answers ("Vem har
beslutat?", "När?", "Vad ersätter den?", "Vem gäller den för?" …). A pill with the document
type in the top right corner; footer "title · sida x av y"."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

GREEN = colors.Color(0.16, 0.42, 0.25)
TINT = colors.Color(0.91, 0.96, 0.92)
Q = ParagraphStyle("q", fontName="Helvetica-Bold", fontSize=9, leading=12, textColor=GREEN)
A = ParagraphStyle("a", fontName="Helvetica", fontSize=9, leading=12)
BH = ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=GREEN)
ING = ParagraphStyle("ing", fontName="Helvetica", fontSize=11.5, leading=16, spaceAfter=8)


class Callout(Flowable):
    """Rounded tinted box around a table."""

    def __init__(self, inner, width):
        Flowable.__init__(self)
        self.inner = inner
        self.width = width

    def wrap(self, aw, ah):
        _, h = self.inner.wrap(self.width - 10 * mm, ah)
        self.h = h + 8 * mm
        return self.width, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TINT)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, self.width, self.h, 4 * mm, stroke=1, fill=1)
        c.restoreState()
        self.inner.drawOn(c, 5 * mm, 4 * mm)


def om_dokumentet(qa, width):
    rows = [[Paragraph("Om dokumentet", BH), ""]]
    rows += [[Paragraph(q, Q), Paragraph(a, A)] for q, a in qa]
    t = Table(rows, colWidths=[50 * mm, width - 10 * mm - 50 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return Callout(t, width)


def page_fn(title, doctype):
    def _page(c, page, total):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(GREEN)
        c.drawString(22 * mm, H - 16 * mm, "Askersunds kommun")
        w = c.stringWidth(doctype.upper(), "Helvetica-Bold", 8) + 8 * mm
        c.roundRect(W - 22 * mm - w, H - 18.5 * mm, w, 6.5 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(W - 22 * mm - w / 2, H - 16.3 * mm, doctype.upper())
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 13 * mm, "%s · sida %d av %d" % (title, page, total))
        c.restoreState()
        fiktiv_mark(c, y=8 * mm, x=22 * mm, align="left")
    return _page


def build(out_path, title, doctype, story, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    main = Frame(22 * mm, 20 * mm, W - 44 * mm, H - 44 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[main])])
    doc.build(story, canvasmaker=numbered_canvas(page_fn(title, doctype)))
