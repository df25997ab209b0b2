#!/usr/bin/env python
"""Build the held-out test collection "Bäckeby kommun" (blind6).

All documents are FICTITIOUS. Run with /work/main/.venv/bin/python build.py
It (re)writes pdf/*.pdf, pdf/manifest.toml and truth.json. Page numbers of
every table row and every prose decision statement are recorded while the
PDF is drawn (Tracked paragraphs note canv.getPageNumber()).
"""
import json
import os
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
PDFDIR = os.path.join(HERE, "pdf")
MARK = "Fiktivt testdokument"
AS_OF = "2026-11-26"

# ---------------------------------------------------------------- helpers


def esc(t):
    return escape(t)


class Tracked(Paragraph):
    """Paragraph that records the page it is drawn on and never splits."""

    def __init__(self, text, style, rec):
        Paragraph.__init__(self, text, style)
        self._rec = rec

    def draw(self):
        self._rec["page"] = self.canv.getPageNumber()
        Paragraph.draw(self)

    def split(self, aW, aH):
        return []


class Reg:
    def __init__(self, legend=None):
        self.decisions = []
        self.statements = []
        self.legend = legend or {}

    def expand(self, code):
        parts = re.split(r"\s*/\s*|\s+eller\s+", code)
        return " eller ".join(self.legend[p].lower() for p in parts)

    def dec(self, matter, style, code=None, decider=None, condition=None):
        if decider is None:
            decider = self.expand(code)
        rec = {"matter": " ".join(matter.split()), "decider": decider,
               "code": code, "condition": condition, "page": None}
        self.decisions.append(rec)
        return Tracked(esc(matter), style, rec)

    def stmt(self, sentence, decider, style, before="", after=""):
        rec = {"matter": sentence, "decider": decider, "page": None}
        self.statements.append(rec)
        return Tracked(before + esc(sentence) + after, style, rec)


def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)


def P(t, st):
    return Paragraph(esc(t), st)


def build_pdf(path, story_fn, templates, first_template):
    """Two passes: the first counts pages so "Sida x (y)" can be printed."""
    state = {"total": 0}
    for _ in range(2):
        reg_holder = {}
        doc = BaseDocTemplate(path, pagesize=A4, invariant=1,
                              title="Fiktivt testdokument", author="Bäckeby kommun (fiktiv)",
                              creator="reportlab", producer="reportlab")
        doc.total_pages = state["total"]
        doc.addPageTemplates(templates(doc))
        story, reg = story_fn()
        reg_holder["reg"] = reg
        if first_template:
            story.insert(0, NextPageTemplate(first_template))
        doc.build(story)
        state["total"] = doc.page
    return reg_holder["reg"], state["total"]


def footer(c, doc, text=None, size=7.5):
    w, h = c._pagesize
    c.saveState()
    c.setFont("Helvetica", size)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(15 * mm, 9 * mm, text or (MARK + " – Bäckeby kommun är en påhittad kommun"))
    c.restoreState()


def portrait_frames(doc, top=20 * mm, bottom=18 * mm, lr=20 * mm):
    w, h = A4
    return [Frame(lr, bottom, w - 2 * lr, h - top - bottom, id="f")]


def landscape_frames(doc, top=20 * mm, bottom=16 * mm, lr=14 * mm):
    w, h = landscape(A4)
    return [Frame(lr, bottom, w - 2 * lr, h - top - bottom, id="fl")]


# ====================================================================
# 1. Kommunstyrelsens delegationsordning 2024 (older, replaced)
# ====================================================================
KS24_LEGEND = [
    ("KSO", "Kommunstyrelsens ordförande"),
    ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ("KD", "Kommundirektör"),
    ("KC", "Kanslichef"),
    ("EKC", "Ekonomichef"),
    ("HRC", "HR-chef"),
    ("NC", "Närmaste chef"),
    ("MEX", "Mark- och exploateringsingenjör"),
    ("GC", "Gatuchef"),
    ("TH", "Trafikhandläggare"),
]
KS24_LAWS = [
    ("KL", "Kommunallagen (2017:725)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("TrF", "Trafikförordningen (1998:1276)"),
]
KS24_ROWS = [
    ("1", "Allmänna ärenden", [
        ("1.1", "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas", "KSO",
         "Anmäls vid nästa sammanträde, 6 kap. 39 § KL"),
        ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "KC", None),
        ("1.3", "Avvisning av överklagande som kommit in för sent", "KC", "45 § FL"),
        ("1.4", "Yttranden över remisser som inte är av principiell beskaffenhet", "KD", None),
        ("1.5", "Föra kommunens talan inför domstol och andra myndigheter samt utfärda fullmakt", "KD", None),
        ("1.6", "Tillstånd att använda kommunens vapen och logotyp", "KC", None),
    ]),
    ("2", "Ekonomi och upphandling", [
        ("2.1", "Direktupphandling av varor och tjänster", "KD", "Upp till 100 000 kr per tillfälle"),
        ("2.2", "Beslut om upphandling och tilldelning över direktupphandlingsgränsen", "KSAU", "Inom fastställd budget"),
        ("2.3", "Avskrivning av fordran", "EKC", "Högst 20 000 kr per fordran"),
        ("2.4", "Upptagande av lån inom den ram som kommunfullmäktige fastställt", "EKC", None),
        ("2.5", "Projektbidrag till föreningar", "KSAU", "Högst 50 000 kr per ansökan"),
        ("2.6", "Utse beslutsattestanter och ersättare inom kommunstyrelsens verksamhet", "EKC", None),
    ]),
    ("3", "Personal", [
        ("3.1", "Anställning av förvaltningschef", "KSAU", "Efter samråd med berörd nämnds ordförande"),
        ("3.2", "Anställning av övrig personal inom kommunledningsförvaltningen", "NC", None),
        ("3.3", "Lön vid nyanställning", "NC", "I samråd med HR-chef"),
        ("3.4", "Uppsägning av personliga skäl och avsked", "KD", "Efter samråd med HR-chef"),
        ("3.5", "Ledighet utöver vad lag och avtal medger", "HRC", None),
        ("3.6", "Förbud mot bisyssla", "HRC", None),
    ]),
    ("4", "Mark, fastigheter och trafik", [
        ("4.1", "Köp och försäljning av fast egendom", "KSAU", "Högst 2 000 000 kr per affär"),
        ("4.2", "Upplåtelse av kommunens mark genom arrende eller nyttjanderättsavtal", "MEX", "Högst fem år"),
        ("4.3", "Tillfälliga lokala trafikföreskrifter", "GC", "10 kap. 14 § TrF"),
        ("4.4", "Yttrande till polismyndigheten om upplåtelse av offentlig plats", "GC", None),
        ("4.5", "Parkeringstillstånd för rörelsehindrade", "TH", "13 kap. 8 § TrF"),
    ]),
]


def ks24():
    legend = dict(KS24_LEGEND + KS24_LAWS)
    body = S("ks24b", fontName="Times-Roman", fontSize=11, leading=14)
    h1 = S("ks24h1", fontName="Times-Bold", fontSize=20, leading=24, spaceAfter=6)
    h2 = S("ks24h2", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4)
    meta = S("ks24m", fontName="Times-Italic", fontSize=10.5, leading=13)
    cell = S("ks24c", fontName="Times-Roman", fontSize=10, leading=12)
    cellb = S("ks24cb", fontName="Times-Bold", fontSize=10, leading=12)

    def templates(doc):
        def onpage(c, d):
            w, h = A4
            c.saveState()
            c.setFont("Times-Bold", 10)
            c.drawString(20 * mm, h - 12 * mm, "BÄCKEBY KOMMUN")
            c.setFont("Times-Roman", 10)
            c.drawRightString(w - 20 * mm, h - 12 * mm, "Kommunstyrelsen")
            c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
            c.drawRightString(w - 20 * mm, 9 * mm, str(c.getPageNumber()))
            c.restoreState()
            footer(c, d)
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def story():
        reg = Reg(legend)
        s = [Spacer(1, 8 * mm), P("Delegationsordning för kommunstyrelsen", h1)]
        for line in ["Antagen av kommunstyrelsen 2024-02-14, § 22",
                     "Dnr KS 2023/0412",
                     "Gäller från 2024-03-01",
                     "Ersätter: Delegationsordning för kommunstyrelsen, antagen 2021-06-09, § 87",
                     "Dokumentansvarig: kanslichef",
                     "Revideras senast 2025-12-31"]:
            s.append(P(line, meta))
        s.append(Spacer(1, 6 * mm))
        s.append(P("Allmänt om delegering", h2))
        for t in [
            "Kommunstyrelsen får enligt kommunallagen uppdra åt ett utskott, en ledamot eller ersättare eller en "
            "anställd att besluta på styrelsens vägnar i ett visst ärende eller en viss grupp av ärenden. Den som "
            "får beslutanderätten kallas delegat. Ett beslut som fattas med stöd av delegation gäller som styrelsens "
            "eget beslut och kan överklagas på samma sätt.",
            "Delegerad beslutanderätt omfattar inte ärenden av principiell beskaffenhet eller annars av större vikt. "
            "En delegat kan alltid överlämna ett ärende till kommunstyrelsen för avgörande. Vid förfall för en "
            "delegat utövas beslutanderätten av den som är förordnad som ersättare eller av närmast överordnad chef.",
            "Beslut som fattas med stöd av denna delegationsordning ska anmälas till kommunstyrelsen vid nästa "
            "sammanträde. Ren verkställighet, till exempel debitering enligt fastställd taxa, omfattas inte av "
            "delegationsordningen och anmäls inte.",
        ]:
            s.append(P(t, body))
            s.append(Spacer(1, 3 * mm))
        s.append(PageBreak())
        s.append(P("Förkortningar", h2))
        s.append(P("Delegater", S("x", fontName="Times-BoldItalic", fontSize=11, leading=14)))
        t = Table([[P(a, cell), P(b, cell)] for a, b in KS24_LEGEND], colWidths=[25 * mm, 100 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(Spacer(1, 3 * mm))
        s.append(P("Lagar och förordningar", S("x2", fontName="Times-BoldItalic", fontSize=11, leading=14)))
        t = Table([[P(a, cell), P(b, cell)] for a, b in KS24_LAWS], colWidths=[25 * mm, 100 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(Spacer(1, 4 * mm))
        s.append(P("Om en delegat anges med två förkortningar får var och en av dem besluta.", body))
        for num, title, rows in KS24_ROWS:
            s.append(P(f"{num} {title}", h2))
            data = [[P("Nr", cellb), P("Ärende", cellb), P("Delegat", cellb), P("Anmärkning", cellb)]]
            for nr, m, code, cond in rows:
                data.append([P(nr, cell), reg.dec(m, cell, code=code, condition=cond), P(code, cell),
                             P(cond or "", cell)])
            t = Table(data, colWidths=[12 * mm, 82 * mm, 20 * mm, 56 * mm], repeatRows=0)
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
            s.append(t)
        return s, reg

    meta_truth = dict(
        layout="ks-2024-times-unruled-section-tables-legend-p2",
        title="Delegationsordning för kommunstyrelsen",
        doc_type="delegationsordning",
        decided_by="kommunstyrelsen",
        decision_date="2024-02-14",
        paragraph="§ 22",
        diarienummer="KS 2023/0412",
        valid_from="2024-03-01",
        valid_to=None,
        replaces="Delegationsordning för kommunstyrelsen, antagen 2021-06-09, § 87",
        replaces_file=None,
        scope="kommunstyrelsens verksamhetsområde",
        owner="kanslichef",
        review_date="2025-12-31",
        publication_stated=None,
        status_2026_11_26="upphävd",
        abbreviations={a: b.lower() for a, b in KS24_LEGEND + KS24_LAWS},
        notes="Older version, replaced by bky-ks-delegationsordning-2026.pdf (same title) from 2026-03-01; "
              "the older file itself does not say it is replaced. Times font, unruled tables per section, "
              "header row not repeated, legend on page 2.",
    )
    return "bky-ks-delegationsordning-2024.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 2. Kommunstyrelsens delegationsordning 2026 (newer, in force)
# ====================================================================
KS26_LEGEND = [
    ("KSO", "Kommunstyrelsens ordförande"),
    ("VO", "Kommunstyrelsens vice ordförande"),
    ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ("KD", "Kommundirektör"),
    ("BKD", "Biträdande kommundirektör"),
    ("KC", "Kanslichef"),
    ("EKC", "Ekonomichef"),
    ("HRC", "HR-chef"),
    ("AC", "Avdelningschef inom kommunledningsförvaltningen"),
    ("NC", "Närmaste chef"),
    ("MEX", "Mark- och exploateringsingenjör"),
    ("GC", "Gatuchef"),
    ("TH", "Trafikhandläggare"),
    ("KFC", "Kultur- och fritidschef"),
    ("FH", "Föreningshandläggare"),
]
KS26_LAWS = [
    ("AB", "Allmänna bestämmelser (kollektivavtal)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("GDPR", "Dataskyddsförordningen (EU) 2016/679"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LAS", "Lagen (1982:80) om anställningsskydd"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("OL", "Ordningslagen (1993:1617)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("TrF", "Trafikförordningen (1998:1276)"),
]
# nr, matter, lagrum, delegat, ersättare, villkor
KS26_ROWS = [
    ("1. Allmänna ärenden", [
        ("1.1", "Beslut i ärenden som är så brådskande att styrelsens avgörande inte kan avvaktas", "6 kap. 39 § KL",
         "KSO", "VO", "Anmäls vid nästa sammanträde"),
        ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "6 kap. 2–3 §§ OSL",
         "KC eller KD", "–", "Beslutet ska innehålla en överklagandehänvisning"),
        ("1.3", "Avvisning av överklagande som kommit in för sent", "45 § FL", "KC", "KD", None),
        ("1.4", "Yttranden över remisser som inte är av principiell beskaffenhet", "–", "KD", "BKD", None),
        ("1.5", "Föra kommunens talan inför domstol och andra myndigheter samt utfärda fullmakt", "6 kap. 15 § KL",
         "KD", "BKD", None),
        ("1.6", "Tillstånd att använda kommunens vapen och logotyp", "–", "KC", "–", None),
        ("1.7", "Utse dataskyddsombud", "Art. 37 GDPR", "KD", "–", None),
    ]),
    ("2. Ekonomi och upphandling", [
        ("2.1", "Direktupphandling av varor och tjänster", "19 kap. LOU", "AC", "KD", "Upp till 30 000 kr per tillfälle"),
        ("2.2", "Direktupphandling av varor och tjänster", "19 kap. LOU", "KD", "BKD",
         "Över 30 000 kr och upp till 150 000 kr per tillfälle"),
        ("2.3", "Direktupphandling av varor och tjänster", "19 kap. LOU", "KSAU", "–",
         "Över 150 000 kr upp till direktupphandlingsgränsen"),
        ("2.4", "Beslut om upphandling och tilldelning över direktupphandlingsgränsen", "LOU", "KSAU", "–",
         "Inom fastställd budget"),
        ("2.5", "Avskrivning av fordran", "–", "EKC", "KD", "Högst 30 000 kr per fordran"),
        ("2.6", "Upptagande av lån inom den ram som kommunfullmäktige fastställt", "–", "EKC", "KD", None),
        ("2.7", "Projektbidrag till föreningar", "–", "FH", "KFC", "Högst 10 000 kr per ansökan"),
        ("2.8", "Projektbidrag till föreningar", "–", "KSAU", "–", "Över 10 000 kr och högst 75 000 kr per ansökan"),
        ("2.9", "Utse beslutsattestanter och ersättare inom kommunstyrelsens verksamhet", "–", "EKC", "–", None),
    ]),
    ("3. Personal", [
        ("3.1", "Anställning av förvaltningschef", "–", "KD", "–", "Efter samråd med berörd nämnds ordförande"),
        ("3.2", "Anställning av övrig personal inom kommunledningsförvaltningen", "LAS", "NC", "–", None),
        ("3.3", "Lön vid nyanställning", "–", "NC", "–", "I samråd med HR-chef"),
        ("3.4", "Uppsägning av personliga skäl och avsked", "7 och 18 §§ LAS", "KD", "HRC", "Efter samråd med HR-chef"),
        ("3.5", "Ledighet utöver vad lag och avtal medger", "AB", "HRC", "–", "Högst sex månader"),
        ("3.6", "Förbud mot bisyssla", "AB", "HRC", "–", None),
    ]),
    ("4. Mark, fastigheter och trafik", [
        ("4.1", "Köp och försäljning av fast egendom", "–", "KSAU", "–", "Högst 3 000 000 kr per affär"),
        ("4.2", "Försäljning av villatomter", "–", "MEX", "–", "Enligt av kommunstyrelsen fastställd tomtprislista"),
        ("4.3", "Upplåtelse av kommunens mark genom arrende eller nyttjanderättsavtal", "–", "MEX", "–", "Högst fem år"),
        ("4.4", "Tillfälliga lokala trafikföreskrifter", "10 kap. 14 § TrF", "GC", "TH", None),
        ("4.5", "Yttrande till polismyndigheten om upplåtelse av offentlig plats", "3 kap. 2 § OL", "GC", "TH", None),
        ("4.6", "Parkeringstillstånd för rörelsehindrade", "13 kap. 8 § TrF", "TH", "GC", None),
    ]),
    ("5. Kultur och fritid", [
        ("5.1", "Fördelning av lokalbidrag till föreningar enligt fastställda bidragsregler", "–", "FH", "KFC", None),
        ("5.2", "Nedsättning av hyra för kommunens idrottshallar vid ideella arrangemang", "–", "KFC", "–",
         "Högst 50 procent av ordinarie hyra"),
        ("5.3", "Utdelning av kommunens kulturstipendium", "–", "KSAU", "–",
         "Efter förslag från kultur- och fritidschefen"),
    ]),
]


def ks26():
    legend = dict(KS26_LEGEND + KS26_LAWS)
    h1 = S("k26h1", fontName="Helvetica-Bold", fontSize=22, leading=27, textColor=colors.HexColor("#1F4E79"))
    h2 = S("k26h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4,
           textColor=colors.HexColor("#1F4E79"))
    body = S("k26b", fontSize=10, leading=13.5)
    lab = S("k26l", fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=colors.HexColor("#1F4E79"))
    val = S("k26v", fontSize=9.5, leading=12)
    cell = S("k26c", fontSize=8.8, leading=10.8)
    cellh = S("k26ch", fontName="Helvetica-Bold", fontSize=8.8, leading=10.8, textColor=colors.white)
    sect = S("k26s", fontName="Helvetica-Bold", fontSize=9.5, leading=12)

    def onpage_p(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.rect(0, h - 10 * mm, w, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, h - 6.5 * mm, "Bäckeby kommun  |  Kommunstyrelsen")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, 9 * mm, f"Sida {c.getPageNumber()} av {d.total_pages}")
        c.restoreState()
        footer(c, d)

    def onpage_l(c, d):
        w, h = landscape(A4)
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(14 * mm, h - 11 * mm, "Delegationsordning för kommunstyrelsen – KS 2026-02-11 § 18")
        c.drawRightString(w - 14 * mm, h - 11 * mm, f"Sida {c.getPageNumber()} av {d.total_pages}")
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="port", frames=portrait_frames(doc), onPage=onpage_p, pagesize=A4),
                PageTemplate(id="land", frames=landscape_frames(doc), onPage=onpage_l, pagesize=landscape(A4))]

    def story():
        reg = Reg(legend)
        s = [Spacer(1, 10 * mm), P("Delegationsordning för kommunstyrelsen", h1), Spacer(1, 6 * mm)]
        info = [
            [P("Beslutad av", lab), P("Datum och paragraf", lab), P("Diarienummer", lab), P("Gäller från", lab)],
            [P("Kommunstyrelsen", val), P("2026-02-11, § 18", val), P("KS 2025/0877", val), P("2026-03-01", val)],
            [P("Dokumentansvarig", lab), P("Ersätter", lab), P("Aktualitetsprövning", lab), P("Gäller för", lab)],
            [P("Kanslichef", val),
             P("Delegationsordning för kommunstyrelsen antagen 2024-02-14, § 22", val),
             P("Senast 2027-12-31", val), P("Kommunstyrelsen och kommunledningsförvaltningen", val)],
        ]
        t = Table(info, colWidths=[38 * mm, 50 * mm, 40 * mm, 42 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F4E79")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                               ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#DCE6F1")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [P("Dokumentinformation", h2), t, Spacer(1, 6 * mm)]
        s.append(P("Om delegationsordningen", h2))
        for tx in [
            "Delegationsordningen anger vilka beslut kommunstyrelsen har överlåtit åt utskott, förtroendevalda och "
            "anställda. Beslutanderätten gäller inom ramen för budget, lagar och av kommunfullmäktige antagna "
            "styrdokument. Ärenden av principiell beskaffenhet eller annars av större vikt avgörs av styrelsen.",
            "Kolumnen Ersättare anger vem som beslutar när delegaten har förhinder. Saknas ersättare beslutar "
            "närmast överordnad chef. Delegationsbeslut anmäls till kommunstyrelsen månadsvis genom "
            "förteckning i ärendehanteringssystemet.",
            "Förkortningar för delegater och lagar förklaras i bilaga 1 sist i dokumentet.",
        ]:
            s += [P(tx, body), Spacer(1, 2.5 * mm)]
        s += [NextPageTemplate("land"), PageBreak()]
        hdr = [P(x, cellh) for x in ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Villkor/anmärkning"]]
        data = [hdr]
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for sec, rows in KS26_ROWS:
            r = len(data)
            data.append([P(sec, sect), "", "", "", "", ""])
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9D9D9"))]
            for nr, m, lag, code, ers, cond in rows:
                data.append([P(nr, cell), reg.dec(m, cell, code=code, condition=cond), P(lag, cell), P(code, cell),
                             P(ers, cell), P(cond or "", cell)])
        t = Table(data, colWidths=[12 * mm, 92 * mm, 32 * mm, 24 * mm, 22 * mm, 86 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        s.append(t)
        s += [NextPageTemplate("port"), PageBreak()]
        s.append(P("Bilaga 1. Förkortningar", h2))
        for head, lst in [("Delegater och ersättare", KS26_LEGEND), ("Lagar och andra bestämmelser", KS26_LAWS)]:
            d = [[P("Förkortning", lab), P(head, lab)]] + [[P(a, val), P(b, val)] for a, b in lst]
            t = Table(d, colWidths=[30 * mm, 120 * mm])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            s += [t, Spacer(1, 5 * mm)]
        return s, reg

    meta_truth = dict(
        layout="ks-2026-landscape-grid-section-spans-repeated-header-legend-appendix",
        title="Delegationsordning för kommunstyrelsen",
        doc_type="delegationsordning",
        decided_by="kommunstyrelsen",
        decision_date="2026-02-11",
        paragraph="§ 18",
        diarienummer="KS 2025/0877",
        valid_from="2026-03-01",
        valid_to=None,
        replaces="Delegationsordning för kommunstyrelsen antagen 2024-02-14, § 22",
        replaces_file="bky-ks-delegationsordning-2024.pdf",
        scope="Kommunstyrelsen och kommunledningsförvaltningen",
        owner="kanslichef",
        review_date="2027-12-31",
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={a: b.lower() for a, b in KS26_LEGEND + KS26_LAWS},
        notes="Newer version in force. Portrait metadata grid on p.1, landscape ruled table with spanning section "
              "rows and header repeated on every page, Ersättare column (not the decider), legend as appendix on the "
              "last page. Same matter occurs in several rows with different amount limits.",
    )
    return "bky-ks-delegationsordning-2026.pdf", meta_truth, story, templates, "port"


# ====================================================================
# 3. Socialnämndens delegationsordning
# ====================================================================
SN_LEGEND = [
    ("ORD", "Socialnämndens ordförande"),
    ("VO", "Socialnämndens vice ordförande"),
    ("IU", "Individutskottet"),
    ("SC", "Socialchef"),
    ("AC", "Avdelningschef"),
    ("EC", "Enhetschef"),
    ("1:e", "Förste socialsekreterare"),
    ("SS", "Socialsekreterare"),
    ("BiH", "Biståndshandläggare"),
    ("AvH", "Avgiftshandläggare"),
    ("FR", "Familjerättssekreterare"),
]
SN_LAWS = [
    ("FB", "Föräldrabalken (1949:381)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LSS", "Lagen (1993:387) om stöd och service till vissa funktionshindrade"),
    ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
    ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("SoL", "Socialtjänstlagen (2001:453)"),
]
LIV = "Bistånd till livsföring i övrigt (t.ex. tandvård, glasögon, hemutrustning)"
SN_ROWS = [
    ("1", "Allmänna ärenden", [
        ("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL",
         "ORD", "Vid förhinder för ordföranden: VO"),
        ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "6 kap. 2 § OSL",
         "SC", None),
        ("1.3", "Anmälan till IVO om allvarligt missförhållande (lex Sarah)", "14 kap. 7 § SoL", "SC", None),
        ("1.4", "Yttrande till förvaltningsrätten när ett delegationsbeslut har överklagats", "–",
         ("Delegaten i ärendet", "delegaten i ärendet"), None),
        ("1.5", "Polisanmälan om brott mot den egna verksamheten", "10 kap. 2 § OSL", "SC", None),
    ]),
    ("2", "Ekonomiskt bistånd", [
        ("2.1", "Försörjningsstöd enligt riksnormen", "4 kap. 1 § SoL", "SS", None),
        ("2.2", LIV, "4 kap. 1 § SoL", "SS", "Upp till 0,5 prisbasbelopp per år"),
        ("2.3", LIV, "4 kap. 1 § SoL", "1:e", "Upp till 1 prisbasbelopp per år"),
        ("2.4", LIV, "4 kap. 1 § SoL", "EC", "Över 1 prisbasbelopp per år"),
        ("2.5", "Bistånd till hyresskuld för att förhindra avhysning", "4 kap. 1 § SoL", "EC", None),
        ("2.6", "Ekonomisk hjälp utöver vad som följer av 4 kap. 1 § SoL", "4 kap. 2 § SoL", "IU", None),
        ("2.7", "Beslut om återkrav av ekonomiskt bistånd", "9 kap. 1–2 §§ SoL", "EC", None),
        ("2.8", "Beslut att helt eller delvis efterge återkrav", "9 kap. 4 § SoL", "AC", None),
    ]),
    ("3", "Barn och unga", [
        ("3.1", "Beslut att inleda utredning", "11 kap. 1 § SoL", "SS", None),
        ("3.2", "Beslut att utredning inte ska inledas eller att inledd utredning ska läggas ned", "11 kap. 1 § SoL",
         "1:e", None),
        ("3.3", "Beslut om kontaktperson eller kontaktfamilj för barn och unga", "4 kap. 1 § SoL", "1:e", None),
        ("3.4", "Beslut om placering av barn i familjehem eller hem för vård eller boende (HVB)", "4 kap. 1 § SoL",
         "IU", "Vid brådskande placering: AC, anmäls vid nästa sammanträde med IU"),
        ("3.5", "Ansökan hos förvaltningsrätten om vård enligt LVU", "4 § LVU", "IU", None),
        ("3.6", "Beslut om omedelbart omhändertagande av barn eller ungdom", "6 § LVU", "ORD",
         "Om IU:s beslut inte kan avvaktas. Anmäls vid nästa sammanträde med IU"),
        ("3.7", "Beslut om begränsning av umgänge", "14 § LVU", "IU", None),
    ]),
    ("4", "Vuxna", [
        ("4.1", "Bistånd i form av öppenvård vid missbruk", "4 kap. 1 § SoL", "SS", None),
        ("4.2", "Bistånd i form av placering på HVB för vuxna", "4 kap. 1 § SoL", "AC", "Högst tre månader"),
        ("4.3", "Bistånd i form av placering på HVB för vuxna", "4 kap. 1 § SoL", "IU", "Över tre månader"),
        ("4.4", "Ansökan hos förvaltningsrätten om vård enligt LVM", "11 § LVM", "IU", None),
        ("4.5", "Beslut om omedelbart omhändertagande enligt LVM", "13 § LVM", "ORD", "Vid förhinder för ordföranden: VO"),
    ]),
    ("5", "Äldre och personer med funktionsnedsättning", [
        ("5.1", "Bistånd i form av hemtjänst", "4 kap. 1 § SoL", "BiH", None),
        ("5.2", "Bistånd i form av trygghetslarm", "4 kap. 1 § SoL", "BiH", None),
        ("5.3", "Bistånd i form av särskilt boende", "4 kap. 1 § SoL", "BiH/EC", "Avslag beslutas av EC"),
        ("5.4", "Ledsagarservice", "9 § 3 LSS", "BiH", None),
        ("5.5", "Bostad med särskild service för vuxna", "9 § 9 LSS", "EC", None),
        ("5.6", "Nedsättning av avgift för hemtjänst och särskilt boende", "8 kap. 2 § SoL", "AvH", None),
    ]),
    ("6", "Familjerätt", [
        ("6.1", "Godkännande av bekräftelse av faderskap eller föräldraskap", "1 kap. 4 § FB", "FR", None),
        ("6.2", "Godkännande av avtal om vårdnad, boende och umgänge", "6 kap. 6 § FB", "FR", None),
        ("6.3", "Beslut att utse utredare i mål om vårdnad, boende eller umgänge", "6 kap. 19 § FB", "1:e", None),
    ]),
]


def sn():
    legend = dict(SN_LEGEND + SN_LAWS)
    h1 = S("snh1", fontName="Helvetica-Bold", fontSize=18, leading=22)
    h2 = S("snh2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3)
    body = S("snb", fontSize=9.5, leading=12.5)
    meta = S("snm", fontSize=9.5, leading=12.5)
    cell = S("snc", fontSize=8.5, leading=10.5)
    cellb = S("sncb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    sect = S("sns", fontName="Helvetica-BoldOblique", fontSize=9.5, leading=12)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        x0, x1 = 20 * mm, w - 20 * mm
        y = h - 9 * mm
        c.setLineWidth(0.6)
        c.rect(x0, y - 12 * mm, x1 - x0, 12 * mm)
        c.line(x0 + 105 * mm, y - 12 * mm, x0 + 105 * mm, y)
        c.line(x0 + 140 * mm, y - 12 * mm, x0 + 140 * mm, y)
        c.line(x0, y - 6 * mm, x0 + 105 * mm, y - 6 * mm)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + 2 * mm, y - 4.3 * mm, "BÄCKEBY KOMMUNS FÖRFATTNINGSSAMLING")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0 + 2 * mm, y - 10.3 * mm, "Socialnämndens delegationsordning")
        c.drawString(x0 + 107 * mm, y - 7.5 * mm, "BFS 2025:7")
        c.drawString(x0 + 142 * mm, y - 7.5 * mm, f"Sida {c.getPageNumber()} ({d.total_pages})")
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc, top=26 * mm), onPage=onpage)]

    def story():
        reg = Reg(legend)
        s = [P("Socialnämndens delegationsordning", h1), Spacer(1, 3 * mm)]
        for line in ["Antagen av socialnämnden 2025-05-20, § 61",
                     "Gäller från och med 2025-06-01",
                     "Ersätter socialnämndens delegationsordning antagen 2022-12-13, § 140",
                     "Dnr SN 2025/0098",
                     "Ansvarig för dokumentet: socialchef"]:
            s.append(P(line, meta))
        s.append(Spacer(1, 4 * mm))
        s.append(P("Förkortningar", h2))

        def mini(lst, head):
            d = [[P(head, cellb), ""]] + [[P(a, cell), P(b, cell)] for a, b in lst]
            t = Table(d, colWidths=[13 * mm, 68 * mm])
            t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
            return t
        two = Table([[mini(SN_LEGEND, "Delegater"), mini(SN_LAWS, "Lagar")]], colWidths=[85 * mm, 85 * mm])
        two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        s.append(two)
        s.append(P("Allmänna bestämmelser", h2))
        for tx in [
            "Delegaten får inte besluta i ärenden av principiell beskaffenhet eller annars av större vikt. "
            "I samtliga ärenden har överordnad delegat samma beslutanderätt som underordnad delegat.",
            "Beslut som fattas med stöd av delegation ska anmälas till socialnämnden vid närmast följande "
            "sammanträde. Beslut i individärenden anmäls genom listor ur verksamhetssystemet.",
            "Prisbasbelopp avser det prisbasbelopp som gäller det år beslutet fattas.",
        ]:
            s += [P(tx, body), Spacer(1, 1.5 * mm)]
        s.append(Spacer(1, 3 * mm))
        data = [[P(x, cellb) for x in ["Punkt", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]]
        style = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for num, title, rows in SN_ROWS:
            r = len(data)
            data.append([P(f"{num} {title}", sect), "", "", "", ""])
            style += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 7)]
            for nr, m, lag, code, cond in rows:
                if isinstance(code, tuple):
                    shown, dec = code
                    para = reg.dec(m, cell, code=None, decider=dec, condition=cond)
                else:
                    shown = code
                    para = reg.dec(m, cell, code=code, condition=cond)
                rr = len(data)
                data.append([P(nr, cell), para, P(lag, cell), P(shown, cell), P(cond or "", cell)])
                style.append(("LINEBELOW", (0, rr), (-1, rr), 0.25, colors.HexColor("#999999")))
        t = Table(data, colWidths=[14 * mm, 64 * mm, 27 * mm, 20 * mm, 45 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        s.append(t)
        return s, reg

    meta_truth = dict(
        layout="sn-forfattningssamling-header-box-side-by-side-legend-horizontal-rules",
        title="Socialnämndens delegationsordning",
        doc_type="delegationsordning",
        decided_by="socialnämnden",
        decision_date="2025-05-20",
        paragraph="§ 61",
        diarienummer="SN 2025/0098",
        valid_from="2025-06-01",
        valid_to=None,
        replaces="socialnämndens delegationsordning antagen 2022-12-13, § 140",
        replaces_file=None,
        scope=None,
        owner="socialchef",
        review_date=None,
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={a: b.lower() for a, b in SN_LEGEND + SN_LAWS},
        notes="Författningssamling header box on every page (BFS 2025:7, Sida x (y)). Legend as two side-by-side "
              "mini tables. One matter repeated in three rows with different amount limits; a code pair 'BiH/EC'; "
              "one delegate written out ('Delegaten i ärendet'); codes appear inside condition cells.",
    )
    return "bky-sn-delegationsordning-2025.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 4. Barn- och utbildningsnämndens delegationsordning
# ====================================================================
BUN_LAWS = [
    ("SL", "Skollagen (2010:800)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
]
BUN_ROWS = [
    ("1 Förskola och fritidshem", [
        ("Placering i förskola och fritidshem", "Placeringshandläggare", "Enligt nämndens regler för kö och placering"),
        ("Förskola i mer än 15 timmar per vecka för barn vars vårdnadshavare är föräldraledig", "Rektor",
         "Vid särskilda skäl"),
        ("Uppsägning av plats i förskola eller fritidshem på grund av obetalda avgifter", "Förvaltningschef",
         "Efter två skriftliga påminnelser"),
        ("Nedsättning av eller befrielse från avgift för förskola och fritidshem", "Avgiftshandläggare",
         "Vid särskilda skäl"),
        ("Godkännande av enskild huvudman för pedagogisk omsorg", "Barn- och utbildningsnämndens arbetsutskott",
         "25 kap. 10 § SL"),
    ]),
    ("2 Grundskola och anpassad grundskola", [
        ("Placering vid annan skolenhet än den vårdnadshavare önskar", "Grundskolechef", "10 kap. 30 § SL"),
        ("Mottagande av elev från annan kommun", "Grundskolechef", "Efter yttrande från rektor. 10 kap. 25 § SL"),
        ("Skolskjuts för elev i grundskola och anpassad grundskola", "Skolskjutshandläggare", "10 kap. 32 § SL"),
        ("Skolskjuts vid växelvis boende", "Skolskjutshandläggare", "Enligt nämndens riktlinjer för skolskjuts"),
        ("Skolskjuts för elev som valt en annan skolenhet än den kommunen skulle ha placerat eleven vid",
         "Skolskjutshandläggare", "Om det kan ske utan organisatoriska eller ekonomiska svårigheter"),
        ("Mottagande i anpassad grundskola", "Förvaltningschef", "7 kap. 5 § SL"),
        ("Föreläggande om att fullgöra skolplikt, med eller utan vite", "Barn- och utbildningsnämndens arbetsutskott",
         "7 kap. 23 § SL"),
        ("Tilläggsbelopp för elev i fristående skola", "Förvaltningschef", None),
    ]),
    ("3 Ekonomi, personal och övrigt", [
        ("Direktupphandling", "Rektor", "Högst 30 000 kr per tillfälle"),
        ("Direktupphandling", "Förvaltningschef", "Högst 150 000 kr per tillfälle"),
        ("Beslut att inte lämna ut allmän handling", "Förvaltningschef", "6 kap. 2 § OSL"),
        ("Anställning av rektor", "Förvaltningschef", "Efter samråd med HR-chef"),
        ("Yttrande till Skolinspektionen över ansökan om godkännande av fristående skola",
         "Barn- och utbildningsnämndens arbetsutskott", None),
        ("Fastställande av läsårstider", "Förvaltningschef",
         "Efter samråd med barn- och utbildningsnämndens ordförande"),
    ]),
]


def bun():
    h1 = S("bh1", fontName="Helvetica-Bold", fontSize=19, leading=23, textColor=colors.HexColor("#2E5E2E"))
    h2 = S("bh2", fontName="Helvetica-Bold", fontSize=12.5, leading=15, spaceBefore=9, spaceAfter=4,
           textColor=colors.HexColor("#2E5E2E"))
    body = S("bb", fontSize=10, leading=13.5)
    cell = S("bc", fontSize=9, leading=11.5)
    cellh = S("bch", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
    lab = S("bl", fontName="Helvetica-Bold", fontSize=9, leading=11.5)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#2E5E2E"))
        c.drawString(20 * mm, h - 12 * mm, "Bäckeby kommun – Barn- och utbildningsnämnden")
        c.drawRightString(w - 20 * mm, h - 12 * mm, "Delegationsordning")
        c.setStrokeColor(colors.HexColor("#2E5E2E"))
        c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, 9 * mm, f"{c.getPageNumber()} ({d.total_pages})")
        c.restoreState()
        footer(c, d, text=MARK)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def story():
        reg = Reg(dict(BUN_LAWS))
        s = [Spacer(1, 4 * mm), P("Delegationsordning för barn- och utbildningsnämnden", h1), Spacer(1, 4 * mm)]
        s.append(P("1. Inledning", h2))
        s.append(P("Barn- och utbildningsnämnden ansvarar för förskola, fritidshem, förskoleklass, grundskola och "
                   "anpassad grundskola. I denna delegationsordning anges vilka beslut nämnden har lämnat över till "
                   "utskott och anställda. Delegaterna anges med sina befattningar.", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Förvaltningschefen får vidaredelegera beslutanderätt till annan anställd inom "
                          "utbildningsförvaltningen.", "förvaltningschef", body,
                          after=" Vidaredelegerade beslut anmäls till förvaltningschefen, som anmäler dem till nämnden."))
        s.append(Spacer(1, 2 * mm))
        s.append(P("2. Beslut som nämnden fattar själv och beslut utanför delegationsordningen", h2))
        s.append(reg.stmt("Nämnden beslutar själv om skolornas upptagningsområden och om nedläggning av skolenheter.",
                          "barn- och utbildningsnämnden", body,
                          after=" Detsamma gäller mål, budget och taxor som föreslås kommunfullmäktige."))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas fattas av "
                          "nämndens ordförande.", "barn- och utbildningsnämndens ordförande", body,
                          after=" Sådana beslut anmäls vid nämndens nästa sammanträde."))
        s.append(Spacer(1, 2 * mm))
        s.append(P("Rektor har enligt skollagen en egen beslutanderätt som inte följer av delegation från nämnden. "
                   "Sådana beslut anmäls inte till nämnden.", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Rektor beslutar om ledighet för elev enligt 7 kap. 18 § skollagen.", "rektor", body,
                          after=" Ledighet kan beviljas för enskilda angelägenheter om det finns synnerliga skäl "
                                "när ledigheten är längre än tio skoldagar per läsår."))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Förvaltningschefen får besluta att stänga en förskola eller skola vid en extraordinär "
                          "händelse.", "förvaltningschef", body,
                          after=" Nämndens ordförande ska informeras samma dag."))
        s.append(P("3. Lagförkortningar", h2))
        t = Table([[P(a, lab), P(b, cell)] for a, b in BUN_LAWS], colWidths=[18 * mm, 120 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        s.append(t)
        s.append(PageBreak())
        s.append(P("4. Förteckning över delegerade beslut", h2))
        for title, rows in BUN_ROWS:
            s.append(P(title, S("bsec", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                                spaceAfter=3)))
            data = [[P("Ärende", cellh), P("Delegat", cellh), P("Kommentar", cellh)]]
            for m, who, cond in rows:
                data.append([reg.dec(m, cell, code=None, decider=who.lower(), condition=cond), P(who, cell),
                             P(cond or "", cell)])
            st = [("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#2E5E2E")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for i in range(1, len(data)):
                if i % 2 == 0:
                    st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EAF2EA")))
            t = Table(data, colWidths=[78 * mm, 45 * mm, 47 * mm])
            t.setStyle(TableStyle(st))
            s.append(t)
        s.append(Spacer(1, 8 * mm))
        info = [["Dokumentinformation", ""],
                ["Dokumenttyp", "Delegationsordning"],
                ["Beslutad av", "Barn- och utbildningsnämnden"],
                ["Beslutsdatum", "2025-12-09, § 97"],
                ["Diarienummer", "BUN 2025/0311"],
                ["Giltighet", "Från och med 2026-01-01, tills vidare"],
                ["Ersätter", "Delegationsordning för barn- och utbildningsnämnden antagen 2023-01-24, § 5"],
                ["Dokumentägare", "Förvaltningschef, utbildningsförvaltningen"],
                ["Gäller för", "Barn- och utbildningsnämndens verksamheter"]]
        d = [[P(a, lab if i else cellh), P(b, cell)] for i, (a, b) in enumerate(info)]
        t = Table(d, colWidths=[40 * mm, 120 * mm])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#2E5E2E")),
                               ("INNERGRID", (0, 1), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EAF2EA"))]))
        s.append(KeepTogether([t]))
        return s, reg

    meta_truth = dict(
        layout="bun-written-out-roles-zebra-section-tables-metadata-at-end",
        title="Delegationsordning för barn- och utbildningsnämnden",
        doc_type="delegationsordning",
        decided_by="barn- och utbildningsnämnden",
        decision_date="2025-12-09",
        paragraph="§ 97",
        diarienummer="BUN 2025/0311",
        valid_from="2026-01-01",
        valid_to=None,
        replaces="Delegationsordning för barn- och utbildningsnämnden antagen 2023-01-24, § 5",
        replaces_file=None,
        scope="Barn- och utbildningsnämndens verksamheter",
        owner="förvaltningschef, utbildningsförvaltningen",
        review_date=None,
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={a: b.lower() for a, b in BUN_LAWS},
        notes="Delegates written out (no codes); decision metadata only in a Dokumentinformation box on the last "
              "page; prose decision statements in the introduction, including rektor's own (non-delegated) "
              "decision right.",
    )
    return "bky-bun-delegationsordning.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 5. Miljö- och byggnadsnämndens delegationsordning
# ====================================================================
MBN_LEGEND = [
    ("AU", "Miljö- och byggnadsnämndens arbetsutskott"),
    ("ORD", "Miljö- och byggnadsnämndens ordförande"),
    ("SBC", "Samhällsbyggnadschef"),
    ("BNC", "Bygglovschef"),
    ("BLH", "Bygglovshandläggare"),
    ("BI", "Byggnadsinspektör"),
    ("MC", "Miljöchef"),
    ("MI", "Miljö- och hälsoskyddsinspektör"),
    ("LI", "Livsmedelsinspektör"),
]
MBN_LAWS = [
    ("FMH", "Förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LL", "Livsmedelslagen (2006:804)"),
    ("MB", "Miljöbalken (1998:808)"),
    ("PBF", "Plan- och byggförordningen (2011:338)"),
    ("PBL", "Plan- och bygglagen (2010:900)"),
]
MBN_ROWS = [
    ("A. Plan- och bygglagen", [
        ("9 kap. 2 § PBL", "Bygglov för nybyggnad, tillbyggnad eller ändring av en- och tvåbostadshus inom detaljplan",
         "BLH", "Om åtgärden överensstämmer med detaljplanen"),
        ("9 kap. 31 b § PBL", "Bygglov för åtgärd som innebär en liten avvikelse från detaljplan", "BNC", None),
        ("9 kap. 31 § PBL", "Bygglov för åtgärd utanför detaljplan", "BLH",
         "Om inga erinringar har kommit in från sakägare"),
        ("9 kap. 31 § PBL", "Bygglov för åtgärd utanför detaljplan", "AU", "Om erinringar har kommit in från sakägare"),
        ("9 kap. 34 § PBL", "Rivningslov", "BLH", None),
        ("9 kap. 35 § PBL", "Marklov", "BLH", None),
        ("9 kap. 22 § PBL", "Avvisning av ansökan som är ofullständig", "BLH eller BI",
         "Efter föreläggande om komplettering"),
        ("10 kap. 23 § PBL", "Startbesked", "BI", None),
        ("10 kap. 23 § PBL", "Startbesked för anmälningspliktig åtgärd, t.ex. komplementbostadshus (attefallshus)",
         "BI", "Anmälan enligt 6 kap. 5 § PBF"),
        ("10 kap. 34 § PBL", "Slutbesked", "BI", None),
        ("11 kap. 19–20 §§ PBL", "Föreläggande att vidta rättelse", "BNC", "Utan vite"),
        ("11 kap. 37 § PBL", "Föreläggande med vite", "AU", None),
        ("11 kap. 51 § PBL", "Beslut om byggsanktionsavgift", "BNC", "Högst 50 000 kr"),
        ("11 kap. 51 § PBL", "Beslut om byggsanktionsavgift", "AU", "Över 50 000 kr"),
    ]),
    ("B. Miljöbalken", [
        ("13 § FMH", "Tillstånd att inrätta avloppsanordning med vattentoalett", "MI", None),
        ("17 § FMH", "Beslut om försiktighetsmått vid anmälan om värmepumpsanläggning", "MI", None),
        ("26 kap. 9 § MB", "Förelägganden och förbud", "MI", "Utan vite"),
        ("26 kap. 14 § MB", "Förelägganden och förbud med vite", "MC", "Vitesbelopp högst 50 000 kr"),
        ("30 kap. 3 § MB", "Beslut om miljösanktionsavgift", "MC", None),
        ("39 § FMH", "Tillstånd att hålla nötkreatur, häst, get, får eller svin inom detaljplanelagt område", "MI", None),
        ("7 kap. 18 b § MB", "Dispens från strandskyddsbestämmelserna", "AU", None),
    ]),
    ("C. Livsmedel", [
        ("LL", "Registrering av livsmedelsanläggning", "LI", None),
        ("LL", "Riskklassning och beslut om årlig kontrollavgift", "LI", None),
        ("22 § LL", "Förelägganden och förbud enligt livsmedelslagen", "LI", "Utan vite"),
        ("23 § LL", "Förelägganden och förbud med vite enligt livsmedelslagen", "MC", None),
    ]),
    ("D. Övrigt", [
        ("6 kap. 39 § KL", "Beslut i brådskande ärenden", "ORD", "Anmäls vid nästa sammanträde"),
        ("–", "Yttrande i detaljplaneärende under samråd", "SBC", None),
        ("–", "Nedsättning av avgift enligt nämndens taxor", "SBC", "Om särskilda skäl finns"),
    ]),
]


def mbn():
    legend = dict(MBN_LEGEND + MBN_LAWS)
    title = S("mt", fontName="Helvetica-Bold", fontSize=26, leading=31, alignment=TA_CENTER)
    sub = S("ms", fontSize=14, leading=18, alignment=TA_CENTER)
    cov = S("mc", fontSize=10.5, leading=14, alignment=TA_CENTER)
    h2 = S("mh2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    body = S("mb", fontSize=10, leading=13.5)
    cell = S("mcell", fontSize=8.6, leading=10.6)
    cellb = S("mcellb", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        if c.getPageNumber() > 1:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(20 * mm, h - 12 * mm, "Miljö- och byggnadsnämnden, Bäckeby kommun")
            c.drawRightString(w - 20 * mm, h - 12 * mm, "Dnr MBN 2025/0456")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, 9 * mm, str(c.getPageNumber()))
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def story():
        reg = Reg(legend)
        s = [Spacer(1, 55 * mm), P("DELEGATIONSORDNING", title), Spacer(1, 4 * mm),
             P("för miljö- och byggnadsnämnden", sub), Spacer(1, 70 * mm)]
        for line in ["Antagen av miljö- och byggnadsnämnden 2025-09-17, § 84",
                     "Dnr MBN 2025/0456",
                     "Gäller från och med 2025-10-01",
                     "Ersätter delegationsordning beslutad 2021-03-24, § 30"]:
            s.append(P(line, cov))
        s.append(PageBreak())
        s.append(P("Inledning", h2))
        for tx in [
            "Miljö- och byggnadsnämnden fullgör kommunens uppgifter enligt plan- och bygglagen, miljöbalken och "
            "livsmedelslagstiftningen. Nämnden har i denna delegationsordning uppdragit åt arbetsutskottet, "
            "ordföranden och anställda att besluta på nämndens vägnar.",
            "Förkortningar för delegater och lagar förklaras sist i dokumentet. Kolumnen Lagrum anger den "
            "bestämmelse som beslutet grundas på. Beslut anmäls till nämnden vid nästa ordinarie sammanträde.",
            "En delegat får alltid överlämna ett ärende till nämnden, till exempel om ärendet är av principiell "
            "beskaffenhet eller har stort allmänintresse.",
        ]:
            s += [P(tx, body), Spacer(1, 2 * mm)]
        data = [[P(x, cellb) for x in ["Lagrum", "Ärende", "Delegat", "Begränsning"]]]
        style = [("GRID", (0, 0), (-1, -1), 0.3, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2E6C9")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for sec, rows in MBN_ROWS:
            r = len(data)
            data.append([P(sec, cellb), "", "", ""])
            style += [("SPAN", (0, r), (-1, r))]
            for lag, m, code, cond in rows:
                data.append([P(lag, cell), reg.dec(m, cell, code=code, condition=cond), P(code, cell),
                             P(cond or "", cell)])
        t = Table(data, colWidths=[28 * mm, 76 * mm, 22 * mm, 44 * mm], repeatRows=0)
        t.setStyle(TableStyle(style))
        s.append(t)
        s.append(PageBreak())
        s.append(P("Förklaring av förkortningar", h2))
        d = [[P(a, cellb), P(b, cell)] for a, b in MBN_LEGEND] + [["", ""]] + \
            [[P(a, cellb), P(b, cell)] for a, b in MBN_LAWS]
        t = Table(d, colWidths=[22 * mm, 130 * mm])
        s.append(t)
        return s, reg

    meta_truth = dict(
        layout="mbn-cover-page-lagrum-first-grid-no-repeated-header-legend-last",
        title="Delegationsordning för miljö- och byggnadsnämnden",
        doc_type="delegationsordning",
        decided_by="miljö- och byggnadsnämnden",
        decision_date="2025-09-17",
        paragraph="§ 84",
        diarienummer="MBN 2025/0456",
        valid_from="2025-10-01",
        valid_to=None,
        replaces="delegationsordning beslutad 2021-03-24, § 30",
        replaces_file=None,
        scope=None,
        owner=None,
        review_date=None,
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={a: b.lower() for a, b in MBN_LEGEND + MBN_LAWS},
        notes="Cover page carries the decision metadata; the Lagrum column comes first; header row is not repeated "
              "when the table continues; legend on the last page only. Two rows differ only in the condition "
              "(sakägare objections; sanction amount).",
    )
    return "bky-mbn-delegationsordning.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 6. Reglemente för kommunstyrelsen
# ====================================================================
def reglemente():
    t1 = S("rt", fontName="Times-Bold", fontSize=20, leading=24)
    h2 = S("rh", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=3)
    body = S("rb", fontName="Times-Roman", fontSize=11, leading=14.5, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    plain = S("rp", fontName="Times-Roman", fontSize=11, leading=14.5)
    metas = S("rm", fontName="Times-Roman", fontSize=9, leading=11.5, alignment=TA_RIGHT)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, h - 12 * mm, "Bäckeby kommuns författningssamling")
        c.drawRightString(w - 20 * mm, h - 12 * mm, "BFS 2022:11")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, 9 * mm, f"– {c.getPageNumber()} –")
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def para(n, text):
        return Paragraph(f"<b>{n} §</b>&nbsp;&nbsp;&nbsp;" + esc(text), body)

    def story():
        reg = Reg()
        s = [Paragraph("Antaget av kommunfullmäktige 2022-12-12, § 201<br/>Gäller från 2023-01-01<br/>"
                       "Dnr KS 2022/0560<br/>Dokumentansvarig: kanslichef", metas),
             Spacer(1, 6 * mm), P("Reglemente för kommunstyrelsen", t1), Spacer(1, 3 * mm),
             P("Detta reglemente ersätter reglemente för kommunstyrelsen antaget av kommunfullmäktige "
               "2019-02-25, § 14. Utöver det som föreskrivs i kommunallagen gäller bestämmelserna i detta "
               "reglemente.", plain)]
        s.append(P("Kommunstyrelsens roll", h2))
        s.append(para(1, "Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan och har ansvar för hela "
                         "kommunens utveckling och ekonomiska ställning. Styrelsen leder och samordnar förvaltningen "
                         "av kommunens angelägenheter och har uppsikt över övriga nämnders och de kommunala "
                         "bolagens verksamhet."))
        s.append(para(2, "Kommunstyrelsen ska bereda eller yttra sig i alla ärenden som ska handläggas av "
                         "fullmäktige, om inte ärendet beretts av en fullmäktigeberedning."))
        s.append(P("Ekonomi och egendom", h2))
        s.append(para(3, "Kommunstyrelsen ansvarar för kommunens medelsförvaltning enligt de föreskrifter som "
                         "fullmäktige meddelat i finanspolicyn."))
        s.append(reg.stmt("Kommunstyrelsen beslutar om upptagande av lån inom den ram som kommunfullmäktige "
                          "fastställt i budgeten.", "kommunstyrelsen", body,
                          before="<b>4 §</b>&nbsp;&nbsp;&nbsp;"))
        s.append(reg.stmt("Kommunstyrelsen beslutar om förvärv och försäljning av fast egendom till ett värde av "
                          "högst 10 miljoner kronor per affär.", "kommunstyrelsen", body,
                          before="<b>5 §</b>&nbsp;&nbsp;&nbsp;"))
        s.append(reg.stmt("Beslut om förvärv och försäljning av fast egendom till ett högre värde fattas av "
                          "kommunfullmäktige.", "kommunfullmäktige", body,
                          before="<b>6 §</b>&nbsp;&nbsp;&nbsp;"))
        s.append(P("Samhällsplanering", h2))
        s.append(reg.stmt("Kommunstyrelsen beslutar om antagande av detaljplaner som inte är av principiell "
                          "beskaffenhet eller annars av större vikt.", "kommunstyrelsen", body,
                          before="<b>7 §</b>&nbsp;&nbsp;&nbsp;",
                          after=" Övriga detaljplaner antas av kommunfullmäktige."))
        s.append(para(8, "Kommunstyrelsen ansvarar för kommunens översiktsplanering, bostadsförsörjning, "
                         "näringslivsfrågor och mark- och exploateringsverksamhet."))
        s.append(P("Personal", h2))
        s.append(reg.stmt("Kommunstyrelsen är anställningsmyndighet för förvaltningscheferna och för all personal "
                          "inom kommunledningsförvaltningen.", "kommunstyrelsen", body,
                          before="<b>9 §</b>&nbsp;&nbsp;&nbsp;"))
        s.append(para(10, "Kommunstyrelsen är kommunens centrala arbetsgivarorgan och förhandlar på kommunens "
                          "vägnar med arbetstagarorganisationerna. Styrelsen är även pensionsmyndighet."))
        s.append(P("Särskilda uppgifter", h2))
        s.append(para(11, "Kommunstyrelsen är kommunens arkivmyndighet, personuppgiftsansvarig för behandling inom "
                          "styrelsens verksamhet och ansvarar för kommunens anslagstavla och författningssamling."))
        s.append(para(12, "Kommunstyrelsen ansvarar för kommunens krisberedskap och civila försvar. "
                          "Krisledningsnämndens uppgifter regleras i ett särskilt reglemente."))
        s.append(P("Sammansättning och arbetsformer", h2))
        s.append(para(13, "Kommunstyrelsen består av 13 ledamöter och 7 ersättare. Fullmäktige väljer bland "
                          "ledamöterna en ordförande, en förste vice ordförande och en andre vice ordförande."))
        s.append(para(14, "Inom kommunstyrelsen finns ett arbetsutskott med 5 ledamöter och 3 ersättare. "
                          "Arbetsutskottet bereder styrelsens ärenden."))
        s.append(para(15, "Kommunstyrelsen sammanträder på dag och tid som styrelsen bestämmer. Sammanträde ska "
                          "hållas om minst en tredjedel av ledamöterna begär det."))
        s.append(para(16, "Protokollet justeras av ordföranden och en ledamot senast fjorton dagar efter "
                          "sammanträdet."))
        s.append(para(17, "Avtal och andra handlingar som beslutats av kommunstyrelsen undertecknas av ordföranden "
                          "och kontrasigneras av kommundirektören."))
        return s, reg

    meta_truth = dict(
        layout="reglemente-times-statute-paragraphs-metadata-top-right",
        title="Reglemente för kommunstyrelsen",
        doc_type="reglemente",
        decided_by="kommunfullmäktige",
        decision_date="2022-12-12",
        paragraph="§ 201",
        diarienummer="KS 2022/0560",
        valid_from="2023-01-01",
        valid_to=None,
        replaces="reglemente för kommunstyrelsen antaget av kommunfullmäktige 2019-02-25, § 14",
        replaces_file=None,
        scope="kommunstyrelsen",
        owner="kanslichef",
        review_date=None,
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={},
        notes="Prose only; decision rights stated in numbered paragraphs ('5 §'). Statute-style hanging paragraph "
              "numbers can be confused with decision paragraphs (§ 201).",
    )
    return "bky-reglemente-kommunstyrelsen.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 7. Policy för inköp och upphandling
# ====================================================================
def policy():
    t1 = S("pt", fontName="Helvetica-Bold", fontSize=28, leading=33, textColor=colors.HexColor("#7A1F3D"))
    h2 = S("ph", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4,
           textColor=colors.HexColor("#7A1F3D"))
    body = S("pb", fontSize=10.5, leading=14.5)
    cell = S("pc", fontSize=9.3, leading=12)
    cellb = S("pcb", fontName="Helvetica-Bold", fontSize=9.3, leading=12)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#7A1F3D"))
        c.rect(0, 0, 8 * mm, h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, 9 * mm, f"{c.getPageNumber()}/{d.total_pages}")
        c.restoreState()
        footer(c, d, text=MARK + " · Policy för inköp och upphandling · Bäckeby kommun")

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def story():
        reg = Reg()
        s = [Spacer(1, 35 * mm), P("Policy för inköp och upphandling", t1), Spacer(1, 8 * mm),
             P("Bäckeby kommun", S("pk", fontSize=14, leading=18)), Spacer(1, 70 * mm)]
        meta = [("Dokumenttyp", "Policy"), ("Beslutad av", "Kommunfullmäktige"),
                ("Beslutsdatum", "2024-04-22 § 48"), ("Diarienummer", "KS 2024/0101"),
                ("Gäller från", "2024-05-01"), ("Gäller till", "2028-12-31"),
                ("Dokumentägare", "Ekonomichef"), ("Revideras", "Senast 2028-06-30"),
                ("Gäller för", "Samtliga nämnder och förvaltningar samt helägda kommunala bolag")]
        t = Table([[P(a, cellb), P(b, cell)] for a, b in meta], colWidths=[40 * mm, 115 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3E8EC")),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.white)]))
        s += [t, PageBreak()]
        s.append(P("Syfte", h2))
        s.append(P("Policyn anger kommunens förhållningssätt vid inköp och upphandling. Kommunens inköp ska "
                   "genomföras affärsmässigt, med god konkurrens och med hänsyn till miljö och sociala villkor. "
                   "Policyn kompletteras av riktlinjer som kommunstyrelsen beslutar.", body))
        s.append(P("Principer", h2))
        for tx in [
            "Kommunen ska följa lagen om offentlig upphandling och de grundläggande principerna om "
            "likabehandling, icke-diskriminering, öppenhet, proportionalitet och ömsesidigt erkännande.",
            "Minst 40 procent av kommunens livsmedelsinköp, räknat i kronor, ska vara ekologiskt producerade.",
            "Kommunens leverantörer ska få betalt inom 30 dagar från fakturadatum.",
            "Små och medelstora företag ska kunna delta i upphandlingar, bland annat genom att stora upphandlingar "
            "delas upp i mindre delar när det är lämpligt.",
        ]:
            s += [P(tx, body), Spacer(1, 2 * mm)]
        s.append(P("Ansvar och beslut", h2))
        s.append(reg.stmt("Varje nämnd beslutar om upphandlingar inom sitt eget verksamhetsområde enligt sin "
                          "delegationsordning.", "respektive nämnd", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Kommunstyrelsen beslutar om kommungemensamma ramavtal.", "kommunstyrelsen", body,
                          after=" Sådana avtal ska användas av alla nämnder och förvaltningar."))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Beslut om undantag från skyldigheten att använda kommungemensamma ramavtal fattas av "
                          "ekonomichefen.", "ekonomichef", body))
        s.append(P("Förfarande efter värde", h2))
        s.append(P("Värdet beräknas för hela avtalstiden, inklusive eventuella förlängningar, och exklusive "
                   "mervärdesskatt.", body))
        s.append(Spacer(1, 3 * mm))
        rows = [["Beräknat värde", "Förfarande", "Krav på dokumentation"],
                ["Under 100 000 kr", "Direktupphandling", "Minst en skriftlig offert eller dokumenterad prisjämförelse"],
                ["Från 100 000 kr upp till direktupphandlingsgränsen", "Direktupphandling med konkurrens",
                 "Minst tre skriftliga offerter; dokumenteras i upphandlingssystemet"],
                ["Över direktupphandlingsgränsen", "Annonserad upphandling enligt LOU",
                 "Genomförs av eller i samråd med upphandlingsenheten"]]
        d = [[P(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(rows)]
        t = Table(d, colWidths=[50 * mm, 50 * mm, 70 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A1F3D")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E8EC")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(P("Uppföljning", h2))
        s.append(P("Ekonomichefen följer upp policyn och rapporterar årligen till kommunstyrelsen om "
                   "avtalstrohet och andelen ekologiska livsmedel.", body))
        return s, reg

    meta_truth = dict(
        layout="policy-cover-page-metadata-box-sidebar-fact-table",
        title="Policy för inköp och upphandling",
        doc_type="policy",
        decided_by="kommunfullmäktige",
        decision_date="2024-04-22",
        paragraph="§ 48",
        diarienummer="KS 2024/0101",
        valid_from="2024-05-01",
        valid_to="2028-12-31",
        replaces=None,
        replaces_file=None,
        scope="Samtliga nämnder och förvaltningar samt helägda kommunala bolag",
        owner="ekonomichef",
        review_date="2028-06-30",
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={},
        notes="Cover page with metadata box; decision rights in prose; a value/procedure table that is not a "
              "delegation table (no decider column).",
    )
    return "bky-policy-inkop-upphandling.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 8. Riktlinje för representation, gåvor och uppvaktning (INTERN)
# ====================================================================
RIKT_ROWS = [
    ("Uppvaktning på 50-årsdag", "800 kr inkl. moms", "Närmaste chef"),
    ("Uppvaktning vid avgång med pension", "1 500 kr inkl. moms", "Förvaltningschef"),
    ("Gåva efter 25 års anställning i kommunen", "10 000 kr inkl. moms", "HR-chef"),
    ("Blommor vid långvarig sjukdom eller dödsfall", "500 kr inkl. moms", "Närmaste chef"),
    ("Extern representation, lunch eller middag", "450 kr per person inkl. moms", "Förvaltningschef"),
    ("Intern representation, personalfest", "700 kr per person inkl. moms, högst två gånger per år",
     "Förvaltningschef"),
    ("Representation där förtroendevalda deltar", "Enligt beloppen ovan", "Kommunstyrelsens ordförande"),
    ("Representation där alkohol serveras", "Endast vin eller öl, högst två glas per person", "Kommundirektör"),
]


def riktlinje():
    h1 = S("rih1", fontName="Helvetica-Bold", fontSize=17, leading=21)
    h2 = S("rih2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3)
    body = S("rib", fontSize=10, leading=13.5)
    cell = S("ric", fontSize=9, leading=11.5)
    cellb = S("ricb", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
    tag = S("ritag", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#B22222"))
        c.rect(w - 62 * mm, h - 14 * mm, 42 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(w - 41 * mm, h - 11.7 * mm, "INTERNT DOKUMENT")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 11.7 * mm, "Bäckeby kommun · Kommunledningsförvaltningen")
        c.drawRightString(w - 20 * mm, 9 * mm, f"Sida {c.getPageNumber()} av {d.total_pages}")
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc, top=22 * mm), onPage=onpage)]

    def story():
        reg = Reg()
        meta = [[P("Dokumenttyp", cellb), P("Riktlinje", cell), P("Beslutad av", cellb), P("Kommundirektören", cell)],
                [P("Beslutsdatum", cellb), P("2025-03-03", cell), P("Diarienummer", cellb), P("KS 2025/0133", cell)],
                [P("Gäller från", cellb), P("2025-04-01", cell), P("Giltighet", cellb), P("Tills vidare", cell)],
                [P("Dokumentansvarig", cellb), P("HR-chef", cell), P("Nästa översyn", cellb), P("2027-03-31", cell)],
                [P("Gäller för", cellb), P("Alla anställda i Bäckeby kommun", cell), P("Publicering", cellb),
                 P("Intranätet Insidan (ej extern webbplats)", cell)]]
        t = Table(meta, colWidths=[36 * mm, 50 * mm, 30 * mm, 54 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s = [t, Spacer(1, 7 * mm), P("Riktlinje för representation, gåvor och uppvaktning", h1), Spacer(1, 2 * mm)]
        s.append(P("Riktlinjen är ett internt styrdokument och publiceras endast på kommunens intranät Insidan. "
                   "Den kompletterar kommunens policy för god ekonomisk hushållning och gäller för alla anställda.", body))
        s.append(P("Allmänt", h2))
        s.append(P("Representation ska ha ett direkt samband med kommunens verksamhet och vara måttfull. Kostnader "
                   "för representation och uppvaktning belastar den enhet där mottagaren är anställd. Kvitto och "
                   "deltagarförteckning ska bifogas fakturan.", body))
        s.append(P("Beloppsgränser och beslut", h2))
        s.append(P("Tabellen anger högsta belopp och vem som beslutar. Beloppen avser kostnaden per tillfälle om "
                   "inte annat anges.", body))
        s.append(Spacer(1, 3 * mm))
        data = [[P("Tillfälle", cellb), P("Högsta belopp", cellb), P("Beslutas av", cellb)]]
        for m, amt, who in RIKT_ROWS:
            data.append([reg.dec(m, cell, code=None, decider=who.lower(), condition=amt), P(amt, cell), P(who, cell)])
        t = Table(data, colWidths=[65 * mm, 60 * mm, 45 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(P("Gåvor till anställda från utomstående", h2))
        s.append(reg.stmt("Den som erbjuds en gåva med ett värde över 300 kr ska anmäla det till närmaste chef, som "
                          "beslutar om gåvan får tas emot.", "närmaste chef", body,
                          after=" Gåvor i form av pengar, presentkort eller resor får aldrig tas emot."))
        s.append(P("Undantag", h2))
        s.append(reg.stmt("Kommundirektören får i enskilda fall besluta om undantag från beloppsgränserna i denna "
                          "riktlinje.", "kommundirektör", body))
        return s, reg

    meta_truth = dict(
        layout="riktlinje-internal-banner-metadata-grid-top-amount-table",
        title="Riktlinje för representation, gåvor och uppvaktning",
        doc_type="riktlinje",
        decided_by="kommundirektören",
        decision_date="2025-03-03",
        paragraph=None,
        diarienummer="KS 2025/0133",
        valid_from="2025-04-01",
        valid_to=None,
        replaces=None,
        replaces_file=None,
        scope="Alla anställda i Bäckeby kommun",
        owner="hr-chef",
        review_date="2027-03-31",
        publication_stated="intern",
        status_2026_11_26="gällande",
        abbreviations={},
        notes="Internal document (intranet only, stated twice). Decided by an official, so no §. Decision table "
              "where the amount column acts as condition and the decider column is last.",
    )
    return "bky-riktlinje-representation-intern.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 9. Taxa alkohol och tobak
# ====================================================================
def taxa():
    h1 = S("th1", fontName="Helvetica-Bold", fontSize=16, leading=20)
    h2 = S("th2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=3)
    body = S("tb", fontSize=10, leading=13.5)
    cell = S("tc", fontSize=9, leading=11.5)
    cellb = S("tcb", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
    num = S("tn", fontSize=9, leading=11.5, alignment=TA_RIGHT)
    numb = S("tnb", fontName="Helvetica-Bold", fontSize=9, leading=11.5, alignment=TA_RIGHT)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 12 * mm, "Taxa")
        c.drawCentredString(w / 2, h - 12 * mm, "Bäckeby kommun")
        c.drawRightString(w - 20 * mm, h - 12 * mm, f"{c.getPageNumber()}({d.total_pages})")
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def fee_table(rows, w1=120 * mm, w2=50 * mm, head=("Ärende", "Avgift")):
        d = [[P(head[0], cellb), P(head[1], numb)]] + [[P(a, cell), P(b, num)] for a, b in rows]
        t = Table(d, colWidths=[w1, w2])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def story():
        reg = Reg()
        grid = [[P("Diarienummer", cellb), P("Beslutsinstans", cellb), P("Gäller för", cellb)],
                [P("KS 2025/0602", cell), P("Kommunfullmäktige 2025-11-24 § 142", cell),
                 P("Socialnämnden", cell)],
                [P("Gäller från", cellb), P("Tidpunkt för aktualitetsprövning", cellb), P("Ersätter", cellb)],
                [P("2026-01-01", cell), P("2028-12-31", cell),
                 P("Taxa antagen av kommunfullmäktige 2022-11-28, § 131", cell)]]
        t = Table(grid, colWidths=[45 * mm, 60 * mm, 65 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.HexColor("#999999")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s = [t, Spacer(1, 8 * mm),
             P("Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter", h1)]
        s.append(P("1. Inledning", h2))
        s.append(P("Enligt denna taxa tar socialnämnden ut avgifter för prövning av ansökningar och för tillsyn "
                   "enligt alkohollagen (2010:1622) och lagen (2018:2088) om tobak och liknande produkter. Avgifterna "
                   "ska täcka kommunens kostnader. Avgifterna är inte momspliktiga.", body))
        s.append(Spacer(1, 2 * mm))
        s.append(P("Ansökningsavgiften betalas i samband med att ansökan lämnas in. Avgiften återbetalas inte om "
                   "ansökan återkallas eller avslås.", body))
        s.append(P("2. Avgifter för ansökan – alkohol", h2))
        s.append(fee_table([
            ("Stadigvarande serveringstillstånd till allmänheten", "12 400 kr"),
            ("Stadigvarande serveringstillstånd till slutet sällskap", "8 200 kr"),
            ("Tillfälligt serveringstillstånd till allmänheten, per tillfälle (högst 5 dagar)", "4 500 kr"),
            ("Tillfälligt serveringstillstånd till slutet sällskap", "1 400 kr"),
            ("Utökad serveringstid vid enstaka tillfälle", "1 600 kr"),
            ("Anmälan om ändrade ägarförhållanden (ny person med betydande inflytande)", "3 800 kr"),
            ("Anmälan av lokal för catering till slutna sällskap", "900 kr"),
            ("Kunskapsprov, per provtillfälle", "1 300 kr"),
        ]))
        s.append(P("3. Avgifter för ansökan och anmälan – tobak och liknande produkter", h2))
        s.append(fee_table([
            ("Ansökan om tillstånd att sälja tobaksvaror", "9 500 kr"),
            ("Anmälan om försäljning av elektroniska cigaretter eller påfyllningsbehållare", "1 800 kr"),
            ("Anmälan om försäljning av folköl", "1 800 kr"),
        ]))
        s.append(P("4. Årlig tillsynsavgift", h2))
        s.append(P("Tillsynsavgift tas ut per kalenderår och faktureras i mars. För serveringstillstånd består "
                   "avgiften av en fast del och en rörlig del som beräknas på föregående års omsättning av "
                   "alkoholdrycker.", body))
        s.append(Spacer(1, 2 * mm))
        s.append(fee_table([
            ("Fast tillsynsavgift, stadigvarande serveringstillstånd", "3 000 kr"),
            ("Tillsyn, försäljning av tobaksvaror", "4 200 kr"),
            ("Tillsyn, försäljning av folköl", "1 100 kr"),
            ("Tillsyn, försäljning av elektroniska cigaretter", "1 100 kr"),
        ], head=("Avgiftsslag", "Avgift per år")))
        s.append(Spacer(1, 3 * mm))
        d = [[P("Omsättningsklass", cellb), P("Omsättning av alkoholdrycker (kr/år)", cellb), P("Rörlig avgift", numb)],
             [P("1", cell), P("0 – 250 000", cell), P("1 000 kr", num)],
             [P("2", cell), P("250 001 – 500 000", cell), P("2 000 kr", num)],
             [P("3", cell), P("500 001 – 1 000 000", cell), P("3 500 kr", num)],
             [P("4", cell), P("1 000 001 – 2 500 000", cell), P("5 500 kr", num)],
             [P("5", cell), P("Över 2 500 000", cell), P("8 000 kr", num)]]
        t = Table(d, colWidths=[35 * mm, 85 * mm, 50 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB"))]))
        s.append(t)
        s.append(Spacer(1, 2 * mm))
        s.append(P("Om restaurangrapport inte lämnas i tid placeras tillståndshavaren i omsättningsklass 5.", body))
        s.append(P("5. Nedsättning och befrielse", h2))
        s.append(reg.stmt("Socialnämnden får besluta om nedsättning av eller befrielse från avgift om det finns "
                          "särskilda skäl.", "socialnämnden", body,
                          after=" Ideella föreningar betalar halv avgift för tillfälligt serveringstillstånd till "
                                "slutet sällskap."))
        s.append(P("6. Indexuppräkning", h2))
        s.append(P("Avgifterna räknas inte upp årligen. Taxan ses över senast vid tidpunkten för "
                   "aktualitetsprövning.", body))
        return s, reg

    meta_truth = dict(
        layout="taxa-header-grid-right-aligned-fee-tables",
        title="Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter",
        doc_type="taxa",
        decided_by="kommunfullmäktige",
        decision_date="2025-11-24",
        paragraph="§ 142",
        diarienummer="KS 2025/0602",
        valid_from="2026-01-01",
        valid_to=None,
        replaces="Taxa antagen av kommunfullmäktige 2022-11-28, § 131",
        replaces_file=None,
        scope="Socialnämnden",
        owner=None,
        review_date="2028-12-31",
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={},
        notes="Metadata grid above the title (labels row, values row). Fee tables with right-aligned amounts "
              "(facts, not decisions); one prose decision statement.",
    )
    return "bky-taxa-alkohol-tobak-2026.pdf", meta_truth, story, templates, "p"


# ====================================================================
# 10. Plan för extraordinära händelser och höjd beredskap
# ====================================================================
PLAN_ABBR = [
    ("KLN", "Krisledningsnämnden"),
    ("TiB", "Tjänsteman i beredskap"),
    ("POSOM", "Psykiskt och socialt omhändertagande"),
    ("RSA", "Risk- och sårbarhetsanalys"),
]


def plan():
    t1 = S("plt", fontName="Helvetica-Bold", fontSize=22, leading=27, textColor=colors.HexColor("#003B5C"))
    h2 = S("plh", fontName="Helvetica-Bold", fontSize=12.5, leading=15.5, spaceBefore=10, spaceAfter=4,
           textColor=colors.HexColor("#003B5C"))
    body = S("plb", fontSize=10.2, leading=14)
    cell = S("plc", fontSize=9.2, leading=11.8)
    cellb = S("plcb", fontName="Helvetica-Bold", fontSize=9.2, leading=11.8)
    small = S("pls", fontSize=9.5, leading=12.5)

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setStrokeColor(colors.HexColor("#003B5C"))
        c.setLineWidth(2)
        c.line(20 * mm, h - 13 * mm, 60 * mm, h - 13 * mm)
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, h - 12 * mm, "Plan för extraordinära händelser och höjd beredskap")
        c.drawCentredString(w / 2, 9 * mm, str(c.getPageNumber()))
        c.restoreState()
        footer(c, d)

    def templates(doc):
        return [PageTemplate(id="p", frames=portrait_frames(doc), onPage=onpage)]

    def story():
        reg = Reg(dict(PLAN_ABBR))
        s = [Spacer(1, 25 * mm),
             P("Plan för hantering av extraordinära händelser och höjd beredskap 2024–2027", t1),
             Spacer(1, 10 * mm),
             P("Fastställd av kommunfullmäktige i Bäckeby kommun den 29 januari 2024, § 9.", small),
             P("Diarienummer KS 2023/0718.", small),
             P("Planen gäller från den 1 februari 2024 till och med den 31 december 2027.", small),
             P("Planen gäller för samtliga nämnder och förvaltningar samt de helägda kommunala bolagen.", small),
             P("Ansvarig för planen: säkerhetssamordnaren vid kommunledningsförvaltningen.", small),
             Spacer(1, 8 * mm), P("Förkortningar", h2)]
        t = Table([[P(a, cellb), P(b, cell)] for a, b in PLAN_ABBR], colWidths=[25 * mm, 100 * mm])
        s += [t, PageBreak()]
        s.append(P("1. Syfte", h2))
        s.append(P("Planen beskriver hur Bäckeby kommun leder och samordnar arbetet vid en extraordinär händelse "
                   "och vid höjd beredskap. Planen bygger på kommunens risk- och sårbarhetsanalys (RSA) och ska "
                   "följas upp en gång per år.", body))
        s.append(P("2. Krisledningsnämnden", h2))
        s.append(P("Krisledningsnämnden består av kommunstyrelsens arbetsutskott. Nämnden får ta över "
                   "beslutanderätten från andra nämnder i den utsträckning som behövs med hänsyn till händelsens "
                   "art och omfattning.", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Krisledningsnämndens ordförande beslutar när nämnden ska träda i funktion.",
                          "krisledningsnämndens ordförande", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Vid förhinder för ordföranden fattas beslutet av vice ordföranden.",
                          "krisledningsnämndens vice ordförande", body))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Kommunfullmäktige får besluta att krisledningsnämndens verksamhet ska upphöra.",
                          "kommunfullmäktige", body,
                          after=" När de förhållanden som föranlett att nämnden trätt i funktion har upphört ska "
                                "nämnden själv besluta att verksamheten ska återgå till ordinarie nämnder."))
        s.append(P("3. Krisledningsstaben", h2))
        s.append(reg.stmt("Tjänsteman i beredskap (TiB) beslutar om inledande åtgärder och larmar kommundirektören.",
                          "tjänsteman i beredskap", body,
                          after=" TiB nås dygnet runt via SOS Alarm."))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Kommundirektören beslutar om att aktivera den centrala krisledningsstaben.",
                          "kommundirektör", body, after=" Kommundirektören är stabschef om inte annat bestäms."))
        s.append(Spacer(1, 2 * mm))
        s.append(reg.stmt("Beslut om att öppna kommunens trygghetspunkter fattas av stabschefen.", "stabschef", body))
        s.append(P("4. Roller och ansvar", h2))
        rows = [("Funktion", "Uppgift"),
                ("Kommunstyrelsen", "Ansvarar för kommunens krisberedskap och för att planen hålls aktuell."),
                ("Säkerhetssamordnare", "Samordnar planering, utbildning och övningar. Övning genomförs minst en "
                                        "gång per år."),
                ("Kommunikationschef", "Leder kriskommunikationen och ansvarar för information till allmänheten."),
                ("Socialchef", "Ansvarar för POSOM-gruppen och för stöd till drabbade."),
                ("Förvaltningschefer", "Ansvarar för att verksamheterna har kontinuitetsplaner.")]
        d = [[P(a, cellb if i == 0 else cell), P(b, cellb if i == 0 else cell)] for i, (a, b) in enumerate(rows)]
        t = Table(d, colWidths=[45 * mm, 125 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#003B5C")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
        s.append(P("5. Trygghetspunkter", h2))
        s.append(P("Trygghetspunkter är platser dit allmänheten kan vända sig för information och stöd vid en "
                   "kris. Kommunens trygghetspunkter finns vid Bäckeby bibliotek, Norrsjö skola och Lunda "
                   "bygdegård. Trygghetspunkterna har reservkraft.", body))
        s.append(P("6. Höjd beredskap", h2))
        s.append(P("Vid höjd beredskap är kommunens samtliga verksamheter en del av totalförsvaret. Kommunens "
                   "ledningsplats finns i kommunhuset. Personal med krigsplacering ska informeras om detta av "
                   "sin närmaste chef.", body))
        s.append(P("7. Uppföljning", h2))
        s.append(P("Säkerhetssamordnaren följer upp planen årligen och redovisar resultatet till kommunstyrelsen. "
                   "En ny plan ska antas av kommunfullmäktige under 2027.", body))
        return s, reg

    meta_truth = dict(
        layout="plan-cover-prose-metadata-sentences-roles-table",
        title="Plan för hantering av extraordinära händelser och höjd beredskap 2024–2027",
        doc_type="plan",
        decided_by="kommunfullmäktige",
        decision_date="2024-01-29",
        paragraph="§ 9",
        diarienummer="KS 2023/0718",
        valid_from="2024-02-01",
        valid_to="2027-12-31",
        replaces=None,
        replaces_file=None,
        scope="samtliga nämnder och förvaltningar samt de helägda kommunala bolagen",
        owner="säkerhetssamordnaren",
        review_date=None,
        publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={a: b.lower() for a, b in PLAN_ABBR},
        notes="Decision metadata written as full sentences with dates in words ('den 29 januari 2024'). Decision "
              "rights only in prose; a roles table that is not a decision table.",
    )
    return "bky-plan-krisberedskap-2024-2027.pdf", meta_truth, story, templates, "p"


DOCS = [ks24, ks26, sn, bun, mbn, reglemente, policy, riktlinje, taxa, plan]

MANIFEST = '''[defaults]
publication = "extern"  # as the styrmodell says: documents are on the external site unless internal
'''


def main():
    os.makedirs(PDFDIR, exist_ok=True)
    truth = {}
    for fn in DOCS:
        fname, meta, story, templates, first = fn()
        path = os.path.join(PDFDIR, fname)
        reg, pages = build_pdf(path, story, templates, first)
        for r in reg.decisions + reg.statements:
            assert r["page"], (fname, r)
        rec = dict(meta)
        rec["publication"] = "intern" if meta["publication_stated"] == "intern" else "extern"
        rec["page_count"] = pages
        rec["decisions"] = reg.decisions
        rec["statements"] = reg.statements
        order = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer",
                 "valid_from", "valid_to", "replaces", "replaces_file", "scope", "owner", "review_date",
                 "publication_stated", "publication", "status_2026_11_26", "page_count", "abbreviations",
                 "decisions", "statements", "notes"]
        truth[fname] = {k: rec[k] for k in order}
        print(f"{fname}: {pages} pages, {len(reg.decisions)} rows, {len(reg.statements)} statements")
    with open(os.path.join(PDFDIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
