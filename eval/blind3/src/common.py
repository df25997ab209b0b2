"""Shared helpers for the fictitious Askersund documents of the third held-out collection
(blind3): fonts, styles, the marker, truth records and the page drawing of the six layouts K1–K6.

Every document module imports what it needs from here and supplies its own text.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

MARK = "Fiktivt testdokument"
KOMMUN = "Askersunds kommun"
PAGE_W, PAGE_H = A4
GREY = colors.HexColor("#606060")
INK = colors.HexColor("#1f2d3d")        # dark slate
RED = colors.HexColor("#8c2f1b")        # brick red
OCHRE = colors.HexColor("#c99a2e")
PALE = colors.HexColor("#f4efe6")
RULE = colors.HexColor("#a89f91")
AUTHOR = "Askersunds kommun (fiktiv)"


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
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 10,
                                leading=(size + 10) * 1.2, spaceAfter=8, textColor=INK),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1, textColor=INK),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                             spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "ital": ParagraphStyle("ital", fontName=ital, fontSize=size, leading=lead, spaceAfter=5),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=lead,
                                alignment=TA_RIGHT),
    }
    s["bold"] = bold
    s["font"] = font
    return s


def bullets(items: list[str], style: ParagraphStyle, symbol: str = "\u2013") -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, style), leftIndent=12, value=symbol)
                         for t in items], bulletType="bullet", start=symbol, leftIndent=12,
                        bulletFontSize=style.fontSize, bulletFontName=style.fontName)


def sp(h: float = 4) -> Spacer:
    return Spacer(1, h)


def grid(data: list[list[str]], widths_mm: list[float], s: dict, head: bool = True,
         repeat: int = 0, shade=PALE, lines: str = "grid") -> Table:
    cell = s["cell"]
    rows = [[Paragraph(("<b>%s</b>" % x) if (head and i == 0) else x, cell) for x in r]
            for i, r in enumerate(data)]
    t = Table(rows, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=repeat)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, RULE))
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    t.setStyle(TableStyle(cmds))
    return t


def deleg(header: tuple, rows: list[tuple], widths_mm: list[float], s: dict,
          sect_bg=colors.HexColor("#e9dfcf"), lines: str = "grid") -> Table:
    """Delegation list: header row repeated on each page, section rows (1-tuples) spanning."""
    cell = s["cell"]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in header]]
    sect = []
    for r in rows:
        if len(r) == 1:
            sect.append(len(data))
            data.append([Paragraph(f"<b>{r[0]}</b>", cell)] + [""] * (len(header) - 1))
        else:
            data.append([Paragraph(x, cell) for x in r])
    t = Table(data, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=1)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE)]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, RULE))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE))
    for i in sect:
        cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), sect_bg)]
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
# generic two-template builder (built twice so that "Sida n av N" can be drawn)
# ---------------------------------------------------------------------------------------------

def _count(path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def make_pdf(out_path, title: str, story_fn, first_cb, later_cb, first_frame, later_frame):
    """first_cb / later_cb(canvas, doc, total) draw the page furniture; *_frame = (x, y, w, h)
    in points; story_fn() returns fresh flowables."""

    def run(total):
        doc = BaseDocTemplate(str(out_path), pagesize=A4, title=title, author=AUTHOR,
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


def wordmark(c, x, y, sub: str | None = None, size=11):
    """A small square emblem and the kommun name."""
    c.saveState()
    c.setFillColor(RED)
    c.rect(x, y - 1.5 * mm, 6 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(OCHRE)
    c.rect(x + 1.8 * mm, y + 0.3 * mm, 2.4 * mm, 2.4 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 8.5 * mm, y + 0.5 * mm, KOMMUN)
    if sub:
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(x + 8.5 * mm, y - 3.6 * mm, sub)
    c.restoreState()


LM = 22 * mm
TEXT_W = PAGE_W - 44 * mm


# ---------------------------------------------------------------------------------------------
# K1 – författningssamling header grid on every page
# ---------------------------------------------------------------------------------------------

def k1_build(out_path, title, story_fn, cells: list[tuple[str, str]], flik: str):
    """Every page starts with a ruled grid: a left block 'ASKERSUNDS KOMMUN /
    FÖRFATTNINGSSAMLING', then columns of LABEL over value (Beslut, Gäller fr.o.m., Ersätter,
    Dnr), then Flik and Sida 'n:N'. Values may be two lines (joined with '\\n')."""

    def header(c, doc, total):
        top = PAGE_H - 14 * mm
        h = 15 * mm
        x0 = 15 * mm
        widths = [44 * mm] + [26 * mm] * len(cells) + [14 * mm, 15 * mm]
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(x0, top - h, xs[-1] - x0, h)
        c.line(xs[1], top - 4.2 * mm, xs[-1], top - 4.2 * mm)
        for x in xs[1:-1]:
            c.line(x, top, x, top - h)
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(INK)
        c.drawString(x0 + 2 * mm, top - 5.5 * mm, "ASKERSUNDS KOMMUN")
        c.setFont("Helvetica", 7.2)
        c.drawString(x0 + 2 * mm, top - 9.5 * mm, "FÖRFATTNINGSSAMLING")
        c.setFillColor(RED)
        c.setFont("Helvetica", 6.3)
        c.drawString(x0 + 2 * mm, top - 13.2 * mm, MARK)
        labels = [k for k, _ in cells] + ["Flik", "Sida"]
        values = [v for _, v in cells] + [flik, f"{doc.page}:{total}"]
        for i, (lab, val) in enumerate(zip(labels, values)):
            x = xs[i + 1] + 1.5 * mm
            c.setFillColor(GREY)
            c.setFont("Helvetica", 6.2)
            c.drawString(x, top - 3.2 * mm, lab.upper())
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 7.8)
            for j, line in enumerate(val.split("\n")):
                c.drawString(x, top - 7.6 * mm - j * 3.4 * mm, line)
        c.restoreState()
        c.saveState()
        c.setStrokeColor(RULE)
        c.line(LM, 14 * mm, PAGE_W - LM, 14 * mm)
        c.setFont("Times-Italic", 8)
        c.setFillColor(GREY)
        c.drawString(LM, 9.5 * mm, title)
        c.restoreState()
        marker(c, PAGE_W - LM, 9.5 * mm, right=True)

    frame = (LM, 20 * mm, TEXT_W, PAGE_H - 20 * mm - 36 * mm)
    make_pdf(out_path, title, story_fn, header, header, frame, frame)


# ---------------------------------------------------------------------------------------------
# K2 – front-page decision block ("Antagen av … / Reviderad av …" or a label grid)
# ---------------------------------------------------------------------------------------------

def k2_build(out_path, title, story_fn, dept: str, footer_title: str, cover_only: bool):
    """Page 1 carries wordmark, förvaltning and (in the story) the title and a framed block of
    decision lines; if cover_only the first page holds nothing else (story must PageBreak).
    Later pages: a thin top rule with the kommun name left, and a footer 'title    Sida n (N)'."""

    def first(c, doc, total):
        wordmark(c, LM, PAGE_H - 22 * mm, dept, size=12)
        c.saveState()
        c.setFillColor(OCHRE)
        c.rect(0, 0, 8 * mm, PAGE_H, stroke=0, fill=1)
        c.restoreState()
        foot(c, doc, total)

    def foot(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 11 * mm, footer_title)
        c.drawRightString(PAGE_W - LM, 11 * mm, f"Sida {doc.page} ({total})")
        c.restoreState()
        marker(c, PAGE_W / 2, 6 * mm, center=True)

    def later(c, doc, total):
        c.saveState()
        c.setStrokeColor(OCHRE)
        c.setLineWidth(1.2)
        c.line(LM, PAGE_H - 15 * mm, PAGE_W - LM, PAGE_H - 15 * mm)
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(INK)
        c.drawString(LM, PAGE_H - 13 * mm, KOMMUN)
        c.restoreState()
        foot(c, doc, total)

    f1 = (LM + 4 * mm, 18 * mm, TEXT_W - 4 * mm, PAGE_H - 18 * mm - 40 * mm)
    f2 = (LM, 18 * mm, TEXT_W, PAGE_H - 18 * mm - 22 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)


def k2_block(lines: list[str], s: dict, width_mm=120, grid_rows=None) -> Table:
    """The framed decision block of K2: either plain lines or a label/value grid."""
    if grid_rows:
        rows = [[Paragraph(f"<font color='#606060' size='7'>{k.upper()}</font><br/>{v}",
                           s["cell"]) for k, v in r] for r in grid_rows]
        n = max(len(r) for r in grid_rows)
        t = Table(rows, colWidths=[width_mm / n * mm] * n, hAlign="LEFT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, INK),
                               ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t
    t = Table([[Paragraph("<br/>".join(lines), s["body"])]], colWidths=[width_mm * mm],
              hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, INK),
                           ("LINEBEFORE", (0, 0), (0, -1), 4, RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


# ---------------------------------------------------------------------------------------------
# K3 – purpose block on page 1, metadata table in the page-1 footer only
# ---------------------------------------------------------------------------------------------

def k3_build(out_path, title, story_fn, typeword: str, meta: list[tuple[str, str]],
             dept: str, address: str):
    """Page 1: type word top right, (story) title + 'Dokumentets syfte / Dokumentet gäller för'
    + Innehåll; at the foot of page 1 a five-column label/value table (Diarienummer |
    Fastställd/senast uppdaterad | Beslutsinstans | Ansvarigt politiskt organ | Ansvarig
    processägare) above an address strip. Later pages: header 'kommun – dept' and 'n (N)'."""

    def first(c, doc, total):
        wordmark(c, LM, PAGE_H - 20 * mm, dept)
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(RED)
        c.drawRightString(PAGE_W - LM, PAGE_H - 19 * mm, typeword.upper())
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawRightString(PAGE_W - LM, PAGE_H - 23.5 * mm, f"{doc.page} ({total})")
        # metadata table
        y_top = 46 * mm
        n = len(meta)
        w = TEXT_W / n
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.rect(LM, y_top - 16 * mm, TEXT_W, 16 * mm)
        c.line(LM, y_top - 6 * mm, LM + TEXT_W, y_top - 6 * mm)
        for i in range(1, n):
            c.line(LM + i * w, y_top, LM + i * w, y_top - 16 * mm)
        for i, (lab, val) in enumerate(meta):
            x = LM + i * w + 1.5 * mm
            c.setFont("Helvetica-Bold", 6.4)
            c.setFillColor(INK)
            for j, part in enumerate(lab.split("\n")):
                c.drawString(x, y_top - 2.6 * mm - j * 2.6 * mm, part)
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.black)
            for j, part in enumerate(val.split("\n")):
                c.drawString(x, y_top - 10 * mm - j * 3.5 * mm, part)
        c.setStrokeColor(RULE)
        c.line(LM, 24 * mm, PAGE_W - LM, 24 * mm)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(GREY)
        c.drawString(LM, 20.5 * mm, address)
        c.restoreState()
        marker(c, LM, 12 * mm)

    def later(c, doc, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(LM, PAGE_H - 14 * mm, f"{KOMMUN} – {dept}")
        c.drawRightString(PAGE_W - LM, PAGE_H - 14 * mm, f"{doc.page} ({total})")
        c.setStrokeColor(RED)
        c.setLineWidth(0.8)
        c.line(LM, PAGE_H - 16 * mm, PAGE_W - LM, PAGE_H - 16 * mm)
        c.restoreState()
        marker(c, LM, 12 * mm)

    f1 = (LM, 52 * mm, TEXT_W, PAGE_H - 52 * mm - 34 * mm)
    f2 = (LM, 20 * mm, TEXT_W, PAGE_H - 20 * mm - 24 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)


# ---------------------------------------------------------------------------------------------
# K4 – protokollsutdrag as page 1, the document itself follows without metadata
# ---------------------------------------------------------------------------------------------

def k4_build(out_path, title, story_fn, organ: str, meeting_date: str, short: str):
    """Page 1 is an extract from the minutes: header 'ASKERSUNDS KOMMUN  SAMMANTRÄDESPROTOKOLL
    / Sammanträdesdatum …', organ name, the § with Dnr and the att-clauses (in the story), and
    at the foot 'Justerandes signatur | Utdragsbestyrkande' boxes. The document pages that follow
    carry only a centred running title and 'n/N'."""

    def first(c, doc, total):
        c.saveState()
        top = PAGE_H - 16 * mm
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(colors.black)
        c.drawString(LM, top, "ASKERSUNDS KOMMUN")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(PAGE_W / 2 + 5 * mm, top, "SAMMANTRÄDESPROTOKOLL")
        c.setFont("Helvetica", 8)
        c.drawString(PAGE_W / 2 + 5 * mm, top - 4.5 * mm, "Sammanträdesdatum")
        c.drawString(PAGE_W / 2 + 5 * mm, top - 8.5 * mm, meeting_date)
        c.drawRightString(PAGE_W - LM, top, "Protokollsutdrag")
        c.setFont("Helvetica", 9)
        c.drawString(LM, top - 8.5 * mm, organ)
        c.setLineWidth(0.5)
        c.line(LM, top - 11 * mm, PAGE_W - LM, top - 11 * mm)
        # signature boxes
        y = 22 * mm
        c.rect(LM, y, 60 * mm, 12 * mm)
        c.rect(PAGE_W - LM - 60 * mm, y, 60 * mm, 12 * mm)
        c.setFont("Helvetica", 6.5)
        c.drawString(LM + 1.5 * mm, y + 9.5 * mm, "Justerandes signatur")
        c.drawString(PAGE_W - LM - 58.5 * mm, y + 9.5 * mm, "Utdragsbestyrkande")
        c.restoreState()
        marker(c, PAGE_W / 2, 12 * mm, center=True)

    def later(c, doc, total):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 14 * mm, short)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(PAGE_W / 2, 14 * mm, f"{doc.page}/{total}")
        c.restoreState()
        marker(c, PAGE_W - LM, 9 * mm, right=True)

    f1 = (LM, 38 * mm, TEXT_W, PAGE_H - 38 * mm - 32 * mm)
    f2 = (LM + 6 * mm, 22 * mm, TEXT_W - 12 * mm, PAGE_H - 22 * mm - 24 * mm)
    make_pdf(out_path, title, story_fn, first, later, f1, f2)


# ---------------------------------------------------------------------------------------------
# K5 – plain pages; "Dokumentinformation" and "Beslutshistorik" tables at the end of the text
# ---------------------------------------------------------------------------------------------

def k5_build(out_path, title, story_fn, typeword: str, dept: str, banner: str | None = None):
    """Header: wordmark + förvaltning left, type word right; footer: optional banner (e.g. an
    intranet notice), the marker and 'n/N'. The metadata are only in the closing tables."""

    def page(c, doc, total):
        wordmark(c, LM, PAGE_H - 17 * mm, dept, size=10)
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(GREY)
        c.drawRightString(PAGE_W - LM, PAGE_H - 16.5 * mm, typeword)
        c.setStrokeColor(RULE)
        c.line(LM, PAGE_H - 23 * mm, PAGE_W - LM, PAGE_H - 23 * mm)
        c.line(LM, 17 * mm, PAGE_W - LM, 17 * mm)
        c.setFont("Helvetica", 7.5)
        if banner:
            c.setFillColor(RED)
            c.drawString(LM, 12.5 * mm, banner)
        c.setFillColor(GREY)
        c.drawRightString(PAGE_W - LM, 12.5 * mm, f"{doc.page}/{total}")
        c.restoreState()
        marker(c, LM, 8 * mm)

    f = (LM, 22 * mm, TEXT_W, PAGE_H - 22 * mm - 30 * mm)
    make_pdf(out_path, title, story_fn, page, page, f, f)


def k5_docinfo(rows: list[tuple[str, str]], s: dict) -> Table:
    data = [[Paragraph(f"<b>{k}</b>", s["cell"]), Paragraph(v, s["cell"])] for k, v in rows]
    t = Table(data, colWidths=[48 * mm, TEXT_W - 48 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE),
                           ("BACKGROUND", (0, 0), (0, -1), PALE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# ---------------------------------------------------------------------------------------------
# K6 – older template: Dnr and validity in a footer line; decision only in a closing paragraph
# ---------------------------------------------------------------------------------------------

def k6_build(out_path, title, story_fn, footer: str, dept: str):
    """Serif text; a centred wordmark line at the top of every page; a footer line 'Dnr … ·
    Gäller från … · Sida n av N'. The decision itself is written as a sentence in the closing
    paragraph of the text (in the story), with dates in words."""

    def page(c, doc, total):
        c.saveState()
        c.setFont("Times-Bold", 11)
        c.setFillColor(INK)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 15 * mm, KOMMUN.upper())
        c.setFont("Times-Roman", 8.5)
        c.setFillColor(GREY)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 19 * mm, dept)
        c.setStrokeColor(INK)
        c.setLineWidth(0.4)
        c.line(PAGE_W / 2 - 30 * mm, PAGE_H - 21.5 * mm, PAGE_W / 2 + 30 * mm, PAGE_H - 21.5 * mm)
        c.line(LM, 15 * mm, PAGE_W - LM, 15 * mm)
        c.setFont("Times-Roman", 8)
        c.setFillColor(colors.black)
        c.drawString(LM, 11 * mm, footer)
        c.drawRightString(PAGE_W - LM, 11 * mm, f"Sida {doc.page} av {total}")
        c.restoreState()
        marker(c, PAGE_W / 2, 6.5 * mm, center=True)

    f = (LM, 20 * mm, TEXT_W, PAGE_H - 20 * mm - 30 * mm)
    make_pdf(out_path, title, story_fn, page, page, f, f)
