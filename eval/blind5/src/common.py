"""Shared helpers for the fictitious Askersund documents of blind5 (fonts, styles, marker, truth
records) and the drawing code of the five layouts N1–N5.

Every document module imports what it needs from here and supplies its own text. Every
document is fictitious and every page carries the words "Fiktivt testdokument".
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, ListFlowable,
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

MARK = "Fiktivt testdokument"
KOMMUN = "Askersunds kommun"
KOMMUN_UP = "ASKERSUNDS KOMMUN"
PAGE_W, PAGE_H = A4
LAND_W, LAND_H = landscape(A4)
GREY = colors.HexColor("#5b6066")
NAVY = colors.HexColor("#1d3557")      # deep navy
TEAL = colors.HexColor("#2a7f86")      # teal
MUSTARD = colors.HexColor("#d9a21b")   # mustard
LIGHT = colors.HexColor("#edf4f5")
RULE = colors.HexColor("#9bb5bb")
AUTHOR = "Askersunds kommun (fiktiv)"


def styles(font: str = "Helvetica", size: float = 10.0) -> dict:
    """Return a small style sheet in the given base font."""
    bold = "Times-Bold" if font.startswith("Times") else "Helvetica-Bold"
    ital = "Times-Italic" if font.startswith("Times") else "Helvetica-Oblique"
    lead = size * 1.36
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2,
                                leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.25),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3,
                             leading=(size + 3) * 1.25, spaceBefore=9, spaceAfter=4,
                             keepWithNext=1, textColor=NAVY),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=7, spaceAfter=3,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=lead, spaceBefore=5,
                             spaceAfter=2, keepWithNext=1),
        "ital": ParagraphStyle("ital", fontName=ital, fontSize=size, leading=lead,
                               spaceAfter=5),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=lead,
                                alignment=TA_RIGHT),
        "left": ParagraphStyle("left", fontName=font, fontSize=size, leading=lead,
                               alignment=TA_LEFT),
    }
    s["bold"] = bold
    s["italfont"] = ital
    s["font"] = font
    return s


def bullets(items: list[str], style: ParagraphStyle, symbol: str = "\u2022",
            indent: float = 12) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(t, style), leftIndent=indent, value=symbol) for t in items],
        bulletType="bullet", start=symbol, leftIndent=indent, bulletFontSize=style.fontSize,
        bulletFontName=style.fontName)


def numbered(items: list[str], style: ParagraphStyle, fmt: str = "%s.") -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, style)) for t in items], bulletType="1",
                        bulletFormat=fmt, leftIndent=18, bulletFontName=style.fontName,
                        bulletFontSize=style.fontSize)


def sp(h: float = 4) -> Spacer:
    return Spacer(1, h)


def grid_table(data: list[list[str]], widths_mm: list[float], s: dict, head: bool = True,
               repeat: int = 0, head_bg=LIGHT) -> Table:
    """A plain ruled table of Paragraph cells (first row bold if head)."""
    cell = s["cell"]
    rows = [[Paragraph(("<b>%s</b>" % x) if (head and i == 0) else x, cell) for x in r]
            for i, r in enumerate(data)]
    t = Table(rows, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=repeat)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    t.setStyle(TableStyle(cmds))
    return t


FIELDS = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph",
          "diarienummer", "valid_from", "valid_to", "replaces", "replaces_file", "scope", "owner",
          "review_date", "publication_stated", "publication", "status_2026_11_26",
          "abbreviations", "decisions", "statements", "notes"]


def truth(**kw) -> dict:
    """Fill the truth record with defaults (null / empty) and the effective publication."""
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


def dec(matter: str, decider: str, code: str | None, condition: str | None, page: int) -> dict:
    return {"matter": matter, "decider": decider, "code": code, "condition": condition,
            "page": page}


def stm(matter: str, decider: str, page: int) -> dict:
    return {"matter": matter, "decider": decider, "page": page}


def cap(t: str) -> str:
    return t[:1].upper() + t[1:]


def count_pages(path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(path)).pages)


def build_with_total(out_path, make) -> None:
    """Build twice: first with total 0, then with the real page count ('Sida 1 av 3')."""
    make(out_path, 0)
    n = count_pages(out_path)
    make(out_path, n)
    if count_pages(out_path) != n:
        raise RuntimeError(f"page count changed for {out_path}")


def _marker(c, x: float, y: float, right: bool = False, center: bool = False, size: float = 7,
            color=GREY) -> None:
    c.saveState()
    c.setFont("Helvetica", size)
    c.setFillColor(color)
    if center:
        c.drawCentredString(x, y, MARK)
    else:
        (c.drawRightString if right else c.drawString)(x, y, MARK)
    c.restoreState()


def _doc(out_path, title: str, pagesize=A4) -> BaseDocTemplate:
    return BaseDocTemplate(str(out_path), pagesize=pagesize, title=title, author=AUTHOR,
                           invariant=1)


# ---------------------------------------------------------------------------------------------
# N1 – versioned booklet: cover with a version box, Ändringsförteckning and Innehåll on page 2,
#      the delegation list grouped BY DELEGATE (one heading per befattning, numbered matters)
# ---------------------------------------------------------------------------------------------

class TocHeading(Paragraph):
    """A heading whose page is recorded for the table of contents."""

    def __init__(self, text, style, key):
        super().__init__(text, style)
        self.toc_key = key


def n1_build(out_path, title: str, unit: str, box: list[tuple[str, str]],
             history: list[list[str]], body, s: dict, stamp: str | None = None,
             footer_note: str | None = None) -> None:
    """N1: page 1 is a cover: kommun name and organ at the top left, the title low in the middle
    in 24 pt, a mustard rule, and at the lower right a small grey box of 'Label: value' lines
    (Version, Beslutsinstans, Diarienummer, Dokumentansvarig). Page 2 holds only the
    ÄNDRINGSFÖRTECKNING (Version | Datum | Ändring | Beslutat av; the last row is the version in
    force) and the INNEHÅLLSFÖRTECKNING with page numbers. The text from page 3; the list is
    grouped by delegate ('2.3 KULTUR- OCH FRITIDSCHEF (KFC)' followed by numbered matters with
    their limits written into the sentence). Header from page 2: title left, 'n(N)' right."""
    toc_pages: dict[str, int] = {}

    def make(path, total):
        def cover(c, doc):
            c.saveState()
            c.setFillColor(TEAL)
            c.rect(22 * mm, PAGE_H - 34 * mm, 2.5 * mm, 14 * mm, stroke=0, fill=1)
            c.setFillColor(NAVY)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(27 * mm, PAGE_H - 26 * mm, KOMMUN)
            c.setFont("Helvetica", 9.5)
            c.setFillColor(GREY)
            c.drawString(27 * mm, PAGE_H - 32 * mm, unit)
            if stamp:
                c.setStrokeColor(colors.HexColor("#a23b2a"))
                c.setFillColor(colors.HexColor("#a23b2a"))
                c.setLineWidth(1.2)
                c.rect(PAGE_W - 82 * mm, PAGE_H - 36 * mm, 60 * mm, 14 * mm, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 9)
                c.drawCentredString(PAGE_W - 52 * mm, PAGE_H - 28 * mm, stamp)
                c.setFont("Helvetica", 7)
                c.drawCentredString(PAGE_W - 52 * mm, PAGE_H - 33 * mm,
                                    "Publiceras endast på intranätet")
            c.restoreState()
            _marker(c, PAGE_W / 2, 12 * mm, center=True)

        def later(c, doc):
            c.saveState()
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(22 * mm, PAGE_H - 14 * mm, title)
            c.drawRightString(PAGE_W - 22 * mm, PAGE_H - 14 * mm, f"{doc.page}({total})")
            c.setStrokeColor(RULE)
            c.line(22 * mm, PAGE_H - 16 * mm, PAGE_W - 22 * mm, PAGE_H - 16 * mm)
            if footer_note:
                c.drawString(22 * mm, 10 * mm, footer_note)
            c.restoreState()
            _marker(c, PAGE_W - 22 * mm, 10 * mm, right=True)

        big = ParagraphStyle("n1b", fontName="Helvetica-Bold", fontSize=24, leading=29,
                             textColor=NAVY)
        lab = ParagraphStyle("n1l", fontName="Helvetica", fontSize=9, leading=12.5)
        rule = Table([[""]], colWidths=[60 * mm], rowHeights=[2], hAlign="LEFT")
        rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 2, MUSTARD)]))
        boxt = Table([[Paragraph(f"<b>{k}:</b> {v}", lab)] for k, v in box],
                     colWidths=[78 * mm], hAlign="RIGHT")
        boxt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREY),
                                  ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                  ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        caps = ParagraphStyle("n1c", fontName="Helvetica-Bold", fontSize=11, leading=14,
                              spaceBefore=4, spaceAfter=6, textColor=NAVY)
        hist = grid_table([["Version", "Datum", "Ändring", "Beslutat av"]] + history,
                          [18, 26, 88, 34], s)
        story = [Spacer(1, 78 * mm), Paragraph(title, big), sp(8), rule, Spacer(1, 62 * mm),
                 boxt, NextPageTemplate("later"), PageBreak(),
                 Paragraph("ÄNDRINGSFÖRTECKNING", caps), hist, sp(16),
                 Paragraph("INNEHÅLLSFÖRTECKNING", caps)]
        flow = body()
        heads = []
        for f in flow:
            for g in (getattr(f, "_content", None) or [f]):
                if isinstance(g, TocHeading):
                    heads.append(g)
        tstyle = ParagraphStyle("n1t", fontName="Helvetica", fontSize=9.5, leading=13)
        toc_rows = []
        for h in heads:
            ind = 0 if h.toc_key.count(".") == 0 else 10
            toc_rows.append([Paragraph(h.toc_key, ParagraphStyle(
                "ti", parent=tstyle, leftIndent=ind)),
                Paragraph(str(toc_pages.get(h.toc_key, "")), ParagraphStyle(
                    "tp", parent=tstyle, alignment=TA_RIGHT))])
        toc = Table(toc_rows, colWidths=[150 * mm, 16 * mm], hAlign="LEFT")
        toc.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE, None, (1, 2)),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story += [toc, PageBreak()] + flow
        doc = _doc(path, title)
        w = PAGE_W - 44 * mm

        def after(fl):
            if isinstance(fl, TocHeading):
                toc_pages[fl.toc_key] = doc.page

        doc.afterFlowable = after
        doc.addPageTemplates([
            PageTemplate("cover", [Frame(22 * mm, 20 * mm, w, PAGE_H - 60 * mm, id="c")],
                         onPage=cover),
            PageTemplate("later", [Frame(22 * mm, 16 * mm, w, PAGE_H - 36 * mm, id="f")],
                         onPage=later)])
        doc.build(story)

    build_with_total(out_path, make)


def n1_delegate(num: str, name: str, code: str, items: list[str], s: dict,
                lead: str = "får besluta i följande ärenden:") -> list:
    """One delegate block: heading '2.3 NAME (CODE)', a lead line and numbered matters."""
    h = TocHeading(f"{num} {name.upper()} ({code})", s["h3"], f"{num} {cap(name)} ({code})")
    return [KeepTogether([h, Paragraph(f"{cap(name)} {lead}", s["body"]),
                          numbered(items, s["body"])]), sp(4)]


# ---------------------------------------------------------------------------------------------
# N2 – författningssamling in the SFS style: number and 'Utkom från trycket' top right,
#      'beslutad av … den …, § …' under the title, '1 §' paragraphs, ikraftträdande at the end
# ---------------------------------------------------------------------------------------------

def n2_build(out_path, title: str, nr: str, printed: str, decided: str, dnr: str, body,
             s: dict) -> None:
    """N2: a kommunal författningssamling printed like SFS. Page 1: 'Askersunds kommuns
    författningssamling' (italic) at the top left, the number ('AKFS 2025:14') large at the top
    right with 'Utkom från trycket / den 2 december 2025' under it, a rule; the title in bold
    serif; directly under it the decision as an italic line ('beslutad av kommunfullmäktige den
    24 november 2025, § 131.') and the dnr in small type. Paragraphs are numbered '1 §', '2 §'
    (number first), grouped under centred italic group headings; the text ends with a numbered
    'Ikraftträdande- och övergångsbestämmelser' list (what is upphävd is named only there) and
    'På kommunfullmäktiges vägnar' with two names. Later pages: the number at the top right,
    page number centred at the foot."""

    def make(path, total):
        def first(c, doc):
            c.saveState()
            c.setFont("Times-Italic", 10.5)
            c.setFillColor(NAVY)
            c.drawString(30 * mm, PAGE_H - 22 * mm, "Askersunds kommuns")
            c.drawString(30 * mm, PAGE_H - 27 * mm, "författningssamling")
            c.setFont("Times-Bold", 17)
            c.drawRightString(PAGE_W - 24 * mm, PAGE_H - 23 * mm, nr)
            c.setFont("Times-Roman", 8.5)
            c.setFillColor(GREY)
            c.drawRightString(PAGE_W - 24 * mm, PAGE_H - 29 * mm, "Utkom från trycket")
            c.drawRightString(PAGE_W - 24 * mm, PAGE_H - 33 * mm, printed)
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.8)
            c.line(30 * mm, PAGE_H - 37 * mm, PAGE_W - 24 * mm, PAGE_H - 37 * mm)
            c.setFont("Times-Roman", 9)
            c.drawCentredString(PAGE_W / 2, 11 * mm, str(doc.page))
            c.restoreState()
            _marker(c, 30 * mm, 11 * mm)

        def later(c, doc):
            c.saveState()
            c.setFont("Times-Bold", 10.5)
            c.setFillColor(NAVY)
            c.drawRightString(PAGE_W - 24 * mm, PAGE_H - 18 * mm, nr)
            c.setFont("Times-Roman", 9)
            c.setFillColor(GREY)
            c.drawCentredString(PAGE_W / 2, 11 * mm, str(doc.page))
            c.restoreState()
            _marker(c, 30 * mm, 11 * mm)

        tstyle = ParagraphStyle("n2t", fontName="Times-Bold", fontSize=15, leading=19,
                                spaceAfter=4)
        dstyle = ParagraphStyle("n2d", fontName="Times-Italic", fontSize=10.5, leading=14)
        nstyle = ParagraphStyle("n2n", fontName="Times-Roman", fontSize=8.5, leading=11,
                                textColor=GREY, spaceAfter=12)
        doc = _doc(path, title)
        w = PAGE_W - 54 * mm
        doc.addPageTemplates([
            PageTemplate("first", [Frame(30 * mm, 18 * mm, w, PAGE_H - 60 * mm, id="a")],
                         onPage=first),
            PageTemplate("later", [Frame(30 * mm, 18 * mm, w, PAGE_H - 42 * mm, id="b")],
                         onPage=later)])
        doc.build([NextPageTemplate("later"), Paragraph(title, tstyle), Paragraph(decided, dstyle),
                   Paragraph(dnr, nstyle)] + body())

    build_with_total(out_path, make)


def n2_group(text: str, s: dict) -> Paragraph:
    st = ParagraphStyle("n2g", fontName="Times-Italic", fontSize=11, leading=14,
                        alignment=TA_CENTER, spaceBefore=9, spaceAfter=4, keepWithNext=1)
    return Paragraph(text, st)


def n2_par(num: int | str, text: str, s: dict) -> Paragraph:
    return Paragraph(f"<b>{num} §</b>&nbsp;&nbsp;{text}", s["body"])


def n2_signature(s: dict, names: list[tuple[str, str]]) -> list:
    st = ParagraphStyle("n2s", fontName="Times-Roman", fontSize=10, leading=13)
    cells = [[Paragraph(f"{n}<br/><i>{r}</i>", st) for n, r in names]]
    t = Table(cells, colWidths=[70 * mm] * len(names), hAlign="LEFT")
    return [sp(10), Paragraph("På kommunfullmäktiges vägnar", s["body"]), sp(14), t]


# ---------------------------------------------------------------------------------------------
# N3 – landscape matrix: decision levels or delegates as COLUMNS; document data in a grid in
#      the footer of page 1 only
# ---------------------------------------------------------------------------------------------

def n3_build(out_path, title: str, unit: str, typeword: str, footmeta: list[list[tuple[str, str]]],
             body, s: dict) -> None:
    """N3: every page landscape. Header: KOMMUN bold and the förvaltning at the left, the type
    word and 'Sida n av N' at the right, a teal rule. Page 1 carries the document data only in
    a ruled grid in its FOOTER ('Beslutad av: …', 'Datum: …', 'Paragraf: …', 'Dnr: …' /
    'Gäller från: …', 'Ersätter: …', 'Dokumentansvarig: …', 'Revideras: …'), drawn on the page
    before the text. The text holds a matrix: either value bands as columns with a code of the
    deciding level in each cell, or delegate codes as columns with 'X' in the cell of the
    delegate; header row repeated on each page; legend as a boxed 'Kolumnförklaring'."""

    def make(path, total):
        def head(c, doc):
            c.saveState()
            c.setFillColor(NAVY)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(18 * mm, LAND_H - 13 * mm, KOMMUN_UP)
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(18 * mm, LAND_H - 17 * mm, unit)
            c.setFont("Helvetica-Bold", 8.5)
            c.setFillColor(TEAL)
            c.drawRightString(LAND_W - 18 * mm, LAND_H - 13 * mm, typeword.upper())
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawRightString(LAND_W - 18 * mm, LAND_H - 17 * mm, f"Sida {doc.page} av {total}")
            c.setStrokeColor(TEAL)
            c.setLineWidth(1)
            c.line(18 * mm, LAND_H - 19.5 * mm, LAND_W - 18 * mm, LAND_H - 19.5 * mm)
            c.restoreState()

        def first(c, doc):
            head(c, doc)
            lab = ParagraphStyle("n3f", fontName="Helvetica", fontSize=7.4, leading=9.2)
            rows = [[Paragraph(f"<b>{k}:</b> {v}", lab) for k, v in r] for r in footmeta]
            n = max(len(r) for r in rows)
            t = Table(rows, colWidths=[(LAND_W - 36 * mm) / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE),
                                   ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            _, h = t.wrapOn(c, LAND_W - 36 * mm, 40 * mm)
            t.drawOn(c, 18 * mm, 14 * mm)
            _marker(c, LAND_W - 18 * mm, 8 * mm, right=True)

        def later(c, doc):
            head(c, doc)
            _marker(c, LAND_W - 18 * mm, 8 * mm, right=True)

        tstyle = ParagraphStyle("n3t", fontName="Helvetica-Bold", fontSize=18, leading=22,
                                textColor=NAVY, spaceAfter=6)
        doc = _doc(path, title, pagesize=(LAND_W, LAND_H))
        w = LAND_W - 36 * mm
        doc.addPageTemplates([
            PageTemplate("first", [Frame(18 * mm, 36 * mm, w, LAND_H - 60 * mm, id="a")],
                         onPage=first),
            PageTemplate("later", [Frame(18 * mm, 13 * mm, w, LAND_H - 37 * mm, id="b")],
                         onPage=later)])
        doc.build([NextPageTemplate("later"), Paragraph(title, tstyle)] + body())

    build_with_total(out_path, make)


def n3_matrix(header: list[str], rows: list[tuple], widths_mm: list[float], s: dict,
              center_from: int, center_to: int) -> Table:
    """Matrix with a repeated header row; 1-tuples are section rows spanning all columns;
    columns center_from..center_to (inclusive) are centred (codes or X)."""
    cell = s["cell"]
    cc = ParagraphStyle("n3c", parent=cell, alignment=TA_CENTER, fontName="Helvetica-Bold")
    hc = ParagraphStyle("n3h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    hcc = ParagraphStyle("n3hc", parent=hc, alignment=TA_CENTER)
    data = [[Paragraph(h, hcc if center_from <= i <= center_to else hc)
             for i, h in enumerate(header)]]
    sect = []
    for r in rows:
        if len(r) == 1:
            sect.append(len(data))
            data.append([Paragraph(f"<b>{r[0]}</b>", cell)] + [""] * (len(header) - 1))
        else:
            data.append([Paragraph(x, cc if center_from <= i <= center_to else cell)
                         for i, x in enumerate(r)])
    t = Table(data, colWidths=[w * mm for w in widths_mm], hAlign="LEFT", repeatRows=1)
    cmds = [("GRID", (0, 0), (-1, -1), 0.35, RULE), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in sect:
        cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), LIGHT)]
    t.setStyle(TableStyle(cmds))
    return t


def n3_legend(title: str, entries: list[tuple[str, str]], s: dict, ncol: int = 4) -> Table:
    """A boxed legend: a title line and entries 'CODE  expansion' in ncol columns."""
    st = ParagraphStyle("n3l", parent=s["cell"])
    cells = [Paragraph(f"<b>{k}</b>&nbsp;&nbsp;{v}", st) for k, v in entries]
    while len(cells) % ncol:
        cells.append("")
    rows = [[Paragraph(f"<b>{title}</b>", st)] + [""] * (ncol - 1)]
    rows += [cells[i:i + ncol] for i in range(0, len(cells), ncol)]
    w = (LAND_W - 36 * mm) / ncol
    t = Table(rows, colWidths=[w] * ncol, hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, TEAL), ("SPAN", (0, 0), (-1, 0)),
                           ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


# ---------------------------------------------------------------------------------------------
# N4 – marginal headings: every section's heading in a left column beside its text; the
#      decision data are the first margin-headed rows
# ---------------------------------------------------------------------------------------------

def n4_build(out_path, title: str, organ: str, typeword: str, footer_left: str,
             rows: list[tuple[str, object]], s: dict, ingress: str | None = None) -> None:
    """N4: a word-processor template with marginal headings (marginalrubriker). Header on every
    page: 'Askersunds kommun' bold and the organ at the left, the type word in capitals and
    'Sida n (N)' at the right. The title and ingress stand in the text column; below it every
    section is a row of a two-column table: a bold grey heading in a 42 mm margin column and the
    text to its right, sections separated by thin rules. The decision data are not in a
    separate block: the first rows are margin-headed 'Beslut', 'Diarienummer', 'Ansvarig' etc.
    Footer: footer_left (the dnr) at the left, the marker at the right."""
    lw = 42 * mm

    def make(path, total):
        def page(c, doc):
            c.saveState()
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(NAVY)
            c.drawString(20 * mm, PAGE_H - 15 * mm, KOMMUN)
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(20 * mm, PAGE_H - 19 * mm, organ)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(PAGE_W - 20 * mm, PAGE_H - 15 * mm, typeword.upper())
            c.setFont("Helvetica", 8)
            c.drawRightString(PAGE_W - 20 * mm, PAGE_H - 19 * mm, f"Sida {doc.page} ({total})")
            c.setFont("Helvetica", 7.5)
            c.drawString(20 * mm, 10 * mm, footer_left)
            c.restoreState()
            _marker(c, PAGE_W - 20 * mm, 10 * mm, right=True)

        w = PAGE_W - 40 * mm
        tstyle = ParagraphStyle("n4t", fontName="Helvetica-Bold", fontSize=19, leading=23,
                                textColor=NAVY, leftIndent=lw, spaceAfter=6)
        istyle = ParagraphStyle("n4i", fontName="Helvetica-Oblique", fontSize=10.5,
                                leading=14.5, leftIndent=lw, textColor=GREY, spaceAfter=10)
        lab = ParagraphStyle("n4l", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                             textColor=TEAL)
        data, cmds = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (0, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 2),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for label, content in rows:
            if label:
                cmds.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.4, RULE))
            right = Paragraph(content, s["body"]) if isinstance(content, str) else content
            data.append([Paragraph(label, lab) if label else "", right])
        t = Table(data, colWidths=[lw, w - lw], hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        story = [Paragraph(title, tstyle)]
        if ingress:
            story.append(Paragraph(ingress, istyle))
        story.append(t)
        doc = _doc(path, title)
        doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 16 * mm, w, PAGE_H - 42 * mm,
                                                       id="f")], onPage=page)])
        doc.build(story)

    build_with_total(out_path, make)


# ---------------------------------------------------------------------------------------------
# N5 – presentation (slide) format: landscape pages, each with a coloured title bar
# ---------------------------------------------------------------------------------------------

class SlideBar(Flowable):
    """A full-width coloured bar with the slide title in white."""

    def __init__(self, text: str, width: float, color=TEAL, height: float = 15 * mm):
        super().__init__()
        self.text, self.bw, self.color, self.bh = text, width, color, height

    def wrap(self, aw, ah):
        return self.bw, self.bh + 6 * mm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.rect(0, 6 * mm, self.bw, self.bh, stroke=0, fill=1)
        c.setFillColor(MUSTARD)
        c.rect(0, 6 * mm, 4 * mm, self.bh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(9 * mm, 6 * mm + self.bh / 2 - 6, self.text)
        c.restoreState()


def n5_build(out_path, title: str, short: str, slides, s: dict) -> None:
    """N5: a plan made in presentation software and exported to PDF. Every page is a
    landscape 'slide': a teal title bar with a mustard edge at the top, large text, cards
    (boxed columns) and simple tables; the footer has the short title at the left, the marker
    in the middle and the slide number at the right. Slide 1 is a title slide. The decision
    data stand on a closing slide 'Om planen' as short lines, not as a table."""

    def make(path, total):
        def page(c, doc):
            c.saveState()
            c.setStrokeColor(MUSTARD)
            c.setLineWidth(1.5)
            c.line(16 * mm, 14 * mm, LAND_W - 16 * mm, 14 * mm)
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(16 * mm, 9 * mm, short)
            c.drawRightString(LAND_W - 16 * mm, 9 * mm, str(doc.page))
            c.restoreState()
            _marker(c, LAND_W / 2, 9 * mm, center=True)

        doc = _doc(path, title, pagesize=(LAND_W, LAND_H))
        w = LAND_W - 32 * mm
        doc.addPageTemplates([PageTemplate("p", [Frame(16 * mm, 18 * mm, w, LAND_H - 30 * mm,
                                                       id="f")], onPage=page)])
        story = []
        for i, sl in enumerate(slides(w)):
            if i:
                story.append(PageBreak())
            story += sl
        doc.build(story)

    build_with_total(out_path, make)


def n5_cards(cards: list[tuple[str, str]], width: float, s: dict, height_mm: float = 0) -> Table:
    """Boxed cards side by side: bold heading and text in each."""
    hs = ParagraphStyle("n5ch", fontName="Helvetica-Bold", fontSize=12, leading=15,
                        textColor=NAVY, spaceAfter=4)
    bs = ParagraphStyle("n5cb", fontName="Helvetica", fontSize=10.5, leading=14)
    n = len(cards)
    gap = 5 * mm
    cw = (width - gap * (n - 1)) / n
    row, widths = [], []
    for i, (h, b) in enumerate(cards):
        row.append([Paragraph(h, hs), Paragraph(b, bs)])
        widths.append(cw)
        if i < n - 1:
            row.append("")
            widths.append(gap)
    t = Table([row], colWidths=widths, rowHeights=[height_mm * mm] if height_mm else None,
              hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(0, len(row), 2):
        cmds += [("BOX", (i, 0), (i, 0), 0.8, TEAL), ("BACKGROUND", (i, 0), (i, 0), LIGHT),
                 ("LEFTPADDING", (i, 0), (i, 0), 7), ("TOPPADDING", (i, 0), (i, 0), 6)]
    t.setStyle(TableStyle(cmds))
    return t
