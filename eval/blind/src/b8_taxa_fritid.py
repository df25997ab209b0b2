"""B8: Taxa för idrotts- och fritidsanläggningar 2026, drawn directly on the canvas."""
import pathlib
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, fiktiv_mark
import lay_b8

TITLE = "Taxa för idrotts- och fritidsanläggningar 2026"

INTRO = [
    "Taxan anger vad det kostar att hyra kommunens idrottshallar, gymnastiksalar, planer och",
    "samlingslokaler och vad det kostar att besöka Askersunds simhall. Kommunfullmäktige har genom",
    "beslut 2018-11-26, § 101, gett kultur- och fritidsnämnden rätt att fastställa avgifter för",
    "kommunens fritidsanläggningar inom de ramar som fullmäktige har angett.",
]

CATS = "A = ideell förening, barn- och ungdomsverksamhet (7–20 år)   B = ideell förening, " \
       "övrig verksamhet   C = övriga hyresgäster"

TABLES = [
    ("1. Idrottshallar och gymnastiksalar", "kr per timme", ["A", "B", "C"], [
        ("Askersundshallen, hel hall", "0", "190", "520"),
        ("Askersundshallen, halv hall", "0", "110", "300"),
        ("Gymnastiksal, Åmmebergs skola", "0", "90", "240"),
        ("Gymnastiksal, Hammars skola", "0", "90", "240"),
        ("Hall vid arrangemang med entréavgift, per dag", "1 200", "2 400", "6 000"),
    ]),
    ("2. Utomhusanläggningar", "kr per tillfälle", ["A", "B", "C"], [
        ("Fotbollsplan gräs, 11-manna", "0", "250", "700"),
        ("Konstgräsplan, 11-manna", "0", "300", "850"),
        ("Konstgräsplan, 7-manna", "0", "180", "500"),
        ("Friidrottsanläggning", "0", "150", "400"),
        ("Spolad isbana, Sundsbrofältet", "0", "0", "250"),
    ]),
    ("3. Samlingslokaler", "kr per timme", ["A", "B", "C"], [
        ("Samlingssal, Folkets park", "60", "120", "350"),
        ("Mötesrum, fritidsgården", "0", "60", "180"),
        ("Kök i anslutning till samlingssal, per tillfälle", "150", "300", "600"),
    ]),
]

SWIM = [
    ("Entré vuxen", "70 kr"),
    ("Entré barn 3–17 år, studerande och pensionär", "35 kr"),
    ("Barn under 3 år", "0 kr"),
    ("Familjebiljett (2 vuxna och upp till 3 barn)", "170 kr"),
    ("Tiokort vuxen", "600 kr"),
    ("Årskort vuxen", "1 850 kr"),
    ("Simskola, 8 tillfällen", "650 kr"),
]

RULES = [
    "Bokning görs i kommunens bokningssystem. Avbokning ska ske senast 14 dagar före",
    "bokad tid, annars debiteras full avgift. Säsongsbokningar för föreningar fördelas två gånger",
    "per år enligt nämndens fördelningsregler.",
    "Hyresgästen ansvarar för att lokalen lämnas i ordning. Extra städning debiteras med 450 kr",
    "per timme. Förlorad nyckel eller tagg debiteras med 300 kr.",
    "Avgifterna för kategori C inkluderar mervärdesskatt i de fall skatteplikt föreligger.",
    "Beslut om nedsättning av avgift i enskilda fall, till exempel vid arrangemang som bedöms",
    "ha ett stort allmänintresse, fattas av kultur- och fritidschefen.",
]


class Writer:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.y = H - 28 * mm

    def need(self, h):
        if self.y - h < 25 * mm:
            self.new_page()

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = H - 28 * mm


def build(out_path: pathlib.Path) -> None:
    from common import numbered_canvas
    c = numbered_canvas(lay_b8.page_fn("Taxa 2026"))(str(out_path), pagesize=(W, H), invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("Askersunds kommun")
    w = Writer(c)
    x0, x1 = 20 * mm, W - 20 * mm
    c.setFont("Helvetica-Bold", 18)
    c.drawString(x0, w.y - 6 * mm, "Taxa för idrotts- och fritidsanläggningar 2026")
    w.y -= 12 * mm
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(x0, w.y, "Kultur- och fritidsnämnden")
    w.y -= 9 * mm
    c.setFont("Helvetica", 10)
    for line in INTRO:
        c.drawString(x0, w.y, line)
        w.y -= 5 * mm
    w.y -= 3 * mm
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, w.y, "Kategorier:")
    w.y -= 4.5 * mm
    c.drawString(x0, w.y, CATS)
    w.y -= 10 * mm
    lay_b8.draw_decision_line(
        c, x0, w.y, "Fastställd av kultur- och fritidsnämnden 2025-10-15, § 52  |  Dnr KFN 2025/41"
        "  |  Gäller för verksamhetsåret 2026")
    w.y -= 12 * mm
    cols = [x1 - 60 * mm, x1 - 30 * mm, x1]
    for head, unit, cats, rows in TABLES:
        w.need((len(rows) + 2) * 6 * mm)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, w.y, head)
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 72 * mm, w.y, "(" + unit + ")")
        for cx, cat in zip(cols, cats):
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(cx, w.y, cat)
        w.y -= 2 * mm
        c.setStrokeColor(lay_b8.RED)
        c.setLineWidth(0.7)
        c.line(x0, w.y, x1, w.y)
        w.y -= 4.5 * mm
        c.setFont("Helvetica", 9)
        for name, *vals in rows:
            c.drawString(x0, w.y, name)
            for cx, v in zip(cols, vals):
                c.drawRightString(cx, w.y, v)
            w.y -= 5.5 * mm
        w.y -= 5 * mm
    w.need(len(SWIM) * 6 * mm + 12 * mm)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, w.y, "4. Askersunds simhall")
    w.y -= 2 * mm
    c.line(x0, w.y, x1, w.y)
    w.y -= 4.5 * mm
    c.setFont("Helvetica", 9)
    for name, val in SWIM:
        c.drawString(x0, w.y, name)
        c.drawRightString(x1, w.y, val)
        w.y -= 5.5 * mm
    w.y -= 6 * mm
    w.need(len(RULES) * 5 * mm + 10 * mm)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, w.y, "5. Bokning och villkor")
    w.y -= 6 * mm
    c.setFont("Helvetica", 9.5)
    for line in RULES:
        c.drawString(x0, w.y, line)
        w.y -= 4.8 * mm
    c.showPage()
    c.save()
