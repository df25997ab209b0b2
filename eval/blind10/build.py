#!/usr/bin/env python3
"""Build the blind10 held-out collection: ten fictitious governance documents
of "Sjöhamra kommun" (a municipality that does not exist) as PDF files, and
truth.json with what each document says.

Run:  /work/main/.venv/bin/python build.py
The output is deterministic (reportlab invariant mode), so a rebuild gives the
same bytes.

Page numbers in truth.json are recorded while rendering: the paragraph that
carries a table row's matter (or a prose statement) is a Marked paragraph that
notes canv.getPageNumber() when it is drawn. Prose statements are kept in one
piece (never split over a frame) so that their page is exact.
"""
import json
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
MARKER = "Fiktivt testdokument"
AUTHOR = "Sjöhamra kommun (fiktiv)"

BUN26 = "sjohamra-bun-delegationsordning-2026.pdf"
BUN23 = "sjohamra-bun-delegationsordning-2023.pdf"
VONDO = "sjohamra-von-delegationsordning.pdf"
KSDO = "sjohamra-ks-delegationsordning-personal.pdf"
KDVD = "sjohamra-kd-vidaredelegering-personal.pdf"
REG = "sjohamra-reglemente-von.pdf"
SKJ = "sjohamra-riktlinjer-skolskjuts.pdf"
TAXA = "sjohamra-taxa-vard-omsorg-2027.pdf"
PLAN = "sjohamra-plan-heltid-2023-2025.pdf"
BIST = "sjohamra-riktlinjer-bistand-hemtjanst-sabo.pdf"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(s):
    return re.sub(r"\s+", " ", s).strip()


class Marked(Paragraph):
    """A paragraph that records the page it is drawn on."""

    def __init__(self, text, style, rec=None, **kw):
        super().__init__(text, style, **kw)
        self._rec = rec

    def draw(self):
        if self._rec is not None:
            self._rec["page"] = self.canv.getPageNumber()
        super().draw()


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


def styles(font="Helvetica", size=9.5, justify=False):
    b, i = BOLD[font], ITAL[font]
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4,
                               alignment=TA_JUSTIFY if justify else 0)
    s["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["cell"] = ParagraphStyle("cell", fontName=font, fontSize=size - 1.2, leading=(size - 1.2) * 1.22)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=b)
    s["title"] = ParagraphStyle("title", fontName=b, fontSize=size + 8, leading=size + 12, spaceAfter=8)
    s["h1"] = ParagraphStyle("h1", fontName=b, fontSize=size + 2.5, leading=size + 5.5, spaceBefore=8,
                             spaceAfter=4, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=b, fontSize=size + 0.8, leading=size + 4, spaceBefore=6,
                             spaceAfter=3, keepWithNext=1)
    s["item"] = ParagraphStyle("item", parent=s["body"], leftIndent=18, bulletIndent=5, spaceAfter=2,
                               alignment=0)
    s["ital"] = ParagraphStyle("ital", parent=s["body"], fontName=i)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["small"], alignment=TA_RIGHT)
    return s


class Doc:
    """Collects the truth of one document while its story is written."""

    def __init__(self, fname, **meta):
        self.fname = fname
        self.meta = meta
        self.decisions = []
        self.statements = []

    def decision(self, matter, decider, code, condition, style, shown=None):
        rec = {"matter": one_line(matter), "decider": decider, "code": code,
               "condition": one_line(condition) if condition else None, "page": None}
        self.decisions.append(rec)
        return Marked(esc(shown if shown is not None else matter), style, rec=rec)

    def statement(self, sentence, decider, style, before="", after=""):
        """A prose paragraph; `sentence` is the decision statement in it. Kept in one piece."""
        rec = {"matter": one_line(sentence), "decider": decider, "page": None}
        self.statements.append(rec)
        return KeepTogether([Marked(esc(before) + esc(sentence) + esc(after), style, rec=rec)])

    def truth(self):
        m = dict(self.meta)
        for r in self.decisions + self.statements:
            assert r["page"], (self.fname, r)
        m["decisions"] = self.decisions
        m["statements"] = self.statements
        return m


def base_doc(path, title, pagesize=A4, lm=20 * mm, rm=20 * mm, tm=22 * mm, bm=20 * mm):
    return BaseDocTemplate(path, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                           bottomMargin=bm, invariant=1, title=title, author=AUTHOR, subject=MARKER)


def one_frame(doc, pid, on_page, pagesize=None, **kw):
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id=pid + "f")
    if pagesize:
        return PageTemplate(id=pid, frames=[fr], onPage=on_page, pagesize=pagesize, **kw)
    return PageTemplate(id=pid, frames=[fr], onPage=on_page, **kw)


def draw_footer(canv, left, font="Helvetica", size=7.5, page_word="Sida", color="#444444", y=10 * mm,
                center=False):
    w, h = canv._pagesize
    canv.saveState()
    canv.setFont(font, size)
    canv.setFillColor(colors.HexColor(color))
    if center:
        canv.drawCentredString(w / 2, y, f"{MARKER} · {left} · {page_word} {canv.getPageNumber()}")
    else:
        canv.drawString(20 * mm, y, f"{MARKER} · {left}")
        canv.drawRightString(w - 20 * mm, y, f"{page_word} {canv.getPageNumber()}")
    canv.restoreState()


def legend_table(pairs, st, widths, head=("Förkortning", "Betydelse"), grid=True, bg="#dde6ee"):
    data = [[Paragraph(esc(head[0]), st["cellb"]), Paragraph(esc(head[1]), st["cellb"])]]
    data += [[Paragraph(esc(a), st["cell"]), Paragraph(esc(b), st["cell"])] for a, b in pairs]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(bg))]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(cmds))
    return t


# ==========================================================================
# 1. Barn- och utbildningsnämndens delegationsordning 2026
#    (cover page with a metadata table; ruled table, section rows, header
#    repeated over the page breaks; Ersättare column; kr/tkr/mnkr/pbb)
# ==========================================================================
def build_bun2026():
    st = styles("Helvetica", 9.5)
    abbr = {
        "BUN": "barn- och utbildningsnämnden",
        "AU": "barn- och utbildningsnämndens arbetsutskott",
        "ORD": "barn- och utbildningsnämndens ordförande",
        "VORD": "barn- och utbildningsnämndens vice ordförande",
        "FC": "förvaltningschef för barn- och utbildningsförvaltningen",
        "AC": "avdelningschef för förskola respektive grundskola",
        "REK": "rektor",
        "EHC": "chef för centrala elevhälsan",
        "PLH": "placeringshandläggare",
        "SSH": "skolskjutshandläggare",
    }
    laws = {
        "SL": "skollagen (2010:800)",
        "SF": "skolförordningen (2011:185)",
        "KL": "kommunallagen (2017:725)",
        "FL": "förvaltningslagen (2017:900)",
        "OSL": "offentlighets- och sekretesslagen (2009:400)",
        "LOU": "lagen (2016:1145) om offentlig upphandling",
        "HSL": "hälso- och sjukvårdslagen (2017:30)",
        "PSL": "patientsäkerhetslagen (2010:659)",
    }
    d = Doc(BUN26,
            layout="cover-page-metadata-table-ruled-table-repeated-header-ersattare",
            title="Delegationsordning för barn- och utbildningsnämnden",
            doc_type="delegationsordning",
            decided_by="barn- och utbildningsnämnden",
            decision_date="2026-02-18",
            paragraph="§ 12",
            diarienummer="BUN 2026/27",
            valid_from="2026-03-01",
            valid_to=None,
            replaces="Delegationsordning för barn- och utbildningsnämnden, antagen 2023-03-22, § 19",
            replaces_file=BUN23,
            scope="barn- och utbildningsnämndens verksamhetsområde: förskola, pedagogisk omsorg, "
                  "förskoleklass, grundskola, anpassad grundskola, fritidshem, skolskjuts och elevhälsa",
            owner="förvaltningschef för barn- och utbildningsförvaltningen",
            review_date="2027-12-31",
            publication_stated="extern",
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**abbr, **laws},
            notes="Cover page with a ruled metadata table (Fastställd av, Datum och paragraf, Ersätter, "
                  "Dokumentägare, Revideras senast, Publicering). Legend of delegate and law abbreviations "
                  "on page 2. Ruled delegation table with section rows spanning all columns, an Ersättare "
                  "column, and the header row repeated on every page. Limits in kr, tkr, mnkr and "
                  "prisbasbelopp. Row 4.5 stays with the nämnd (Ej delegerat).")

    def on_cover(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, h - 17 * mm, "SJÖHAMRA KOMMUN")
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 20 * mm, h - 17 * mm, "Barn- och utbildningsförvaltningen")
        c.restoreState()
        draw_footer(c, "Sjöhamra kommun · Barn- och utbildningsnämnden")

    def on_later(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, h - 13 * mm, "Delegationsordning för barn- och utbildningsnämnden")
        c.drawRightString(w - 20 * mm, h - 13 * mm, "BUN 2026/27")
        c.setLineWidth(0.4)
        c.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
        c.restoreState()
        draw_footer(c, "Sjöhamra kommun · Barn- och utbildningsnämnden")

    path = os.path.join(PDF_DIR, BUN26)
    doc = base_doc(path, d.meta["title"], lm=18 * mm, rm=18 * mm)
    doc.addPageTemplates([one_frame(doc, "cover", on_cover), one_frame(doc, "later", on_later)])
    S = [Spacer(1, 40 * mm),
         Paragraph("Delegationsordning för barn- och utbildningsnämnden",
                   ParagraphStyle("ct", parent=st["title"], fontSize=23, leading=28)),
         Paragraph("Förskola, pedagogisk omsorg, grundskola, fritidshem, skolskjuts och elevhälsa",
                   ParagraphStyle("sub", parent=st["body"], fontSize=11.5, leading=15,
                                  textColor=colors.HexColor("#1f4e79"))),
         Spacer(1, 50 * mm)]
    meta = [
        ("Dokumenttyp", "Delegationsordning"),
        ("Fastställd av", "Barn- och utbildningsnämnden"),
        ("Datum och paragraf", "2026-02-18, § 12"),
        ("Diarienummer", "BUN 2026/27"),
        ("Gäller från", "2026-03-01"),
        ("Ersätter", "Delegationsordning för barn- och utbildningsnämnden, antagen 2023-03-22, § 19"),
        ("Omfattning", "Barn- och utbildningsnämndens verksamhetsområde: förskola, pedagogisk omsorg, "
                       "förskoleklass, grundskola, anpassad grundskola, fritidshem, skolskjuts och elevhälsa"),
        ("Dokumentägare", "Förvaltningschef för barn- och utbildningsförvaltningen"),
        ("Revideras senast", "2027-12-31"),
        ("Publicering", "Sjöhamra kommuns webbplats, sidan Styrdokument"),
    ]
    mt = Table([[Paragraph(esc(a), st["cellb"]), Paragraph(esc(b), st["cell"])] for a, b in meta],
               colWidths=[42 * mm, 120 * mm], hAlign="LEFT")
    mt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#1f4e79")),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(mt)
    S.append(NextPageTemplate("later"))
    S.append(PageBreak())
    S.append(Paragraph("1 Inledning", st["h1"]))
    S.append(Paragraph(
        "Barn- och utbildningsnämnden får enligt 6 kap. 37 § kommunallagen uppdra åt ett utskott, en "
        "ledamot eller ersättare eller en anställd att besluta på nämndens vägnar. Ett beslut som fattas "
        "med stöd av delegation gäller som nämndens eget beslut. Nämnden kan återkalla en delegation och "
        "kan själv ta över ett ärende som ännu inte avgjorts.", st["body"]))
    S.append(Paragraph(
        "Ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet, framställningar och "
        "yttranden till kommunfullmäktige samt ärenden av principiell beskaffenhet eller annars av större "
        "vikt får inte delegeras.", st["body"]))
    S.append(Paragraph("2 Rektors egen beslutanderätt", st["h1"]))
    S.append(d.statement(
        "Beslut som rektor fattar med stöd av skollagen, till exempel om åtgärdsprogram, särskilt stöd och "
        "disciplinära åtgärder, är rektors egna beslut och ingår inte i delegationsordningen.", "rektor",
        st["body"]))
    S.append(Paragraph("3 Vidaredelegation, ersättare och anmälan", st["h1"]))
    S.append(d.statement(
        "Förvaltningschefen får vidaredelegera sin beslutanderätt till annan anställd inom barn- och "
        "utbildningsförvaltningen.", "förvaltningschef för barn- och utbildningsförvaltningen", st["body"],
        after=" Vidaredelegationen ska vara skriftlig och anmälas till nämnden."))
    S.append(Paragraph(
        "Är delegaten förhindrad beslutar den som anges i kolumnen Ersättare. Saknas ersättare beslutar "
        "närmast överordnad chef. Delegationsbeslut anmäls till nämnden vid nästa ordinarie sammanträde "
        "genom en förteckning. Beloppsgränser avser belopp exklusive moms. Med prisbasbelopp avses "
        "prisbasbeloppet för det år beslutet fattas.", st["body"]))
    S.append(Paragraph("4 Förkortningar", st["h1"]))
    S.append(Paragraph("Delegater", st["h2"]))
    S.append(legend_table([(k, v[0].upper() + v[1:]) for k, v in abbr.items()], st, [24 * mm, 120 * mm]))
    S.append(Paragraph("Lagar och förordningar", st["h2"]))
    S.append(legend_table([(k, v[0].upper() + v[1:]) for k, v in laws.items()], st, [24 * mm, 120 * mm],
                          head=("Förkortning", "Författning")))
    S.append(PageBreak())
    S.append(Paragraph("5 Delegationsförteckning", st["h1"]))

    rows = [
        ("1 Allmänna ärenden",),
        ("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
         "6 kap. 39 § KL", "ORD", "VORD", "Anmäls vid nämndens nästa sammanträde."),
        ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut handling med förbehåll",
         "6 kap. 3 § OSL", "FC", "AC", None),
        ("1.3", "Yttrande till Skolinspektionen eller Barn- och elevombudet i anmälningsärende",
         "–", "FC", "AC", "Yttrande i ärende av principiell betydelse beslutas av BUN."),
        ("1.4", "Avvisning av överklagande som kommit in för sent", "45 § FL", "FC", "AC", None),
        ("1.5", "Beslut att stänga förskola, fritidshem eller skolenhet vid extraordinär händelse",
         "–", "FC", "AC", "Högst fem dagar i följd; längre stängning beslutar ORD."),
        ("1.6", "Beslut att stänga förskola, fritidshem eller skolenhet längre än fem dagar",
         "–", "ORD", "VORD", "Anmäls vid nämndens nästa sammanträde."),
        ("2 Ekonomi och upphandling",),
        ("2.1", "Direktupphandling av varor och tjänster", "19 kap. LOU", "REK", "AC",
         "Högst 100 tkr per tillfälle inom den egna enhetens budget"),
        ("2.2", "Direktupphandling av varor och tjänster", "19 kap. LOU", "AC", "FC",
         "Över 100 tkr och högst 700 tkr per tillfälle"),
        ("2.3", "Upphandling och tecknande av avtal", "LOU", "FC", "–",
         "Över 700 tkr och högst 3 mnkr under hela avtalstiden"),
        ("2.4", "Upphandling och tecknande av avtal", "LOU", "AU", "–",
         "Över 3 mnkr och högst 8 mnkr; över 8 mnkr beslutar BUN"),
        ("2.5", "Avskrivning av fordran avseende avgift för förskola eller fritidshem", "–", "FC", "AC",
         "Högst 0,5 prisbasbelopp per fordran"),
        ("2.6", "Mottagande av gåva eller donation till nämndens verksamhet", "–", "FC", "–",
         "Högst 30 000 kr; större gåvor beslutas av BUN"),
        ("3 Förskola och pedagogisk omsorg",),
        ("3.1", "Beslut om placering i förskola", "8 kap. 14 § SL", "PLH", "AC", None),
        ("3.2", "Beslut om förskola för barn som av fysiska, psykiska eller andra skäl behöver särskilt stöd",
         "8 kap. 7 § SL", "AC", "FC", None),
        ("3.3", "Beslut om plats i pedagogisk omsorg", "25 kap. 2 § SL", "PLH", "AC", None),
        ("3.4", "Uppsägning av förskoleplats på grund av obetalda avgifter", "–", "AC", "FC",
         "Skulden ska motsvara minst tre månadsavgifter och två påminnelser ska ha skickats"),
        ("3.5", "Nedsättning av eller befrielse från avgift för förskola och fritidshem i särskilda fall",
         "–", "AC", "FC", "Högst sex månader per beslut"),
        ("4 Grundskola, anpassad grundskola och fritidshem",),
        ("4.1", "Beslut om mottagande i grundskola av elev från annan kommun", "10 kap. 25 § SL", "AC", "FC",
         None),
        ("4.2", "Placering vid annan skolenhet än den vårdnadshavarna önskar", "10 kap. 30 § SL", "AC", "FC",
         "Vårdnadshavarna ska ges tillfälle att yttra sig före beslut"),
        ("4.3", "Beslut om uppskjuten skolplikt", "7 kap. 10 § SL", "AC", "FC", None),
        ("4.4", "Beslut om mottagande i anpassad grundskola", "7 kap. 5 § SL", "FC", "AC",
         "Efter pedagogisk, psykologisk, medicinsk och social bedömning"),
        ("4.5", "Beslut om att elev får fullgöra skolplikten på annat sätt", "24 kap. 23 § SL", "BUN", "–",
         "Ej delegerat"),
        ("4.6", "Föreläggande vid vite för vårdnadshavare att se till att eleven fullgör sin skolplikt",
         "7 kap. 23 § SL", "AU", "–", "Vitesbelopp högst 5 000 kr per månad"),
        ("4.7", "Beslut om plats i fritidshem", "14 kap. 5 § SL", "PLH", "AC", None),
        ("4.8", "Fastställande av läsårstider", "3 kap. 3 § SF", "FC", "AC", "Efter samråd med rektorerna"),
        ("5 Skolskjuts",),
        ("5.1", "Beslut om skolskjuts enligt nämndens riktlinjer för skolskjuts", "10 kap. 32 § SL", "SSH",
         "AC", None),
        ("5.2", "Beslut om skolskjuts vid växelvis boende", "10 kap. 32 § SL", "SSH", "AC",
         "Endast när båda adresserna ligger i Sjöhamra kommun"),
        ("5.3", "Beslut om skolskjuts för elev som valt en annan skolenhet", "10 kap. 33 § SL", "SSH", "AC",
         "Om det kan ske utan organisatoriska eller ekonomiska svårigheter"),
        ("5.4", "Beslut om skolskjuts som avviker från riktlinjerna", "10 kap. 32 § SL", "AC", "FC",
         "Särskilda skäl; kostnad högst 60 000 kr per elev och läsår"),
        ("5.5", "Beslut om skolskjuts som avviker från riktlinjerna", "10 kap. 32 § SL", "AU", "–",
         "Kostnad över 60 000 kr per elev och läsår"),
        ("5.6", "Ersättning till vårdnadshavare för egen skjuts i stället för skolskjuts", "–", "SSH", "AC",
         "Högst 25 kr per mil"),
        ("6 Elevhälsa",),
        ("6.1", "Utseende av verksamhetschef för elevhälsans medicinska insats", "4 kap. 2 § HSL", "FC", "–",
         None),
        ("6.2", "Utseende av medicinskt ledningsansvarig skolsköterska", "–", "FC", "–", None),
        ("6.3", "Sekretessprövning vid begäran om utlämnande av elevhälsojournal", "25 kap. 1 § OSL", "EHC",
         "FC", None),
        ("6.4", "Köp av extern utredning för enskild elev", "–", "EHC", "AC", "Högst 40 000 kr per utredning"),
        ("6.5", "Beslut om tilläggsbelopp för elev med omfattande behov av särskilt stöd", "10 kap. 39 § SL",
         "EHC", "AC", "Högst 150 000 kr per elev och läsår"),
        ("6.6", "Beslut om tilläggsbelopp för elev med omfattande behov av särskilt stöd", "10 kap. 39 § SL",
         "FC", "–", "Över 150 000 kr per elev och läsår"),
        ("6.7", "Anmälan om allvarlig vårdskada till Inspektionen för vård och omsorg (lex Maria)",
         "3 kap. 5 § PSL", "EHC", "FC", None),
    ]
    head = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Anmärkning"]
    data = [[Paragraph(h, st["cellb"]) for h in head]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.45, colors.HexColor("#55606b")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c5d5e6")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in rows:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(esc(r[0]), st["cellb"]), "", "", "", "", ""])
            cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef2f6"))]
            continue
        nr, matter, lag, code, ers, cond = r
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[code], code, cond, st["cell"]),
                     Paragraph(esc(lag), st["cell"]), Paragraph(code, st["cellb"]),
                     Paragraph(esc(ers), st["cell"]), Paragraph(esc(cond or ""), st["cell"])])
    t = Table(data, colWidths=[10 * mm, 62 * mm, 25 * mm, 15 * mm, 17 * mm, 45 * mm], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    doc.build(S)
    return d


# ==========================================================================
# 2. Barn- och utbildningsnämndens delegationsordning 2023 (older version)
#    (one-line header band on every page, Times, unruled table, header not
#    repeated, legend last as "X = ..." lines)
# ==========================================================================
def build_bun2023():
    st = styles("Times-Roman", 10.5)
    abbr = {
        "BUN": "barn- och utbildningsnämnden",
        "ORD": "nämndens ordförande",
        "FC": "förvaltningschefen",
        "BITR": "biträdande förvaltningschef",
        "REK": "rektor",
        "EHC": "chef för elevhälsan",
        "PLA": "placeringsassistent",
        "SSA": "skolskjutsansvarig",
    }
    laws = {"SL": "skollagen", "KL": "kommunallagen", "OSL": "offentlighets- och sekretesslagen",
            "LOU": "lagen om offentlig upphandling"}
    d = Doc(BUN23,
            layout="one-line-header-band-times-unruled-table-legend-last",
            title="Delegationsordning för barn- och utbildningsnämnden",
            doc_type="delegationsordning",
            decided_by="barn- och utbildningsnämnden",
            decision_date="2023-03-22",
            paragraph="§ 19",
            diarienummer="BUN 2023/41",
            valid_from="2023-04-01",
            valid_to=None,
            replaces="nämndens delegationsordning beslutad 2019-01-30, § 4",
            replaces_file=None,
            scope=None,
            owner=None,
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="upphävd",
            abbreviations={**abbr, **laws},
            notes="Older version, replaced by the delegationsordning of 2026-02-18 § 12 (which names it); "
                  "this document does not say that it has been replaced. The decision metadata is only in a "
                  "one-line header band printed on every page and in the first paragraph. Times font; table "
                  "without rules (a line under the header only), header not repeated on page 2; columns "
                  "Nr/Ärende/Delegat/Lagrum/Kommentar; legend at the end as 'X = ...' lines.")
    band = "SJÖHAMRA KOMMUN | Barn- och utbildningsnämnden | Delegationsordning | Antagen 2023-03-22, § 19 | " \
           "Dnr BUN 2023/41"

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#e6e1d3"))
        c.rect(0, h - 16 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(w / 2, h - 12.8 * mm, band)
        c.restoreState()
        draw_footer(c, "Sjöhamra kommun", font="Times-Roman", page_word="s.", center=True)

    path = os.path.join(PDF_DIR, BUN23)
    doc = base_doc(path, d.meta["title"], tm=26 * mm)
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    S = [Paragraph("Delegationsordning för barn- och utbildningsnämnden", st["title"]),
         Paragraph(
             "Barn- och utbildningsnämnden har 2023-03-22, § 19, beslutat om denna delegationsordning. Den "
             "gäller från och med 2023-04-01 och ersätter nämndens delegationsordning beslutad 2019-01-30, "
             "§ 4.", st["body"]),
         Paragraph("Om delegering", st["h1"]),
         Paragraph(
             "Delegaten beslutar på nämndens vägnar. Beslut anmäls till nämnden månadsvis. Ärenden av "
             "principiell betydelse ska alltid lämnas till nämnden. Förvaltningschefen får vidaredelegera "
             "beslutanderätt till annan anställd, om inte annat anges. Förkortningar förklaras i slutet av "
             "dokumentet.", st["body"]),
         Paragraph("Förteckning", st["h1"])]
    rows = [
        ("1", "Brådskande ärenden där nämndens avgörande inte kan avvaktas", "ORD", "6 kap. 39 § KL",
         "Anmäls vid nästa sammanträde"),
        ("2", "Avslag på begäran om utlämnande av allmän handling", "FC", "6 kap. 3 § OSL", None),
        ("3", "Yttrande till Skolinspektionen", "FC", "", "Ej principiella ärenden"),
        ("4", "Stängning av verksamhet vid extraordinär händelse", "FC", "", None),
        ("5", "Direktupphandling", "REK", "LOU", "Högst 50 tkr"),
        ("6", "Direktupphandling över 50 tkr", "BITR", "LOU", "Högst 500 tkr"),
        ("7", "Tecknande av avtal över direktupphandlingsgränsen", "FC", "LOU", "Högst 5 mnkr"),
        ("8", "Avskrivning av fordran", "FC", "", "Högst 10 000 kr"),
        ("9", "Mottagande av gåva", "FC", "", "Högst 10 000 kr per gåva"),
        ("10", "Placering i förskola", "PLA", "8 kap. 14 § SL", None),
        ("11", "Nedsättning av avgift för förskola och fritidshem", "BITR", "", "Högst tre månader"),
        ("12", "Mottagande av elev från annan kommun", "BITR", "10 kap. 25 § SL", None),
        ("13", "Uppskjuten skolplikt", "BITR", "7 kap. 10 § SL", None),
        ("14", "Mottagande i grundsärskolan", "FC", "7 kap. 5 § SL", None),
        ("15", "Vitesföreläggande för att fullgöra skolplikt", "BUN", "7 kap. 23 § SL", "Ej delegerat"),
        ("16", "Skolskjuts enligt riktlinjer", "SSA", "10 kap. 32 § SL", None),
        ("17", "Skolskjuts vid växelvis boende", "SSA", "10 kap. 32 § SL", None),
        ("18", "Skolskjuts som avviker från riktlinjerna", "FC", "10 kap. 32 § SL", "Särskilda skäl"),
        ("19", "Köp av extern utredning för enskild elev", "REK", "", "Högst 25 000 kr"),
        ("20", "Tilläggsbelopp för elev i fristående skola", "EHC", "10 kap. 39 § SL", None),
        ("21", "Utseende av verksamhetschef för elevhälsans medicinska insats", "FC", "", None),
        ("22", "Fastställande av läsårstider", "FC", "", None),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Nr", "Ärende", "Delegat", "Lagrum", "Kommentar"]]]
    for nr, matter, code, lag, cond in rows:
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[code], code, cond, st["cell"]),
                     Paragraph(code, st["cell"]), Paragraph(esc(lag), st["cell"]),
                     Paragraph(esc(cond or ""), st["cell"])])
    t = Table(data, colWidths=[10 * mm, 78 * mm, 18 * mm, 30 * mm, 34 * mm], repeatRows=0)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
    S.append(t)
    S.append(Spacer(1, 10))
    S.append(Paragraph("Förkortningar", st["h2"]))
    for k, v in list(abbr.items()) + list(laws.items()):
        S.append(Paragraph(esc(f"{k} = {v}"), st["body"]))
    doc.build(S)
    return d


# ==========================================================================
# 3. Vård- och omsorgsnämndens delegationsordning (landscape; version
#    history table as the only metadata; merged delegate cells; no
#    repeated header; Anmäls column)
# ==========================================================================
def build_von_do():
    st = styles("Helvetica", 9.2)
    abbr = {
        "VON": "vård- och omsorgsnämnden",
        "AU": "vård- och omsorgsnämndens arbetsutskott",
        "ORD": "vård- och omsorgsnämndens ordförande",
        "FC": "förvaltningschef för vård- och omsorgsförvaltningen",
        "ECM": "enhetschef för myndighetsenheten",
        "BH": "biståndshandläggare",
        "LSSH": "LSS-handläggare",
        "AH": "avgiftshandläggare",
        "MAS": "medicinskt ansvarig sjuksköterska",
    }
    laws = {
        "SoL": "socialtjänstlagen",
        "LSS": "lagen (1993:387) om stöd och service till vissa funktionshindrade",
        "KL": "kommunallagen (2017:725)",
        "OSL": "offentlighets- och sekretesslagen (2009:400)",
        "PSL": "patientsäkerhetslagen (2010:659)",
    }
    d = Doc(VONDO,
            layout="landscape-version-history-table-merged-delegate-no-repeated-header",
            title="Delegationsordning för vård- och omsorgsnämnden",
            doc_type="delegationsordning",
            decided_by="vård- och omsorgsnämnden",
            decision_date="2025-09-17",
            paragraph="§ 71",
            diarienummer="VON 2025/88",
            valid_from="2025-10-01",
            valid_to=None,
            replaces="Delegationsordning för vård- och omsorgsnämnden version 1.1 (vård- och omsorgsnämnden "
                     "2023-11-22, § 97)",
            replaces_file=None,
            scope="vård- och omsorgsnämndens hela ansvarsområde",
            owner="förvaltningschef för vård- och omsorgsförvaltningen",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**{k: v.lower() for k, v in abbr.items()}, **{k: v.lower() for k, v in laws.items()}},
            notes="All pages landscape. The decision metadata is only in a version history table on page 1 "
                  "(three versions; the latest row, 2.0 of 2025-09-17 § 71, is the one in force) plus a sentence "
                  "'Version 2.0 ersätter version 1.1 i sin helhet'. Delegation table without vertical rules, "
                  "header printed once (not repeated after the page break); delegate cell merged over "
                  "consecutive rows with the same delegate (BH in B.1–B.5, LSSH in C.1–C.5). Column Anmäls "
                  "(Ja/Nej). Limits in timmar, dagar, mnkr and prisbasbelopp.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#6b2d5c"))
        c.drawString(15 * mm, h - 11 * mm, "Sjöhamra kommun · Vård- och omsorgsnämnden")
        c.restoreState()
        draw_footer(c, "Delegationsordning för vård- och omsorgsnämnden, version 2.0", y=8 * mm)

    path = os.path.join(PDF_DIR, VONDO)
    doc = base_doc(path, d.meta["title"], pagesize=landscape(A4), lm=15 * mm, rm=15 * mm, tm=17 * mm,
                   bm=15 * mm)
    doc.addPageTemplates([one_frame(doc, "land", on_page)])
    S = [Paragraph("Delegationsordning för vård- och omsorgsnämnden",
                   ParagraphStyle("t", parent=st["title"], textColor=colors.HexColor("#6b2d5c"))),
         Paragraph("Versionshistorik", st["h2"])]
    hist = [
        ("Version", "Beslutsdatum", "Beslutsinstans", "Paragraf", "Diarienummer", "Ändring"),
        ("1.0", "2022-06-15", "Vård- och omsorgsnämnden", "§ 48", "VON 2022/51", "Ny delegationsordning"),
        ("1.1", "2023-11-22", "Vård- och omsorgsnämnden", "§ 97", "VON 2023/130",
         "Ändringar i avsnitt C (LSS)"),
        ("2.0", "2025-09-17", "Vård- och omsorgsnämnden", "§ 71", "VON 2025/88",
         "Revidering i sin helhet; gäller från 2025-10-01"),
    ]
    ht = Table([[Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"]) for x in r] for i, r in enumerate(hist)],
               colWidths=[18 * mm, 28 * mm, 48 * mm, 20 * mm, 30 * mm, 90 * mm], hAlign="LEFT")
    ht.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a6b82")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe3ec")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(ht)
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "Version 2.0 ersätter version 1.1 i sin helhet. Dokumentansvarig är förvaltningschefen för vård- och "
        "omsorgsförvaltningen. Delegationsordningen omfattar vård- och omsorgsnämndens hela ansvarsområde.",
        st["body"]))
    S.append(Paragraph("Allmänt", st["h2"]))
    S.append(Paragraph(
        "Delegaten beslutar på nämndens vägnar och ska i kolumnen Anmäls se om beslutet ska anmälas till "
        "nämnden. Ärenden av principiell beskaffenhet eller annars av större vikt lämnas till nämnden. "
        "Beslut om bistånd fattas med stöd av socialtjänstlagen och beslut om insatser med stöd av LSS. "
        "Med prisbasbelopp avses prisbasbeloppet för det år beslutet fattas.", st["body"]))
    S.append(d.statement(
        "Förvaltningschefen får vidaredelegera beslutanderätten i avsnitt B och C till enhetschef inom "
        "förvaltningen.", "förvaltningschef för vård- och omsorgsförvaltningen", st["body"]))
    S.append(d.statement(
        "Beslut om bistånd eller insatser till en anställd inom förvaltningen eller till en närstående till en "
        "anställd fattas alltid av enhetschefen för myndighetsenheten.", "enhetschef för myndighetsenheten",
        st["body"]))
    S.append(Paragraph("Förkortningar", st["h2"]))
    leg = [f"{k} – {v}" for k, v in abbr.items()] + [f"{k} – {v}" for k, v in laws.items()]
    half = (len(leg) + 1) // 2
    lt = Table([[Paragraph(esc(leg[i]), st["cell"]), Paragraph(esc(leg[half + i]) if half + i < len(leg) else "",
                                                               st["cell"])] for i in range(half)],
               colWidths=[115 * mm, 140 * mm], hAlign="LEFT")
    lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    S.append(lt)
    S.append(PageBreak())
    S.append(Paragraph("Delegationsförteckning", st["h1"]))
    sections = [
        ("A Allmänna ärenden", [
            ("A.1", "Beslut i brådskande ärenden där nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL",
             "ORD", "Ja", "Vid förhinder för ORD beslutar vice ordföranden."),
            ("A.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
             "6 kap. 3 § OSL", "FC", "Ja", None),
            ("A.3", "Anmälan till Inspektionen för vård och omsorg om allvarligt missförhållande (lex Sarah)",
             "SoL", "FC", "Ja", None),
            ("A.4", "Anmälan till Inspektionen för vård och omsorg om vårdskada (lex Maria)", "3 kap. 5 § PSL",
             "MAS", "Ja", None),
            ("A.5", "Yttrande till Inspektionen för vård och omsorg i tillsynsärende", "–", "FC", "Ja",
             "Ärenden av principiell beskaffenhet lämnas till VON."),
        ]),
        ("B Bistånd till äldre enligt socialtjänstlagen", [
            ("B.1", "Bistånd i form av hemtjänst", "SoL", "BH*", "Ja", "Högst 120 timmar per månad"),
            ("B.2", "Bistånd i form av trygghetslarm", "SoL", "BH*", "Ja", None),
            ("B.3", "Bistånd i form av matdistribution", "SoL", "BH*", "Ja", None),
            ("B.4", "Bistånd i form av dagverksamhet", "SoL", "BH*", "Ja", None),
            ("B.5", "Bistånd i form av korttidsvistelse", "SoL", "BH*", "Ja", "Högst 30 dagar per tillfälle"),
            ("B.6", "Bistånd i form av hemtjänst över 120 timmar per månad", "SoL", "ECM", "Ja", None),
            ("B.7", "Bistånd i form av korttidsvistelse över 30 dagar", "SoL", "ECM", "Ja", None),
            ("B.8", "Bistånd i form av särskilt boende (vård- och omsorgsboende)", "SoL", "ECM", "Ja",
             "Efter beredning i biståndsgruppen"),
            ("B.9", "Beslut om parboende i särskilt boende", "SoL", "ECM", "Ja", None),
            ("B.10", "Köp av plats i särskilt boende hos extern utförare", "–", "FC", "Ja",
             "Högst 1,2 mnkr per plats och år; därutöver beslutar AU"),
        ]),
        ("C Insatser enligt LSS", [
            ("C.1", "Bedömning av om den enskilde tillhör lagens personkrets", "1 § LSS", "LSSH*", "Ja", None),
            ("C.2", "Personlig assistans för grundläggande behov som uppgår till högst 20 timmar per vecka",
             "9 § 2 LSS", "LSSH*", "Ja", None),
            ("C.3", "Ledsagarservice", "9 § 3 LSS", "LSSH*", "Ja", "Högst 20 timmar per månad"),
            ("C.4", "Biträde av kontaktperson", "9 § 4 LSS", "LSSH*", "Ja", None),
            ("C.5", "Avlösarservice i hemmet", "9 § 5 LSS", "LSSH*", "Ja", "Högst 40 timmar per månad"),
            ("C.6", "Ledsagarservice eller avlösarservice utöver timgränserna i C.3 och C.5", "9 § 3 och 5 LSS",
             "ECM", "Ja", None),
            ("C.7", "Korttidsvistelse utanför det egna hemmet", "9 § 6 LSS", "ECM", "Ja", None),
            ("C.8", "Bostad med särskild service för vuxna", "9 § 9 LSS", "ECM", "Ja", None),
            ("C.9", "Daglig verksamhet", "9 § 10 LSS", "LSSH", "Ja", None),
            ("C.10", "Köp av extern plats i bostad med särskild service", "–", "FC", "Ja",
             "Högst 2,5 mnkr per plats och år"),
            ("C.11", "Köp av extern plats i bostad med särskild service", "–", "AU", "Ja",
             "Över 2,5 mnkr per plats och år"),
            ("C.12", "Rapport till Inspektionen för vård och omsorg om ej verkställt beslut", "28 f § LSS", "ECM",
             "Nej", "Rapporteras till nämnden kvartalsvis"),
        ]),
        ("D Avgifter", [
            ("D.1", "Fastställande av avgift och förbehållsbelopp enligt nämndens taxa", "SoL", "AH", "Nej", None),
            ("D.2", "Jämkning av förbehållsbelopp på grund av särskilda omständigheter", "SoL", "AH", "Ja",
             "Högst sex månader per beslut"),
            ("D.3", "Nedsättning av avgift i enskilt fall", "SoL", "ECM", "Ja", "Högst tolv månader per beslut"),
            ("D.4", "Avskrivning av avgiftsfordran", "–", "ECM", "Ja", "Högst 1 prisbasbelopp per fordran"),
            ("D.5", "Avskrivning av avgiftsfordran", "–", "FC", "Ja", "Över 1 prisbasbelopp per fordran"),
        ]),
        ("E Överklagande och yttranden", [
            ("E.1", "Beslut om att överklaga dom eller beslut från förvaltningsrätt eller kammarrätt", "–", "ECM",
             "Ja", None),
            ("E.2", "Yttrande till förvaltningsrätt i mål om bistånd eller insats enligt LSS", "–", "ECM", "Nej",
             None),
        ]),
    ]
    head = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmäls", "Kommentar"]
    data = [[Paragraph(h, st["cellb"]) for h in head]]
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#6b2d5c")),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#6b2d5c")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#b8a8b4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    spans = []
    for sec, rows in sections:
        i = len(data)
        data.append([Paragraph(esc(sec), st["cellb"]), "", "", "", "", ""])
        cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4edf2"))]
        start = None
        for nr, matter, lag, code, anm, cond in rows:
            i = len(data)
            merged = code.endswith("*")
            c = code.rstrip("*")
            if merged and start is None:
                start = i
                shown = Paragraph(c, st["cellb"])
            elif merged:
                shown = ""
            else:
                if start is not None:
                    spans.append((start, i - 1))
                    start = None
                shown = Paragraph(c, st["cell"])
            data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[c].lower(), c, cond, st["cell"]),
                         Paragraph(esc(lag), st["cell"]), shown, Paragraph(anm, st["cell"]),
                         Paragraph(esc(cond or ""), st["cell"])])
        if start is not None:
            spans.append((start, len(data) - 1))
    for a, z in spans:
        cmds += [("SPAN", (3, a), (3, z)), ("VALIGN", (3, a), (3, z), "MIDDLE"),
                 ("BACKGROUND", (3, a), (3, z), colors.HexColor("#faf6f9"))]
    t = Table(data, colWidths=[13 * mm, 105 * mm, 30 * mm, 20 * mm, 16 * mm, 83 * mm], repeatRows=0)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    doc.build(S)
    return d


# ==========================================================================
# 4. Kommunstyrelsens delegationsordning – personalärenden (right-aligned
#    metadata block; revision line in the footer; horizontal rules only)
# ==========================================================================
def build_ks_do():
    st = styles("Helvetica", 9.3)
    abbr = {
        "KS": "kommunstyrelsen",
        "PU": "kommunstyrelsens personalutskott",
        "KSO": "kommunstyrelsens ordförande",
        "KD": "kommundirektören",
        "HRC": "HR-chefen",
        "FHC": "förhandlingschefen",
        "FC": "förvaltningschef",
        "EC": "närmaste chef med personalansvar (enhetschef, rektor eller motsvarande)",
    }
    laws = {"LAS": "lagen (2022:836) om anställningsskydd", "MBL": "lagen (1976:580) om medbestämmande i arbetslivet",
            "AB": "Allmänna bestämmelser (kollektivavtal)"}
    rev = "Rev. 2026-04-21, KS § 66"
    d = Doc(KSDO,
            layout="right-aligned-metadata-block-revision-line-footer-rules-only",
            title="Kommunstyrelsens delegationsordning – personalärenden",
            doc_type="delegationsordning",
            decided_by="kommunstyrelsen",
            decision_date="2026-04-21",
            paragraph="§ 66",
            diarienummer="KS 2026/102",
            valid_from="2026-05-01",
            valid_to=None,
            replaces="lydelsen fastställd av kommunstyrelsen 2024-12-10, § 214",
            replaces_file=None,
            scope="samtliga förvaltningar i Sjöhamra kommun",
            owner="HR-chefen",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**{k: v.lower() for k, v in abbr.items()}, **{k: v.lower() for k, v in laws.items()}},
            notes="Metadata in a right-aligned block at the top of page 1: first adopted 2024-12-10 § 214, revised "
                  "2026-04-21 § 66 (the revision is the decision recorded here; it replaces the 2024 wording). "
                  "The footer of every page carries the revision line 'Rev. 2026-04-21, KS § 66'. Table with "
                  "horizontal rules only, Ersättare column, header repeated. Amounts in kr and månadslöner.")

    def on_page(c, doc):
        draw_footer(c, f"Kommunstyrelsens delegationsordning – personalärenden · {rev}")

    path = os.path.join(PDF_DIR, KSDO)
    doc = base_doc(path, d.meta["title"], tm=18 * mm)
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    block = Paragraph(
        "<b>KOMMUNSTYRELSEN</b><br/>Delegationsordning<br/>Fastställd: 2024-12-10, § 214<br/>"
        "Reviderad: 2026-04-21, § 66<br/>Dnr: KS 2026/102<br/>Gäller från: 2026-05-01<br/>"
        "Dokumentansvarig: HR-chefen", ParagraphStyle("rb", parent=st["right"], fontSize=8.5, leading=11))
    top = Table([[Paragraph("<b>SJÖHAMRA KOMMUN</b>", ParagraphStyle("lg", parent=st["body"], fontSize=13,
                                                                      textColor=colors.HexColor("#2e5e3e"))),
                  block]], colWidths=[95 * mm, 75 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6,
                                                                    colors.HexColor("#2e5e3e"))]))
    S = [top, Spacer(1, 10),
         Paragraph("Kommunstyrelsens delegationsordning – personalärenden", st["title"]),
         Paragraph("1 Kommunstyrelsen som anställningsmyndighet", st["h1"])]
    S.append(d.statement("Kommunstyrelsen är anställningsmyndighet för kommunens samtliga anställda.",
                         "kommunstyrelsen", st["body"],
                         after=" Styrelsen har därför hand om arbetsgivarfrågorna för alla förvaltningar, också "
                               "för den personal som arbetar åt barn- och utbildningsnämnden och vård- och "
                               "omsorgsnämnden."))
    S.append(Paragraph(
        "Delegationsordningen gäller för samtliga förvaltningar i Sjöhamra kommun. Denna revidering ersätter "
        "lydelsen från 2024-12-10, § 214. Ändringarna gäller avsnitt 4 (avgångsvederlag) och avsnitt 2 "
        "(lönesättning).", st["body"]))
    S.append(Paragraph("2 Vidaredelegation och ersättare", st["h1"]))
    S.append(d.statement(
        "Förvaltningschefen får vidaredelegera beslutanderätten i avsnitt 1–3 till chef inom sin förvaltning.",
        "förvaltningschef", st["body"]))
    S.append(d.statement(
        "Kommundirektören får vidaredelegera beslutanderätten i punkt 2.6 till HR-chefen eller till "
        "förvaltningschef.", "kommundirektören", st["body"],
        after=" Vidaredelegerade beslut anmäls till den som har vidaredelegerat."))
    S.append(Paragraph(
        "Vid förhinder för delegaten beslutar ersättaren. Saknas ersättare beslutar närmast överordnad chef. "
        "Förkortningar: " + "; ".join(f"{k} = {v}" for k, v in abbr.items()) + ". Lagar: " +
        "; ".join(f"{k} = {v}" for k, v in laws.items()) + ".", st["small"]))
    S.append(Paragraph("3 Delegationsförteckning", st["h1"]))
    rows = [
        ("1 Anställning",),
        ("1.1", "Anställning av kommundirektör", "KS", "–", "Ej delegerat"),
        ("1.2", "Anställning av förvaltningschef", "KD", "–", "Efter samråd med berörd nämnds presidium"),
        ("1.3", "Anställning av avdelningschef, enhetschef och rektor", "FC", "HRC", None),
        ("1.4", "Tillsvidareanställning av övrig personal", "EC", "FC", "Inom budget och fastställd bemanning"),
        ("1.5", "Visstidsanställning", "EC", "FC", "Högst 12 månader; längre visstid beslutar FC"),
        ("2 Lön och anställningsvillkor",),
        ("2.1", "Lönesättning vid nyanställning", "EC", "FC", "Inom lönepolicyn och förvaltningens lönestruktur"),
        ("2.2", "Lönesättning vid nyanställning som avviker från förvaltningens lönestruktur", "HRC", "–",
         "Avvikelse med högst 10 procent"),
        ("2.3", "Lön och anställningsvillkor för förvaltningschef", "KD", "HRC", None),
        ("2.4", "Lön och anställningsvillkor för kommundirektören", "PU", "–", None),
        ("2.5", "Särskild ersättning i form av engångsbelopp", "FC", "HRC", "Högst 15 000 kr per medarbetare och år"),
        ("2.6", "Övriga anställningsförmåner som inte regleras i kollektivavtal", "KD", "HRC",
         "Får vidaredelegeras av KD"),
        ("3 Ledighet",),
        ("3.1", "Tjänstledighet utan lön", "EC", "FC", "Högst sex månader"),
        ("3.2", "Tjänstledighet utan lön längre än sex månader", "FC", "HRC", "Högst 18 månader"),
        ("3.3", "Ledighet med lön för studier", "FC", "–", "Högst tio arbetsdagar per år"),
        ("4 Avslut av anställning",),
        ("4.1", "Uppsägning på grund av arbetsbrist", "HRC", "FHC", "Efter förhandling enligt MBL"),
        ("4.2", "Uppsägning av personliga skäl och avsked", "HRC", "–", "Efter samråd med berörd FC"),
        ("4.3", "Överenskommelse om avslut med avgångsvederlag", "HRC", "FHC", "Högst 6 månadslöner"),
        ("4.4", "Överenskommelse om avslut med avgångsvederlag", "KD", "–", "Över 6 och högst 12 månadslöner"),
        ("4.5", "Överenskommelse om avslut med avgångsvederlag", "PU", "–", "Över 12 månadslöner"),
        ("4.6", "Skriftlig varning och annan disciplinpåföljd", "HRC", "–", "Enligt AB"),
        ("5 Förhandling och kollektivavtal",),
        ("5.1", "Förhandling enligt MBL", "FHC", "HRC", "11–14 och 38 §§ MBL"),
        ("5.2", "Teckna lokala kollektivavtal", "FHC", "HRC", "Avtal av principiell betydelse beslutas av PU"),
        ("5.3", "Beslut i frågor om stridsåtgärder", "PU", "KSO", None),
        ("6 Pension",),
        ("6.1", "Särskild avtalspension", "PU", "–", None),
        ("6.2", "Förlängd anställning efter uppnådd LAS-ålder", "FC", "HRC", "Högst ett år i taget"),
        ("7 Arbetsmiljö",),
        ("7.1", "Fördelning av arbetsmiljöuppgifter till förvaltningschef", "KD", "–", "Skriftligt"),
        ("7.2", "Fördelning av arbetsmiljöuppgifter inom förvaltningen", "FC", "–", "Skriftligt"),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Nr", "Ärende", "Delegat", "Ersättare", "Villkor / anmärkning"]]]
    green = colors.HexColor("#2e5e3e")
    cmds = [("LINEBELOW", (0, 0), (-1, 0), 1.0, green), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in rows:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(esc(r[0]), ParagraphStyle("sec", parent=st["cellb"], textColor=green)),
                         "", "", "", ""])
            cmds += [("SPAN", (0, i), (-1, i)), ("LINEBELOW", (0, i), (-1, i), 0.6, green)]
            continue
        nr, matter, code, ers, cond = r
        decider = abbr[code].lower()
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, decider, code, cond, st["cell"]),
                     Paragraph(code, st["cell"]), Paragraph(esc(ers), st["cell"]),
                     Paragraph(esc(cond or "–"), st["cell"])])
    t = Table(data, colWidths=[11 * mm, 72 * mm, 18 * mm, 19 * mm, 50 * mm], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    doc.build(S)
    return d


# ==========================================================================
# 5. Kommundirektörens vidaredelegering i personalärenden (INTERNAL;
#    intranet banner, header table, table with titles instead of codes,
#    lettered list naming a person)
# ==========================================================================
def build_kd_vd():
    st = styles("Helvetica", 9.5)
    d = Doc(KDVD,
            layout="intranet-banner-header-table-titles-table-lettered-list",
            title="Kommundirektörens beslut om vidaredelegering – personalärenden",
            doc_type="vidaredelegering",
            decided_by="kommundirektören",
            decision_date="2026-05-05",
            paragraph=None,
            diarienummer="KS 2026/131",
            valid_from="2026-05-15",
            valid_to=None,
            replaces=None,
            replaces_file=None,
            scope="anställda i Sjöhamra kommun",
            owner="HR-chefen",
            review_date=None,
            publication_stated="intern",
            publication="intern",
            status_2026_11_26="gällande",
            abbreviations={},
            notes="Internal: a red banner and the header table say it is published only on the intranet Insidan. "
                  "A tjänstepersonsbeslut without §. The table of vidaredelegerade ärenden prints titles "
                  "(no codes), so code is null; the lettered list names the lönechef with a name in "
                  "parentheses (recorded as the title).")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#b22222"))
        c.rect(20 * mm, h - 15 * mm, w - 40 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(w / 2, h - 12.6 * mm, "INTERNT – PUBLICERAS ENDAST PÅ INTRANÄTET INSIDAN")
        c.restoreState()
        draw_footer(c, "Sjöhamra kommun · Kommunledningsförvaltningen · Internt dokument")

    path = os.path.join(PDF_DIR, KDVD)
    doc = base_doc(path, d.meta["title"], tm=22 * mm)
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    S = [Paragraph("Kommundirektörens beslut om vidaredelegering – personalärenden", st["title"])]
    meta = [("Beslutsfattare", "Kommundirektören"),
            ("Beslutsdatum", "2026-05-05"),
            ("Diarienummer", "KS 2026/131"),
            ("Stöd för beslutet", "Kommunstyrelsens delegationsordning – personalärenden, punkt 2.6"),
            ("Gäller från", "2026-05-15, tills vidare"),
            ("Gäller för", "Anställda i Sjöhamra kommun"),
            ("Dokumentansvarig", "HR-chefen"),
            ("Publicering", "Endast på intranätet Insidan (internt dokument)")]
    mt = Table([[Paragraph(esc(a), st["cellb"]), Paragraph(esc(b), st["cell"])] for a, b in meta],
               colWidths=[40 * mm, 125 * mm], hAlign="LEFT")
    mt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f3f3")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(mt)
    S.append(Paragraph("1 Bakgrund", st["h1"]))
    S.append(Paragraph(
        "Kommunstyrelsen har i punkt 2.6 i sin delegationsordning för personalärenden gett kommundirektören "
        "rätt att besluta om anställningsförmåner som inte regleras i kollektivavtal, med rätt att "
        "vidaredelegera. Genom detta beslut vidaredelegerar kommundirektören beslutanderätten enligt nedan.",
        st["body"]))
    S.append(d.statement("Kommundirektören behåller rätten att själv besluta i ett enskilt ärende.",
                         "kommundirektören", st["body"],
                         after=" Beslut som fattas med stöd av detta beslut anmäls till kommundirektören "
                               "varje månad."))
    S.append(Paragraph("2 Vidaredelegerade ärenden", st["h1"]))
    rows = [
        ("Marknadstillägg och andra tidsbegränsade lönetillägg", "HR-chef",
         "Högst 3 000 kr per månad och högst 24 månader"),
        ("Bilförmån och förmånsbil", "HR-chef", "Enligt riktlinjen för förmånsbil"),
        ("Cykelförmån genom bruttolöneavdrag", "HR-chef", None),
        ("Friskvårdsbidragets nivå", "HR-chef", "Högst 3 500 kr per medarbetare och år"),
        ("Arbete på distans från annat land inom EU/EES", "Förvaltningschef",
         "Högst 30 arbetsdagar per kalenderår"),
        ("Arbete på distans från annat land inom EU/EES längre än 30 arbetsdagar", "HR-chef",
         "Högst 60 arbetsdagar per kalenderår; arbete från land utanför EU/EES medges inte"),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Ärende", "Vidaredelegeras till", "Villkor"]]]
    for matter, who, cond in rows:
        data.append([d.decision(matter, who.lower(), None, cond, st["cell"]), Paragraph(who, st["cell"]),
                     Paragraph(esc(cond or "–"), st["cell"])])
    t = Table(data, colWidths=[72 * mm, 35 * mm, 63 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbe3e3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(t)
    S.append(Paragraph("3 Lönechefens beslutanderätt", st["h1"]))
    S.append(Paragraph("Följande beslut får fattas av lönechefen (Anders Nyqvist):", st["body"]))
    for letter, text, cond in [
        ("a", "beslut om återbetalning av felaktigt utbetald lön genom avdrag på kommande lön,", None),
        ("b", "eftergift av krav på återbetalning av felaktigt utbetald lön, högst 10 000 kr per medarbetare,",
         "högst 10 000 kr per medarbetare"),
        ("c", "beslut om förskott på lön, högst 50 procent av månadslönen.", "högst 50 procent av månadslönen"),
    ]:
        p = d.decision(text, "lönechefen", None, cond, st["item"])
        p.bulletText = f"{letter})"
        S.append(p)
    S.append(Paragraph("4 Giltighet", st["h1"]))
    S.append(Paragraph(
        "Beslutet gäller från och med 2026-05-15 och tills vidare, dock längst till dess kommunstyrelsen "
        "beslutar om en ny delegationsordning för personalärenden. Beslutet publiceras endast på intranätet "
        "Insidan.", st["body"]))
    S.append(Spacer(1, 14))
    S.append(Paragraph("Sjöhamra 2026-05-05<br/><br/>Kommundirektör", st["body"]))
    doc.build(S)
    return d


# ==========================================================================
# 6. Reglemente för vård- och omsorgsnämnden (KFS box at the top right of
#    page 1; two columns; decision rights in prose)
# ==========================================================================
def build_reglemente():
    st = styles("Times-Roman", 10)
    d = Doc(REG,
            layout="kfs-box-top-right-two-column-paragraphs",
            title="Reglemente för vård- och omsorgsnämnden",
            doc_type="reglemente",
            decided_by="kommunfullmäktige",
            decision_date="2024-06-17",
            paragraph="§ 71",
            diarienummer="KS 2024/198",
            valid_from="2024-07-01",
            valid_to=None,
            replaces="SjKFS 2019:3 (Reglemente för vård- och omsorgsnämnden)",
            replaces_file=None,
            scope=None,
            owner="kanslichefen",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={"LOV": "lagen (2008:962) om valfrihetssystem"},
            notes="Författningssamling box (SjKFS 2024:9) at the top right of page 1 with the decision, "
                  "validity, what it replaces and the dokumentansvarig. The §§ are set in two columns. "
                  "Decision rights only in prose. No scope sentence beyond the nämnd's own tasks (§ 1), so "
                  "scope is null.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Italic", 8)
        c.drawString(18 * mm, h - 12 * mm, "Sjöhamra kommuns författningssamling")
        c.restoreState()
        draw_footer(c, "SjKFS 2024:9 · Reglemente för vård- och omsorgsnämnden", font="Times-Roman")

    path = os.path.join(PDF_DIR, REG)
    doc = base_doc(path, d.meta["title"], lm=18 * mm, rm=18 * mm, tm=18 * mm)
    W, H = A4
    gap = 7 * mm
    colw = (doc.width - gap) / 2
    top_h = 50 * mm
    body_h = doc.height - top_h
    first = [Frame(doc.leftMargin, doc.bottomMargin + body_h, doc.width, top_h, id="top"),
             Frame(doc.leftMargin, doc.bottomMargin, colw, body_h, id="c1"),
             Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, body_h, id="c2")]
    later = [Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height, id="l1"),
             Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height, id="l2")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=later, onPage=on_page)])
    box = Table([[Paragraph(
        "<b>SjKFS 2024:9</b><br/>Antagen av kommunfullmäktige 2024-06-17, § 71<br/>Dnr KS 2024/198<br/>"
        "Gäller från 2024-07-01<br/>Ersätter SjKFS 2019:3<br/>Dokumentansvarig: kanslichefen",
        ParagraphStyle("bx", parent=st["small"], fontSize=8.6, leading=11))]], colWidths=[62 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    head = Table([[Paragraph("Reglemente för vård- och omsorgsnämnden",
                             ParagraphStyle("tt", parent=st["title"], fontSize=19, leading=23)), box]],
                 colWidths=[doc.width - 66 * mm, 66 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    S = [head, Spacer(1, 4),
         Paragraph("Utöver detta reglemente gäller kommunens gemensamma reglemente för nämnderna, i den mån inte "
                   "annat sägs nedan.", st["ital"]),
         FrameBreak()]
    b = ParagraphStyle("rb", parent=st["body"], alignment=TA_JUSTIFY)
    h = ParagraphStyle("rh", parent=st["h2"], spaceBefore=5)

    def sec(t):
        S.append(Paragraph(t, h))

    def p(t):
        S.append(Paragraph(esc(t), b))

    def stmt(sentence, decider, before="", after=""):
        S.append(d.statement(sentence, decider, b, before=before, after=after))

    sec("Verksamhetsområde")
    p("1 § Vård- och omsorgsnämnden fullgör kommunens uppgifter inom socialtjänsten som avser äldre och "
      "personer med funktionsnedsättning, uppgifter enligt LSS och kommunens hälso- och sjukvård i ordinärt "
      "och särskilt boende. Nämnden ansvarar också för bostadsanpassningsbidrag.")
    stmt("Nämnden beslutar om riktlinjer för biståndsbedömning inom sitt verksamhetsområde.",
         "vård- och omsorgsnämnden", before="2 § ")
    sec("Taxor och avgifter")
    stmt("Kommunfullmäktige fastställer taxor och avgifter inom nämndens verksamhetsområde.",
         "kommunfullmäktige", before="3 § ",
         after=" Nämnden tillämpar taxan och beslutar om avgifter i enskilda ärenden.")
    sec("Boenden och verksamhetens omfattning")
    stmt("Beslut om att inrätta eller avveckla ett särskilt boende fattas av kommunfullmäktige efter förslag "
         "från nämnden.", "kommunfullmäktige", before="4 § ")
    p("Nämnden beslutar om fördelningen av platser mellan boendena och om korttidsplatsernas antal inom "
      "tilldelad budget.")
    sec("Upphandling och valfrihetssystem")
    stmt("Upphandling av verksamhet på entreprenad med ett avtalsvärde över 20 mnkr beslutas av "
         "kommunstyrelsen.", "kommunstyrelsen", before="5 § ",
         after=" Övriga upphandlingar inom verksamhetsområdet beslutar nämnden om.")
    stmt("Beslut om att införa valfrihetssystem enligt lagen (2008:962) om valfrihetssystem (LOV) fattas av "
         "kommunfullmäktige.", "kommunfullmäktige",
         before="6 § ")
    stmt("Nämnden beslutar om förfrågningsunderlag och godkänner utförare i valfrihetssystemet.",
         "vård- och omsorgsnämnden")
    sec("Personal")
    stmt("Förvaltningschefen för vård- och omsorgsförvaltningen anställs av kommundirektören efter samråd med "
         "nämndens presidium.", "kommundirektören", before="7 § ",
         after=" Kommunstyrelsen är anställningsmyndighet för förvaltningens övriga personal.")
    sec("Sammansättning")
    p("8 § Nämnden består av nio ledamöter och fem ersättare. Kommunfullmäktige väljer ordförande och vice "
      "ordförande bland ledamöterna.")
    p("9 § Nämnden har ett arbetsutskott med tre ledamöter och tre ersättare. Arbetsutskottet bereder "
      "nämndens ärenden och beslutar i de ärenden som nämnden delegerat till utskottet.")
    sec("Sammanträden")
    p("10 § Nämnden sammanträder minst tio gånger per år enligt en plan som nämnden fastställer före "
      "årets början.")
    stmt("Ordföranden får besluta i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.",
         "vård- och omsorgsnämndens ordförande", before="11 § ",
         after=" Sådana beslut anmäls vid nämndens nästa sammanträde.")
    sec("Rapportering och uppföljning")
    p("12 § Nämnden rapporterar varje kvartal till kommunfullmäktige de beslut om bistånd och insatser enligt "
      "LSS som inte har verkställts inom tre månader. Nämnden lämnar senast den 31 mars varje år en "
      "patientsäkerhetsberättelse för föregående år.")
    sec("Personuppgifter och delgivning")
    p("13 § Nämnden är personuppgiftsansvarig för den behandling av personuppgifter som sker i nämndens "
      "verksamhet. Delgivning med nämnden sker med ordföranden, förvaltningschefen eller den som nämnden "
      "bestämmer.")
    sec("Undertecknande")
    stmt("Avtal och andra handlingar som beslutas av nämnden undertecknas av ordföranden och kontrasigneras av "
         "förvaltningschefen.", "vård- och omsorgsnämndens ordförande", before="14 § ")
    sec("Ikraftträdande")
    p("15 § Detta reglemente träder i kraft den 1 juli 2024 och ersätter reglementet för vård- och "
      "omsorgsnämnden i SjKFS 2019:3.")
    doc.build(S)
    return d


# ==========================================================================
# 7. Riktlinjer för skolskjuts (metadata only in the closing prose
#    paragraph)
# ==========================================================================
def build_skolskjuts():
    st = styles("Helvetica", 10)
    d = Doc(SKJ,
            layout="closing-prose-paragraph-metadata",
            title="Riktlinjer för skolskjuts",
            doc_type="riktlinje",
            decided_by="barn- och utbildningsnämnden",
            decision_date="2026-03-18",
            paragraph="§ 24",
            diarienummer="BUN 2026/48",
            valid_from="2026-07-01",
            valid_to=None,
            replaces="Riktlinjer för skolskjuts, antagna 2020-04-22, § 31",
            replaces_file=None,
            scope="elever i förskoleklass, grundskola och anpassad grundskola som är folkbokförda i Sjöhamra "
                  "kommun",
            owner="skolskjutshandläggaren",
            review_date="2029-06-30",
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={},
            notes="No header or cover metadata: the decision, dnr, validity, replaced version, owner, review "
                  "date and scope are given only in the closing paragraph 'Beslut och giltighet'. A table of "
                  "distance limits (facts, not decisions). Decision rights in prose, consistent with the "
                  "delegationsordning of 2026 (5.1–5.5).")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setStrokeColor(colors.HexColor("#e0a100"))
        c.setLineWidth(3)
        c.line(20 * mm, h - 12 * mm, 60 * mm, h - 12 * mm)
        c.restoreState()
        draw_footer(c, "Sjöhamra kommun · Riktlinjer för skolskjuts")

    path = os.path.join(PDF_DIR, SKJ)
    doc = base_doc(path, d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    b = st["body"]
    S = [Paragraph("Sjöhamra kommun · Barn- och utbildningsnämnden", st["small"]), Spacer(1, 3),
         Paragraph("Riktlinjer för skolskjuts", st["title"]),
         Paragraph("1 Syfte", st["h1"]),
         Paragraph(
             "Riktlinjerna beskriver när elever har rätt till kostnadsfri skolskjuts enligt 10 kap. 32 och 33 §§ "
             "skollagen och hur ansökan prövas. Skolskjuts är resor mellan en plats i anslutning till elevens "
             "hem och skolan vid skoldagens början och slut.", b),
         Paragraph("2 Avståndsgränser", st["h1"]),
         Paragraph("Skolskjuts beviljas när avståndet mellan hemmet och skolan är minst det som anges i "
                   "tabellen. Avståndet mäts längs kortaste gång- eller cykelväg.", b)]
    dist = [("Årskurs", "Avståndsgräns"), ("Förskoleklass och årskurs 1–3", "2 km"), ("Årskurs 4–6", "3 km"),
            ("Årskurs 7–9", "4 km"), ("Anpassad grundskola", "Individuell bedömning")]
    t = Table([[Paragraph(esc(a), st["cellb"] if i == 0 else st["cell"]),
                Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"])] for i, (a, x) in enumerate(dist)],
              colWidths=[70 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fff1cc"))]))
    S += [t, Spacer(1, 6)]
    S.append(Paragraph("3 Andra skäl än avstånd", st["h1"]))
    S.append(Paragraph(
        "Skolskjuts kan också beviljas med hänsyn till trafikförhållanden, elevens funktionsnedsättning eller "
        "någon annan särskild omständighet. Vid bedömning av trafikförhållanden beaktas vägens hastighet, "
        "trafikmängd, belysning och om det finns gång- och cykelbana.", b))
    S.append(Paragraph("4 Växelvis boende", st["h1"]))
    S.append(Paragraph(
        "Elev som bor växelvis hos vårdnadshavare på två adresser kan beviljas skolskjuts från båda adresserna "
        "om båda ligger i Sjöhamra kommun och boendet är ungefär jämnt fördelat.", b))
    S.append(Paragraph("5 Ansökan och beslut", st["h1"]))
    S.append(Paragraph(
        "Ansökan ska lämnas senast den 15 maj inför kommande läsår. Skolskjuts beviljas för ett läsår i taget.",
        b))
    S.append(d.statement("Skolskjutshandläggaren prövar ansökan om skolskjuts och fattar beslut enligt "
                         "nämndens delegationsordning.", "skolskjutshandläggaren", b))
    S.append(d.statement("Beslut om avsteg från riktlinjerna vid särskilda skäl fattas av avdelningschefen för "
                         "grundskola.", "avdelningschefen för grundskola", b,
                         after=" Avsteg ska motiveras skriftligt."))
    S.append(d.statement("Om kostnaden för avsteget överstiger 60 000 kr per elev och läsår beslutar barn- och "
                         "utbildningsnämndens arbetsutskott.", "barn- och utbildningsnämndens arbetsutskott", b))
    S.append(Paragraph("6 Väntetider och fritidshem", st["h1"]))
    S.append(Paragraph(
        "Längsta väntetid vid skolan före skoldagens början eller efter dess slut är 40 minuter. Skolskjuts ges "
        "inte till eller från fritidshem.", b))
    S.append(Paragraph("7 Tillfälliga skador", st["h1"]))
    S.append(Paragraph(
        "Elev som tillfälligt inte kan ta sig till skolan på grund av olycksfall, till exempel ett benbrott, "
        "har inte rätt till skolskjuts enligt skollagen. Resor ersätts i stället genom kommunens "
        "olycksfallsförsäkring för elever.", b))
    S.append(Paragraph("8 Överklagande", st["h1"]))
    S.append(Paragraph(
        "Beslut om skolskjuts enligt 10 kap. 32 § skollagen kan överklagas till förvaltningsrätten. Beslut om "
        "skolskjuts för elev som valt en annan skolenhet kan endast överklagas genom laglighetsprövning.", b))
    S.append(Paragraph("Beslut och giltighet", st["h1"]))
    S.append(Paragraph(
        "Riktlinjerna antogs av barn- och utbildningsnämnden 2026-03-18, § 24, dnr BUN 2026/48. De gäller från "
        "och med 2026-07-01 och ersätter Riktlinjer för skolskjuts, antagna 2020-04-22, § 31. Riktlinjerna "
        "gäller för elever i förskoleklass, grundskola och anpassad grundskola som är folkbokförda i Sjöhamra "
        "kommun. Skolskjutshandläggaren ansvarar för att riktlinjerna hålls aktuella, och de ska ses över "
        "senast 2029-06-30.", b))
    doc.build(S)
    return d


# ==========================================================================
# 8. Taxa för vård och omsorg 2027 (protokollsutdrag on page 1, the taxa as
#    a bilaga; not yet in force on 2026-11-26)
# ==========================================================================
def build_taxa():
    st = styles("Times-Roman", 10.5)
    d = Doc(TAXA,
            layout="protokollsutdrag-first-page-taxa-bilaga",
            title="Taxa för vård och omsorg 2027",
            doc_type="taxa",
            decided_by="kommunfullmäktige",
            decision_date="2026-10-26",
            paragraph="§ 112",
            diarienummer="KS 2026/245",
            valid_from="2027-01-01",
            valid_to=None,
            replaces="Taxa för vård och omsorg, fastställd av kommunfullmäktige 2023-11-27, § 139",
            replaces_file=None,
            scope="avgifter för insatser som vård- och omsorgsnämnden beslutar om enligt socialtjänstlagen, "
                  "LSS och hälso- och sjukvårdslagen",
            owner=None,
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="ej ikraft",
            abbreviations={},
            notes="Adopted 2026-10-26 but in force only from 2027-01-01, so not in force on 2026-11-26; the taxa "
                  "it replaces (KF 2023-11-27 § 139) is not in the collection. Page 1 is a protokollsutdrag of "
                  "the KF decision (with the VON proposal 2026-09-23 § 80 as background); the taxa follows as "
                  "the bilaga with fee tables (facts, not decisions).")

    def on_page(c, doc):
        draw_footer(c, "Sjöhamra kommun · Kommunfullmäktige", font="Times-Roman")

    path = os.path.join(PDF_DIR, TAXA)
    doc = base_doc(path, d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    b = st["body"]
    head = Table([[Paragraph("<b>SJÖHAMRA KOMMUN</b><br/>Kommunfullmäktige", b),
                   Paragraph("<b>PROTOKOLLSUTDRAG</b><br/>Sammanträdesdatum 2026-10-26", st["right"])]],
                 colWidths=[85 * mm, 85 * mm])
    head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S = [head, Spacer(1, 10),
         Paragraph("§ 112 Taxa för vård och omsorg 2027", st["h1"]),
         Paragraph("Dnr KS 2026/245", b),
         Paragraph("Beslut", st["h2"]),
         Paragraph("Kommunfullmäktige beslutar", b)]
    for t in ["att fastställa Taxa för vård och omsorg 2027 enligt bilaga,",
              "att taxan gäller från och med 2027-01-01, och",
              "att taxan ersätter Taxa för vård och omsorg, fastställd av kommunfullmäktige 2023-11-27, § 139."]:
        S.append(Paragraph(esc(t), st["item"], bulletText="–"))
    S.append(Paragraph("Ärendebeskrivning", st["h2"]))
    S.append(Paragraph(
        "Vård- och omsorgsnämnden föreslog 2026-09-23, § 80, en ny taxa för vård och omsorg. Avgifterna har "
        "räknats om med hänsyn till kostnadsutvecklingen och det nya prisbasbeloppet. Timavgiften för hemtjänst "
        "höjs, och avgiften för trygghetslarm ingår fortsatt i avgiftstaket. Kommunstyrelsen har ställt sig "
        "bakom förslaget.", b))
    S.append(Paragraph("Beslutsunderlag", st["h2"]))
    S.append(Paragraph("Vård- och omsorgsnämndens protokoll 2026-09-23, § 80; förslag till taxa.", b))
    S.append(Spacer(1, 16))
    sig = Table([[Paragraph("Justerat 2026-10-29<br/>Karin Åhlén, ordförande<br/>Peter Lund, justerare", st["cell"]),
                  Paragraph("Rätt utdraget intygar<br/>Linnea Berg, kommunsekreterare", st["cell"])]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(sig)
    S.append(PageBreak())
    S.append(Paragraph("Bilaga till kommunfullmäktiges beslut 2026-10-26, § 112", st["right"]))
    S.append(Paragraph("Taxa för vård och omsorg 2027", st["title"]))
    S.append(Paragraph("1 Omfattning", st["h1"]))
    S.append(Paragraph(
        "Taxan omfattar avgifter för insatser som vård- och omsorgsnämnden beslutar om enligt "
        "socialtjänstlagen, LSS och hälso- och sjukvårdslagen. Avgiften bestäms utifrån den enskildes "
        "avgiftsutrymme och kan aldrig bli högre än avgiftstaket.", b))

    def fee_table(rows):
        t = Table([[Paragraph(esc(a), st["cellb"] if i == 0 else st["cell"]),
                    Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"])] for i, (a, x) in enumerate(rows)],
                  colWidths=[110 * mm, 55 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9e9e9")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    S.append(Paragraph("2 Hemtjänst och trygghetslarm", st["h1"]))
    S.append(fee_table([("Insats", "Avgift 2027"), ("Hemtjänst, per utförd timme", "395 kr"),
                        ("Trygghetslarm, per månad", "340 kr"),
                        ("Högsta avgift per månad (avgiftstak) för hemtjänst, trygghetslarm, dagverksamhet och "
                         "hemsjukvård", "2 640 kr")]))
    S.append(Spacer(1, 4))
    S.append(Paragraph(
        "Avgift tas inte ut för hemtjänst under de första 14 dagarna efter utskrivning från sjukhus.", b))
    S.append(Paragraph("3 Måltider", st["h1"]))
    S.append(fee_table([("Insats", "Avgift 2027"), ("Matdistribution, per portion", "82 kr"),
                        ("Måltider i särskilt boende, per månad", "4 560 kr"),
                        ("Kost vid korttidsvistelse, per dygn", "145 kr"),
                        ("Måltid vid dagverksamhet, per tillfälle", "70 kr")]))
    S.append(Spacer(1, 4))
    S.append(Paragraph("Avgifterna för måltider omfattas inte av avgiftstaket.", b))
    S.append(Paragraph("4 Särskilt boende", st["h1"]))
    S.append(Paragraph(
        "För omvårdnad i särskilt boende tas en avgift ut upp till avgiftstaket. Hyran för lägenheten betalas "
        "enligt hyresavtal och ingår inte i taxan.", b))
    S.append(Paragraph("5 Förbehållsbelopp och nedsättning", st["h1"]))
    S.append(Paragraph(
        "Förbehållsbeloppet består av minimibeloppet enligt socialtjänstlagen och den enskildes faktiska "
        "boendekostnad.", b))
    S.append(d.statement("Vård- och omsorgsnämnden får besluta om nedsättning av avgift i enskilda fall när "
                         "det finns särskilda skäl.", "vård- och omsorgsnämnden", b))
    S.append(Paragraph("6 Omräkning", st["h1"]))
    S.append(d.statement("Vård- och omsorgsnämnden beslutar om den årliga omräkningen av avgifterna med "
                         "förändringen av prisbasbeloppet.", "vård- och omsorgsnämnden", b,
                         after=" Omräknade avgifter gäller från den 1 januari."))
    doc.build(S)
    return d


# ==========================================================================
# 9. Plan för heltid som norm 2023–2025 (label/value cells in turn in a band
#    under the title; expired)
# ==========================================================================
def build_plan():
    st = styles("Helvetica", 9.8)
    d = Doc(PLAN,
            layout="label-value-cells-in-turn-band",
            title="Plan för heltid som norm 2023–2025",
            doc_type="plan",
            decided_by="kommunstyrelsen",
            decision_date="2023-02-07",
            paragraph="§ 18",
            diarienummer="KS 2022/310",
            valid_from="2023-03-01",
            valid_to="2025-12-31",
            replaces=None,
            replaces_file=None,
            scope="samtliga förvaltningar, med särskilt fokus på vård- och omsorgsförvaltningen och barn- och "
                  "utbildningsförvaltningen",
            owner="HR-chef",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="utgången",
            abbreviations={},
            notes="Metadata in a band of label and value cells side by side (Dokumenttyp | Plan | Beslutad av | "
                  "Kommunstyrelsen ...). Valid 2023-03-01 to 2025-12-31, so expired on 2026-11-26. An activity "
                  "table names responsible persons (not decisions); three prose decision sentences.")

    def on_page(c, doc):
        draw_footer(c, "Sjöhamra kommun · Plan för heltid som norm 2023–2025")

    path = os.path.join(PDF_DIR, PLAN)
    doc = base_doc(path, d.meta["title"], lm=18 * mm, rm=18 * mm)
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    b = st["body"]
    S = [Paragraph("Plan för heltid som norm 2023–2025", st["title"])]
    band = [["Dokumenttyp", "Plan", "Beslutad av", "Kommunstyrelsen", "Beslutsdatum", "2023-02-07, § 18"],
            ["Diarienummer", "KS 2022/310", "Giltighetstid", "2023-03-01 – 2025-12-31", "Dokumentansvarig",
             "HR-chef"]]
    bt = Table([[Paragraph(esc(x), st["cellb"] if j % 2 == 0 else st["cell"]) for j, x in enumerate(r)]
                for r in band], colWidths=[26 * mm, 22 * mm, 24 * mm, 39 * mm, 34 * mm, 29 * mm])
    bt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#7a7a7a")),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eaf1e4")),
                            ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eaf1e4")),
                            ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#eaf1e4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S += [bt, Spacer(1, 8)]
    S.append(Paragraph("1 Bakgrund och omfattning", st["h1"]))
    S.append(Paragraph(
        "Sjöhamra kommun ska vara en attraktiv arbetsgivare där heltid är norm och deltid en möjlighet. Planen "
        "omfattar samtliga förvaltningar, med särskilt fokus på vård- och omsorgsförvaltningen och barn- och "
        "utbildningsförvaltningen, där andelen deltidsanställda är störst.", b))
    S.append(Paragraph("2 Mål", st["h1"]))
    S.append(Paragraph(
        "Andelen tillsvidareanställda med heltidsanställning ska öka från 64 procent i december 2022 till minst "
        "85 procent den 31 december 2025. Andelen timavlönade i vård och omsorg ska halveras under perioden.", b))
    S.append(Paragraph("3 Ansvar och beslut", st["h1"]))
    S.append(d.statement("Varje förvaltningschef beslutar om en aktivitetsplan för sin förvaltning senast "
                         "2023-06-30.", "förvaltningschef", b))
    S.append(d.statement("HR-chefen fastställer gemensamma principer för schemaläggning.", "hr-chefen", b,
                         after=" Principerna ska tas fram tillsammans med de fackliga organisationerna."))
    S.append(d.statement("Beslut om deltidsanställning på arbetstagarens egen begäran fattas av närmaste chef.",
                         "närmaste chef", b, after=" Beslutet ska vara tidsbegränsat och följas upp varje år."))
    S.append(Paragraph("4 Aktiviteter", st["h1"]))
    acts = [("Aktivitet", "Ansvarig", "Klart"),
            ("Alla nya tjänster inom vård och omsorg utlyses som heltid", "Förvaltningschef VOF", "2023-03-01"),
            ("Ny modell för resursplanering med bemanningspool", "HR-chef", "2023-12-31"),
            ("Önskad sysselsättningsgrad erbjuds vid varje löneöversyn", "Enhetschefer", "Årligen"),
            ("Uppföljning av målet i årsredovisningen", "HR-chef", "Årligen")]
    at = Table([[Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"]) for x in r] for i, r in enumerate(acts)],
               colWidths=[95 * mm, 45 * mm, 30 * mm], hAlign="LEFT")
    at.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(at)
    S.append(Paragraph("5 Uppföljning", st["h1"]))
    S.append(Paragraph(
        "Planen följs upp i delårsrapporten och årsredovisningen. Planen gäller till och med 2025-12-31.", b))
    doc.build(S)
    return d


# ==========================================================================
# 10. Riktlinjer för biståndsbedömning – hemtjänst och särskilt boende
#     (justified Times body; Dokumentinformation table on the last page)
# ==========================================================================
def build_bistand():
    st = styles("Times-Roman", 10.5, justify=True)
    d = Doc(BIST,
            layout="back-page-dokumentinformation-table-justified",
            title="Riktlinjer för biståndsbedömning – hemtjänst och särskilt boende",
            doc_type="riktlinje",
            decided_by="vård- och omsorgsnämnden",
            decision_date="2025-12-10",
            paragraph="§ 102",
            diarienummer="VON 2025/140",
            valid_from="2026-01-01",
            valid_to=None,
            replaces="Riktlinjer för handläggning inom äldreomsorgen, VON 2021-03-24, § 22",
            replaces_file=None,
            scope="biståndshandläggning enligt socialtjänstlagen för personer som är 65 år eller äldre",
            owner="enhetschef för myndighetsenheten",
            review_date="2027-12-31",
            publication_stated="extern",
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={},
            notes="The text starts without any metadata; the decision metadata is only in a 'Dokumentinformation' "
                  "table on the last page. Justified Times body. Decision rights in prose, consistent with the "
                  "VON delegationsordning (B.1–B.8).")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawRightString(w - 20 * mm, h - 12 * mm, "Vård- och omsorgsnämnden · Sjöhamra kommun")
        c.restoreState()
        draw_footer(c, "Riktlinjer för biståndsbedömning", font="Times-Roman")

    path = os.path.join(PDF_DIR, BIST)
    doc = base_doc(path, d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    b = st["body"]
    S = [Paragraph("Riktlinjer för biståndsbedömning – hemtjänst och särskilt boende", st["title"]),
         Paragraph("1 Utgångspunkter", st["h1"]),
         Paragraph(
             "Riktlinjerna ska ge stöd för en likvärdig och rättssäker bedömning av ansökningar om bistånd. De "
             "är vägledande och ersätter aldrig en individuell prövning. Den enskilde ska så långt möjligt "
             "kunna leva ett självständigt liv i sitt eget hem, och insatserna ska utformas tillsammans med "
             "den enskilde.", b),
         Paragraph("2 Hemtjänst", st["h1"]),
         Paragraph(
             "Hemtjänst består av serviceinsatser och personlig omvårdnad. Som riktmärke beviljas städning var "
             "tredje vecka av två rum och kök, tvätt varannan vecka och inköp en gång per vecka. Hjälp med "
             "dusch beviljas normalt två gånger per vecka. Trygghetslarm kan beviljas den som behöver kunna "
             "påkalla hjälp dygnet runt. Matdistribution kan beviljas den som inte själv kan laga eller ordna "
             "sina måltider.", b)]
    S.append(d.statement("Biståndshandläggaren beslutar om hemtjänst upp till 120 timmar per månad, "
                         "trygghetslarm och matdistribution.", "biståndshandläggare", b))
    S.append(d.statement("Hemtjänst som överstiger 120 timmar per månad beslutas av enhetschefen för "
                         "myndighetsenheten.", "enhetschef för myndighetsenheten", b))
    S.append(Paragraph("3 Särskilt boende", st["h1"]))
    S.append(Paragraph(
        "Särskilt boende kan beviljas den som har ett omfattande och varaktigt behov av vård och omsorg dygnet "
        "runt som inte kan tillgodoses i det egna hemmet, eller som känner stark otrygghet trots insatser i "
        "hemmet. Make, maka eller sambo som vill bo kvar tillsammans med den som beviljats särskilt boende "
        "erbjuds parboende.", b))
    S.append(d.statement("Beslut om särskilt boende fattas av enhetschefen för myndighetsenheten efter "
                         "beredning i biståndsgruppen.", "enhetschef för myndighetsenheten", b))
    S.append(Paragraph(
        "Den som beviljats särskilt boende ska erbjudas en plats inom tre månader från beslutet. Den som tackar "
        "nej till två erbjudanden får ansöka på nytt.", b))
    S.append(Paragraph("4 Uppföljning", st["h1"]))
    S.append(Paragraph(
        "Biståndshandläggaren följer upp beslut om hemtjänst minst en gång per år och i övrigt när behoven "
        "förändras. Beslut om hemtjänst är tidsbegränsade till högst två år.", b))
    S.append(PageBreak())
    S.append(Paragraph("Dokumentinformation", st["h1"]))
    info = [("Dokumenttyp", "Riktlinje"), ("Beslutad av", "Vård- och omsorgsnämnden"),
            ("Beslutsdatum", "2025-12-10, § 102"), ("Diarienummer", "VON 2025/140"),
            ("Gäller från", "2026-01-01"),
            ("Ersätter", "Riktlinjer för handläggning inom äldreomsorgen, VON 2021-03-24, § 22"),
            ("Gäller för", "Biståndshandläggning enligt socialtjänstlagen för personer som är 65 år eller äldre"),
            ("Dokumentansvarig", "Enhetschef för myndighetsenheten"), ("Revideras senast", "2027-12-31"),
            ("Publicering", "Kommunens webbplats sjohamra.se")]
    it = Table([[Paragraph(esc(a), ParagraphStyle("ib", parent=st["cellb"], alignment=0)),
                 Paragraph(esc(x), ParagraphStyle("ic", parent=st["cell"], alignment=0))] for a, x in info],
               colWidths=[45 * mm, 110 * mm], hAlign="LEFT")
    it.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1,
                                                                                colors.black),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(it)
    doc.build(S)
    return d


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    builders = [build_bun2026, build_bun2023, build_von_do, build_ks_do, build_kd_vd, build_reglemente,
                build_skolskjuts, build_taxa, build_plan, build_bistand]
    truth = {}
    for bld in builders:
        d = bld()
        truth[d.fname] = d.truth()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(PDF_DIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write('[defaults]\npublication = "extern"  # documents are on the external site unless they say '
                'otherwise\n')
    n = sum(len(v["decisions"]) for v in truth.values())
    s = sum(len(v["statements"]) for v in truth.values())
    print(f"{len(truth)} documents, {n} decision rows, {s} statements")


if __name__ == "__main__":
    main()
