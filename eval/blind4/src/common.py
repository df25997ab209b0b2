"""Shared helpers for the fictitious Askersund documents of the fourth held-out collection
(blind4): fonts, styles, the marker, truth records and the page drawing of the five layouts
L1–L5.

Every document module imports what it needs from here and supplies its own text.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

MARK = "Fiktivt testdokument"
KOMMUN = "Askersunds kommun"
PAGE_W, PAGE_H = A4
GREY = colors.HexColor("#5c5c5c")
GREEN = colors.HexColor("#1d4d3f")       # dark lake green
LEAF = colors.HexColor("#6f9a57")
SAND = colors.HexColor("#f1ede2")
MIST = colors.HexColor("#e4ece6")
RULE = colors.HexColor("#9aa59d")
RED = colors.HexColor("#a3261b")
AUTHOR = "Askersunds kommun (fiktiv)"

SV_MON_ABBR = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.",
               "nov.", "dec."]


def styles(font: str = "Helvetica", size: float = 10.0) -> dict:
    bold = "Times-Bold" if font.startswith("Times") else "Helvetica-Bold"
    ital = "Times-Italic" if font.startswith("Times") else "Helvetica-Oblique"
    lead = size * 1.35
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2,
                                leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.8,
                               leading=(size - 1.8) * 1.25),
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 11,
                                leading=(size + 11) * 1.18, spaceAfter=8, textColor=GREEN),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1, textColor=GREEN),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                             spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "ital": ParagraphStyle("ital", fontName=ital, fontSize=size, leading=lead, spaceAfter=5),
        "ingress": ParagraphStyle("ingress", fontName=font, fontSize=size + 1.5,
                                  leading=(size + 1.5) * 1.35, spaceAfter=8, textColor=GREY),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=lead,
                                alignment=TA_RIGHT),
    }
    s["bold"] = bold
    s["font"] = font
    return s


def bullets(items: list[str], style: ParagraphStyle, symbol: str = "\u2022") -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=12, value=symbol)
                         for t in items], bulletType="bullet", start=symbol, leftIndent=12,
                        bulletFontSize=style.fontSize, bulletFontName=style.fontName)


def numbered(items: list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=16) for t in items],
                        bulletType="1", leftIndent=16, bulletFontSize=style.fontSize,
                        bulletFontName=style.fontName, bulletFormat="%s.")


def sp(h: float = 4) -> Spacer:
    return Spacer(1, h)


def grid(data: list[list[str]], widths_mm: list[float], s: dict, head: bool = True,
         repeat: int = 0, shade=SAND, lines: str = "grid") -> Table:
    cell = s["cell"]
    rows = [[Paragraph(("<b>%s</b>" % x) if (head and i == 0) else x, cell) for x in r]
            for i, r in enumerate(data)]
    t = Table(rows, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=repeat)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, RULE))
    elif lines == "rows":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.9, GREEN)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    t.setStyle(TableStyle(cmds))
    return t


FIELDS = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph",
          "diarienummer", "valid_from", "valid_to", "replaces", "replaces_file", "scope", "owner",
          "review_date", "publication_stated", "publication", "status_2026_11_26",
          "abbreviations", "decisions", "statements", "notes"]


def truth(**kw) -> dict:
    rec = {k: None for k in FIELDS}
    rec["abbreviations"] = {}
    rec["decisions"] = []
    rec["statements"] = []
    rec["notes"] = ""
    unknown = set(kw) - set(FIELDS)
    if unknown:
        raise KeyError(f"unknown truth fields: {unknown}")
    rec.update(kw)
    rec["publication"] = "intern" if rec["publication_stated"] == "intern" else "extern"
    return rec


def dec(matter, decider, code, condition, page) -> dict:
    return {"matter": matter, "decider": decider, "code": code, "condition": condition,
            "page": page}


def stm(matter, decider, page) -> dict:
    return {"matter": matter, "decider": decider, "page": page}


# ---------------------------------------------------------------------------------------------
# generic two-template builder (built twice so that "n av N" can be drawn)
# ---------------------------------------------------------------------------------------------

def _count(path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def make_pdf(out_path, title: str, story_fn, first_cb, later_cb, first_frame, later_frame,
             pagesize=A4):
    """first_cb / later_cb(canvas, doc, total) draw the page furniture; *_frame = (x, y, w, h)
    in points; story_fn() returns fresh flowables."""

    def run(total):
        doc = BaseDocTemplate(str(out_path), pagesize=pagesize, title=title, author=AUTHOR,
                              invariant=1, leftMargin=0, rightMargin=0, topMargin=0,
                              bottomMargin=0)
        f1 = Frame(*first_frame, id="f1", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        f2 = Frame(*later_frame, id="f2", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("first", [f1], onPage=lambda c, d: first_cb(c, d, total)),
            PageTemplate("later", [f2], onPage=lambda c, d: later_cb(c, d, total))])
        doc.build([NextPageTemplate("later")] + story_fn())

    run(0)
    n = _count(out_path)
    run(n)
    if _count(out_path) != n:
        raise RuntimeError(f"page count changed for {out_path}")


def marker(c, x, y, right=False, size=7, color=GREY, center=False):
    c.saveState()
    c.setFont("Helvetica", size)
    c.setFillColor(color)
    if center:
        c.drawCentredString(x, y, MARK)
    else:
        (c.drawRightString if right else c.drawString)(x, y, MARK)
    c.restoreState()


def emblem(c, x, y, size=7 * mm, fg=GREEN, bg=colors.white):
    """A small stylised emblem: a disc with a wave (lake) across it."""
    c.saveState()
    c.setFillColor(fg)
    c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    c.setStrokeColor(bg)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x + size * 0.15, y + size * 0.45)
    p.curveTo(x + size * 0.35, y + size * 0.62, x + size * 0.55, y + size * 0.28,
              x + size * 0.85, y + size * 0.47)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


LM = 22 * mm
TEXT_W = PAGE_W - 44 * mm


# ---------------------------------------------------------------------------------------------
# L1 – plain pages; the decision data only on the last page, in a "Beslutshistorik" table whose
#      NEWEST row is on top, and a short "Dokumentinformation" list under it
# ---------------------------------------------------------------------------------------------

def l1_build(out_path, title, story_fn, organ: str):
    """Page 1: a dark band across the top with the kommun name; the owning organ under it (the
    story sets the title). Later pages: slim header 'Askersunds kommun · organ'. Every page: a
    footer with the title left, 'Sida n/N' right and the marker centred."""

    def foot(c, doc, total):
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(LM, 16 * mm, PAGE_W - LM, 16 * mm)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 11.5 * mm, title)
        c.drawRightString(PAGE_W - LM, 11.5 * mm, f"Sida {doc.page}/{total}")
        c.restoreState()
        marker(c, PAGE_W / 2, 7 * mm, center=True)

    def first(c, doc, total):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, PAGE_H - 24 * mm, PAGE_W, 24 * mm, stroke=0, fill=1)
        emblem(c, LM, PAGE_H - 16.5 * mm, 8 * mm, fg=colors.white, bg=GREEN)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(LM + 11 * mm, PAGE_H - 13.8 * mm, KOMMUN.upper())
        c.setFillColor(GREEN)
        c.setFont("Helvetica", 9)
        c.drawString(LM, PAGE_H - 31 * mm, organ)
        c.restoreState()
        foot(c, doc, total)

    def later(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREEN)
        c.drawString(LM, PAGE_H - 13 * mm, f"{KOMMUN} \u00b7 {organ}")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.line(LM, PAGE_H - 15 * mm, PAGE_W - LM, PAGE_H - 15 * mm)
        c.restoreState()
        foot(c, doc, total)

    f1 = (LM, 20 * mm, TEXT_W, PAGE_H - 20 * mm - 37 * mm)
    f2 = (LM, 20 * mm, TEXT_W, PAGE_H - 20 * mm - 21 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)


def l1_history(rows: list[tuple[str, str, str, str, str]], s: dict) -> Table:
    """Beslutshistorik: Datum för beslut | Beslutsorgan | Paragraf | Diarienummer | Beslutet
    avser – rows given newest first, as printed."""
    head = ["Datum för beslut", "Beslutsorgan", "Paragraf", "Diarienummer", "Beslutet avser"]
    data = [head] + [list(r) for r in rows]
    t = grid(data, [25, 38, 17, 26, 60], s, head=True, shade=MIST, lines="rows")
    return t


def l1_info(rows: list[tuple[str, str]], s: dict) -> Table:
    data = [[Paragraph(k, s["cell"]), Paragraph(v, s["cell"])] for k, v in rows]
    t = Table(data, colWidths=[40 * mm, TEXT_W - 40 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return t


# ---------------------------------------------------------------------------------------------
# L2 – two-column cover: a green panel on the left with the decision data stacked at its foot,
#      title and type word on the right; text from page 2
# ---------------------------------------------------------------------------------------------

def l2_build(out_path, title, story_fn, typeword: str, title_lines: list[str], subtitle: str,
             meta: list[tuple[str, str]], running: str):
    """Cover (page 1, drawn on the canvas; the story must start with a PageBreak): a left panel
    (68 mm) in dark green with emblem and kommun name at the top and 'Label' / value pairs in
    small white type at the bottom-left; right of it the type word in capitals, the title in
    large type over several lines, a subtitle and a simple drawn landscape. Later pages: header
    'Askersunds kommun – running' and a centred page number."""
    panel = 68 * mm

    def first(c, doc, total):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, 0, panel, PAGE_H, stroke=0, fill=1)
        emblem(c, 14 * mm, PAGE_H - 30 * mm, 10 * mm, fg=colors.white, bg=GREEN)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(14 * mm, PAGE_H - 40 * mm, KOMMUN)
        # stacked metadata, bottom-left
        y = 20 * mm + len(meta) * 9.2 * mm
        for lab, val in meta:
            c.setFont("Helvetica", 6.6)
            c.setFillColor(colors.HexColor("#bcd3c4"))
            c.drawString(14 * mm, y, lab)
            c.setFont("Helvetica-Bold", 8.2)
            c.setFillColor(colors.white)
            c.drawString(14 * mm, y - 3.8 * mm, val)
            y -= 9.2 * mm
        marker(c, 14 * mm, 10 * mm, color=colors.white)
        # right-hand column
        x = panel + 16 * mm
        c.setFillColor(LEAF)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, PAGE_H - 60 * mm, typeword.upper())
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 27)
        yy = PAGE_H - 76 * mm
        for line in title_lines:
            c.drawString(x, yy, line)
            yy -= 11 * mm
        c.setFont("Helvetica", 11)
        c.setFillColor(GREY)
        c.drawString(x, yy - 2 * mm, subtitle)
        # a simple drawn landscape: hills and a lake
        base = 70 * mm
        c.setFillColor(MIST)
        c.rect(x, base, PAGE_W - x - 16 * mm, 62 * mm, stroke=0, fill=1)
        c.setFillColor(LEAF)
        p = c.beginPath()
        p.moveTo(x, base + 22 * mm)
        p.curveTo(x + 30 * mm, base + 48 * mm, x + 60 * mm, base + 20 * mm,
                  PAGE_W - 16 * mm, base + 36 * mm)
        p.lineTo(PAGE_W - 16 * mm, base + 14 * mm)
        p.lineTo(x, base + 14 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#7fa7b8"))
        c.rect(x, base, PAGE_W - x - 16 * mm, 14 * mm, stroke=0, fill=1)
        c.restoreState()

    def later(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREEN)
        c.drawString(LM, PAGE_H - 14 * mm, f"{KOMMUN} \u2013 {running}")
        c.setStrokeColor(LEAF)
        c.setLineWidth(1.5)
        c.line(LM, PAGE_H - 16.5 * mm, LM + 25 * mm, PAGE_H - 16.5 * mm)
        c.setFont("Helvetica", 9)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_W / 2, 12 * mm, str(doc.page))
        c.restoreState()
        marker(c, PAGE_W - LM, 12 * mm, right=True)

    f1 = (panel + 16 * mm, 20 * mm, 20 * mm, 20 * mm)    # unused: story starts with PageBreak
    f2 = (LM, 22 * mm, TEXT_W, PAGE_H - 22 * mm - 26 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)


# ---------------------------------------------------------------------------------------------
# L3 – "Beslutsgång" timeline box under the ingress; Dnr only in the page header
# ---------------------------------------------------------------------------------------------

def l3_build(out_path, title, story_fn, typeword: str, dnr: str, dept: str):
    """Every page: header with emblem + kommun name left and 'Dnr …' right (page 1 also the type
    word in a green tab); footer 'dept' left, 'n (N)' right, marker under it."""

    def page(c, doc, total):
        c.saveState()
        emblem(c, LM, PAGE_H - 19 * mm, 6.5 * mm)
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(GREEN)
        c.drawString(LM + 8.5 * mm, PAGE_H - 16.6 * mm, KOMMUN)
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawRightString(PAGE_W - LM, PAGE_H - 16.6 * mm, dnr)
        if doc.page == 1:
            c.setFillColor(GREEN)
            c.rect(PAGE_W - LM - 34 * mm, PAGE_H - 29 * mm, 34 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(PAGE_W - LM - 17 * mm, PAGE_H - 26.6 * mm, typeword.upper())
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(LM, 17 * mm, PAGE_W - LM, 17 * mm)
        c.setFont("Helvetica", 7.5)
        c.drawString(LM, 12.5 * mm, dept)
        c.drawRightString(PAGE_W - LM, 12.5 * mm, f"{doc.page} ({total})")
        c.restoreState()
        marker(c, LM, 8 * mm)

    f1 = (LM, 22 * mm, TEXT_W, PAGE_H - 22 * mm - 34 * mm)
    f2 = (LM, 22 * mm, TEXT_W, PAGE_H - 22 * mm - 26 * mm)
    make_pdf(out_path, title, story_fn, page, page, f1, f2)


def l3_timeline(rows: list[tuple[str, str]], s: dict, heading: str = "Beslutsgång") -> Table:
    """A boxed timeline: a heading row, then date | event rows joined by a green rule."""
    cell = s["cell"]
    data = [[Paragraph(f"<b>{heading}</b>", cell), ""]]
    for d, ev in rows:
        data.append([Paragraph(f"<b>{d}</b>", cell), Paragraph(ev, cell)])
    t = Table(data, colWidths=[32 * mm, TEXT_W - 40 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)),
                           ("BACKGROUND", (0, 0), (-1, -1), SAND),
                           ("LINEAFTER", (0, 1), (0, -1), 1.6, LEAF),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


# ---------------------------------------------------------------------------------------------
# L4 – landscape spreadsheet: one ruled grid whose first rows hold the document data
# ---------------------------------------------------------------------------------------------

LW, LH = landscape(A4)


def l4_build(out_path, title, story_fn, filename: str):
    """Landscape pages as printed from a spreadsheet: no letterhead; a tiny header line with the
    marker left and the print title right; footer 'file name' left and 'Sida n av N' centred.
    The story is one big table (see l4_sheet)."""

    def page(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(12 * mm, LH - 9 * mm, MARK)
        c.drawRightString(LW - 12 * mm, LH - 9 * mm, title)
        c.drawString(12 * mm, 7 * mm, filename)
        c.drawCentredString(LW / 2, 7 * mm, f"Sida {doc.page} av {total}")
        c.restoreState()

    f = (12 * mm, 12 * mm, LW - 24 * mm, LH - 24 * mm)
    make_pdf(out_path, title, story_fn, page, page, f, f, pagesize=(LW, LH))


def l4_sheet(title: str, meta_rows: list[list[tuple[str, str]]], intro: str,
             header: list[str], rows: list, widths_mm: list[float], s: dict,
             repeat_top: bool) -> Table:
    """One grid: row 0 = kommun | title (spanning), then metadata rows of label/value cell
    pairs (labels shaded), an intro row spanning all columns, the column header and the action
    rows (1-tuples are section rows). With repeat_top the whole top block repeats on every page
    (spreadsheet print titles); otherwise only the column header row repeats."""
    cell = s["cell"]
    n = len(widths_mm)
    data = []
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7d8a80")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    data.append([Paragraph(f"<font size='7'><b>ASKERSUNDS KOMMUN</b></font><br/>"
                           f"<font size='13'><b>{title}</b></font>",
                           ParagraphStyle("t", parent=cell, leading=16))] + [""] * (n - 1))
    cmds += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), MIST)]
    for mr in meta_rows:
        r = []
        i = len(data)
        for j, (lab, val) in enumerate(mr):
            r += [Paragraph(lab, cell), Paragraph(f"<b>{val}</b>", cell)]
            cmds.append(("BACKGROUND", (2 * j, i), (2 * j, i), SAND))
        while len(r) < n:
            r.append("")
        if len(r) > n:
            raise ValueError("too many metadata pairs for the grid")
        # let the last value span the remaining columns
        last = 2 * len(mr) - 1
        if last < n - 1:
            cmds.append(("SPAN", (last, i), (-1, i)))
        data.append(r)
    i = len(data)
    data.append([Paragraph(intro, cell)] + [""] * (n - 1))
    cmds.append(("SPAN", (0, i), (-1, i)))
    head_i = len(data)
    data.append([Paragraph(f"<b>{h}</b>", cell) for h in header])
    cmds += [("BACKGROUND", (0, head_i), (-1, head_i), GREEN),
             ("TEXTCOLOR", (0, head_i), (-1, head_i), colors.white)]
    data[head_i] = [Paragraph(f"<font color='white'><b>{h}</b></font>", cell) for h in header]
    for r in rows:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(f"<b>{r[0]}</b>", cell)] + [""] * (n - 1))
            cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), MIST)]
        else:
            data.append([Paragraph(x, cell) for x in r])
    repeat = tuple(range(head_i + 1)) if repeat_top else (head_i,)
    t = Table(data, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=repeat)
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------------------------------------
# L5 – "Dokumentinformation" box drawn at the foot of page 1
# ---------------------------------------------------------------------------------------------

def l5_build(out_path, title, story_fn, typeword: str, dept: str,
             info: list[tuple[str, str]], banner: str | None = None):
    """Page 1: kommun name and förvaltning top left, the type word top right; at the foot of
    the page a shaded box headed 'Dokumentinformation' with label: value pairs in two columns
    (drawn on the canvas, after the text). Later pages: a hairline header with the title and a
    footer 'title – sida n av N'. With banner, a red line of text sits above every page's
    header (internal documents)."""
    box_h = 12 * mm + ((len(info) + 1) // 2) * 8.2 * mm

    def top(c, doc, total):
        c.saveState()
        if banner:
            c.setFillColor(RED)
            c.rect(0, PAGE_H - 8 * mm, PAGE_W, 8 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 5.3 * mm, banner)
        c.restoreState()

    def foot(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 11 * mm, f"{title} \u2013 sida {doc.page} av {total}")
        c.restoreState()
        marker(c, PAGE_W - LM, 11 * mm, right=True)

    def first(c, doc, total):
        top(c, doc, total)
        c.saveState()
        emblem(c, LM, PAGE_H - 24 * mm, 9 * mm)
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(GREEN)
        c.drawString(LM + 11.5 * mm, PAGE_H - 18.5 * mm, KOMMUN)
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(LM + 11.5 * mm, PAGE_H - 22.5 * mm, dept)
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(LEAF)
        c.drawRightString(PAGE_W - LM, PAGE_H - 19 * mm, typeword.upper())
        # Dokumentinformation box
        y0 = 18 * mm
        c.setFillColor(SAND)
        c.setStrokeColor(RULE)
        c.roundRect(LM, y0, TEXT_W, box_h, 2.5 * mm, stroke=1, fill=1)
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(LM + 4 * mm, y0 + box_h - 6 * mm, "Dokumentinformation")
        colw = (TEXT_W - 8 * mm) / 2
        for k, (lab, val) in enumerate(info):
            col, row = k % 2, k // 2
            x = LM + 4 * mm + col * colw
            y = y0 + box_h - 12 * mm - row * 8.2 * mm
            c.setFont("Helvetica", 6.8)
            c.setFillColor(GREY)
            c.drawString(x, y + 2.6 * mm, lab)
            c.setFont("Helvetica", 8.2)
            c.setFillColor(colors.black)
            c.drawString(x, y - 0.8 * mm, val)
        c.restoreState()
        foot(c, doc, total)

    def later(c, doc, total):
        top(c, doc, total)
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREEN)
        c.drawString(LM, PAGE_H - 15 * mm, KOMMUN)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(LM, PAGE_H - 17 * mm, PAGE_W - LM, PAGE_H - 17 * mm)
        c.restoreState()
        foot(c, doc, total)

    f1 = (LM, 18 * mm + box_h + 6 * mm, TEXT_W, PAGE_H - (18 * mm + box_h + 6 * mm) - 32 * mm)
    f2 = (LM, 18 * mm, TEXT_W, PAGE_H - 18 * mm - 24 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)
