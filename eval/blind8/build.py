#!/usr/bin/env python
"""Build the blind8 test collection ("Videby kommun", fictitious).

Renders every PDF into pdf/ with reportlab (invariant=1, so a rebuild gives the
same bytes), records on which page every table row / prose statement / anchor is
drawn, and writes truth.json (plus anchors.json used by make_questions.py).

Run:  /work/main/.venv/bin/python build.py
"""
import json
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
MARK = "Fiktivt testdokument"

# --------------------------------------------------------------------------
# page recording
# --------------------------------------------------------------------------
PAGES = {}  # (file, key) -> page; filled while drawing
CURRENT = {"file": None}


class Anchor(Flowable):
    """Zero-size flowable that records the page it is drawn on."""

    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        PAGES[(CURRENT["file"], self.key)] = self.canv.getPageNumber()


class APara(Paragraph):
    """Paragraph that records its page when drawn (if given a key)."""

    def __init__(self, text, style, key=None, **kw):
        super().__init__(text, style, **kw)
        self.key = key

    def draw(self):
        if getattr(self, "key", None):
            PAGES[(CURRENT["file"], self.key)] = self.canv.getPageNumber()
        super().draw()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------
# canvases with "page x of y"
# --------------------------------------------------------------------------
def numbered_canvas(decorate):
    """decorate(canv, page, total) draws header/footer on every page."""

    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NC


def page_size(canv):
    return canv._pagesize


# --------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------
def S(name, font="Helvetica", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=lead or size * 1.25, **kw)


H_BODY = S("hbody", size=9.5)
H_SMALL = S("hsmall", size=8, lead=9.8)
H_SMALL_B = S("hsmallb", "Helvetica-Bold", 8, 9.8)
H_CELL = S("hcell", size=8.5, lead=10.4)
H_CELL_B = S("hcellb", "Helvetica-Bold", 8.5, 10.4)
H_H1 = S("hh1", "Helvetica-Bold", 16, 20, spaceAfter=8)
H_H2 = S("hh2", "Helvetica-Bold", 12, 15, spaceBefore=8, spaceAfter=5)
H_H3 = S("hh3", "Helvetica-Bold", 10, 13, spaceBefore=6, spaceAfter=3)
T_BODY = S("tbody", "Times-Roman", 11, 14.5, spaceAfter=5)
T_H1 = S("th1", "Times-Bold", 18, 22, spaceAfter=10)
T_H2 = S("th2", "Times-Bold", 12.5, 16, spaceBefore=9, spaceAfter=3)
T_PAR = S("tpar", "Times-Bold", 11, 14.5, spaceBefore=6, spaceAfter=1)
T_CELL = S("tcell", "Times-Roman", 10, 12.5)


# --------------------------------------------------------------------------
# truth bookkeeping
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, fname, meta):
        self.fname = fname
        self.meta = meta
        self.rows = []        # dicts with key, matter, decider, code, condition
        self.statements = []  # dicts with key, matter, decider

    def row(self, key, matter, decider, code, condition):
        self.rows.append(dict(key=key, matter=norm(matter), decider=decider,
                              code=code, condition=norm(condition) if condition else None))

    def stmt(self, key, text, decider):
        self.statements.append(dict(key=key, matter=norm(text), decider=decider))

    def truth(self):
        t = dict(self.meta)
        t["decisions"] = [dict(matter=r["matter"], decider=r["decider"], code=r["code"],
                               condition=r["condition"], page=PAGES[(self.fname, r["key"])])
                          for r in self.rows]
        t["statements"] = [dict(matter=s["matter"], decider=s["decider"],
                                page=PAGES[(self.fname, s["key"])]) for s in self.statements]
        return t


def expand(code, legend, sep=None):
    """'AC eller SC' / 'SS/1:e SS' -> 'avdelningschef eller socialchef'."""
    if sep is None:
        parts = [code]
    else:
        parts = [p.strip() for p in re.split(sep, code) if p.strip()]
    return " eller ".join(legend[p] for p in parts)


def meta(**kw):
    keys = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph",
            "diarienummer", "valid_from", "valid_to", "replaces", "replaces_file", "scope",
            "owner", "review_date", "publication_stated", "publication", "status_2026_11_26",
            "abbreviations", "notes"]
    m = {k: None for k in keys}
    m.update(kw)
    m["publication"] = m["publication_stated"] or "extern"
    assert set(m) == set(keys), set(m) ^ set(keys)
    return m


def build(doc_template, story, dobj):
    CURRENT["file"] = dobj.fname
    doc_template.build(story, canvasmaker=doc_template._nc)


def make_doc(fname, templates, decorate, title, margins=None):
    path = os.path.join(PDF_DIR, fname)
    d = BaseDocTemplate(path, pagesize=A4, invariant=1, title=title,
                        author="Videby kommun (fiktiv)", subject=MARK, creator="blind8/build.py")
    d.addPageTemplates(templates)
    d._nc = numbered_canvas(decorate)
    return d


def frame_full(pagesize, l=2.2 * cm, r=2.2 * cm, t=2.2 * cm, b=2.2 * cm, fid="f"):
    w, h = pagesize
    return Frame(l, b, w - l - r, h - t - b, id=fid, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


# ==========================================================================
# 1. Kommunstyrelsens delegationsordning 2026 (in force)
# ==========================================================================
KS26 = "ks-delegationsordning-2026.pdf"
KS26_LEGEND = [
    ("KS", "Kommunstyrelsen"),
    ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ("KSO", "Kommunstyrelsens ordförande"),
    ("KSVO", "Kommunstyrelsens förste vice ordförande"),
    ("KD", "Kommundirektör"),
    ("BKD", "Biträdande kommundirektör"),
    ("KC", "Kanslichef"),
    ("EKC", "Ekonomichef"),
    ("HRC", "HR-chef"),
    ("UPC", "Upphandlingschef"),
    ("SBC", "Samhällsbyggnadschef"),
    ("MEX", "Mark- och exploateringsingenjör"),
    ("AC", "Avdelningschef inom kommunledningsförvaltningen"),
    ("SÄC", "Säkerhetschef"),
    ("ARK", "Kommunarkivarie"),
]
KS26_LAWS = [
    ("KL", "Kommunallagen (2017:725)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("TF", "Tryckfrihetsförordningen (1949:105)"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("LAS", "Lagen (2022:836) om anställningsskydd"),
    ("MBL", "Lagen (1976:580) om medbestämmande i arbetslivet"),
    ("AL", "Arkivlagen (1990:782)"),
    ("pbb", "Prisbasbelopp enligt socialförsäkringsbalken"),
]

# (key, nr, matter, delegat (code or written), ersättare, lagrum, villkor)
KS26_SECTIONS = [
    ("1", "Allmänna och administrativa ärenden", [
        ("ks26-1.1", "1.1", "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas", "KSO", "KSVO", "KL 6 kap. 39 §", "Anmäls vid kommunstyrelsens nästa sammanträde"),
        ("ks26-1.2", "1.2", "Avvisning av överklagande som kommit in för sent", "Delegaten i ursprungsbeslutet", "KC", "FL 45 §", None),
        ("ks26-1.3", "1.3", "Yttrande till förvaltningsrätten när ett delegationsbeslut har överklagats genom laglighetsprövning", "KD", "KC", "KL 13 kap.", None),
        ("ks26-1.4", "1.4", "Beslut att helt eller delvis avslå begäran om utlämnande av allmän handling samt uppställande av förbehåll", "KC", "KD", "TF 2 kap., OSL 6 kap. 3 §", "Själva utlämnandet är verkställighet"),
        ("ks26-1.5", "1.5", "Utfärda fullmakt att föra kommunens talan inför domstol och andra myndigheter", "KD", "BKD", "KL 6 kap. 15 §", None),
        ("ks26-1.6", "1.6", "Yttrande över remisser från myndigheter och andra organisationer som inte är av principiell beskaffenhet", "KSAU", "KSO", None, "Principiella remisser avgörs av KS"),
        ("ks26-1.7", "1.7", "Ändring av tid för kommunstyrelsens sammanträde eller beslut att ställa in sammanträde", "KSO", "KSVO", None, "Efter samråd med vice ordförandena"),
        ("ks26-1.8", "1.8", "Anmälan av personuppgiftsincident till Integritetsskyddsmyndigheten", "KC", "AC", "Dataskyddsförordningen art. 33", "Inom 72 timmar"),
    ]),
    ("2", "Ekonomi", [
        ("ks26-2.1", "2.1", "Upptagande av lån inom den låneram som kommunfullmäktige fastställt", "EKC", "KD", None, "Inom beslutad låneram och enligt finanspolicyn"),
        ("ks26-2.2", "2.2", "Placering av likvida medel", "EKC", "KD", None, "Enligt finanspolicyn"),
        ("ks26-2.3", "2.3", "Avskrivning av osäker fordran", "EKC", "KD", None, "Upp till 3 pbb per fordran"),
        ("ks26-2.4", "2.4", "Avskrivning av osäker fordran över 3 pbb", "KSAU", "KSO", None, None),
        ("ks26-2.5", "2.5", "Omdisponering av medel mellan verksamheter inom kommunstyrelsens budget", "KD", "EKC", None, "Högst 1 000 000 kr per tillfälle"),
        ("ks26-2.6", "2.6", "Utse beslutsattestanter och ersättare för dessa inom kommunledningsförvaltningen", "EKC", "KD", None, "Enligt attestreglementet"),
        ("ks26-2.7", "2.7", "Bidrag ur kommunstyrelsens fond för lokala initiativ", "KSAU", "KSO", None, "Högst 50 000 kr per ansökan"),
    ]),
    ("3", "Upphandling och avtal", [
        ("ks26-3.1", "3.1", "Beslut om direktupphandling", "AC", "KD", "LOU 19 kap. 12 §", "Upp till gällande direktupphandlingsgräns"),
        ("ks26-3.2", "3.2", "Beslut om upphandling, tilldelning och tecknande av avtal, värde upp till 5 000 000 kr", "UPC", "EKC", "LOU", "Värdet avser hela avtalstiden inklusive förlängningar"),
        ("ks26-3.3", "3.3", "Beslut om upphandling, tilldelning och tecknande av avtal, värde över 5 000 000 kr och upp till 15 000 000 kr", "KD", "BKD", "LOU", None),
        ("ks26-3.4", "3.4", "Beslut om upphandling, tilldelning och tecknande av avtal, värde över 15 000 000 kr", "KSAU", "KSO", "LOU", None),
        ("ks26-3.5", "3.5", "Beslut att avbryta upphandling", "UPC", "KD", "LOU 12 kap. 13 §", None),
        ("ks26-3.6", "3.6", "Teckna, säga upp och ändra hyresavtal för lokaler med en avtalstid om högst 5 år", "SBC", "KD", None, "Årshyra högst 1 500 000 kr"),
    ]),
    ("4", "Mark och exploatering", [
        ("ks26-4.1", "4.1", "Försäljning av småhustomter enligt fastställd tomtkö och prislista", "MEX", "SBC", None, "Enligt prislista fastställd av kommunfullmäktige"),
        ("ks26-4.2", "4.2", "Förvärv och försäljning av fast egendom, köpeskilling högst 2 000 000 kr", "SBC", "KD", None, "Ej principiella ärenden"),
        ("ks26-4.3", "4.3", "Förvärv och försäljning av fast egendom, köpeskilling över 2 000 000 kr och högst 10 000 000 kr", "KSAU", "KSO", None, "Över 10 000 000 kr beslutar KS"),
        ("ks26-4.4", "4.4", "Upplåtelse av kommunens mark genom arrende eller nyttjanderätt, högst 5 år", "MEX", "SBC", None, None),
        ("ks26-4.5", "4.5", "Yttrande till lantmäterimyndigheten i fastighetsbildningsärenden", "MEX", "SBC", None, None),
    ]),
    ("5", "Personal", [
        ("ks26-5.1", "5.1", "Anställning av kommundirektör", "KS", None, None, "Delegeras inte"),
        ("ks26-5.2", "5.2", "Anställning av förvaltningschef", "KD", "BKD", None, "Efter samråd med KSO och berörd nämnds ordförande"),
        ("ks26-5.3", "5.3", "Anställning och lönesättning av personal inom kommunledningsförvaltningen", "AC", "KD", None, "Efter samråd med HRC"),
        ("ks26-5.4", "5.4", "Uppsägning av personliga skäl och avsked", "HRC", "KD", "LAS 7 och 18 §§", None),
        ("ks26-5.5", "5.5", "Beslut om stridsåtgärd", "KSAU", "KSO", "MBL", None),
        ("ks26-5.6", "5.6", "Tecknande av lokala kollektivavtal", "HRC", "KD", "MBL", None),
    ]),
    ("6", "Säkerhet, arkiv och information", [
        ("ks26-6.1", "6.1", "Ansökan om statsbidrag för krisberedskap och civilt försvar", "SÄC", "KD", None, None),
        ("ks26-6.2", "6.2", "Beslut om gallring av allmänna handlingar som inte omfattas av dokumenthanteringsplan", "ARK", "KC", "AL 10 §", None),
        ("ks26-6.3", "6.3", "Beslut om att överlämna arkiv från nämnd till kommunstyrelsen i dess egenskap av arkivmyndighet", "KC", "ARK", "AL 14 §", None),
    ]),
]


def build_ks26():
    legend = {k: v.lower() for k, v in KS26_LEGEND}
    abbr = dict(legend)
    abbr.update({k: v.lower() for k, v in KS26_LAWS})
    d = Doc(KS26, meta(
        layout="cover-portrait+landscape-ruled-grid-repeated-header-codes-with-ersattare-column-metadata-last",
        title="Kommunstyrelsens delegationsordning",
        doc_type="delegationsordning", decided_by="kommunstyrelsen",
        decision_date="2026-02-10", paragraph="§ 18", diarienummer="KS 2025/0512",
        valid_from="2026-03-01", valid_to=None,
        replaces="Kommunstyrelsens delegationsordning beslutad 2023-02-14, § 22 (KS 2023/0041)",
        replaces_file="ks-delegationsordning-2023.pdf",
        scope="Kommunstyrelsens verksamhetsområde", owner="kanslichef",
        review_date="2027-12-31", publication_stated=None, status_2026_11_26="gällande",
        abbreviations=abbr,
        notes="Portrait cover and legend, then landscape pages with a ruled table whose header repeats; "
              "an Ersättare column stands next to the Delegat column. Decision metadata only in the "
              "Beslutshistorik table on the last page."))

    portrait = A4
    land = landscape(A4)

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(1.6 * cm, 1.0 * cm, "Videby kommun – Kommunstyrelsens delegationsordning")
        c.drawRightString(w - 1.6 * cm, 1.0 * cm, f"Sida {page} ({total})")
        c.drawCentredString(w / 2, 0.55 * cm, MARK)
        c.restoreState()

    t_cover = PageTemplate("cover", [frame_full(portrait, t=3 * cm)], pagesize=portrait)
    t_port = PageTemplate("port", [frame_full(portrait)], pagesize=portrait)
    t_land = PageTemplate("land", [frame_full(land, l=1.4 * cm, r=1.4 * cm, t=1.5 * cm, b=1.7 * cm)],
                          pagesize=land)
    doc = make_doc(KS26, [t_cover, t_port, t_land], decorate, "Kommunstyrelsens delegationsordning")

    st = []
    st.append(Paragraph("VIDEBY KOMMUN", S("k1", "Helvetica-Bold", 11, textColor=colors.HexColor("#1d4f91"))))
    st.append(Spacer(1, 6.5 * cm))
    st.append(APara("Kommunstyrelsens delegationsordning", S("k2", "Helvetica-Bold", 26, 31), key="title"))
    st.append(Spacer(1, 0.5 * cm))
    st.append(APara("Gäller från 1 mars 2026", S("k3", size=14, lead=18), key="valid"))
    st.append(NextPageTemplate("port"))
    st.append(PageBreak())

    st.append(Paragraph("Inledning", H_H2))
    for t in [
        "Kommunstyrelsen får enligt kommunallagen uppdra åt ett utskott, åt en ledamot eller ersättare "
        "eller åt en anställd hos kommunen att besluta på styrelsens vägnar i ett visst ärende eller en "
        "viss grupp av ärenden. Den som har fått beslutanderätten kallas delegat. Beslut som fattas med "
        "stöd av delegation ska anmälas till kommunstyrelsen vid nästa sammanträde.",
        "Delegationen gäller inom ramen för budget, gällande lagar, avtal och av kommunfullmäktige "
        "antagna styrdokument. Är delegaten förhindrad går beslutanderätten över till den ersättare som "
        "anges i tabellen. Saknas ersättare kan ärendet lämnas till kommunstyrelsen.",
        "Belopp anges exklusive mervärdesskatt. Med pbb avses prisbasbeloppet för det år beslutet fattas.",
    ]:
        st.append(Paragraph(t, H_BODY))
        st.append(Spacer(1, 4))
    st.append(Paragraph("Delegatförkortningar", H_H2))
    st.append(Anchor("legend"))
    lt = Table([[Paragraph("<b>Förkortning</b>", H_CELL), Paragraph("<b>Delegat</b>", H_CELL)]] +
               [[Paragraph(k, H_CELL), Paragraph(v, H_CELL)] for k, v in KS26_LEGEND],
               colWidths=[3 * cm, 9 * cm])
    lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(lt)
    st.append(Paragraph("Lagar och övriga förkortningar", H_H2))
    lt2 = Table([[Paragraph(k, H_CELL), Paragraph(v, H_CELL)] for k, v in KS26_LAWS],
                colWidths=[3 * cm, 9 * cm])
    lt2.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
    st.append(lt2)
    st.append(NextPageTemplate("land"))
    st.append(PageBreak())

    st.append(Paragraph("Delegationsförteckning", H_H2))
    head = ["Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Villkor / anmärkning"]
    data = [[Paragraph(f"<b>{h}</b>", S("kh", "Helvetica-Bold", 8.5, 10.4, textColor=colors.white)) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d4f91")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for secnr, sectitle, rows in KS26_SECTIONS:
        i = len(data)
        data.append([Paragraph(f"<b>{secnr}  {sectitle}</b>", H_CELL_B), "", "", "", "", ""])
        style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#dfe7f3"))]
        for key, nr, matter, dele, ers, lag, villk in rows:
            if dele in legend:
                d.row(key, matter, legend[dele], dele, villk)
            else:
                d.row(key, matter, dele.lower(), None, villk)
            data.append([Paragraph(nr, H_CELL), APara(esc(matter), H_CELL, key=key), Paragraph(dele, H_CELL),
                         Paragraph(ers or "–", H_CELL), Paragraph(lag or "", H_CELL),
                         Paragraph(esc(villk) if villk else "", H_CELL)])
    tbl = Table(data, colWidths=[1.0 * cm, 9.2 * cm, 3.2 * cm, 2.0 * cm, 4.0 * cm, 7.5 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    st.append(tbl)
    st.append(Spacer(1, 0.8 * cm))
    st.append(KeepTogether([
        Anchor("meta"),
        Paragraph("Beslutshistorik", H_H2),
        Table([[Paragraph(f"<b>{h}</b>", H_CELL) for h in ["Version", "Beslutsdatum", "Paragraf", "Beslutsinstans", "Diarienummer", "Kommentar"]],
               [Paragraph(x, H_CELL) for x in ["1.0", "2026-02-10", "§ 18", "Kommunstyrelsen", "KS 2025/0512",
                                                "Ny delegationsordning. Ersätter kommunstyrelsens delegationsordning beslutad 2023-02-14, § 22 (KS 2023/0041)."]]],
              colWidths=[1.6 * cm, 2.6 * cm, 1.8 * cm, 3.2 * cm, 3.0 * cm, 10.5 * cm],
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 6),
        Paragraph("Dokumentägare: kanslichef. Översyn av delegationsordningen görs senast 2027-12-31.", H_SMALL),
    ]))
    build(doc, st, d)
    return d


# ==========================================================================
# 2. Kommunstyrelsens delegationsordning 2023 (replaced)
# ==========================================================================
KS23 = "ks-delegationsordning-2023.pdf"
KS23_LEGEND = [
    ("KS", "kommunstyrelsen"),
    ("KSAU", "kommunstyrelsens arbetsutskott"),
    ("KSO", "kommunstyrelsens ordförande"),
    ("KD", "kommundirektören"),
    ("KC", "kanslichefen"),
    ("EKC", "ekonomichefen"),
    ("PC", "personalchefen"),
    ("UPH", "upphandlaren"),
    ("SBC", "samhällsbyggnadschefen"),
    ("FC", "förvaltningschef eller avdelningschef"),
]
KS23_LAWS = [("KL", "kommunallagen (2017:725)"), ("FL", "förvaltningslagen (2017:900)"),
             ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
             ("LOU", "lagen (2016:1145) om offentlig upphandling"),
             ("LAS", "lagen (1982:80) om anställningsskydd")]

# (key, matter, delegat, anmärkning, lagrum)
KS23_SECTIONS = [
    ("A. Allmänna ärenden", [
        ("ks23-a1", "Beslut i brådskande ärenden", "KSO", "Anmäls vid nästa sammanträde", "KL 6 kap. 39 §"),
        ("ks23-a2", "Avvisning av för sent inkommet överklagande", "KC", None, "FL 45 §"),
        ("ks23-a3", "Avslag på begäran om utlämnande av allmän handling", "KC", None, "OSL 6 kap. 3 §"),
        ("ks23-a4", "Yttrande över remisser som inte är av principiell beskaffenhet", "KSAU", None, None),
        ("ks23-a5", "Fullmakt att föra kommunens talan", "KD", None, "KL 6 kap. 15 §"),
    ]),
    ("B. Ekonomi", [
        ("ks23-b1", "Upptagande av lån inom av fullmäktige fastställd ram", "EKC", None, None),
        ("ks23-b2", "Avskrivning av fordran upp till 2 prisbasbelopp", "EKC", None, None),
        ("ks23-b3", "Avskrivning av fordran över 2 prisbasbelopp", "KSAU", None, None),
        ("ks23-b4", "Omdisponering av medel inom kommunstyrelsens budget", "KD", "Högst 500 000 kr per tillfälle", None),
        ("ks23-b5", "Bidrag ur fonden för lokala initiativ", "KSAU", "Högst 25 000 kr per ansökan", None),
    ]),
    ("C. Upphandling", [
        ("ks23-c1", "Direktupphandling", "FC", "Upp till direktupphandlingsgränsen", "LOU 19 kap."),
        ("ks23-c2", "Upphandling och tilldelning upp till 3 000 000 kr", "UPH", "Avser avtalets hela värde", "LOU"),
        ("ks23-c3", "Upphandling och tilldelning över 3 000 000 kr och upp till 10 000 000 kr", "KD", None, "LOU"),
        ("ks23-c4", "Upphandling och tilldelning över 10 000 000 kr", "KSAU", None, "LOU"),
        ("ks23-c5", "Hyresavtal för lokaler, högst 3 år", "SBC", None, None),
    ]),
    ("D. Fastigheter", [
        ("ks23-d1", "Försäljning av villatomter enligt tomtkö", "SBC", "Enligt fastställd prislista", None),
        ("ks23-d2", "Köp och försäljning av fastighet upp till 1 000 000 kr", "SBC", None, None),
        ("ks23-d3", "Köp och försäljning av fastighet över 1 000 000 kr och upp till 5 000 000 kr", "KSAU", None, None),
        ("ks23-d4", "Arrende och nyttjanderätt, högst 5 år", "SBC", None, None),
    ]),
    ("E. Personal", [
        ("ks23-e1", "Anställning av förvaltningschef", "KD", "Efter samråd med KSO", None),
        ("ks23-e2", "Uppsägning av personliga skäl och avsked", "PC", None, "LAS 7 och 18 §§"),
        ("ks23-e3", "Lokala kollektivavtal", "PC", None, None),
        ("ks23-e4", "Beslut om stridsåtgärd", "KSAU", None, None),
    ]),
]


def build_ks23():
    legend = dict(KS23_LEGEND)
    abbr = dict(legend)
    abbr.update(dict(KS23_LAWS))
    d = Doc(KS23, meta(
        layout="portrait-booktabs-rules-only-no-repeated-header-section-headings-prose-legend",
        title="Delegationsordning för kommunstyrelsen",
        doc_type="delegationsordning", decided_by="kommunstyrelsen",
        decision_date="2023-02-14", paragraph="§ 22", diarienummer="KS 2023/0041",
        valid_from="2023-03-01", valid_to=None,
        replaces="Delegationsordning för kommunstyrelsen antagen 2019-05-07, § 71",
        replaces_file=None, scope="Kommunstyrelsen och kommunledningsförvaltningen",
        owner="kanslichefen", review_date=None, publication_stated=None,
        status_2026_11_26="upphävd", abbreviations=abbr,
        notes="Older version replaced by ks-delegationsordning-2026.pdf from 2026-03-01; the document itself "
              "does not say so. Lower amount limits than the newer version. Legend is a prose list with dashes; "
              "table has only horizontal rules and no repeated header."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2.2 * cm, h - 1.3 * cm, "VIDEBY KOMMUN")
        c.drawRightString(w - 2.2 * cm, h - 1.3 * cm, "Delegationsordning för kommunstyrelsen  KS 2023/0041")
        c.setLineWidth(0.5)
        c.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
        c.drawString(2.2 * cm, 1.1 * cm, MARK)
        c.drawRightString(w - 2.2 * cm, 1.1 * cm, f"{page}/{total}")
        c.restoreState()

    doc = make_doc(KS23, [PageTemplate("p", [frame_full(A4)])], decorate, "Delegationsordning för kommunstyrelsen")
    st = []
    st.append(APara("Delegationsordning för kommunstyrelsen", S("t", "Helvetica-Bold", 20, 24, spaceAfter=10), key="title"))
    st.append(Anchor("meta"))
    for t in ["Antagen av kommunstyrelsen 2023-02-14, § 22", "Gäller från och med 2023-03-01",
              "Diarienummer KS 2023/0041",
              "Ersätter delegationsordning för kommunstyrelsen antagen 2019-05-07, § 71"]:
        st.append(Paragraph(t, S("m", size=10, lead=13)))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Allmänt", H_H2))
    st.append(Paragraph(
        "Delegationsordningen omfattar kommunstyrelsen och kommunledningsförvaltningen. Beslut som fattas "
        "med stöd av delegationsordningen ska anmälas till kommunstyrelsen. Ansvarig för att "
        "delegationsordningen hålls aktuell är kanslichefen. Vid förfall för delegat inträder närmast "
        "överordnad chef.", H_BODY))
    st.append(Paragraph("Förkortningar", H_H2))
    st.append(Anchor("legend"))
    for k, v in KS23_LEGEND + KS23_LAWS:
        st.append(Paragraph(f"{k} – {v}", S("l", size=9.5, lead=12.5, leftIndent=10)))
    st.append(Spacer(1, 8))
    colw = [7.0 * cm, 2.0 * cm, 5.0 * cm, 2.6 * cm]
    for sect, rows in KS23_SECTIONS:
        data = [[Paragraph(f"<b>{h}</b>", H_CELL) for h in ["Ärende", "Delegat", "Anmärkning", "Lagrum"]]]
        for key, matter, dele, anm, lag in rows:
            d.row(key, matter, legend[dele], dele, anm)
            data.append([APara(esc(matter), H_CELL, key=key), Paragraph(dele, H_CELL),
                         Paragraph(esc(anm) if anm else "", H_CELL), Paragraph(lag or "", H_CELL)])
        tbl = Table(data, colWidths=colw, repeatRows=0)
        tbl.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                                 ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                 ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        st.append(CondPageBreak(3 * cm))
        st.append(Paragraph(sect, H_H3))
        st.append(tbl)
    build(doc, st, d)
    return d


# ==========================================================================
# 3. Socialnämndens delegationsordning
# ==========================================================================
SN = "sn-delegationsordning.pdf"
SN_ROLES = [
    ("SN", "Socialnämnden"),
    ("SU", "Sociala utskottet"),
    ("Ordf", "Socialnämndens ordförande"),
    ("V ordf", "Socialnämndens vice ordförande"),
    ("SC", "Socialchef"),
    ("AC", "Avdelningschef"),
    ("EC", "Enhetschef"),
    ("1:e SS", "Förste socialsekreterare"),
    ("SS", "Socialsekreterare"),
    ("BH", "Biståndshandläggare"),
    ("AH", "Alkohol- och tobakshandläggare"),
    ("MAS", "Medicinskt ansvarig sjuksköterska"),
]
SN_LAWS = [
    ("SoL", "Socialtjänstlagen (2001:453)"),
    ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
    ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
    ("LSS", "Lagen (1993:387) om stöd och service till vissa funktionshindrade"),
    ("AlkL", "Alkohollagen (2010:1622)"),
    ("LTLP", "Lagen (2018:2088) om tobak och liknande produkter"),
    ("PSL", "Patientsäkerhetslagen (2010:659)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("KL", "Kommunallagen (2017:725)"),
]
# (key, nr, lagrum, matter, delegat, anm)
SN_SECTIONS = [
    ("A", "ALLMÄNNA ÄRENDEN", [
        ("sn-a1", "A.1", "KL 6 kap. 39 §", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "Ordf", "Vid förhinder för ordföranden: V ordf"),
        ("sn-a2", "A.2", "OSL 6 kap. 3 §", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "SC", None),
        ("sn-a3", "A.3", "FL 37 §", "Omprövning av beslut", "SS/1:e SS", "Den som fattat det ursprungliga beslutet"),
        ("sn-a4", "A.4", "SoL 14 kap. 7 §", "Anmälan till IVO om allvarligt missförhållande (lex Sarah)", "SC", None),
    ]),
    ("B", "EKONOMISKT BISTÅND", [
        ("sn-b1", "B.1", "SoL 4 kap. 1 §", "Försörjningsstöd enligt riksnormen och skäliga kostnader för boende", "SS", None),
        ("sn-b2", "B.2", "SoL 4 kap. 1 §", "Ekonomiskt bistånd till livsföringen i övrigt, t.ex. tandvård, glasögon och hemutrustning", "SS/1:e SS", "Högst 0,5 prisbasbelopp per hushåll och år"),
        ("sn-b3", "B.3", "SoL 4 kap. 1 §", "Ekonomiskt bistånd till livsföringen i övrigt som överstiger 0,5 prisbasbelopp per hushåll och år", "EC", None),
        ("sn-b4", "B.4", "SoL 4 kap. 2 §", "Ekonomiskt bistånd utöver skälig levnadsnivå", "SU", None),
        ("sn-b5", "B.5", "SoL 9 kap. 1 §", "Beslut om återkrav av ekonomiskt bistånd som utbetalats felaktigt", "EC", None),
        ("sn-b6", "B.6", "SoL 9 kap. 3 §", "Beslut att väcka talan om ersättning hos förvaltningsrätten", "SU", None),
    ]),
    ("C", "BARN OCH UNGA", [
        ("sn-c1", "C.1", "SoL 11 kap. 1 §", "Beslut att inleda utredning", "SS", None),
        ("sn-c2", "C.2", "SoL 11 kap. 1 §", "Beslut att inte inleda utredning eller att lägga ned inledd utredning", "1:e SS", None),
        ("sn-c3", "C.3", "SoL 4 kap. 1 §", "Bistånd i form av kontaktperson eller kontaktfamilj", "EC", None),
        ("sn-c4", "C.4", "SoL 4 kap. 1 §", "Bistånd i form av vård i familjehem eller i hem för vård eller boende (HVB)", "SU", None),
        ("sn-c5", "C.5", "SoL 6 kap. 6 §", "Medgivande att ta emot barn för stadigvarande vård och fostran i enskilt hem", "SU", None),
        ("sn-c6", "C.6", "SoL 4 kap. 1 §", "Öppenvårdsinsats i egen regi för barn och unga", "1:e SS/EC", "Högst sex månader per beslut"),
    ]),
    ("D", "TVÅNGSVÅRD (LVU OCH LVM)", [
        ("sn-d1", "D.1", "LVU 6 §", "Beslut om omedelbart omhändertagande av barn eller ungdom", "Ordf/V ordf", "Får inte vidaredelegeras. Anmäls vid SU:s nästa sammanträde"),
        ("sn-d2", "D.2", "LVU 4 §", "Ansökan hos förvaltningsrätten om vård enligt LVU", "SU", None),
        ("sn-d3", "D.3", "LVM 13 §", "Beslut om omedelbart omhändertagande av missbrukare", "Ordf/V ordf", None),
        ("sn-d4", "D.4", "LVM 11 §", "Ansökan hos förvaltningsrätten om vård enligt LVM", "SU", None),
    ]),
    ("E", "ÄLDREOMSORG OCH FUNKTIONSHINDER", [
        ("sn-e1", "E.1", "SoL 4 kap. 1 §", "Bistånd i form av hemtjänst", "BH", None),
        ("sn-e2", "E.2", "SoL 4 kap. 1 §", "Bistånd i form av korttidsvistelse", "BH", "Högst 30 dygn per beslut"),
        ("sn-e3", "E.3", "SoL 4 kap. 1 §", "Bistånd i form av särskilt boende för äldre", "EC", None),
        ("sn-e4", "E.4", "LSS 9 § 2", "Biträde av personlig assistent eller ekonomiskt stöd till skäliga kostnader för sådant biträde", "EC", None),
        ("sn-e5", "E.5", "LSS 9 § 9", "Bostad med särskild service för vuxna", "AC", None),
        ("sn-e6", "E.6", "PSL 3 kap. 5 §", "Anmälan till IVO om vårdskada eller risk för allvarlig vårdskada (lex Maria)", "MAS", None),
    ]),
    ("F", "ALKOHOL OCH TOBAK", [
        ("sn-f1", "F.1", "AlkL 8 kap. 2 §", "Stadigvarande serveringstillstånd till allmänheten eller slutet sällskap", "SU", None),
        ("sn-f2", "F.2", "AlkL 8 kap. 2 §", "Tillfälligt serveringstillstånd till slutet sällskap", "AH", None),
        ("sn-f3", "F.3", "AlkL 8 kap. 2 §", "Tillfälligt serveringstillstånd till allmänheten", "AH", "Vid högst fem tillfällen per sökande och år; därutöver SU"),
        ("sn-f4", "F.4", "AlkL 9 kap. 17 §", "Erinran till tillståndshavare", "AH", None),
        ("sn-f5", "F.5", "AlkL 9 kap. 17 §", "Varning eller återkallelse av serveringstillstånd", "SU", None),
        ("sn-f6", "F.6", "LTLP 5 kap. 1 §", "Försäljningstillstånd för tobaksvaror", "AH", None),
    ]),
]


def build_sn():
    legend = {k: v.lower() for k, v in SN_ROLES}
    abbr = dict(legend)
    abbr.update({k: v.lower() for k, v in SN_LAWS})
    d = Doc(SN, meta(
        layout="law-first-columns-slash-combined-codes-split-legend-revision-list-cover",
        title="Socialnämndens delegationsordning",
        doc_type="delegationsordning", decided_by="socialnämnden",
        decision_date="2025-11-19", paragraph="§ 121", diarienummer="SN 2023/0457",
        valid_from="2025-12-01", valid_to=None, replaces=None, replaces_file=None,
        scope="Socialnämndens verksamhetsområde (individ- och familjeomsorg, äldreomsorg, funktionshinder, alkohol och tobak)",
        owner="socialchef", review_date=None, publication_stated=None,
        status_2026_11_26="gällande", abbreviations=abbr,
        notes="Cover lists the first adoption (2024-01-24 § 6) and two revisions; the latest revision "
              "(2025-11-19 § 121) is the decision in force. Lagrum comes before Ärende; combined delegates "
              "are written with a slash; legend split into roles and laws."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(2 * cm, h - 1.2 * cm, "VIDEBY KOMMUN")
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, h - 1.55 * cm, "Socialnämnden")
        c.drawRightString(w - 2 * cm, h - 1.2 * cm, f"Sida {page} ({total})")
        c.setFont("Helvetica-Oblique", 7)
        c.drawCentredString(w / 2, 0.8 * cm, MARK + " – Videby kommun finns inte")
        c.restoreState()

    doc = make_doc(SN, [PageTemplate("p", [frame_full(A4, l=2 * cm, r=2 * cm)])], decorate,
                   "Socialnämndens delegationsordning")
    st = [Spacer(1, 3 * cm),
          APara("Socialnämndens delegationsordning", S("t", "Helvetica-Bold", 22, 27), key="title"),
          Spacer(1, 1.2 * cm), Anchor("meta")]
    for t in ["Antagen av socialnämnden 2024-01-24, § 6",
              "Reviderad av socialnämnden 2024-09-18, § 97",
              "Reviderad av socialnämnden 2025-11-19, § 121",
              "Gäller från 2025-12-01", "Dnr SN 2023/0457",
              "Dokumentansvarig: socialchef"]:
        st.append(Paragraph(t, S("m", size=11, lead=15)))
    st.append(PageBreak())
    st.append(Paragraph("Förkortningar", H_H2))
    st.append(Anchor("legend"))
    st.append(Paragraph("Befattningar och organ", H_H3))
    st.append(Table([[Paragraph(k, H_CELL), Paragraph(v, H_CELL)] for k, v in SN_ROLES],
                    colWidths=[2.5 * cm, 10 * cm], style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1)])))
    st.append(Paragraph("Lagar", H_H3))
    st.append(Table([[Paragraph(k, H_CELL), Paragraph(v, H_CELL)] for k, v in SN_LAWS],
                    colWidths=[2.5 * cm, 12 * cm], style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1)])))
    st.append(Paragraph("Allmänt om delegationen", H_H2))
    st.append(Paragraph(
        "Beslut som fattas med stöd av delegation ska anmälas till socialnämnden vid nästa sammanträde. "
        "Är delegaten förhindrad får beslut fattas av närmast överordnad chef. Beslut av principiell "
        "beskaffenhet eller annars av större vikt ska alltid lämnas till nämnden.", H_BODY))
    st.append(PageBreak())
    head = ["Nr", "Lagrum", "Ärende", "Delegat", "Anm."]
    data = [[Paragraph(f"<b>{h}</b>", H_CELL) for h in head]]
    style = [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for letter, title, rows in SN_SECTIONS:
        i = len(data)
        data.append(["", Paragraph(f"<b>{letter}  {title}</b>", H_CELL_B), "", "", ""])
        style += [("SPAN", (1, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 8)]
        for key, nr, lag, matter, dele, anm in rows:
            d.row(key, matter, expand(dele, legend, r"/"), dele, anm)
            data.append([Paragraph(nr, H_CELL), Paragraph(lag, H_CELL), APara(esc(matter), H_CELL, key=key),
                         Paragraph(dele, H_CELL), Paragraph(esc(anm) if anm else "", H_CELL)])
            style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.25, colors.HexColor("#999999")))
    tbl = Table(data, colWidths=[1.1 * cm, 2.8 * cm, 7.0 * cm, 2.2 * cm, 3.9 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    st.append(tbl)
    build(doc, st, d)
    return d


# ==========================================================================
# 4. Miljö- och byggnadsnämndens delegationsordning (list layout, prose)
# ==========================================================================
MBN = "mbn-delegationsordning.pdf"
MBN_LAWS = [
    ("PBL", "plan- och bygglagen (2010:900)"),
    ("PBF", "plan- och byggförordningen (2011:338)"),
    ("MB", "miljöbalken"),
    ("FMH", "förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd"),
    ("LL", "livsmedelslagen (2006:804)"),
    ("KL", "kommunallagen (2017:725)"),
    ("FL", "förvaltningslagen (2017:900)"),
]
# (key, nr, matter, delegate written out, lagrum, villkor)
MBN_SECTIONS = [
    ("1", "Allmänna ärenden", [
        ("mbn-1.1", "1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "Nämndens ordförande", "KL 6 kap. 39 §", "Anmäls vid nämndens nästa sammanträde"),
        ("mbn-1.2", "1.2", "Avvisning av överklagande som kommit in för sent", "Den som fattat det överklagade beslutet", "FL 45 §", None),
        ("mbn-1.3", "1.3", "Yttrande till länsstyrelsen eller domstol när ett delegationsbeslut har överklagats", "Miljö- och byggchef", None, None),
    ]),
    ("2", "Plan- och bygglagen", [
        ("mbn-2.1", "2.1", "Bygglov för nybyggnad av en- eller tvåbostadshus inom detaljplanelagt område när åtgärden följer detaljplanen", "Bygglovshandläggare", "PBL 9 kap. 30 §", None),
        ("mbn-2.2", "2.2", "Bygglov som innebär en liten avvikelse från detaljplanen", "Bygglovschef", "PBL 9 kap. 31 b §", "Avvikelsen får inte vara av principiell betydelse"),
        ("mbn-2.3", "2.3", "Bygglov för tillbyggnad utanför detaljplanelagt område", "Bygglovshandläggare", "PBL 9 kap. 31 §", "Tillbyggnaden får vara högst 50 kvadratmeter bruttoarea"),
        ("mbn-2.4", "2.4", "Rivningslov", "Bygglovshandläggare", "PBL 9 kap. 34 §", None),
        ("mbn-2.5", "2.5", "Startbesked, slutbesked och interimistiskt slutbesked", "Byggnadsinspektör", "PBL 10 kap. 23 och 34 §§", None),
        ("mbn-2.6", "2.6", "Byggsanktionsavgift upp till 50 000 kronor", "Bygglovschef", "PBL 11 kap. 51 §", None),
        ("mbn-2.7", "2.7", "Byggsanktionsavgift över 50 000 kronor", "Arbetsutskottet", "PBL 11 kap. 51 §", None),
        ("mbn-2.8", "2.8", "Dispens från strandskyddsbestämmelserna", "Miljö- och byggchef", "MB 7 kap. 18 b §", "Gäller endast inom detaljplanelagt område"),
    ]),
    ("3", "Miljöbalken", [
        ("mbn-3.1", "3.1", "Föreläggande eller förbud utan vite", "Miljöinspektör", "MB 26 kap. 9 §", None),
        ("mbn-3.2", "3.2", "Föreläggande eller förbud förenat med vite upp till 50 000 kronor", "Miljöchef", "MB 26 kap. 14 §", None),
        ("mbn-3.3", "3.3", "Tillstånd att inrätta avloppsanordning med vattentoalett", "Miljöinspektör", "FMH 13 §", None),
        ("mbn-3.4", "3.4", "Uppehåll i hämtning av hushållsavfall", "Miljöinspektör", None, "Högst två år per beslut"),
        ("mbn-3.5", "3.5", "Beslut om avgift enligt taxa för prövning och tillsyn", "Miljöinspektör", "MB 27 kap. 1 §", None),
        ("mbn-3.6", "3.6", "Anmälan till polis eller åklagare vid misstanke om brott mot miljöbalken", "Miljöchef", "MB 26 kap. 2 §", None),
    ]),
    ("4", "Livsmedel", [
        ("mbn-4.1", "4.1", "Registrering av livsmedelsanläggning", "Livsmedelsinspektör", "LL", None),
        ("mbn-4.2", "4.2", "Beslut om riskklassning och årlig kontrollavgift", "Livsmedelsinspektör", None, None),
        ("mbn-4.3", "4.3", "Sanktionsavgift enligt livsmedelslagen", "Miljöchef", "LL 30 c §", None),
    ]),
]
MBN_STATEMENTS = [
    ("mbn-s1", "Nämnden beslutar själv om bygglov som innebär en avvikelse från detaljplanen som inte är liten.", "miljö- och byggnadsnämnden"),
    ("mbn-s2", "Beslut om planbesked fattas alltid av nämnden.", "miljö- och byggnadsnämnden"),
    ("mbn-s3", "Beslut om att ansöka hos mark- och miljödomstolen om utdömande av vite fattas av nämndens arbetsutskott.", "miljö- och byggnadsnämndens arbetsutskott"),
    ("mbn-s4", "Miljö- och byggchefen får vidaredelegera beslutanderätten i avsnitt 2 och 3 till annan anställd inom förvaltningen.", "miljö- och byggchefen"),
]


def build_mbn():
    d = Doc(MBN, meta(
        layout="unruled-numbered-list-delegate-right-label-lines-metadata-box-top-right-prose-rules",
        title="Delegationsordning för miljö- och byggnadsnämnden",
        doc_type="delegationsordning", decided_by="miljö- och byggnadsnämnden",
        decision_date="2025-09-17", paragraph="§ 88", diarienummer="MBN 2025/0312",
        valid_from="2025-10-01", valid_to=None, replaces=None, replaces_file=None,
        scope="Miljö- och byggnadsnämndens verksamhetsområde",
        owner="miljö- och byggchef", review_date="2027-09-30", publication_stated=None,
        status_2026_11_26="gällande", abbreviations={k: v for k, v in MBN_LAWS},
        notes="No ruled table: numbered entries with the delegate written out in a right column and "
              "'Lagrum:'/'Villkor:' label lines under the matter (condition recorded without the label). "
              "Decision metadata in a framed box at the top right of page 1. Prose section on matters the "
              "board keeps and on sub-delegation."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#2f6b3a"))
        c.drawString(2.3 * cm, 1.0 * cm, f"{MARK} · Delegationsordning för miljö- och byggnadsnämnden")
        c.drawRightString(w - 2.3 * cm, 1.0 * cm, str(page))
        c.restoreState()

    doc = make_doc(MBN, [PageTemplate("p", [frame_full(A4, l=2.3 * cm, r=2.3 * cm, t=1.8 * cm)])], decorate,
                   "Delegationsordning för miljö- och byggnadsnämnden")
    st = []
    box = Table([[Paragraph("<b>Beslutad av:</b> Miljö- och byggnadsnämnden", H_SMALL)],
                 [Paragraph("<b>Datum:</b> 2025-09-17, § 88", H_SMALL)],
                 [Paragraph("<b>Diarienummer:</b> MBN 2025/0312", H_SMALL)],
                 [Paragraph("<b>Gäller från:</b> 2025-10-01", H_SMALL)],
                 [Paragraph("<b>Dokumentansvarig:</b> Miljö- och byggchef", H_SMALL)],
                 [Paragraph("<b>Revideras senast:</b> 2027-09-30", H_SMALL)]],
                colWidths=[6.2 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2f6b3a")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5ef")),
                             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    titlecell = [Paragraph("Videby kommun", S("vk", "Helvetica", 10, textColor=colors.HexColor("#2f6b3a"))),
                 Spacer(1, 8),
                 APara("Delegationsordning för miljö- och byggnadsnämnden", S("t", "Helvetica-Bold", 17, 21), key="title")]
    top = Table([[titlecell, [Anchor("meta"), box]]], colWidths=[10.0 * cm, 6.4 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(top)
    st.append(Spacer(1, 12))
    st.append(Paragraph("Om delegationsordningen", H_H2))
    st.append(Paragraph(
        "Miljö- och byggnadsnämnden uppdrar åt de befattningshavare och organ som anges nedan att besluta "
        "på nämndens vägnar. Delegaten anges med befattning. Lagrum och eventuella villkor står under "
        "respektive ärende. Beslut som fattas med stöd av delegation anmäls till nämnden månadsvis.", H_BODY))
    st.append(Paragraph("Ärenden som inte delegeras", H_H3))
    st.append(Paragraph(
        "Ärenden av principiell beskaffenhet eller annars av större vikt avgörs av nämnden. "
        "Detsamma gäller yttranden till kommunfullmäktige.", H_BODY))
    for key, text, dec in MBN_STATEMENTS[:3]:
        d.stmt(key, text, dec)
        st.append(KeepTogether([APara(esc(text), H_BODY, key=key)]))
    st.append(Paragraph("Vidaredelegation och ersättare", H_H3))
    key, text, dec = MBN_STATEMENTS[3]
    d.stmt(key, text, dec)
    st.append(KeepTogether([APara(esc(text), H_BODY, key=key)]))
    st.append(Paragraph("Vid förfall för en delegat får beslutet fattas av närmast överordnad chef.", H_BODY))
    st.append(Spacer(1, 6))

    it = S("it", "Helvetica-Oblique", 8, 10, textColor=colors.HexColor("#333333"))
    for secnr, sectitle, rows in MBN_SECTIONS:
        st.append(CondPageBreak(4 * cm))
        st.append(Paragraph(f"{secnr}. {sectitle}", S("sh", "Helvetica-Bold", 11.5, 15, spaceBefore=10, spaceAfter=2,
                                                       textColor=colors.HexColor("#2f6b3a"))))
        for key, nr, matter, dele, lag, villk in rows:
            d.row(key, matter, dele.lower(), None, villk)
            left = [APara(esc(matter), H_BODY, key=key)]
            if lag:
                left.append(Paragraph(f"Lagrum: {lag}", it))
            if villk:
                left.append(Paragraph(f"Villkor: {esc(villk)}", it))
            t = Table([[Paragraph(f"<b>{nr}</b>", H_BODY), left, Paragraph(dele, S("dr", "Helvetica-Bold", 9, 11.5))]],
                      colWidths=[1.1 * cm, 10.6 * cm, 4.7 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                                   ("LEFTPADDING", (0, 0), (0, 0), 0)]))
            st.append(t)
    st.append(Spacer(1, 14))
    st.append(Paragraph("Förkortningar", H_H2))
    st.append(Anchor("legend"))
    for k, v in MBN_LAWS:
        st.append(Paragraph(f"<b>{k}</b> {v}", H_BODY))
    build(doc, st, d)
    return d


# ==========================================================================
# 5. Barn- och utbildningsnämndens delegationsordning (legend at the end)
# ==========================================================================
BUN = "bun-delegationsordning.pdf"
BUN_ROLES = [
    ("BUN", "Barn- och utbildningsnämnden"),
    ("Au", "Barn- och utbildningsnämndens arbetsutskott"),
    ("Ordf", "Barn- och utbildningsnämndens ordförande"),
    ("Fc", "Förvaltningschef"),
    ("Gc", "Grundskolechef"),
    ("FSc", "Förskolechef"),
    ("R", "Rektor"),
    ("BiR", "Biträdande rektor"),
    ("Hl", "Handläggare vid barn- och utbildningsförvaltningens kansli"),
    ("Ssk", "Skolskjutssamordnare"),
    ("Ec", "Ekonomichef"),
]
BUN_LAWS = [
    ("SL", "Skollagen (2010:800)"),
    ("SF", "Skolförordningen (2011:185)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
]
# (key, pkt, matter, delegat, lagrum, vidaredelegering, kommentar)
BUN_SECTIONS = [
    ("A", "Allmänna ärenden", [
        ("bun-a1", "A1", "Beslut i brådskande ärenden", "Ordf", "KL 6:39", "Nej", "Anmäls vid nästa sammanträde"),
        ("bun-a2", "A2", "Beslut att avslå begäran om utlämnande av allmän handling", "Fc", "OSL 6:3", "Ja", None),
        ("bun-a3", "A3", "Yttrande till Skolinspektionen eller Barn- och elevombudet med anledning av anmälan", "Fc", None, "Ja", None),
        ("bun-a4", "A4", "Utseende av personuppgiftsombud för skolans digitala lärplattformar", "Fc", None, "Nej", None),
    ]),
    ("B", "Förskola och fritidshem", [
        ("bun-b1", "B1", "Placering i förskola och fritidshem", "Hl", "SL 8:14, 14:3", "Nej", "Enligt kommunens köregler"),
        ("bun-b2", "B2", "Förskola för barn som av fysiska, psykiska eller andra skäl behöver särskilt stöd", "FSc", "SL 8:7", "Ja", None),
        ("bun-b3", "B3", "Nedsättning av eller befrielse från avgift i förskola och fritidshem", "FSc", "SL 8:20", "Nej", "Vid synnerliga skäl, högst sex månader"),
        ("bun-b4", "B4", "Uppsägning av plats på grund av obetalda avgifter", "FSc", None, "Nej", "Efter två påminnelser"),
        ("bun-b5", "B5", "Godkännande av enskild som huvudman för förskola", "Au", "SL 2:5", "Nej", None),
    ]),
    ("C", "Grundskola och grundsärskola", [
        ("bun-c1", "C1", "Placering vid annan skolenhet än den vårdnadshavarna önskar", "Gc", "SL 10:30", "Nej", None),
        ("bun-c2", "C2", "Skolskjuts", "Ssk", "SL 10:32", "Nej", "Enligt riktlinjer för skolskjuts"),
        ("bun-c3", "C3", "Skolskjuts vid växelvis boende och för elev som valt annan skolenhet", "Ssk", "SL 10:33", "Nej", "Bedömning om skolskjuts kan ske utan organisatoriska svårigheter eller ekonomiska merkostnader"),
        ("bun-c4", "C4", "Mottagande av elev från annan kommun", "Gc", "SL 10:25", "Nej", None),
        ("bun-c5", "C5", "Uppskjuten skolplikt", "Gc", "SL 7:10", "Nej", None),
        ("bun-c6", "C6", "Medgivande att fullgöra skolplikten på annat sätt", "Au", "SL 24:23", "Nej", None),
        ("bun-c7", "C7", "Föreläggande för vårdnadshavare att fullgöra skolplikt, med eller utan vite", "Au", "SL 7:23", "Nej", None),
        ("bun-c8", "C8", "Mottagande i grundsärskola", "Gc", "SL 7:5", "Nej", "Efter utredning"),
    ]),
    ("D", "Gymnasieskola och vuxenutbildning", [
        ("bun-d1", "D1", "Avtal om interkommunal ersättning", "Fc", "SL 16:50", "Ja", None),
        ("bun-d2", "D2", "Inackorderingstillägg", "Hl", "SL 15:32", "Nej", None),
        ("bun-d3", "D3", "Mottagande till kommunal vuxenutbildning", "R", "SL 20:14", "Nej", None),
    ]),
    ("E", "Personal och ekonomi", [
        ("bun-e1", "E1", "Anställning av rektor", "Gc/FSc", None, "Nej", "Efter samråd med Fc"),
        ("bun-e2", "E2", "Anställning av övrig personal", "R/BiR", None, "Ja", None),
        ("bun-e3", "E3", "Direktupphandling", "Fc", "LOU 19:12", "Ja", "Upp till direktupphandlingsgränsen"),
        ("bun-e4", "E4", "Upphandling över direktupphandlingsgränsen upp till 3 000 000 kr", "Fc", "LOU", "Nej", None),
        ("bun-e5", "E5", "Upphandling över 3 000 000 kr", "Au", "LOU", "Nej", None),
        ("bun-e6", "E6", "Ersättning för skada på elevs eller personals egendom", "Ec", None, "Nej", "Upp till ett prisbasbelopp per skadetillfälle"),
    ]),
]


def build_bun():
    legend = {k: v.lower() for k, v in BUN_ROLES}
    abbr = dict(legend)
    abbr.update({k: v.lower() for k, v in BUN_LAWS})
    d = Doc(BUN, meta(
        layout="grid-table-no-repeated-header-legend-in-appendix-at-end-metadata-strip-on-cover",
        title="Delegationsordning för barn- och utbildningsnämnden",
        doc_type="delegationsordning", decided_by="barn- och utbildningsnämnden",
        decision_date="2025-12-10", paragraph="§ 104", diarienummer="BUN 2025/0266",
        valid_from="2026-01-01", valid_to=None, replaces=None, replaces_file=None,
        scope="Barn- och utbildningsnämndens verksamhetsområde",
        owner="förvaltningschef", review_date=None, publication_stated=None,
        status_2026_11_26="gällande", abbreviations=abbr,
        notes="Mixed-case delegate codes explained only in Bilaga 1 at the end; the table header is not "
              "repeated after page breaks; lagrum in chapter:section form; a yes/no column for "
              "sub-delegation. Metadata as a strip at the bottom of the cover."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica", 8)
        if page > 1:
            c.drawString(2 * cm, h - 1.2 * cm, "Delegationsordning för barn- och utbildningsnämnden")
            c.drawRightString(w - 2 * cm, h - 1.2 * cm, f"Sida {page} av {total}")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#8a1c1c"))
        c.drawRightString(w - 2 * cm, 0.9 * cm, MARK)
        c.restoreState()

    doc = make_doc(BUN, [PageTemplate("p", [frame_full(A4, l=2 * cm, r=2 * cm, t=2 * cm)])], decorate,
                   "Delegationsordning för barn- och utbildningsnämnden")
    st = [Spacer(1, 1 * cm),
          Paragraph("Barn- och utbildningsförvaltningen", S("bf", size=10, textColor=colors.HexColor("#8a1c1c"))),
          Spacer(1, 5 * cm),
          APara("DELEGATIONSORDNING", S("t0", "Helvetica-Bold", 26, 30, alignment=TA_CENTER), key="title"),
          Paragraph("för barn- och utbildningsnämnden", S("t1", "Helvetica", 16, 22, alignment=TA_CENTER)),
          Spacer(1, 1.0 * cm),
          Paragraph("Dokumentets syfte: delegationsordningen anger vilka beslut som fattas av nämnden, "
                    "dess arbetsutskott eller ordförande och vilka som fattas av anställda.",
                    S("t2", size=10, lead=13, alignment=TA_CENTER)),
          Spacer(1, 7 * cm), Anchor("meta")]
    strip = Table([[Paragraph(f"<b>{h}</b>", H_SMALL) for h in ["Diarienummer", "Fastställd", "Beslutsinstans", "Gäller från", "Dokumentansvarig"]],
                   [Paragraph(x, H_SMALL) for x in ["BUN 2025/0266", "2025-12-10, § 104", "Barn- och utbildningsnämnden", "2026-01-01", "Förvaltningschef"]]],
                  colWidths=[3.0 * cm, 3.0 * cm, 4.4 * cm, 2.6 * cm, 4.0 * cm])
    strip.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#8a1c1c")),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor("#8a1c1c"))]))
    st.append(strip)
    st.append(PageBreak())
    st.append(Paragraph("Allmänt", H_H2))
    for t in ["Delegationsordningen gäller från och med den 1 januari 2026. Delegatförkortningar och "
              "lagförkortningar förklaras i bilaga 1 och bilaga 2 sist i dokumentet.",
              "Beslutanderätt som rektor har direkt enligt skollagen redovisas inte i delegationsordningen. "
              "I kolumnen Vid.del. anges om delegaten får vidaredelegera beslutanderätten (Ja/Nej).",
              "Delegationsbeslut anmäls till nämnden genom förteckning som lämnas till nämndsekreteraren."]:
        st.append(Paragraph(t, H_BODY))
        st.append(Spacer(1, 4))
    st.append(Spacer(1, 6))
    head = ["Pkt", "Ärende", "Delegat", "Lagrum", "Vid.del.", "Kommentar"]
    data = [[Paragraph(f"<b>{h}</b>", H_CELL) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dede"))]
    for letter, title, rows in BUN_SECTIONS:
        i = len(data)
        data.append([Paragraph(f"<b>{letter}</b>", H_CELL), Paragraph(f"<b>{title.upper()}</b>", H_CELL), "", "", "", ""])
        style.append(("SPAN", (1, i), (-1, i)))
        for key, pkt, matter, dele, lag, vd, kom in rows:
            d.row(key, matter, expand(dele, legend, r"/"), dele, kom)
            data.append([Paragraph(pkt, H_CELL), APara(esc(matter), H_CELL, key=key), Paragraph(dele, H_CELL),
                         Paragraph(lag or "", H_CELL), Paragraph(vd, H_CELL),
                         Paragraph(esc(kom) if kom else "", H_CELL)])
    tbl = Table(data, colWidths=[1.0 * cm, 6.3 * cm, 1.7 * cm, 2.3 * cm, 1.5 * cm, 4.2 * cm], repeatRows=0)
    tbl.setStyle(TableStyle(style))
    st.append(tbl)
    st.append(PageBreak())
    st.append(Paragraph("Bilaga 1. Förklaring av delegatförkortningar", H_H2))
    st.append(Anchor("legend"))
    for k, v in BUN_ROLES:
        st.append(Paragraph(f"{k} = {v}", H_BODY))
    st.append(Paragraph("Bilaga 2. Lagförkortningar", H_H2))
    for k, v in BUN_LAWS:
        st.append(Paragraph(f"{k} = {v}", H_BODY))
    build(doc, st, d)
    return d


# ==========================================================================
# 6. Reglemente för kultur- och fritidsnämnden (prose, Times)
# ==========================================================================
REG = "reglemente-kultur-fritid.pdf"


def build_reg():
    d = Doc(REG, meta(
        layout="serif-paragraph-numbered-prose-vfs-header-document-information-table-at-end",
        title="Reglemente för kultur- och fritidsnämnden",
        doc_type="reglemente", decided_by="kommunfullmäktige",
        decision_date="2024-12-16", paragraph="§ 178", diarienummer="KS 2024/0390",
        valid_from="2025-01-01", valid_to=None,
        replaces="Reglemente för kultur- och fritidsnämnden antaget av kommunfullmäktige 2019-03-25, § 34",
        replaces_file=None, scope="Kultur- och fritidsnämnden",
        owner="kanslichef", review_date="2028-12-31", publication_stated="extern",
        status_2026_11_26="gällande", abbreviations={"VFS": "videby kommuns författningssamling"},
        notes="Pure prose with § numbering in a serif font; decision rights stated in sentences. "
              "Decision metadata only in the Dokumentinformation table at the end, which also states "
              "external publication."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(2.5 * cm, h - 1.4 * cm, "Videby kommuns författningssamling")
        c.drawRightString(w - 2.5 * cm, h - 1.4 * cm, "VFS 2024:12")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, 1.2 * cm, f"{page}")
        c.drawString(2.5 * cm, 0.7 * cm, MARK)
        c.restoreState()

    doc = make_doc(REG, [PageTemplate("p", [frame_full(A4, l=2.5 * cm, r=2.5 * cm, t=2.3 * cm)])], decorate,
                   "Reglemente för kultur- och fritidsnämnden")
    st = [APara("Reglemente för kultur- och fritidsnämnden", T_H1, key="title")]

    def par(n, head):
        st.append(Paragraph(f"{n} §  {head}", T_PAR))

    def txt(t):
        st.append(Paragraph(t, T_BODY))

    def stmt(key, t, dec):
        d.stmt(key, t, dec)
        st.append(KeepTogether([APara(esc(t), T_BODY, key=key)]))

    st.append(Paragraph("Nämndens uppgifter", T_H2))
    par(1, "Verksamhetsområde")
    txt("Kultur- och fritidsnämnden ansvarar för kommunens kulturverksamhet, folkbibliotek, kulturskola, "
        "fritidsgårdar, idrotts- och fritidsanläggningar samt kommunens stöd till föreningslivet.")
    par(2, "Uppdrag")
    txt("Nämnden ska inom sitt verksamhetsområde verka för att de mål som kommunfullmäktige beslutat uppnås "
        "och att verksamheten bedrivs inom tilldelad budget.")
    par(3, "Föreningsbidrag")
    stmt("reg-s1", "Nämnden beslutar om bidrag till föreningar enligt de bidragsregler som kommunfullmäktige fastställt.", "kultur- och fritidsnämnden")
    txt("Bidrag som inte ryms i bidragsreglerna, eller som överstiger 200 000 kronor per förening och år, "
        "får inte beviljas av nämnden.")
    stmt("reg-s2", "Beslut om bidrag som överstiger 200 000 kronor per förening och år fattas av kommunstyrelsen.", "kommunstyrelsen")
    par(4, "Anläggningar och lokaler")
    txt("Nämnden förvaltar de idrotts- och fritidsanläggningar som kommunfullmäktige överlämnat till nämnden.")
    stmt("reg-s3", "Beslut om avgifter för uthyrning av nämndens lokaler och anläggningar fattas av kommunfullmäktige efter förslag från nämnden.", "kommunfullmäktige")
    stmt("reg-s4", "Nämnden beslutar om namn på idrotts- och fritidsanläggningar efter samråd med kommunstyrelsen.", "kultur- och fritidsnämnden")
    par(5, "Kulturpris och stipendier")
    stmt("reg-s5", "Nämnden beslutar om utdelning av Videby kommuns kulturpris, idrottspris och kulturstipendier.", "kultur- och fritidsnämnden")
    par(6, "Bibliotek")
    txt("Nämnden är ansvarig för folkbiblioteksverksamheten enligt bibliotekslagen (2013:801) och ska anta "
        "en biblioteksplan som fastställs av kommunfullmäktige.")
    par(7, "Offentlig konst")
    stmt("reg-s6", "Förvaltningschefen får besluta om placering av konst i kommunens lokaler.", "förvaltningschefen")

    st.append(Paragraph("Nämndens arbetsformer", T_H2))
    par(8, "Sammansättning")
    txt("Nämnden består av sju ledamöter och fem ersättare. Kommunfullmäktige väljer bland ledamöterna en "
        "ordförande och en vice ordförande.")
    par(9, "Sammanträden")
    txt("Nämnden sammanträder på dag och tid som nämnden bestämmer. Sammanträde ska hållas om minst en tredjedel "
        "av ledamöterna begär det.")
    stmt("reg-s7", "Ordföranden får besluta att ett sammanträde ska ställas in eller att tidpunkten ska ändras.", "kultur- och fritidsnämndens ordförande")
    par(10, "Deltagande på distans")
    txt("Ledamöter får delta i sammanträden på distans om nämnden beslutat det och ljud och bild överförs så att "
        "alla deltagare kan se och höra varandra.")
    par(11, "Justering av protokoll")
    txt("Protokollet justeras av ordföranden och en ledamot senast fjorton dagar efter sammanträdet.")
    par(12, "Arbetsutskott")
    txt("Nämnden får inrätta ett arbetsutskott med tre ledamöter och tre ersättare.")
    par(13, "Undertecknande av handlingar")
    txt("Avtal, skrivelser och andra handlingar som beslutats av nämnden undertecknas av ordföranden och "
        "kontrasigneras av förvaltningschefen.")
    st.append(Spacer(1, 14))
    st.append(CondPageBreak(7 * cm))
    st.append(Anchor("meta"))
    st.append(Paragraph("Dokumentinformation", T_H2))
    rows = [("Dokumenttyp", "Reglemente"), ("Beslutad av", "Kommunfullmäktige"),
            ("Beslutsdatum", "2024-12-16, § 178"), ("Diarienummer", "KS 2024/0390"),
            ("Gäller från", "2025-01-01"), ("Gäller för", "Kultur- och fritidsnämnden"),
            ("Dokumentägare", "Kanslichef"), ("Aktualitetsprövning", "Senast 2028-12-31"),
            ("Ersätter", "Reglemente för kultur- och fritidsnämnden antaget av kommunfullmäktige 2019-03-25, § 34"),
            ("Publicering", "Extern – kommunens webbplats och författningssamling (VFS)")]
    t = Table([[Paragraph(f"<b>{a}</b>", T_CELL), Paragraph(b, T_CELL)] for a, b in rows],
              colWidths=[4.2 * cm, 11.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    build(doc, st, d)
    return d


# ==========================================================================
# 7. Inköps- och upphandlingspolicy (metadata in a left sidebar)
# ==========================================================================
POL = "policy-inkop-upphandling.pdf"


def build_pol():
    d = Doc(POL, meta(
        layout="first-page-left-sidebar-metadata-frame-two-frames-then-single-column-small-responsibility-table",
        title="Inköps- och upphandlingspolicy",
        doc_type="policy", decided_by="kommunfullmäktige",
        decision_date="2025-04-28", paragraph="§ 52", diarienummer="KS 2025/0112",
        valid_from="2025-06-01", valid_to=None,
        replaces="Upphandlingspolicy antagen av kommunfullmäktige 2017-10-30, § 96", replaces_file=None,
        scope="Samtliga nämnder och helägda kommunala bolag", owner="upphandlingschef",
        review_date="2029-04-30", publication_stated=None, status_2026_11_26="gällande",
        abbreviations={"LOU": "lagen (2016:1145) om offentlig upphandling"},
        notes="Page 1 has two frames: a shaded left sidebar with all decision metadata and the main text to "
              "the right. A short responsibility table with written-out deciders."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 2 * cm, 1.0 * cm, f"{page} ({total})")
        c.drawString(7.0 * cm if page == 1 else 2 * cm, 1.0 * cm, MARK)
        c.restoreState()

    w, h = A4
    side = Frame(0.9 * cm, 2 * cm, 4.6 * cm, h - 4 * cm, id="side", leftPadding=0, rightPadding=0)
    main1 = Frame(7.0 * cm, 2 * cm, w - 9.0 * cm, h - 4 * cm, id="main1", leftPadding=0, rightPadding=0)
    main = frame_full(A4, l=2 * cm, r=2 * cm)
    def bg(c, _doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.rect(0, 0, 6.3 * cm, h, stroke=0, fill=1)
        c.restoreState()

    doc = make_doc(POL, [PageTemplate("first", [side, main1], onPage=bg), PageTemplate("rest", [main])], decorate,
                   "Inköps- och upphandlingspolicy")
    sb = S("sb", size=8, lead=10)
    sbb = S("sbb", "Helvetica-Bold", 8, 10, spaceBefore=6)
    st = [NextPageTemplate("rest"), Paragraph("VIDEBY KOMMUN", S("vk", "Helvetica-Bold", 10, 13)), Spacer(1, 12), Anchor("meta")]
    for a, b in [("Dokumenttyp", "Policy"), ("Beslutad av", "Kommunfullmäktige"), ("Beslutsdatum", "2025-04-28, § 52"),
                 ("Diarienummer", "KS 2025/0112"), ("Gäller från", "2025-06-01"), ("Giltighet", "Tills vidare"),
                 ("Gäller för", "Samtliga nämnder och helägda kommunala bolag"), ("Dokumentägare", "Upphandlingschef"),
                 ("Revideras senast", "2029-04-30"),
                 ("Ersätter", "Upphandlingspolicy antagen av kommunfullmäktige 2017-10-30, § 96")]:
        st.append(Paragraph(a, sbb))
        st.append(Paragraph(b, sb))
    st.append(FrameBreak())
    st.append(APara("Inköps- och upphandlingspolicy", S("t", "Helvetica-Bold", 20, 24, spaceAfter=10), key="title"))
    body = S("pb", size=10, lead=13.5, spaceAfter=6)
    for head, text in [
        ("Syfte", "Policyn anger kommunens förhållningssätt vid inköp och upphandling. Genom att samordna inköp, "
                  "ställa relevanta krav och följa upp avtal ska kommunen använda skattemedel effektivt och bidra "
                  "till en hållbar utveckling."),
        ("Utgångspunkter", "Alla inköp ska göras enligt lagen om offentlig upphandling och enligt kommunens "
                           "gällande avtal. Avtalstroheten ska vara hög. Inköp får inte delas upp i syfte att "
                           "komma under direktupphandlingsgränsen."),
        ("Hållbarhet", "Kommunen ska där det är relevant ställa miljökrav, sociala krav och krav på schyssta "
                       "arbetsvillkor. Vid upphandlingar över 5 000 000 kronor ska krav på villkor i nivå med "
                       "svenska kollektivavtal alltid övervägas."),
        ("Lokala företag", "Upphandlingar ska utformas så att små och lokala företag har möjlighet att lämna "
                           "anbud, exempelvis genom uppdelning i delområden."),
        ("Direktupphandling", "Direktupphandling över 100 000 kronor ska dokumenteras. Minst tre leverantörer ska "
                              "tillfrågas när värdet överstiger 250 000 kronor."),
    ]:
        st.append(Paragraph(head, H_H3))
        st.append(Paragraph(text, body))
    st.append(Paragraph("Ansvarsfördelning", H_H3))
    st.append(Paragraph("Ansvaret för upphandlingsbeslut fördelas enligt tabellen. Beslutanderätten inom en nämnd "
                        "framgår av nämndens delegationsordning.", body))
    rows = [
        ("pol-r1", "Upphandling av kommungemensamma ramavtal", "Kommunstyrelsen", "Upphandlingsenheten genomför upphandlingen"),
        ("pol-r2", "Upphandling som endast avser en nämnds verksamhet", "Respektive nämnd", "Inom nämndens budget"),
        ("pol-r3", "Upphandling för ett helägt kommunalt bolag", "Bolagets styrelse", "Bolaget får ansluta sig till kommunens ramavtal"),
        ("pol-r4", "Undantag från denna policy", "Kommunstyrelsen", "Undantag ska dokumenteras och anmälas till kommunfullmäktige"),
        ("pol-r5", "Tillämpningsanvisningar till policyn", "Kommundirektören", None),
    ]
    data = [[Paragraph(f"<b>{x}</b>", H_CELL) for x in ["Beslut", "Beslutas av", "Kommentar"]]]
    for key, m, dec, kom in rows:
        d.row(key, m, dec.lower(), None, kom)
        data.append([APara(esc(m), H_CELL, key=key), Paragraph(dec, H_CELL), Paragraph(kom or "", H_CELL)])
    t = Table(data, colWidths=[4.8 * cm, 3.0 * cm, 4.9 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    st.append(t)
    st.append(Paragraph("Uppföljning", H_H3))
    st.append(Paragraph("Kommunstyrelsen följer årligen upp policyn och redovisar avtalstrohet och genomförda "
                        "upphandlingar i årsredovisningen.", body))
    build(doc, st, d)
    return d


# ==========================================================================
# 8. Riktlinjer för representation och gåvor (internal)
# ==========================================================================
RIK = "riktlinje-representation.pdf"


def build_rik():
    d = Doc(RIK, meta(
        layout="running-metadata-header-band-on-every-page-amount-table-internal",
        title="Riktlinjer för representation och gåvor",
        doc_type="riktlinje", decided_by="kommundirektören",
        decision_date="2025-08-20", paragraph=None, diarienummer="KS 2025/0288",
        valid_from="2025-09-01", valid_to=None, replaces=None, replaces_file=None,
        scope="Anställda och förtroendevalda i Videby kommun (ej de kommunala bolagen)",
        owner="ekonomichef", review_date="2027-08-31", publication_stated="intern",
        status_2026_11_26="gällande", abbreviations={},
        notes="Internal guideline decided by an official, not a political body. Metadata repeated in a "
              "header band on every page; the document states it is published on the intranet only."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFillColor(colors.HexColor("#3b3b6d"))
        c.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(1.5 * cm, h - 0.75 * cm, "RIKTLINJE  |  INTERN")
        c.setFont("Helvetica", 7.5)
        c.drawString(1.5 * cm, h - 1.2 * cm, "Beslutad av kommundirektören 2025-08-20  |  Dnr KS 2025/0288  |  Gäller från 2025-09-01")
        c.drawRightString(w - 1.5 * cm, h - 0.75 * cm, f"{page}/{total}")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(1.5 * cm, 1.0 * cm, MARK + " · Publiceras endast på intranätet")
        c.restoreState()

    doc = make_doc(RIK, [PageTemplate("p", [frame_full(A4, l=2 * cm, r=2 * cm, t=2.6 * cm)])], decorate,
                   "Riktlinjer för representation och gåvor")
    body = S("rb", size=10, lead=13.5, spaceAfter=6)
    st = [APara("Riktlinjer för representation och gåvor", S("t", "Helvetica-Bold", 19, 23, spaceAfter=8), key="title"),
          Anchor("meta"),
          Paragraph("<b>Publicering:</b> Riktlinjerna är ett internt styrdokument och publiceras på intranätet. "
                    "De publiceras inte på kommunens externa webbplats.", body),
          Paragraph("<b>Dokumentansvarig:</b> ekonomichef. <b>Revideras senast:</b> 2027-08-31. "
                    "<b>Gäller för:</b> anställda och förtroendevalda i Videby kommun (ej de kommunala bolagen).", body)]
    for head, text in [
        ("Vad är representation?", "Representation är måltider, gåvor och liknande som har ett direkt samband med "
         "kommunens verksamhet, till exempel när kommunen tar emot gäster (extern representation) eller vid "
         "personalfester och avtackningar (intern representation)."),
        ("Grundregler", "Representation ska vara måttfull och ha ett tydligt syfte. Den som är värd för "
         "representationen får inte själv godkänna kostnaden. Deltagare och syfte ska alltid anges på fakturan "
         "eller kvittot. Beloppen nedan är högsta belopp per person inklusive moms."),
    ]:
        st.append(Paragraph(head, H_H3))
        st.append(Paragraph(text, body))
    st.append(Paragraph("Beloppsgränser och godkännande", H_H3))
    rows = [
        ("rik-r1", "Extern representation, lunch", "400 kr", "Närmaste chef"),
        ("rik-r2", "Extern representation, middag", "900 kr. Alkohol får serveras i måttlig mängd", "Förvaltningschef"),
        ("rik-r3", "Intern representation, arbetsmåltid", "200 kr. Endast i samband med planeringsdagar eller utbildning", "Närmaste chef"),
        ("rik-r4", "Intern representation, personalfest", "700 kr. Högst en gång per år och arbetsplats", "Förvaltningschef"),
        ("rik-r5", "Avtackning vid pension eller efter 25 års anställning", "2 500 kr. Gåva i form av presentkort eller föremål", "HR-chef"),
        ("rik-r6", "Uppvaktning vid 50-årsdag", "600 kr", "Närmaste chef"),
        ("rik-r7", "Representation där kommundirektören är värd", "Beloppen ovan gäller", "Kommunstyrelsens ordförande"),
        ("rik-r8", "Representation där kommunstyrelsens ordförande är värd", "Beloppen ovan gäller", "Kommunstyrelsens förste vice ordförande"),
        ("rik-r9", "Undantag från beloppsgränserna", "Ska dokumenteras skriftligt i förväg", "Kommundirektören"),
    ]
    data = [[Paragraph(f"<b>{x}</b>", H_CELL) for x in ["Typ av representation eller gåva", "Högsta belopp per person och villkor", "Godkänns av"]]]
    for key, m, cond, dec in rows:
        d.row(key, m, dec.lower(), None, cond)
        data.append([APara(esc(m), H_CELL, key=key), Paragraph(esc(cond), H_CELL), Paragraph(dec, H_CELL)])
    t = Table(data, colWidths=[6.0 * cm, 6.6 * cm, 4.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#3b3b6d")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4f0"))]))
    st.append(t)
    for head, text in [
        ("Gåvor till kommunens anställda från utomstående", "Anställda får inte ta emot gåvor som kan påverka, "
         "eller uppfattas påverka, deras tjänsteutövning. Gåvor av ringa värde, till exempel blommor eller "
         "choklad, får tas emot. Är du osäker ska du fråga din chef."),
        ("Redovisning", "Kostnader för representation bokförs på särskilda konton för extern respektive intern "
         "representation. Ekonomiavdelningen följer upp kostnaderna två gånger per år."),
    ]:
        st.append(Paragraph(head, H_H3))
        st.append(Paragraph(text, body))
    build(doc, st, d)
    return d


# ==========================================================================
# 9. Taxa alkohol och tobak 2026 (two-year fee columns)
# ==========================================================================
TAXA = "taxa-alkohol-tobak-2026.pdf"
TAXA_FEES = [
    ("Stadigvarande serveringstillstånd", [
        ("fee-stad-allm", "Nyansökan, stadigvarande tillstånd till allmänheten", "10 400", "10 800"),
        ("fee-stad-slutet", "Nyansökan, stadigvarande tillstånd till slutet sällskap", "8 300", "8 600"),
        ("fee-catering", "Cateringtillstånd till slutet sällskap", "8 300", "8 600"),
        ("fee-andring", "Stadigvarande ändring av tillstånd (serveringstid, serveringsyta, uteservering)", "4 200", "4 400"),
        ("fee-agarbyte", "Ändrade ägarförhållanden", "5 200", "5 400"),
    ]),
    ("Tillfälliga serveringstillstånd", [
        ("fee-tillf-allm", "Tillfälligt tillstånd till allmänheten, ett tillfälle", "5 200", "5 400"),
        ("fee-tillf-allm-extra", "Tillfälligt tillstånd till allmänheten, tillägg per ytterligare dag", "500", "500"),
        ("fee-tillf-slutet", "Tillfälligt tillstånd till slutet sällskap", "1 100", "1 200"),
        ("fee-tillf-forening", "Tillfälligt tillstånd till slutet sällskap för ideell förening i egen lokal", "600", "650"),
        ("fee-provsmak", "Tillfälligt tillstånd för provsmakning vid arrangemang", "3 100", "3 200"),
    ]),
    ("Övrigt", [
        ("fee-kunskapsprov", "Kunskapsprov, per provtillfälle", "1 500", "1 600"),
        ("fee-tobak", "Ansökan om försäljningstillstånd för tobaksvaror", "7 300", "7 600"),
        ("fee-tobak-tillsyn", "Årlig tillsynsavgift, försäljningstillstånd för tobaksvaror", "4 200", "4 400"),
        ("fee-folkol", "Årlig tillsynsavgift, anmäld försäljning av folköl", "1 000", "1 050"),
    ]),
]
TAXA_RORLIG = [
    ("0", "250 000", "1 200"), ("250 001", "500 000", "2 500"), ("500 001", "1 000 000", "4 800"),
    ("1 000 001", "3 000 000", "7 900"), ("3 000 001", "6 000 000", "11 600"), ("6 000 001", "", "15 800"),
]


def build_taxa():
    d = Doc(TAXA, meta(
        layout="cover-metadata-table-fee-table-with-previous-and-current-year-columns-turnover-bands",
        title="Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter 2026",
        doc_type="taxa", decided_by="kommunfullmäktige",
        decision_date="2025-11-24", paragraph="§ 141", diarienummer="KS 2025/0377",
        valid_from="2026-01-01", valid_to="2026-12-31",
        replaces="Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter, antagen av kommunfullmäktige 2024-11-25, § 150",
        replaces_file=None, scope="Socialnämndens tillstånds- och tillsynsverksamhet enligt alkohollagen och lagen om tobak och liknande produkter",
        owner="socialförvaltningen", review_date=None, publication_stated=None,
        status_2026_11_26="gällande",
        abbreviations={"AlkL": "alkohollagen (2010:1622)", "LTLP": "lagen (2018:2088) om tobak och liknande produkter"},
        notes="Fee table shows the previous year's fee (2025) next to the fee in force (2026); only the 2026 "
              "column is this taxa's fee. Variable supervision fee by turnover bands with an open-ended last band."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.1 * cm, "Videby kommun · Taxa alkohol och tobak 2026 · " + MARK)
        c.drawRightString(w - 2 * cm, 1.1 * cm, f"{page} av {total}")
        c.restoreState()

    doc = make_doc(TAXA, [PageTemplate("p", [frame_full(A4, l=2 * cm, r=2 * cm)])], decorate, "Taxa alkohol och tobak 2026")
    st = [Paragraph("VIDEBY KOMMUN", S("vk", "Helvetica-Bold", 10, 13)), Spacer(1, 10),
          APara("Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter 2026",
                S("t", "Helvetica-Bold", 17, 21, spaceAfter=12), key="title"), Anchor("meta")]
    mt = [("Styrdokument", "Taxa"), ("Beslutsinstans", "Kommunfullmäktige 2025-11-24, § 141"),
          ("Diarienummer", "KS 2025/0377"), ("Giltighetstid", "2026-01-01 – 2026-12-31"),
          ("Gäller för", "Socialnämndens tillstånds- och tillsynsverksamhet enligt AlkL och LTLP"),
          ("Ansvarig förvaltning", "Socialförvaltningen"),
          ("Ersätter", "Taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter, antagen av kommunfullmäktige 2024-11-25, § 150")]
    t = Table([[Paragraph(f"<b>{a}</b>", H_SMALL), Paragraph(b, H_SMALL)] for a, b in mt], colWidths=[4 * cm, 13 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    body = S("tb", size=10, lead=13.5, spaceAfter=6)
    st.append(Paragraph("1. Inledning", H_H2))
    st.append(Paragraph("Kommunen tar ut avgifter för prövning av ansökningar och för tillsyn enligt alkohollagen "
                        "(2010:1622), AlkL, och lagen (2018:2088) om tobak och liknande produkter, LTLP. "
                        "Avgifterna ska täcka kommunens kostnader för handläggning och tillsyn.", body))
    st.append(Paragraph("Avgifterna anges i kronor. Moms tas inte ut. I tabellen redovisas som jämförelse även "
                        "föregående års avgift; det är avgiften i kolumnen 2026 som gäller enligt denna taxa.", body))
    st.append(Paragraph("2. Prövningsavgifter och övriga avgifter", H_H2))
    data = [[Paragraph(f"<b>{x}</b>", H_CELL) for x in ["Ärendetyp", "2025 (kr)", "2026 (kr)"]]]
    style = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("TEXTCOLOR", (1, 1), (1, -1), colors.HexColor("#777777"))]
    rs = S("rs", size=8.5, lead=10.4, alignment=TA_RIGHT)
    rsg = S("rsg", size=8.5, lead=10.4, alignment=TA_RIGHT, textColor=colors.HexColor("#777777"))
    for sect, fees in TAXA_FEES:
        i = len(data)
        data.append([Paragraph(f"<b>{sect}</b>", H_CELL), "", ""])
        style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3"))]
        for key, name, old, new in fees:
            data.append([APara(esc(name), H_CELL, key=key), Paragraph(old, rsg), Paragraph(f"<b>{new}</b>", rs)])
    t = Table(data, colWidths=[11.5 * cm, 2.7 * cm, 2.8 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Paragraph("3. Tillsynsavgift för serveringstillstånd", H_H2))
    st.append(Paragraph("Tillsynsavgiften består av en fast avgift om 1 800 kronor per år och en rörlig avgift som "
                        "beräknas på den omsättning av alkoholdrycker som tillståndshavaren redovisat i "
                        "restaurangrapporten för föregående år.", body))
    st.append(Anchor("rorlig"))
    data = [[Paragraph(f"<b>{x}</b>", H_CELL) for x in ["Omsättning från (kr)", "till (kr)", "Rörlig avgift 2026 (kr)"]]]
    for i, (a, b, fee) in enumerate(TAXA_RORLIG):
        data.append([APara(a, rs, key=f"rorlig-{i}"), Paragraph(b, rs), Paragraph(fee, rs)])
    t = Table(data, colWidths=[4.5 * cm, 4.5 * cm, 4.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph("4. Betalning", H_H2))
    st.append(Paragraph("Ansökningsavgift betalas i samband med ansökan; handläggningen påbörjas när avgiften är "
                        "betald. Tillsynsavgift faktureras årligen i efterskott. Avgift för ansökan återbetalas "
                        "inte om ansökan återkallas eller avslås.", body))
    st.append(Paragraph("5. Ikraftträdande", H_H2))
    st.append(Paragraph("Denna taxa träder i kraft den 1 januari 2026 och gäller till och med den 31 december 2026.", body))
    build(doc, st, d)
    return d


# ==========================================================================
# 10. Plan för krisberedskap och civilt försvar 2023–2026
# ==========================================================================
PLAN = "plan-krisberedskap-2023-2026.pdf"
PLAN_STATEMENTS = [
    ("plan-s1", "Beslut om att aktivera den centrala krisledningsstaben fattas av kommundirektören.", "kommundirektören"),
    ("plan-s2", "Krisledningsnämnden träder i funktion när nämndens ordförande bedömer att en extraordinär händelse har inträffat.", "krisledningsnämndens ordförande"),
    ("plan-s3", "Beslut om att krisledningsnämndens verksamhet ska upphöra fattas av kommunfullmäktige.", "kommunfullmäktige"),
    ("plan-s4", "Säkerhetschefen får besluta om att höja kommunens beredskapsnivå till förstärkt läge.", "säkerhetschefen"),
]


def build_plan():
    d = Doc(PLAN, meta(
        layout="full-bleed-cover-metadata-on-page-2-prose-decision-statements-small-decision-table",
        title="Plan för krisberedskap och civilt försvar 2023–2026",
        doc_type="plan", decided_by="kommunfullmäktige",
        decision_date="2023-06-19", paragraph="§ 88", diarienummer="KS 2023/0170",
        valid_from="2023-07-01", valid_to="2026-12-31", replaces=None, replaces_file=None,
        scope="Samtliga nämnder och förvaltningar", owner="säkerhetschef", review_date=None,
        publication_stated=None, status_2026_11_26="gällande", abbreviations={
            "LEH": "lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap",
            "POSOM": "psykiskt och socialt omhändertagande",
            "RSA": "risk- och sårbarhetsanalys"},
        notes="Plan for a mandate period, still valid on 2026-11-26 (valid to 2026-12-31). Cover without "
              "metadata; the Dokumentinformation block is on page 2. Decision rights both in prose and in a "
              "small table."))

    def decorate(c, page, total):
        w, h = page_size(c)
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(2 * cm, 1.0 * cm, MARK)
        if page > 1:
            c.drawRightString(w - 2 * cm, 1.0 * cm, f"Plan för krisberedskap och civilt försvar 2023–2026   {page}")
        c.restoreState()

    def bg(c, _doc):
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#7a3d00"))
        c.rect(0, h * 0.45, w, h * 0.55, stroke=0, fill=1)
        c.restoreState()

    doc = make_doc(PLAN, [PageTemplate("cover", [frame_full(A4, t=4 * cm)], onPage=bg), PageTemplate("p", [frame_full(A4)])],
                   decorate, "Plan för krisberedskap och civilt försvar 2023–2026")
    white = colors.white
    st = [NextPageTemplate("p"),
          Paragraph("VIDEBY KOMMUN", S("vk", "Helvetica-Bold", 12, 15, textColor=white)), Spacer(1, 4 * cm),
          APara("Plan för krisberedskap och civilt försvar", S("t", "Helvetica-Bold", 28, 33, textColor=white), key="title"),
          Paragraph("2023–2026", S("t2", "Helvetica", 22, 28, textColor=white)),
          PageBreak()]
    body = S("pb", size=10, lead=13.5, spaceAfter=6)
    st.append(Anchor("meta"))
    st.append(Paragraph("Dokumentinformation", H_H2))
    for t in ["Fastställd av kommunfullmäktige 2023-06-19, § 88.",
              "Diarienummer: KS 2023/0170.",
              "Planen gäller från 2023-07-01 till och med 2026-12-31.",
              "Planen gäller för samtliga nämnder och förvaltningar.",
              "Dokumentansvarig: säkerhetschef."]:
        st.append(Paragraph(t, body))
    st.append(Paragraph("Förkortningar", H_H3))
    st.append(Anchor("legend"))
    for k, v in [("LEH", "Lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap"),
                 ("POSOM", "Psykiskt och socialt omhändertagande"), ("RSA", "Risk- och sårbarhetsanalys")]:
        st.append(Paragraph(f"<b>{k}</b> – {v}", body))
    st.append(Paragraph("1. Inledning", H_H2))
    st.append(Paragraph("Enligt LEH ska kommunen för varje ny mandatperiod fastställa en plan för hur den ska hantera "
                        "extraordinära händelser. Planen bygger på kommunens RSA och omfattar även arbetet med "
                        "civilt försvar.", body))
    st.append(Paragraph("2. Mål", H_H2))
    for t in ["Kommunens samhällsviktiga verksamheter ska kunna upprätthållas vid störningar.",
              "Alla förvaltningar ska ha kontinuitetsplaner som ses över minst vartannat år.",
              "Kommunens krisledningsorganisation ska övas minst en gång per år."]:
        st.append(Paragraph("• " + t, body))
    st.append(Paragraph("3. Krisledningsorganisation", H_H2))
    st.append(Paragraph("Kommunens krisledning består av krisledningsnämnden, den centrala krisledningsstaben och "
                        "förvaltningarnas egna stabsfunktioner. Kommunstyrelsen är kommunens krisledningsnämnd.", body))
    for key, text, dec in PLAN_STATEMENTS[:3]:
        d.stmt(key, text, dec)
        st.append(KeepTogether([APara(esc(text), body, key=key)]))
    st.append(Paragraph("4. Beredskapsnivåer", H_H2))
    st.append(Paragraph("Kommunen arbetar med tre beredskapsnivåer: normalläge, förstärkt läge och stabsläge.", body))
    key, text, dec = PLAN_STATEMENTS[3]
    d.stmt(key, text, dec)
    st.append(KeepTogether([APara(esc(text), body, key=key)]))
    st.append(Paragraph("Stabsläge inträder när den centrala krisledningsstaben har aktiverats.", body))
    st.append(Paragraph("5. Beslut vid en samhällsstörning", H_H2))
    rows = [
        ("plan-r1", "Aktivering av kommunens krisinformationsfunktion", "Kommunikationschef", "Vid behov efter samråd med kommundirektören"),
        ("plan-r2", "Öppnande av trygghetspunkt för drabbade och anhöriga (POSOM)", "Socialchef", None),
        ("plan-r3", "Begäran om stöd från annan kommun eller region", "Krisledningsnämnden", "I brådskande fall ordföranden"),
        ("plan-r4", "Prioritering av kommunens reservkraft och drivmedel", "Central krisledningsstab", None),
    ]
    data = [[Paragraph(f"<b>{x}</b>", H_CELL) for x in ["Beslut", "Fattas av", "Anmärkning"]]]
    for key, m, dec, anm in rows:
        d.row(key, m, dec.lower(), None, anm)
        data.append([APara(esc(m), H_CELL, key=key), Paragraph(dec, H_CELL), Paragraph(anm or "", H_CELL)])
    t = Table(data, colWidths=[7.5 * cm, 4 * cm, 5.5 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a3d00")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#7a3d00")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Paragraph("6. Utbildning och övning", H_H2))
    st.append(Paragraph("Säkerhetschefen ansvarar för att en utbildnings- och övningsplan tas fram för "
                        "mandatperioden. Förtroendevalda i krisledningsnämnden ska erbjudas utbildning under "
                        "det första året av mandatperioden.", body))
    st.append(Paragraph("7. Uppföljning", H_H2))
    st.append(Paragraph("Planen följs upp årligen i samband med kommunens rapportering till länsstyrelsen. "
                        "En ny plan ska fastställas för nästa mandatperiod.", body))
    build(doc, st, d)
    return d


# ==========================================================================
BUILDERS = [build_ks26, build_ks23, build_sn, build_mbn, build_bun, build_reg, build_pol, build_rik,
            build_taxa, build_plan]


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    truth, anchors = {}, {}
    for b in BUILDERS:
        d = b()
        truth[d.fname] = d.truth()
    for (f, k), p in sorted(PAGES.items()):
        anchors.setdefault(f, {})[k] = p
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "anchors.json"), "w", encoding="utf-8") as fh:
        json.dump(anchors, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(PDF_DIR, "manifest.toml"), "w", encoding="utf-8") as fh:
        fh.write('[defaults]\n')
        fh.write('publication = "extern"  # as the styrmodell says: documents are on the external site unless internal\n')
    n_rows = sum(len(t["decisions"]) for t in truth.values())
    n_st = sum(len(t["statements"]) for t in truth.values())
    print(f"{len(truth)} documents, {n_rows} rows, {n_st} statements")


if __name__ == "__main__":
    main()
