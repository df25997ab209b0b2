#!/usr/bin/env python3
"""Build the blind12 collection: ten fictitious governance documents of
"Klintehamra kommun" (a municipality that does not exist) rendered with
reportlab into pdf/, and truth.json describing them.

Every page carries "Fiktivt testdokument". Pages of decision rows and
statements are recorded while drawing (the small layout engine below places
every flowable itself and notes canvas.getPageNumber()). Each document is
drawn twice: once to count its pages (for "Sida x av y"), once for real.
invariant=1 makes a rebuild byte-identical.
"""
import io
import json
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
MARK = "Fiktivt testdokument"
KOMMUN = "Klintehamra kommun"
PORTRAIT = A4
LAND = landscape(A4)

KEYS = ["layout", "title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer", "valid_from",
        "valid_to", "replaces", "replaces_file", "scope", "owner", "review_date", "publication_stated",
        "publication", "status_2026_11_26", "abbreviations", "notes", "decisions", "statements"]

F_BUN26 = "klintehamra-bun-delegationsordning-2026.pdf"
F_BUN24 = "klintehamra-bun-delegationsordning-2024.pdf"
F_KFN = "klintehamra-kfn-delegationsordning.pdf"
F_KS = "klintehamra-ks-delegationsordning-personal-agarstyrning.pdf"
F_OFN = "klintehamra-ofn-delegationsordning.pdf"
F_REG = "klintehamra-reglemente-raddningsnamnden.pdf"
F_RIKT = "klintehamra-riktlinjer-skolskjuts.pdf"
F_TAXA = "klintehamra-taxa-kultur-fritid-2026.pdf"
F_PROG = "klintehamra-handlingsprogram-lso-2022-2025.pdf"
F_INT = "klintehamra-anvisning-tib-krisledning.pdf"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def PS(name, font="Helvetica", size=9.0, leading=None, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or round(size * 1.25, 2),
                          alignment=align, **kw)


def P(text, style):
    return Paragraph(text, style)


# --------------------------------------------------------------------------- layout engine

class Doc:
    """Places flowables on pages itself so that every drawn item knows its page."""

    def __init__(self, target, title, decorate, pagesize=PORTRAIT, frames_fn=None, total=None, first_frames=None):
        self.c = canvas.Canvas(target, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("Klintehamra kommun (fiktiv)")
        self.c.setSubject(MARK)
        self.c.setCreator("blind12/build.py (reportlab)")
        self.decorate = decorate
        self.total = total
        self.frames_fn = frames_fn or default_frames
        self.splits = []
        self._start(pagesize, first_frames)

    # -- pages and frames
    def _start(self, pagesize, frames):
        self.ps = pagesize
        self.c.setPageSize(pagesize)
        self.frames = frames if frames is not None else self.frames_fn(pagesize, self.c.getPageNumber())
        under = getattr(self.decorate, "under", None)
        if under:
            under(self.c, self.c.getPageNumber(), pagesize)
        self.fi = 0
        self.y = self._top()

    def _top(self):
        x, y0, w, h = self.frames[self.fi]
        return y0 + h

    @property
    def x(self):
        return self.frames[self.fi][0]

    @property
    def w(self):
        return self.frames[self.fi][2]

    def avail(self):
        return self.y - self.frames[self.fi][1]

    def page(self):
        return self.c.getPageNumber()

    def new_page(self, pagesize=None, frames=None):
        self.decorate(self.c, self.page(), self.total, self.ps)
        self.c.showPage()
        self._start(pagesize or self.ps, frames)

    def next_frame(self):
        if self.fi + 1 < len(self.frames):
            self.fi += 1
            self.y = self._top()
        else:
            self.new_page()

    def finish(self):
        self.decorate(self.c, self.page(), self.total, self.ps)
        self.c.showPage()
        self.c.save()

    # -- drawing
    def space(self, h):
        if self.y - h < self.frames[self.fi][1]:
            self.next_frame()
        else:
            self.y -= h

    def _draw(self, f, h):
        f.drawOn(self.c, self.x, self.y - h)
        self.y -= h

    def add(self, f, keep=True, after=4.0, with_next=0.0):
        """Draw f; keep=True moves it whole to the next frame when it does not fit.
        Returns the page it was drawn on (the first part's page when split)."""
        _, h = f.wrap(self.w, self.avail())
        if h + with_next > self.avail() + 0.01:
            if not keep:
                parts = f.split(self.w, self.avail())
                if len(parts) > 1:
                    _, h0 = parts[0].wrap(self.w, self.avail())
                    pg = self.page()
                    self._draw(parts[0], h0)
                    self.next_frame()
                    for p in parts[1:]:
                        self.add(p, keep=False, after=after)
                    return pg
            self.next_frame()
            _, h = f.wrap(self.w, self.avail())
            if h > self.avail() + 0.01:
                raise RuntimeError(f"flowable too tall for an empty frame: {h} > {self.avail()}")
        pg = self.page()
        self._draw(f, h)
        self.space(after) if after else None
        return pg

    def deleg_table(self, spec, items):
        """Draw a delegation table row by row. items: ('sec', text) or ('row', dict).
        Rows get rec['page']; a row with split=True that meets the page break is split
        (matter words divided, lagrum/code on the first part, condition on the second)."""
        def header():
            if spec.header is not None:
                t = spec.header()
                _, h = t.wrap(self.w, self.avail())
                self._draw(t, h)

        def brk():
            self.new_page()
            if spec.repeat:
                header()

        header()
        z = 0
        for i, (kind, it) in enumerate(items):
            if kind == "sec":
                f = spec.section(it)
                _, h = f.wrap(self.w, self.avail())
                hn = 0
                if i + 1 < len(items) and items[i + 1][0] == "row":
                    _, hn = spec.row(items[i + 1][1], z).wrap(self.w, 1e6)
                if h + hn > self.avail():
                    brk()
                self._draw(f, h)
                continue
            r = it
            f = spec.row(r, z)
            _, h = f.wrap(self.w, self.avail())
            if h > self.avail() + 0.01:
                if os.environ.get("B12_DEBUG"):
                    print(f"  break before {r['nr']}: avail {self.avail():.1f}, row {h:.1f}, split={r.get('split')}")
                done = False
                if r.get("split"):
                    done = self._split_row(spec, r, z, brk)
                if not done:
                    brk()
                    _, h = f.wrap(self.w, self.avail())
            if "matter_parts" not in r["rec"]:
                r["rec"]["page"] = self.page()
                self._draw(f, h)
            z += 1

    def _split_row(self, spec, r, z, brk):
        wcol = spec.colw[spec.matter_col] - 2 * spec.pad
        p = Paragraph(r["matter"], spec.cell)
        p.wrap(wcol, 1e6)
        lines = [" ".join(ws) for _, ws in p.blPara.lines]
        for k in range(len(lines) - 1, 1, -1):
            a = " ".join(lines[:k])
            b = " ".join(lines[k:])
            ra = dict(r, matter=a, cond=None)
            fa = spec.row(ra, z)
            _, ha = fa.wrap(self.w, self.avail())
            if ha <= self.avail():
                pa = self.page()
                self._draw(fa, ha)
                brk()
                rb = dict(r, matter=b, nr="forts.", lagrum="", code="", ers="", cont=True)
                fb = spec.row(rb, z)
                _, hb = fb.wrap(self.w, self.avail())
                pb = self.page()
                self._draw(fb, hb)
                r["rec"]["page"] = pa
                r["rec"]["matter_parts"] = [{"page": pa, "text": a}, {"page": pb, "text": b}]
                self.splits.append(r["rec"]["matter"])
                return True
        return False


def default_frames(pagesize, page_no):
    w, h = pagesize
    return [(20 * mm, 22 * mm, w - 40 * mm, h - 22 * mm - 26 * mm)]


def render(path, build_fn, title, decorate, pagesize=PORTRAIT, frames_fn=None, first_frames=None):
    """Two passes: count pages, then draw for real with the total known."""
    buf = io.BytesIO()
    d = Doc(buf, title, decorate, pagesize, frames_fn, None, first_frames)
    build_fn(d, {"decisions": [], "statements": []})
    d.finish()
    total = d.page() - 1
    d = Doc(path, title, decorate, pagesize, frames_fn, total, first_frames)
    out = {"decisions": [], "statements": []}
    build_fn(d, out)
    d.finish()
    assert d.page() - 1 == total
    return out, total, d.splits


class Spec:
    """How a delegation table looks: column widths, cell builders, styles."""

    def __init__(self, colw, header, section, row, matter_col, cell, pad=3, repeat=True):
        self.colw, self.header, self.section, self.row = colw, header, section, row
        self.matter_col, self.cell, self.pad, self.repeat = matter_col, cell, pad, repeat


def R(out, nr, matter, lagrum, code, decider, cond=None, ers=None, split=False):
    """A delegation row; its truth record is appended to out['decisions'] in order."""
    rec = {"matter": matter, "decider": decider, "code": norm(code.replace("\n", " ")), "condition": cond,
           "page": None}
    out["decisions"].append(rec)
    return ("row", {"nr": nr, "matter": matter, "lagrum": lagrum, "code": code, "ers": ers, "cond": cond,
                    "split": split, "rec": rec})


def stmt(out, text, decider, page):
    out["statements"].append({"matter": text, "decider": decider, "page": page})


def br(s):
    return s.replace("\n", "<br/>")


def marker_line(c, x, y, size=7, font="Helvetica", align="left", extra=""):
    c.setFont(font, size)
    txt = MARK + extra
    if align == "left":
        c.drawString(x, y, txt)
    elif align == "right":
        c.drawRightString(x, y, txt)
    else:
        c.drawCentredString(x, y, txt)


# --------------------------------------------------------------------------- 1. BUN 2026

def bun26_items(out):
    rows = [("sec", "A. Allmänna ärenden")]
    rows += [
        R(out, "A.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
          "KL 6 kap. 39 §", "1. Ordf\n2. V ordf",
          "barn- och utbildningsnämndens ordförande, i andra hand barn- och utbildningsnämndens vice ordförande",
          "Anmäls vid nämndens nästa sammanträde.", "–"),
        R(out, "A.2", "Beslut att avvisa ett överklagande som har kommit in för sent", "FL 45 §", "AdmC",
          "administrativ chef", None, "FC"),
        R(out, "A.3", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
          "OSL 6 kap. 3 §, 10 kap. 14 §", "AdmC", "administrativ chef", None, "FC"),
        R(out, "A.4", "Yttrande till Skolinspektionen, Barn- och elevombudet eller annan tillsynsmyndighet", "–",
          "FC", "förvaltningschef", "Yttrande i ärende av principiell betydelse beslutas av BUN au.", "VCG"),
        R(out, "A.5", "Beslut om utredning och åtgärder efter anmälan om kränkande behandling när anmälan gäller "
          "rektor", "SL 6 kap. 10 §", "VCF /\nVCG", "verksamhetschef förskola eller verksamhetschef grundskola",
          "Inom respektive verksamhetsområde.", "FC"),
    ]
    rows.append(("sec", "B. Förskola och pedagogisk omsorg"))
    rows += [
        R(out, "B.1", "Beslut om placering i förskola enligt nämndens regler för kö och placering",
          "SL 8 kap. 14–15 §§", "PH", "placeringshandläggare", None, "VCF"),
        R(out, "B.2", "Beslut om förskola för barn som av fysiska, psykiska eller andra skäl behöver särskilt stöd "
          "i sin utveckling", "SL 8 kap. 7 §", "VCF", "verksamhetschef förskola",
          "Efter samråd med elevhälsochefen.", "EHC", split=True),
        R(out, "B.3", "Uppsägning av plats i förskola eller fritidshem på grund av obetalda avgifter",
          "SL 8 kap. 16 §, 14 kap. 12 §", "AdmC", "administrativ chef",
          "Efter två skriftliga betalningspåminnelser.", "VCF"),
        R(out, "B.4", "Beslut om anstånd med betalning av avgift för förskola eller fritidshem", "–", "AdmC",
          "administrativ chef", "Högst sex månader.", "–"),
        R(out, "B.5", "Avskrivning av fordran som avser avgift för förskola eller fritidshem", "–", "AdmC",
          "administrativ chef", "Högst 10 000 kr per gäldenär.", "FC"),
        R(out, "B.6", "Avskrivning av fordran som avser avgift för förskola eller fritidshem, större belopp", "–",
          "FC", "förvaltningschef", "Över 10 000 kr per gäldenär.", "–"),
        R(out, "B.7", "Beslut om tilläggsbelopp för barn med omfattande behov av särskilt stöd i förskola med "
          "enskild huvudman", "SL 8 kap. 23 §", "EHC", "elevhälsochef", "Högst 100 000 kr per barn och år.",
          "VCF", split=True),
        R(out, "B.8", "Beslut om tilläggsbelopp i förskola med enskild huvudman över elevhälsochefens gräns",
          "SL 8 kap. 23 §", "FC", "förvaltningschef", "Över 100 000 kr per barn och år.", "–"),
    ]
    rows.append(("sec", "C. Förskoleklass, grundskola, fritidshem och skolplikt"))
    rows += [
        R(out, "C.1", "Placering av elev vid en annan skolenhet än den som vårdnadshavarna önskar",
          "SL 9 kap. 15 §, 10 kap. 30 §", "VCG", "verksamhetschef grundskola", None, "FC"),
        R(out, "C.2", "Mottagande av elev från annan kommun i kommunens grundskola", "SL 10 kap. 25 §", "R",
          "rektor", None, "VCG"),
        R(out, "C.3", "Medgivande att fullgöra skolplikten på annat sätt", "SL 24 kap. 23 §", "BUN au",
          "barn- och utbildningsnämndens arbetsutskott", None, "–"),
        R(out, "C.4", "Beslut om uppskjuten skolplikt", "SL 7 kap. 10 §", "VCG", "verksamhetschef grundskola",
          None, "R"),
        R(out, "C.5", "Beslut om mottagande i anpassad grundskola efter pedagogisk, psykologisk, medicinsk och "
          "social bedömning", "SL 7 kap. 5 §", "EHC", "elevhälsochef", "Vårdnadshavarna ska ha lämnat medgivande.",
          "FC", split=True),
        R(out, "C.6", "Föreläggande av vite för vårdnadshavare som inte ser till att eleven fullgör sin skolplikt",
          "SL 7 kap. 23 §", "BUN au", "barn- och utbildningsnämndens arbetsutskott", None, "–"),
        R(out, "C.7", "Beslut om ledighet för elev i grundskolan", "SL 7 kap. 18 §", "R", "rektor",
          "Längre ledighet än tio skoldagar per läsår endast vid synnerliga skäl.", "–"),
        R(out, "C.8", "Beslut om plats i fritidshem", "SL 14 kap. 3–5 §§", "PH", "placeringshandläggare", None,
          "R"),
        R(out, "C.9", "Beslut om interkommunal ersättning och bidrag till annan huvudman för elev i "
          "förskoleklass, grundskola och fritidshem", "SL 10 kap. 34–38 §§", "AdmC", "administrativ chef",
          "Enligt nämndens fastställda belopp.", "FC", split=True),
        R(out, "C.10", "Beslut om tilläggsbelopp för elev med omfattande behov av särskilt stöd i fristående "
          "grundskola", "SL 10 kap. 39 §", "EHC", "elevhälsochef", "Högst 150 000 kr per elev och läsår.", "FC",
          split=True),
        R(out, "C.11", "Beslut om tilläggsbelopp i fristående grundskola över elevhälsochefens gräns",
          "SL 10 kap. 39 §", "BUN au", "barn- och utbildningsnämndens arbetsutskott",
          "Över 150 000 kr per elev och läsår.", "–"),
    ]
    rows.append(("sec", "D. Skolskjuts"))
    rows += [
        R(out, "D.1", "Beslut om skolskjuts enligt nämndens riktlinjer för skolskjuts",
          "SL 10 kap. 32 §, 11 kap. 31 §", "SSH", "skolskjutshandläggare", None, "AdmC"),
        R(out, "D.2", "Beslut om skolskjuts för elev med växelvis boende hos vårdnadshavare som båda bor i "
          "kommunen", "SL 10 kap. 32 §", "SSH", "skolskjutshandläggare", "Beslutet gäller ett läsår i taget.",
          "AdmC", split=True),
        R(out, "D.3", "Beslut om skolskjuts på grund av särskilda omständigheter som inte omfattas av "
          "riktlinjerna", "SL 10 kap. 32 §", "1. SSH\n2. BUN au",
          "skolskjutshandläggare (högst en termin) eller barn- och utbildningsnämndens arbetsutskott (längre tid)",
          "SSH högst en termin; för längre tid beslutar BUN au.", "–", split=True),
        R(out, "D.4", "Omprövning av beslut om skolskjuts", "FL 37–39 §§", "VCG", "verksamhetschef grundskola",
          None, "FC"),
        R(out, "D.5", "Upphandling av skolskjutstrafik och tecknande av avtal med trafikföretag", "LOU", "FC",
          "förvaltningschef", "Högst 2 mnkr per avtalsår.", "AdmC"),
        R(out, "D.6", "Upphandling av skolskjutstrafik, avtal över förvaltningschefens gräns", "LOU", "BUN au",
          "barn- och utbildningsnämndens arbetsutskott", "Över 2 mnkr per avtalsår.", "–"),
        R(out, "D.7", "Beslut om skolskjuts för elev som har valt att gå i en annan skolenhet än den kommunen "
          "annars skulle ha placerat eleven vid, när skolskjutsen kan ordnas utan organisatoriska eller "
          "ekonomiska svårigheter", "SL 10 kap. 33 §", "SSH", "skolskjutshandläggare",
          "Normalt endast plats på befintlig tur.", "AdmC", split=True),
    ]
    rows.append(("sec", "E. Ekonomi, avtal och skadestånd"))
    rows += [
        R(out, "E.1", "Upphandling, avrop och tecknande av avtal om varor och tjänster inom budget", "LOU", "R",
          "rektor", "Högst 100 tkr per avtal och inom den egna enhetens budget.", "VCF /\nVCG"),
        R(out, "E.2", "Upphandling, avrop och avtal inom budget, mellanstora belopp", "LOU", "VCF /\nVCG",
          "verksamhetschef förskola eller verksamhetschef grundskola",
          "Över 100 tkr och högst 500 tkr per avtal.", "FC"),
        R(out, "E.3", "Upphandling, avrop och avtal inom budget, större belopp", "LOU", "FC", "förvaltningschef",
          "Över 500 tkr och högst 3 mnkr per avtal.", "AdmC"),
        R(out, "E.4", "Upphandling, avrop och avtal över förvaltningschefens gräns", "LOU", "BUN au",
          "barn- och utbildningsnämndens arbetsutskott", "Över 3 mnkr per avtal.", "–"),
        R(out, "E.5", "Beslut om ersättning för skada på barns, elevs eller besökares egendom", "SkL 3 kap. 2 §",
          "FC", "förvaltningschef", "Högst 0,5 prisbasbelopp per skadetillfälle.", "AdmC"),
    ]
    rows.append(("sec", "F. Personal"))
    rows += [
        R(out, "F.1", "Anställning av rektor", "–", "VCF /\nVCG",
          "verksamhetschef förskola eller verksamhetschef grundskola", "Efter samråd med FC.", "FC"),
        R(out, "F.2", "Anställning av verksamhetschef och elevhälsochef", "–", "FC", "förvaltningschef", None,
          "–"),
        R(out, "F.3", "Lönesättning vid nyanställning", "–", "Den som\nanställer",
          "den som beslutar om anställningen", "Enligt kommunens lönepolicy.", "HRS"),
    ]
    return rows


BUN26_ABBR = {
    "BUN": "Barn- och utbildningsnämnden",
    "BUN au": "Barn- och utbildningsnämndens arbetsutskott",
    "Ordf": "Barn- och utbildningsnämndens ordförande",
    "V ordf": "Barn- och utbildningsnämndens vice ordförande",
    "FC": "Förvaltningschef, barn- och utbildningsförvaltningen",
    "VCF": "Verksamhetschef förskola",
    "VCG": "Verksamhetschef grundskola",
    "R": "Rektor (förskola, förskoleklass, grundskola och fritidshem)",
    "EHC": "Elevhälsochef",
    "AdmC": "Administrativ chef",
    "PH": "Placeringshandläggare",
    "SSH": "Skolskjutshandläggare",
    "HRS": "HR-strateg",
    "SL": "Skollagen (2010:800)",
    "KL": "Kommunallagen (2017:725)",
    "FL": "Förvaltningslagen (2017:900)",
    "OSL": "Offentlighets- och sekretesslagen (2009:400)",
    "LOU": "Lagen (2016:1145) om offentlig upphandling",
    "SkL": "Skadeståndslagen (1972:207)",
    "tkr / mnkr": "Tusen kronor / miljoner kronor",
}


def build_bun26(d, out):
    s_small = PS("b26s", size=8.5)
    s_body = PS("b26b", size=10, leading=13.5)
    s_h = PS("b26h", "Helvetica-Bold", 12, 15)
    s_h2 = PS("b26h2", "Helvetica-Bold", 10.5, 13)
    s_att = PS("b26att", size=10, leading=13.5, leftIndent=18)

    hdr = Table([[P("<b>Klintehamra kommun</b><br/>Barn- och utbildningsnämnden", s_body),
                  P("<b>PROTOKOLLSUTDRAG</b><br/>Sammanträdesdatum<br/>2026-05-19", s_body)]],
                colWidths=[d.w * 0.6, d.w * 0.4])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    d.add(hdr, after=14)
    d.add(Table([[P("<b>§ 44</b>", s_body), P("Dnr BUN 2026/087", s_body)]], colWidths=[40 * mm, d.w - 40 * mm]),
          after=6)
    d.add(P("Revidering av barn- och utbildningsnämndens delegationsordning", s_h), after=10)
    d.add(P("<b>Ärendebeskrivning</b>", s_body), after=3)
    d.add(P("Förvaltningen har sett över nämndens delegationsordning. Bakgrunden är att förvaltningen från och med "
            "hösten 2026 har två verksamhetschefer, en för förskolan och en för grundskolan, samt en egen tjänst som "
            "skolskjutshandläggare. Beloppsgränserna för avtal har räknats upp och beslut om tilläggsbelopp och "
            "mottagande i anpassad grundskola flyttas till elevhälsochefen. Förslaget har behandlats av "
            "arbetsutskottet 2026-05-05.", s_body), after=8)
    d.add(P("<b>Beslutsunderlag</b>", s_body), after=3)
    d.add(P("Tjänsteskrivelse från förvaltningschefen 2026-04-24. Förslag till delegationsordning (bilaga).",
            s_body), after=10)
    d.add(P("<b>Beslut</b>", s_body), after=3)
    d.add(P("Barn- och utbildningsnämnden beslutar", s_body), after=4)
    att = [
        "att anta Delegationsordning för barn- och utbildningsnämnden enligt bilaga, att gälla från och med "
        "2026-06-01,",
        "att samtidigt upphäva nämndens delegationsordning antagen 2024-02-20, § 12,",
        "att förvaltningschefen får uppdra åt en annan anställd inom förvaltningen att besluta i förvaltningschefens "
        "ställe,",
        "att delegationsordningen ska ses över senast 2027-06-30.",
    ]
    for i, a in enumerate(att):
        pg = d.add(P(a, s_att), after=4)
        if i == 2:
            stmt(out, "att förvaltningschefen får uppdra åt en annan anställd inom förvaltningen att besluta i "
                      "förvaltningschefens ställe", "förvaltningschef", pg)
    d.space(10)
    d.add(P("Beslutet skickas till: samtliga rektorer, verksamhetscheferna, elevhälsochefen, kommunens "
            "registrator.", s_small), after=30)
    sig = Table([["Justerandes signatur", "Utdragsbestyrkande"], ["AB    CD", "EF"]],
                colWidths=[d.w / 2, d.w / 2], rowHeights=[14, 26])
    sig.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                             ("FONT", (0, 0), (-1, 0), "Helvetica", 7.5),
                             ("FONT", (0, 1), (-1, 1), "Times-Italic", 12),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    d.add(sig)

    # page 2: bilaga, general rules and legend
    d.new_page()
    d.add(P("Bilaga till BUN § 44/2026", s_small), after=2)
    d.add(P("Delegationsordning för barn- och utbildningsnämnden", PS("b26t", "Helvetica-Bold", 16, 20)), after=8)
    d.add(P("Dokumentansvarig: förvaltningschef", s_small), after=10)
    d.add(P("1. Allmänna bestämmelser", s_h2), after=4)
    d.add(P("Nämnden får enligt 6 kap. 37–38 §§ kommunallagen uppdra åt ett utskott, en ledamot, en ersättare eller "
            "en anställd att besluta på nämndens vägnar. Delegaten får alltid överlämna ett ärende till nämnden för "
            "avgörande. Delegationsbeslut anmäls till nämnden vid nästa sammanträde genom förteckning.", s_body),
          after=6)
    pg = d.add(P("Ärenden som gäller nämndens mål, budget och verksamhetens inriktning avgörs alltid av nämnden. "
                 "Detsamma gäller ärenden av principiell beskaffenhet eller annars av större vikt.", s_body), after=6)
    stmt(out, "Ärenden som gäller nämndens mål, budget och verksamhetens inriktning avgörs alltid av nämnden.",
         "barn- och utbildningsnämnden", pg)
    d.add(P("Vid förfall för en delegat övertar den ersättare som anges i tabellen. Finns ingen ersättare angiven "
            "går ärendet till närmast överordnad chef. Beloppsgränser gäller per beslut och exklusive moms.",
            s_body), after=12)
    d.add(P("2. Förkortningar", s_h2), after=4)
    data = [["Förkortning", "Betydelse"]] + [[k, v] for k, v in BUN26_ABBR.items()]
    lt = Table(data, colWidths=[35 * mm, d.w - 35 * mm])
    lt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bb0")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    d.add(lt)

    # pages 3-: landscape table
    d.new_page(pagesize=LAND)
    cell = PS("b26c", size=8.6, leading=10.6)
    cellw = PS("b26cw", "Helvetica-Bold", 8.6, 10.6, textColor=colors.white)
    colw = [34, 262, 106, 66, 62, 0]
    colw[-1] = d.w - sum(colw)

    def header():
        t = Table([[P(x, cellw) for x in ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Villkor / anmärkning"]]],
                  colWidths=colw)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#2f4b6e")),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#2f4b6e"))]))
        return t

    def section(text):
        t = Table([[P(f"<b>{text}</b>", cell)]], colWidths=[sum(colw)])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8edf3")),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
        return t

    def row(r, z):
        cells = [P(r["nr"], cell), P(r["matter"], cell), P(r["lagrum"], cell), P(br(r["code"]), cell),
                 P(br(r["ers"] or ""), cell), P(r["cond"] or "", cell)]
        t = Table([cells], colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        return t

    spec = Spec(colw, header, section, row, 1, cell, pad=3, repeat=True)
    d.add(P("3. Delegationsförteckning", PS("b26h3", "Helvetica-Bold", 11, 14)), after=6)
    d.deleg_table(spec, bun26_items(out))


def deco_bun26(c, page, total, ps):
    w, h = ps
    c.setFont("Helvetica", 7.5)
    if page == 1:
        c.drawString(20 * mm, 12 * mm, f"{MARK} – Klintehamra kommun finns inte.")
        c.drawRightString(w - 20 * mm, 12 * mm, f"Sida {page} av {total or '?'}")
        return
    c.drawString(20 * mm, h - 14 * mm, "Klintehamra kommun – Delegationsordning för barn- och utbildningsnämnden")
    c.drawRightString(w - 20 * mm, h - 14 * mm, "Bilaga till BUN 2026-05-19 § 44")
    c.setLineWidth(0.4)
    c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
    c.drawString(20 * mm, 12 * mm, MARK)
    c.drawRightString(w - 20 * mm, 12 * mm, f"Sida {page} av {total or '?'}")


# --------------------------------------------------------------------------- 2. BUN 2024 (older version)

BUN24_ABBR = {
    "BUN": "barn- och utbildningsnämnden",
    "BUN au": "barn- och utbildningsnämndens arbetsutskott",
    "Ordf": "nämndens ordförande",
    "V ordf": "nämndens vice ordförande",
    "FC": "förvaltningschef",
    "VC": "verksamhetschef för förskola och grundskola",
    "R": "rektor",
    "PS": "placeringssamordnare",
    "SA": "skoladministratör med ansvar för skolskjuts",
    "SL": "skollagen (2010:800)",
    "KL": "kommunallagen (2017:725)",
    "FL": "förvaltningslagen (2017:900)",
}


def bun24_items(out):
    rows = [("sec", "1  Allmänt")]
    rows += [
        R(out, "1.1", "Brådskande ärenden där nämndens beslut inte kan avvaktas", "KL 6 kap. 39 §", "Ordf /\nV ordf",
          "nämndens ordförande eller nämndens vice ordförande", "Anmäls vid nästa sammanträde."),
        R(out, "1.2", "Avvisning av överklagande som har kommit in för sent", "FL 45 §", "FC", "förvaltningschef"),
    ]
    rows.append(("sec", "2  Förskola"))
    rows += [
        R(out, "2.1", "Placering i förskola", "SL 8 kap. 14 §", "PS", "placeringssamordnare"),
        R(out, "2.2", "Avskrivning av fordran avseende förskoleavgift", "–", "FC", "förvaltningschef",
          "Högst 5 000 kr per gäldenär."),
        R(out, "2.3", "Tilläggsbelopp för barn i förskola med enskild huvudman", "SL 8 kap. 23 §", "FC",
          "förvaltningschef", "Belopp över 75 000 kr per barn och år beslutas av nämnden."),
    ]
    rows.append(("sec", "3  Grundskola och skolplikt"))
    rows += [
        R(out, "3.1", "Placering vid annan skolenhet än vårdnadshavarna önskar", "SL 10 kap. 30 §", "VC",
          "verksamhetschef för förskola och grundskola"),
        R(out, "3.2", "Medgivande att fullgöra skolplikten på annat sätt", "SL 24 kap. 23 §", "BUN",
          "barn- och utbildningsnämnden", "Får inte delegeras."),
        R(out, "3.3", "Uppskjuten skolplikt", "SL 7 kap. 10 §", "R", "rektor"),
        R(out, "3.4", "Mottagande i anpassad grundskola", "SL 7 kap. 5 §", "FC", "förvaltningschef"),
        R(out, "3.5", "Vitesföreläggande mot vårdnadshavare vid bristande fullgörande av skolplikt",
          "SL 7 kap. 23 §", "BUN", "barn- och utbildningsnämnden"),
        R(out, "3.6", "Tilläggsbelopp för elev i fristående grundskola", "SL 10 kap. 39 §", "FC", "förvaltningschef",
          "Högst 100 000 kr per elev och läsår."),
        R(out, "3.7", "Tilläggsbelopp för elev i fristående grundskola, högre belopp", "SL 10 kap. 39 §", "BUN",
          "barn- och utbildningsnämnden", "Över 100 000 kr per elev och läsår."),
    ]
    rows.append(("sec", "4  Skolskjuts"))
    rows += [
        R(out, "4.1", "Skolskjuts enligt nämndens riktlinjer", "SL 10 kap. 32 §", "SA",
          "skoladministratör med ansvar för skolskjuts"),
        R(out, "4.2", "Skolskjuts vid särskilda omständigheter utöver riktlinjerna", "SL 10 kap. 32 §", "FC",
          "förvaltningschef"),
        R(out, "4.3", "Omprövning av beslut om skolskjuts", "FL 38 §", "VC",
          "verksamhetschef för förskola och grundskola"),
    ]
    rows.append(("sec", "5  Ekonomi och avtal"))
    rows += [
        R(out, "5.1", "Avtal och inköp inom budget", "LOU", "R", "rektor", "Högst 50 tkr."),
        R(out, "5.2", "Avtal och inköp inom budget", "LOU", "VC", "verksamhetschef för förskola och grundskola",
          "Över 50 tkr och högst 300 tkr."),
        R(out, "5.3", "Avtal och inköp inom budget", "LOU", "FC", "förvaltningschef", "Över 300 tkr och högst 1 mnkr."),
        R(out, "5.4", "Avtal och inköp inom budget", "LOU", "BUN au", "barn- och utbildningsnämndens arbetsutskott",
          "Över 1 mnkr."),
    ]
    return rows


def build_bun24(d, out):
    T = "Times-Roman"
    s_body = PS("b24b", T, 11, 14.5)
    s_small = PS("b24s", T, 9.5, 12)
    # cover page
    d.space(40 * mm)
    d.add(P("KLINTEHAMRA KOMMUN", PS("b24k", "Times-Bold", 13, 16, TA_CENTER)), after=30)
    d.add(P("Delegationsordning för barn- och utbildningsnämnden", PS("b24t", "Times-Bold", 24, 30, TA_CENTER)),
          after=12)
    d.add(P("Styrdokument", PS("b24st", "Times-Italic", 13, 16, TA_CENTER)), after=120)
    lab = PS("b24l", "Times-Bold", 9.5, 12)
    meta = [
        [P("Dokumenttyp", lab), P("Delegationsordning", s_small), P("Fastställd av", lab),
         P("Barn- och utbildningsnämnden", s_small)],
        [P("Beslutsdatum", lab), P("2024-02-20, § 12", s_small), P("Diarienummer", lab), P("BUN 2024/015", s_small)],
        [P("Gäller från", lab), P("2024-03-01", s_small), P("Dokumentägare", lab), P("Förvaltningschef", s_small)],
        [P("Revideras", lab), P("Vid behov", s_small), P("Gäller för", lab),
         P("Barn- och utbildningsnämndens verksamheter", s_small)],
    ]
    mt = Table(meta, colWidths=[30 * mm, (d.w - 60 * mm) / 2, 30 * mm, (d.w - 60 * mm) / 2])
    mt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                            ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee"))]))
    d.add(mt)
    # page 2: the legend alone
    d.new_page()
    d.add(P("Förkortningar", PS("b24h", "Times-Bold", 15, 19)), after=10)
    for k, v in BUN24_ABBR.items():
        d.add(P(f"{k} = {v}", s_body), after=3)
    d.space(12)
    d.add(P("Beloppen i delegationsordningen avser belopp exklusive mervärdesskatt.", s_body), after=6)
    pg = d.add(P("Nämnden beslutar själv om riktlinjer för skolskjuts och om regler för kö och placering i "
                 "förskolan.", s_body))
    stmt(out, "Nämnden beslutar själv om riktlinjer för skolskjuts", "barn- och utbildningsnämnden", pg)
    # pages 3-: table, full grid, header only at the start
    d.new_page()
    d.add(P("Delegationsförteckning", PS("b24h2", "Times-Bold", 15, 19)), after=8)
    cell = PS("b24c", T, 10, 12.2)
    colw = [14 * mm, 0, 30 * mm, 22 * mm, 46 * mm]
    colw[1] = d.w - sum(colw)

    def header():
        t = Table([[P(f"<b>{x}</b>", cell) for x in ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]],
                  colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dddddd"))]))
        return t

    def section(text):
        t = Table([[P(f"<b>{text}</b>", cell)]], colWidths=[sum(colw)])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
        return t

    def row(r, z):
        t = Table([[P(r["nr"], cell), P(r["matter"], cell), P(r["lagrum"], cell), P(br(r["code"]), cell),
                    P(r["cond"] or "", cell)]], colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    d.deleg_table(Spec(colw, header, section, row, 1, cell, repeat=False), bun24_items(out))
    d.space(16)
    d.add(P("Beslutshistorik", PS("b24h3", "Times-Bold", 13, 16)), after=6, with_next=70)
    hist = [["Version", "Beslut", "Kommentar"],
            ["1.0", "BUN 2019-06-11, § 52", "Första version efter ny nämndorganisation"],
            ["2.0", "BUN 2021-09-14, § 71", "Ny avtalsgräns för rektor"],
            ["3.0", "BUN 2024-02-20, § 12", "Ersätter version 2.0. Anpassad grundskola, ny skolskjutsrutin"]]
    ht = Table(hist, colWidths=[20 * mm, 45 * mm, d.w - 65 * mm])
    ht.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), T, 9.5),
                            ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5)]))
    d.add(ht)


def deco_bun24(c, page, total, ps):
    w, h = ps
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(w / 2, 12 * mm, f"{MARK}  ·  sida {page} ({total or '?'})")
    if page > 1:
        c.drawString(20 * mm, h - 14 * mm, "Delegationsordning för barn- och utbildningsnämnden")


# --------------------------------------------------------------------------- 3. KFN

def kfn_items(out):
    it = [("sec", "1. Allmänna ärenden")]
    it += [
        R(out, "1.1", "Beslut i brådskande ärenden som inte kan vänta till nämndens nästa sammanträde",
          "KL 6 kap. 39 §", "Ordf", "kultur- och fritidsnämndens ordförande", "Anmäls vid nästa sammanträde."),
        R(out, "1.2", "Beslut att vägra lämna ut allmän handling", "OSL 6 kap. 3 §", "KFC", "kultur- och fritidschef"),
    ]
    it.append(("sec", "2. Föreningsstöd och bidrag"))
    it += [
        R(out, "2.1", "Aktivitetsstöd till barn- och ungdomsföreningar enligt nämndens bidragsregler", "–", "FK",
          "föreningskonsulent"),
        R(out, "2.2", "Startbidrag till nybildad förening", "–", "FK", "föreningskonsulent",
          "Högst 5 000 kr per förening."),
        R(out, "2.3", "Anläggnings- och driftbidrag till förening som äger eller hyr en egen anläggning", "–", "FrC",
          "fritidschef", "Högst 50 000 kr per förening och år."),
        R(out, "2.4", "Anläggnings- och driftbidrag över fritidschefens gräns", "–", "KFN au",
          "kultur- och fritidsnämndens arbetsutskott", "Över 50 000 kr per förening och år."),
        R(out, "2.5", "Bidrag till kulturarrangemang och kulturprojekt", "–", "KuS", "kultursekreterare",
          "Högst 20 000 kr per ansökan."),
        R(out, "2.6", "Bidrag till kulturarrangemang och kulturprojekt, mellanstora belopp", "–", "KFC",
          "kultur- och fritidschef", "Över 20 000 kr och högst 75 000 kr per ansökan."),
        R(out, "2.7", "Bidrag till kulturarrangemang och kulturprojekt, större belopp", "–", "KFN au",
          "kultur- och fritidsnämndens arbetsutskott", "Över 75 000 kr per ansökan."),
        R(out, "2.8", "Registrering av lotteri för ideell förening", "Spellagen (2018:1138) 6 kap. 9 §", "FK",
          "föreningskonsulent", "Registreringen gäller i högst fem år."),
    ]
    it.append(("sec", "3. Bibliotek och kulturskola"))
    it += [
        R(out, "3.1", "Avstängning av besökare från biblioteket efter allvarliga eller upprepade ordningsstörningar",
          "–", "BC /\nKFC", "bibliotekschef (högst tre månader) eller kultur- och fritidschef (längre tid)",
          "BC högst tre månader; längre avstängning beslutar KFC."),
        R(out, "3.2", "Antagning av elever till kulturskolan", "–", "KSC", "kulturskolechef"),
        R(out, "3.3", "Befrielse från eller nedsättning av avgift i kulturskolan", "–", "KSC", "kulturskolechef",
          "Vid särskilda skäl, högst ett läsår i taget."),
    ]
    it.append(("sec", "4. Anläggningar och lokaler"))
    it += [
        R(out, "4.1", "Fördelning av tider i idrottshallar, ishall och simhall till föreningar inför varje säsong",
          "–", "BA", "bokningsansvarig", "Enligt nämndens fördelningsregler."),
        R(out, "4.2", "Nedsättning av hyra för arrangemang av allmänt intresse", "–", "FrC", "fritidschef",
          "Högst 50 procent av taxan."),
        R(out, "4.3", "Avtal om upplåtelse av anläggning eller lokal till förening för längre tid än ett år", "–",
          "1. FrC\n2. KFC", "fritidschef (högst tre år) eller kultur- och fritidschef (längre avtal)",
          "FrC högst tre år; längre avtal beslutar KFC."),
        R(out, "4.4", "Tillfällig stängning av anläggning vid driftstörning eller säkerhetsrisk", "–", "FrC /\nBC",
          "fritidschef eller bibliotekschef", "Inom respektive ansvarsområde."),
    ]
    it.append(("sec", "5. Konst och kulturarv"))
    it += [
        R(out, "5.1", "Inköp av konst till kommunens konstsamling", "–", "KFC", "kultur- och fritidschef",
          "Högst 1 prisbasbelopp per verk."),
        R(out, "5.2", "Inköp av konst över kultur- och fritidschefens gräns", "–", "KFN au",
          "kultur- och fritidsnämndens arbetsutskott", "Över 1 prisbasbelopp per verk."),
        R(out, "5.3", "Utgallring och avyttring av konstverk ur konstsamlingen", "–", "KFN",
          "kultur- och fritidsnämnden", "Förbehållet nämnden."),
    ]
    it.append(("sec", "6. Ekonomi och personal"))
    it += [
        R(out, "6.1", "Upphandling och tecknande av avtal inom budget", "LOU", "KFC", "kultur- och fritidschef",
          "Högst 1 mnkr per avtal."),
        R(out, "6.2", "Anställning av enhetschefer inom förvaltningen", "–", "KFC", "kultur- och fritidschef"),
    ]
    return it


KFN_ABBR = {
    "KFN": "kultur- och fritidsnämnden", "KFN au": "kultur- och fritidsnämndens arbetsutskott",
    "Ordf": "nämndens ordförande", "KFC": "kultur- och fritidschef", "BC": "bibliotekschef",
    "KSC": "kulturskolechef", "FrC": "fritidschef", "KuS": "kultursekreterare", "FK": "föreningskonsulent",
    "BA": "bokningsansvarig", "KL": "kommunallagen (2017:725)",
    "OSL": "offentlighets- och sekretesslagen (2009:400)", "LOU": "lagen (2016:1145) om offentlig upphandling",
}


def build_kfn(d, out):
    s = PS("kfb", size=9.5, leading=12.5)
    d.add(P("Delegationsordning för kultur- och fritidsnämnden", PS("kft", "Helvetica-Bold", 17, 21)), after=8)
    d.add(P("Gäller från och med 2025-10-01 och ersätter nämndens delegationsordning antagen 2022-10-12, § 61. "
            "Ansvarig för att delegationsordningen hålls aktuell är kultur- och fritidschefen.", s), after=8)
    d.add(P("<b>Inledning</b>", s), after=2)
    d.add(P("Kultur- och fritidsnämnden uppdrar i denna delegationsordning åt arbetsutskottet (KFN au), ordföranden "
            "(Ordf) och anställda att besluta på nämndens vägnar. Delegaterna anges i tabellen med förkortningar: "
            "kultur- och fritidschef (KFC), bibliotekschef (BC), kulturskolechef (KSC), fritidschef (FrC), "
            "kultursekreterare (KuS), föreningskonsulent (FK) och bokningsansvarig (BA). Beslut som nämnden har "
            "förbehållit sig själv anges med KFN. Lagrum anges med förkortningar: kommunallagen (KL), "
            "offentlighets- och sekretesslagen (OSL) och lagen om offentlig upphandling (LOU).", s), after=6)
    pg = d.add(P("Kultur- och fritidsnämnden beslutar själv om fördelning av kulturstipendier och "
                 "idrottsutmärkelser.", s), after=6)
    stmt(out, "Kultur- och fritidsnämnden beslutar själv om fördelning av kulturstipendier och idrottsutmärkelser.",
         "kultur- och fritidsnämnden", pg)
    pg = d.add(P("Kultur- och fritidschefen får vidaredelegera beslutanderätt till enhetschefer inom förvaltningen. "
                 "Beslut som fattas med stöd av vidaredelegation anmäls till kultur- och fritidschefen.", s), after=10)
    stmt(out, "Kultur- och fritidschefen får vidaredelegera beslutanderätt till enhetschefer inom förvaltningen.",
         "kultur- och fritidschef", pg)
    cell = PS("kfc", size=9, leading=11.2)
    colw = [13 * mm, 0, 33 * mm, 19 * mm, 50 * mm]
    colw[1] = d.w - sum(colw)
    zebra = colors.HexColor("#f1f4ef")

    def header():
        t = Table([[P(f"<b>{x}</b>", cell) for x in ["Nr", "Ärende", "Lagrum", "Delegat", "Villkor"]]], colWidths=colw)
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#3d6b35")),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#3d6b35"))]))
        return t

    def section(text):
        t = Table([[P(f"<b>{text}</b>", PS("kfsec", "Helvetica-Bold", 9.5, 12, textColor=colors.HexColor("#3d6b35")))]],
                  colWidths=[sum(colw)])
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 7)]))
        return t

    def row(r, z):
        t = Table([[P(r["nr"], cell), P(r["matter"], cell), P(r["lagrum"], cell), P(br(r["code"]), cell),
                    P(r["cond"] or "", cell)]], colWidths=colw)
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b5c4b0"))]
        if z % 2 == 0:
            st.append(("BACKGROUND", (0, 0), (-1, -1), zebra))
        t.setStyle(TableStyle(st))
        return t

    d.deleg_table(Spec(colw, header, section, row, 1, cell, repeat=False), kfn_items(out))


def kfn_frames(ps, page_no):
    w, h = ps
    return [(18 * mm, 20 * mm, w - 36 * mm, h - 20 * mm - 40 * mm)]


def deco_kfn(c, page, total, ps):
    w, h = ps
    s = PS("kfh", size=7.8, leading=9.5)
    sb = PS("kfhb", "Helvetica-Bold", 8.5, 10)
    t = Table([[P("<b>KLINTEHAMRA KOMMUN</b>", sb), P("Kultur- och fritidsnämnden", s),
                P(f"Sida {page} av {total or '?'}", PS("kfr", size=7.8, align=TA_RIGHT))],
               [P("Delegationsordning för kultur- och fritidsnämnden", s), P("Beslutad 2025-09-10, KFN § 58", s),
                P("Dnr KFN 2025/44", PS("kfr2", size=7.8, align=TA_RIGHT))]],
              colWidths=[(w - 36 * mm) * 0.45, (w - 36 * mm) * 0.33, (w - 36 * mm) * 0.22])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#3d6b35")),
                           ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#3d6b35")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    tw, th = t.wrap(w - 36 * mm, 100)
    t.drawOn(c, 18 * mm, h - 14 * mm - th)
    marker_line(c, 18 * mm, 12 * mm, 7.5, extra=" – fiktiv kommun")


# --------------------------------------------------------------------------- 4. KS personal och ägarstyrning

KS_ABBR = {
    "KS": "kommunstyrelsen", "KS au": "kommunstyrelsens arbetsutskott", "KSO": "kommunstyrelsens ordförande",
    "KD": "kommundirektör", "HRC": "HR-chef", "FHC": "förhandlingschef",
    "FC": "förvaltningschef för den berörda förvaltningen", "EKC": "ekonomichef", "KaC": "kanslichef",
    "LAS": "lagen (1982:80) om anställningsskydd", "MBL": "lagen (1976:580) om medbestämmande i arbetslivet",
    "AB": "Allmänna bestämmelser (kollektivavtal)", "ABL": "aktiebolagslagen (2005:551)",
    "KL": "kommunallagen (2017:725)",
}


def ks_items_personal(out):
    return [
        R(out, "3.1", "Anställning av förvaltningschef", "–", "KD", "kommundirektör", "Efter samråd med KSO."),
        R(out, "3.2", "Lön och övriga anställningsvillkor för förvaltningschef", "–", "KD", "kommundirektör"),
        R(out, "3.3", "Lön och övriga anställningsvillkor för kommundirektören", "–", "KSO",
          "kommunstyrelsens ordförande", "Efter samråd med KS au."),
        R(out, "3.4", "Förhandling enligt 11–14 §§ och 38 § MBL i frågor som berör flera förvaltningar",
          "MBL 11–14 §§, 38 §", "HRC /\nFHC", "hr-chef eller förhandlingschef"),
        R(out, "3.5", "Tecknande av lokala kollektivavtal", "MBL", "KS au", "kommunstyrelsens arbetsutskott"),
        R(out, "3.6", "Beslut om stridsåtgärd", "MBL 45 §", "KS au", "kommunstyrelsens arbetsutskott"),
        R(out, "3.7", "Avstängning av arbetstagare med eller utan lön", "AB § 10", "FC",
          "förvaltningschef för den berörda förvaltningen", "Efter samråd med HRC."),
        R(out, "3.8", "Disciplinpåföljd i form av skriftlig varning", "AB § 11", "FC",
          "förvaltningschef för den berörda förvaltningen", "Efter samråd med HRC."),
        R(out, "3.9", "Uppsägning av personliga skäl och avsked", "LAS 7 §, 18 §", "HRC", "hr-chef",
          "Efter framställan från berörd förvaltningschef."),
        R(out, "3.10", "Uppsägning på grund av arbetsbrist", "LAS 7 §, 22 §", "KD", "kommundirektör"),
        R(out, "3.11", "Överenskommelse om avgångsvederlag när en anställning avslutas", "–", "HRC", "hr-chef",
          "Högst 6 månadslöner."),
        R(out, "3.12", "Överenskommelse om avgångsvederlag, högre belopp", "–", "KD", "kommundirektör",
          "Över 6 och högst 12 månadslöner."),
        R(out, "3.13", "Överenskommelse om avgångsvederlag över kommundirektörens gräns", "–", "KS au",
          "kommunstyrelsens arbetsutskott", "Över 12 månadslöner."),
        R(out, "3.14", "Förbud mot bisyssla", "AB § 8", "HRC", "hr-chef"),
        R(out, "3.15", "Fördelning av löneutrymme vid den årliga löneöversynen", "–", "HRC", "hr-chef",
          "Inom den ram som KS har beslutat."),
    ]


def ks_items_agar(out):
    return [
        R(out, "4.1", "Instruktion till kommunens stämmoombud i frågor som inte kräver ställningstagande av "
          "kommunfullmäktige", "KL 10 kap. 3 §", "KS au", "kommunstyrelsens arbetsutskott", split=True),
        R(out, "4.2", "Begäran om extra bolagsstämma i helägt bolag", "ABL 7 kap. 13 §", "KSO",
          "kommunstyrelsens ordförande", "Anmäls till KS."),
        R(out, "4.3", "Yttrande över bolagens affärsplaner och budget", "–", "KS au", "kommunstyrelsens arbetsutskott"),
        R(out, "4.4", "Begäran om handlingar och upplysningar från bolagen inom ramen för kommunstyrelsens "
          "uppsikt", "KL 6 kap. 1 §", "KD /\nKaC", "kommundirektör eller kanslichef", split=True),
        R(out, "4.5", "Godkännande av att ett bolag tar upp lån inom den borgensram som kommunfullmäktige har "
          "beslutat", "–", "EKC", "ekonomichef", "Högst 25 mnkr per lånetillfälle.", split=True),
        R(out, "4.6", "Godkännande av bolags upplåning inom borgensramen, större lån", "–", "KS au",
          "kommunstyrelsens arbetsutskott", "Över 25 mnkr per lånetillfälle."),
        R(out, "4.7", "Aktieägartillskott till helägt bolag inom kommunstyrelsens budget", "–", "KS au",
          "kommunstyrelsens arbetsutskott", "Högst 2 mnkr per bolag och år."),
        R(out, "4.8", "Beslut om att utnyttja eller avstå från förköps- eller hembudsrätt till aktier i delägt bolag",
          "ABL 4 kap. 18 §, 27 §", "1. KS au\n2. KSO",
          "kommunstyrelsens arbetsutskott, i andra hand kommunstyrelsens ordförande", split=True),
        R(out, "4.9", "Utseende av kommunens representant vid föreningsstämma i ekonomisk förening där kommunen är "
          "medlem", "–", "KS au", "kommunstyrelsens arbetsutskott", split=True),
    ]


def build_ks(d, out):
    s = PS("ksb", size=9.5, leading=12.8)
    # page 1: left sidebar with metadata, right column with intro and legend
    lab = PS("ksl", "Helvetica-Bold", 7.5, 9.5, textColor=colors.HexColor("#5b1f3a"))
    val = PS("ksv", size=8.5, leading=10.5)
    side = [("Beslutsinstans", "Kommunstyrelsen"), ("Beslutsdatum", "2026-02-11, § 19"),
            ("Diarienummer", "KS 2026/041"), ("Gäller från", "2026-03-01"),
            ("Ersätter", "Del 3 och del 4 i kommunstyrelsens delegationsordning, antagna 2023-03-15, § 36"),
            ("Dokumentägare", "Kanslichef"), ("Nästa revidering", "Senast 2027-12-31")]
    for k, v in side:
        d.add(P(k.upper(), lab), after=1)
        d.add(P(v, val), after=8)
    d.next_frame()
    d.add(P("Kommunstyrelsens delegationsordning", PS("kst0", size=11, textColor=colors.HexColor("#5b1f3a"))),
          after=2)
    d.add(P("Del 3 Personal och del 4 Ägarstyrning av kommunala bolag", PS("kst", "Helvetica-Bold", 16, 20)),
          after=10)
    d.add(P("Delegationsordningen består av fyra delar. Del 1 (allmänt) och del 2 (ekonomi och upphandling) "
            "beslutas separat. Denna del omfattar kommunstyrelsens roll som personalorgan och kommunstyrelsens "
            "styrning av och uppsikt över de kommunala bolagen: Klintehamra Stadshus AB, Klintehamrahem AB, "
            "Klintehamra Energi och Vatten AB och Klintehamra Hamn AB.", s), after=6)
    pg = d.add(P("Kommundirektören anställs av kommunstyrelsen. Övriga beslut i personalfrågor fattas enligt "
                 "förteckningen nedan.", s), after=6)
    stmt(out, "Kommundirektören anställs av kommunstyrelsen.", "kommunstyrelsen", pg)
    d.add(P("<b>Förkortningar</b>", s), after=3)
    bl = PS("ksbl", size=8.8, leading=11, leftIndent=10, bulletIndent=0)
    for k, v in KS_ABBR.items():
        d.add(Paragraph(f"{k} – {v}", bl, bulletText="•"), after=1.5)
    cell = PS("ksc", size=8.8, leading=11)
    colw = [13 * mm, 0, 32 * mm, 22 * mm, 46 * mm]

    def mkspec():
        cw = list(colw)
        cw[1] = d.w - sum(cw)

        def header():
            t = Table([[P(f"<b>{x}</b>", cell) for x in ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]],
                      colWidths=cw)
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.HexColor("#5b1f3a"))]))
            return t

        def row(r, z):
            t = Table([[P(r["nr"], cell), P(r["matter"], cell), P(r["lagrum"], cell), P(br(r["code"]), cell),
                        P(r["cond"] or "", cell)]], colWidths=cw)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#a0a0a0")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            return t

        return Spec(cw, header, lambda t: None, row, 1, cell, repeat=True)

    d.new_page()
    d.add(P("Del 3 Personal", PS("ksh", "Helvetica-Bold", 13, 16, textColor=colors.HexColor("#5b1f3a"))), after=6)
    d.deleg_table(mkspec(), ks_items_personal(out))
    d.space(4)
    d.add(P("Del 4 Ägarstyrning av kommunala bolag", PS("ksh2", "Helvetica-Bold", 13, 16,
                                                         textColor=colors.HexColor("#5b1f3a"))), after=6, with_next=150)
    for text, full, dec in [
        ("Ägardirektiv till kommunens helägda bolag fastställs av kommunfullmäktige, liksom bolagsordningarna.",
         "Ägardirektiv till kommunens helägda bolag fastställs av kommunfullmäktige", "kommunfullmäktige"),
        ("Kommunstyrelsen beslutar själv varje år om bolagens verksamhet under föregående år har varit förenlig med "
         "det fastställda kommunala ändamålet och utförts inom ramen för de kommunala befogenheterna.",
         "Kommunstyrelsen beslutar själv varje år om bolagens verksamhet under föregående år har varit förenlig med "
         "det fastställda kommunala ändamålet", "kommunstyrelsen"),
        ("Aktieägartillskott över 2 mnkr per bolag och år beslutas av kommunfullmäktige.",
         "Aktieägartillskott över 2 mnkr per bolag och år beslutas av kommunfullmäktige.", "kommunfullmäktige"),
    ]:
        pg = d.add(P(text, s), after=5)
        stmt(out, full, dec, pg)
    d.deleg_table(mkspec(), ks_items_agar(out))


def ks_frames(ps, page_no):
    w, h = ps
    if page_no == 1:
        return [(18 * mm, 24 * mm, 44 * mm, h - 24 * mm - 30 * mm), (70 * mm, 24 * mm, w - 70 * mm - 18 * mm,
                                                                      h - 24 * mm - 30 * mm)]
    return [(18 * mm, 24 * mm, w - 36 * mm, h - 24 * mm - 24 * mm)]


def under_ks(c, page, ps):
    w, h = ps
    if page == 1:
        c.saveState()
        c.setFillColor(colors.HexColor("#f3e9ee"))
        c.rect(14 * mm, 20 * mm, 52 * mm, h - 20 * mm - 26 * mm, stroke=0, fill=1)
        c.restoreState()


def deco_ks(c, page, total, ps):
    w, h = ps
    if page == 1:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18 * mm, h - 18 * mm, "KLINTEHAMRA KOMMUN")
    else:
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, h - 15 * mm, "Kommunstyrelsens delegationsordning – del 3 och 4")
    c.setFont("Helvetica", 7.5)
    c.drawString(18 * mm, 12 * mm, MARK)
    c.drawRightString(w - 18 * mm, 12 * mm, f"{page}/{total or '?'}")


deco_ks.under = under_ks


# --------------------------------------------------------------------------- 5. ÖFN

OFN_ABBR = [
    ("ÖFN", "Överförmyndarnämnden"), ("Ordf", "Överförmyndarnämndens ordförande"),
    ("V ordf", "Överförmyndarnämndens vice ordförande"), ("EC", "Enhetschef för överförmyndarenheten"),
    ("JUR", "Jurist vid överförmyndarenheten"), ("HL", "Handläggare vid överförmyndarenheten"),
    ("GR", "Granskare av årsräkningar vid överförmyndarenheten"), ("FB", "Föräldrabalken"),
    ("LGEB", "Lagen (2005:429) om god man för ensamkommande barn"),
    ("ÄB", "Ärvdabalken"), ("pbb", "Prisbasbelopp enligt socialförsäkringsbalken"),
]


def ofn_items(out):
    it = [("sec", "1  Godmanskap och förvaltarskap")]
    it += [
        R(out, "1.1", "Ansökan hos tingsrätten om anordnande av godmanskap eller förvaltarskap", "FB 11 kap. 15 §",
          "HL", "handläggare vid överförmyndarenheten"),
        R(out, "1.2", "Beslut om anordnande av godmanskap när den enskilde har samtyckt och läkarintyg finns",
          "FB 11 kap. 4 §, 16 §", "JUR /\nEC", "jurist vid överförmyndarenheten eller enhetschef för "
          "överförmyndarenheten"),
        R(out, "1.3", "Yttrande till tingsrätten i ärende om godmanskap eller förvaltarskap", "FB 11 kap. 17 §", "HL",
          "handläggare vid överförmyndarenheten"),
        R(out, "1.4", "Förordnande av god man för den som är frånvarande eller vid intressekonflikt i dödsbo",
          "FB 11 kap. 1–3 §§", "HL", "handläggare vid överförmyndarenheten"),
        R(out, "1.5", "Byte av god man eller förvaltare på egen begäran", "FB 11 kap. 19 §", "HL",
          "handläggare vid överförmyndarenheten"),
        R(out, "1.6", "Entledigande av god man eller förvaltare som har visat sig olämplig", "FB 11 kap. 20 §",
          "1. Ordf\n2. V ordf", "överförmyndarnämndens ordförande, i andra hand överförmyndarnämndens vice "
          "ordförande", "När nämndens beslut inte kan avvaktas."),
    ]
    it.append(("sec", "2  God man för ensamkommande barn"))
    it += [
        R(out, "2.1", "Förordnande av god man för ensamkommande barn", "LGEB 2 §", "HL",
          "handläggare vid överförmyndarenheten"),
        R(out, "2.2", "Entledigande av god man för ensamkommande barn och förordnande av ny god man", "LGEB 6 §", "HL",
          "handläggare vid överförmyndarenheten"),
    ]
    it.append(("sec", "3  Samtycken och tillstånd"))
    it += [
        R(out, "3.1", "Samtycke till uttag från spärrat bankkonto", "FB 13 kap. 9 §, 14 kap. 14 §", "HL",
          "handläggare vid överförmyndarenheten", "Högst 50 000 kr per tillfälle."),
        R(out, "3.2", "Samtycke till uttag från spärrat bankkonto, större belopp", "FB 13 kap. 9 §, 14 kap. 14 §",
          "EC", "enhetschef för överförmyndarenheten", "Över 50 000 kr och högst 5 pbb per tillfälle."),
        R(out, "3.3", "Samtycke till uttag från spärrat bankkonto över enhetschefens gräns",
          "FB 13 kap. 9 §, 14 kap. 14 §", "ÖFN", "överförmyndarnämnden", "Över 5 pbb per tillfälle."),
        R(out, "3.4", "Samtycke till försäljning, byte eller inteckning av fast egendom eller bostadsrätt",
          "FB 14 kap. 11 §, 15 kap. 6 §", "JUR /\nEC",
          "jurist vid överförmyndarenheten eller enhetschef för överförmyndarenheten"),
        R(out, "3.5", "Samtycke till arvskifte, bodelning eller avstående från arv", "FB 15 kap. 6 §, ÄB 23 kap.",
          "JUR", "jurist vid överförmyndarenheten"),
        R(out, "3.6", "Tillstånd till placering av medel i aktier, fonder eller annan placering", "FB 14 kap. 4 §",
          "HL", "handläggare vid överförmyndarenheten"),
    ]
    it.append(("sec", "4  Granskning, arvode och vite"))
    it += [
        R(out, "4.1", "Granskning av förteckning, årsräkning och sluträkning", "FB 14 kap. 15–16 §§", "HL /\nGR",
          "handläggare vid överförmyndarenheten eller granskare av årsräkningar vid överförmyndarenheten"),
        R(out, "4.2", "Arvode och kostnadsersättning till god man, förvaltare och förmyndare enligt nämndens "
          "riktlinjer", "FB 12 kap. 16 §", "HL /\nGR",
          "handläggare vid överförmyndarenheten eller granskare av årsräkningar vid överförmyndarenheten"),
        R(out, "4.3", "Arvode som avviker från nämndens riktlinjer", "FB 12 kap. 16 §", "EC",
          "enhetschef för överförmyndarenheten", "Högst 1 pbb per år och uppdrag."),
        R(out, "4.4", "Arvode som avviker från nämndens riktlinjer, högre belopp", "FB 12 kap. 16 §", "ÖFN",
          "överförmyndarnämnden", "Över 1 pbb per år och uppdrag."),
        R(out, "4.5", "Beslut om att arvode och kostnadsersättning ska betalas av kommunen", "FB 12 kap. 16 §", "HL",
          "handläggare vid överförmyndarenheten", "När den enskildes inkomst och tillgångar understiger gränsen."),
        R(out, "4.6", "Föreläggande vid vite att lämna in årsräkning eller annan handling", "FB 16 kap. 13 §", "JUR",
          "jurist vid överförmyndarenheten"),
        R(out, "4.7", "Ansökan hos förvaltningsrätten om utdömande av vite", "Lag (1985:206) om viten 6 §", "JUR",
          "jurist vid överförmyndarenheten"),
    ]
    return it


def build_ofn(d, out):
    s = PS("ofb", "Times-Roman", 11, 14.5)
    d.add(P("Överförmyndarnämnden i Klintehamra", PS("ofk", "Times-Italic", 11, 14)), after=4)
    d.add(P("Delegationsordning för överförmyndarnämnden", PS("oft", "Times-Bold", 19, 24)), after=10)
    d.add(P("Överförmyndarnämnden utövar tillsyn över förmyndare, gode män och förvaltare. Nämnden uppdrar med "
            "stöd av 19 kap. 14 § föräldrabalken och 6 kap. 37 § kommunallagen åt ordföranden, vice ordföranden och "
            "anställda vid överförmyndarenheten att besluta i de ärenden som anges nedan. Förkortningarna förklaras "
            "sist i dokumentet.", s), after=6)
    pg = d.add(P("Överförmyndarnämnden fastställer själv riktlinjer för arvode till ställföreträdare.", s), after=6)
    stmt(out, "Överförmyndarnämnden fastställer själv riktlinjer för arvode till ställföreträdare.",
         "överförmyndarnämnden", pg)
    d.add(P("Delegationsbeslut redovisas till nämnden månadsvis. Ett ärende som är av principiell betydelse ska "
            "alltid lämnas till nämnden.", s), after=12)
    cell = PS("ofc", "Times-Roman", 10.2, 12.4)
    colw = [12 * mm, 0, 36 * mm, 20 * mm, 44 * mm]
    colw[1] = d.w - sum(colw)

    def header():
        return Table([[P(f"<i>{x}</i>", cell) for x in ["", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]],
                     colWidths=colw)

    def section(text):
        t = Table([[P(f"<b>{text}</b>", PS("ofs", "Times-Bold", 11, 14))]], colWidths=[sum(colw)])
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 8)]))
        return t

    def row(r, z):
        t = Table([[P(r["nr"], cell), P(r["matter"], cell), P(r["lagrum"], cell), P(br(r["code"]), cell),
                    P(r["cond"] or "", cell)]], colWidths=colw)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    d.deleg_table(Spec(colw, header, section, row, 1, cell, repeat=True), ofn_items(out))
    d.space(14)
    d.add(P("Förkortningar", PS("ofh", "Times-Bold", 12, 15)), after=4, with_next=60)
    for k, v in OFN_ABBR:
        d.add(P(f"{k} = {v}", PS("ofa", "Times-Roman", 10.5, 13)), after=1)


def deco_ofn(c, page, total, ps):
    w, h = ps
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(20 * mm, 17 * mm, w - 20 * mm, 17 * mm)
    c.setFont("Times-Roman", 7.8)
    c.drawString(20 * mm, 13.5 * mm, "Delegationsordning ÖFN  |  Fastställd av överförmyndarnämnden 2025-09-17, § 48  |  "
                                     "Dnr ÖFN 2025/31  |  Gäller fr.o.m. 2025-10-01")
    c.drawString(20 * mm, 10 * mm, "Revideras senast 2026-12-31  |  Ansvarig: enhetschef för överförmyndarenheten  |  "
                                   f"{MARK}")
    c.drawRightString(w - 20 * mm, 10 * mm, f"s. {page}/{total or '?'}")


# --------------------------------------------------------------------------- 6. Reglemente räddningsnämnden (ej ikraft)

def build_reg(d, out):
    s = PS("rgb", size=10, leading=13.4)
    sh = PS("rgh", "Helvetica-Bold", 10.5, 13.5)
    lab = PS("rgl", "Helvetica-Bold", 10, 13.4)
    d.add(P("Reglemente för räddningsnämnden", PS("rgt", "Helvetica-Bold", 18, 22)), after=6)
    d.add(P("Antaget av kommunfullmäktige 2026-10-26, § 97. Gäller från och med 2027-01-01.", s), after=14)

    def par(num, text, stmts=()):
        t = Table([[P(f"{num} §", lab), P(text, s)]], colWidths=[14 * mm, d.w - 14 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        pg = d.add(t, after=5)
        for full, dec in stmts:
            assert norm(full) in norm(text), full
            stmt(out, full, dec, pg)

    d.add(P("Nämndens uppgifter", sh), after=4, with_next=40)
    par(1, "Räddningsnämnden fullgör kommunens uppgifter enligt lagen (2003:778) om skydd mot olyckor och lagen "
           "(2010:1011) om brandfarliga och explosiva varor, med undantag av det som enligt detta reglemente ligger "
           "på kommunstyrelsen. Nämnden ansvarar för räddningstjänsten i kommunen och leds i operativa frågor av en "
           "räddningschef.")
    par(2, "Räddningsnämnden beslutar om tillstånd enligt lagen (2010:1011) om brandfarliga och explosiva varor. "
           "Nämnden utövar tillsyn enligt samma lag och enligt lagen om skydd mot olyckor.",
        [("Räddningsnämnden beslutar om tillstånd enligt lagen (2010:1011) om brandfarliga och explosiva varor.",
          "räddningsnämnden")])
    par(3, "Räddningsnämnden fastställer tillsynsplanen för varje år. Nämnden får delegera beslut om föreläggande "
           "och förbud enligt 5 kap. 2 § lagen om skydd mot olyckor till räddningschefen.",
        [("Räddningsnämnden fastställer tillsynsplanen för varje år.", "räddningsnämnden"),
         ("Nämnden får delegera beslut om föreläggande och förbud enligt 5 kap. 2 § lagen om skydd mot olyckor till "
          "räddningschefen.", "räddningsnämnden (får delegeras till räddningschefen)")])
    par(4, "Räddningschefen utses av räddningsnämnden efter samråd med kommundirektören. Räddningschefen ska ha "
           "den kompetens som krävs enligt föreskrifter från Myndigheten för civilt försvar.",
        [("Räddningschefen utses av räddningsnämnden efter samråd med kommundirektören.", "räddningsnämnden")])
    par(5, "Handlingsprogrammet för förebyggande verksamhet och räddningstjänst antas av kommunfullmäktige. "
           "Räddningsnämnden bereder programmet och följer upp det årligen.",
        [("Handlingsprogrammet för förebyggande verksamhet och räddningstjänst antas av kommunfullmäktige.",
          "kommunfullmäktige")])
    par(6, "Taxor för tillsyn, tillståndsprövning och rengöring (sotning) fastställs av kommunfullmäktige. Nämnden "
           "lämnar förslag till taxor senast den 30 september året före det år taxan ska gälla.",
        [("Taxor för tillsyn, tillståndsprövning och rengöring (sotning) fastställs av kommunfullmäktige.",
          "kommunfullmäktige")])
    par(7, "Avtal med andra kommuner om samverkan kring ledning av räddningsinsatser godkänns av räddningsnämnden, "
           "om avtalet inte innebär att uppgifter överlämnas till annan huvudman.")
    d.add(P("Krisberedskap och krisledningsnämnd", sh), after=4, with_next=40)
    par(8, "Kommunstyrelsen ansvarar för kommunens krisberedskap, risk- och sårbarhetsanalys och planering inför "
           "höjd beredskap. Räddningsnämnden bistår kommunstyrelsen i arbetet.")
    par(9, "Kommunstyrelsens arbetsutskott är kommunens krisledningsnämnd enligt lagen (2006:544) om kommuners och "
           "regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap. "
           "Krisledningsnämndens ordförande beslutar när nämnden ska träda i funktion. Har ordföranden förhinder "
           "fattas beslutet av vice ordföranden.",
        [("Krisledningsnämndens ordförande beslutar när nämnden ska träda i funktion.",
          "krisledningsnämndens ordförande, i andra hand vice ordföranden")])
    par(10, "Beslut om att krisledningsnämndens verksamhet ska upphöra fattas av kommunfullmäktige.",
        [("Beslut om att krisledningsnämndens verksamhet ska upphöra fattas av kommunfullmäktige.",
          "kommunfullmäktige")])
    d.add(P("Sammansättning och arbetsformer", sh), after=4, with_next=40)
    par(11, "Räddningsnämnden består av fem ledamöter och tre ersättare. Nämnden har inget arbetsutskott.")
    par(12, "Nämnden sammanträder minst sex gånger per år. Ordföranden får kalla till extra sammanträde när det "
            "behövs.")
    par(13, "Räddningsnämnden beslutar själv om sin delegationsordning och sin plan för intern kontroll.")
    par(14, "Nämnden ska senast den 31 mars varje år redovisa till kommunstyrelsen hur målen i handlingsprogrammet "
            "har uppfyllts under föregående år.")
    d.add(P("Ikraftträdande", sh), after=4, with_next=30)
    d.add(P("Detta reglemente träder i kraft den 1 januari 2027 och ersätter Reglemente för räddningsnämnden "
            "(KKFS 2022:3).", s))


def deco_reg(c, page, total, ps):
    w, h = ps
    if page == 1:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, h - 16 * mm, "KLINTEHAMRA KOMMUNS FÖRFATTNINGSSAMLING")
        c.setLineWidth(1)
        c.rect(w - 62 * mm, h - 22 * mm, 42 * mm, 11 * mm)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(w - 41 * mm, h - 18.5 * mm, "KKFS 2026:14")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 20.5 * mm, "Dnr KS 2026/318")
        c.line(20 * mm, h - 24 * mm, w - 20 * mm, h - 24 * mm)
    else:
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, h - 16 * mm, "KKFS 2026:14")
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, MARK)
    c.drawRightString(w - 20 * mm, 12 * mm, f"{page} ({total or '?'})")


def reg_frames(ps, page_no):
    w, h = ps
    top = 30 * mm if page_no == 1 else 24 * mm
    return [(20 * mm, 22 * mm, w - 40 * mm, h - 22 * mm - top)]


# --------------------------------------------------------------------------- 7. Riktlinjer för skolskjuts

def build_rikt(d, out):
    s = PS("rkb", size=9.3, leading=12.4)
    sh = PS("rkh", "Helvetica-Bold", 10, 13, textColor=colors.HexColor("#1f5d7a"))
    d.add(P("Riktlinjer för skolskjuts", PS("rkt", "Helvetica-Bold", 20, 24, textColor=colors.HexColor("#1f5d7a"))),
          after=4)
    d.add(P("Förskoleklass, grundskola och anpassad grundskola", PS("rkst", size=11, leading=14)), after=10)
    lab = PS("rkl", "Helvetica-Bold", 8.5, 10.5)
    val = PS("rkv", size=8.5, leading=10.5)
    info = [("Dokumentnamn", "Riktlinjer för skolskjuts"), ("Dokumenttyp", "Riktlinje"),
            ("Fastställd av", "Barn- och utbildningsnämnden"), ("Beslutsdatum", "2025-04-22, § 31"),
            ("Diarienummer", "BUN 2025/062"), ("Giltig från", "2025-07-01 (läsåret 2025/26 och framåt)"),
            ("Ersätter", "Riktlinjer för skolskjuts, antagna 2019-05-14, § 40"),
            ("Dokumentansvarig", "Administrativ chef"), ("Aktualitetsprövning", "Senast 2027-04-30")]
    t = Table([[P("DOKUMENTINFORMATION", lab), ""]] + [[P(k, lab), P(v, val)] for k, v in info],
              colWidths=[38 * mm, d.w - 38 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6ee")),
                           ("BOX", (0, 0), (-1, -1), 0.7, colors.HexColor("#1f5d7a")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fbfd0")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    d.add(t, after=10)
    # switch to two columns for the rest of page 1
    gap = 7 * mm
    x0, y0, w0, h0 = d.frames[0]
    cw = (w0 - gap) / 2
    d.frames = [(x0, y0, cw, d.y - y0), (x0 + cw + gap, y0, cw, d.y - y0)]
    d.fi = 0

    def sec(title, paras):
        d.add(P(title, sh), after=3, with_next=30)
        for p in paras:
            if isinstance(p, tuple):
                text, stmts = p
                pg = d.add(P(text, s), keep=True, after=5)
                for full, dec in stmts:
                    assert norm(full) in norm(text)
                    stmt(out, full, dec, pg)
            else:
                d.add(P(p, s), keep=False, after=5)
        d.space(4)

    sec("1. Syfte och omfattning", [
        "Riktlinjerna beskriver hur barn- och utbildningsnämnden tillämpar skollagens bestämmelser om skolskjuts för "
        "elever i förskoleklass, grundskola och anpassad grundskola som är folkbokförda i Klintehamra kommun. "
        "Riktlinjerna gäller inte gymnasieskolan, vars elevresor hanteras av kommunstyrelsen.",
        ("Beslut om skolskjuts fattas av den delegat som anges i barn- och utbildningsnämndens delegationsordning. "
         "Varje ansökan prövas individuellt.",
         [("Beslut om skolskjuts fattas av den delegat som anges i barn- och utbildningsnämndens delegationsordning.",
           "delegat enligt barn- och utbildningsnämndens delegationsordning")]),
    ])
    sec("2. Avstånd", [
        "Avståndet mäts som kortaste gångbara väg mellan elevens bostad och skolans entré. Skolskjuts kan beviljas "
        "när avståndet är minst:",
        "– 2 km för elever i förskoleklass till och med årskurs 3,<br/>– 3,5 km för elever i årskurs 4–6,"
        "<br/>– 4,5 km för elever i årskurs 7–9.",
        "För elever i anpassad grundskola görs alltid en individuell bedömning och någon avståndsgräns tillämpas "
        "inte.",
        "Avståndet mellan bostaden och närmaste hållplats får vara högst 1 km för elever i förskoleklass till och "
        "med årskurs 3 och högst 2 km för äldre elever.",
    ])
    sec("3. Trafikfarlig väg", [
        ("Förvaltningschefen fastställer senast den 1 mars varje år en förteckning över vägsträckor som bedöms som "
         "trafikfarliga för gående och cyklande elever. Bedömningen görs tillsammans med samhällsbyggnadsförvaltningen "
         "och utgår från hastighet, trafikmängd, sikt och om det finns gång- och cykelväg.",
         [("Förvaltningschefen fastställer senast den 1 mars varje år en förteckning över vägsträckor som bedöms som "
           "trafikfarliga", "förvaltningschef")]),
    ])
    sec("4. Växelvis boende", [
        "En elev som bor växelvis, ungefär lika mycket, hos vårdnadshavare som båda är folkbokförda i kommunen kan få "
        "skolskjuts från båda adresserna om avståndsgränserna uppfylls från respektive adress. Skolskjuts vid "
        "växelvis boende beviljas för ett läsår i taget och ansökan ska göras på nytt inför varje läsår. Om den ena "
        "vårdnadshavaren bor i en annan kommun beviljas skolskjuts endast från adressen i Klintehamra kommun.",
    ])
    sec("5. Val av annan skola", [
        "Den som väljer en annan skolenhet än den kommunen skulle ha placerat eleven vid har rätt till skolskjuts "
        "endast om det kan ske utan organisatoriska eller ekonomiska svårigheter. I praktiken innebär det att "
        "eleven kan åka med en befintlig tur om det finns plats. Kommunen ordnar inte skolskjuts till skolor i andra "
        "kommuner.",
    ])
    sec("6. Väntetider och tider", [
        "Väntetiden före skolstart och efter skolslut bör inte överstiga 40 minuter. Skolskjutsen anpassas till "
        "skolans ordinarie schema och ordnas inte till eller från fritidshem, fritidsaktiviteter eller "
        "läxhjälp.",
    ])
    sec("7. Tillfälliga skador och sjukdom", [
        "Vid tillfälliga skador, till exempel ett brutet ben, har eleven inte rätt till skolskjuts enligt "
        "skollagen. Vårdnadshavaren hänvisas till elevens olycksfallsförsäkring som kan ersätta resor med taxi.",
    ])
    sec("8. Ansökan och omprövning", [
        "Ansökan om skolskjuts inför ett nytt läsår ska lämnas senast den 15 april via kommunens e-tjänst. "
        "Handläggningstiden är normalt fyra veckor.",
        ("Vårdnadshavare som inte är nöjd med ett beslut kan begära omprövning. En begäran om omprövning prövas av "
         "verksamhetschefen för grundskolan.",
         [("En begäran om omprövning prövas av verksamhetschefen för grundskolan.", "verksamhetschef grundskola")]),
        "Beslut om skolskjuts kan därefter överklagas till förvaltningsrätten genom förvaltningsbesvär.",
    ])
    sec("9. Elever med funktionsnedsättning", [
        "En elev med funktionsnedsättning kan beviljas anpassad skolskjuts, till exempel med taxi, oavsett avstånd. "
        "Till ansökan ska bifogas ett intyg från läkare eller annan sakkunnig som beskriver behovet. Beslutet gäller "
        "högst ett läsår i taget.",
    ])
    sec("10. Flytt under läsåret", [
        "En elev som flyttar inom kommunen under läsåret och vill gå kvar i sin skola behåller skolskjutsen till "
        "terminens slut. Därefter prövas rätten på nytt utifrån den nya adressen och bestämmelserna om val av annan "
        "skola.",
    ])
    sec("11. Ordning och säkerhet", [
        "Eleverna ska använda säkerhetsbälte under hela resan. Vid allvarliga eller upprepade ordningsproblem "
        "kontaktar skolskjutshandläggaren vårdnadshavarna och rektor för att komma överens om åtgärder. En elev kan "
        "inte stängas av från skolskjutsen.",
    ])
    sec("12. Elevkort i linjetrafik", [
        "Elever som reser med linjetrafik får ett elevkort som gäller skoldagar mellan klockan 06.00 och 19.00. "
        "Ett förlorat elevkort ersätts mot en avgift på 100 kr. Elevkortet gäller inte under skollov.",
    ])


def rikt_frames(ps, page_no):
    w, h = ps
    gap = 7 * mm
    cw = (w - 40 * mm - gap) / 2
    if page_no == 1:
        return [(20 * mm, 22 * mm, w - 40 * mm, h - 22 * mm - 24 * mm)]
    return [(20 * mm, 22 * mm, cw, h - 22 * mm - 24 * mm), (20 * mm + cw + gap, 22 * mm, cw, h - 22 * mm - 24 * mm)]


def deco_rikt(c, page, total, ps):
    w, h = ps
    c.setFillColor(colors.HexColor("#1f5d7a"))
    c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(20 * mm, h - 7.5 * mm, "Klintehamra kommun  |  Barn- och utbildningsnämnden")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, MARK)
    c.drawRightString(w - 20 * mm, 12 * mm, f"Sida {page} av {total or '?'}")


# --------------------------------------------------------------------------- 8. Taxa kultur och fritid 2026

def build_taxa(d, out):
    s = PS("txb", size=9.5, leading=12.6)
    # right-aligned metadata block
    rb = PS("txr", size=8.5, leading=11, align=TA_RIGHT)
    d.add(P("<b>Antagen av kommunfullmäktige</b><br/>2025-11-24, § 131<br/>Dnr KS 2025/402<br/>"
            "Gäller från 2026-01-01 och tills vidare<br/>Ersätter taxa för 2025 (KF 2024-11-25, § 118)", rb), after=14)
    d.add(P("Taxa för kultur- och fritidsnämndens verksamhet 2026", PS("txt", "Helvetica-Bold", 17, 21)), after=8)
    d.add(P("Taxan gäller avgifter i kulturskolan, på biblioteken, i simhallen och för uthyrning av kommunens "
            "idrotts- och fritidsanläggningar och samlingslokaler. Alla priser anges i kronor inklusive moms där "
            "moms ska betalas.", s), after=6)
    for text, full, dec in [
        ("Kultur- och fritidsnämnden får besluta om tillfälliga rabatter och kampanjpriser, till exempel under "
         "sommarlovet.", "Kultur- och fritidsnämnden får besluta om tillfälliga rabatter och kampanjpriser",
         "kultur- och fritidsnämnden"),
        ("Befrielse från avgift i kulturskolan beslutas av kulturskolechefen enligt nämndens delegationsordning.",
         "Befrielse från avgift i kulturskolan beslutas av kulturskolechefen enligt nämndens delegationsordning.",
         "kulturskolechef"),
        ("Hyra för lokaler och arrangemang som inte finns med i taxan beslutas av kultur- och fritidsnämnden.",
         "Hyra för lokaler och arrangemang som inte finns med i taxan beslutas av kultur- och fritidsnämnden.",
         "kultur- och fritidsnämnden"),
    ]:
        pg = d.add(P(text, s), after=5)
        stmt(out, full, dec, pg)
    d.space(6)
    cell = PS("txc", size=9, leading=11.2)
    cr = PS("txcr", size=9, leading=11.2, align=TA_RIGHT)

    def price_table(title, rows, widths):
        d.add(P(f"<b>{title}</b>", PS("txh", "Helvetica-Bold", 10.5, 13)), after=4, with_next=40)
        data = [[P(f"<b>{x}</b>", cell if i == 0 else cr) for i, x in enumerate(rows[0])]]
        data += [[P(x, cell if i == 0 else cr) for i, x in enumerate(r)] for r in rows[1:]]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        d.add(t, after=10)

    w = d.w
    price_table("1. Kulturskolan", [
        ["Avgift", "Pris"],
        ["Ämneskurs, instrument eller sång, per termin", "850 kr"],
        ["Gruppkurs i dans, teater eller bild, per termin", "600 kr"],
        ["Ensemble eller orkester för elev som redan har en ämneskurs", "avgiftsfri"],
        ["Instrumenthyra, per termin", "350 kr"],
        ["Syskonrabatt: andra syskonet", "25 procent rabatt"],
        ["Syskonrabatt: tredje syskonet och fler", "avgiftsfri"],
    ], [w * 0.7, w * 0.3])
    price_table("2. Biblioteken", [
        ["Avgift", "Pris"],
        ["Förseningsavgift", "tas inte ut"],
        ["Ersättning för förkommen eller skadad bok, vuxen", "300 kr"],
        ["Ersättning för förkommen eller skadad bok, barn och unga", "150 kr"],
        ["Nytt lånekort", "20 kr"],
        ["Utskrift och kopia, per sida", "2 kr"],
    ], [w * 0.7, w * 0.3])
    price_table("3. Klintehamra simhall", [
        ["Entré", "Pris"],
        ["Barn under 4 år i sällskap med vuxen", "0 kr"],
        ["Barn och ungdom 4–17 år", "30 kr"],
        ["Vuxen", "65 kr"],
        ["Pensionär", "45 kr"],
        ["Årskort vuxen", "1 800 kr"],
        ["Årskort barn och ungdom", "700 kr"],
    ], [w * 0.7, w * 0.3])
    # landscape page: rental of facilities
    d.new_page(pagesize=LAND)
    d.add(P("4. Uthyrning av anläggningar och lokaler, pris per timme", PS("txh2", "Helvetica-Bold", 12, 15)), after=4)
    d.add(P("Kategori A: ideella föreningar, aktiviteter för barn och unga 7–20 år. Kategori B: ideella föreningar, "
            "övriga aktiviteter samt studieförbund. Kategori C: privatpersoner, företag och andra externa hyresgäster.",
            s), after=8)
    rows = [
        ["Anläggning", "Kategori A", "Kategori B", "Kategori C", "Kommentar"],
        ["Klintehallen, sporthall hel hall", "60 kr", "200 kr", "450 kr", "Halv hall: halva priset"],
        ["Gymnastiksal (skolornas idrottssalar)", "40 kr", "120 kr", "250 kr", "Vardagar efter kl. 17 och helger"],
        ["Konstgräsplan, fullplan", "100 kr", "300 kr", "700 kr", "Inklusive belysning"],
        ["Konstgräsplan, halvplan", "60 kr", "180 kr", "400 kr", ""],
        ["Ishall", "150 kr", "600 kr", "1 400 kr", "Säsong oktober–mars"],
        ["Simhall, bassäng för förening", "120 kr", "350 kr", "900 kr", "Per bana: 40 kr (A), 110 kr (B)"],
        ["Hamragården, stora salen", "50 kr", "150 kr", "350 kr", "Heldag kategori C: 2 500 kr"],
        ["Hamragården, mötesrum", "0 kr", "80 kr", "200 kr", ""],
        ["Friluftsgården Klintudden med kök", "0 kr", "400 kr", "1 200 kr", "Pris per dygn"],
    ]
    cw = [d.w * 0.32, d.w * 0.12, d.w * 0.12, d.w * 0.12, d.w * 0.32]
    data = [[P(f"<b>{x}</b>", cell) for x in rows[0]]] + [[P(x, cell) for x in r] for r in rows[1:]]
    t = Table(data, colWidths=cw)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4dccf")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    d.add(t, after=10)
    d.add(P("Avbokning senare än sju dagar före hyrestillfället debiteras med full avgift. Städning som inte har "
            "utförts debiteras med 450 kr per timme.", s))


def deco_taxa(c, page, total, ps):
    w, h = ps
    c.setFont("Helvetica-Bold", 9)
    c.drawString(20 * mm, h - 15 * mm, "KLINTEHAMRA KOMMUN")
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, f"{MARK}  –  Taxa för kultur- och fritidsnämndens verksamhet 2026")
    c.drawRightString(w - 20 * mm, 12 * mm, f"{page} / {total or '?'}")


# --------------------------------------------------------------------------- 9. Handlingsprogram LSO 2022–2025 (utgånget)

def build_prog(d, out):
    s = PS("pgb", "Times-Roman", 11, 14.6)
    sh = PS("pgh", "Times-Bold", 13, 16)
    d.space(30 * mm)
    d.add(P("Handlingsprogram för skydd mot olyckor 2022–2025", PS("pgt", "Times-Bold", 24, 30, TA_CENTER)),
          after=8)
    d.add(P("Förebyggande verksamhet och räddningstjänst i Klintehamra kommun", PS("pgst", "Times-Italic", 13, 17,
                                                                                     TA_CENTER)), after=40)
    d.add(P("Programansvarig nämnd: räddningsnämnden", PS("pgpa", "Times-Roman", 12, 15, TA_CENTER)))
    d.new_page()

    def sec(title, paras):
        d.add(P(title, sh), after=4, with_next=40)
        for p in paras:
            if isinstance(p, tuple):
                text, stmts = p
                pg = d.add(P(text, s), keep=True, after=6)
                for full, dec in stmts:
                    assert norm(full) in norm(text)
                    stmt(out, full, dec, pg)
            else:
                d.add(P(p, s), keep=False, after=6)
        d.space(6)

    sec("1. Inledning", [
        "Enligt lagen (2003:778) om skydd mot olyckor ska kommunen ha ett handlingsprogram för förebyggande "
        "verksamhet och ett för räddningstjänst. I Klintehamra kommun är de samlade i detta program, som gäller för "
        "perioden 2022–2025.",
    ])
    sec("2. Risker i kommunen", [
        "De vanligaste olyckorna i kommunen är bränder i bostäder, trafikolyckor på väg 143 och drunkningstillbud "
        "vid kusten. Hamnen och oljedepån i Klintehamra hamn är de objekt som har störst riskpotential. "
        "Sommartid ökar befolkningen från cirka 16 000 till nästan 30 000 personer.",
    ])
    sec("3. Mål för den förebyggande verksamheten", [
        "Antalet bränder i bostäder ska minska med 20 procent under programperioden jämfört med perioden "
        "2018–2021. Räddningstjänsten ska genomföra minst 45 tillsynsbesök per år och utbilda minst 1 200 personer "
        "per år i brandskydd och hjärt-lungräddning.",
        ("Räddningsnämnden beslutar årligen om en tillsynsplan. Planen ska prioritera objekt där många människor "
         "vistas och objekt med farlig verksamhet.",
         [("Räddningsnämnden beslutar årligen om en tillsynsplan.", "räddningsnämnden")]),
    ])
    sec("4. Räddningstjänstens förmåga", [
        "Räddningstjänsten har tre brandstationer: Klintehamra (heltid och deltid), Bruksvik (deltid) och Storsund "
        "(räddningsvärn). Målet är att en första räddningsresurs ska vara på plats inom 20 minuter för 90 procent av "
        "kommunens invånare. Räddningstjänsten har ett samverkansavtal med grannkommunerna om gemensam ledning "
        "genom en regional räddningscentral.",
        ("Räddningschefen fastställer insatsplaner för objekt med särskilda risker, bland annat hamnen och "
         "oljedepån.",
         [("Räddningschefen fastställer insatsplaner för objekt med särskilda risker", "räddningschef")]),
    ])
    sec("5. Krisberedskap", [
        "Kommunen ska under varje mandatperiod göra en risk- och sårbarhetsanalys. Kommunen har en tjänsteperson i "
        "beredskap dygnet runt och en krisledningsorganisation som kan aktiveras vid allvarliga händelser.",
    ])
    sec("6. Sotning och brandskyddskontroll", [
        "Rengöring (sotning) och brandskyddskontroll utförs av den entreprenör som kommunen har avtal med. Fristerna "
        "följer Myndigheten för samhällsskydd och beredskaps föreskrifter. En fastighetsägare kan efter ansökan få "
        "medgivande att själv rengöra sin egen anläggning.",
    ])
    sec("7. Höjd beredskap", [
        "Räddningstjänsten ska kunna upprätthålla sin verksamhet under höjd beredskap och då även ansvara för "
        "varning av befolkningen, indikering av radioaktiva ämnen och sanering. Planeringen samordnas med "
        "kommunstyrelsens arbete med civilt försvar.",
    ])
    sec("8. Uppföljning", [
        ("Beslut om att ändra programmets mål under programperioden fattas av kommunfullmäktige. Räddningsnämnden "
         "redovisar måluppfyllelsen i sin årliga verksamhetsberättelse.",
         [("Beslut om att ändra programmets mål under programperioden fattas av kommunfullmäktige.",
           "kommunfullmäktige")]),
    ])


def deco_prog(c, page, total, ps):
    w, h = ps
    c.setFillColor(colors.HexColor("#efe6dc"))
    c.rect(15 * mm, h - 17 * mm, w - 30 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 7.6)
    band = ("Klintehamra kommun  ·  Handlingsprogram för skydd mot olyckor 2022–2025  ·  KF 2021-11-29 § 112  ·  "
            "Dnr KS 2021/404  ·  Gäller 2022-01-01 – 2025-12-31")
    assert c.stringWidth(band, "Times-Roman", 7.6) < w - 34 * mm
    c.drawString(17 * mm, h - 14.6 * mm, band)
    c.setFont("Times-Roman", 8)
    c.drawString(20 * mm, 12 * mm, MARK)
    c.drawRightString(w - 20 * mm, 12 * mm, str(page))


# --------------------------------------------------------------------------- 10. Intern anvisning TiB

def int_items(out):
    t = [
        ("1", "Larma och sammankalla kommunens krisledningsstab", "Säkerhetschef", "säkerhetschef", "TiB",
         "Vid händelse som kräver samordning mellan flera förvaltningar."),
        ("2", "Beslut om förstärkt stabsläge med stab dygnet runt", "Kommundirektör", "kommundirektör",
         "Säkerhetschef", None),
        ("3", "Öppnande av trygghetspunkt för allmänheten", "TiB", "tjänsteperson i beredskap", "Säkerhetschef",
         "Vid el-, vatten- eller teleavbrott som väntas pågå mer än sex timmar."),
        ("4", "Inköp av förnödenheter och tjänster under pågående händelse", "TiB", "tjänsteperson i beredskap", "–",
         "Högst 50 000 kr per händelse."),
        ("5", "Inköp av förnödenheter och tjänster under pågående händelse, större belopp", "Kommundirektör",
         "kommundirektör", "Säkerhetschef", "Över 50 000 kr per händelse."),
        ("6", "Begäran om stöd från frivilliga resursgrupper", "TiB", "tjänsteperson i beredskap", "–", None),
        ("7", "Beslut att krisledningsnämnden ska träda i funktion", "Krisledningsnämndens ordförande",
         "krisledningsnämndens ordförande", "Vice ordförande", "Efter anmälan från kommundirektören."),
        ("8", "Information till allmänheten på webbplatsen och i sociala medier under en kris", "Kommunikationschef",
         "kommunikationschef", "TiB", None),
        ("9", "Begäran om stöd från andra kommuner, regionen eller statliga myndigheter", "Kommundirektör",
         "kommundirektör", "Säkerhetschef", None),
    ]
    items = []
    for nr, matter, code, dec, ers, cond in t:
        items.append(R(out, nr, matter, "", code, dec, cond, ers))
    return items


def build_int(d, out):
    s = PS("inb", size=9.8, leading=13)
    sh = PS("inh", "Helvetica-Bold", 10.5, 13.5)
    d.add(P("Anvisning för tjänsteperson i beredskap och aktivering av krisledning", PS("intt", "Helvetica-Bold", 16,
                                                                                          20)), after=10)
    d.add(P("1. Syfte", sh), after=3)
    d.add(P("Anvisningen beskriver hur kommunens tjänsteperson i beredskap (TiB) arbetar och vem som får fatta vilka "
            "beslut när kommunens krisledning aktiveras. Den gäller för TiB, säkerhetsenheten, förvaltningscheferna "
            "och kommunens krisledningsstab.", s), after=8)
    d.add(P("2. Tjänsteperson i beredskap", sh), after=3)
    d.add(P("TiB har beredskap dygnet runt i veckolånga pass och ska kunna nås inom 15 minuter och vara på plats i "
            "kommunhuset inom en timme. TiB tar emot larm från SOS Alarm, räddningstjänsten och länsstyrelsen och "
            "gör en första bedömning av läget.", s), after=5)
    pg = d.add(P("Säkerhetschefen fastställer schemat för TiB för varje kvartal.", s), after=8)
    stmt(out, "Säkerhetschefen fastställer schemat för TiB för varje kvartal.", "säkerhetschef", pg)
    d.add(P("3. Beslutsrätt vid händelser", sh), after=5)
    cell = PS("inc", size=9, leading=11.2)
    colw = [9 * mm, 0, 46 * mm, 28 * mm, 42 * mm]
    colw[1] = d.w - sum(colw)

    def header():
        t = Table([[P(f"<b>{x}</b>", cell) for x in ["", "Åtgärd", "Beslutas av", "Ersättare", "Förutsättning"]]],
                  colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fde9c9"))]))
        return t

    def row(r, z):
        t = Table([[P(r["nr"], cell), P(r["matter"], cell), P(br(r["code"]), cell), P(r["ers"] or "", cell),
                    P(r["cond"] or "", cell)]], colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    d.deleg_table(Spec(colw, header, None, row, 1, cell, repeat=True), int_items(out))
    d.space(10)
    d.add(P("4. Avveckling", sh), after=3)
    pg = d.add(P("Kommundirektören beslutar när krisledningsstaben ska avvecklas och verksamheten återgå till "
                 "normalläge. Efter varje aktivering ska en utvärdering göras inom sex veckor.", s), after=10)
    stmt(out, "Kommundirektören beslutar när krisledningsstaben ska avvecklas", "kommundirektör", pg)
    d.add(P("5. Beslut", sh), after=3)
    d.add(P("Denna anvisning har beslutats av säkerhetschefen 2025-06-09 med stöd av kommunstyrelsens "
            "delegationsordning (dnr KS 2025/233). Anvisningen gäller från och med 2025-06-15 och ses över årligen, "
            "nästa gång senast 2026-06-30. Ansvarig för anvisningen är säkerhetschefen. Anvisningen är ett internt "
            "arbetsdokument och publiceras endast på intranätet Klinten, inte på kommunens webbplats.", s))


def deco_int(c, page, total, ps):
    w, h = ps
    c.setFillColor(colors.HexColor("#b3261e"))
    c.rect(20 * mm, h - 17 * mm, w - 40 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(23 * mm, h - 14.2 * mm, "INTERNT – ENDAST FÖR INTRANÄTET KLINTEN")
    c.drawRightString(w - 23 * mm, h - 14.2 * mm, "Säkerhetsenheten, kommunledningskontoret")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, f"{MARK} · Klintehamra kommun")
    c.drawRightString(w - 20 * mm, 12 * mm, f"Sida {page} av {total or '?'}")


# --------------------------------------------------------------------------- documents and truth

DOCS = [
    dict(file=F_BUN26, build=build_bun26, deco=deco_bun26, frames=None,
         title="Delegationsordning för barn- och utbildningsnämnden",
         layout="protokollsutdrag-att-satser-legend-table-page-landscape-grid-ersattare-repeated-header-split-rows",
         doc_type="delegationsordning", decided_by="barn- och utbildningsnämnden", decision_date="2026-05-19",
         paragraph="§ 44", diarienummer="BUN 2026/087", valid_from="2026-06-01", valid_to=None,
         replaces="Delegationsordning för barn- och utbildningsnämnden, antagen 2024-02-20, § 12",
         replaces_file=F_BUN24,
         scope="barn- och utbildningsnämndens verksamhet: förskola, förskoleklass, grundskola, anpassad grundskola, "
               "fritidshem och skolskjuts",
         owner="förvaltningschef", review_date="2027-06-30", publication_stated=None, publication="extern",
         status="gällande", abbreviations=BUN26_ABBR,
         notes="Page 1 is a protokollsutdrag (BUN 2026-05-19 § 44, Dnr BUN 2026/087) whose att-satser adopt the "
               "delegationsordning from 2026-06-01, repeal the 2024 version (named by date and §), allow "
               "vidaredelegation by the förvaltningschef and set the review date. Page 2 (portrait) has the "
               "general rules, 'Dokumentansvarig' and the legend as a ruled two-column table. From page 3 the pages "
               "are landscape: full-grid table Nr/Ärende/Lagrum/Delegat/Ersättare/Villkor with the header repeated "
               "on every page and section rows; stacked delegates '1. Ordf 2. V ordf', 'VCF / VCG', "
               "'1. SSH 2. BUN au' (split by duration), 'Den som anställer'. Rows meeting a page break are split "
               "(see matter_parts): Nr, first words, lagrum, delegate and ersättare on the first page, 'forts.', "
               "the rest of the words and the condition on the next. Limits in kr, tkr, mnkr and prisbasbelopp."),
    dict(file=F_BUN24, build=build_bun24, deco=deco_bun24, frames=None,
         title="Delegationsordning för barn- och utbildningsnämnden",
         layout="cover-page-boxed-metadata-grid-legend-own-page-x-equals-grid-table-header-once-history-at-end",
         doc_type="delegationsordning", decided_by="barn- och utbildningsnämnden", decision_date="2024-02-20",
         paragraph="§ 12", diarienummer="BUN 2024/015", valid_from="2024-03-01", valid_to=None,
         replaces="Delegationsordning för barn- och utbildningsnämnden, BUN 2021-09-14, § 71 (version 2.0)",
         replaces_file=None, scope="barn- och utbildningsnämndens verksamheter", owner="förvaltningschef",
         review_date=None, publication_stated=None, publication="extern", status="upphävd",
         abbreviations=BUN24_ABBR,
         notes="Older version, repealed by the 2026 delegationsordning (it does not say so itself). Times. Cover page "
               "with a boxed 4-column metadata grid (Dokumenttyp, Fastställd av, Beslutsdatum, Diarienummer, Gäller "
               "från, Dokumentägare, Revideras: vid behov). The legend 'X = ...' alone on page 2 with one prose "
               "statement. Full-grid portrait table, header only once at the start (not repeated). Beslutshistorik "
               "table at the very end (versions 1.0-3.0; 3.0 replaces 2.0). Differences from 2026: one "
               "verksamhetschef (VC), placeringssamordnare (PS), skoladministratör (SA) decides skolskjuts, FC "
               "decides skolskjuts at särskilda omständigheter and mottagande i anpassad grundskola, BUN itself "
               "decides vite and skolplikt på annat sätt, lower avtal limits (50 tkr / 300 tkr / 1 mnkr)."),
    dict(file=F_KFN, build=build_kfn, deco=deco_kfn, frames=kfn_frames,
         title="Delegationsordning för kultur- och fritidsnämnden",
         layout="running-two-row-boxed-header-table-every-page-inline-parenthesis-legend-zebra-no-vertical-rules",
         doc_type="delegationsordning", decided_by="kultur- och fritidsnämnden", decision_date="2025-09-10",
         paragraph="§ 58", diarienummer="KFN 2025/44", valid_from="2025-10-01", valid_to=None,
         replaces="Delegationsordning för kultur- och fritidsnämnden, antagen 2022-10-12, § 61", replaces_file=None,
         scope="kultur- och fritidsnämndens verksamhet: föreningsstöd, bibliotek, kulturskola, anläggningar, konst",
         owner="kultur- och fritidschef", review_date=None, publication_stated=None, publication="extern",
         status="gällande", abbreviations=KFN_ABBR,
         notes="Metadata only in a boxed two-row header table repeated at the top of every page (KOMMUN / nämnd / "
               "Sida; title / 'Beslutad 2025-09-10, KFN § 58' / Dnr) plus the first sentence of page 1 (valid from, "
               "replaces, owner). Codes explained inline in parentheses in the introduction. Table without vertical "
               "rules, zebra rows, thin line under each row, header not repeated on later pages. Stacked "
               "'BC / KFC' (split by duration in the remark), '1. FrC 2. KFC' (split by contract length), "
               "'FrC / BC' (alternatives by area). Limits in kr, mnkr and prisbasbelopp."),
    dict(file=F_KS, build=build_ks, deco=deco_ks, frames=ks_frames,
         title="Kommunstyrelsens delegationsordning – del 3 Personal och del 4 Ägarstyrning av kommunala bolag",
         layout="page-one-left-sidebar-labelled-metadata-bullet-legend-horizontal-rules-middle-aligned-repeated-header",
         doc_type="delegationsordning", decided_by="kommunstyrelsen", decision_date="2026-02-11", paragraph="§ 19",
         diarienummer="KS 2026/041", valid_from="2026-03-01", valid_to=None,
         replaces="Del 3 och del 4 i kommunstyrelsens delegationsordning, antagna 2023-03-15, § 36",
         replaces_file=None, scope="kommunstyrelsen som personalorgan och kommunstyrelsens ägarstyrning av "
                                   "kommunala bolag",
         owner="kanslichef", review_date="2027-12-31", publication_stated=None, publication="extern",
         status="gällande", abbreviations=KS_ABBR,
         notes="Page 1 has a shaded left sidebar with upper-case labels over values (Beslutsinstans, Beslutsdatum, "
               "Diarienummer, Gäller från, Ersätter, Dokumentägare, Nästa revidering); the right column has the "
               "title, the introduction and the legend as a bullet list 'X – ...'. Two tables (del 3 personal, del 4 "
               "ägarstyrning) with horizontal rules only, cells middle-aligned, header repeated; prose statements "
               "between them (KF fastställer ägardirektiv, KS 6 kap. 9 § KL, aktieägartillskott over 2 mnkr). "
               "Stacked 'HRC / FHC', 'KD / KaC' and '1. KS au 2. KSO'. Limits in månadslöner and mnkr. Rows meeting "
               "a page break may be split (see matter_parts)."),
    dict(file=F_OFN, build=build_ofn, deco=deco_ofn, frames=None,
         title="Delegationsordning för överförmyndarnämnden",
         layout="footer-two-line-revision-block-every-page-unruled-table-repeated-italic-header-legend-x-equals-at-end",
         doc_type="delegationsordning", decided_by="överförmyndarnämnden", decision_date="2025-09-17",
         paragraph="§ 48", diarienummer="ÖFN 2025/31", valid_from="2025-10-01", valid_to=None, replaces=None,
         replaces_file=None, scope="överförmyndarnämndens tillsyn över förmyndare, gode män och förvaltare",
         owner="enhetschef för överförmyndarenheten", review_date="2026-12-31", publication_stated=None,
         publication="extern", status="gällande", abbreviations=dict(OFN_ABBR),
         notes="Times. Metadata only in a two-line footer under a rule on every page (fastställd, §, dnr, gäller "
               "fr.o.m., revideras senast, ansvarig). Table with no rules at all, italic header repeated on every "
               "page, bold section lines. Legend 'X = ...' at the very end. Stacked 'JUR / EC', 'HL / GR' "
               "(alternatives) and '1. Ordf 2. V ordf'. Limits in kr and pbb (prisbasbelopp)."),
    dict(file=F_REG, build=build_reg, deco=deco_reg, frames=reg_frames,
         title="Reglemente för räddningsnämnden",
         layout="kfs-header-boxed-number-hanging-paragraph-numbers-single-column",
         doc_type="reglemente", decided_by="kommunfullmäktige", decision_date="2026-10-26", paragraph="§ 97",
         diarienummer="KS 2026/318", valid_from="2027-01-01", valid_to=None,
         replaces="Reglemente för räddningsnämnden (KKFS 2022:3)", replaces_file=None,
         scope="räddningsnämnden; krisledningsnämnd och krisberedskap", owner=None, review_date=None,
         publication_stated=None, publication="extern", status="ej ikraft", abbreviations={},
         notes="KFS header on page 1: 'KLINTEHAMRA KOMMUNS FÖRFATTNINGSSAMLING', boxed number KKFS 2026:14, Dnr; "
               "decision line under the title. Paragraph numbers hang in the left margin. Decided 2026-10-26 but "
               "in force only from 2027-01-01 (ej ikraft on 2026-11-26). Decision rights in prose only; "
               "kommunstyrelsens arbetsutskott is the krisledningsnämnd."),
    dict(file=F_RIKT, build=build_rikt, deco=deco_rikt, frames=rikt_frames,
         title="Riktlinjer för skolskjuts",
         layout="document-information-table-top-two-column-body-colour-band",
         doc_type="riktlinje", decided_by="barn- och utbildningsnämnden", decision_date="2025-04-22",
         paragraph="§ 31", diarienummer="BUN 2025/062", valid_from="2025-07-01", valid_to=None,
         replaces="Riktlinjer för skolskjuts, antagna 2019-05-14, § 40", replaces_file=None,
         scope="skolskjuts för elever i förskoleklass, grundskola och anpassad grundskola folkbokförda i kommunen",
         owner="administrativ chef", review_date="2027-04-30", publication_stated=None, publication="extern",
         status="gällande", abbreviations={},
         notes="A 'DOKUMENTINFORMATION' key-value table at the top of page 1, then the body in two columns. Facts: "
               "distance limits 2 / 3,5 / 4,5 km, hållplats 1 / 2 km, waiting time 40 minutes, växelvis boende one "
               "läsår at a time, application by 15 April, no skolskjuts for temporary injuries or to fritidshem. "
               "Refers the decision to the delegate of the BUN delegationsordning."),
    dict(file=F_TAXA, build=build_taxa, deco=deco_taxa, frames=None,
         title="Taxa för kultur- och fritidsnämndens verksamhet 2026",
         layout="right-aligned-metadata-block-price-tables-landscape-rental-page",
         doc_type="taxa", decided_by="kommunfullmäktige", decision_date="2025-11-24", paragraph="§ 131",
         diarienummer="KS 2025/402", valid_from="2026-01-01", valid_to=None,
         replaces="Taxa för kultur- och fritidsnämndens verksamhet 2025 (KF 2024-11-25, § 118)", replaces_file=None,
         scope="avgifter i kulturskolan, biblioteken, simhallen och för uthyrning av anläggningar och lokaler",
         owner=None, review_date=None, publication_stated=None, publication="extern", status="gällande",
         abbreviations={},
         notes="Right-aligned metadata block at the top right of page 1. Price tables with horizontal rules "
               "(kulturskola, bibliotek, simhall); the rental table for kategori A/B/C is on a landscape page with "
               "a full grid."),
    dict(file=F_PROG, build=build_prog, deco=deco_prog, frames=None,
         title="Handlingsprogram för skydd mot olyckor 2022–2025",
         layout="cover-page-title-only-one-line-header-band-every-page",
         doc_type="program", decided_by="kommunfullmäktige", decision_date="2021-11-29", paragraph="§ 112",
         diarienummer="KS 2021/404", valid_from="2022-01-01", valid_to="2025-12-31", replaces=None,
         replaces_file=None, scope="förebyggande verksamhet och räddningstjänst enligt lagen om skydd mot olyckor; "
                                   "programansvarig nämnd räddningsnämnden",
         owner="räddningsnämnden", review_date=None, publication_stated=None, publication="extern",
         status="utgången", abbreviations={},
         notes="Times. Metadata only in a one-line shaded header band on every page (including the cover): antaget "
               "av KF, §, dnr, gäller 2022-01-01 – 2025-12-31. Cover page with the title and the programansvarig "
               "nämnd. Prose programme; validity ended 2025-12-31 (utgången)."),
    dict(file=F_INT, build=build_int, deco=deco_int, frames=None,
         title="Anvisning för tjänsteperson i beredskap och aktivering av krisledning",
         layout="internal-red-band-every-page-closing-beslut-paragraph-grid-table-titles",
         doc_type="anvisning", decided_by="säkerhetschefen", decision_date="2025-06-09", paragraph=None,
         diarienummer="KS 2025/233", valid_from="2025-06-15", valid_to=None, replaces=None, replaces_file=None,
         scope="tjänsteperson i beredskap, säkerhetsenheten, förvaltningscheferna och krisledningsstaben",
         owner="säkerhetschef", review_date="2026-06-30", publication_stated="intern", publication="intern",
         status="gällande", abbreviations={"TiB": "tjänsteperson i beredskap"},
         notes="Internal: a red band 'INTERNT – ENDAST FÖR INTRANÄTET KLINTEN' on every page; metadata only in the "
               "closing '5. Beslut' paragraph (säkerhetschefen 2025-06-09, dnr, gäller från 2025-06-15, ses över "
               "senast 2026-06-30, intranet only). Grid table Åtgärd/Beslutas av/Ersättare/Förutsättning whose "
               "decider cells are titles ('TiB' is explained in the text); code is the title as printed."),
]


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    truth = {}
    tot_rows = tot_st = tot_pages = 0
    for doc in DOCS:
        path = os.path.join(PDF_DIR, doc["file"])
        out, pages, splits = render(path, doc["build"], doc["title"], doc["deco"], frames_fn=doc["frames"])
        for r in out["decisions"]:
            assert r["page"] is not None, r
        t = {k: None for k in KEYS}
        t.update({k: doc[k] for k in KEYS if k in doc})
        t["status_2026_11_26"] = doc["status"]
        t["decisions"] = out["decisions"]
        t["statements"] = out["statements"]
        truth[doc["file"]] = {k: t[k] for k in KEYS}
        tot_rows += len(out["decisions"])
        tot_st += len(out["statements"])
        tot_pages += pages
        print(f"{doc['file']}: {pages} pages, {len(out['decisions'])} rows, {len(out['statements'])} statements, "
              f"{len(splits)} split rows")
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(PDF_DIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write('[defaults]\npublication = "extern"\n')
    print(f"{len(truth)} documents, {tot_pages} pages, {tot_rows} rows, {tot_st} statements")


if __name__ == "__main__":
    main()
