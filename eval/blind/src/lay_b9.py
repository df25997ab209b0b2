"""Layout B9: internal rutin/riktlinje; a classification stamp and a form-like field block
with dotted value lines drawn on page 1."""
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, NextPageTemplate
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

STAMP_RED = colors.Color(0.75, 0.1, 0.1)


def stamp(c, x, y, big, small, angle=8, scale=1.0):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColor(STAMP_RED)
    c.setFillColor(STAMP_RED)
    c.setLineWidth(1.6 * scale)
    w, h = 62 * mm * scale, 17 * mm * scale
    c.rect(-w / 2, -h / 2, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 16 * scale)
    c.drawCentredString(0, 0, big)
    c.setFont("Helvetica", 7 * scale)
    c.drawCentredString(0, -5.5 * mm * scale, small)
    c.restoreState()


def page_fn(unit, fields, big, small, doc_short):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(20 * mm, H - 20 * mm, "Askersunds kommun")
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, H - 25 * mm, unit)
            stamp(c, W - 55 * mm, H - 24 * mm, big, small)
            # field block
            y = H - 42 * mm
            colx = [20 * mm, 108 * mm]
            for i, (lab, val) in enumerate(fields):
                x = colx[i % 2]
                if i % 2 == 0 and i:
                    y -= 10 * mm
                c.setFont("Helvetica-Bold", 7)
                c.setFillColor(colors.Color(0.3, 0.3, 0.3))
                c.drawString(x, y + 4 * mm, lab)
                c.setFillColor(colors.black)
                c.setFont("Helvetica", 9.5)
                c.drawString(x, y, val)
                c.setDash(1, 2)
                c.setLineWidth(0.5)
                c.line(x, y - 1.5 * mm, x + 80 * mm, y - 1.5 * mm)
                c.setDash()
        else:
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, H - 14 * mm, doc_short)
            stamp(c, W - 40 * mm, H - 14 * mm, big, small, angle=0, scale=0.55)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 20 * mm, 14 * mm, "Sida %d (%d)" % (page, total))
        c.restoreState()
        fiktiv_mark(c, y=14 * mm, x=20 * mm, align="left")
    return _page


def field_block_height(n):
    return 42 * mm + ((n + 1) // 2) * 10 * mm


def build(out_path, title, story, fields, unit, big, small, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=title,
                          author="Askersunds kommun")
    top1 = field_block_height(len(fields))
    f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - top1 - 22 * mm, id="f1")
    f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 22 * mm, id="f2")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1]),
                          PageTemplate(id="later", frames=[f2])])
    doc.build([NextPageTemplate("later")] + story,
              canvasmaker=numbered_canvas(page_fn(unit, fields, big, small, title)))
