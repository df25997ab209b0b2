"""Layout B7: grey sidebar column on page 1 with stacked labels and values; a footer line
carries the decision history on every page."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, NextPageTemplate)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

GREY = colors.Color(0.92, 0.92, 0.92)
SB_LAB = ParagraphStyle("sbl", fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                        textColor=colors.Color(0.3, 0.3, 0.3), spaceBefore=6)
SB_VAL = ParagraphStyle("sbv", fontName="Helvetica", fontSize=8.5, leading=10.5)
SBW = 48 * mm


def page_fn(history):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(12 * mm, H - 18 * mm, "ASKERSUNDS")
            c.drawString(12 * mm, H - 22.5 * mm, "KOMMUN")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        x0 = SBW + 20 * mm if page == 1 else 22 * mm
        c.drawString(x0, 14 * mm, history)
        c.drawRightString(W - 20 * mm, 14 * mm, "%d/%d" % (page, total))
        c.restoreState()
        fiktiv_mark(c, y=8 * mm, x=x0, align="left")
    return _page


def sidebar(items):
    out = [Spacer(1, 22 * mm)]
    for lab, val in items:
        out += [Paragraph(lab, SB_LAB), Paragraph(val, SB_VAL)]
    return out + [FrameBreak()]


def build(out_path, title, side_items, body, history, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    side = Frame(12 * mm, 20 * mm, SBW - 6 * mm, H - 40 * mm, id="side", showBoundary=0)
    main1 = Frame(SBW + 20 * mm, 20 * mm, W - SBW - 40 * mm, H - 38 * mm, id="main1")
    main = Frame(22 * mm, 20 * mm, W - 42 * mm, H - 38 * mm, id="main")
    def grey(c, d):
        c.saveState()
        c.setFillColor(GREY)
        c.rect(0, 0, SBW + 12 * mm, H, stroke=0, fill=1)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="first", frames=[side, main1], onPage=grey),
                          PageTemplate(id="later", frames=[main])])
    story = [NextPageTemplate("later")] + sidebar(side_items) + body
    doc.build(story, canvasmaker=numbered_canvas(page_fn(history)))
