#!/usr/bin/env python
"""Build the blind7 test collection (fictitious municipality "Ekåsa kommun").

Renders every PDF into pdf/ with reportlab (invariant=1, so a rebuild gives the same
bytes) and writes truth.json.  The page of every delegation-table row and of every prose
decision statement is recorded while rendering by a zero-size Mark flowable that notes
canv.getPageNumber() when it is drawn.

Run:  /work/main/.venv/bin/python build.py
"""
import io
import json
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
MARKER = "Fiktivt testdokument"
AS_OF = "2026-11-26"

MARKS = {}


class Mark(Flowable):
    """Zero-size flowable: records the page it is drawn on."""

    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.5, leading=12.5)
    if name == "h2":
        base["keepWithNext"] = 1
    base.update(kw)
    return ParagraphStyle(name, **base)


# --------------------------------------------------------------------------------------
# Generic document builder: two passes (first to learn the page count, for "Sida x (N)").
# --------------------------------------------------------------------------------------

def render(fname, make_templates, make_story, title, pagesize=A4):
    path = os.path.join(PDF_DIR, fname)
    total = [0]

    def one_pass(target):
        MARKS.clear()
        doc = BaseDocTemplate(target, pagesize=pagesize, invariant=1, title=title,
                              author="Ekåsa kommun (fiktiv)", subject=MARKER,
                              creator="blind7 build.py", producer="reportlab")
        doc.addPageTemplates(make_templates(doc, total))
        doc.build(make_story())
        return doc.page

    total[0] = one_pass(io.BytesIO())
    n = one_pass(path)
    assert n == total[0], (fname, n, total[0])
    return dict(MARKS), n


def frame_for(pagesize, left=20 * mm, right=20 * mm, top=25 * mm, bottom=22 * mm, fid="f"):
    w, h = pagesize
    return Frame(left, bottom, w - left - right, h - top - bottom, id=fid,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def rows_to_truth(rows, marks, legend):
    """rows: list of dicts with key, matter, code (printed delegate cell), decider or None,
    condition.  Decider from legend if a code."""
    out = []
    for r in rows:
        if r.get("decider") is not None:
            decider = r["decider"]
        else:
            decider = expand(r["code"], legend)
        out.append({
            "matter": " ".join(r["matter"].split()),
            "decider": decider,
            "code": r["code"] if r.get("is_code", True) else None,
            "condition": r.get("condition") or None,
            "page": marks[r["key"]],
        })
    return out


def expand(code, legend):
    for sep in ("/", " eller ", ", "):
        if sep in code:
            parts = [p.strip() for p in code.split(sep)]
            return " eller ".join(legend[p].lower() for p in parts)
    return legend[code].lower()


# ======================================================================================
# 1. Kommunstyrelsens delegationsordning 2026 (in force) - cover + legend + landscape grid
# ======================================================================================

KS26_LEGEND = [
    ("KSAU", "Kommunstyrelsens arbetsutskott"),
    ("KSO", "Kommunstyrelsens ordförande"),
    ("KS1V", "Kommunstyrelsens förste vice ordförande"),
    ("KD", "Kommundirektör"),
    ("BKD", "Biträdande kommundirektör"),
    ("KC", "Kanslichef"),
    ("KSEK", "Kommunsekreterare"),
    ("EC", "Ekonomichef"),
    ("HRC", "HR-chef"),
    ("UC", "Upphandlingschef"),
    ("MEC", "Mark- och exploateringschef"),
    ("FC", "Fastighetschef"),
    ("KOMC", "Kommunikationschef"),
    ("AC", "Avdelningschef inom kommunledningsförvaltningen"),
]
KS26_LAWS = [
    ("AL", "Arkivlagen (1990:782)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("GDPR", "Dataskyddsförordningen (EU) 2016/679"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LAS", "Lagen (1982:80) om anställningsskydd"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("MBL", "Lagen (1976:580) om medbestämmande i arbetslivet"),
    ("OL", "Ordningslagen (1993:1617)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
]

# (nr, ärende, delegat, ersättare, lagrum, anmärkning); section rows: (nr, title)
KS26_ROWS = [
    ("1", "ALLMÄNNA ÄRENDEN"),
    ("1.1", "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas",
     "KSO", "KS1V", "6 kap. 39 § KL", "Anmäls vid nästa sammanträde"),
    ("1.2", "Avvisning av överklagande som har kommit in för sent", "KC", "KSEK", "45 § FL", ""),
    ("1.3", "Yttrande över remisser från myndigheter och andra organ när yttrandet inte är av principiell beskaffenhet",
     "KD", "BKD", "", "Remisser från departementen besvaras av kommunstyrelsen"),
    ("1.4", "Beslut att inte lämna ut allmän handling eller att lämna ut handling med förbehåll",
     "KC", "KSEK", "6 kap. 3 § OSL", "Prövningen görs först av den som har handlingen i sin vård"),
    ("1.5", "Föra kommunstyrelsens talan inför domstolar och andra myndigheter samt utfärda fullmakt för ombud",
     "KD", "KC", "6 kap. 15 § KL", ""),
    ("1.6", "Tillstånd för extern part att använda kommunens logotyp", "KOMC", "", "", ""),
    ("1.7", "Beslut om flaggning på halv stång utöver kommunens flaggregler", "KD", "KSO", "", ""),
    ("2", "PERSONAL"),
    ("2.1", "Anställning av förvaltningschef", "KD", "", "", "Efter samråd med KSAU"),
    ("2.2", "Anställning av avdelningschef inom kommunledningsförvaltningen", "KD", "BKD", "", ""),
    ("2.3", "Anställning av övrig personal inom kommunledningsförvaltningen", "AC", "",
     "", "Tillsvidareanställning efter samråd med HRC"),
    ("2.4", "Lönesättning vid nyanställning av chef", "HRC", "KD", "", ""),
    ("2.5", "Uppsägning av arbetstagare av personliga skäl samt avsked", "HRC", "KD",
     "7 och 18 §§ LAS", ""),
    ("2.6", "Beslut om stridsåtgärd", "KSAU", "", "MBL", ""),
    ("2.7", "Ledighet med lön för fackligt uppdrag utöver vad som följer av avtal", "HRC", "",
     "", "Högst 10 dagar per år och arbetstagare"),
    ("2.8", "Överenskommelse om avgångsvederlag", "KSAU", "", "",
     "Högst 6 månadslöner; därutöver beslutar kommunstyrelsen"),
    ("3", "EKONOMI OCH UPPHANDLING"),
    ("3.1", "Beslut om direktupphandling inom egen budget", "AC", "KD", "19 kap. LOU",
     "Upp till 250 000 kr"),
    ("3.2", "Beslut om direktupphandling med ett värde över 250 000 kr", "UC", "EC", "19 kap. LOU",
     "Upp till direktupphandlingsgränsen"),
    ("3.3", "Beslut om upphandling, förfrågningsunderlag och tilldelning när värdet överstiger direktupphandlingsgränsen",
     "KD", "EC", "LOU", "Högst 10 000 000 kr"),
    ("3.4", "Beslut om upphandling, förfrågningsunderlag och tilldelning med ett värde över 10 000 000 kr",
     "KSAU", "", "LOU", "Gäller inte upphandling av principiell betydelse"),
    ("3.5", "Avskrivning av fordran", "EC", "", "", "Högst 50 000 kr per fordran"),
    ("3.6", "Upptagande av lån", "EC", "KD", "", "Inom den låneram som kommunfullmäktige fastställt"),
    ("3.7", "Placering av likvida medel", "EC", "", "", "Enligt finanspolicyn"),
    ("3.8", "Bidrag ur kommunstyrelsens förfogandeanslag till föreningar och organisationer", "KSAU", "",
     "", "Högst 50 000 kr per ansökan"),
    ("3.9", "Utdelning ur donationsfonder som förvaltas av kommunstyrelsen", "KSAU", "", "", ""),
    ("4", "MARK, FASTIGHETER OCH EXPLOATERING"),
    ("4.1", "Försäljning av småhustomt enligt tomtkö och fastställt pris", "MEC", "FC", "", ""),
    ("4.2", "Köp och försäljning av fast egendom", "KSAU", "", "", "Högst 3 000 000 kr per affär"),
    ("4.3", "Tecknande av hyresavtal för inhyrning av lokaler", "FC", "KD", "",
     "Avtalstid högst 5 år och årshyra högst 1 000 000 kr"),
    ("4.4", "Upplåtelse av kommunens mark genom arrende eller nyttjanderätt", "MEC", "FC", "",
     "Avtalstid högst 5 år"),
    ("4.5", "Yttrande till Polismyndigheten över ansökan om tillstånd att använda offentlig plats",
     "MEC", "", "3 kap. OL", ""),
    ("4.6", "Beslut om markanvisning", "KSAU", "", "", "Enligt riktlinjer för markanvisning"),
    ("5", "INFORMATIONSHANTERING OCH DATASKYDD"),
    ("5.1", "Anmälan av personuppgiftsincident till Integritetsskyddsmyndigheten", "KC", "KSEK",
     "Art. 33 GDPR", "Inom 72 timmar"),
    ("5.2", "Tecknande av personuppgiftsbiträdesavtal", "AC", "KC", "Art. 28 GDPR", ""),
    ("5.3", "Fastställande av arkivbeskrivning och informationshanteringsplan", "KC", "", "6 § AL", ""),
]


def ks26():
    fname = "ekasa-ks-delegationsordning-2026.pdf"
    legend = dict(KS26_LEGEND)
    h_title = S("t", fontName="Helvetica-Bold", fontSize=24, leading=30, textColor=colors.HexColor("#1d3b5c"))
    body = S("b")
    cell = S("c", fontSize=8.5, leading=10.5)
    cellb = S("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, textColor=colors.white)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
    rows = []

    def templates(doc, total):
        def cover(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFillColor(colors.HexColor("#1d3b5c"))
            c.rect(0, h - 60 * mm, w, 60 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(20 * mm, h - 25 * mm, "EKÅSA KOMMUN")
            c.setFont("Helvetica", 10)
            c.drawString(20 * mm, h - 32 * mm, "Kommunledningsförvaltningen")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, 12 * mm, MARKER + " – Ekåsa kommun är en påhittad kommun")
            c.restoreState()

        def port(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, h - 14 * mm, "Delegationsordning för kommunstyrelsen")
            c.drawRightString(w - 20 * mm, h - 14 * mm, "KS 2025/0412")
            c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.drawRightString(w - 20 * mm, 12 * mm, "%d (%d)" % (d.page, total[0]))
            c.restoreState()

        land = landscape(A4)
        return [
            PageTemplate("cover", [frame_for(A4, top=75 * mm)], onPage=cover, pagesize=A4),
            PageTemplate("port", [frame_for(A4)], onPage=port, pagesize=A4),
            PageTemplate("land", [frame_for(land, left=15 * mm, right=15 * mm, top=22 * mm, bottom=18 * mm)],
                         onPage=port, pagesize=land),
        ]

    def story():
        rows.clear()
        st = []
        st.append(Spacer(1, 10 * mm))
        st.append(Paragraph("Delegationsordning för kommunstyrelsen", h_title))
        st.append(Spacer(1, 4 * mm))
        st.append(Paragraph("Styrdokument – delegationsordning", S("sub", fontSize=12, leading=16,
                                                                     textColor=colors.HexColor("#555555"))))
        st.append(Spacer(1, 14 * mm))
        meta = [
            ("Dokumenttyp", "Delegationsordning"),
            ("Beslutad av", "Kommunstyrelsen"),
            ("Beslutsdatum", "2026-02-11, § 23"),
            ("Diarienummer", "KS 2025/0412"),
            ("Gäller från", "2026-03-01"),
            ("Ersätter", "Delegationsordning för kommunstyrelsen, beslutad 2023-05-10, § 88"),
            ("Gäller för", "Kommunstyrelsen och kommunledningsförvaltningen"),
            ("Dokumentägare", "Kanslichef"),
            ("Revideras senast", "2027-06-30"),
        ]
        t = Table([[Paragraph("<b>%s</b>" % a, body), Paragraph(esc(b), body)] for a, b in meta],
                  colWidths=[45 * mm, 115 * mm])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1d3b5c")),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#9aa9b8")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        st.append(t)
        st.append(NextPageTemplate("port"))
        st.append(PageBreak())
        st.append(Paragraph("1 Inledning", h2))
        for p in [
            "Kommunstyrelsen får enligt 6 kap. 37 § kommunallagen uppdra åt ett utskott, en ledamot eller "
            "ersättare eller en anställd hos kommunen att besluta på styrelsens vägnar i ett visst ärende eller en "
            "viss grupp av ärenden. Denna delegationsordning anger vilka ärenden som har delegerats och till vem.",
            "Delegaten ska anmäla sina beslut till kommunstyrelsen. Anmälan sker genom att besluten förtecknas och "
            "redovisas vid styrelsens nästkommande sammanträde. Beslut av arbetsutskottet anmäls genom att "
            "utskottets protokoll redovisas.",
            "Kolumnen Ersättare anger vem som träder in när delegaten har förhinder. Där ingen ersättare anges "
            "övergår beslutanderätten till närmast överordnad chef. Belopp anges exklusive mervärdesskatt om "
            "inget annat sägs.",
        ]:
            st.append(Paragraph(p, body))
            st.append(Spacer(1, 3 * mm))
        st.append(Paragraph("2 Delegatförkortningar", h2))
        lt = Table([[Paragraph("<b>Förkortning</b>", body), Paragraph("<b>Delegat</b>", body)]] +
                   [[Paragraph(a, body), Paragraph(b, body)] for a, b in KS26_LEGEND],
                   colWidths=[35 * mm, 110 * mm])
        lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey)]))
        st.append(lt)
        st.append(Paragraph("3 Lagar och förordningar", h2))
        lt2 = Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in KS26_LAWS],
                    colWidths=[35 * mm, 110 * mm])
        lt2.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
        st.append(lt2)
        st.append(NextPageTemplate("land"))
        st.append(PageBreak())
        st.append(Paragraph("4 Delegationsförteckning", h2))
        head = [Paragraph(x, cellb) for x in ("Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Anmärkning")]
        data = [head]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b7c8d")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3b5c")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for r in KS26_ROWS:
            i = len(data)
            if len(r) == 2:
                data.append([Paragraph("<b>%s</b>" % r[0], cell), Paragraph("<b>%s</b>" % r[1], cell), "", "", "", ""])
                style += [("SPAN", (1, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#d9e2ec"))]
                continue
            nr, matter, code, ers, lag, cond = r
            key = "ks26-" + nr
            rows.append(dict(key=key, matter=matter, code=code, condition=cond))
            data.append([Paragraph(nr, cell), [Paragraph(esc(matter), cell), Mark(key)], Paragraph(code, cell),
                         Paragraph(ers, cell), Paragraph(esc(lag), cell), Paragraph(esc(cond), cell)])
        t = Table(data, colWidths=[14 * mm, 105 * mm, 22 * mm, 22 * mm, 35 * mm, 69 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        st.append(t)
        return st

    marks, n = render(fname, templates, story, "Delegationsordning för kommunstyrelsen")
    abbr = {a: b.lower() for a, b in KS26_LEGEND + KS26_LAWS}
    return fname, n, {
        "layout": "cover-metadata-box+legend-page+landscape-ruled-grid-6col-repeated-header-section-rows",
        "title": "Delegationsordning för kommunstyrelsen",
        "doc_type": "delegationsordning",
        "decided_by": "kommunstyrelsen",
        "decision_date": "2026-02-11",
        "paragraph": "§ 23",
        "diarienummer": "KS 2025/0412",
        "valid_from": "2026-03-01",
        "valid_to": None,
        "replaces": "Delegationsordning för kommunstyrelsen, beslutad 2023-05-10, § 88",
        "replaces_file": "ekasa-ks-delegationsordning-2023.pdf",
        "scope": "Kommunstyrelsen och kommunledningsförvaltningen",
        "owner": "Kanslichef",
        "review_date": "2027-06-30",
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": abbr,
        "decisions": rows_to_truth(rows, marks, legend),
        "statements": [],
        "notes": "Cover page with metadata box; legend of delegate codes on its own portrait page; the "
                 "delegation list is a landscape ruled grid (Nr, Ärende, Delegat, Ersättare, Lagrum, Anmärkning) "
                 "with full-width section rows and the header repeated on every page. The Ersättare column is "
                 "the substitute, not the decider.",
    }


# ======================================================================================
# 2. Kommunstyrelsens delegationsordning 2023 (replaced) - run-in legend, per-section tables
# ======================================================================================

KS23_LEGEND = [
    ("KSAU", "kommunstyrelsens arbetsutskott"),
    ("KSO", "kommunstyrelsens ordförande"),
    ("KD", "kommundirektör"),
    ("KC", "kanslichef"),
    ("EC", "ekonomichef"),
    ("PC", "personalchef"),
    ("FC", "fastighetschef"),
    ("AC", "avdelningschef"),
]
KS23_SECTIONS = [
    ("A. Allmänna ärenden", [
        ("Beslut i brådskande ärenden där kommunstyrelsens avgörande inte kan avvaktas", "KSO",
         "Anmäls vid nästa sammanträde"),
        ("Avvisning av för sent inkommet överklagande", "KC", ""),
        ("Yttrande över remisser som inte är av principiell beskaffenhet", "KSO", ""),
        ("Beslut att inte lämna ut allmän handling", "KC", ""),
        ("Föra kommunstyrelsens talan vid domstol och andra myndigheter", "KD", ""),
    ]),
    ("B. Personalärenden", [
        ("Anställning av förvaltningschef", "KSAU", ""),
        ("Anställning av avdelningschef inom kommunledningsförvaltningen", "KD", ""),
        ("Anställning av övrig personal", "AC", "Efter samråd med PC"),
        ("Uppsägning av personliga skäl och avsked", "PC", ""),
        ("Överenskommelse om avgångsvederlag", "KSAU", ""),
    ]),
    ("C. Ekonomiärenden", [
        ("Direktupphandling inom egen budget", "AC", "Högst 100 000 kr"),
        ("Direktupphandling över 100 000 kr", "EC", "Upp till direktupphandlingsgränsen"),
        ("Upphandling över direktupphandlingsgränsen", "KD", "Högst 5 mkr"),
        ("Upphandling över 5 mkr", "KSAU", ""),
        ("Avskrivning av fordran", "EC", "Högst 20 000 kr per fordran"),
        ("Upptagande av lån inom av fullmäktige beslutad ram", "EC", ""),
        ("Bidrag ur kommunstyrelsens förfogandeanslag", "KSAU", "Högst 25 000 kr per ansökan"),
    ]),
    ("D. Fastigheter och mark", [
        ("Försäljning av småhustomt", "KSAU", ""),
        ("Köp och försäljning av fast egendom", "KSAU", "Högst 2 mkr per affär"),
        ("Inhyrning av lokaler", "FC", "Avtalstid högst 3 år"),
        ("Upplåtelse av mark genom arrende", "FC", "Avtalstid högst 5 år"),
    ]),
    ("E. Information och dataskydd", [
        ("Anmälan av personuppgiftsincident till tillsynsmyndigheten", "KC", ""),
        ("Tecknande av personuppgiftsbiträdesavtal", "AC", ""),
    ]),
]


def ks23():
    fname = "ekasa-ks-delegationsordning-2023.pdf"
    legend = {a: b for a, b in KS23_LEGEND}
    title = S("t", fontName="Times-Bold", fontSize=17, leading=22, alignment=TA_CENTER)
    body = S("b", fontName="Times-Roman", fontSize=11, leading=14)
    cell = S("c", fontName="Times-Roman", fontSize=10, leading=12.5)
    cellh = S("ch", fontName="Times-Bold", fontSize=10, leading=12.5)
    h2 = S("h2", fontName="Times-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    rows = []
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Times-Roman", 9)
            c.drawString(25 * mm, h - 15 * mm, "EKÅSA KOMMUN")
            c.drawRightString(w - 25 * mm, h - 15 * mm, "Sida %d av %d" % (d.page, total[0]))
            c.setFont("Times-Italic", 8.5)
            c.drawCentredString(w / 2, 12 * mm, MARKER)
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, left=25 * mm, right=25 * mm)], onPage=pg)]

    def story():
        rows.clear()
        st = [Paragraph("KOMMUNSTYRELSENS DELEGATIONSORDNING", title), Spacer(1, 6 * mm)]
        st.append(Paragraph("Antagen av kommunstyrelsen den 10 maj 2023, § 88. Dnr KS 2023/0145. "
                            "Gäller från och med den 1 juni 2023.", S("m", fontName="Times-Italic", fontSize=11,
                                                                   leading=14, alignment=TA_CENTER)))
        st.append(Spacer(1, 8 * mm))
        st.append(Paragraph("Allmänt", h2))
        stmts.clear()
        stmts.append(dict(key="ks23-s1", matter="Ärenden av principiell beskaffenhet eller annars av större vikt ska "
                                                "alltid avgöras av kommunstyrelsen.", decider="kommunstyrelsen"))
        st.append(KeepTogether([Mark("ks23-s1"), Paragraph(
            "Kommunstyrelsen delegerar beslutanderätt i de ärenden som anges nedan. Beslut som fattas med stöd av "
            "delegation ska anmälas till kommunstyrelsen. Ärenden av principiell beskaffenhet eller annars av större "
            "vikt ska alltid avgöras av kommunstyrelsen.", body)]))
        st.append(Spacer(1, 3 * mm))
        st.append(Paragraph(
            "<b>Förkortningar:</b> " + ", ".join("%s = %s" % (a, b) for a, b in KS23_LEGEND) + ".", body))
        for sec, items in KS23_SECTIONS:
            block = [Paragraph(sec, h2)]
            data = [[Paragraph("Ärende", cellh), Paragraph("Delegat", cellh), Paragraph("Anm.", cellh)]]
            for i, (matter, code, cond) in enumerate(items, 1):
                key = "ks23-%s-%d" % (sec[0], i)
                rows.append(dict(key=key, matter=matter, code=code, condition=cond))
                data.append([[Paragraph(esc(matter), cell), Mark(key)], Paragraph(code, cell),
                             Paragraph(esc(cond), cell)])
            t = Table(data, colWidths=[88 * mm, 22 * mm, 50 * mm], repeatRows=0)
            t.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ]))
            block.append(t)
            st.extend(block)
        return st

    marks, n = render(fname, templates, story, "Kommunstyrelsens delegationsordning")
    abbr = {a: b.lower() for a, b in KS23_LEGEND}
    return fname, n, {
        "layout": "centred-title+metadata-sentence+run-in-legend+per-section-3col-tables-horizontal-rules-only",
        "title": "Kommunstyrelsens delegationsordning",
        "doc_type": "delegationsordning",
        "decided_by": "kommunstyrelsen",
        "decision_date": "2023-05-10",
        "paragraph": "§ 88",
        "diarienummer": "KS 2023/0145",
        "valid_from": "2023-06-01",
        "valid_to": None,
        "replaces": None,
        "replaces_file": None,
        "scope": None,
        "owner": None,
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "upphävd",
        "abbreviations": abbr,
        "decisions": rows_to_truth(rows, marks, legend),
        "statements": [{"matter": x["matter"], "decider": x["decider"], "page": marks[x["key"]]} for x in stmts],
        "notes": "Older version, replaced by ekasa-ks-delegationsordning-2026.pdf from 2026-03-01 (the older "
                 "document itself does not say so). Decision metadata in one written-out sentence under the title; "
                 "legend given as a run-in sentence; one small table per section, no lagrum column.",
    }


# ======================================================================================
# 3. Social- och omsorgsnämndens delegationsordning - header metadata block, 4-col legend
# ======================================================================================

SON_LEGEND = [
    ("SN", "Social- och omsorgsnämnden"),
    ("IU", "Individutskottet"),
    ("Ordf", "Nämndens ordförande"),
    ("SC", "Socialchef"),
    ("AC", "Avdelningschef"),
    ("EnC", "Enhetschef"),
    ("1:e SS", "Förste socialsekreterare"),
    ("SS", "Socialsekreterare"),
    ("BH", "Biståndshandläggare"),
    ("LSSH", "LSS-handläggare"),
    ("AH", "Avgiftshandläggare"),
    ("MAS", "Medicinskt ansvarig sjuksköterska"),
]
SON_LAWS = [
    ("FB", "Föräldrabalken (1949:381)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LSS", "Lagen (1993:387) om stöd och service till vissa funktionshindrade"),
    ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
    ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("PSL", "Patientsäkerhetslagen (2010:659)"),
    ("SoL", "Socialtjänstlagen (2001:453)"),
]
SON_SECTIONS = [
    ("1", "Allmänna ärenden", [
        ("Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL",
         "Ordf", "Vid förhinder vice ordförande"),
        ("Beslut att inte lämna ut allmän handling eller uppgift ur handling", "6 kap. 3 § OSL", "AC", ""),
        ("Yttrande till Inspektionen för vård och omsorg (IVO) i tillsynsärende", "", "SC", ""),
        ("Anmälan till IVO om allvarligt missförhållande (lex Sarah)", "14 kap. 7 § SoL", "SC", ""),
        ("Anmälan till IVO om vårdskada (lex Maria)", "3 kap. 5 § PSL", "MAS", ""),
    ]),
    ("2", "Ekonomiskt bistånd", [
        ("Försörjningsstöd enligt riksnormen", "4 kap. 1 § SoL", "SS", ""),
        ("Försörjningsstöd utöver riksnormen", "4 kap. 1 § SoL", "1:e SS", "Högst 0,5 prisbasbelopp per år"),
        ("Ekonomiskt bistånd till livsföring i övrigt", "4 kap. 1 § SoL", "1:e SS",
         "Högst 0,5 prisbasbelopp per tillfälle"),
        ("Ekonomiskt bistånd till livsföring i övrigt över 0,5 prisbasbelopp", "4 kap. 1 § SoL", "EnC/AC", ""),
        ("Bistånd utöver skälig levnadsnivå", "4 kap. 2 § SoL", "IU", ""),
        ("Bistånd till begravningskostnader", "4 kap. 1 § SoL", "SS", "Högst 50 % av prisbasbeloppet"),
        ("Återkrav av ekonomiskt bistånd", "9 kap. 1 och 2 §§ SoL", "EnC", ""),
        ("Eftergift av återkrav", "9 kap. 4 § SoL", "AC", ""),
    ]),
    ("3", "Barn och unga", [
        ("Beslut att inleda utredning", "11 kap. 1 § SoL", "SS", ""),
        ("Beslut att inte inleda utredning eller att lägga ned inledd utredning", "11 kap. 1 § SoL", "1:e SS", ""),
        ("Kontaktperson eller kontaktfamilj för barn och unga", "4 kap. 1 § SoL", "EnC", ""),
        ("Placering av barn i familjehem", "4 kap. 1 § SoL", "IU", ""),
        ("Omedelbart omhändertagande av barn och unga", "6 § LVU", "Ordf",
         "Om ordföranden inte kan nås: vice ordförande"),
        ("Ansökan hos förvaltningsrätten om vård enligt LVU", "4 § LVU", "IU", ""),
        ("Beslut om umgängesbegränsning", "14 § LVU", "IU", ""),
        ("Godkännande av faderskapsbekräftelse", "1 kap. 4 § FB", "SS", ""),
    ]),
    ("4", "Vuxna och missbruk", [
        ("Bistånd i form av öppenvård", "4 kap. 1 § SoL", "EnC", ""),
        ("Bistånd i form av vård i hem för vård eller boende (HVB)", "4 kap. 1 § SoL", "EnC/AC",
         "Högst 60 vårddygn; därefter IU"),
        ("Omedelbart omhändertagande enligt LVM", "13 § LVM", "Ordf", ""),
        ("Ansökan hos förvaltningsrätten om vård enligt LVM", "11 § LVM", "IU", ""),
    ]),
    ("5", "Äldreomsorg och funktionsnedsättning", [
        ("Bistånd i form av hemtjänst", "4 kap. 1 § SoL", "BH", ""),
        ("Bistånd i form av särskilt boende för äldre", "4 kap. 1 § SoL", "EnC", ""),
        ("Bistånd i form av korttidsvistelse", "4 kap. 1 § SoL", "BH", "Högst 30 dygn per tillfälle"),
        ("Bistånd i form av trygghetslarm", "4 kap. 1 § SoL", "BH", ""),
        ("Personlig assistans", "9 § 2 LSS", "EnC", ""),
        ("Ledsagarservice", "9 § 3 LSS", "LSSH", ""),
        ("Bostad med särskild service för vuxna", "9 § 9 LSS", "AC", ""),
    ]),
    ("6", "Avgifter", [
        ("Fastställande av avgift för hemtjänst och särskilt boende", "8 kap. 2 § SoL", "AH", ""),
        ("Nedsättning av avgift", "8 kap. 2 § SoL", "EnC", ""),
        ("Eftergift av avgift", "", "AC", "Högst 10 000 kr per ärende och år"),
    ]),
]


def son():
    fname = "ekasa-son-delegationsordning.pdf"
    legend = dict(SON_LEGEND)
    body = S("b", fontSize=9.5, leading=12.5)
    small = S("s", fontSize=7.5, leading=9)
    cell = S("c", fontSize=8.5, leading=10.5)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=6)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=9, spaceAfter=5,
           textColor=colors.HexColor("#7a1f3d"))
    rows = []
    son_stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica-Bold", 8)
            c.drawString(18 * mm, h - 12 * mm, "EKÅSA KOMMUN")
            c.setFont("Helvetica", 8)
            c.drawString(18 * mm, h - 16 * mm, "Social- och omsorgsnämnden")
            c.drawCentredString(w / 2, h - 12 * mm, "DELEGATIONSORDNING")
            c.drawRightString(w - 18 * mm, h - 12 * mm, "%d (%d)" % (d.page, total[0]))
            c.setStrokeColor(colors.HexColor("#7a1f3d"))
            c.setLineWidth(1.2)
            c.line(18 * mm, h - 18.5 * mm, w - 18 * mm, h - 18.5 * mm)
            c.setFont("Helvetica", 7)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(18 * mm, 10 * mm, "Postadress: Ekåsa kommun, 999 01 Ekåsa   |   Besöksadress: Rådhusgatan 4   |   "
                         "www.ekasa.example   |   " + MARKER)
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, left=18 * mm, right=18 * mm, top=26 * mm, bottom=18 * mm)],
                             onPage=pg)]

    def story():
        rows.clear()
        st = [Paragraph("DELEGATIONSORDNING för social- och omsorgsnämnden", h1)]
        st.append(Paragraph("<b>Dokumentets syfte</b><br/>Delegationsordningen anger vilka beslut som fattas av "
                            "nämnden, av utskott eller av anställda på nämndens vägnar.", body))
        st.append(Spacer(1, 2 * mm))
        st.append(Paragraph("<b>Dokumentet gäller för</b><br/>Alla verksamheter inom social- och "
                            "omsorgsnämndens ansvarsområde.", body))
        st.append(Spacer(1, 4 * mm))
        meta = Table([
            [Paragraph("Diarienummer", small), Paragraph("Fastställd", small), Paragraph("Gäller från", small),
             Paragraph("Beslutsinstans", small), Paragraph("Ansvarig processägare", small)],
            [Paragraph("SON 2024/0157", cell), Paragraph("2024-09-25, § 98", cell), Paragraph("2024-10-01", cell),
             Paragraph("Social- och omsorgsnämnden", cell), Paragraph("Socialchef", cell)],
        ], colWidths=[30 * mm, 32 * mm, 25 * mm, 45 * mm, 42 * mm])
        meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                  ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(meta)
        st.append(Spacer(1, 2 * mm))
        st.append(Paragraph("Ersätter social- och omsorgsnämndens delegationsordning fastställd 2022-12-14, § 141.",
                            S("e", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))))
        st.append(Paragraph("Förkortningar", h2))
        st.append(Paragraph("<b>Befattningar och organ</b>", body))
        st.append(Spacer(1, 1.5 * mm))
        pairs = SON_LEGEND
        half = (len(pairs) + 1) // 2
        lrows = []
        for i in range(half):
            a = pairs[i]
            b = pairs[i + half] if i + half < len(pairs) else ("", "")
            lrows.append([Paragraph("<b>%s</b>" % a[0], cell), Paragraph(a[1], cell),
                          Paragraph("<b>%s</b>" % b[0], cell), Paragraph(b[1], cell)])
        lt = Table(lrows, colWidths=[16 * mm, 70 * mm, 16 * mm, 70 * mm])
        lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(lt)
        st.append(Spacer(1, 1.5 * mm))
        st.append(Paragraph("Där två delegater anges med snedstreck, till exempel EnC/AC, får var och en av dem "
                            "fatta beslutet.", body))
        st.append(Spacer(1, 2 * mm))
        st.append(Paragraph("<b>Lagar</b>", body))
        st.append(Spacer(1, 1.5 * mm))
        lw = Table([[Paragraph("<b>%s</b>" % a, cell), Paragraph(b, cell)] for a, b in SON_LAWS],
                   colWidths=[16 * mm, 156 * mm])
        lw.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(lw)
        st.append(Paragraph("Allmänt om delegation", h2))
        son_stmts.clear()
        son_stmts.append(dict(key="son-s1", matter="Delegaten ska alltid överlämna ett ärende till nämnden om det är "
                                                  "av principiell beskaffenhet.",
                              decider="social- och omsorgsnämnden"))
        st.append(KeepTogether([Mark("son-s1"), Paragraph(
            "Beslut som fattas med stöd av denna delegationsordning är beslut av nämnden och ska anmälas vid "
            "nämndens nästa sammanträde. Delegaten ska alltid överlämna ett ärende till nämnden om det är av "
            "principiell beskaffenhet. Beslut i ärenden om enskilda fattas inom ramen för nämndens riktlinjer. "
            "Prisbasbelopp avser det prisbasbelopp som gäller för det år beslutet fattas.", body)]))
        for num, sec, items in SON_SECTIONS:
            st.append(CondPageBreak(40 * mm))
            st.append(Paragraph("%s %s" % (num, sec), h2))
            data = [[Paragraph(x, cellh) for x in ("Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning")]]
            for i, (matter, lag, code, cond) in enumerate(items, 1):
                nr = "%s.%d" % (num, i)
                key = "son-" + nr
                rows.append(dict(key=key, matter=matter, code=code, condition=cond))
                data.append([Paragraph(nr, cell), [Paragraph(esc(matter), cell), Mark(key)],
                             Paragraph(esc(lag), cell), Paragraph(esc(code), cell), Paragraph(esc(cond), cell)])
            t = Table(data, colWidths=[11 * mm, 72 * mm, 30 * mm, 17 * mm, 44 * mm], repeatRows=1)
            ts = [("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#7a1f3d")),
                  ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for j in range(2, len(data), 2):
                ts.append(("BACKGROUND", (0, j), (-1, j), colors.HexColor("#f6eef1")))
            t.setStyle(TableStyle(ts))
            st.append(t)
        return st

    marks, n = render(fname, templates, story, "Delegationsordning för social- och omsorgsnämnden")
    abbr = {a: b.lower() for a, b in SON_LEGEND + SON_LAWS}
    return fname, n, {
        "layout": "running-header+metadata-strip-table+4col-paired-legend+numbered-sections-5col-zebra-horizontal-rules",
        "title": "Delegationsordning för social- och omsorgsnämnden",
        "doc_type": "delegationsordning",
        "decided_by": "social- och omsorgsnämnden",
        "decision_date": "2024-09-25",
        "paragraph": "§ 98",
        "diarienummer": "SON 2024/0157",
        "valid_from": "2024-10-01",
        "valid_to": None,
        "replaces": "Social- och omsorgsnämndens delegationsordning fastställd 2022-12-14, § 141",
        "replaces_file": None,
        "scope": "Alla verksamheter inom social- och omsorgsnämndens ansvarsområde",
        "owner": "Socialchef",
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": abbr,
        "decisions": rows_to_truth(rows, marks, legend),
        "statements": [{"matter": x["matter"], "decider": x["decider"], "page": marks[x["key"]]} for x in son_stmts],
        "notes": "Metadata in a five-cell strip under the title; the delegate legend is printed two pairs per "
                 "line (code, title, code, title); slash-joined codes (EnC/AC) mean either delegate; amount "
                 "limits in prisbasbelopp; every numbered section has its own table with a header row; legal references in "
                 "the Lagrum column use the older SoL (2001:453) numbering.",
    }


# ======================================================================================
# 4. Barn- och utbildningsnämndens delegationsordning - written-out roles, lagrum first,
#    header NOT repeated, metadata at the end, prose statements
# ======================================================================================

BUN_LAWS = [
    ("SL", "skollagen (2010:800)"),
    ("SF", "skolförordningen (2011:185)"),
    ("FL", "förvaltningslagen (2017:900)"),
    ("KL", "kommunallagen (2017:725)"),
    ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
]
BUN_N = "barn- och utbildningsnämnden"
BUN_SECTIONS = [
    ("A", "Allmänna ärenden", [
        ("6 kap. 3 § OSL", "Beslut att inte lämna ut allmän handling", "Förvaltningschef", ""),
        ("45 § FL", "Avvisning av för sent inkommet överklagande", "Den som fattat det överklagade beslutet", ""),
        ("", "Yttrande till Skolinspektionen i tillsynsärende", "Förvaltningschef",
         "Yttrande av principiell betydelse beslutas av nämnden"),
        ("6 kap. 10 § SL", "Beslut om åtgärder på huvudmannanivå efter anmälan om kränkande behandling",
         "Utbildningschef", ""),
    ]),
    ("B", "Förskola och fritidshem", [
        ("8 kap. 14 § SL", "Placering i förskola", "Placeringshandläggare",
         "Enligt nämndens regler för kö och placering"),
        ("8 kap. 7 § SL", "Förskola för barn som av fysiska, psykiska eller andra skäl behöver särskilt stöd",
         "Rektor", ""),
        ("14 kap. 5 § SL", "Placering i fritidshem", "Placeringshandläggare", ""),
        ("8 kap. 16 § SL", "Nedsättning eller befrielse från avgift för förskola och fritidshem",
         "Förvaltningschef", "Debitering enligt fastställd taxa är verkställighet"),
        ("8 kap. 13 § SL", "Mottagande av barn från annan kommun i förskola", "Utbildningschef", ""),
    ]),
    ("C", "Grundskola och anpassad grundskola", [
        ("7 kap. 10 § SL", "Uppskjuten skolplikt", "Utbildningschef", ""),
        ("7 kap. 5 § SL", "Mottagande i anpassad grundskola", "Förvaltningschef", ""),
        ("7 kap. 16 § SL", "Rätt att slutföra skolgången", "Rektor", ""),
        ("10 kap. 30 § SL", "Placering vid annan skolenhet än den vårdnadshavarna önskar", "Utbildningschef", ""),
        ("10 kap. 27 § SL", "Mottagande av elev från annan kommun", "Utbildningschef", ""),
        ("7 kap. 23 § SL", "Föreläggande med vite för att fullgöra skolplikten", "Nämnden", "Delegeras inte"),
    ]),
    ("D", "Skolskjuts", [
        ("10 kap. 32 § SL", "Skolskjuts i grundskola och anpassad grundskola", "Skolskjutshandläggare",
         "Enligt nämndens riktlinjer för skolskjuts"),
        ("10 kap. 33 § SL", "Skolskjuts för elev som valt annan skolenhet", "Skolskjutshandläggare", ""),
        ("", "Omprövning av beslut om skolskjuts", "Utbildningschef", ""),
    ]),
    ("E", "Gymnasieskola", [
        ("15 kap. 12 § SL", "Mottagande och antagning till nationellt program", "Antagningshandläggare", ""),
        ("7 kap. 2 § GyF", "Antagning efter särskild prövning", "Rektor", ""),
        ("15 kap. 32 § SL", "Inackorderingstillägg", "Antagningshandläggare", ""),
    ]),
    ("F", "Ekonomi och personal", [
        ("", "Beslut om direktupphandling", "Förvaltningschef", "Högst 300 000 kr"),
        ("", "Beslut om direktupphandling", "Rektor", "Högst 50 000 kr inom den egna enhetens budget"),
        ("10 kap. 39 § SL", "Tilläggsbelopp till enskild huvudman", "Utbildningschef", ""),
        ("10 kap. 37 § SL", "Grundbelopp till enskild huvudman", "Förvaltningschef",
         "Enligt nämndens beslut om resursfördelning"),
        ("", "Anställning av rektor", "Förvaltningschef", ""),
        ("", "Anställning av personal vid skolenhet", "Rektor", ""),
    ]),
]
BUN_ROLE = {
    "Förvaltningschef": "förvaltningschef",
    "Den som fattat det överklagade beslutet": "den som fattat det överklagade beslutet",
    "Utbildningschef": "utbildningschef",
    "Placeringshandläggare": "placeringshandläggare",
    "Rektor": "rektor",
    "Nämnden": BUN_N,
    "Skolskjutshandläggare": "skolskjutshandläggare",
    "Antagningshandläggare": "antagningshandläggare",
}


def bun():
    fname = "ekasa-bun-delegationsordning.pdf"
    body = S("b", fontName="Helvetica", fontSize=10, leading=13.5)
    cell = S("c", fontSize=9, leading=11)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=9, leading=11)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=4)
    rows = []
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica", 8)
            c.drawRightString(w - 22 * mm, h - 13 * mm, "Barn- och utbildningsnämnden")
            c.drawString(22 * mm, 11 * mm, MARKER)
            c.drawRightString(w - 22 * mm, 11 * mm, "Sida %d" % d.page)
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, left=22 * mm, right=22 * mm, top=22 * mm)], onPage=pg)]

    def add_stmt(st, key, before, sentence, after, decider):
        stmts.append(dict(key=key, matter=sentence, decider=decider))
        st.append(KeepTogether([Mark(key), Paragraph(esc(before + sentence + after), body)]))
        st.append(Spacer(1, 2.5 * mm))

    def story():
        rows.clear()
        stmts.clear()
        st = [Paragraph("Delegationsordning för barn- och utbildningsnämnden i Ekåsa kommun", h1)]
        st.append(Paragraph("1. Regler för delegering", h2))
        st.append(Paragraph(
            "Nämnden får enligt kommunallagen uppdra åt ett utskott, en ledamot eller ersättare eller en anställd "
            "att besluta på nämndens vägnar. Beslut som rektor fattar med stöd av skollagen i egenskap av rektor "
            "är inte delegationsbeslut och finns därför inte med i förteckningen.", body))
        st.append(Spacer(1, 2.5 * mm))
        add_stmt(st, "bun-s1", "",
                 "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas fattas av "
                 "nämndens ordförande.", " Vid ordförandens förhinder träder vice ordföranden in. Sådana beslut "
                 "anmäls vid nämndens nästa sammanträde.", "nämndens ordförande")
        add_stmt(st, "bun-s2", "",
                 "Förvaltningschefen får vidaredelegera beslutanderätt till annan anställd inom förvaltningen.",
                 " Vidaredelegering ska ske skriftligen och anmälas till nämnden.", "förvaltningschef")
        add_stmt(st, "bun-s3", "Delegerad beslutanderätt gäller inom ramen för beviljad budget. ",
                 "Nämnden beslutar själv i ärenden som rör verksamhetens mål, inriktning, omfattning eller kvalitet.",
                 "", BUN_N)
        st.append(Paragraph("2. Förkortningar av författningar", h2))
        st.append(Paragraph("; ".join("%s – %s" % (a, b) for a, b in BUN_LAWS) +
                            "; GyF – gymnasieförordningen (2010:2039).", body))
        st.append(Paragraph("3. Förteckning över delegerade ärenden", h2))
        head = [Paragraph(x, cellh) for x in ("Lagrum", "Ärende", "Delegat", "Anmärkning")]
        data = [head]
        ts = [("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for letter, sec, items in BUN_SECTIONS:
            i = len(data)
            data.append([Paragraph("<b>%s %s</b>" % (letter, sec), S("sh", fontName="Helvetica-Bold",
                                                                         fontSize=10, leading=13)), "", "", ""])
            ts += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 9)]
            for j, (lag, matter, role, cond) in enumerate(items, 1):
                key = "bun-%s%d" % (letter, j)
                rows.append(dict(key=key, matter=matter, code=role, decider=BUN_ROLE[role], is_code=False,
                                 condition=cond))
                data.append([Paragraph(esc(lag), cell), [Paragraph(esc(matter), cell), Mark(key)],
                             Paragraph(esc(role), cell), Paragraph(esc(cond), cell)])
        t = Table(data, colWidths=[28 * mm, 68 * mm, 38 * mm, 32 * mm], repeatRows=0)
        t.setStyle(TableStyle(ts))
        st.append(t)
        st.append(Spacer(1, 8 * mm))
        st.append(KeepTogether([Paragraph("Dokumentinformation", h2), docinfo(cell)]))
        return st

    def docinfo(cell):
        meta = [
            ("Beslutad av", "Barn- och utbildningsnämnden"),
            ("Beslutsdatum", "2024-12-12, § 97"),
            ("Diarienummer", "BUN 2024/0188"),
            ("Gäller från", "2025-01-01"),
            ("Ersätter", "Delegationsordning för barn- och utbildningsnämnden, beslutad 2022-11-17, § 88"),
            ("Dokumentansvarig", "Nämndsekreterare"),
            ("Revideras", "Vid behov, dock minst en gång per mandatperiod"),
        ]
        t = Table([[Paragraph(a, cell), Paragraph(esc(b), cell)] for a, b in meta],
                  colWidths=[40 * mm, 126 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
        return t

    marks, n = render(fname, templates, story, "Delegationsordning för barn- och utbildningsnämnden")
    abbr = {a: b.lower() for a, b in BUN_LAWS}
    abbr["GyF"] = "gymnasieförordningen (2010:2039)"
    decisions = []
    for r in rows:
        decisions.append({"matter": r["matter"], "decider": r["decider"], "code": None,
                          "condition": r["condition"] or None, "page": marks[r["key"]]})
    return fname, n, {
        "layout": "no-cover+prose-rules+lagrum-first-4col-unruled-table-header-not-repeated+docinfo-at-end",
        "title": "Delegationsordning för barn- och utbildningsnämnden i Ekåsa kommun",
        "doc_type": "delegationsordning",
        "decided_by": "barn- och utbildningsnämnden",
        "decision_date": "2024-12-12",
        "paragraph": "§ 97",
        "diarienummer": "BUN 2024/0188",
        "valid_from": "2025-01-01",
        "valid_to": None,
        "replaces": "Delegationsordning för barn- och utbildningsnämnden, beslutad 2022-11-17, § 88",
        "replaces_file": None,
        "scope": None,
        "owner": "Nämndsekreterare",
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": abbr,
        "decisions": decisions,
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "Delegates written out (no codes); lagrum is the first column; only a rule under the header "
                 "and the header is not repeated after a page break; two rows share the matter 'Beslut om "
                 "direktupphandling' with different delegates and limits; decision metadata only in the "
                 "Dokumentinformation table at the very end.",
    }


# ======================================================================================
# 5. Miljö- och byggnadsnämndens delegationsordning - landscape, författningssamling header
#    box on every page, legend as an appendix at the end
# ======================================================================================

MBN_LEGEND = [
    ("MBN", "Miljö- och byggnadsnämnden"),
    ("Au", "Miljö- och byggnadsnämndens arbetsutskott"),
    ("Ordf", "Nämndens ordförande"),
    ("FC", "Förvaltningschef för samhällsbyggnadsförvaltningen"),
    ("SA", "Stadsarkitekt"),
    ("BC", "Bygglovschef"),
    ("BH", "Bygglovshandläggare"),
    ("BI", "Byggnadsinspektör"),
    ("MC", "Miljöchef"),
    ("MI", "Miljö- och hälsoskyddsinspektör"),
]
MBN_LAWS = [
    ("FL", "Förvaltningslagen (2017:900)"),
    ("FMH", "Förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LL", "Livsmedelslagen (2006:804)"),
    ("LTLP", "Lagen (2018:2088) om tobak och liknande produkter"),
    ("MB", "Miljöbalken (1998:808)"),
    ("PBL", "Plan- och bygglagen (2010:900)"),
]
MBN_SECTIONS = [
    ("A", "ALLMÄNT", [
        ("Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL",
         "Ordf"),
        ("Avvisning av för sent inkommet överklagande", "45 § FL", "BC/MC"),
        ("Yttrande till mark- och miljödomstolen i mål som inte är av principiell betydelse", "", "FC"),
    ]),
    ("B", "PLAN- OCH BYGGLOVSÄRENDEN", [
        ("Bygglov för nybyggnad av en- eller tvåbostadshus inom detaljplan när åtgärden följer planen",
         "9 kap. 30 § PBL", "BH"),
        ("Bygglov för nybyggnad av en- eller tvåbostadshus utanför detaljplan", "9 kap. 31 § PBL", "SA"),
        ("Bygglov för tillbyggnad av en- eller tvåbostadshus om högst 50 kvm bruttoarea", "9 kap. 30 § PBL", "BH"),
        ("Bygglov för tillbyggnad av en- eller tvåbostadshus över 50 kvm bruttoarea", "9 kap. 30 § PBL", "BC"),
        ("Bygglov för åtgärd som innebär en liten avvikelse från detaljplan", "9 kap. 31 b § PBL", "BC"),
        ("Bygglov för flerbostadshus eller verksamhetsbyggnad om högst 1 000 kvm bruttoarea",
         "9 kap. 30 § PBL", "SA"),
        ("Bygglov för flerbostadshus eller verksamhetsbyggnad över 1 000 kvm bruttoarea", "9 kap. 30 § PBL", "Au"),
        ("Rivningslov", "9 kap. 34 § PBL", "BH"),
        ("Marklov", "9 kap. 35 § PBL", "BH"),
        ("Förhandsbesked", "9 kap. 17 § PBL", "SA"),
        ("Beslut att avvisa en ansökan som inte har kompletterats", "9 kap. 22 § PBL", "BH"),
        ("Startbesked", "10 kap. 23 § PBL", "BI/BH"),
        ("Slutbesked", "10 kap. 34 § PBL", "BI"),
        ("Föreläggande att vidta åtgärder utan vite", "11 kap. 19 § PBL", "BC"),
        ("Föreläggande med vite", "11 kap. 37 § PBL", "Au"),
        ("Byggsanktionsavgift om högst 50 000 kr", "11 kap. 51 § PBL", "BC"),
        ("Byggsanktionsavgift över 50 000 kr", "11 kap. 51 § PBL", "Au"),
    ]),
    ("C", "MILJÖ- OCH HÄLSOSKYDD", [
        ("Föreläggande eller förbud utan vite", "26 kap. 9 § MB", "MI"),
        ("Föreläggande eller förbud med vite", "26 kap. 9 och 14 §§ MB", "MC"),
        ("Tillstånd att inrätta avloppsanordning med vattentoalett", "13 § FMH", "MI"),
        ("Dispens från strandskyddet", "7 kap. 18 b § MB", "MC"),
        ("Miljösanktionsavgift", "30 kap. 3 § MB", "MC"),
        ("Tillstånd att hålla häst, nötkreatur, get, får eller svin inom detaljplanelagt område", "39 § FMH", "MI"),
        ("Yttrande till länsstyrelsen i ärende om tillstånd för miljöfarlig verksamhet", "", "MC"),
    ]),
    ("D", "LIVSMEDEL OCH TOBAK", [
        ("Föreläggande eller förbud enligt livsmedelslagen", "22 § LL", "MI"),
        ("Beslut om årlig kontrollavgift efter riskklassning", "", "MI"),
        ("Försäljningstillstånd för tobaksvaror", "5 kap. 1 § LTLP", "Au"),
        ("Varning eller återkallelse av försäljningstillstånd för tobaksvaror", "7 kap. 10 § LTLP", "Au"),
    ]),
]


def mbn():
    fname = "ekasa-mbn-delegationsordning.pdf"
    legend = dict(MBN_LEGEND)
    land = landscape(A4)
    body = S("b", fontSize=9.5, leading=12.5)
    cell = S("c", fontSize=8.5, leading=10.5)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    rows = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            x0, y0, bw, bh = 15 * mm, h - 24 * mm, w - 30 * mm, 13 * mm
            c.setLineWidth(0.6)
            c.rect(x0, y0, bw, bh)
            cols = [0, 0.34, 0.58, 0.74, 0.88, 1.0]
            for f in cols[1:-1]:
                c.line(x0 + f * bw, y0, x0 + f * bw, y0 + bh)
            labels = ["", "Fastställd av", "Dnr", "Gäller fr.o.m.", "Sida"]
            vals = ["", "MBN 2025-06-12 § 61", "MBN 2025/0117", "2025-07-01", "%d (%d)" % (d.page, total[0])]
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x0 + 3 * mm, y0 + 7.5 * mm, "EKÅSA KOMMUNS FÖRFATTNINGSSAMLING")
            c.setFont("Helvetica", 8)
            c.drawString(x0 + 3 * mm, y0 + 2.8 * mm, "Nr 4.2 – Miljö- och byggnadsnämnden")
            for i in range(1, 5):
                c.setFont("Helvetica", 6.5)
                c.drawString(x0 + cols[i] * bw + 2 * mm, y0 + 9 * mm, labels[i])
                c.setFont("Helvetica", 9)
                c.drawString(x0 + cols[i] * bw + 2 * mm, y0 + 3 * mm, vals[i])
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(w / 2, 8 * mm, MARKER)
            c.restoreState()
        return [PageTemplate("l", [frame_for(land, left=15 * mm, right=15 * mm, top=30 * mm, bottom=14 * mm)],
                             onPage=pg, pagesize=land)]

    def story():
        rows.clear()
        st = [Paragraph("DELEGATIONSORDNING FÖR MILJÖ- OCH BYGGNADSNÄMNDEN", h1)]
        st.append(Paragraph(
            "Med stöd av 6 kap. 37 § kommunallagen delegerar miljö- och byggnadsnämnden beslutanderätt i de "
            "ärenden som anges nedan till där angivna delegater. Delegationsbeslut anmäls till nämndens "
            "nästkommande sammanträde. Delegat som anges med snedstreck (t.ex. BI/BH) innebär att "
            "var och en av dem får besluta. Förkortningar förklaras i bilagan sist i dokumentet.", body))
        st.append(Spacer(1, 4 * mm))
        data = [[Paragraph(x, cellh) for x in ("Punkt", "Beslut", "Lagrum", "Delegat")]]
        ts = [("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#777777")),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9d8")),
              ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for letter, sec, items in MBN_SECTIONS:
            i = len(data)
            data.append([Paragraph("<b>%s</b>" % letter, cell), Paragraph("<b>%s</b>" % sec, cell), "", ""])
            ts += [("SPAN", (1, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f1f5ee"))]
            for j, (matter, lag, code) in enumerate(items, 1):
                p = "%s.%d" % (letter, j)
                key = "mbn-" + p
                rows.append(dict(key=key, matter=matter, code=code, condition=""))
                data.append([Paragraph(p, cell), [Paragraph(esc(matter), cell), Mark(key)],
                             Paragraph(esc(lag), cell), Paragraph(code, cell)])
        t = Table(data, colWidths=[16 * mm, 160 * mm, 55 * mm, 36 * mm], repeatRows=1)
        t.setStyle(TableStyle(ts))
        st.append(t)
        st.append(PageBreak())
        st.append(Paragraph("Bilaga – Förkortningar", h1))
        st.append(Paragraph("Delegater", h2))
        lt = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in MBN_LEGEND],
                   colWidths=[25 * mm, 120 * mm], hAlign="LEFT")
        lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
        st.append(lt)
        st.append(Paragraph("Författningar", h2))
        lt2 = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in MBN_LAWS],
                    colWidths=[25 * mm, 120 * mm], hAlign="LEFT")
        lt2.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
        st.append(lt2)
        return st

    marks, n = render(fname, templates, story, "Delegationsordning för miljö- och byggnadsnämnden",
                      pagesize=land)
    abbr = {a: b.lower() for a, b in MBN_LEGEND + MBN_LAWS}
    return fname, n, {
        "layout": "landscape+forfattningssamling-header-box-every-page+4col-grid-no-remark-column+legend-appendix-at-end",
        "title": "Delegationsordning för miljö- och byggnadsnämnden",
        "doc_type": "delegationsordning",
        "decided_by": "miljö- och byggnadsnämnden",
        "decision_date": "2025-06-12",
        "paragraph": "§ 61",
        "diarienummer": "MBN 2025/0117",
        "valid_from": "2025-07-01",
        "valid_to": None,
        "replaces": None,
        "replaces_file": None,
        "scope": None,
        "owner": None,
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": abbr,
        "decisions": rows_to_truth(rows, marks, legend),
        "statements": [],
        "notes": "All pages landscape; decision metadata only in the författningssamling header box drawn on "
                 "every page ('MBN 2025-06-12 § 61'); no remark column, so limits (kvm, kronor) are part of the "
                 "matter text; the code legend is an appendix on the last page.",
    }


# ======================================================================================
# 6. Reglemente för kultur- och fritidsnämnden - § prose, metadata block, statements
# ======================================================================================

def kfn():
    fname = "ekasa-reglemente-kultur-fritid.pdf"
    body = S("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_LEFT)
    h1 = S("h1", fontName="Times-Bold", fontSize=20, leading=25, spaceAfter=8)
    h2 = S("h2", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4)
    par = S("p", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6)
    cell = S("c", fontName="Times-Roman", fontSize=10, leading=12.5)
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Times-Roman", 9)
            c.drawString(25 * mm, h - 14 * mm, "Reglemente för kultur- och fritidsnämnden")
            c.drawRightString(w - 25 * mm, h - 14 * mm, "%d/%d" % (d.page, total[0]))
            c.drawString(25 * mm, 12 * mm, "Ekåsa kommun  ·  " + MARKER)
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, left=25 * mm, right=25 * mm)], onPage=pg)]

    def para(st, num, head, text, stmt=None, section=None):
        block = [Paragraph("%s §  %s" % (num, head), par)]
        if section:
            block.insert(0, Paragraph(section, h2))
        if stmt:
            for key, sentence, decider in (stmt if isinstance(stmt, list) else [stmt]):
                assert sentence in text
                stmts.append(dict(key=key, matter=sentence, decider=decider))
                block.insert(0, Mark(key))
        block.append(Paragraph(esc(text), body))
        st.append(KeepTogether(block))

    def story():
        stmts.clear()
        st = [Paragraph("Reglemente för kultur- och fritidsnämnden", h1)]
        meta = [
            ("Beslutande", "Kommunfullmäktige"),
            ("Datum och paragraf", "2022-11-28, § 142"),
            ("Diarienummer", "KS 2022/0301"),
            ("Dokumentansvarig", "Kanslichef, kommunledningsförvaltningen"),
            ("Revideras", "Inför nästkommande mandatperiod eller vid behov"),
            ("Gäller", "Från och med 2023-01-01 och tills vidare"),
        ]
        t = Table([[Paragraph(a + ":", cell), Paragraph(b, cell)] for a, b in meta],
                  colWidths=[40 * mm, 110 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(t)
        st.append(Spacer(1, 4 * mm))
        st.append(Paragraph(
            "Detta reglemente ersätter reglemente för fritidsnämnden och reglemente för kulturnämnden, antagna av "
            "kommunfullmäktige 2018-12-17, § 160. Utöver det som föreskrivs i kommunallagen och i reglementet "
            "med gemensamma bestämmelser för nämnderna gäller bestämmelserna i detta reglemente.", body))
        st.append(Paragraph("Nämndens uppgifter", h2))
        para(st, "1", "Verksamhetsområde",
             "Kultur- och fritidsnämnden ansvarar för kommunens bibliotek, kulturskola, allmänkultur, "
             "fritidsgårdar, idrotts- och fritidsanläggningar samt stöd till föreningslivet. Nämnden är kommunens "
             "biblioteksnämnd enligt bibliotekslagen (2013:801).")
        para(st, "2", "Föreningsstöd",
             "Nämnden beslutar om bidrag till föreningar och studieförbund enligt de bidragsregler som "
             "kommunfullmäktige har fastställt. Nämnden får besluta om tillämpningsanvisningar till bidragsreglerna.",
             [("kfn-s1", "Nämnden beslutar om bidrag till föreningar och studieförbund enligt de bidragsregler som "
                         "kommunfullmäktige har fastställt.", "kultur- och fritidsnämnden"),
              ("kfn-s1b", "Nämnden får besluta om tillämpningsanvisningar till bidragsreglerna.",
               "kultur- och fritidsnämnden")])
        para(st, "3", "Taxor och avgifter",
             "Kommunfullmäktige beslutar om taxor för upplåtelse av nämndens lokaler och anläggningar. Nämnden "
             "får besluta om avgifter för kurser, entréer och evenemang som inte omfattas av taxan.",
             [("kfn-s2", "Kommunfullmäktige beslutar om taxor för upplåtelse av nämndens lokaler och anläggningar.",
               "kommunfullmäktige"),
              ("kfn-s2b", "Nämnden får besluta om avgifter för kurser, entréer och evenemang som inte omfattas av "
                          "taxan.", "kultur- och fritidsnämnden")])
        para(st, "4", "Stipendier och utmärkelser",
             "Nämnden beslutar årligen om kommunens kulturstipendium och idrottsstipendium samt om "
             "utmärkelsen Årets ideella ledare.",
             ("kfn-s3", "Nämnden beslutar årligen om kommunens kulturstipendium och idrottsstipendium samt om "
                        "utmärkelsen Årets ideella ledare.", "kultur- och fritidsnämnden"))
        para(st, "5", "Offentlig konst och konstsamling",
             "Nämnden förvaltar kommunens konstsamling och ansvarar för den konstnärliga gestaltningen vid "
             "kommunala ny- och ombyggnader. Beslut om att ta emot gåvor till konstsamlingen fattas av nämnden om "
             "gåvans värde inte överstiger ett prisbasbelopp. Gåvor med högre värde beslutas av "
             "kommunfullmäktige.",
             [("kfn-s4", "Beslut om att ta emot gåvor till konstsamlingen fattas av nämnden om gåvans värde inte "
                         "överstiger ett prisbasbelopp.", "kultur- och fritidsnämnden"),
              ("kfn-s4b", "Gåvor med högre värde beslutas av kommunfullmäktige.", "kommunfullmäktige")])
        para(st, "6", "Namn på anläggningar",
             "Nämnden lämnar förslag till namn på idrotts- och fritidsanläggningar. Beslut om namn på "
             "anläggningar fattas av kommunstyrelsen efter yttrande från nämnden.",
             ("kfn-s5", "Beslut om namn på anläggningar fattas av kommunstyrelsen efter yttrande från nämnden.",
              "kommunstyrelsen"))
        para(st, "7", "Samråd",
             "Nämnden ska samråda med kommunens råd för funktionshinderfrågor och med ungdomsrådet i frågor som "
             "berör dessa grupper.")
        para(st, "8", "Personalansvar",
             "Nämnden har inte egen personal. Personalen i nämndens verksamhet är anställd av kommunstyrelsen, "
             "som också är arbetsgivare och har ansvaret för personalfrågorna.")
        para(st, "9", "Sammansättning",
             "Nämnden består av nio ledamöter och fem ersättare som väljs av kommunfullmäktige för fyra år.",
             section="Arbetsformer")
        para(st, "10", "Presidium",
             "Nämndens presidium består av ordföranden, vice ordföranden och andre vice ordföranden.")
        para(st, "11", "Arbetsutskott",
             "Nämnden ska ha ett arbetsutskott med tre ledamöter och tre ersättare. Arbetsutskottet bereder "
             "nämndens ärenden och fattar beslut i de ärenden som nämnden har delegerat till utskottet.")
        para(st, "12", "Sammanträden och kallelse",
             "Nämnden sammanträder på dag och tid som nämnden bestämmer. Kallelse ska skickas ut senast sju dagar "
             "före sammanträdesdagen och får skickas elektroniskt.")
        para(st, "13", "Brådskande ärenden",
             "Nämndens ordförande får besluta i ärenden som är så brådskande att nämndens avgörande inte kan "
             "avvaktas. Sådana beslut ska anmälas vid nämndens nästa sammanträde.",
             ("kfn-s6", "Nämndens ordförande får besluta i ärenden som är så brådskande att nämndens avgörande inte "
                        "kan avvaktas.", "nämndens ordförande"))
        para(st, "14", "Justering av protokoll",
             "Protokollet justeras av ordföranden och en ledamot senast fjorton dagar efter sammanträdet.")
        para(st, "15", "Undertecknande av handlingar",
             "Avtal, skrivelser och andra handlingar som beslutats av nämnden undertecknas av ordföranden och "
             "kontrasigneras av kultur- och fritidschefen.")
        return st

    marks, n = render(fname, templates, story, "Reglemente för kultur- och fritidsnämnden")
    return fname, n, {
        "layout": "serif-paragraph-numbered-prose+label-value-metadata-block-under-title",
        "title": "Reglemente för kultur- och fritidsnämnden",
        "doc_type": "reglemente",
        "decided_by": "kommunfullmäktige",
        "decision_date": "2022-11-28",
        "paragraph": "§ 142",
        "diarienummer": "KS 2022/0301",
        "valid_from": "2023-01-01",
        "valid_to": None,
        "replaces": "Reglemente för fritidsnämnden och reglemente för kulturnämnden, antagna av kommunfullmäktige "
                    "2018-12-17, § 160",
        "replaces_file": None,
        "scope": None,
        "owner": "Kanslichef, kommunledningsförvaltningen",
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": {},
        "decisions": [],
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "No table: decision rights only as sentences in numbered paragraphs ('N §' headings). The "
                 "paragraph sign of the adopting decision ('§ 142') must not be confused with the reglemente's "
                 "own numbered paragraphs.",
    }


# ======================================================================================
# 7. Policy för inköp och upphandling - cover with document hierarchy, two-column body
# ======================================================================================

def policy():
    fname = "ekasa-policy-inkop-upphandling.pdf"
    body = S("b", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=26, leading=31, textColor=colors.HexColor("#2f5d2a"))
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3,
           textColor=colors.HexColor("#2f5d2a"))
    cell = S("c", fontSize=9, leading=11.5)
    stmts = []

    def templates(doc, total):
        def cover(c, d):
            w, h = c._pagesize
            c.saveState()
            labels = ["VISION", "PROGRAM", "POLICY", "RIKTLINJE", "RUTIN"]
            x, y = w - 70 * mm, h - 40 * mm
            for i, lab in enumerate(labels):
                yy = y - i * 11 * mm
                hl = lab == "POLICY"
                c.setFillColor(colors.HexColor("#2f5d2a") if hl else colors.HexColor("#e3ebe1"))
                c.roundRect(x + i * 3 * mm, yy, 50 * mm - i * 6 * mm, 8 * mm, 2 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white if hl else colors.HexColor("#2f5d2a"))
                c.setFont("Helvetica-Bold", 8)
                c.drawCentredString(x + 25 * mm, yy + 2.8 * mm, lab)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.drawString(20 * mm, h - 20 * mm, "Ekåsa kommun")
            c.restoreState()

        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, h - 14 * mm, "Policy för inköp och upphandling")
            c.drawRightString(w - 20 * mm, h - 14 * mm, "Ekåsa kommun")
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.drawRightString(w - 20 * mm, 12 * mm, str(d.page))
            c.restoreState()

        w, h = A4
        gap = 8 * mm
        colw = (w - 40 * mm - gap) / 2
        f1 = Frame(20 * mm, 22 * mm, colw, h - 47 * mm, id="c1", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        f2 = Frame(20 * mm + colw + gap, 22 * mm, colw, h - 47 * mm, id="c2", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        return [PageTemplate("cover", [frame_for(A4, top=105 * mm)], onPage=cover),
                PageTemplate("two", [f1, f2], onPage=pg)]

    def sp(st, key, before, sentence, after, decider):
        stmts.append(dict(key=key, matter=sentence, decider=decider))
        st.append(KeepTogether([Mark(key), Paragraph(esc(before + sentence + after), body)]))
        st.append(Spacer(1, 2 * mm))

    def p(st, text):
        st.append(Paragraph(esc(text), body))
        st.append(Spacer(1, 2 * mm))

    def story():
        stmts.clear()
        st = [Paragraph("Policy för inköp och upphandling", h1), Spacer(1, 10 * mm)]
        meta = [
            ("Dokumenttyp", "Policy"),
            ("Antagen av", "Kommunfullmäktige 2024-04-22, § 45"),
            ("Diarienummer", "KS 2023/0512"),
            ("Gäller från", "2024-05-01"),
            ("Gäller för", "Samtliga nämnder och helägda kommunala bolag"),
            ("Dokumentägare", "Upphandlingschef"),
            ("Aktualitetsprövas senast", "2028-04-30"),
            ("Ersätter", "Upphandlingspolicy, antagen av kommunfullmäktige 2017-09-25, § 88"),
            ("Publicering", "Extern – kommunens webbplats"),
        ]
        t = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in meta], colWidths=[48 * mm, 110 * mm],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bb597")),
                               ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#2f5d2a")),
                               ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
        st.append(t)
        st.append(NextPageTemplate("two"))
        st.append(PageBreak())
        st.append(Paragraph("1. Syfte", h2))
        p(st, "Policyn anger kommunens förhållningssätt vid inköp och upphandling. Den ska bidra till att "
              "skattemedel används effektivt, att konkurrensen tas tillvara och att inköpen stödjer kommunens "
              "mål om hållbar utveckling.")
        st.append(Paragraph("2. Grundläggande principer", h2))
        p(st, "Alla inköp ska göras i enlighet med lagen om offentlig upphandling och de grundläggande principerna "
              "om icke-diskriminering, likabehandling, proportionalitet, öppenhet och ömsesidigt erkännande.")
        p(st, "Kommunens ramavtal ska användas när sådana finns. Den som gör ett inköp ska kontrollera om det finns "
              "ett ramavtal innan inköpet görs.")
        sp(st, "pol-s1", "", "Beslut om undantag från kravet på att använda kommunens ramavtal fattas av "
                             "upphandlingschefen.", " Undantaget ska dokumenteras.", "upphandlingschef")
        st.append(Paragraph("3. Ansvar och beslut", h2))
        p(st, "Varje nämnd ansvarar för inköp och upphandling inom sitt verksamhetsområde. Nämnden anger i sin "
              "delegationsordning vem som får fatta beslut om upphandling och tilldelning.")
        sp(st, "pol-s2", "", "Kommunstyrelsen beslutar om upphandling av ramavtal som ska gälla för flera nämnder.",
           " Upphandlingsenheten genomför sådana upphandlingar på kommunstyrelsens uppdrag.", "kommunstyrelsen")
        sp(st, "pol-s3", "", "Beslut om att lämna över vården av en kommunal angelägenhet till en privat utförare "
                             "fattas av kommunfullmäktige.", "", "kommunfullmäktige")
        sp(st, "pol-s4", "Inköpskort får användas för mindre inköp där fakturering inte är lämplig. ",
           "Beslut om att tilldela en medarbetare inköpskort fattas av ekonomichefen efter ansökan från "
           "förvaltningschefen.", "", "ekonomichef")
        st.append(Paragraph("4. Hållbarhet", h2))
        p(st, "Miljömässiga och sociala hänsyn ska tas i alla upphandlingar där det är relevant. Vid upphandling av "
              "livsmedel ska krav ställas som motsvarar svensk djurskyddslagstiftning. Vid upphandling av bygg- och "
              "anläggningsentreprenader med ett värde över 5 miljoner kronor ska krav på sysselsättningsfrämjande "
              "åtgärder övervägas.")
        st.append(Paragraph("5. Lokala företag", h2))
        p(st, "Kommunen ska underlätta för små och lokala företag att lämna anbud, till exempel genom att dela upp "
              "upphandlingar i mindre delar och genom dialog före upphandling. Kommunen får inte gynna leverantörer "
              "på grund av deras hemort.")
        st.append(Paragraph("6. Jäv och integritet", h2))
        p(st, "Den som deltar i en upphandling får inte ha något intresse i saken som kan påverka opartiskheten. "
              "Medarbetare och förtroendevalda får inte ta emot gåvor eller förmåner från leverantörer.")
        st.append(Paragraph("7. Uppföljning", h2))
        p(st, "Kommunstyrelsen följer årligen upp tillämpningen av policyn och rapporterar resultatet till "
              "kommunfullmäktige i samband med årsredovisningen.")
        return st

    marks, n = render(fname, templates, story, "Policy för inköp och upphandling")
    return fname, n, {
        "layout": "cover-with-document-hierarchy-graphic+metadata-table+two-column-justified-body",
        "title": "Policy för inköp och upphandling",
        "doc_type": "policy",
        "decided_by": "kommunfullmäktige",
        "decision_date": "2024-04-22",
        "paragraph": "§ 45",
        "diarienummer": "KS 2023/0512",
        "valid_from": "2024-05-01",
        "valid_to": None,
        "replaces": "Upphandlingspolicy, antagen av kommunfullmäktige 2017-09-25, § 88",
        "replaces_file": None,
        "scope": "Samtliga nämnder och helägda kommunala bolag",
        "owner": "Upphandlingschef",
        "review_date": "2028-04-30",
        "publication_stated": "extern",
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": {},
        "decisions": [],
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "Cover page whose hierarchy graphic prints the words VISION/PROGRAM/POLICY/RIKTLINJE/RUTIN "
                 "(only POLICY highlighted); body set in two justified columns; decision rights only in prose.",
    }


# ======================================================================================
# 8. Riktlinje för beslutsattest (INTERNAL) - header grid, zebra threshold table
# ======================================================================================

ATT_LEGEND = [
    ("BA", "budgetansvarig chef"),
    ("EnC", "enhetschef"),
    ("AC", "avdelningschef"),
    ("FC", "förvaltningschef"),
    ("EC", "ekonomichef"),
    ("KD", "kommundirektör"),
    ("KSO", "kommunstyrelsens ordförande"),
]
ATT_ROWS = [
    ("Leverantörsfaktura inom egen ansvarskod", "BA", "Högst 100 tkr"),
    ("Leverantörsfaktura inom egen ansvarskod", "AC", "Över 100 tkr och högst 500 tkr"),
    ("Leverantörsfaktura inom egen ansvarskod", "FC", "Över 500 tkr"),
    ("Utlägg och reseräkningar för medarbetare", "EnC", "Ingen beloppsgräns"),
    ("Utlägg och reseräkningar för förvaltningschef", "KD", ""),
    ("Utlägg och reseräkningar för kommundirektören", "KSO", ""),
    ("Extern representation", "AC", "Högst 20 tkr per tillfälle"),
    ("Intern representation och personalfester", "FC", ""),
    ("Minnesgåva och uppvaktning av medarbetare", "EnC", "Högst 1,5 tkr per medarbetare"),
    ("Interna fakturor och omföringar mellan förvaltningar", "EC", ""),
    ("Utbetalning av ekonomiskt bistånd", "EnC", ""),
]


def attest():
    fname = "ekasa-riktlinje-beslutsattest-intern.pdf"
    legend = {a: b for a, b in ATT_LEGEND}
    body = S("b", fontSize=9.5, leading=13)
    small = S("s", fontSize=7, leading=8.5, textColor=colors.HexColor("#555555"))
    cell = S("c", fontSize=9, leading=11.5)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceBefore=4, spaceAfter=6)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    rows = []
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFillColor(colors.HexColor("#b00020"))
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(w - 20 * mm, h - 12 * mm, "INTERNT DOKUMENT – INTRANÄT")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.drawRightString(w - 20 * mm, 12 * mm, "Sida %d (%d)" % (d.page, total[0]))
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, top=20 * mm)], onPage=pg)]

    def story():
        rows.clear()
        stmts.clear()
        g = [
            [Paragraph("Dokumenttyp", small), Paragraph("Fastställd av", small), Paragraph("Datum", small),
             Paragraph("Dnr", small)],
            [Paragraph("Riktlinje", cell), Paragraph("Kommundirektören", cell), Paragraph("2025-09-15", cell),
             Paragraph("KS 2025/0388", cell)],
            [Paragraph("Giltig fr.o.m.", small), Paragraph("Giltig t.o.m.", small),
             Paragraph("Dokumentansvarig", small), Paragraph("Publicering", small)],
            [Paragraph("2025-10-01", cell), Paragraph("2027-12-31", cell), Paragraph("Ekonomichef", cell),
             Paragraph("Intern (intranätet)", cell)],
        ]
        t = Table(g, colWidths=[42 * mm] * 4)
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BOTTOMPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 2), (-1, 2), 0)]))
        st = [t, Spacer(1, 4 * mm), Paragraph("Riktlinje för beslutsattest", h1)]
        st.append(Paragraph(
            "Riktlinjen är ett internt dokument för kommunens medarbetare och publiceras endast på intranätet "
            "Ekånätet. Den kompletterar kommunens reglemente för attest och ersätter Anvisningar för attest från "
            "2019-03-01.", body))
        st.append(Paragraph("Omfattning", h2))
        st.append(Paragraph("Riktlinjen gäller för kommunens samtliga förvaltningar. Kommunala bolag omfattas inte.",
                            body))
        st.append(Paragraph("Grundregler", h2))
        st.append(Paragraph(
            "Varje transaktion ska attesteras av två personer i förening: en granskningsattestant och en "
            "beslutsattestant. Beslutsattest får inte utföras av den som själv tar emot betalningen eller av den "
            "som har ett personligt intresse i transaktionen. Beslutsattesten intygar att transaktionen ryms inom "
            "budget och är förenlig med fattade beslut.", body))
        st.append(Spacer(1, 2 * mm))
        stmts.append(dict(key="att-s1", matter="Ekonomichefen beslutar om behörighet för attest i ekonomisystemet "
                                               "efter anmälan från respektive förvaltningschef.",
                          decider="ekonomichef"))
        st.append(KeepTogether([Mark("att-s1"), Paragraph(
            "Ekonomichefen beslutar om behörighet för attest i ekonomisystemet efter anmälan från respektive "
            "förvaltningschef. Ändrade behörigheter gäller från den dag de registrerats.", body)]))
        st.append(Paragraph("Beloppsgränser för beslutsattest", h2))
        data = [[Paragraph(x, cellh) for x in ("Transaktionstyp", "Beslutsattestant",
                                                "Beloppsgräns per faktura/underlag inkl. moms")]]
        for i, (matter, code, cond) in enumerate(ATT_ROWS, 1):
            key = "att-%d" % i
            rows.append(dict(key=key, matter=matter, code=code, condition=cond))
            data.append([[Paragraph(esc(matter), cell), Mark(key)], Paragraph(code, cell), Paragraph(esc(cond), cell)])
        tt = Table(data, colWidths=[78 * mm, 32 * mm, 60 * mm], repeatRows=1)
        ts = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        for j in range(1, len(data)):
            if j % 2 == 0:
                ts.append(("BACKGROUND", (0, j), (-1, j), colors.HexColor("#eeeeee")))
        tt.setStyle(TableStyle(ts))
        st.append(tt)
        st.append(Spacer(1, 2 * mm))
        st.append(Paragraph("Förklaringar: " + "; ".join("%s = %s" % (a, b) for a, b in ATT_LEGEND) +
                            ". tkr = tusen kronor.", S("f", fontSize=8, leading=10.5)))
        st.append(Paragraph("Ersättare", h2))
        st.append(Paragraph(
            "Vid beslutsattestantens frånvaro attesterar närmast överordnad chef. Förteckning över "
            "beslutsattestanter och ersättare upprättas av varje förvaltning och uppdateras minst en gång per år.",
            body))
        return st

    marks, n = render(fname, templates, story, "Riktlinje för beslutsattest")
    abbr = {a: b for a, b in ATT_LEGEND}
    abbr["tkr"] = "tusen kronor"
    return fname, n, {
        "layout": "header-metadata-grid+internal-banner+zebra-threshold-table+legend-line-under-table",
        "title": "Riktlinje för beslutsattest",
        "doc_type": "riktlinje",
        "decided_by": "kommundirektör",
        "decision_date": "2025-09-15",
        "paragraph": None,
        "diarienummer": "KS 2025/0388",
        "valid_from": "2025-10-01",
        "valid_to": "2027-12-31",
        "replaces": "Anvisningar för attest från 2019-03-01",
        "replaces_file": None,
        "scope": "Kommunens samtliga förvaltningar; kommunala bolag omfattas inte",
        "owner": "Ekonomichef",
        "review_date": None,
        "publication_stated": "intern",
        "publication": "intern",
        "status_2026_11_26": "gällande",
        "abbreviations": abbr,
        "decisions": rows_to_truth(rows, marks, legend),
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "Internal document (intranet only, stated twice). Decided by an official, so no §. Three rows "
                 "share the matter 'Leverantörsfaktura inom egen ansvarskod' and differ only by amount band in tkr; "
                 "legend is a single line under the table.",
    }


# ======================================================================================
# 9. Taxa för lokaler och anläggningar 2026 - price grid, "Taxa 1(N)" header
# ======================================================================================

TAXA_ROWS = [
    ("Idrottshallar", None),
    ("Ekåsahallen, hel hall", "per timme", "0 kr", "180 kr", "520 kr"),
    ("Ekåsahallen, halv hall", "per timme", "0 kr", "100 kr", "290 kr"),
    ("Gymnastiksal, skola", "per timme", "0 kr", "70 kr", "190 kr"),
    ("Is- och bad", None),
    ("Ishall Norrvallen, träning", "per timme", "0 kr", "350 kr", "1 100 kr"),
    ("Simhall, bana 25 m", "per timme", "60 kr", "160 kr", "400 kr"),
    ("Utomhus", None),
    ("Fotbollsplan konstgräs, 11-manna", "per timme", "0 kr", "210 kr", "650 kr"),
    ("Fotbollsplan naturgräs, 11-manna", "per timme", "0 kr", "150 kr", "480 kr"),
    ("Friidrottsarena", "per dag", "400 kr", "900 kr", "3 200 kr"),
    ("Lokaler", None),
    ("Samlingssal, Kulturhuset Ekan", "per timme", "0 kr", "150 kr", "450 kr"),
    ("Samlingssal, Kulturhuset Ekan", "per dag", "0 kr", "900 kr", "2 800 kr"),
    ("Mötesrum, bibliotek", "per timme", "0 kr", "0 kr", "150 kr"),
    ("Fritidsgård, kvällstid", "per tillfälle", "0 kr", "400 kr", "–"),
]


def taxa():
    fname = "ekasa-taxa-lokaler-anlaggningar-2026.pdf"
    body = S("b", fontSize=9.5, leading=13)
    cell = S("c", fontSize=8.5, leading=10.5)
    cellr = S("cr", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    cellhr = S("chr", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(20 * mm, h - 13 * mm, "EKÅSA KOMMUN")
            c.setFont("Helvetica", 8)
            c.drawRightString(w - 20 * mm, h - 13 * mm, "Taxa  %d(%d)" % (d.page, total[0]))
            c.drawString(w - 80 * mm, h - 18 * mm, "Datum")
            c.drawString(w - 50 * mm, h - 18 * mm, "Vår beteckning")
            c.drawString(w - 80 * mm, h - 22 * mm, "2025-11-24")
            c.drawString(w - 50 * mm, h - 22 * mm, "KFN 2025/0076")
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4, top=30 * mm)], onPage=pg)]

    def story():
        stmts.clear()
        st = [Paragraph("Taxa för lokaler och anläggningar inom kultur och fritid 2026", h1)]
        meta = [
            ("Diarienummer", "KFN 2025/0076"),
            ("Beslutad av", "Kommunfullmäktige 2025-11-24, § 131"),
            ("Gäller för", "Kultur- och fritidsnämnden"),
            ("Giltighetstid", "2026-01-01 – 2026-12-31"),
            ("Ersätter", "Taxa för lokaler och anläggningar 2025, KF 2024-11-25, § 119"),
        ]
        t = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in meta], colWidths=[35 * mm, 120 * mm],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
        st.append(t)
        st.append(Paragraph("1. Inledning", h2))
        st.append(Paragraph(
            "Taxan gäller upplåtelse av lokaler och anläggningar som förvaltas av kultur- och fritidsnämnden. "
            "Avgifterna tas ut med stöd av kommunallagen. Bidragsberättigade föreningar med verksamhet för barn och "
            "ungdomar i åldern 7–20 år hyr idrottshallar och planer avgiftsfritt för träning.", body))
        st.append(Paragraph("2. Avgiftsgrupper", h2))
        st.append(Paragraph(
            "Grupp A – bidragsberättigad förening, ungdomsverksamhet 7–20 år. Grupp B – övriga föreningar "
            "registrerade i kommunens föreningsregister. Grupp C – privatpersoner, företag och organisationer "
            "utanför kommunen.", body))
        st.append(Paragraph("3. Avgifter", h2))
        data = [[Paragraph("Lokal/anläggning", cellh), Paragraph("Enhet", cellh), Paragraph("Grupp A", cellhr),
                 Paragraph("Grupp B", cellhr), Paragraph("Grupp C", cellhr)]]
        ts = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
              ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for r in TAXA_ROWS:
            i = len(data)
            if r[1] is None:
                data.append([Paragraph("<i>%s</i>" % r[0], cellh), "", "", "", ""])
                ts.append(("SPAN", (0, i), (-1, i)))
                continue
            data.append([Paragraph(esc(r[0]), cell), Paragraph(r[1], cell)] + [Paragraph(x, cellr) for x in r[2:]])
        tt = Table(data, colWidths=[62 * mm, 25 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
        tt.setStyle(TableStyle(ts))
        st.append(tt)
        st.append(Spacer(1, 2 * mm))
        st.append(Paragraph("Priserna är angivna i kronor inklusive mervärdesskatt i de fall skatt ska betalas. "
                            "– innebär att lokalen inte hyrs ut till gruppen.", S("n", fontSize=8, leading=10.5)))
        st.append(Paragraph("4. Bokning, avbokning och betalning", h2))
        st.append(Paragraph(
            "Bokning görs i kommunens bokningssystem. Avbokning ska ske senast sju dagar före bokad tid. Vid senare "
            "avbokning debiteras halva avgiften. Faktura ska betalas inom 30 dagar.", body))
        st.append(Paragraph("5. Nedsättning och befrielse", h2))
        sent1 = ("Beslut om nedsättning av avgift för arrangemang av allmänt intresse fattas av kultur- och "
                 "fritidschefen.")
        sent2 = ("Kultur- och fritidsnämnden får besluta om tillfälligt lägre avgifter för att öka "
                 "nyttjandet av anläggningar med låg beläggning.")
        stmts.append(dict(key="taxa-s1", matter=sent1, decider="kultur- och fritidschef"))
        stmts.append(dict(key="taxa-s2", matter=sent2, decider="kultur- och fritidsnämnden"))
        st.append(KeepTogether([Mark("taxa-s1"), Mark("taxa-s2"), Paragraph(
            sent1 + " Nedsättningen får uppgå till högst 50 procent av avgiften. " + sent2, body)]))
        stmts.append(dict(key="taxa-s3", matter="Ny taxa fastställs årligen av kommunfullmäktige.",
                          decider="kommunfullmäktige"))
        st.append(KeepTogether([Paragraph("6. Indexuppräkning", h2), Mark("taxa-s3"), Paragraph("Taxan räknas inte upp under giltighetstiden. Ny taxa "
                                                           "fastställs årligen av kommunfullmäktige.", body)]))
        return st

    marks, n = render(fname, templates, story, "Taxa för lokaler och anläggningar inom kultur och fritid 2026")
    return fname, n, {
        "layout": "letter-style-header-Taxa-n(N)+metadata-grid+price-table-three-tariff-groups-right-aligned",
        "title": "Taxa för lokaler och anläggningar inom kultur och fritid 2026",
        "doc_type": "taxa",
        "decided_by": "kommunfullmäktige",
        "decision_date": "2025-11-24",
        "paragraph": "§ 131",
        "diarienummer": "KFN 2025/0076",
        "valid_from": "2026-01-01",
        "valid_to": "2026-12-31",
        "replaces": "Taxa för lokaler och anläggningar 2025, KF 2024-11-25, § 119",
        "replaces_file": None,
        "scope": "Kultur- och fritidsnämnden",
        "owner": None,
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": {},
        "decisions": [],
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "Price table (not a decision table) with tariff groups A/B/C explained in prose above it; the "
                 "page header carries the letterhead date 2025-11-24 and 'Vår beteckning'. Two decision "
                 "statements in section 5.",
    }


# ======================================================================================
# 10. Plan för extraordinära händelser och höjd beredskap 2024–2027 - prose + decision table
#     + decision history table at the end
# ======================================================================================

PLAN_ROWS = [
    ("Öppna trygghetspunkt för allmänheten", "Tjänsteperson i beredskap (TiB)",
     "tjänsteperson i beredskap", "Informera kommundirektören"),
    ("Begränsa eller tillfälligt stänga en verksamhet, till exempel en förskola, vid en störning",
     "Förvaltningschef i berörd förvaltning", "förvaltningschef i berörd förvaltning",
     "Samråd med krisledningsstaben"),
    ("Omfördela personal mellan förvaltningar", "Kommundirektör", "kommundirektör", ""),
    ("Begära stöd från annan kommun eller från regionen", "Kommundirektör", "kommundirektör", ""),
    ("Brådskande inköp under pågående händelse", "Stabschef", "stabschef",
     "Högst 500 000 kr; därutöver kommundirektören"),
    ("Information och varningsmeddelanden till allmänheten", "Kommunikationschef", "kommunikationschef",
     "Viktigt meddelande till allmänheten (VMA) begärs via räddningstjänsten"),
    ("Överta beslutanderätt från annan nämnd", "Krisledningsnämnden", "krisledningsnämnden",
     "I den omfattning som behövs med hänsyn till händelsen"),
]


def plan():
    fname = "ekasa-plan-extraordinara-handelser-2024-2027.pdf"
    body = S("b", fontName="Helvetica", fontSize=10, leading=14)
    cell = S("c", fontSize=9, leading=11.5)
    cellh = S("ch", fontName="Helvetica-Bold", fontSize=9, leading=11.5, textColor=colors.white)
    h1 = S("h1", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=6, textColor=colors.HexColor("#8a4b00"))
    h2 = S("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4,
           textColor=colors.HexColor("#8a4b00"))
    rows = []
    stmts = []

    def templates(doc, total):
        def pg(c, d):
            w, h = c._pagesize
            c.saveState()
            c.setStrokeColor(colors.HexColor("#8a4b00"))
            c.setLineWidth(3)
            c.line(20 * mm, h - 12 * mm, 40 * mm, h - 12 * mm)
            c.setFont("Helvetica", 8)
            c.drawString(42 * mm, h - 13 * mm, "Ekåsa kommun – Plan för extraordinära händelser och höjd beredskap")
            c.drawString(20 * mm, 12 * mm, MARKER)
            c.drawRightString(w - 20 * mm, 12 * mm, "Sidan %d av %d" % (d.page, total[0]))
            c.restoreState()
        return [PageTemplate("p", [frame_for(A4)], onPage=pg)]

    def sp(st, key, before, sentence, after, decider, extra=()):
        stmts.append(dict(key=key, matter=sentence, decider=decider))
        st.append(KeepTogether([Mark(key)] + [Mark(k) for k in extra] +
                               [Paragraph(esc(before + sentence + after), body)]))
        st.append(Spacer(1, 2.5 * mm))

    def story():
        rows.clear()
        stmts.clear()
        st = [Paragraph("Plan för extraordinära händelser och höjd beredskap 2024–2027", h1)]
        st.append(Paragraph("Ekåsa kommun · Styrdokument · Plan", S("k", fontSize=9, leading=12,
                                                                    textColor=colors.HexColor("#666666"))))
        st.append(Spacer(1, 4 * mm))
        st.append(Paragraph(
            "Planen är kommunens plan enligt 2 kap. 1 § lagen (2006:544) om kommuners och regioners åtgärder inför "
            "och vid extraordinära händelser i fredstid och höjd beredskap (LEH). Den gäller för mandatperioden "
            "och omfattar kommunens samtliga nämnder och förvaltningar. Ansvarig tjänsteperson för planen är "
            "säkerhetssamordnaren.", body))
        st.append(Paragraph("1. Krisledningsorganisation", h2))
        st.append(Paragraph(
            "Kommunstyrelsen är kommunens krisledningsnämnd. Vid en extraordinär händelse leds arbetet av "
            "krisledningsnämnden med stöd av en central krisledningsstab. Stabschef är säkerhetssamordnaren "
            "eller den kommundirektören utser.", body))
        st.append(Spacer(1, 2.5 * mm))
        stmts.append(dict(key="plan-s1b", matter="Vid förhinder för ordföranden fattas beslutet av vice "
                                                 "ordföranden.", decider="krisledningsnämndens vice ordförande"))
        sp(st, "plan-s1", "",
           "Krisledningsnämndens ordförande beslutar när en extraordinär händelse medför att krisledningsnämnden "
           "ska träda i funktion.", " Vid förhinder för ordföranden fattas beslutet av vice ordföranden.",
           "krisledningsnämndens ordförande", extra=("plan-s1b",))
        sp(st, "plan-s2", "",
           "Beslut om att aktivera den centrala krisledningsstaben fattas av kommundirektören.",
           " Staben kan aktiveras även när händelsen inte är extraordinär.", "kommundirektör")
        stmts.append(dict(key="plan-s3b", matter="När förutsättningarna för krisledningsnämndens verksamhet inte "
                                                 "längre finns ska ordföranden besluta att verksamheten ska upphöra.",
                          decider="krisledningsnämndens ordförande"))
        sp(st, "plan-s3", "När förutsättningarna för krisledningsnämndens verksamhet inte längre finns ska "
                          "ordföranden besluta att verksamheten ska upphöra. ",
           "Kommunfullmäktige får besluta att krisledningsnämndens verksamhet ska upphöra.", "",
           "kommunfullmäktige", extra=("plan-s3b",))
        st.append(Paragraph("2. Beslutsnivåer under en händelse", h2))
        st.append(Paragraph("Tabellen visar vem som fattar vanligt förekommande beslut under en störning eller "
                            "en extraordinär händelse.", body))
        st.append(Spacer(1, 2 * mm))
        data = [[Paragraph(x, cellh) for x in ("Situation", "Beslutar", "Kommentar")]]
        for i, (matter, who, dec, cond) in enumerate(PLAN_ROWS, 1):
            key = "plan-%d" % i
            rows.append(dict(key=key, matter=matter, code=who, decider=dec, is_code=False, condition=cond))
            data.append([[Paragraph(esc(matter), cell), Mark(key)], Paragraph(esc(who), cell),
                         Paragraph(esc(cond), cell)])
        t = Table(data, colWidths=[70 * mm, 45 * mm, 55 * mm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#8a4b00")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a4b00")),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#d8b98f")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
        st.append(Paragraph("3. Risk- och sårbarhetsanalys", h2))
        st.append(Paragraph(
            "Planen bygger på kommunens risk- och sårbarhetsanalys. De mest betydande riskerna är långvarigt "
            "elavbrott, störningar i dricksvattenförsörjningen, skogsbrand, översvämning vid Ekåsaån samt "
            "cyberangrepp mot kommunens it-system.", body))
        st.append(Paragraph("4. Utbildning och övning", h2))
        st.append(Paragraph(
            "Krisledningsnämnden ska utbildas minst en gång per mandatperiod. Krisledningsstaben ska övas minst "
            "en gång per år. Säkerhetssamordnaren ansvarar för att en utbildnings- och övningsplan tas fram.", body))
        st.append(Paragraph("5. Höjd beredskap", h2))
        stmts.append(dict(key="plan-s4", matter="Krigsplacering av personal beslutas av HR-chefen.",
                          decider="hr-chef"))
        st.append(KeepTogether([Mark("plan-s4"), Paragraph(
            "Vid höjd beredskap ska kommunen upprätthålla samhällsviktig verksamhet. Varje förvaltning ska ha en "
            "kontinuitetsplan som anger vilken verksamhet som prioriteras. Krigsplacering av personal beslutas "
            "av HR-chefen.", body)]))
        st.append(Paragraph("6. Beslutshistorik", h2))
        hist = [
            ("Version", "Beslut", "Giltighet", "Kommentar"),
            ("1.0", "KF 2019-11-25, § 101", "2020-01-01 – 2023-12-31", "Plan för mandatperioden 2019–2022, förlängd"),
            ("2.0", "KF 2024-02-26, § 12", "2024-03-01 – 2027-12-31", "Denna plan. Dnr KS 2023/0460"),
        ]
        ht = Table([[Paragraph(x, cell) for x in r] for r in hist], colWidths=[18 * mm, 42 * mm, 45 * mm, 65 * mm])
        ht.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3e6d4"))]))
        st.append(ht)
        return st

    marks, n = render(fname, templates, story, "Plan för extraordinära händelser och höjd beredskap 2024–2027")
    decisions = [{"matter": r["matter"], "decider": r["decider"], "code": None,
                  "condition": r["condition"] or None, "page": marks[r["key"]]} for r in rows]
    return fname, n, {
        "layout": "prose-plan+coloured-3col-decision-table-written-roles+decision-history-table-at-end",
        "title": "Plan för extraordinära händelser och höjd beredskap 2024–2027",
        "doc_type": "plan",
        "decided_by": "kommunfullmäktige",
        "decision_date": "2024-02-26",
        "paragraph": "§ 12",
        "diarienummer": "KS 2023/0460",
        "valid_from": "2024-03-01",
        "valid_to": "2027-12-31",
        "replaces": None,
        "replaces_file": None,
        "scope": "Kommunens samtliga nämnder och förvaltningar",
        "owner": "Säkerhetssamordnaren",
        "review_date": None,
        "publication_stated": None,
        "publication": "extern",
        "status_2026_11_26": "gällande",
        "abbreviations": {"LEH": "lagen (2006:544) om kommuners och regioners åtgärder inför och vid "
                                 "extraordinära händelser i fredstid och höjd beredskap",
                          "TiB": "tjänsteperson i beredskap",
                          "VMA": "viktigt meddelande till allmänheten"},
        "decisions": decisions,
        "statements": [{"matter": s["matter"], "decider": s["decider"], "page": marks[s["key"]]} for s in stmts],
        "notes": "Decision metadata appears only in the 'Beslutshistorik' table at the end, which also lists "
                 "the previous version (KF 2019-11-25, § 101); the current decision is version 2.0. Decision "
                 "table uses written-out roles.",
    }


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    truth = {}
    for fn in (ks26, ks23, son, bun, mbn, kfn, policy, attest, taxa, plan):
        fname, n, t = fn()
        t["pages"] = n
        truth[fname] = t
        print("%-55s %2d pages  %3d rows  %d statements" % (fname, n, len(t["decisions"]), len(t["statements"])))
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")
    with open(os.path.join(PDF_DIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write('[defaults]\npublication = "extern"  # as the styrmodell says: documents are on the external '
                'site unless internal\n')


if __name__ == "__main__":
    main()
