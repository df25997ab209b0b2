#!/usr/bin/env python3
"""Build the blind9 test collection (fictitious "Tallmo kommun").

Renders every PDF into pdf/, records on which page each delegation row,
prose statement and fact is drawn (via flowables that note
canv.getPageNumber() while drawing), and writes truth.json and
questions.jsonl.  Run with /work/main/.venv/bin/python build.py.
Output is byte-identical between runs (invariant=1).
"""
import json
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
import reportlab

HERE = os.path.dirname(os.path.abspath(__file__))
PDFDIR = os.path.join(HERE, "pdf")
AS_OF = "2026-11-26"
MARKER = "Fiktivt testdokument"

_fontdir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
pdfmetrics.registerFont(TTFont("Vera", os.path.join(_fontdir, "Vera.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Bold", os.path.join(_fontdir, "VeraBd.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Italic", os.path.join(_fontdir, "VeraIt.ttf")))
pdfmetrics.registerFont(TTFont("Vera-BoldItalic", os.path.join(_fontdir, "VeraBI.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("Vera", 0, 0, "Vera")
addMapping("Vera", 1, 0, "Vera-Bold")
addMapping("Vera", 0, 1, "Vera-Italic")
addMapping("Vera", 1, 1, "Vera-BoldItalic")

PAGES = {}          # mark id -> 1-based page number
TOTALS = {}         # file name -> total pages (for "Sida x (N)")


class MarkPara(Paragraph):
    """Paragraph that records the page it is drawn on; never split."""

    def __init__(self, text, style=None, mark=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self._mark = mark

    def draw(self):
        if self._mark:
            PAGES[self._mark] = self.canv.getPageNumber()
        Paragraph.draw(self)

    def split(self, availWidth, availHeight):
        if getattr(self, "_mark", None):
            return []
        return Paragraph.split(self, availWidth, availHeight)


def E(s):
    return escape(s)


def st(name, font="Helvetica", size=9, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.25, **kw)


def lower_exp(s):
    return s.lower()


class Doc:
    """Collects the truth for one document while its story is written."""

    def __init__(self, fname, key):
        self.fname = fname
        self.key = key
        self.rows = []
        self.statements = []
        self.abbr = None
        self.meta = {}

    def legend(self, pairs):
        if self.abbr is None:
            self.abbr = {}
        for code, exp in pairs:
            self.abbr[code] = lower_exp(exp)

    def mark(self, name):
        return "%s:%s" % (self.key, name)

    def row(self, rk, matter, delegate, condition=None, coded=True, split=None):
        """Register a decision row; returns the MarkPara for the matter cell."""
        if coded:
            codes = [c.strip() for c in (split or delegate.split("/"))]
            codes = [c for c in codes if c]
            decider = " eller ".join(self.abbr[c] for c in codes)
            code = delegate
        else:
            decider = delegate.lower()
            code = None
        m = self.mark("row:" + rk)
        self.rows.append({"key": rk, "matter": matter, "decider": decider,
                          "code": code, "condition": condition, "mark": m})
        return m

    def stmt(self, sk, sentence, decider):
        m = self.mark("st:" + sk)
        self.statements.append({"key": sk, "matter": sentence,
                                "decider": decider, "mark": m})
        return m

    def truth(self):
        d = dict(self.meta)
        d["abbreviations"] = self.abbr
        d["decisions"] = [{"matter": r["matter"], "decider": r["decider"],
                           "code": r["code"], "condition": r["condition"],
                           "page": PAGES[r["mark"]]} for r in self.rows]
        d["statements"] = [{"matter": s["matter"], "decider": s["decider"],
                            "page": PAGES[s["mark"]]} for s in self.statements]
        return d


def page_of(mark):
    return PAGES[mark]


def footer_marker(canv, x, y, extra="", font="Helvetica", size=7, align="left"):
    canv.saveState()
    canv.setFont(font, size)
    txt = MARKER + (("  |  " + extra) if extra else "")
    if align == "left":
        canv.drawString(x, y, txt)
    elif align == "center":
        canv.drawCentredString(x, y, txt)
    else:
        canv.drawRightString(x, y, txt)
    canv.restoreState()


def make_doc(path, title, pagesize=A4, **kw):
    return BaseDocTemplate(path, pagesize=pagesize, invariant=1, title=title,
                           author="Tallmo kommun (fiktiv)", creator="blind9 build.py",
                           subject=MARKER, **kw)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsens delegationsordning 2026 (gällande)
#    Portrait cover with metadata box, then landscape pages; fully ruled grid,
#    spanning section rows, header repeated, delegate AND ersättare as codes.
# ---------------------------------------------------------------------------
KS26 = "tallmo_ks_delegationsordning_2026.pdf"
KS24 = "tallmo_ks_delegationsordning_2024.pdf"
SN = "tallmo_sn_delegationsordning.pdf"
BUN = "tallmo_bun_delegationsordning.pdf"
MBN = "tallmo_mbn_delegationsordning.pdf"
REG = "tallmo_reglemente_kommunstyrelsen.pdf"
ATT = "tallmo_riktlinje_attest.pdf"
TAXA = "tallmo_taxa_plan_bygg_2026.pdf"
POL = "tallmo_policy_representation.pdf"
BIB = "tallmo_biblioteksplan_2026_2029.pdf"


def build_ks26():
    d = Doc(KS26, "ks26")
    path = os.path.join(PDFDIR, KS26)
    title = "Delegationsordning för kommunstyrelsen"
    d.meta = dict(layout="landscape-ruled-grid-with-portrait-cover", title=title,
                  doc_type="delegationsordning", decided_by="kommunstyrelsen",
                  decision_date="2026-03-11", paragraph="§ 41",
                  diarienummer="KS 2026/118", valid_from="2026-04-01", valid_to=None,
                  replaces="Delegationsordning för kommunstyrelsen, beslutad 2024-05-15, § 88",
                  replaces_file=KS24,
                  scope="Kommunstyrelsen och kommunledningsförvaltningen",
                  owner="kanslichef", review_date="2027-03-31",
                  publication_stated=None)
    delegates = [
        ("KS", "Kommunstyrelsen"),
        ("KSAU", "Kommunstyrelsens arbetsutskott"),
        ("PU", "Kommunstyrelsens personalutskott"),
        ("KSO", "Kommunstyrelsens ordförande"),
        ("KSV", "Kommunstyrelsens 1:e vice ordförande"),
        ("KD", "Kommundirektör"),
        ("FC", "Förvaltningschef inom kommunledningsförvaltningen"),
        ("KC", "Kanslichef"),
        ("EKC", "Ekonomichef"),
        ("HRC", "HR-chef"),
        ("UPC", "Upphandlingschef"),
        ("SBC", "Samhällsbyggnadschef"),
        ("MEX", "Mark- och exploateringsingenjör"),
        ("KOMC", "Kommunikationschef"),
        ("SÄK", "Säkerhetssamordnare"),
        ("FRC", "Fritidschef"),
    ]
    laws = [
        ("KL", "Kommunallagen (2017:725)"),
        ("FL", "Förvaltningslagen (2017:900)"),
        ("TF", "Tryckfrihetsförordningen (1949:105)"),
        ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
        ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
        ("LAS", "Lagen (1982:80) om anställningsskydd"),
        ("OL", "Ordningslagen (1993:1617)"),
        ("KBL", "Kamerabevakningslagen (2018:1200)"),
    ]
    d.legend(delegates)
    d.legend(laws)

    sections = [
        ("1", "ALLMÄNNA ÄRENDEN", [
            ("1.1", "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas", "KSO", "KSV", "Anmäls vid kommunstyrelsens nästa sammanträde", "6 kap. 39 § KL"),
            ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "KC", "KD", None, "2 kap. TF, 6 kap. 3 § OSL"),
            ("1.3", "Yttrande över remiss när svarstiden inte medger att ärendet behandlas av kommunstyrelsen", "KSAU", "KSO", "Gäller inte ärenden av principiell beskaffenhet", None),
            ("1.4", "Avvisning av överklagande som har kommit in för sent", "KC", "KD", None, "45 § FL"),
            ("1.5", "Föra kommunens talan inför domstol och andra myndigheter samt utse ombud", "KD", "KC", None, "6 kap. 15 § KL"),
            ("1.6", "Beslut om förtroendevaldas deltagande i kurser och konferenser", "KSO", "KSV", "Inom kommunstyrelsens budget", None),
            ("1.7", "Beslut om kommunstyrelsens ordförandes deltagande i kurser och konferenser", "KSV", None, None, None),
            ("1.8", "Tillstånd att använda kommunvapnet i annat sammanhang än kommunens eget", "KOMC", "KC", None, None),
        ]),
        ("2", "EKONOMI", [
            ("2.1", "Upptagande av lån och omsättning av lån", "EKC", "KD", "Inom den låneram som kommunfullmäktige fastställt", None),
            ("2.2", "Placering av likvida medel", "EKC", "KD", "Enligt finanspolicyn", None),
            ("2.3", "Avskrivning av fordran, högst 25 000 kr per gäldenär", "EKC", "KD", None, None),
            ("2.4", "Avskrivning av fordran, över 25 000 kr per gäldenär", "KSAU", "KSO", None, None),
            ("2.5", "Ianspråktagande av kommunstyrelsens medel för oförutsedda behov, högst 300 000 kr per beslut", "KSAU", "KSO", "Belopp över 300 000 kr beslutas av KS", None),
            ("2.6", "Utse beslutsattestanter och ersättare för kommunstyrelsens verksamheter", "KD", "EKC", "Får vidaredelegeras till förvaltningschef", None),
        ]),
        ("3", "UPPHANDLING OCH AVTAL", [
            ("3.1", "Beslut om upphandling, tilldelning och avtal, värde upp till 1 000 000 kr", "FC", "KD", "Inom beslutad budget", "LOU"),
            ("3.2", "Beslut om upphandling, tilldelning och avtal, värde över 1 000 000 kr upp till 5 000 000 kr", "KD", "FC", "Inom beslutad budget", "LOU"),
            ("3.3", "Beslut om upphandling, tilldelning och avtal, värde över 5 000 000 kr", "KSAU", "KSO", None, "LOU"),
            ("3.4", "Beslut att avbryta upphandling", "UPC", "KD", None, "12 kap. 3 § LOU"),
            ("3.5", "Yttrande till förvaltningsrätten i mål om överprövning av upphandling", "UPC", "KC", None, "20 kap. LOU"),
        ]),
        ("4", "PERSONAL", [
            ("4.1", "Anställning av förvaltningschef", "KD", None, "Efter samråd med KSO", None),
            ("4.2", "Lönesättning av kommundirektör", "KSO", "KSV", None, None),
            ("4.3", "Uppsägning av personal på grund av arbetsbrist", "HRC", "KD", None, "7 § LAS"),
            ("4.4", "Avsked och avstängning", "HRC", "KD", None, "18 § LAS"),
            ("4.5", "Ledighet utan lön längre än sex månader", "FC", "HRC", None, None),
            ("4.6", "Tecknande av lokala kollektivavtal", "PU", None, None, None),
            ("4.7", "Beslut om stridsåtgärd", "PU", None, None, None),
        ]),
        ("5", "MARK OCH FASTIGHETER", [
            ("5.1", "Köp, försäljning och byte av fast egendom, köpeskilling högst 2 000 000 kr", "SBC", "KD", None, None),
            ("5.2", "Köp, försäljning och byte av fast egendom, köpeskilling över 2 000 000 kr upp till 5 000 000 kr", "KSAU", "KSO", None, None),
            ("5.3", "Försäljning av småhustomter till fastställt tomtpris", "MEX", "SBC", "Enligt av KS fastställd prislista", None),
            ("5.4", "Upplåtelse av arrende och nyttjanderätt, högst fem år", "MEX", "SBC", None, None),
            ("5.5", "Godkännande av förrättning enligt fastighetsbildningslagen", "MEX", "SBC", None, None),
        ]),
        ("6", "SÄKERHET, BIDRAG OCH ÖVRIGT", [
            ("6.1", "Yttrande till Polismyndigheten över ansökan om tillstånd till offentlig tillställning eller allmän sammankomst", "SÄK", "KC", None, "2 kap. OL"),
            ("6.2", "Yttrande över ansökan om tillstånd till kamerabevakning", "SÄK", "KC", None, "KBL"),
            ("6.3", "Bidrag till förening ur kommunstyrelsens föreningsanslag, högst 20 000 kr per förening och år", "FRC", "KC", "Enligt riktlinjer för föreningsbidrag", None),
            ("6.4", "Bidrag till förening ur kommunstyrelsens föreningsanslag, över 20 000 kr", "KSAU", "KSO", None, None),
        ]),
    ]

    cell = st("ks26cell", "Helvetica", 8.2, 10)
    cellb = st("ks26cellb", "Helvetica-Bold", 8.2, 10)
    sect = st("ks26sect", "Helvetica-Bold", 8.6, 11, textColor=colors.white)
    h1 = st("ks26h1", "Helvetica-Bold", 13, 16, spaceAfter=6)
    body = st("ks26body", "Helvetica", 9.2, 12.5, spaceAfter=5)

    story = []
    # cover (portrait)
    cov_t = st("ks26cov", "Helvetica-Bold", 26, 31, textColor=colors.HexColor("#1F3B57"))
    cov_s = st("ks26covs", "Helvetica", 12, 16, textColor=colors.HexColor("#1F3B57"))
    story += [Spacer(1, 60 * mm),
              Paragraph("TALLMO KOMMUN", st("ks26k", "Helvetica-Bold", 11, 14, textColor=colors.HexColor("#6B8E23"))),
              Spacer(1, 6 * mm),
              Paragraph(E(title), cov_t), Spacer(1, 4 * mm),
              Paragraph("Kommunstyrelsens beslutanderätt som har överlåtits till utskott, förtroendevalda och anställda", cov_s),
              Spacer(1, 40 * mm)]
    lab = st("ks26lab", "Helvetica-Bold", 8.5, 11)
    val = st("ks26val", "Helvetica", 8.5, 11)
    meta_rows = [
        ("Dokumenttyp", "Delegationsordning"),
        ("Beslutad av", "Kommunstyrelsen"),
        ("Beslutsdatum", "2026-03-11, § 41"),
        ("Diarienummer", "KS 2026/118"),
        ("Gäller från", "2026-04-01"),
        ("Ersätter", "Delegationsordning för kommunstyrelsen, beslutad 2024-05-15, § 88"),
        ("Dokumentägare", "Kanslichef"),
        ("Revideras", "Årligen, senast 2027-03-31"),
        ("Gäller för", "Kommunstyrelsen och kommunledningsförvaltningen"),
    ]
    mt = Table([[Paragraph(a, lab), MarkPara(E(b), val, mark=d.mark("meta:" + a))] for a, b in meta_rows],
               colWidths=[38 * mm, 100 * mm])
    mt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F3B57")),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#9FB3C8")),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    mt.hAlign = "LEFT"
    story += [mt, NextPageTemplate("land"), PageBreak()]

    story += [Paragraph("1 Inledning", h1),
              Paragraph("Enligt 6 kap. 37 § kommunallagen får kommunstyrelsen uppdra åt ett utskott, åt en ledamot eller ersättare eller åt en anställd att besluta på styrelsens vägnar i ett visst ärende eller en viss grupp av ärenden. Beslut som fattas med stöd av denna delegationsordning ska anmälas till kommunstyrelsen vid nästa ordinarie sammanträde. Verkställighetsbeslut omfattas inte av förteckningen.", body),
              Paragraph("Vid förfall för delegaten övergår beslutanderätten till den som anges i kolumnen Ersättare. Saknas ersättare beslutar närmast överordnad chef. Beloppsgränser avser värdet exklusive mervärdesskatt.", body),
              Spacer(1, 4 * mm),
              Paragraph("2 Förkortningar", h1)]
    lt1 = [[Paragraph("Delegat", cellb), Paragraph("Förklaring", cellb)]] + \
          [[Paragraph(E(c), cell), Paragraph(E(x), cell)] for c, x in delegates]
    lt2 = [[Paragraph("Lag", cellb), Paragraph("Förklaring", cellb)]] + \
          [[Paragraph(E(c), cell), Paragraph(E(x), cell)] for c, x in laws]
    tsty = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])
    t1 = Table(lt1, colWidths=[18 * mm, 85 * mm]); t1.setStyle(tsty)
    t2 = Table(lt2, colWidths=[16 * mm, 85 * mm]); t2.setStyle(tsty)
    both = Table([[t1, t2]], colWidths=[120 * mm, 120 * mm])
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    both.hAlign = "LEFT"
    story += [both, PageBreak(), Paragraph("3 Delegationsförteckning", h1)]

    hdr = [Paragraph(x, cellb) for x in ("Nr", "Ärende", "Delegat", "Ersättare", "Villkor / anmärkning", "Lagrum")]
    data = [hdr]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for sno, sname, rows in sections:
        data.append([Paragraph("%s  %s" % (sno, E(sname)), sect), "", "", "", "", ""])
        i = len(data) - 1
        style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#1F3B57"))]
        for nr, matter, dele, ers, cond, law in rows:
            m = d.row(nr, matter, dele, cond)
            data.append([Paragraph(nr, cell), MarkPara(E(matter), cell, mark=m), Paragraph(E(dele), cell),
                         Paragraph(E(ers or "–"), cell), Paragraph(E(cond or ""), cell), Paragraph(E(law or ""), cell)])
    t = Table(data, colWidths=[12 * mm, 92 * mm, 20 * mm, 20 * mm, 68 * mm, 50 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    t.hAlign = "LEFT"
    story.append(t)

    def on_cover(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1F3B57"))
        canv.rect(0, h - 18 * mm, w, 18 * mm, stroke=0, fill=1)
        canv.restoreState()
        footer_marker(canv, 20 * mm, 12 * mm, "Tallmo kommun")

    def on_land(canv, doc):
        w, h = landscape(A4)
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(15 * mm, h - 10 * mm, "Tallmo kommun  •  " + title)
        canv.drawRightString(w - 15 * mm, h - 10 * mm, "KS 2026/118")
        canv.setStrokeColor(colors.HexColor("#1F3B57"))
        canv.line(15 * mm, h - 12 * mm, w - 15 * mm, h - 12 * mm)
        canv.restoreState()
        footer_marker(canv, 15 * mm, 8 * mm)
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(w - 15 * mm, 8 * mm, "Sida %d" % canv.getPageNumber())

    doc = make_doc(path, title)
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(22 * mm, 20 * mm, pw - 44 * mm, ph - 45 * mm, id="c")], onPage=on_cover, pagesize=A4),
        PageTemplate("land", [Frame(15 * mm, 14 * mm, lw - 30 * mm, lh - 30 * mm, id="l")], onPage=on_land, pagesize=landscape(A4)),
    ])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 2. Kommunstyrelsens delegationsordning 2024 (upphävd, ersatt av 2026)
#    Portrait, no grid: zebra rows, one small table per section with its own
#    header, a "Vidaredelegation" column, legend at the very end.
# ---------------------------------------------------------------------------
def build_ks24():
    d = Doc(KS24, "ks24")
    path = os.path.join(PDFDIR, KS24)
    title = "Delegationsordning för kommunstyrelsen"
    d.meta = dict(layout="portrait-zebra-per-section-tables-legend-last", title=title,
                  doc_type="delegationsordning", decided_by="kommunstyrelsen",
                  decision_date="2024-05-15", paragraph="§ 88", diarienummer="KS 2024/203",
                  valid_from="2024-06-01", valid_to=None,
                  replaces="Delegationsordning antagen av kommunstyrelsen 2021-09-08, § 132",
                  replaces_file=None, scope="Kommunstyrelsens verksamhetsområde",
                  owner="kanslichef", review_date=None, publication_stated=None)
    legend = [
        ("KSAU", "Kommunstyrelsens arbetsutskott"),
        ("KSO", "Kommunstyrelsens ordförande"),
        ("Kdir", "Kommundirektör"),
        ("KC", "Kanslichef"),
        ("Ek.chef", "Ekonomichef"),
        ("Pers.chef", "Personalchef"),
        ("FC", "Förvaltningschef"),
        ("SBC", "Samhällsbyggnadschef"),
        ("MEX", "Mark- och exploateringsingenjör"),
        ("FRC", "Fritidschef"),
        ("KL", "Kommunallagen (2017:725)"),
        ("TF", "Tryckfrihetsförordningen (1949:105)"),
    ]
    d.legend(legend)
    sections = [
        ("A. Allmänna ärenden", [
            ("A1", "Beslut i brådskande ärenden där kommunstyrelsens avgörande inte kan avvaktas", "KSO", "–", "Anmäls vid nästa sammanträde, 6 kap. 39 § KL"),
            ("A2", "Avslag på begäran om utlämnande av allmän handling", "KC", "–", "2 kap. TF"),
            ("A3", "Föra kommunens talan och utse ombud", "Kdir", "KC", None),
            ("A4", "Yttrande över ansökan om offentlig tillställning", "KC", "–", None),
        ]),
        ("B. Ekonomi", [
            ("B1", "Avskrivning av fordran upp till 10 000 kr", "Ek.chef", "–", "Per gäldenär"),
            ("B2", "Avskrivning av fordran över 10 000 kr", "KSAU", "–", None),
            ("B3", "Upptagande av lån inom fastställd låneram", "Ek.chef", "–", None),
        ]),
        ("C. Upphandling", [
            ("C1", "Upphandling och tilldelning, värde upp till 500 000 kr", "FC", "Enhetschef", "Inom budget"),
            ("C2", "Upphandling och tilldelning, värde 500 000 – 3 000 000 kr", "Kdir", "FC", "Inom budget"),
            ("C3", "Upphandling och tilldelning, värde över 3 000 000 kr", "KSAU", "–", None),
        ]),
        ("D. Personal", [
            ("D1", "Anställning av förvaltningschef", "KSAU", "–", "Efter förslag från Kdir"),
            ("D2", "Lönesättning av kommundirektör", "KSO", "–", None),
            ("D3", "Avsked och avstängning", "Pers.chef", "–", None),
        ]),
        ("E. Fastigheter", [
            ("E1", "Köp och försäljning av fast egendom upp till 1 000 000 kr", "SBC", "MEX", None),
            ("E2", "Köp och försäljning av fast egendom över 1 000 000 kr upp till 5 000 000 kr", "KSAU", "–", None),
            ("E3", "Upplåtelse av arrende, högst fem år", "MEX", "–", None),
        ]),
        ("F. Föreningsbidrag", [
            ("F1", "Bidrag ur föreningsanslaget, högst 15 000 kr", "FRC", "–", None),
            ("F2", "Bidrag ur föreningsanslaget, över 15 000 kr", "KSAU", "–", None),
        ]),
    ]
    cell = st("ks24c", "Helvetica", 8.8, 11)
    cellb = st("ks24cb", "Helvetica-Bold", 8.8, 11)
    h2 = st("ks24h2", "Helvetica-Bold", 11, 14, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#7A1F1F"))
    body = st("ks24b", "Helvetica", 9.5, 13, spaceAfter=5)
    story = [Paragraph("Tallmo kommun", st("ks24k", "Helvetica", 9, 11, textColor=colors.HexColor("#7A1F1F"))),
             Paragraph("Kommunstyrelsens delegationsordning", st("ks24t", "Helvetica-Bold", 20, 24, spaceAfter=2)),
             Paragraph(E(title), st("ks24t2", "Helvetica", 11, 14, spaceAfter=6)),
             MarkPara("Antagen av kommunstyrelsen 2024-05-15, § 88 &middot; Dnr KS 2024/203 &middot; Gäller från och med 2024-06-01",
                      st("ks24m", "Helvetica-Oblique", 9, 12), mark=d.mark("meta:decision")),
             Paragraph("Ersätter delegationsordning antagen av kommunstyrelsen 2021-09-08, § 132. Dokumentansvarig: kanslichef.",
                       st("ks24m2", "Helvetica-Oblique", 9, 12, spaceAfter=8)),
             Paragraph("Allmänt", h2),
             Paragraph("Delegationsordningen anger vem som får besluta på kommunstyrelsens vägnar. Beslut fattade med stöd av delegation anmäls till kommunstyrelsen. Den som har fått beslutanderätt får vidaredelegera den endast när det anges i kolumnen Vidaredelegation. Förkortningarna förklaras sist i dokumentet.", body)]
    for sname, rows in sections:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(E(sname), h2))
        data = [[Paragraph(x, cellb) for x in ("Nr", "Ärende", "Delegat", "Vidaredelegation", "Anm.")]]
        for nr, matter, dele, vid, anm in rows:
            m = d.row(nr, matter, dele, anm)
            data.append([Paragraph(nr, cell), MarkPara(E(matter), cell, mark=m), Paragraph(E(dele), cell),
                         Paragraph(E(vid), cell), Paragraph(E(anm or ""), cell)])
        t = Table(data, colWidths=[10 * mm, 78 * mm, 20 * mm, 26 * mm, 40 * mm])
        t.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3E9E9")]),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.HexColor("#7A1F1F")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        t.hAlign = "LEFT"
        story.append(t)
    story += [Spacer(1, 6 * mm), Paragraph("Förkortningar", h2)]
    for c, x in legend:
        story.append(Paragraph("<b>%s</b> = %s" % (E(c), E(x)), body))

    def on_page(canv, doc):
        w, h = A4
        footer_marker(canv, 20 * mm, 10 * mm, "Tallmo kommun")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 20 * mm, 10 * mm, "Sida %d" % canv.getPageNumber())

    doc = make_doc(path, "Kommunstyrelsens delegationsordning")
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 16 * mm, A4[0] - 40 * mm, A4[1] - 34 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 3. Socialnämndens delegationsordning
#    Law column FIRST, horizontal rules only, section rows, header repeated,
#    metadata box top right on page 1, legend as appendix at end,
#    two delegates joined with "/".
# ---------------------------------------------------------------------------
def build_sn():
    d = Doc(SN, "sn")
    path = os.path.join(PDFDIR, SN)
    title = "Delegationsordning för socialnämnden"
    d.meta = dict(layout="law-first-column-horizontal-rules-appendix-legend", title=title,
                  doc_type="delegationsordning", decided_by="socialnämnden",
                  decision_date="2025-04-23", paragraph="§ 48", diarienummer="SN 2025/87",
                  valid_from="2025-05-01", valid_to=None,
                  replaces="Delegationsordning för socialnämnden, beslutad 2023-11-22, § 131",
                  replaces_file=None, scope="Socialnämndens verksamhetsområde (socialförvaltningen)",
                  owner="socialchef", review_date=None, publication_stated=None)
    deleg = [
        ("SN", "Socialnämnden"),
        ("IU", "Socialnämndens individutskott"),
        ("Ordf", "Socialnämndens ordförande"),
        ("Led", "Ledamot som nämnden särskilt förordnat"),
        ("SC", "Socialchef"),
        ("AC", "Avdelningschef"),
        ("EC", "Enhetschef"),
        ("1:e soc", "Förste socialsekreterare"),
        ("Hl", "Handläggare (socialsekreterare)"),
        ("BH", "Biståndshandläggare"),
    ]
    laws = [
        ("SoL", "Socialtjänstlagen (2001:453)"),
        ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
        ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
        ("LSS", "Lagen (1993:387) om stöd och service till vissa funktionshindrade"),
        ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
        ("KL", "Kommunallagen (2017:725)"),
        ("pbb", "Prisbasbelopp enligt socialförsäkringsbalken"),
    ]
    d.legend(deleg)
    d.legend(laws)
    secs = [
        ("Ekonomiskt bistånd", [
            ("4 kap. 1 § SoL", "Bistånd till försörjningsstöd enligt riksnormen", "Hl", None),
            ("4 kap. 1 § SoL", "Bistånd till livsföring i övrigt, högst 0,5 pbb per tillfälle", "Hl", "Avser t.ex. möbler, hemutrustning, glasögon"),
            ("4 kap. 1 § SoL", "Bistånd till livsföring i övrigt, över 0,5 pbb upp till 1 pbb", "1:e soc", None),
            ("4 kap. 1 § SoL", "Bistånd till livsföring i övrigt, över 1 pbb upp till 2 pbb", "EC", None),
            ("4 kap. 1 § SoL", "Bistånd till livsföring i övrigt, över 2 pbb", "IU", None),
            ("4 kap. 2 § SoL", "Bistånd utöver vad som följer av 4 kap. 1 § SoL", "EC", "Restriktivt, efter individuell prövning"),
            ("9 kap. 1 § SoL", "Beslut om återkrav av ekonomiskt bistånd som utgått obehörigen", "EC", None),
            ("9 kap. 3 § SoL", "Beslut att väcka talan i förvaltningsrätten om ersättning", "AC", None),
        ]),
        ("Barn och unga", [
            ("11 kap. 1 § SoL", "Beslut att inleda utredning", "Hl", None),
            ("11 kap. 1 a § SoL", "Beslut att inte inleda utredning eller att lägga ned inledd utredning", "1:e soc", None),
            ("4 kap. 1 § SoL", "Kontaktperson eller kontaktfamilj för barn och unga", "EC", None),
            ("4 kap. 1 § SoL", "Placering av barn och unga i familjehem eller HVB", "IU", "Brådskande placering får beslutas av AC, anmäls till IU"),
            ("4 § LVU", "Ansökan hos förvaltningsrätten om vård enligt LVU", "IU", None),
            ("6 § LVU", "Beslut om omedelbart omhändertagande av barn eller ung person", "Ordf / Led", "När nämndens beslut inte kan avvaktas. Anmäls vid nästa sammanträde"),
            ("43 § LVU", "Begäran om polishandräckning för att genomföra beslut om vård", "AC / SC", None),
        ]),
        ("Vuxna – missbruk och beroende", [
            ("4 kap. 1 § SoL", "Bistånd i form av behandling på HVB för vuxna, högst 30 dygn", "EC", None),
            ("4 kap. 1 § SoL", "Bistånd i form av behandling på HVB för vuxna, över 30 dygn", "AC", None),
            ("11 § LVM", "Ansökan hos förvaltningsrätten om vård enligt LVM", "IU", None),
            ("13 § LVM", "Beslut om omedelbart omhändertagande enligt LVM", "Ordf / Led", "Anmäls vid nästa sammanträde"),
        ]),
        ("Äldreomsorg och funktionsnedsättning", [
            ("4 kap. 1 § SoL", "Bistånd i form av hemtjänst", "BH", None),
            ("4 kap. 1 § SoL", "Bistånd i form av trygghetslarm", "BH", None),
            ("4 kap. 1 § SoL", "Bistånd i form av särskilt boende för äldre", "EC", "Efter utredning av BH"),
            ("4 kap. 1 § SoL", "Bistånd i form av korttidsvistelse för äldre", "BH", None),
            ("9 § 2 LSS", "Personlig assistans", "EC", None),
            ("9 § 6 LSS", "Korttidsvistelse utanför det egna hemmet", "BH", None),
            ("9 § 9 LSS", "Bostad med särskild service för vuxna", "AC", None),
        ]),
        ("Övriga ärenden", [
            ("8 kap. 2 § SoL", "Nedsättning av avgift för hemtjänst och särskilt boende", "EC", None),
            ("6 kap. 3 § OSL", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "AC / SC", None),
            ("14 kap. 7 § SoL", "Anmälan till Inspektionen för vård och omsorg (lex Sarah)", "SC", None),
            ("6 kap. 39 § KL", "Beslut i brådskande ärenden som inte rör myndighetsutövning enligt LVU eller LVM", "Ordf", "Anmäls vid nästa sammanträde"),
        ]),
    ]
    cell = st("snc", "Vera", 7.8, 9.8)
    cellb = st("sncb", "Vera-Bold", 7.8, 9.8)
    sect = st("sns", "Vera-Bold", 8.4, 11)
    body = st("snb", "Vera", 8.8, 12, spaceAfter=5)
    h1 = st("snh1", "Vera-Bold", 17, 21, spaceAfter=6)
    h2 = st("snh2", "Vera-Bold", 10.5, 13, spaceBefore=6, spaceAfter=3)
    lab = st("snl", "Vera-Bold", 7.5, 9.5)
    val = st("snv", "Vera", 7.5, 9.5)
    box = Table([[Paragraph("Beslutsinstans", lab), MarkPara("Socialnämnden", val, mark=d.mark("meta:instans"))],
                 [Paragraph("Datum", lab), Paragraph("2025-04-23", val)],
                 [Paragraph("Paragraf", lab), Paragraph("§ 48", val)],
                 [Paragraph("Dnr", lab), Paragraph("SN 2025/87", val)],
                 [Paragraph("Gäller från", lab), Paragraph("2025-05-01", val)]],
                colWidths=[27 * mm, 28 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
                             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    top = Table([[Paragraph("<b>TALLMO KOMMUN</b><br/>Socialförvaltningen", st("snlogo", "Vera", 9, 12)), box]],
                colWidths=[110 * mm, 60 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [top, Spacer(1, 8 * mm), Paragraph(E(title), h1),
             Paragraph("Denna delegationsordning ersätter delegationsordning för socialnämnden, beslutad 2023-11-22, § 131. Dokumentansvarig är socialchefen.", body),
             Paragraph("Allmänt om delegation", h2),
             Paragraph("Socialnämnden överlåter genom denna ordning beslutanderätt till individutskottet, till ordföranden och till anställda inom socialförvaltningen. Beslut som fattas med stöd av delegation ska anmälas till nämnden månadsvis genom delegationslistor. Ärenden av principiell beskaffenhet eller annars av större vikt ska alltid lämnas till nämnden.", body),
             Paragraph("Beloppsgränser uttryckta i prisbasbelopp (pbb) avser prisbasbeloppet för det år beslutet fattas. Vid förfall för en delegat beslutar närmast överordnad. Förkortningar förklaras i bilaga 1.", body),
             Paragraph("Förteckning över delegerade ärenden", h2)]
    data = [[Paragraph(x, cellb) for x in ("Lagrum", "Ärende", "Delegat", "Anmärkning")]]
    style = [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    n = 0
    for sname, rows in secs:
        data.append([Paragraph(E(sname), sect), "", "", ""])
        i = len(data) - 1
        style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E6E6E6"))]
        for law, matter, dele, anm in rows:
            n += 1
            m = d.row("r%02d" % n, matter, dele, anm)
            data.append([Paragraph(E(law), cell), MarkPara(E(matter), cell, mark=m), Paragraph(E(dele), cell),
                         Paragraph(E(anm or ""), cell)])
    t = Table(data, colWidths=[27 * mm, 78 * mm, 22 * mm, 43 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    t.hAlign = "LEFT"
    story += [t, PageBreak(), Paragraph("Bilaga 1 – Förkortningar", h2), Paragraph("Delegater", st("snh3", "Vera-Bold", 9, 12, spaceAfter=2))]
    for c, x in deleg:
        story.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (E(c), E(x)), body))
    story.append(Paragraph("Lagar och övriga förkortningar", st("snh3b", "Vera-Bold", 9, 12, spaceBefore=4, spaceAfter=2)))
    for c, x in laws:
        story.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (E(c), E(x)), body))

    def on_page(canv, doc):
        w, h = A4
        footer_marker(canv, w / 2, 9 * mm, "Socialnämnden, SN 2025/87", font="Vera", align="center")
        canv.setFont("Vera", 7)
        canv.drawRightString(w - 20 * mm, 9 * mm, "Sida %d (%d)" % (canv.getPageNumber(), TOTALS.get(SN, 0)))

    doc = make_doc(path, title)
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 16 * mm, A4[0] - 40 * mm, A4[1] - 32 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämndens delegationsordning
#    Times, written-out roles (no codes), booktabs-style tables per section,
#    decision rights also in prose, decision metadata at the end.
# ---------------------------------------------------------------------------
def build_bun():
    d = Doc(BUN, "bun")
    path = os.path.join(PDFDIR, BUN)
    title = "Barn- och utbildningsnämndens delegationsordning"
    d.meta = dict(layout="serif-booktabs-written-roles-metadata-at-end", title=title,
                  doc_type="delegationsordning", decided_by="barn- och utbildningsnämnden",
                  decision_date="2025-06-12", paragraph="§ 57", diarienummer="BUN 2025/140",
                  valid_from="2025-08-01", valid_to=None,
                  replaces="Delegationsordning antagen av barn- och utbildningsnämnden 2022-10-13, § 88",
                  replaces_file=None, scope="Barn- och utbildningsnämnden och barn- och utbildningsförvaltningen",
                  owner="förvaltningschef", review_date=None, publication_stated=None)
    d.legend([("SL", "Skollagen (2010:800)"), ("SF", "Skolförordningen (2011:185)"),
              ("KL", "Kommunallagen (2017:725)"), ("LOU", "Lagen (2016:1145) om offentlig upphandling")])
    body = st("bunb", "Times-Roman", 11, 14.5, spaceAfter=6)
    h1 = st("bunh1", "Times-Bold", 18, 22, spaceAfter=8)
    h2 = st("bunh2", "Times-Bold", 12.5, 15, spaceBefore=8, spaceAfter=4)
    cell = st("bunc", "Times-Roman", 9.8, 12)
    cellb = st("buncb", "Times-Bold", 9.8, 12)
    story = [Paragraph("Tallmo kommun – Barn- och utbildningsförvaltningen", st("bunk", "Times-Italic", 10, 12, spaceAfter=10)),
             Paragraph(E(title), h1),
             Paragraph("1. Om delegation", h2),
             Paragraph("Barn- och utbildningsnämnden får enligt 6 kap. 37 § KL uppdra åt ett utskott, en ledamot eller en anställd att besluta på nämndens vägnar. I denna ordning anges delegaten med befattning. Förkortningar som används är SL (skollagen 2010:800), SF (skolförordningen 2011:185), KL (kommunallagen 2017:725) och LOU (lagen 2016:1145 om offentlig upphandling).", body),
             MarkPara(E("Ordföranden får besluta på nämndens vägnar i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.") + " Sådana beslut anmäls vid nämndens nästa sammanträde.", body,
                      mark=d.stmt("ordf", "Ordföranden får besluta på nämndens vägnar i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.", "barn- och utbildningsnämndens ordförande")),
             MarkPara(E("Förvaltningschefen får vidaredelegera sin beslutanderätt till annan anställd inom förvaltningen.") + " Vidaredelegering ska ske skriftligt och anmälas till nämnden.", body,
                      mark=d.stmt("vidare", "Förvaltningschefen får vidaredelegera sin beslutanderätt till annan anställd inom förvaltningen.", "förvaltningschef")),
             Paragraph("2. Beslut som nämnden fattar själv", h2),
             Paragraph("Vissa ärenden får inte delegeras eller har nämnden valt att behålla.", body),
             MarkPara(E("Nämnden beslutar själv om grundbelopp till enskilda huvudmän för förskola, fritidshem och skola."), body,
                      mark=d.stmt("grundbelopp", "Nämnden beslutar själv om grundbelopp till enskilda huvudmän för förskola, fritidshem och skola.", "barn- och utbildningsnämnden")),
             MarkPara(E("Nämnden beslutar också själv om läsårstider för kommunens skolor."), body,
                      mark=d.stmt("lasar", "Nämnden beslutar också själv om läsårstider för kommunens skolor.", "barn- och utbildningsnämnden")),
             Paragraph("3. Beslut som fattas med stöd av lag", h2),
             MarkPara(E("Beslut om ledighet för elev fattas av rektor med stöd av skollagen och redovisas därför inte som delegationsbeslut."), body,
                      mark=d.stmt("ledighet", "Beslut om ledighet för elev fattas av rektor med stöd av skollagen och redovisas därför inte som delegationsbeslut.", "rektor")),
             Paragraph("4. Delegationsförteckning", h2)]
    secs = [
        ("4.1 Förskola och fritidshem", [
            ("1", "Placering i förskola och fritidshem", "Placeringssamordnare", "Enligt nämndens riktlinjer för placering"),
            ("2", "Förtur till plats i förskola på grund av särskilda skäl", "Rektor för förskolan", "Efter samråd med elevhälsan"),
            ("3", "Uppsägning av plats i förskola eller fritidshem på grund av obetalda avgifter", "Avgiftshandläggare", "Efter två skriftliga påminnelser"),
            ("4", "Nedsättning av avgift för förskola eller fritidshem", "Verksamhetschef förskola", None),
        ]),
        ("4.2 Grundskola och anpassad grundskola", [
            ("5", "Placering vid annan skolenhet än den vårdnadshavare önskat (10 kap. 30 § SL)", "Grundskolechef", None),
            ("6", "Skolskjuts (10 kap. 32 § SL)", "Skolskjutshandläggare", "Enligt riktlinjer för skolskjuts"),
            ("7", "Skolskjuts vid växelvis boende", "Skolskjutshandläggare", None),
            ("8", "Yttrande till förvaltningsrätten vid överklagat skolskjutsbeslut", "Grundskolechef", None),
            ("9", "Mottagande i anpassad grundskola (7 kap. 5 § SL)", "Förvaltningschef", "Efter utredning"),
            ("10", "Medgivande att fullgöra skolplikten på annat sätt (24 kap. 23 § SL)", "Förvaltningschef", None),
            ("11", "Föreläggande med vite för vårdnadshavare att fullgöra skolplikt (7 kap. 23 § SL)", "Barn- och utbildningsnämndens arbetsutskott", None),
        ]),
        ("4.3 Gymnasieskola och vuxenutbildning", [
            ("12", "Mottagande av elev från annan kommun i gymnasieskolan", "Antagningshandläggare", None),
            ("13", "Inackorderingstillägg (15 kap. 32 § SL)", "Antagningshandläggare", None),
            ("14", "Mottagande till kommunal vuxenutbildning", "Rektor för vuxenutbildningen", None),
        ]),
        ("4.4 Ekonomi och administration", [
            ("15", "Tilläggsbelopp för elev med omfattande behov av särskilt stöd hos enskild huvudman", "Förvaltningschef", None),
            ("16", "Upphandling och tilldelning, värde upp till 700 000 kr", "Förvaltningschef", "Inom budget"),
            ("17", "Upphandling och tilldelning, värde över 700 000 kr", "Barn- och utbildningsnämndens arbetsutskott", None),
            ("18", "Beslut att inte lämna ut allmän handling", "Administrativ chef", None),
        ]),
    ]
    for sname, rows in secs:
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(E(sname), st("bunh3", "Times-Bold", 11, 14, spaceBefore=6, spaceAfter=2)))
        data = [[Paragraph(x, cellb) for x in ("Nr", "Ärende", "Delegat", "Kommentar")]]
        for nr, matter, dele, kom in rows:
            m = d.row(nr, matter, dele, kom, coded=False)
            data.append([Paragraph(nr, cell), MarkPara(E(matter), cell, mark=m), Paragraph(E(dele), cell),
                         Paragraph(E(kom or "–"), cell)])
        t = Table(data, colWidths=[9 * mm, 78 * mm, 42 * mm, 41 * mm])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        t.hAlign = "LEFT"
        story.append(t)
        story.append(Spacer(1, 3 * mm))
    story += [Spacer(1, 6 * mm), Paragraph("Beslutshistorik", h2)]
    hist = [[Paragraph("<b>Antagen</b>", cell), MarkPara("Barn- och utbildningsnämnden 2025-06-12, § 57", cell, mark=d.mark("meta:antagen"))],
            [Paragraph("<b>Diarienummer</b>", cell), Paragraph("BUN 2025/140", cell)],
            [Paragraph("<b>Gäller från</b>", cell), Paragraph("2025-08-01", cell)],
            [Paragraph("<b>Ersätter</b>", cell), Paragraph("Delegationsordning antagen av barn- och utbildningsnämnden 2022-10-13, § 88", cell)],
            [Paragraph("<b>Dokumentansvarig</b>", cell), Paragraph("Förvaltningschef", cell)]]
    ht = Table(hist, colWidths=[40 * mm, 120 * mm])
    ht.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)]))
    ht.hAlign = "LEFT"
    story.append(ht)

    def on_page(canv, doc):
        w, h = A4
        canv.setFont("Times-Italic", 8)
        canv.drawString(22 * mm, h - 12 * mm, "Barn- och utbildningsnämnden")
        footer_marker(canv, w - 22 * mm, 10 * mm, "sida %d" % canv.getPageNumber(), font="Times-Roman", size=8, align="right")

    doc = make_doc(path, title)
    doc.addPageTemplates([PageTemplate("p", [Frame(22 * mm, 18 * mm, A4[0] - 44 * mm, A4[1] - 36 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämndens delegationsordning
#    Legend given inline in running text, metadata in running page header,
#    small dense grid, header row NOT repeated over page breaks,
#    several delegates listed with commas.
# ---------------------------------------------------------------------------
def build_mbn():
    d = Doc(MBN, "mbn")
    path = os.path.join(PDFDIR, MBN)
    title = "Delegationsordning för miljö- och byggnadsnämnden"
    d.meta = dict(layout="inline-legend-running-header-metadata-dense-grid-no-repeat-header", title=title,
                  doc_type="delegationsordning", decided_by="miljö- och byggnadsnämnden",
                  decision_date="2025-09-24", paragraph="§ 102", diarienummer="MBN 2025/311",
                  valid_from="2025-10-01", valid_to=None,
                  replaces="Nämndens delegationsordning från 2023-02-15, § 19",
                  replaces_file=None, scope="Miljö- och byggnadsnämnden och miljö- och byggförvaltningen",
                  owner=None, review_date=None, publication_stated=None)
    codes = [("MBN", "miljö- och byggnadsnämnden"), ("MBAU", "nämndens arbetsutskott"), ("Ordf", "nämndens ordförande"),
             ("FC", "förvaltningschef"), ("BC", "bygglovschef"), ("BLH", "bygglovshandläggare"),
             ("BI", "byggnadsinspektör"), ("MC", "miljöchef"), ("MI", "miljöinspektör"),
             ("LI", "livsmedelsinspektör"), ("KMI", "kart- och mätingenjör")]
    laws = [("PBL", "plan- och bygglagen (2010:900)"), ("PBF", "plan- och byggförordningen (2011:338)"),
            ("MB", "miljöbalken"), ("LL", "livsmedelslagen (2006:804)"),
            ("FMH", "förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd")]
    d.legend(codes)
    d.legend(laws)
    body = st("mbnb", "Helvetica", 9, 12.2, spaceAfter=5)
    h1 = st("mbnh1", "Helvetica-Bold", 15, 18, spaceAfter=6)
    h2 = st("mbnh2", "Helvetica-Bold", 10, 13, spaceBefore=6, spaceAfter=3)
    legend_txt = ", ".join("%s = %s" % (c, x) for c, x in codes)
    law_txt = ", ".join("%s = %s" % (c, x) for c, x in laws)
    story = [Paragraph(E(title), h1),
             MarkPara("Delegationsordningen är beslutad av miljö- och byggnadsnämnden 2025-09-24, § 102. Den gäller från och med 2025-10-01 och ersätter nämndens delegationsordning från 2023-02-15, § 19.",
                      body, mark=d.mark("meta:beslut")),
             Paragraph("Läsanvisning", h2),
             Paragraph("Tabellen nedan anger ärende, lagrum och delegat. När flera delegater anges, åtskilda med kommatecken, får var och en av dem besluta. Delegaterna anges med följande förkortningar: " + E(legend_txt) + ".", body),
             Paragraph("Lagar och förordningar förkortas: " + E(law_txt) + ". Beslut som fattats med stöd av delegation redovisas för nämnden vid nästkommande sammanträde.", body),
             Paragraph("Förteckning", h2)]
    rows = [
        ("B", "BYGGLOV, ANMÄLAN OCH TILLSYN ENLIGT PBL"),
        ("B1", "Bygglov för en- och tvåbostadshus som är förenligt med detaljplan", "9 kap. 30 § PBL", "BLH", None),
        ("B2", "Bygglov med liten avvikelse från detaljplan", "9 kap. 31 b § PBL", "BC", None),
        ("B3", "Bygglov utanför detaljplan för nybyggnad av högst två bostadshus", "9 kap. 31 § PBL", "BC", "Om sakägare har lämnat erinran beslutar MBAU"),
        ("B4", "Bygglov för flerbostadshus och verksamhetsbyggnader", "9 kap. 30 § PBL", "MBAU", None),
        ("B5", "Avslag på ansökan om bygglov, rivningslov eller marklov", "9 kap. PBL", "BC", None),
        ("B6", "Rivningslov", "9 kap. 34 § PBL", "BLH, BI", None),
        ("B7", "Marklov", "9 kap. 35 § PBL", "BLH, BI", None),
        ("B8", "Startbesked", "10 kap. 23 § PBL", "BI", None),
        ("B9", "Slutbesked", "10 kap. 34 § PBL", "BI", None),
        ("B10", "Förhandsbesked", "9 kap. 17 § PBL", "BC", None),
        ("B11", "Föreläggande utan vite att vidta åtgärd", "11 kap. 19–20 §§ PBL", "BC", None),
        ("B12", "Byggsanktionsavgift, högst 50 000 kr", "11 kap. 51 § PBL", "BC", None),
        ("B13", "Byggsanktionsavgift, över 50 000 kr", "11 kap. 51 § PBL", "MBAU", None),
        ("B14", "Nedsättning av avgift enligt taxa", "12 kap. 8 a § PBL", "BC", "Enligt taxans bestämmelser"),
        ("M", "MILJÖ OCH HÄLSOSKYDD"),
        ("M1", "Föreläggande och förbud utan vite", "26 kap. 9 § MB", "MI", None),
        ("M2", "Föreläggande och förbud med vite, högst 100 000 kr", "26 kap. 9 och 14 §§ MB", "MC", None),
        ("M3", "Föreläggande och förbud med vite, över 100 000 kr", "26 kap. 9 och 14 §§ MB", "MBAU", None),
        ("M4", "Tillstånd till värmepumpsanläggning (berg-, jord- eller sjövärme)", "17 § FMH", "MI", None),
        ("M5", "Tillstånd till enskild avloppsanläggning med vattentoalett", "13 § FMH", "MI", None),
        ("M6", "Miljösanktionsavgift", "30 kap. MB", "MC", None),
        ("M7", "Anmälan om misstänkt brott till polis eller åklagare", "26 kap. 2 § MB", "MC, FC", None),
        ("L", "LIVSMEDEL"),
        ("L1", "Registrering av livsmedelsanläggning", "LL", "LI", None),
        ("L2", "Riskklassning och årlig kontrollavgift", "LL", "LI", None),
        ("L3", "Föreläggande och förbud utan vite enligt livsmedelslagen", "22 § LL", "LI", None),
        ("L4", "Beslut om att omhänderta varor", "24 § LL", "MC", None),
        ("K", "KART OCH MÄTNING"),
        ("K1", "Upprättande av nybyggnadskarta", "PBF", "KMI", None),
    ]
    cell = st("mbnc", "Helvetica", 8.4, 10.4)
    cellb = st("mbncb", "Helvetica-Bold", 8.4, 10.4)
    data = [[Paragraph(x, cellb) for x in ("Nr", "Ärende", "Lagrum", "Delegat", "Anm.")]]
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#2E5E4E")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE3DA")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6)]
    for r in rows:
        if len(r) == 2:
            data.append([Paragraph("<b>%s</b>" % r[0], cell), Paragraph("<b>%s</b>" % E(r[1]), cell), "", "", ""])
            i = len(data) - 1
            style += [("SPAN", (1, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF5F1"))]
            continue
        nr, matter, law, dele, anm = r
        m = d.row(nr, matter, dele, anm, split=dele.split(","))
        data.append([Paragraph(nr, cell), MarkPara(E(matter), cell, mark=m), Paragraph(E(law), cell),
                     Paragraph(E(dele), cell), Paragraph(E(anm or ""), cell)])
    t = Table(data, colWidths=[10 * mm, 70 * mm, 32 * mm, 20 * mm, 42 * mm], repeatRows=0)
    t.setStyle(TableStyle(style))
    t.hAlign = "LEFT"
    story.append(t)
    story += [Spacer(1, 5 * mm),
              Paragraph("Ärenden som inte finns i förteckningen avgörs av nämnden eller, i brådskande fall, av ordföranden.", body)]
    # intro long enough to push the table over two pages
    story.insert(5, Paragraph("Delegaten ska i tveksamma fall samråda med närmast överordnad chef. Ett ärende som är av principiell beskaffenhet eller annars av större vikt ska lämnas till nämnden även om det omfattas av förteckningen. Delegationen omfattar även beslut att avvisa en ansökan som kommit in för sent eller är ofullständig, samt beslut att avskriva ett ärende när sökanden har återkallat sin ansökan. Jäv prövas enligt förvaltningslagen.", body))

    def on_page(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#2E5E4E"))
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(18 * mm, h - 11 * mm, "Tallmo kommun – Miljö- och byggnadsnämnden")
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(w - 18 * mm, h - 11 * mm, "Delegationsordning  |  Antagen MBN 2025-09-24, § 102  |  Dnr MBN 2025/311")
        canv.setStrokeColor(colors.HexColor("#2E5E4E"))
        canv.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
        canv.restoreState()
        footer_marker(canv, 18 * mm, 9 * mm)
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(w - 18 * mm, 9 * mm, "%d" % canv.getPageNumber())

    doc = make_doc(path, title)
    doc.addPageTemplates([PageTemplate("p", [Frame(18 * mm, 15 * mm, A4[0] - 36 * mm, A4[1] - 33 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 6. Reglemente för kommunstyrelsen (författningssamling)
#    Ruled författningssamling header box on every page, § numbered prose,
#    decision rights in prose.
# ---------------------------------------------------------------------------
def build_reg():
    d = Doc(REG, "reg")
    path = os.path.join(PDFDIR, REG)
    title = "Reglemente för kommunstyrelsen"
    d.meta = dict(layout="forfattningssamling-header-box-paragraphs", title=title,
                  doc_type="reglemente", decided_by="kommunfullmäktige",
                  decision_date="2025-11-24", paragraph="§ 141", diarienummer="KS 2025/355",
                  valid_from="2026-01-01", valid_to=None,
                  replaces="TFS 2019:3, Reglemente för kommunstyrelsen antaget 2019-02-25, § 17",
                  replaces_file=None, scope="Kommunstyrelsen", owner=None, review_date=None,
                  publication_stated=None)
    body = st("regb", "Times-Roman", 11, 14.6, spaceAfter=6)
    para = st("regp", "Times-Bold", 11, 14, spaceBefore=6, spaceAfter=2)
    h2 = st("regh2", "Times-Bold", 13, 16, spaceBefore=10, spaceAfter=4)
    story = [Spacer(1, 2 * mm), Paragraph(E(title), st("regt", "Times-Bold", 20, 24, spaceAfter=10)),
             Paragraph("Utöver det som föreskrivs om kommunstyrelsen i kommunallagen och i annan författning gäller bestämmelserna i detta reglemente.", body),
             Paragraph("Kommunstyrelsens roll", h2),
             Paragraph("1 §", para),
             Paragraph("Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan och har ansvar för hela kommunens utveckling och ekonomiska ställning. Styrelsen leder och samordnar förvaltningen av kommunens angelägenheter och har uppsikt över övriga nämnders och de kommunala bolagens verksamhet.", body),
             Paragraph("2 §", para),
             Paragraph("Kommunstyrelsen är kommunens arkivmyndighet, personuppgiftsansvarig för behandling i sin egen verksamhet och anställningsmyndighet för all personal i kommunen utom den som anställs av annan nämnd.", body),
             Paragraph("Sammansättning", h2),
             Paragraph("3 §", para),
             MarkPara("Kommunstyrelsen består av 13 ledamöter och 9 ersättare. Inom styrelsen finns ett arbetsutskott med 5 ledamöter och 3 ersättare samt ett personalutskott med 3 ledamöter.", body, mark=d.mark("fact:ledamoter")),
             Paragraph("Ekonomi och medelsförvaltning", h2),
             Paragraph("4 §", para),
             MarkPara(E("Kommunstyrelsen får ta upp lån inom den låneram som kommunfullmäktige fastställt i budgeten.") + " Styrelsen ansvarar för kommunens medelsförvaltning enligt finanspolicyn.", body,
                      mark=d.stmt("lan", "Kommunstyrelsen får ta upp lån inom den låneram som kommunfullmäktige fastställt i budgeten.", "kommunstyrelsen")),
             Paragraph("5 §", para),
             MarkPara(E("Kommunstyrelsen beslutar om köp, försäljning och byte av fast egendom när köpeskillingen uppgår till högst 20 miljoner kronor per affär."), body,
                      mark=d.stmt("fast", "Kommunstyrelsen beslutar om köp, försäljning och byte av fast egendom när köpeskillingen uppgår till högst 20 miljoner kronor per affär.", "kommunstyrelsen")),
             MarkPara(E("Affärer som överstiger 20 miljoner kronor beslutas av kommunfullmäktige."), body,
                      mark=d.stmt("fastkf", "Affärer som överstiger 20 miljoner kronor beslutas av kommunfullmäktige.", "kommunfullmäktige")),
             Paragraph("Personal", h2),
             Paragraph("6 §", para),
             MarkPara(E("Kommunstyrelsen beslutar om anställning av kommundirektör.") + " Styrelsen har hand om frågor om förhållandet mellan kommunen som arbetsgivare och dess arbetstagare, och förhandlar på kommunens vägnar.", body,
                      mark=d.stmt("kd", "Kommunstyrelsen beslutar om anställning av kommundirektör.", "kommunstyrelsen")),
             Paragraph("Krisberedskap", h2),
             Paragraph("7 §", para),
             Paragraph("Kommunstyrelsen ansvarar för kommunens krisberedskap och civila försvar. Vid en extraordinär händelse fullgör krisledningsnämnden uppgifter enligt sitt reglemente.", body),
             MarkPara(E("Beslut om att krisledningsnämnden ska träda i funktion fattas av dess ordförande."), body,
                      mark=d.stmt("krisl", "Beslut om att krisledningsnämnden ska träda i funktion fattas av dess ordförande.", "krisledningsnämndens ordförande")),
             Paragraph("Arbetsformer", h2),
             Paragraph("8 §", para),
             Paragraph("Kommunstyrelsen sammanträder på dag och tid som styrelsen bestämmer. Sammanträde ska också hållas om minst en tredjedel av ledamöterna begär det eller om ordföranden anser att det behövs. Ledamot får delta på distans om styrelsen har beslutat det.", body),
             Paragraph("9 §", para),
             Paragraph("Handlingar som upprättas i kommunstyrelsens namn undertecknas av ordföranden eller vid förhinder av vice ordföranden och kontrasigneras av kommundirektören, om inte styrelsen beslutar annat.", body),
             Paragraph("Ikraftträdande", h2),
             Paragraph("10 §", para),
             MarkPara("Detta reglemente träder i kraft den 1 januari 2026 och ersätter reglemente för kommunstyrelsen antaget 2019-02-25, § 17 (TFS 2019:3).", body, mark=d.mark("meta:ikraft")),
             Spacer(1, 6 * mm),
             MarkPara("<i>Antaget av kommunfullmäktige 2025-11-24, § 141. Dnr KS 2025/355.</i>", body, mark=d.mark("meta:antaget"))]

    def on_page(canv, doc):
        w, h = A4
        x0, x1 = 22 * mm, w - 22 * mm
        y0 = h - 30 * mm
        canv.saveState()
        canv.setLineWidth(0.7)
        canv.rect(x0, y0, x1 - x0, 18 * mm)
        canv.line(x0, y0 + 9 * mm, x1, y0 + 9 * mm)
        canv.line(x1 - 45 * mm, y0, x1 - 45 * mm, y0 + 18 * mm)
        canv.setFont("Times-Bold", 10)
        canv.drawString(x0 + 3 * mm, y0 + 12 * mm, "TALLMO KOMMUNS FÖRFATTNINGSSAMLING")
        canv.drawString(x1 - 42 * mm, y0 + 12 * mm, "TFS 2025:9")
        canv.setFont("Times-Roman", 8.5)
        canv.drawString(x0 + 3 * mm, y0 + 3 * mm, "Reglemente för kommunstyrelsen  •  Antagen av KF 2025-11-24, § 141  •  Ersätter TFS 2019:3")
        canv.drawString(x1 - 42 * mm, y0 + 3 * mm, "Sida %d (%d)" % (canv.getPageNumber(), TOTALS.get(REG, 0)))
        canv.restoreState()
        footer_marker(canv, w / 2, 10 * mm, font="Times-Italic", size=8, align="center")

    doc = make_doc(path, title)
    doc.addPageTemplates([PageTemplate("p", [Frame(22 * mm, 18 * mm, A4[0] - 44 * mm, A4[1] - 52 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 7. Riktlinje för attest och beslutsattest (INTERN)
#    Key/value metadata grid at top, intranet-only statement, amount limits
#    in own column, written-out roles.
# ---------------------------------------------------------------------------
def build_att():
    d = Doc(ATT, "att")
    path = os.path.join(PDFDIR, ATT)
    title = "Riktlinje för attest och beslutsattest"
    d.meta = dict(layout="key-value-metadata-grid-amount-column-internal", title=title,
                  doc_type="riktlinje", decided_by="kommundirektör",
                  decision_date="2025-02-10", paragraph=None, diarienummer="KS 2025/044",
                  valid_from="2025-03-01", valid_to=None, replaces=None, replaces_file=None,
                  scope="Samtliga förvaltningar", owner="ekonomichef", review_date="2027-02-28",
                  publication_stated="intern")
    lab = st("attl", "Vera-Bold", 7.6, 9.6)
    val = st("attv", "Vera", 7.6, 9.6)
    body = st("attb", "Vera", 9, 12.4, spaceAfter=5)
    h2 = st("atth2", "Vera-Bold", 11, 14, spaceBefore=8, spaceAfter=3)
    cell = st("attc", "Vera", 8, 10)
    cellb = st("attcb", "Vera-Bold", 8, 10)
    grid = [
        [Paragraph("Dokumenttyp", lab), Paragraph("Riktlinje", val), Paragraph("Beslutad av", lab), MarkPara("Kommundirektören", val, mark=d.mark("meta:beslutad"))],
        [Paragraph("Beslutsdatum", lab), Paragraph("2025-02-10", val), Paragraph("Diarienummer", lab), Paragraph("KS 2025/044", val)],
        [Paragraph("Gäller från", lab), Paragraph("2025-03-01", val), Paragraph("Gäller till", lab), Paragraph("Tills vidare", val)],
        [Paragraph("Dokumentansvarig", lab), Paragraph("Ekonomichef", val), Paragraph("Revideras senast", lab), Paragraph("2027-02-28", val)],
        [Paragraph("Gäller för", lab), Paragraph("Samtliga förvaltningar", val), Paragraph("Publicering", lab), MarkPara("Intranätet (intern)", val, mark=d.mark("meta:publ"))],
    ]
    g = Table(grid, colWidths=[30 * mm, 55 * mm, 30 * mm, 55 * mm])
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#4B4B4B")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EDEDED"))]))
    g.hAlign = "LEFT"
    story = [Paragraph("TALLMO KOMMUN", st("attk", "Vera-Bold", 9, 12, spaceAfter=4)), g, Spacer(1, 4 * mm),
             Paragraph("<i>Intern riktlinje – publiceras endast på kommunens intranät och inte på den externa webbplatsen.</i>", st("atti", "Vera", 8.5, 11, textColor=colors.HexColor("#8B0000"), spaceAfter=6)),
             Paragraph(E(title), st("attt", "Vera-Bold", 16, 20, spaceAfter=6)),
             Paragraph("Syfte", h2),
             Paragraph("Riktlinjen kompletterar kommunens reglemente för intern kontroll och anger hur ekonomiska transaktioner ska kontrolleras och attesteras. Varje transaktion ska attesteras av två personer i förening: en granskningsattestant och en beslutsattestant.", body),
             Paragraph("Ansvar", h2),
             MarkPara(E("Förvaltningschefen utser beslutsattestanter och ersättare inom sin förvaltning.") + " Förteckningen över attestanter ska hållas aktuell och lämnas till ekonomiavdelningen.", body,
                      mark=d.stmt("utser", "Förvaltningschefen utser beslutsattestanter och ersättare inom sin förvaltning.", "förvaltningschef")),
             MarkPara(E("Beslut om undantag från kravet på två personer i förening fattas av ekonomichefen."), body,
                      mark=d.stmt("undantag", "Beslut om undantag från kravet på två personer i förening fattas av ekonomichefen.", "ekonomichef")),
             Paragraph("Ingen får attestera en transaktion som avser egna kostnader, ersättningar till sig själv eller till närstående.", body),
             Paragraph("Beslutsattesträtt och beloppsgränser", h2),
             Paragraph("Beloppsgränserna avser belopp per faktura eller utbetalning inklusive mervärdesskatt.", body)]
    rows = [
        ("a1", "Leverantörsfaktura inom egen ansvarsenhet", "Budgetansvarig chef", "Upp till 100 000 kr"),
        ("a2", "Leverantörsfaktura inom förvaltningen", "Förvaltningschef", "Över 100 000 kr upp till 1 000 000 kr"),
        ("a3", "Leverantörsfaktura, samtliga förvaltningar", "Kommundirektör", "Över 1 000 000 kr"),
        ("a4", "Förvaltningschefs egna utlägg, resor och representation", "Kommundirektör", "Oavsett belopp"),
        ("a5", "Kommundirektörens egna utlägg, resor och representation", "Kommunstyrelsens ordförande", "Oavsett belopp"),
        ("a6", "Kommunstyrelsens ordförandes utlägg och resor", "Kommunstyrelsens 1:e vice ordförande", "Oavsett belopp"),
        ("a7", "Arvoden och ersättningar till förtroendevalda", "Kanslichef", "Enligt arvodesreglementet"),
        ("a8", "Lönelistor och löneutbetalningar", "Lönechef", "Oavsett belopp"),
        ("a9", "Interna fakturor mellan förvaltningar", "Ekonomichef", "Oavsett belopp"),
        ("a10", "Utbetalning av ekonomiskt bistånd", "Enhetschef försörjningsstöd", "Enligt socialnämndens delegationsordning"),
    ]
    data = [[Paragraph(x, cellb) for x in ("Transaktion", "Beslutsattestant", "Beloppsgräns / villkor")]]
    for rk, matter, dele, cond in rows:
        m = d.row(rk, matter, dele, cond, coded=False)
        data.append([MarkPara(E(matter), cell, mark=m), Paragraph(E(dele), cell), Paragraph(E(cond), cell)])
    t = Table(data, colWidths=[72 * mm, 50 * mm, 48 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D0D0D0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    t.hAlign = "LEFT"
    story += [t, Paragraph("Ersättare", h2),
              Paragraph("Vid ordinarie beslutsattestants frånvaro attesterar utsedd ersättare. Ersättaren får inte attestera transaktioner som avser den ordinarie attestantens egna kostnader.", body)]

    def on_page(canv, doc):
        w, h = A4
        canv.setFont("Vera", 7)
        canv.drawRightString(w - 20 * mm, h - 10 * mm, "INTERNT DOKUMENT")
        footer_marker(canv, 20 * mm, 9 * mm, "Riktlinje för attest och beslutsattest", font="Vera")
        canv.setFont("Vera", 7)
        canv.drawRightString(w - 20 * mm, 9 * mm, "%d" % canv.getPageNumber())

    doc = make_doc(path, title)
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 15 * mm, A4[0] - 40 * mm, A4[1] - 30 * mm)], onPage=on_page)])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 8. Plan- och bygglovstaxa 2026
#    Full-bleed cover page, fee tables with right-aligned numbers.
# ---------------------------------------------------------------------------
TIMAVGIFT = 1280


def kr(n):
    s = "%d" % n
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def build_taxa():
    d = Doc(TAXA, "taxa")
    path = os.path.join(PDFDIR, TAXA)
    title = "Plan- och bygglovstaxa 2026"
    d.meta = dict(layout="cover-page-fee-tables-right-aligned", title=title, doc_type="taxa",
                  decided_by="kommunfullmäktige", decision_date="2025-11-24", paragraph="§ 139",
                  diarienummer="KS 2025/377", valid_from="2026-01-01", valid_to=None,
                  replaces="Taxa antagen av kommunfullmäktige 2021-12-13, § 160", replaces_file=None,
                  scope="Miljö- och byggnadsnämndens verksamhet enligt plan- och bygglagen",
                  owner="bygglovschef", review_date=None, publication_stated=None)
    body = st("taxb", "Helvetica", 9.5, 13, spaceAfter=5)
    h2 = st("taxh2", "Helvetica-Bold", 12, 15, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#8A4B08"))
    cell = st("taxc", "Helvetica", 8.8, 11)
    cellr = st("taxcr", "Helvetica", 8.8, 11, alignment=TA_RIGHT)
    cellb = st("taxcb", "Helvetica-Bold", 8.8, 11)
    cellbr = st("taxcbr", "Helvetica-Bold", 8.8, 11, alignment=TA_RIGHT)
    white = st("taxw", "Helvetica-Bold", 30, 36, textColor=colors.white)
    whites = st("taxws", "Helvetica", 12, 16, textColor=colors.white)
    story = [Spacer(1, 70 * mm), Paragraph(E(title), white), Spacer(1, 4 * mm),
             Paragraph("Taxa för miljö- och byggnadsnämndens verksamhet enligt plan- och bygglagen", whites),
             Spacer(1, 60 * mm),
             MarkPara("Antagen av kommunfullmäktige 2025-11-24, § 139<br/>Dnr KS 2025/377<br/>Gäller från 1 januari 2026", whites, mark=d.mark("meta:cover")),
             NextPageTemplate("inner"), PageBreak(),
             Paragraph("1 Allmänna bestämmelser", h2),
             Paragraph("Avgifter tas ut med stöd av 12 kap. 8–10 §§ plan- och bygglagen (2010:900) för handläggning av ärenden om lov, förhandsbesked, anmälan och andra åtgärder. Avgiften ska täcka kommunens genomsnittliga kostnad för handläggningen.", body),
             MarkPara("Timavgiften är %s kr. Avgiften för ett ärende beräknas som antalet timmar enligt tabellerna multiplicerat med timavgiften. För ärenden som inte finns i tabellerna tas avgift ut för nedlagd tid." % kr(TIMAVGIFT), body, mark=d.mark("fact:timavgift")),
             MarkPara("Vid avslag eller avvisning tas avgift ut för nedlagd handläggningstid, dock minst 2 timmar.", body, mark=d.mark("fact:avslag")),
             Paragraph("Om handläggningstiden överskrider den tid som anges i plan- och bygglagen reduceras avgiften enligt 12 kap. 8 a § PBL. Avgiften betalas mot faktura efter beslut.", body),
             Paragraph("Taxan ersätter taxa antagen av kommunfullmäktige 2021-12-13, § 160. Dokumentansvarig: bygglovschef.", body),
             Paragraph("2 Taxetabeller", h2)]

    def table(caption, items, fixed=False):
        out = [Paragraph(E(caption), st("taxcap", "Helvetica-Bold", 10, 13, spaceBefore=6, spaceAfter=3))]
        if fixed:
            data = [[Paragraph("Nr", cellb), Paragraph("Produkt", cellb), Paragraph("Avgift (kr)", cellbr)]]
        else:
            data = [[Paragraph("Nr", cellb), Paragraph("Åtgärd", cellb), Paragraph("Tid (h)", cellbr), Paragraph("Avgift (kr)", cellbr)]]
        for it in items:
            if fixed:
                nr, txt, amount = it
                data.append([Paragraph(nr, cell), MarkPara(E(txt), cell, mark=d.mark("fact:" + nr)), Paragraph(kr(amount), cellr)])
            else:
                nr, txt, h = it
                data.append([Paragraph(nr, cell), MarkPara(E(txt), cell, mark=d.mark("fact:" + nr)), Paragraph(str(h), cellr), Paragraph(kr(h * TIMAVGIFT), cellr)])
        cw = [12 * mm, 118 * mm, 36 * mm] if fixed else [12 * mm, 100 * mm, 22 * mm, 32 * mm]
        t = Table(data, colWidths=cw)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#8A4B08")),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#FBF1E6")]),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#8A4B08"))]))
        t.hAlign = "LEFT"
        out.append(t)
        return out

    story += table("Tabell 1 – Bygglov för en- och tvåbostadshus", [
        ("1.1", "Nybyggnad av enbostadshus", 19),
        ("1.2", "Nybyggnad av tvåbostadshus", 22),
        ("1.3", "Tillbyggnad av en- eller tvåbostadshus, högst 50 m²", 9),
        ("1.4", "Tillbyggnad av en- eller tvåbostadshus, över 50 m²", 12),
        ("1.5", "Komplementbyggnad (garage, carport, förråd)", 6),
        ("1.6", "Fasadändring", 4),
        ("1.7", "Mur eller plank", 4),
    ])
    story += table("Tabell 2 – Anmälan, rivning, förhandsbesked och dispens", [
        ("2.1", "Anmälan om komplementbostadshus (attefallshus)", 7),
        ("2.2", "Anmälan om installation av eldstad eller rökkanal", 2),
        ("2.3", "Rivningslov för en- eller tvåbostadshus", 3),
        ("2.4", "Förhandsbesked utanför detaljplan", 8),
        ("2.5", "Strandskyddsdispens", 10),
    ])
    story += table("Tabell 3 – Kart- och mätprodukter (fast avgift)", [
        ("3.1", "Nybyggnadskarta för en- eller tvåbostadshus", 7900),
        ("3.2", "Grovutstakning av byggnad", 6400),
        ("3.3", "Lägeskontroll", 4300),
    ], fixed=True)

    def on_cover(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#8A4B08"))
        canv.rect(0, 0, w, h, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 14)
        canv.drawString(22 * mm, h - 30 * mm, "TALLMO KOMMUN")
        canv.setFont("Helvetica", 7)
        canv.drawString(22 * mm, 10 * mm, MARKER)
        canv.restoreState()

    def on_inner(canv, doc):
        w, h = A4
        canv.setFont("Helvetica", 7.5)
        canv.drawString(20 * mm, h - 12 * mm, "Plan- och bygglovstaxa 2026  –  Tallmo kommun")
        footer_marker(canv, w - 20 * mm, 10 * mm, "sidan %d" % canv.getPageNumber(), align="right")

    doc = make_doc(path, title)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(22 * mm, 20 * mm, A4[0] - 44 * mm, A4[1] - 40 * mm)], onPage=on_cover),
        PageTemplate("inner", [Frame(20 * mm, 16 * mm, A4[0] - 40 * mm, A4[1] - 34 * mm)], onPage=on_inner),
    ])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 9. Policy för representation och gåvor
#    Two-column body text, title band across the top of page 1,
#    "Dokumentinformation" box at the end.
# ---------------------------------------------------------------------------
def build_pol():
    d = Doc(POL, "pol")
    path = os.path.join(PDFDIR, POL)
    title = "Policy för representation och gåvor"
    d.meta = dict(layout="two-column-body-metadata-box-at-end", title=title, doc_type="policy",
                  decided_by="kommunfullmäktige", decision_date="2024-10-21", paragraph="§ 98",
                  diarienummer="KS 2024/290", valid_from="2025-01-01", valid_to=None,
                  replaces="Riktlinjer för representation, antagna av kommunfullmäktige 2016-04-18, § 44",
                  replaces_file=None, scope="Förtroendevalda och medarbetare i Tallmo kommun",
                  owner="kanslichef", review_date="2028-12-31", publication_stated=None)
    body = st("polb", "Vera", 8.6, 12, spaceAfter=5)
    h2 = st("polh2", "Vera-Bold", 10, 13, spaceBefore=6, spaceAfter=3, textColor=colors.HexColor("#3A2C6B"))
    story = [Paragraph(E(title), st("polt", "Vera-Bold", 19, 23, textColor=colors.HexColor("#3A2C6B"))),
             Paragraph("Kommunfullmäktiges policy för förtroendevalda och medarbetare", st("polst", "Vera", 10, 13)),
             NextPageTemplate("cols"), Spacer(1, 2 * mm),
             # the title frame on page 1 is filled by the lines above; FrameBreak via big spacer is avoided
             ]
    from reportlab.platypus import FrameBreak
    story.append(FrameBreak())
    story += [
        Paragraph("Utgångspunkter", h2),
        Paragraph("Representation är ett sätt att skapa och vårda kontakter som är av betydelse för kommunens verksamhet. Representation ska alltid ha ett tydligt samband med verksamheten, vara måttfull och kunna försvaras inför kommunens invånare. Kommunens medel får aldrig användas för privat bruk.", body),
        Paragraph("Policyn gäller för förtroendevalda och medarbetare i Tallmo kommun. De kommunala bolagen ska anta motsvarande regler.", body),
        Paragraph("Extern representation", h2),
        Paragraph("Extern representation riktar sig till personer utanför kommunen, till exempel vid besök från andra kommuner, företag eller myndigheter.", body),
        MarkPara("Kostnaden för måltid vid extern representation får uppgå till högst 700 kr per person exklusive moms.", body, mark=d.mark("fact:extern")),
        Paragraph("Intern representation", h2),
        MarkPara("Intern representation, till exempel personalfest, får ordnas högst två gånger per år och arbetsplats. Kostnaden får uppgå till högst 450 kr per person.", body, mark=d.mark("fact:intern")),
        MarkPara("Alkohol bekostas inte av kommunen vid intern representation.", body, mark=d.mark("fact:alkohol")),
        Paragraph("Beslut om representation", h2),
        MarkPara(E("Beslut om representation fattas av den chef som har budgetansvar för den verksamhet som står för kostnaden."), body,
                 mark=d.stmt("chef", "Beslut om representation fattas av den chef som har budgetansvar för den verksamhet som står för kostnaden.", "chef med budgetansvar")),
        MarkPara(E("Representation där kommundirektören är värd godkänns av kommunstyrelsens ordförande."), body,
                 mark=d.stmt("kd", "Representation där kommundirektören är värd godkänns av kommunstyrelsens ordförande.", "kommunstyrelsens ordförande")),
        MarkPara(E("Kommunfullmäktiges ordförande beslutar om representation i samband med fullmäktiges sammanträden."), body,
                 mark=d.stmt("kfo", "Kommunfullmäktiges ordförande beslutar om representation i samband med fullmäktiges sammanträden.", "kommunfullmäktiges ordförande")),
        Paragraph("Gåvor till medarbetare", h2),
        MarkPara("Vid 50-årsdag och när en medarbetare går i pension får kommunen ge en gåva till ett värde av högst 1 500 kr.", body, mark=d.mark("fact:gava50")),
        Paragraph("Att ta emot gåvor", h2),
        MarkPara("Som förtroendevald eller medarbetare får du aldrig ta emot gåvor eller förmåner som kan påverka, eller uppfattas påverka, hur du utför ditt uppdrag. Enklare gåvor av ringa värde, högst 300 kr, får tas emot om de inte kommer från en part i ett pågående ärende eller en upphandling.", body, mark=d.mark("fact:ta_emot")),
        Paragraph("Kontanter, presentkort och rabatter för privat bruk får aldrig tas emot. Är du osäker ska du rådgöra med din närmaste chef.", body),
        Paragraph("Redovisning", h2),
        Paragraph("Av verifikationen för varje representationstillfälle ska syfte, deltagare och kostnad framgå.", body),
        Spacer(1, 4 * mm),
    ]
    lab = st("poll", "Vera-Bold", 7.4, 9.4)
    val = st("polv", "Vera", 7.4, 9.4)
    info = [("Dokumenttyp", "Policy"), ("Fastställd av", "Kommunfullmäktige 2024-10-21, § 98"),
            ("Diarienummer", "KS 2024/290"), ("Gäller från", "2025-01-01"),
            ("Ersätter", "Riktlinjer för representation, antagna av kommunfullmäktige 2016-04-18, § 44"),
            ("Dokumentansvarig", "Kanslichef"), ("Ses över senast", "2028-12-31")]
    data = [[Paragraph("Dokumentinformation", st("polih", "Vera-Bold", 8, 10, textColor=colors.white)), ""]]
    for a, b in info:
        data.append([Paragraph(a, lab), MarkPara(E(b), val, mark=d.mark("meta:" + a))])
    t = Table(data, colWidths=[31 * mm, 48 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3A2C6B")),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#3A2C6B")),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#AAAAAA")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    t.hAlign = "LEFT"
    story.append(t)

    def on_page(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#3A2C6B"))
        canv.setLineWidth(2)
        canv.line(18 * mm, h - 12 * mm, w - 18 * mm, h - 12 * mm)
        canv.restoreState()
        canv.setFont("Vera", 7)
        canv.drawString(18 * mm, h - 10 * mm, "Tallmo kommun")
        footer_marker(canv, 18 * mm, 9 * mm, font="Vera")
        canv.drawRightString(w - 18 * mm, 9 * mm, "%d" % canv.getPageNumber())

    W, H = A4
    gap = 8 * mm
    colw = (W - 36 * mm - gap) / 2
    first = PageTemplate("first", [Frame(18 * mm, H - 45 * mm, W - 36 * mm, 30 * mm, id="title"),
                                   Frame(18 * mm, 16 * mm, colw, H - 62 * mm, id="c1"),
                                   Frame(18 * mm + colw + gap, 16 * mm, colw, H - 62 * mm, id="c2")], onPage=on_page)
    cols = PageTemplate("cols", [Frame(18 * mm, 16 * mm, colw, H - 32 * mm, id="d1"),
                                 Frame(18 * mm + colw + gap, 16 * mm, colw, H - 32 * mm, id="d2")], onPage=on_page)
    doc = make_doc(path, title)
    doc.addPageTemplates([first, cols])
    doc.build(story)
    return d


# ---------------------------------------------------------------------------
# 10. Biblioteksplan 2026–2029
#     Graphic cover, document information on page 2, action table.
# ---------------------------------------------------------------------------
def build_bib():
    d = Doc(BIB, "bib")
    path = os.path.join(PDFDIR, BIB)
    title = "Biblioteksplan för Tallmo kommun 2026–2029"
    d.meta = dict(layout="graphic-cover-docinfo-page2-action-table", title=title, doc_type="plan",
                  decided_by="kommunfullmäktige", decision_date="2026-02-23", paragraph="§ 14",
                  diarienummer="KS 2025/412", valid_from="2026-03-01", valid_to="2029-12-31",
                  replaces="Biblioteksplan 2021–2024", replaces_file=None,
                  scope="Kultur- och fritidsnämnden och barn- och utbildningsnämnden (folkbibliotek och skolbibliotek)",
                  owner="bibliotekschef", review_date="2029-06-30", publication_stated=None)
    body = st("bibb", "Helvetica", 10, 14, spaceAfter=6)
    h2 = st("bibh2", "Helvetica-Bold", 13, 16, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#0B6E69"))
    cell = st("bibc", "Helvetica", 8.6, 10.8)
    cellb = st("bibcb", "Helvetica-Bold", 8.6, 10.8)
    story = [Spacer(1, 95 * mm),
             Paragraph("Biblioteksplan", st("bibt0", "Helvetica-Bold", 34, 40, textColor=colors.HexColor("#0B6E69"))),
             Paragraph("för Tallmo kommun 2026–2029", st("bibt1", "Helvetica", 18, 24, textColor=colors.HexColor("#0B6E69"))),
             NextPageTemplate("inner"), PageBreak(),
             Paragraph("Dokumentinformation", h2)]
    lab = st("bibl", "Helvetica-Bold", 8.6, 11)
    info = [("Dokumenttyp", "Plan"), ("Beslutad av", "Kommunfullmäktige"), ("Beslutsdatum", "2026-02-23, § 14"),
            ("Diarienummer", "KS 2025/412"), ("Giltighetstid", "2026-03-01 – 2029-12-31"),
            ("Ersätter", "Biblioteksplan 2021–2024"),
            ("Ansvarig nämnd", "Kultur- och fritidsnämnden (folkbibliotek), barn- och utbildningsnämnden (skolbibliotek)"),
            ("Dokumentansvarig", "Bibliotekschef"), ("Uppföljning", "Årligen i kultur- och fritidsnämndens verksamhetsberättelse"),
            ("Revideras senast", "2029-06-30")]
    t = Table([[Paragraph(a, lab), MarkPara(E(b), cell, mark=d.mark("meta:" + a))] for a, b in info], colWidths=[40 * mm, 120 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#0B6E69")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    t.hAlign = "LEFT"
    story += [t,
              Paragraph("1 Bakgrund", h2),
              Paragraph("Enligt bibliotekslagen ska varje kommun anta en biblioteksplan för sin verksamhet på biblioteksområdet. Planen omfattar folkbiblioteket med huvudbiblioteket i Tallmo och filialerna i Norrby, Sjövik och Ekåsen samt skolbiblioteken i kommunens grundskolor och gymnasieskola.", body),
              Paragraph("2 Utvecklingsområden", h2),
              Paragraph("Planen har tre utvecklingsområden: läsfrämjande för barn och unga, digital delaktighet samt biblioteket som mötesplats. Till varje område hör åtgärder som redovisas i tabellen nedan.", body),
              Paragraph("3 Åtgärder 2026–2029", h2)]
    acts = [
        ("Läsfrämjande", "Alla barn i förskoleklass får ett eget bibliotekskort och ett bokpaket", "Folkbiblioteket och förskoleklass", "2026"),
        ("Läsfrämjande", "Bemannat skolbibliotek på samtliga grundskolor minst 20 timmar per vecka", "Barn- och utbildningsnämnden", "2027"),
        ("Digital delaktighet", "Digital handledning på alla bibliotek en dag i veckan", "Folkbiblioteket", "2026"),
        ("Mötesplats", "Meröppet införs på biblioteken i Norrby och Sjövik", "Kultur- och fritidsnämnden", "2027"),
        ("Mötesplats", "Huvudbiblioteket i Tallmo renoveras och får en ny barnavdelning", "Kultur- och fritidsnämnden", "2028"),
    ]
    data = [[Paragraph(x, cellb) for x in ("Område", "Åtgärd", "Ansvar", "Klart")]]
    for i, (a, b, c, e) in enumerate(acts):
        data.append([Paragraph(a, cell), MarkPara(E(b), cell, mark=d.mark("fact:act%d" % i)), Paragraph(E(c), cell), Paragraph(e, cell)])
    at = Table(data, colWidths=[30 * mm, 75 * mm, 45 * mm, 15 * mm], repeatRows=1)
    at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CBE7E5")),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#0B6E69")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    at.hAlign = "LEFT"
    story += [at, Paragraph("4 Uppföljning", h2),
              Paragraph("Kultur- och fritidsnämnden följer upp planen årligen. Uppföljningen redovisas till kommunfullmäktige i samband med årsredovisningen.", body)]

    def on_cover(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#CBE7E5"))
        canv.rect(0, h - 150 * mm, w, 150 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#0B6E69"))
        for i in range(7):
            canv.rect(30 * mm + i * 18 * mm, h - 120 * mm, 10 * mm, (40 + 9 * (i % 3)) * mm, stroke=0, fill=1)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(22 * mm, 25 * mm, "TALLMO KOMMUN")
        canv.restoreState()
        footer_marker(canv, 22 * mm, 12 * mm)

    def on_inner(canv, doc):
        w, h = A4
        footer_marker(canv, 20 * mm, 10 * mm, "Biblioteksplan 2026–2029")
        canv.setFont("Helvetica", 7)
        canv.drawRightString(w - 20 * mm, 10 * mm, "%d" % canv.getPageNumber())

    doc = make_doc(path, title)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(22 * mm, 20 * mm, A4[0] - 44 * mm, A4[1] - 40 * mm)], onPage=on_cover),
        PageTemplate("inner", [Frame(20 * mm, 16 * mm, A4[0] - 40 * mm, A4[1] - 32 * mm)], onPage=on_inner),
    ])
    doc.build(story)
    return d


BUILDERS = [build_ks26, build_ks24, build_sn, build_bun, build_mbn, build_reg,
            build_att, build_taxa, build_pol, build_bib]

NOTES = {
    KS26: "Portrait cover page carrying the decision metadata in a box; all following pages landscape. Fully ruled table with spanning dark section rows and a repeated header; both Delegat and Ersättare columns hold codes, legend (delegates and laws side by side) on page 2. Replaces the 2024 version in this collection.",
    KS24: "Replaced by the 2026 version. Unruled zebra tables, one per section with its own header, an extra 'Vidaredelegation' column holding codes, and the legend at the very end. Codes differ from the 2026 version (Kdir, Ek.chef, Pers.chef).",
    SN: "Law column comes first; horizontal rules only; grey spanning section rows; header repeated. Decision metadata in a small box at the top right of page 1, legend in an appendix on the last page. Two delegates joined with '/'. Amount limits in prisbasbelopp inside the matter cell.",
    BUN: "Serif, booktabs-style tables per subsection with written-out roles (no codes). Decision rights also in prose (sections 1-3). Decision metadata only at the end ('Beslutshistorik').",
    MBN: "Delegate and law legends given inline in running text; decision metadata repeated in the running page header; dense grid whose header row is not repeated on the following pages; some cells list two delegates separated by a comma (either may decide).",
    REG: "Författningssamling header box on every page (TFS number, decision, replaced TFS, page x (n)); § numbered prose with decision rights in sentences; no tables.",
    ATT: "Internal guideline (intranet only, stated twice). Key/value metadata grid at top; decided by an official (no §). Amount limits in their own column; written-out roles; prose statements.",
    TAXA: "Full-bleed coloured cover page with white text carrying the decision; fee tables with hours and right-aligned amounts (space as thousands separator). No delegation table.",
    POL: "Two-column body with a title band on page 1; decision rights in prose; document information box at the end of the second column.",
    BIB: "Graphic cover, document information table on page 2, action table with responsible bodies (not a delegation table). Valid for a fixed period.",
}


def status_of(m):
    if m["file"] == KS24:
        return "upphävd"
    if m["valid_from"] and m["valid_from"] > AS_OF:
        return "ej ikraft"
    if m["valid_to"] and m["valid_to"] < AS_OF:
        return "upphävd"
    return "gällande"


def build_all():
    os.makedirs(PDFDIR, exist_ok=True)
    from pypdf import PdfReader
    docs = []
    for b in BUILDERS:
        PAGES.clear()
        d = b()
        # second pass where the page total is printed
        if d.fname in (SN, REG):
            TOTALS[d.fname] = len(PdfReader(os.path.join(PDFDIR, d.fname)).pages)
            PAGES_BEFORE = dict(PAGES)
            PAGES.clear()
            d = b()
            assert PAGES == PAGES_BEFORE
        d.pagemap = dict(PAGES)
        docs.append(d)
    truth = {}
    for d in docs:
        PAGES.clear()
        PAGES.update(d.pagemap)
        t = d.truth()
        t["file"] = d.fname
        t["publication"] = "intern" if t["publication_stated"] == "intern" else "extern"
        t["status_2026_11_26"] = status_of(t)
        t["notes"] = NOTES[d.fname]
        t["pages"] = len(PdfReader(os.path.join(PDFDIR, d.fname)).pages)
        del t["file"]
        order = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer",
                 "valid_from", "valid_to", "replaces", "replaces_file", "scope", "owner", "review_date",
                 "publication_stated", "publication", "status_2026_11_26", "pages", "abbreviations",
                 "decisions", "statements", "notes"]
        truth[d.fname] = {k: t[k] for k in order}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(PDFDIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write('[defaults]\npublication = "extern"  # as the styrmodell says: documents are on the external site unless internal\n')
    allmarks = {}
    for d in docs:
        allmarks.update(d.pagemap)
    sys.dont_write_bytecode = True
    import questions_src
    qs = questions_src.make(allmarks, {d.key: d for d in docs})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    return truth, qs


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    truth, qs = build_all()
    nrows = sum(len(t["decisions"]) for t in truth.values())
    nst = sum(len(t["statements"]) for t in truth.values())
    print("documents", len(truth), "rows", nrows, "statements", nst, "questions", len(qs))
