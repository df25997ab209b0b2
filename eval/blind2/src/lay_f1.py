"""Layout F1: cover page with a ribbon of document types (this type highlighted), big title
and a month/year line; page 2 holds a "Dokumentinformation" table and an "Innehåll" list;
the text starts on page 3. Later pages: thin running header and a centred page number."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark

DARK = colors.Color(0.12, 0.30, 0.36)
LIGHT = colors.Color(0.88, 0.93, 0.94)
TYPES = ["Vision", "Program", "Plan", "Policy", "Riktlinje", "Rutin"]

TITLE_ST = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=30, leading=35,
                          textColor=DARK)
SUB_ST = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=17,
                        textColor=colors.Color(0.25, 0.25, 0.25))
LAB = ParagraphStyle("il", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                     textColor=DARK)
VAL = ParagraphStyle("iv", fontName="Helvetica", fontSize=9, leading=11.5)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=13)


def page_fn(title, doctype, subtitle, month, unit):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(DARK)
            c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(20 * mm, H - 9.5 * mm, "ASKERSUNDS KOMMUN")
            # ribbon of document types
            x = 20 * mm
            y = H - 62 * mm
            for t in TYPES:
                w = c.stringWidth(t, "Helvetica-Bold", 9) + 8 * mm
                if t == doctype:
                    c.setFillColor(DARK)
                    c.rect(x, y - 2.5 * mm, w, 8 * mm, stroke=0, fill=1)
                    c.setFillColor(colors.white)
                    c.setFont("Helvetica-Bold", 9)
                else:
                    c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
                    c.rect(x, y - 2.5 * mm, w, 8 * mm, stroke=1, fill=0)
                    c.setFillColor(colors.Color(0.6, 0.6, 0.6))
                    c.setFont("Helvetica", 9)
                c.drawCentredString(x + w / 2, y, t)
                x += w + 2 * mm
            p = Paragraph(title, TITLE_ST)
            _, h = p.wrap(W - 40 * mm, 100 * mm)
            p.drawOn(c, 20 * mm, H - 85 * mm - h)
            s = Paragraph(subtitle, SUB_ST)
            _, h2 = s.wrap(W - 40 * mm, 40 * mm)
            s.drawOn(c, 20 * mm, H - 92 * mm - h - h2)
            c.setFillColor(LIGHT)
            c.rect(0, 0, W, 60 * mm, stroke=0, fill=1)
            c.setFillColor(DARK)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(20 * mm, 38 * mm, month)
            c.setFont("Helvetica", 9.5)
            c.drawString(20 * mm, 32 * mm, unit)
            fiktiv_mark(c, y=12 * mm)
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.drawString(20 * mm, H - 13 * mm, "Askersunds kommun")
            c.drawRightString(W - 20 * mm, H - 13 * mm, title)
            c.setStrokeColor(DARK)
            c.setLineWidth(0.5)
            c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
            c.setFont("Helvetica", 9)
            c.setFillColor(colors.black)
            c.drawCentredString(W / 2, 13 * mm, str(page))
            fiktiv_mark(c, y=7 * mm)
        c.restoreState()
    return _page


def info_table(rows):
    data = [[Paragraph("DOKUMENTINFORMATION", ParagraphStyle(
        "ih", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.white)), ""]]
    for lab, val in rows:
        data.append([Paragraph(lab, LAB), Paragraph(val, VAL)])
    t = Table(data, colWidths=[48 * mm, W - 40 * mm - 48 * mm])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), DARK),
        ("BACKGROUND", (0, 1), (0, -1), LIGHT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.Color(0.75, 0.8, 0.82)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def simple_table(rows, widths=None):
    """Small table with a tinted header row and thin horizontal rules."""
    hs = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                        textColor=colors.white)
    cs = ParagraphStyle("tc", fontName="Helvetica", fontSize=8.5, leading=11)
    data = [[Paragraph(x, hs) for x in rows[0]]]
    data += [[Paragraph(x, cs) for x in r] for r in rows[1:]]
    if widths:
        cw = [w * mm for w in widths]
    else:
        cw = [(W - 40 * mm) * 0.68, (W - 40 * mm) * 0.32]
    t = Table(data, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), DARK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.Color(0.75, 0.8, 0.82)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def toc(entries):
    data = [[Paragraph(n, TOC), Paragraph(t, TOC), Paragraph(str(p), TOC)]
            for n, t, p in entries]
    t = Table(data, colWidths=[12 * mm, W - 40 * mm - 27 * mm, 15 * mm])
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.7, 0.7, 0.7), None, (1, 2)),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


class _Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "h2":
            self.seen.append((f.getPlainText(), self.page))


def build(out_path, title, doctype, subtitle, month, unit, info_rows, toc_entries, body,
          numbered_canvas, st):
    """toc_entries: list of (number, heading text); page numbers are found in a first pass."""
    pages = {}
    for _ in range(2):
        doc = _Doc(str(out_path), pagesize=(W, H), invariant=1, title=title,
                   author="Askersunds kommun")
        doc.seen = []
        cover = Frame(20 * mm, 70 * mm, W - 40 * mm, 20 * mm, id="cover")
        main = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="main")
        doc.addPageTemplates([PageTemplate(id="cover", frames=[cover]),
                              PageTemplate(id="body", frames=[main])])
        entries = [(n, t, pages.get("%s. %s" % (n, t), 0)) for n, t in toc_entries]
        story = [NextPageTemplate("body"), Spacer(1, 1), PageBreak(),
                 info_table(info_rows), Spacer(1, 12 * mm),
                 Paragraph("Innehåll", st["h2"]), toc(entries), PageBreak()] + body()
        doc.build(story, canvasmaker=numbered_canvas(page_fn(title, doctype, subtitle, month,
                                                              unit)))
        pages = {t: pg for t, pg in doc.seen}
    missing = [t for n, t in toc_entries if "%s. %s" % (n, t) not in pages]
    assert not missing, missing
