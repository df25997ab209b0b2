"""Layout F4: a landscape delegationsordning. Page 1 has a dark title band, then a light
strip with the decision data as inline UPPERCASE labels separated by bars, then the general
rules in two columns and the legends (delegates; laws with SFS numbers). From page 2 a
wide table with shaded section rows and alternating row tint, header repeated:
Nr | Ärende | Delegat | Vidaredelegering | Lagrum | Villkor och kommentarer."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import LW, LH, fiktiv_mark

TEAL = colors.Color(0.05, 0.33, 0.33)
TINT = colors.Color(0.93, 0.96, 0.96)
SEC = colors.Color(0.80, 0.89, 0.89)
HS = ParagraphStyle("hs", fontName="Helvetica-Bold", fontSize=8, leading=10,
                    textColor=colors.white)
CS = ParagraphStyle("cs", fontName="Helvetica", fontSize=8, leading=10)
CB = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=11)


def page_fn(title, organ, strip):
    def _page(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(TEAL)
            c.rect(0, LH - 34 * mm, LW, 34 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica", 9)
            c.drawString(20 * mm, LH - 10 * mm, "ASKERSUNDS KOMMUN  ·  " + organ.upper())
            c.setFont("Helvetica-Bold", 22)
            c.drawString(20 * mm, LH - 24 * mm, title)
            c.setFillColor(TINT)
            c.rect(0, LH - 44 * mm, LW, 10 * mm, stroke=0, fill=1)
            x = 20 * mm
            y = LH - 40.5 * mm
            for i, (lab, val) in enumerate(strip):
                if i:
                    c.setStrokeColor(TEAL)
                    c.line(x - 3 * mm, y - 1.2 * mm, x - 3 * mm, y + 3.5 * mm)
                c.setFillColor(TEAL)
                c.setFont("Helvetica-Bold", 6.8)
                c.drawString(x, y, lab.upper())
                x += c.stringWidth(lab.upper(), "Helvetica-Bold", 6.8) + 2 * mm
                c.setFillColor(colors.black)
                c.setFont("Helvetica", 8.5)
                c.drawString(x, y, val)
                x += c.stringWidth(val, "Helvetica", 8.5) + 6 * mm
        else:
            c.setFont("Helvetica-Bold", 8)
            c.setFillColor(TEAL)
            c.drawString(20 * mm, LH - 11 * mm, title)
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm + c.stringWidth(title, "Helvetica-Bold", 8) + 4 * mm,
                         LH - 11 * mm, "· " + organ)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(LW - 20 * mm, 10 * mm, "Sida %d (%d)" % (page, total))
        c.restoreState()
        fiktiv_mark(c, y=10 * mm, x=20 * mm, align="left")
    return _page


def legend(title, header, rows, widths):
    data = [[Paragraph(h, HS) for h in header]]
    data += [[Paragraph(x, CS) for x in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [Paragraph(title, CB), Spacer(1, 1.5 * mm), t, Spacer(1, 4 * mm)]


HEAD = ["Nr", "Ärende", "Delegat", "Vidare-<br/>delegering", "Lagrum",
        "Villkor och kommentarer"]
WIDTHS = [12, 88, 22, 20, 38, 77]


def deleg_table(sections):
    """sections: list of (heading, rows); row = (nr, ärende, delegat, vidare, lagrum, villkor)."""
    data = [[Paragraph(h, HS) for h in HEAD]]
    style = [("BACKGROUND", (0, 0), (-1, 0), TEAL),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.78, 0.78))]
    for head, rows in sections:
        r = len(data)
        data.append([Paragraph(head, CB), "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SEC)]
        for i, row in enumerate(rows):
            data.append([Paragraph(x, CS) for x in row])
            if i % 2:
                style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), TINT))
    t = Table(data, colWidths=[w * mm for w in WIDTHS], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def build(out_path, title, organ, strip, intro, legends, sections, numbered_canvas):
    doc = BaseDocTemplate(str(out_path), pagesize=(LW, LH), invariant=1, title=title,
                          author="Askersunds kommun")
    colw = (LW - 40 * mm - 10 * mm) / 2
    top = LH - 50 * mm
    f1 = Frame(20 * mm, 16 * mm, colw, top - 16 * mm, id="c1")
    f2 = Frame(20 * mm + colw + 10 * mm, 16 * mm, colw, top - 16 * mm, id="c2")
    full = Frame(20 * mm, 16 * mm, LW - 40 * mm, LH - 32 * mm, id="full")
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1, f2]),
                          PageTemplate(id="rest", frames=[full])])
    side = Table([[legends[0], legends[1]]],
                 colWidths=[(LW - 40 * mm) * 0.42, (LW - 40 * mm) * 0.58])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = list(intro) + [NextPageTemplate("rest"), PageBreak(), side,
                           deleg_table(sections)]
    doc.build(story, canvasmaker=numbered_canvas(page_fn(title, organ, strip)))
