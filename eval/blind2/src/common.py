"""Shared helpers for the blind2 corpus (fictitious Askersunds kommun documents)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT

W, H = A4
LW, LH = landscape(A4)
FIKTIV = "Fiktivt testdokument"
KOMMUN = "Askersunds kommun"
GREY = colors.Color(0.45, 0.45, 0.45)


def fiktiv_mark(c, y=6 * mm, x=None, size=6.5, align="center", width=None):
    """Small grey line that marks every page as fictitious."""
    pw = c._pagesize[0]
    c.saveState()
    c.setFont("Helvetica", size)
    c.setFillColor(GREY)
    text = FIKTIV + " – påhittat innehåll, inga verkliga beslut"
    if align == "center":
        c.drawCentredString(pw / 2 if x is None else x, y, text)
    elif align == "left":
        c.drawString(x or 20 * mm, y, text)
    else:
        c.drawRightString(x or pw - 20 * mm, y, text)
    c.restoreState()


def styles(base="Helvetica", size=10, leading=13.5):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=leading,
                               spaceAfter=5)
    s["small"] = ParagraphStyle("small", fontName=base, fontSize=size - 2,
                                leading=leading - 3)
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=size - 1.5,
                               leading=leading - 2.5)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["ital"] = ParagraphStyle("ital", parent=s["body"], fontName=ital)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 9, leading=size + 13,
                             spaceAfter=8)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size + 3, leading=size + 6,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", fontName=bold, fontSize=size + 0.5, leading=size + 4,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=14,
                                 bulletIndent=4, spaceAfter=2)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
    s["bold"] = bold
    s["italfont"] = ital
    s["base"] = base
    return s


def bullets(items, st, sym="•", style="bullet"):
    from reportlab.platypus import Paragraph
    if sym == "num":
        return [Paragraph(t, st[style], bulletText="%d." % (i + 1))
                for i, t in enumerate(items)]
    return [Paragraph(t, st[style], bulletText=sym) for t in items]


def numbered_canvas(draw_fn):
    """Return a canvasmaker that calls draw_fn(canvas, page_no, page_count) on
    every page once the page count is known."""
    from reportlab.pdfgen import canvas as _c

    class NumberedCanvas(_c.Canvas):
        def __init__(self, *a, **kw):
            kw.setdefault("invariant", 1)
            _c.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw_fn(self, self._pageNumber, n)
                _c.Canvas.showPage(self)
            _c.Canvas.save(self)

    return NumberedCanvas


def truth(**kw):
    """Truth record with every field, in the order used by eval/blind/truth.json."""
    keys = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph",
            "diarienummer", "valid_from", "valid_to", "replaces", "replaces_file", "scope",
            "owner", "review_date", "publication_stated", "publication", "status_2026_11_26",
            "abbreviations", "decisions", "statements", "notes"]
    out = {}
    for k in keys:
        if k in ("abbreviations",):
            out[k] = kw.pop(k, {})
        elif k in ("decisions", "statements"):
            out[k] = kw.pop(k, [])
        else:
            out[k] = kw.pop(k, None)
    assert not kw, kw
    return out


def dec(matter, code, decider, condition, page):
    return {"matter": matter, "code": code, "decider": decider, "condition": condition,
            "page": page}


def stm(matter, decider, page):
    return {"matter": matter, "decider": decider, "page": page}
