#!/usr/bin/env python3
"""Build the blind11 held-out collection: fictitious governance documents of
"Tallmora kommun" (a municipality that does not exist; its partner in the
gemensam räddningsnämnd, "Brännviks kommun", does not exist either) as PDF
files, and truth.json with what each document states.

Run:  /work/main/.venv/bin/python build.py
All output is deterministic (reportlab invariant mode).

Every page number in truth.json is recorded while rendering: the paragraph
that carries a table row's matter (or a prose statement, or an item of a
lettered decision list) is a Marked paragraph that notes
canv.getPageNumber() when it is drawn.
"""
import json
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    FrameBreak,
    Frame,
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
AS_OF = "2026-11-26"
AUTHOR = "Tallmora kommun (fiktiv)"

KFN26 = "tallmora-kfn-delegationsordning-2026.pdf"
KFN22 = "tallmora-kfn-delegationsordning-2022.pdf"
KSD3 = "tallmora-ks-delegationsordning-personal-upphandling.pdf"
RNDO = "tallmora-brannvik-raddningsnamnd-delegationsordning.pdf"
RNREG = "tallmora-brannvik-reglemente-raddningsnamnd.pdf"
OFN = "tallmora-ofn-delegationsordning.pdf"
AGD = "tallmora-agardirektiv-arena-och-fritid.pdf"
TAXA = "tallmora-taxa-idrotts-och-fritidsanlaggningar-2027.pdf"
PROG = "tallmora-idrotts-och-fritidspolitiskt-program-2022-2025.pdf"
RL = "tallmora-riktlinje-representation-gavor-uppvaktning.pdf"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(s):
    return re.sub(r"\s+", " ", s).strip()


class Marked(Paragraph):
    """A paragraph that records the page it is drawn on into a dict."""

    def __init__(self, text, style, rec=None, **kw):
        super().__init__(text, style, **kw)
        self._rec = rec

    def draw(self):
        if self._rec is not None:
            self._rec["page"] = self.canv.getPageNumber()
        super().draw()


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


def styles(font="Helvetica", size=9.5):
    bold, ital = BOLD[font], ITAL[font]
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
    s["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["cell"] = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["cellc"] = ParagraphStyle("cellc", parent=s["cell"], alignment=TA_CENTER)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 8, leading=size + 12, spaceAfter=8)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=size + 6, spaceBefore=9, spaceAfter=4)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=size + 4, spaceBefore=6, spaceAfter=3)
    s["item"] = ParagraphStyle("item", parent=s["body"], leftIndent=18, bulletIndent=4, spaceAfter=2)
    s["ital"] = ParagraphStyle("ital", parent=s["body"], fontName=ital)
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

    def decision(self, matter, decider, code, condition, style, **kw):
        rec = {"matter": one_line(matter), "decider": decider, "code": code,
               "condition": one_line(condition) if condition else None, "page": None}
        self.decisions.append(rec)
        return Marked(esc(matter), style, rec=rec, **kw)

    def statement(self, sentence, decider, style, before="", after=""):
        """A prose paragraph; `sentence` is the decision statement in it."""
        rec = {"matter": one_line(sentence), "decider": decider, "page": None}
        self.statements.append(rec)
        return Marked(esc(before) + esc(sentence) + esc(after), style, rec=rec)

    def truth(self):
        m = dict(self.meta)
        for r in self.decisions + self.statements:
            assert r["page"], (self.fname, r)
        m["decisions"] = self.decisions
        m["statements"] = self.statements
        return m


def make_doc(path, templates, pagesize=A4, title="", margins=(18 * mm, 18 * mm, 22 * mm, 18 * mm)):
    left, right, top, bottom = margins
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, invariant=1, title=title, author=AUTHOR, subject=MARKER)
    doc.addPageTemplates(templates)
    return doc


def one_frame(doc, pid, on_page, pagesize=A4, top=22 * mm, bottom=18 * mm, side=18 * mm):
    w, h = pagesize
    fr = Frame(side, bottom, w - 2 * side, h - top - bottom, id=pid + "f")
    return PageTemplate(id=pid, frames=[fr], onPage=on_page, pagesize=pagesize)


def draw_footer(canv, left_text, right_text, font="Helvetica", size=7.5, y=10 * mm, color="#555555"):
    w, h = canv._pagesize
    canv.saveState()
    canv.setFont(font, size)
    canv.setFillColor(colors.HexColor(color))
    canv.drawString(18 * mm, y, left_text)
    canv.drawRightString(w - 18 * mm, y, right_text)
    canv.restoreState()


def legend_rows(abbr, lower=True):
    return {k: (v.lower() if lower else v) for k, v in abbr.items()}


def spell(code, abbr):
    """Spell out a code (or 'A eller B') by the document's own legend, lower case."""
    return " eller ".join(abbr[c].lower() for c in code.split(" eller "))


# --------------------------------------------------------------------------
# 1. Kultur- och fritidsnämndens delegationsordning 2026 (decision-history
#    table, legend in its own table, ruled table with section rows spanning
#    all columns, header repeated, cells vertically centred)
# --------------------------------------------------------------------------
def build_kfn2026():
    st = styles("Helvetica", 9.5)
    abbr = {
        "KFN": "Kultur- och fritidsnämnden",
        "AU": "Kultur- och fritidsnämndens arbetsutskott",
        "ORD": "Nämndens ordförande",
        "FC": "Kultur- och fritidschef (förvaltningschef)",
        "AC": "Avdelningschef (kulturchef, fritidschef eller bibliotekschef inom sitt ansvarsområde)",
        "KC": "Kulturchef",
        "FRC": "Fritidschef",
        "BC": "Bibliotekschef",
        "KSC": "Kulturskolechef",
        "FH": "Föreningshandläggare",
        "BA": "Bokningsansvarig vid fritidsavdelningen",
        "NS": "Nämndsekreterare",
    }
    laws = {
        "KL": "Kommunallagen (2017:725)",
        "FL": "Förvaltningslagen (2017:900)",
        "OSL": "Offentlighets- och sekretesslagen (2009:400)",
        "LOU": "Lagen (2016:1145) om offentlig upphandling",
        "OL": "Ordningslagen (1993:1617)",
        "DSF": "Dataskyddsförordningen (EU) 2016/679",
    }
    deciders = {"FC": "kultur- och fritidschef", "AC": "avdelningschef"}

    def dec(code):
        return deciders.get(code) or abbr[code].lower()

    d = Doc(KFN26,
            layout="decision-history-table-legend-table-ruled-table-section-rows-vcentred",
            title="Delegationsordning för kultur- och fritidsnämnden",
            doc_type="delegationsordning",
            decided_by="kultur- och fritidsnämnden",
            decision_date="2026-02-19",
            paragraph="§ 14",
            diarienummer="KFN 2026/9",
            valid_from="2026-03-01",
            valid_to=None,
            replaces="Delegationsordning för kultur- och fritidsnämnden, version 1.0, antagen 2022-03-17 § 19 "
                     "(dnr KFN 2022/31)",
            replaces_file=KFN22,
            scope="kultur- och fritidsnämndens verksamhetsområde",
            owner="kultur- och fritidschef",
            review_date="2027-12-31",
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**{k: v.lower() for k, v in abbr.items()}, **{k: v.lower() for k, v in laws.items()}},
            notes="Version 2.0. The metadata is in a Beslutshistorik table on page 1 (version 1.0 = the 2022 "
                  "delegationsordning, version 2.0 = this one, which replaces 1.0). Legend of delegate codes in "
                  "its own table. Ruled delegation table (Nr/Ärende/Lagrum/Delegat/Anmärkning) with section "
                  "heading rows spanning all columns, header repeated over page breaks, long matters wrapping "
                  "and short cells vertically centred. Row B.4's condition says that over 300 000 kr the nämnd "
                  "(KFN) decides; row C.5's says that a suspension longer than three months is decided by AU. "
                  "Personnel matters are referred to the kommunstyrelse's delegationsordning del 3. "
                  "'FC' is recorded as 'kultur- och fritidschef' and 'AC' as 'avdelningschef'.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#1d4e89"))
        c.drawString(18 * mm, h - 12 * mm, "TALLMORA KOMMUN")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(w - 18 * mm, h - 12 * mm, "Delegationsordning · Kultur- och fritidsnämnden · version 2.0")
        c.restoreState()
        draw_footer(c, f"{MARKER} · Tallmora kommun", f"Sida {c.getPageNumber()}")

    path = os.path.join(PDF_DIR, KFN26)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    S = []
    S.append(Paragraph("Delegationsordning för kultur- och fritidsnämnden", st["title"]))
    S.append(Paragraph("Beslutshistorik", st["h2"]))
    hist = [["Version", "Datum", "Beslutsinstans", "Paragraf", "Diarienummer", "Kommentar"],
            ["1.0", "2022-03-17", "Kultur- och fritidsnämnden", "§ 19", "KFN 2022/31",
             "Första versionen. Gällde från 2022-04-01."],
            ["2.0", "2026-02-19", "Kultur- och fritidsnämnden", "§ 14", "KFN 2026/9",
             "Ny delegationsordning som ersätter version 1.0. Gäller från 2026-03-01. Nya beloppsgränser för "
             "bidrag och upphandling, ny punkt om avstängning från anläggningar."]]
    ht = Table([[Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"]) for x in r] for i, r in enumerate(hist)],
               colWidths=[16 * mm, 19 * mm, 30 * mm, 17 * mm, 24 * mm, 68 * mm], hAlign="LEFT")
    ht.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c9a")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(ht)
    S.append(Spacer(1, 4))
    S.append(Paragraph("Dokumentansvarig: kultur- och fritidschef. Delegationsordningen ska ses över senast "
                       "2027-12-31 och i övrigt när lagstiftning eller organisation ändras.", st["small"]))
    S.append(Paragraph("1. Inledning", st["h1"]))
    S.append(Paragraph(
        "Kultur- och fritidsnämnden får enligt 6 kap. 37 § KL uppdra åt arbetsutskottet, åt en ledamot eller "
        "ersättare eller åt en anställd att besluta på nämndens vägnar. Den som fattar beslut med stöd av "
        "delegation träder helt i nämndens ställe. Nämnden kan när som helst återkalla en delegering eller "
        "själv ta över ett enskilt ärende. Ärenden av principiell beskaffenhet eller annars av större vikt "
        "ska alltid lämnas till nämnden.", st["body"]))
    S.append(d.statement(
        "Beslut om nämndens verksamhetsplan, budget och internkontrollplan fattas av nämnden och får inte "
        "delegeras.", "kultur- och fritidsnämnden", st["body"]))
    S.append(d.statement(
        "Beslut i personalärenden inom kultur- och fritidsförvaltningen fattas enligt kommunstyrelsens "
        "delegationsordning del 3, personal- och upphandlingsärenden, eftersom kommunstyrelsen är "
        "anställningsmyndighet.", "kommunstyrelsen (enligt dess delegationsordning del 3)", st["body"]))
    S.append(Paragraph(
        "Vid förfall för en delegat beslutar den som förordnats som tillförordnad. Saknas sådan går "
        "beslutanderätten till närmast överordnad chef. Delegationsbeslut anmäls till nämnden vid nästa "
        "ordinarie sammanträde genom en förteckning som nämndsekreteraren sammanställer.", st["body"]))
    S.append(Paragraph("2. Förkortningar", st["h1"]))
    S.append(Paragraph("Delegater", st["h2"]))
    lt = Table([[Paragraph("<b>Kod</b>", st["cell"]), Paragraph("<b>Delegat</b>", st["cell"])]] +
               [[Paragraph(k, st["cell"]), Paragraph(esc(v), st["cell"])] for k, v in abbr.items()],
               colWidths=[18 * mm, 156 * mm], hAlign="LEFT")
    lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c9a")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))]))
    S.append(lt)
    S.append(Paragraph("Lagar", st["h2"]))
    li = list(laws.items())
    lt2 = Table([[Paragraph(li[i][0], st["cell"]), Paragraph(esc(li[i][1]), st["cell"]),
                  Paragraph(li[i + 3][0], st["cell"]), Paragraph(esc(li[i + 3][1]), st["cell"])] for i in range(3)],
                colWidths=[12 * mm, 70 * mm, 12 * mm, 80 * mm], hAlign="LEFT")
    lt2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c9a"))]))
    S.append(lt2)
    S.append(PageBreak())
    S.append(Paragraph("3. Delegationsförteckning", st["h1"]))

    rows = [
        ("A", "A. Allmänna ärenden"),
        ("A.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
         "6 kap. 39 § KL", "ORD", "Vid förhinder för ORD beslutar vice ordföranden. Anmäls vid nästa sammanträde."),
        ("A.2", "Beslut att avslå en begäran om att lämna ut allmän handling eller att lämna ut handlingen med "
                "förbehåll", "6 kap. 3 § OSL", "FC", None),
        ("A.3", "Beslut att avvisa ett överklagande som kommit in för sent", "45 § FL", "NS", None),
        ("A.4", "Yttrande till Polismyndigheten över ansökan om tillstånd till offentlig tillställning i "
                "nämndens anläggningar", "2 kap. 4 § OL", "FRC", "Ärenden av principiell betydelse lämnas till AU."),
        ("A.5", "Anmälan av personuppgiftsincident till Integritetsskyddsmyndigheten", "art. 33 DSF", "FC",
         "Inom 72 timmar från att incidenten upptäckts."),
        ("A.6", "Beslut att överklaga dom eller beslut i ärenden där delegaten har fattat det ursprungliga beslutet",
         "6 kap. 37 § KL", "FC", None),
        ("B", "B. Bidrag och stöd till föreningar och arrangörer"),
        ("B.1", "Beslut om lokalt aktivitetsstöd till föreningar enligt nämndens bidragsregler", "–", "FH",
         "Enligt fastställda bidragsregler."),
        ("B.2", "Beslut om projekt- och arrangemangsbidrag till förening eller enskild arrangör", "–", "FH",
         "Högst 25 000 kr per ansökan."),
        ("B.3", "Beslut om projekt- och arrangemangsbidrag över 25 000 kr", "–", "FC",
         "Över 25 000 kr och högst 100 000 kr per ansökan."),
        ("B.4", "Beslut om projekt- och arrangemangsbidrag över 100 000 kr", "–", "AU",
         "Över 100 000 kr och högst 300 000 kr per ansökan. Över 300 000 kr beslutar KFN."),
        ("B.5", "Beslut om anläggnings- och driftbidrag till föreningsägd idrottsanläggning eller samlingslokal",
         "–", "AU", "Inom beslutad budgetram."),
        ("B.6", "Beslut om återkrav av felaktigt utbetalt bidrag", "–", "FC", None),
        ("B.7", "Utseende av mottagare av kultur- och idrottsstipendium", "–", "AU",
         "Efter förslag från stipendiejuryn."),
        ("C", "C. Uthyrning av lokaler och anläggningar"),
        ("C.1", "Beslut om upplåtelse av idrottsanläggning, sporthall eller samlingslokal vid enstaka tillfälle",
         "–", "BA", "Enligt gällande taxa."),
        ("C.2", "Beslut om fördelning av säsongstider i nämndens sporthallar och på konstgräsplanen", "–", "FRC",
         None),
        ("C.3", "Beslut om nedsättning av eller befrielse från hyra för arrangemang av allmänt intresse", "–",
         "FRC", "Högst 20 000 kr per arrangemang."),
        ("C.4", "Beslut om nedsättning av eller befrielse från hyra över 20 000 kr per arrangemang", "–", "FC",
         None),
        ("C.5", "Beslut om att stänga av förening eller annan hyresgäst från nämndens anläggningar", "–", "FC",
         "Högst tre månader. Längre avstängning beslutas av AU."),
        ("C.6", "Tecknande av hyresavtal för lokal till nämndens egen verksamhet", "–", "FC",
         "Avtalstid högst fem år."),
        ("D", "D. Bibliotek, kultur och kulturskola"),
        ("D.1", "Beslut om att stänga av en besökare från biblioteket", "–", "BC", "Högst sex månader."),
        ("D.2", "Avskrivning av fordran på ersättning för förkommet eller skadat biblioteksmaterial", "–", "BC",
         "Högst 5 000 kr per låntagare."),
        ("D.3", "Inköp av konst till kommunens konstsamling", "–", "KC",
         "Högst 150 000 kr per verk. Över 150 000 kr beslutar AU."),
        ("D.4", "Avyttring eller gallring av konstverk ur kommunens konstsamling", "–", "AU", None),
        ("D.5", "Beslut om antagning till kulturskolan och om plats i kö", "–", "KSC", None),
        ("D.6", "Beslut om befrielse från eller nedsättning av avgift i kulturskolan", "–", "KSC",
         "Enligt kommunens taxa för kulturskolan."),
        ("E", "E. Ekonomi"),
        ("E.1", "Avskrivning av övriga fordringar", "–", "FC", "Högst 10 000 kr per fordran."),
        ("E.2", "Mottagande av gåva eller donation till nämnden", "–", "FC",
         "Högst 50 000 kr. Större gåvor beslutas av KFN."),
        ("F", "F. Upphandling"),
        ("F.1", "Direktupphandling av varor och tjänster inom budget", "19 kap. LOU", "AC", "Högst 200 000 kr."),
        ("F.2", "Upphandling, tilldelning och tecknande av avtal", "LOU", "FC",
         "Över 200 000 kr och högst 1 500 000 kr."),
        ("F.3", "Upphandling, tilldelning och tecknande av avtal över 1 500 000 kr", "LOU", "AU", None),
        ("F.4", "Beslut om att avbryta en upphandling", "12 kap. 3 § LOU", "FC", None),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d4e89")),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    hw = ParagraphStyle("hw", parent=st["cellb"], textColor=colors.white)
    data[0] = [Paragraph(h, hw) for h in ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]]
    for r in rows:
        i = len(data)
        if len(r) == 2:
            data.append([Paragraph(esc(r[1]), st["cellb"]), "", "", "", ""])
            cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8eef6"))]
            continue
        nr, matter, lag, code, cond = r
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, dec(code), code, cond, st["cell"]),
                     Paragraph(esc(lag), st["cellc"]), Paragraph(esc(code), st["cellc"]),
                     Paragraph(esc(cond or ""), st["cell"])])
    t = Table(data, colWidths=[11 * mm, 72 * mm, 25 * mm, 17 * mm, 49 * mm], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 2. Older KFN delegationsordning 2022 (one-line header band on every page,
#    Times, legend as "X = ..." lines, unruled table, top-aligned, header
#    not repeated, section labels in the first cell only)
# --------------------------------------------------------------------------
def build_kfn2022():
    st = styles("Times-Roman", 10.5)
    abbr = {
        "KFN": "kultur- och fritidsnämnden",
        "ORD": "ordföranden i kultur- och fritidsnämnden",
        "FC": "förvaltningschefen för kultur- och fritidsförvaltningen",
        "AC": "avdelningschef inom kultur- och fritidsförvaltningen",
        "KC": "kulturchefen",
        "BC": "bibliotekschefen",
        "FH": "föreningshandläggare",
        "BOK": "bokningen vid fritidsavdelningen",
    }
    d = Doc(KFN22,
            layout="one-line-header-band-unruled-table-legend-lines-first",
            title="Delegationsordning för kultur- och fritidsnämnden",
            doc_type="delegationsordning",
            decided_by="kultur- och fritidsnämnden",
            decision_date="2022-03-17",
            paragraph="§ 19",
            diarienummer="KFN 2022/31",
            valid_from="2022-04-01",
            valid_to=None,
            replaces=None,
            replaces_file=None,
            scope="kultur- och fritidsnämnden",
            owner=None,
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="upphävd",
            abbreviations=dict(abbr),
            notes="Older version (1.0), replaced from 2026-03-01 by the 2026 delegationsordning (version 2.0), "
                  "which names it in its Beslutshistorik; this document does not itself say that it has been "
                  "replaced. Metadata only in a shaded one-line header band on every page. Legend as 'X = ...' "
                  "lines before the table. Table without rules (only a line under the header), columns "
                  "Ärende/Delegat/Villkor/Lagrum, section labels as bold rows in the first column, header not "
                  "repeated on page 2.")
    band = ("Tallmora kommun  |  Kultur- och fritidsnämnden  |  Delegationsordning  |  Antagen 2022-03-17, § 19  |  "
            "Dnr KFN 2022/31  |  Gäller från 2022-04-01")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#e3e3e3"))
        c.rect(0, h - 16 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Times-Roman", 8.6)
        c.drawCentredString(w / 2, h - 12.6 * mm, band)
        c.restoreState()
        draw_footer(c, MARKER, f"– {c.getPageNumber()} –", font="Times-Italic", size=8)

    path = os.path.join(PDF_DIR, KFN22)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page, top=26 * mm, side=22 * mm)])
    S = []
    S.append(Paragraph("Delegationsordning för kultur- och fritidsnämnden", st["title"]))
    S.append(Paragraph(
        "Nämnden uppdrar enligt kommunallagen åt de delegater som anges nedan att fatta beslut på nämndens "
        "vägnar. Besluten anmäls till nämnden vid nästa sammanträde. Ärenden av principiell beskaffenhet "
        "lämnas alltid till nämnden.", st["body"]))
    S.append(Paragraph("Förkortningar", st["h2"]))
    for k, v in abbr.items():
        S.append(Paragraph(esc(f"{k} = {v}"), st["body"]))
    S.append(Spacer(1, 6))
    rows = [
        ("Allmänt",),
        ("Brådskande ärenden där nämndens avgörande inte kan avvaktas", "ORD", "Anmäls vid nästa sammanträde",
         "6 kap. 36 § KL"),
        ("Avslag på begäran om utlämnande av allmän handling", "FC", None, "6 kap. 3 § OSL"),
        ("Bidrag",),
        ("Lokalt aktivitetsstöd", "FH", "Enligt bidragsreglerna", "–"),
        ("Bidrag till projekt och arrangemang, högst 15 000 kr", "FH", None, "–"),
        ("Bidrag till projekt och arrangemang, över 15 000 kr och högst 75 000 kr", "FC", None, "–"),
        ("Bidrag till projekt och arrangemang över 75 000 kr", "KFN", "Ej delegerat", "–"),
        ("Lokaler och anläggningar",),
        ("Upplåtelse av lokal eller anläggning vid enstaka tillfälle", "BOK", "Enligt taxa", "–"),
        ("Nedsättning av hyra för arrangemang, högst 10 000 kr", "FC", None, "–"),
        ("Avstängning av förening från kommunens anläggningar", "KFN", "Ej delegerat", "–"),
        ("Bibliotek och kultur",),
        ("Avstängning av besökare från biblioteket", "BC", "Högst tre månader", "–"),
        ("Inköp av konst till konstsamlingen, högst 50 000 kr per verk", "KC", None, "–"),
        ("Upphandling",),
        ("Direktupphandling inom budget, högst 100 000 kr", "AC", None, "LOU"),
        ("Upphandling och avtal över 100 000 kr och högst 1 000 000 kr", "FC", None, "LOU"),
        ("Upphandling och avtal över 1 000 000 kr", "KFN", "Ej delegerat", "LOU"),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Ärende", "Delegat", "Villkor", "Lagrum"]]]
    for r in rows:
        if len(r) == 1:
            data.append([Paragraph("<b>%s</b>" % esc(r[0]), st["cell"]), "", "", ""])
            continue
        matter, code, cond, lag = r
        data.append([d.decision(matter, abbr[code], code, cond, st["cell"]), Paragraph(code, st["cell"]),
                     Paragraph(esc(cond or ""), st["cell"]), Paragraph(esc(lag), st["cell"])])
    # pad with spacing so that the table runs over the page break
    t = Table(data, colWidths=[84 * mm, 20 * mm, 40 * mm, 22 * mm], repeatRows=0)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
    S.append(t)
    S.append(Spacer(1, 10))
    S.append(Paragraph(
        "Delegationsordningen gäller från och med den 1 april 2022. Förvaltningschefen ansvarar för att "
        "delegaterna känner till den.", st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 3. Kommunstyrelsens delegationsordning del 3: personal och upphandling
#    (right-aligned metadata block, legend as a dash list, landscape table
#    pages with Ersättare and Vidaredelegation columns, section rows)
# --------------------------------------------------------------------------
def build_ks_del3():
    st = styles("Helvetica", 9.5)
    abbr = {
        "KS": "kommunstyrelsen",
        "KSAU": "kommunstyrelsens arbetsutskott",
        "PU": "kommunstyrelsens personalutskott",
        "KSO": "kommunstyrelsens ordförande",
        "KD": "kommundirektör",
        "FC": "förvaltningschef",
        "AC": "avdelningschef",
        "EC": "enhetschef",
        "HRC": "HR-chef",
        "FHC": "förhandlingschef",
        "UC": "upphandlingschef",
    }
    laws = {
        "LAS": "lagen (1982:80) om anställningsskydd",
        "MBL": "lagen (1976:580) om medbestämmande i arbetslivet",
        "LOU": "lagen (2016:1145) om offentlig upphandling",
        "AB": "Allmänna bestämmelser (kollektivavtal)",
    }
    d = Doc(KSD3,
            layout="right-aligned-metadata-block-landscape-table-ersattare-vidaredelegation",
            title="Kommunstyrelsens delegationsordning – del 3: Personal- och upphandlingsärenden",
            doc_type="delegationsordning",
            decided_by="kommunstyrelsen",
            decision_date="2025-12-09",
            paragraph="§ 231",
            diarienummer="KS 2025/402",
            valid_from="2026-01-01",
            valid_to=None,
            replaces="Kommunstyrelsens delegationsordning del 3, antagen 2023-12-12, § 244",
            replaces_file=None,
            scope="kommunstyrelsen som anställningsmyndighet för kommunens personal, och upphandling inom "
                  "kommunstyrelsens verksamhetsområde",
            owner="HR-chef",
            review_date="2026-12-31",
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**{k: v.lower() for k, v in abbr.items()}, **{k: v.lower() for k, v in laws.items()}},
            notes="Metadata in a right-aligned block at the top of page 1. Legend as a dash list on page 1. The "
                  "delegation table is on landscape pages (7 columns: Nr/Ärende/Delegat/Ersättare/"
                  "Vidaredelegation/Anmärkning/Lagrum), with section heading rows spanning all columns and the "
                  "header repeated. Rows 3.1.4 and 3.4.2 allow vidaredelegation. Row 3.5.4's condition says KS "
                  "decides over 20 000 000 kr; row 3.2.5's says KS decides beyond 12 månadslöner. Section 3.5 "
                  "covers only the kommunstyrelse's own area; the nämnder procure under their own "
                  "delegationsordningar. A closing portrait page has prose statements.")

    def on_portrait(c, doc):
        draw_footer(c, f"Tallmora kommun · Kommunstyrelsen · {MARKER}", f"{c.getPageNumber()}")

    def on_land(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(15 * mm, h - 10 * mm, "Kommunstyrelsens delegationsordning – del 3: Personal- och "
                                           "upphandlingsärenden")
        c.restoreState()
        draw_footer(c, f"Tallmora kommun · Kommunstyrelsen · {MARKER}", f"{c.getPageNumber()}", y=8 * mm)

    path = os.path.join(PDF_DIR, KSD3)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "port", on_portrait),
                          one_frame(doc, "land", on_land, pagesize=landscape(A4), top=15 * mm, bottom=14 * mm,
                                    side=15 * mm)])
    S = []
    head_l = Paragraph("<b>TALLMORA KOMMUN</b><br/>Kommunstyrelsen", st["body"])
    meta = [("Styrdokument", "Delegationsordning"), ("Beslutad av", "Kommunstyrelsen"),
            ("Datum", "2025-12-09, § 231"), ("Dnr", "KS 2025/402"), ("Gäller från", "2026-01-01"),
            ("Dokumentansvarig", "HR-chef"), ("Nästa översyn", "senast 2026-12-31")]
    mt = Table([[Paragraph(esc(a), st["small"]), Paragraph(esc(b), st["small"])] for a, b in meta],
               colWidths=[26 * mm, 34 * mm])
    mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                            ("LINEBEFORE", (0, 0), (0, -1), 1.2, colors.HexColor("#8a1c1c"))]))
    top = Table([[head_l, mt]], colWidths=[114 * mm, 60 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    S.append(top)
    S.append(Spacer(1, 14))
    S.append(Paragraph("Kommunstyrelsens delegationsordning – del 3: Personal- och upphandlingsärenden",
                       st["title"]))
    S.append(Paragraph(
        "Denna del av kommunstyrelsens delegationsordning omfattar personalärenden och upphandling. Del 1 "
        "(allmänna ärenden) och del 2 (ekonomi och fastigheter) beslutas separat.", st["body"]))
    S.append(d.statement(
        "Kommunstyrelsen är anställningsmyndighet för all personal i Tallmora kommun utom räddningschefen, som "
        "anställs av räddningsnämnden.", "kommunstyrelsen", st["body"]))
    S.append(d.statement(
        "Avsnitt 3.5 gäller upphandling inom kommunstyrelsens verksamhetsområde. Nämnderna beslutar om "
        "upphandling inom sina områden enligt sina egna delegationsordningar.", "respektive nämnd", st["body"]))
    S.append(Paragraph(
        "I kolumnen Ersättare anges vem som beslutar när delegaten har förfall. Vidaredelegation får bara ske "
        "där kolumnen Vidaredelegation anger det. Den som vidaredelegerar ska anmäla det till kommunstyrelsen.",
        st["body"]))
    S.append(Paragraph("Förkortningar", st["h2"]))
    for k, v in list(abbr.items()) + list(laws.items()):
        S.append(Paragraph(esc(f"{k} – {v}"), st["item"], bulletText="–"))
    S.append(NextPageTemplate("land"))
    S.append(PageBreak())
    S.append(Paragraph("Delegationsförteckning", st["h1"]))
    rows = [
        ("3.1 Anställning",),
        ("3.1.1", "Anställning av kommundirektör", "KS", "–", "Nej", "Efter beredning i PU.", "–"),
        ("3.1.2", "Anställning av förvaltningschef", "PU", "KSAU", "Nej", "Efter förslag från KD.", "–"),
        ("3.1.3", "Anställning av avdelningschef och annan chef som är direkt underställd förvaltningschef", "FC",
         "KD", "Nej", "Samråd med HRC före beslut.", "–"),
        ("3.1.4", "Tillsvidareanställning och visstidsanställning längre än sex månader av övrig personal", "FC",
         "AC", "Ja, till AC eller EC", None, "LAS"),
        ("3.1.5", "Visstidsanställning om högst sex månader", "EC", "AC", "–", None, "5 § LAS"),
        ("3.2 Lön och anställningsvillkor",),
        ("3.2.1", "Lönesättning vid nyanställning", "EC", "AC", "–",
         "Inom kommunens lönestruktur. Lön över lönestrukturen beslutas av HRC.", "–"),
        ("3.2.2", "Fastställande av ramar och inriktning för den årliga löneöversynen", "PU", "KSAU", "Nej", None,
         "–"),
        ("3.2.3", "Beviljande av tjänstledighet utan lön", "EC", "AC", "–", "Högst sex månader.", "AB"),
        ("3.2.4", "Beviljande av tjänstledighet utan lön längre än sex månader", "FC", "HRC", "–", None, "AB"),
        ("3.2.5", "Beslut om avgångsvederlag eller särskild avtalspension", "PU", "KSAU", "Nej",
         "Högst 12 månadslöner. Därutöver beslutar KS.", "–"),
        ("3.3 Avslut av anställning och disciplinära åtgärder",),
        ("3.3.1", "Uppsägning på grund av arbetsbrist", "KD", "HRC", "Nej", "Efter förhandling enligt MBL.",
         "7 § LAS"),
        ("3.3.2", "Uppsägning av personliga skäl", "HRC", "FHC", "Nej", None, "7 § LAS"),
        ("3.3.3", "Avsked", "PU", "KSO", "Nej", "I brådskande fall beslutar KSO.", "18 § LAS"),
        ("3.3.4", "Avstängning med eller utan lön", "HRC", "FHC", "–", None, "AB"),
        ("3.3.5", "Disciplinpåföljd i form av skriftlig varning", "FC", "HRC", "–", None, "AB"),
        ("3.4 Förhandling och kollektivavtal",),
        ("3.4.1", "Tecknande av lokala kollektivavtal", "FHC", "HRC", "Nej", None, "MBL"),
        ("3.4.2", "Förhandling enligt 11–14 §§ MBL inom förvaltningens område", "FC", "AC", "Ja, till AC", None,
         "MBL"),
        ("3.4.3", "Beslut att begära central förhandling i tvistefråga", "HRC", "FHC", "–", None, "MBL"),
        ("3.5 Upphandling inom kommunstyrelsens verksamhetsområde",),
        ("3.5.1", "Direktupphandling av varor och tjänster inom budget", "EC", "AC", "–",
         "Högst 100 000 kr per köp.", "19 kap. LOU"),
        ("3.5.2", "Direktupphandling över 100 000 kr", "AC", "FC", "–", "Över 100 000 kr och högst 700 000 kr.",
         "19 kap. LOU"),
        ("3.5.3", "Upphandling, tilldelning och tecknande av avtal över 700 000 kr", "KD", "UC", "Nej",
         "Över 700 000 kr och högst 5 000 000 kr i totalt kontraktsvärde.", "LOU"),
        ("3.5.4", "Upphandling, tilldelning och tecknande av avtal över 5 000 000 kr", "KSAU", "KSO", "Nej",
         "Över 5 000 000 kr och högst 20 000 000 kr. Över 20 000 000 kr beslutar KS.", "LOU"),
        ("3.5.5", "Beslut om att avbryta en upphandling", "UC", "KD", "Nej", None, "12 kap. 3 § LOU"),
        ("3.5.6", "Avrop från ramavtal som kommunen är ansluten till", "EC", "AC", "–",
         "Inom budget, utan beloppsgräns.", "–"),
        ("3.5.7", "Beslut om att föra talan i mål om överprövning av upphandling", "UC", "KD", "Nej", None,
         "20 kap. LOU"),
        ("3.5.8", "Förlängning av avtal enligt option i avtalet", "AC", "FC", "–", None, "–"),
    ]
    hdr = ["Nr", "Ärende", "Delegat", "Ersättare", "Vidaredelegation", "Anmärkning", "Lagrum"]
    data = [[Paragraph(h, st["cellb"]) for h in hdr]]
    cmds = [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d7d5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in rows:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(esc(r[0]), st["cellb"])] + [""] * 6)
            cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#faf0ef"))]
            continue
        nr, matter, code, ers, vd, cond, lag = r
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[code], code, cond, st["cell"]),
                     Paragraph(code, st["cell"]), Paragraph(esc(ers), st["cell"]), Paragraph(esc(vd), st["cell"]),
                     Paragraph(esc(cond or ""), st["cell"]), Paragraph(esc(lag), st["cell"])])
    t = Table(data, colWidths=[14 * mm, 82 * mm, 18 * mm, 18 * mm, 30 * mm, 75 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    S.append(NextPageTemplate("port"))
    S.append(PageBreak())
    S.append(Paragraph("Övriga bestämmelser", st["h1"]))
    S.append(d.statement("Löneöversyn för kommundirektören beslutas av kommunstyrelsens ordförande.",
                         "kommunstyrelsens ordförande", st["body"]))
    S.append(d.statement(
        "Beslut om att inrätta eller avveckla en förvaltning fattas av kommunfullmäktige.", "kommunfullmäktige",
        st["body"]))
    S.append(Paragraph(
        "Delegationsbeslut enligt denna del anmäls till kommunstyrelsen månadsvis genom utdrag ur "
        "personalsystemet respektive upphandlingsregistret. Beslut av PU och KSAU anmäls genom utskottens "
        "protokoll.", st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 4. Räddningsnämnden Tallmora–Brännvik: delegationsordning (gemensam
#    nämnd). Legend in its own small table, table without any rules,
#    metadata only in a closing prose paragraph.
# --------------------------------------------------------------------------
def build_rn_do():
    st = styles("Helvetica", 9.2)
    abbr = {
        "RN": "räddningsnämnden",
        "ORD": "räddningsnämndens ordförande",
        "VORD": "räddningsnämndens vice ordförande",
        "RC": "räddningschef",
        "STF": "ställföreträdande räddningschef",
        "AF": "avdelningschef för förebyggande avdelningen",
        "BI": "brandinspektör",
        "ADM": "administrativ chef vid räddningstjänsten",
    }
    laws = {
        "LSO": "lagen (2003:778) om skydd mot olyckor",
        "LBE": "lagen (2010:1011) om brandfarliga och explosiva varor",
        "KL": "kommunallagen (2017:725)",
        "OSL": "offentlighets- och sekretesslagen (2009:400)",
        "OL": "ordningslagen (1993:1617)",
        "LOU": "lagen (2016:1145) om offentlig upphandling",
    }
    d = Doc(RNDO,
            layout="legend-table-unruled-table-metadata-in-closing-paragraph",
            title="Delegationsordning för räddningsnämnden Tallmora–Brännvik",
            doc_type="delegationsordning",
            decided_by="räddningsnämnden tallmora–brännvik",
            decision_date="2026-02-05",
            paragraph="§ 8",
            diarienummer="RN 2026/12",
            valid_from="2026-03-01",
            valid_to=None,
            replaces="räddningsnämndens delegationsordning antagen 2023-06-15, § 41",
            replaces_file=None,
            scope="räddningsnämnden, gemensam nämnd för Tallmora kommun och Brännviks kommun",
            owner="räddningschef",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={**abbr, **laws},
            notes="Gemensam nämnd (Tallmora värdkommun, Brännvik samverkanskommun). Legend of delegates and laws "
                  "in a separate small table before the delegation table. The delegation table has no rules at "
                  "all (bold header, numbered section labels as bold rows), columns Nr/Ärende/Delegat/Ersättare/"
                  "Lagrum/Kommentar, header repeated. Vite limits in kr, ersättning in prisbasbelopp; rows 4.1 "
                  "and 5.2 say in the comment that RN decides above the limit. The decision metadata is only in "
                  "the closing paragraph 'Beslut om delegationsordningen' (date written out in words).")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#b03a2e"))
        c.drawString(18 * mm, h - 11 * mm, "RÄDDNINGSTJÄNSTEN TALLMORA–BRÄNNVIK")
        c.restoreState()
        draw_footer(c, f"{MARKER} – Räddningsnämnden Tallmora–Brännvik", f"Sida {c.getPageNumber()}")

    path = os.path.join(PDF_DIR, RNDO)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page, top=20 * mm)])
    S = []
    S.append(Paragraph("Delegationsordning för räddningsnämnden Tallmora–Brännvik", st["title"]))
    S.append(Paragraph(
        "Räddningsnämnden är en gemensam nämnd för Tallmora kommun och Brännviks kommun. Nämnden får uppdra åt "
        "en ledamot eller ersättare eller åt en anställd att besluta på nämndens vägnar i ett visst ärende eller "
        "en grupp av ärenden. Delegationsbeslut anmäls vid nämndens nästa sammanträde.", st["body"]))
    S.append(d.statement(
        "Beslut som räddningsledaren fattar under en pågående räddningsinsats är inte delegationsbeslut och "
        "omfattas inte av denna delegationsordning.", "räddningsledaren", st["body"]))
    S.append(d.statement("Räddningschefen beslutar vilka befattningshavare som får vara räddningsledare.",
                         "räddningschefen", st["body"]))
    S.append(Paragraph("Delegater och lagar", st["h2"]))
    leg = list(abbr.items()) + list(laws.items())
    half = (len(leg) + 1) // 2
    cells = []
    for i in range(half):
        a = leg[i]
        b = leg[i + half] if i + half < len(leg) else ("", "")
        cells.append([Paragraph("<b>%s</b>" % a[0], st["cell"]), Paragraph(esc(a[1]), st["cell"]),
                      Paragraph("<b>%s</b>" % b[0], st["cell"]), Paragraph(esc(b[1]), st["cell"])])
    lt = Table(cells, colWidths=[14 * mm, 70 * mm, 12 * mm, 76 * mm], hAlign="LEFT")
    lt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#b03a2e")),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeec")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(lt)
    S.append(Spacer(1, 8))
    rows = [
        ("1 Allmänna ärenden",),
        ("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "ORD", "VORD",
         "6 kap. 39 § KL", "Anmäls vid nästa sammanträde."),
        ("1.2", "Avslag på begäran om utlämnande av allmän handling", "ADM", "RC", "6 kap. 3 § OSL", None),
        ("1.3", "Yttrande till kommunerna i ärenden om detaljplan, bygglov och serveringstillstånd", "BI", "AF",
         "–", "Ärenden av principiell betydelse lämnas till RN."),
        ("1.4", "Yttrande till Polismyndigheten om tillstånd till offentlig tillställning och användning av "
                "pyrotekniska varor", "BI", "AF", "2 kap. 4 § OL", None),
        ("2 Tillsyn enligt LSO",),
        ("2.1", "Beslut om föreläggande eller förbud i enskilda fall", "BI", "AF", "5 kap. 2 § LSO", None),
        ("2.2", "Beslut om föreläggande eller förbud förenat med vite", "AF", "RC", "5 kap. 4 § LSO",
         "Vite högst 50 000 kr."),
        ("2.3", "Beslut om föreläggande eller förbud förenat med vite över 50 000 kr", "RN", "–", "5 kap. 4 § LSO",
         "Ej delegerat."),
        ("2.4", "Beslut om frister för rengöring (sotning) och brandskyddskontroll", "AF", "RC", "3 kap. 4 § LSO",
         None),
        ("2.5", "Medgivande för fastighetsägare att själv utföra eller låta annan utföra rengöring (sotning) på den "
                "egna fastigheten", "BI", "AF", "3 kap. 4 § LSO", "Kompetensen ska styrkas."),
        ("3 Tillstånd enligt LBE",),
        ("3.1", "Tillstånd till hantering av brandfarliga gaser och vätskor", "BI", "AF", "16 § LBE", None),
        ("3.2", "Tillstånd till hantering av explosiva varor", "AF", "RC", "16 § LBE",
         "Även försäljning av pyrotekniska varor."),
        ("3.3", "Godkännande av föreståndare för hantering av brandfarliga eller explosiva varor", "BI", "AF",
         "9 § LBE", None),
        ("3.4", "Återkallelse av tillstånd enligt LBE", "RC", "STF", "20 § LBE", None),
        ("3.5", "Föreläggande eller förbud enligt LBE förenat med vite", "AF", "RC", "25 § LBE",
         "Vite högst 50 000 kr."),
        ("4 Räddningstjänst och efterföljande åtgärder",),
        ("4.1", "Beslut om ersättning till enskild för skada som uppkommit vid ingrepp i annans rätt under en "
                "räddningsinsats", "RC", "STF", "6 kap. 2 § LSO",
         "Högst 1 prisbasbelopp per skadehändelse. Därutöver beslutar RN."),
        ("4.2", "Beslut om fördjupad olycksundersökning", "RC", "STF", "3 kap. 10 § LSO", None),
        ("4.3", "Tecknande av avtal med annan kommun eller räddningstjänst om samverkan vid räddningsinsats", "RC",
         "STF", "–", None),
        ("4.4", "Beslut om att kräva ersättning för räddningsinsats av den som orsakat ett utsläpp av skadliga "
                "ämnen", "RC", "STF", "7 kap. 3 § LSO", None),
        ("5 Ekonomi och upphandling",),
        ("5.1", "Direktupphandling av varor och tjänster inom budget", "ADM", "RC", "19 kap. LOU",
         "Högst 300 000 kr."),
        ("5.2", "Upphandling, tilldelning och tecknande av avtal", "RC", "STF", "LOU",
         "Över 300 000 kr och högst 2 000 000 kr. Över 2 000 000 kr beslutar RN."),
        ("5.3", "Avskrivning av fordran", "RC", "ADM", "–", "Högst 20 000 kr per fordran."),
        ("5.4", "Försäljning av utrangerade fordon och utrustning", "ADM", "RC", "–", "Högst 200 000 kr per objekt."),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Nr", "Ärende", "Delegat", "Ersättare", "Lagrum", "Kommentar"]]]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r in rows:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(esc(r[0]), st["cellb"]), "", "", "", "", ""])
            cmds += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 10)]
            continue
        nr, matter, code, ers, lag, cond = r
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[code], code, cond, st["cell"]),
                     Paragraph(code, st["cell"]), Paragraph(ers, st["cell"]), Paragraph(esc(lag), st["cell"]),
                     Paragraph(esc(cond or ""), st["cell"])])
    t = Table(data, colWidths=[10 * mm, 68 * mm, 16 * mm, 17 * mm, 24 * mm, 39 * mm], repeatRows=1)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    S.append(Spacer(1, 12))
    S.append(Paragraph("Beslut om delegationsordningen", st["h2"]))
    S.append(Paragraph(
        "Räddningsnämnden Tallmora–Brännvik antog denna delegationsordning vid sitt sammanträde den 5 februari "
        "2026, § 8 (dnr RN 2026/12). Delegationsordningen gäller från och med den 1 mars 2026 och ersätter "
        "nämndens delegationsordning antagen den 15 juni 2023, § 41. Räddningschefen ansvarar för att "
        "delegationsordningen hålls aktuell.", st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 5. Reglemente för räddningsnämnden Tallmora–Brännvik (KFS box top right on
#    every page, adoption lines under the title, §§ with hanging labels)
# --------------------------------------------------------------------------
def build_rn_reglemente():
    st = styles("Times-Roman", 10.5)
    d = Doc(RNREG,
            layout="kfs-box-header-hanging-paragraph-labels",
            title="Reglemente för räddningsnämnden Tallmora–Brännvik",
            doc_type="reglemente",
            decided_by="kommunfullmäktige",
            decision_date="2025-11-24",
            paragraph="§ 128",
            diarienummer="KS 2025/311",
            valid_from="2026-01-01",
            valid_to=None,
            replaces="reglemente för räddningsnämnden antaget av respektive fullmäktige 2018",
            replaces_file=None,
            scope="räddningsnämnden, gemensam nämnd för Tallmora kommun och Brännviks kommun",
            owner=None,
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={"TFS": "tallmora kommuns författningssamling", "LSO": "lagen (2003:778) om skydd mot "
                           "olyckor", "LBE": "lagen (2010:1011) om brandfarliga och explosiva varor"},
            notes="Adopted by both fullmäktige: Tallmora KF 2025-11-24 § 128 (recorded in decided_by/"
                  "decision_date/paragraph, Tallmora is värdkommun) and Brännvik KF 2025-11-27 § 89. KFS box "
                  "'TFS 2025:14' at the top right of every page. Decision rights only in prose.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, h - 14 * mm, "Tallmora kommuns författningssamling")
        c.setLineWidth(0.8)
        c.rect(w - 58 * mm, h - 19 * mm, 38 * mm, 11 * mm)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(w - 39 * mm, h - 15.5 * mm, "TFS 2025:14")
        c.restoreState()
        draw_footer(c, MARKER, f"TFS 2025:14 · sida {c.getPageNumber()}", font="Times-Roman", size=8)

    path = os.path.join(PDF_DIR, RNREG)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page, top=28 * mm, side=20 * mm)])
    S = []
    S.append(Paragraph("Reglemente för räddningsnämnden Tallmora–Brännvik", st["title"]))
    S.append(Paragraph(
        "Antaget av kommunfullmäktige i Tallmora kommun 2025-11-24, § 128, och av kommunfullmäktige i Brännviks "
        "kommun 2025-11-27, § 89. Dnr KS 2025/311.", st["ital"]))
    S.append(Spacer(1, 6))

    def para(label, heading, parts):
        """parts: list of str or (sentence, decider)"""
        flow = [Paragraph("<b>%s</b>" % esc(heading), st["body"])]
        for p in parts:
            if isinstance(p, tuple):
                flow.append(d.statement(p[0], p[1], st["body"]))
            else:
                flow.append(Paragraph(esc(p), st["body"]))
        t = Table([[Paragraph("<b>%s</b>" % label, st["body"]), flow]], colWidths=[14 * mm, 156 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    S.append(para("§ 1", "Samverkan och värdkommun", [
        "Tallmora kommun och Brännviks kommun har en gemensam nämnd för räddningstjänst, räddningsnämnden "
        "Tallmora–Brännvik.",
        "Tallmora kommun är värdkommun och nämnden ingår i Tallmora kommuns organisation. Utöver detta "
        "reglemente gäller ett samverkansavtal mellan kommunerna."]))
    S.append(para("§ 2", "Uppgifter", [
        "Nämnden fullgör kommunernas uppgifter enligt LSO och LBE, med undantag av det som enligt lag eller "
        "detta reglemente ska beslutas av fullmäktige. Nämnden ansvarar för tillsyn, tillstånd, rådgivning och "
        "information samt för räddningsinsatser i båda kommunerna.",
        ("Handlingsprogram enligt 3 kap. 8 § LSO antas av fullmäktige i respektive kommun efter förslag från "
         "nämnden.", "kommunfullmäktige i respektive kommun"),
        ("Taxor för tillsyn enligt LSO och för tillstånd enligt LBE fastställs av fullmäktige i respektive "
         "kommun.", "kommunfullmäktige i respektive kommun")]))
    S.append(para("§ 3", "Brandstationer och organisation", [
        ("Beslut om att inrätta eller avveckla en brandstation fattas av fullmäktige i båda kommunerna.",
         "kommunfullmäktige i båda kommunerna"),
        ("Nämnden beslutar om räddningstjänstens organisation i övrigt, inom den budget som fullmäktige har "
         "fastställt.", "räddningsnämnden")]))
    S.append(para("§ 4", "Sammansättning", [
        "Nämnden består av fem ledamöter och fem ersättare. Tallmora kommun väljer tre ledamöter och tre "
        "ersättare och Brännviks kommun väljer två ledamöter och två ersättare.",
        "Ordföranden väljs bland ledamöterna från Tallmora kommun och vice ordföranden bland ledamöterna från "
        "Brännviks kommun."]))
    S.append(para("§ 5", "Sammanträden", [
        "Nämnden sammanträder minst sex gånger per år. Ordföranden kallar till extra sammanträde när minst två "
        "ledamöter begär det."]))
    S.append(para("§ 6", "Ekonomi", [
        "Kostnaderna för nämndens verksamhet fördelas mellan kommunerna efter antalet invånare den 1 november "
        "året före budgetåret.",
        ("Nämndens budget beslutas av kommunfullmäktige i Tallmora kommun efter samråd med Brännviks kommun.",
         "kommunfullmäktige i tallmora kommun (värdkommunen)")]))
    S.append(para("§ 7", "Personal", [
        ("Räddningschefen anställs av nämnden efter samråd med kommundirektörerna i båda kommunerna.",
         "räddningsnämnden"),
        "Övrig personal är anställd i Tallmora kommun."]))
    S.append(para("§ 8", "Delegering och brådskande ärenden", [
        "Nämnden får uppdra åt ordföranden, en ledamot eller en anställd att besluta på nämndens vägnar enligt "
        "6 kap. 37 § kommunallagen.",
        ("Nämnden fastställer själv sin delegationsordning.", "räddningsnämnden")]))
    S.append(para("§ 9", "Rapportering", [
        "Nämnden rapporterar till fullmäktige i båda kommunerna två gånger per år: i delårsrapporten per den 31 "
        "augusti och i årsredovisningen."]))
    S.append(para("§ 10", "Arkiv", [
        "Nämndens arkiv förvaras hos Tallmora kommun. Arkivmyndighet är kommunstyrelsen i Tallmora kommun."]))
    S.append(para("§ 11", "Ikraftträdande", [
        "Reglementet gäller från och med den 1 januari 2026. Det ersätter det reglemente för räddningsnämnden "
        "som respektive fullmäktige antog 2018."]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 6. Överförmyndarnämndens delegationsordning (cover page with a framed
#    metadata table, legend table, horizontal rules only, cells vertically
#    centred, header NOT repeated over the page break)
# --------------------------------------------------------------------------
def build_ofn():
    st = styles("Helvetica", 9.5)
    abbr = {
        "ÖFN": "Överförmyndarnämnden",
        "ORD": "Överförmyndarnämndens ordförande",
        "VORD": "Överförmyndarnämndens vice ordförande",
        "ÖC": "Överförmyndarchef",
        "HL": "Handläggare vid överförmyndarkansliet",
        "FB": "Föräldrabalken (1949:381)",
        "KL": "Kommunallagen (2017:725)",
        "OSL": "Offentlighets- och sekretesslagen (2009:400)",
        "LGEB": "Lagen (2005:429) om god man för ensamkommande barn",
    }
    d = Doc(OFN,
            layout="cover-page-framed-metadata-table-horizontal-rules-vcentred-no-repeat",
            title="Delegationsordning för överförmyndarnämnden",
            doc_type="delegationsordning",
            decided_by="överförmyndarnämnden",
            decision_date="2025-09-18",
            paragraph="§ 44",
            diarienummer="ÖFN 2025/27",
            valid_from="2025-10-01",
            valid_to=None,
            replaces="Delegationsordning för överförmyndarnämnden, antagen 2021-10-21, § 51",
            replaces_file=None,
            scope="överförmyndarnämndens verksamhet i Tallmora kommun",
            owner="överförmyndarchef",
            review_date="2027-09-30",
            publication_stated="extern",
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={k: v.lower() for k, v in abbr.items()},
            notes="Cover page with a framed metadata table (Beslutsinstans, Beslutsdatum, Paragraf, "
                  "Diarienummer, Gäller från, Ersätter, Dokumentägare, Nästa revidering, Publicering: "
                  "kommunens webbplats). Legend table on page 2. Delegation table with horizontal rules only, "
                  "cells vertically centred, running over a page break without a repeated header. Limits in "
                  "prisbasbelopp and kr. Row 2.6 is not delegated (ÖFN), with ORD in urgent cases.")

    def on_page(c, doc):
        draw_footer(c, f"Överförmyndarnämnden, Tallmora kommun · {MARKER}", f"{c.getPageNumber()}",
                    color="#2e5e4e")

    path = os.path.join(PDF_DIR, OFN)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page)])
    S = []
    big = ParagraphStyle("big", parent=st["title"], fontSize=26, leading=32, alignment=TA_CENTER,
                         textColor=colors.HexColor("#2e5e4e"))
    S.append(Spacer(1, 45 * mm))
    S.append(Paragraph("Delegationsordning för överförmyndarnämnden", big))
    S.append(Spacer(1, 6))
    S.append(Paragraph("Tallmora kommun", st["center"]))
    S.append(Spacer(1, 40 * mm))
    meta = [("Beslutsinstans", "Överförmyndarnämnden"), ("Beslutsdatum", "2025-09-18"), ("Paragraf", "§ 44"),
            ("Diarienummer", "ÖFN 2025/27"), ("Gäller från", "2025-10-01"),
            ("Ersätter", "Delegationsordning för överförmyndarnämnden, antagen 2021-10-21, § 51"),
            ("Dokumentägare", "Överförmyndarchef"), ("Nästa revidering", "Senast 2027-09-30"),
            ("Publicering", "Kommunens webbplats")]
    mt = Table([[Paragraph(esc(a), st["cellb"]), Paragraph(esc(b), st["cell"])] for a, b in meta],
               colWidths=[40 * mm, 100 * mm])
    mt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2e5e4e")),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#9fbfb3")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(mt)
    S.append(PageBreak())
    S.append(Paragraph("Om delegationsordningen", st["h1"]))
    S.append(Paragraph(
        "Överförmyndarnämnden utövar tillsyn över förmyndare, gode män och förvaltare. Nämnden får enligt "
        "19 kap. 14 § FB och 6 kap. 37 § KL delegera beslutanderätt till en ledamot eller en anställd. Beslut "
        "som fattas med stöd av föräldrabalken behöver inte anmälas till nämnden. Övriga delegationsbeslut "
        "anmäls vid nästa sammanträde.", st["body"]))
    S.append(d.statement(
        "Överförmyndarnämnden beslutar själv om arvodesriktlinjer och om nämndens internkontrollplan.",
        "överförmyndarnämnden", st["body"]))
    S.append(Paragraph(
        "Ärenden där delegaten bedömer att frågan är av principiell betydelse, eller där huvudmannen eller "
        "ställföreträdaren motsätter sig beslutet, får lämnas till nämnden för avgörande.", st["body"]))
    S.append(Paragraph("Förkortningar", st["h1"]))
    lt = Table([[Paragraph("<b>Förkortning</b>", st["cell"]), Paragraph("<b>Betydelse</b>", st["cell"])]] +
               [[Paragraph(k, st["cell"]), Paragraph(esc(v), st["cell"])] for k, v in abbr.items()],
               colWidths=[26 * mm, 110 * mm], hAlign="LEFT")
    lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fbfb3")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4efe9"))]))
    S.append(lt)
    S.append(Spacer(1, 8))
    S.append(Paragraph("Delegationsförteckning", st["h1"]))
    rows = [
        ("1", "Allmänna ärenden"),
        ("1.1", "Beslut i brådskande ärenden där nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL", "ORD",
         "Vid förhinder beslutar VORD."),
        ("1.2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll", "6 kap. 3 § OSL",
         "ÖC", None),
        ("1.3", "Beslut att överklaga tingsrättens beslut i ärende om godmanskap eller förvaltarskap", "–", "ÖC",
         None),
        ("2", "Ställföreträdare"),
        ("2.1", "Ansökan eller anmälan till tingsrätten om behov av god man", "11 kap. 4 och 15 §§ FB", "HL", None),
        ("2.2", "Ansökan till tingsrätten om anordnande av förvaltarskap", "11 kap. 7 och 15 §§ FB", "ÖC", None),
        ("2.3", "Förordnande av god man när förmyndaren är förhindrad på grund av jäv", "11 kap. 1 § FB", "HL",
         None),
        ("2.4", "Förordnande och entledigande av god man för ensamkommande barn", "2 och 6 §§ LGEB", "HL", None),
        ("2.5", "Entledigande av god man eller förvaltare på egen begäran", "11 kap. 19 § FB", "HL", None),
        ("2.6", "Entledigande av god man eller förvaltare som visat sig olämplig", "11 kap. 20 § FB", "ÖFN",
         "Ej delegerat. I brådskande fall beslutar ORD."),
        ("3", "Förvaltning och samtycken"),
        ("3.1", "Samtycke till uttag från konto med överförmyndarspärr", "13 kap. 8 § och 14 kap. 14 § FB", "HL",
         "Högst 2 prisbasbelopp per kalenderår och huvudman."),
        ("3.2", "Samtycke till uttag från konto med överförmyndarspärr över 2 prisbasbelopp per kalenderår",
         "13 kap. 8 § och 14 kap. 14 § FB", "ÖC", None),
        ("3.3", "Samtycke till försäljning av fastighet eller bostadsrätt", "14 kap. 11 § FB", "ÖC",
         "Värdering från oberoende värderingsman krävs."),
        ("3.4", "Samtycke till arvskifte och bodelning", "15 kap. 6 § FB", "HL", None),
        ("3.5", "Beslut om att medge förenklad redovisning", "–", "HL",
         "När tillgångarna understiger 1 prisbasbelopp."),
        ("4", "Tillsyn och arvoden"),
        ("4.1", "Granskning av årsräkning och sluträkning", "16 kap. 1 § FB", "HL", None),
        ("4.2", "Föreläggande vid vite att lämna in förteckning, årsräkning eller sluträkning", "16 kap. 13 § FB",
         "ÖC", "Vitesbelopp högst 10 000 kr."),
        ("4.3", "Beslut om arvode och ersättning för utgifter till ställföreträdare", "12 kap. 16 § FB", "HL",
         "Enligt nämndens arvodesriktlinjer."),
        ("4.4", "Beslut om arvode som avviker från nämndens arvodesriktlinjer", "12 kap. 16 § FB", "ÖC", None),
        ("4.5", "Beslut om att arvode ska betalas av kommunen", "12 kap. 16 § FB", "HL", None),
    ]
    data = [[Paragraph(h, st["cellb"]) for h in ["Nr", "Ärende", "Lagrum", "Delegat", "Villkor"]]]
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#2e5e4e")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fbfb3")),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#2e5e4e")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r in rows:
        i = len(data)
        if len(r) == 2:
            data.append([Paragraph("<b>%s</b>" % r[0], st["cell"]), Paragraph("<b>%s</b>" % esc(r[1]), st["cell"]),
                         "", "", ""])
            cmds += [("SPAN", (1, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e4efe9"))]
            continue
        nr, matter, lag, code, cond = r
        data.append([Paragraph(nr, st["cell"]), d.decision(matter, abbr[code].lower(), code, cond, st["cell"]),
                     Paragraph(esc(lag), st["cell"]), Paragraph(code, st["cellc"]),
                     Paragraph(esc(cond or ""), st["cell"])])
    t = Table(data, colWidths=[10 * mm, 72 * mm, 34 * mm, 16 * mm, 42 * mm], repeatRows=0)
    t.setStyle(TableStyle(cmds))
    S.append(t)
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 7. Ägardirektiv för Tallmora Arena och Fritid AB (form-like grid header
#    with small labels above values, numbered sections, lettered lists)
# --------------------------------------------------------------------------
def build_agardirektiv():
    st = styles("Helvetica", 9.5)
    d = Doc(AGD,
            layout="form-grid-header-label-over-value-numbered-sections-lettered-lists",
            title="Ägardirektiv för Tallmora Arena och Fritid AB",
            doc_type="ägardirektiv",
            decided_by="kommunfullmäktige",
            decision_date="2025-06-16",
            paragraph="§ 77",
            diarienummer="KS 2025/198",
            valid_from="2025-07-01",
            valid_to=None,
            replaces="Ägardirektiv för Tallmora Arena och Fritid AB, antaget av kommunfullmäktige 2020-04-27, § 39",
            replaces_file=None,
            scope="Tallmora Arena och Fritid AB (helägt kommunalt bolag)",
            owner="kommundirektör",
            review_date="2027-06-30",
            publication_stated=None,
            publication="extern",
            status_2026_11_26="gällande",
            abbreviations={"KF": "kommunfullmäktige", "KS": "kommunstyrelsen", "mnkr": "miljoner kronor"},
            notes="Form-like grid header on page 1 (small labels over values: Dokumenttyp, Beslutande, "
                  "Beslutsdatum och paragraf, Diarienummer, Giltighetstid, Dokumentansvarig, Aktualitetsprövning, "
                  "Ersätter). Section 6 is a lettered list of what the bolag must let KF take a position on "
                  "(decider kommunfullmäktige); section 7 a lettered list of matters needing samråd with KS "
                  "(recorded with decider 'bolagets styrelse efter samråd med kommunstyrelsen'). Amounts in "
                  "mnkr. Föreningstaxor follow the KF taxa for idrotts- och fritidsanläggningar.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setStrokeColor(colors.HexColor("#0b6e4f"))
        c.setLineWidth(2)
        c.line(18 * mm, h - 12 * mm, w - 18 * mm, h - 12 * mm)
        c.restoreState()
        draw_footer(c, f"Ägardirektiv · Tallmora Arena och Fritid AB · {MARKER}", f"Sida {c.getPageNumber()}")

    path = os.path.join(PDF_DIR, AGD)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page, top=18 * mm)])
    S = []
    lab = ParagraphStyle("lab", parent=st["small"], fontSize=6.8, leading=8, textColor=colors.HexColor("#555555"))
    val = ParagraphStyle("val", parent=st["cell"], fontSize=8.6, leading=10.5)

    def cell(a, b):
        return [Paragraph(esc(a), lab), Paragraph(esc(b), val)]

    grid = [[cell("Dokumenttyp", "Ägardirektiv"), cell("Beslutande", "Kommunfullmäktige"),
             cell("Beslutsdatum och paragraf", "2025-06-16, § 77"), cell("Diarienummer", "KS 2025/198")],
            [cell("Giltighetstid", "Från 2025-07-01 och tills vidare"), cell("Dokumentansvarig", "Kommundirektör"),
             cell("Aktualitetsprövning", "Senast 2027-06-30"),
             cell("Ersätter", "Ägardirektiv antaget av KF 2020-04-27, § 39")]]
    gt = Table(grid, colWidths=[43.5 * mm] * 4)
    gt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#0b6e4f")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(gt)
    S.append(Spacer(1, 12))
    S.append(Paragraph("Ägardirektiv för Tallmora Arena och Fritid AB", st["title"]))
    S.append(Paragraph("1 Inledning", st["h1"]))
    S.append(Paragraph(
        "Tallmora Arena och Fritid AB (bolaget) ägs till 100 procent av Tallmora kommun. Detta ägardirektiv "
        "kompletterar bolagsordningen och kommunens ägarpolicy. Ägardirektivet blir bindande för bolaget när det "
        "har fastställts på bolagsstämma.", st["body"]))
    S.append(Paragraph("2 Verksamhet och ändamål", st["h1"]))
    S.append(Paragraph(
        "Bolaget ska äga, förvalta och driva Tallmora simhall, Björkvallens ishall och Tallmora Arena. Syftet "
        "är att ge kommunens invånare, föreningsliv och besökare tillgång till ändamålsenliga anläggningar för "
        "idrott, motion och evenemang. Verksamheten ska bedrivas enligt kommunala principer och får inte ha "
        "vinst som huvudsakligt syfte.", st["body"]))
    S.append(Paragraph("3 Styrelse och ägarens organ", st["h1"]))
    S.append(d.statement(
        "Bolagets styrelse består av fem ledamöter och två ersättare, som utses av kommunfullmäktige för "
        "tiden från ordinarie bolagsstämma efter val till fullmäktige till slutet av den stämma som följer "
        "därefter.", "kommunfullmäktige", st["body"]))
    S.append(d.statement("Kommunstyrelsen utser ombud till bolagsstämman och ger ombudet instruktioner.",
                         "kommunstyrelsen", st["body"]))
    S.append(Paragraph("4 Ekonomiska mål", st["h1"]))
    for t in ["Soliditeten ska uppgå till minst 25 procent.",
              "Bolaget ska inte lämna utdelning till ägaren. Överskott ska användas till underhåll och "
              "utveckling av anläggningarna.",
              "Kommunens driftbidrag till bolaget fastställs årligen i kommunens budget."]:
        S.append(Paragraph(esc(t), st["item"], bulletText="•"))
    S.append(Paragraph("5 Investeringar och prissättning", st["h1"]))
    S.append(d.statement(
        "Investeringar upp till 8 mnkr per investeringsobjekt beslutas av bolagets styrelse inom ramen för "
        "fastställd budget.", "bolagets styrelse", st["body"]))
    S.append(d.statement(
        "Föreningstaxor i bolagets anläggningar ska följa den taxa för idrotts- och fritidsanläggningar som "
        "kommunfullmäktige fastställer.", "kommunfullmäktige", st["body"]))
    S.append(Paragraph(
        "Avgifter för allmänhetens bad och skridsko beslutas av bolagets styrelse, med beaktande av att "
        "anläggningarna ska vara tillgängliga för alla.", st["body"]))
    S.append(Paragraph("6 Kommunfullmäktiges ställningstagande", st["h1"]))
    S.append(Paragraph(
        "Bolaget ska bereda kommunfullmäktige möjlighet att ta ställning innan beslut fattas i följande "
        "frågor:", st["body"]))
    kf_items = [
        "investering som överstiger 25 mnkr per investeringsobjekt,",
        "bildande, förvärv eller avveckling av dotterbolag,",
        "köp eller försäljning av fast egendom till ett värde över 10 mnkr,",
        "nyupplåning som medför att bolagets samlade låneskuld överstiger 180 mnkr,",
        "förändring av principerna för föreningstaxor i bolagets anläggningar.",
    ]
    for i, t in enumerate(kf_items):
        S.append(d.decision(t, "kommunfullmäktige", None, None, st["item"], bulletText="abcde"[i] + ")"))
    S.append(Paragraph("7 Samråd med kommunstyrelsen", st["h1"]))
    S.append(Paragraph("Bolaget ska samråda med kommunstyrelsen innan beslut fattas i följande frågor:",
                       st["body"]))
    ks_items = [
        "investering över 8 mnkr och upp till 25 mnkr per investeringsobjekt,",
        "ändring av öppettiderna i simhallen som minskar allmänhetens tillgång med mer än tio procent,",
        "tillsättning och entledigande av verkställande direktör.",
    ]
    for i, t in enumerate(ks_items):
        S.append(d.decision(t, "bolagets styrelse efter samråd med kommunstyrelsen", None, None, st["item"],
                            bulletText="abc"[i] + ")"))
    S.append(Paragraph("8 Rapportering", st["h1"]))
    S.append(Paragraph(
        "Bolaget ska lämna delårsrapport per den 31 augusti och årsredovisning till kommunstyrelsen. Styrelsens "
        "protokoll ska löpande sändas till kommunstyrelsen för kännedom.", st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 8. Taxa för uthyrning av idrotts- och fritidsanläggningar 2027 (not yet in
#    force). Decision line in the footer of every page, two-column general
#    rules on page 1, price table on page 2.
# --------------------------------------------------------------------------
def build_taxa():
    st = styles("Helvetica", 9.3)
    d = Doc(TAXA,
            layout="footer-decision-line-two-column-rules-price-table",
            title="Taxa för uthyrning av idrotts- och fritidsanläggningar 2027",
            doc_type="taxa",
            decided_by="kommunfullmäktige",
            decision_date="2026-10-26",
            paragraph="§ 142",
            diarienummer="KS 2026/288",
            valid_from="2027-01-01",
            valid_to=None,
            replaces="taxa för uthyrning av idrotts- och fritidsanläggningar, antagen av kommunfullmäktige "
                     "2023-11-20, § 118",
            replaces_file=None,
            scope="uthyrning av kommunens idrotts- och fritidsanläggningar samt Tallmora Arena och Fritid AB:s "
                  "anläggningar till föreningar",
            owner=None,
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="ej ikraft",
            abbreviations={},
            notes="Decided 2026-10-26 but in force only from 2027-01-01, so 'ej ikraft' on 2026-11-26. The "
                  "decision (KF, date, §, dnr, in force from) is printed in the footer of every page and again "
                  "in the closing rule 12. Page 1: general rules in two columns; page 2: price table (rates "
                  "per hour for barn- och ungdomsförening / vuxenförening / övriga). The taxa it replaces "
                  "(2023) is not in the collection.")
    foot = (f"{MARKER} · Beslutad av kommunfullmäktige 2026-10-26, § 142 · Dnr KS 2026/288 · "
            "Gäller från 2027-01-01")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#f4b400"))
        c.rect(18 * mm, h - 13 * mm, 6 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(26 * mm, h - 11.5 * mm, "Tallmora kommun")
        c.restoreState()
        draw_footer(c, foot, f"{c.getPageNumber()}", size=7)

    path = os.path.join(PDF_DIR, TAXA)
    doc = make_doc(path, [], title=d.meta["title"])
    w, h = A4
    top, bottom, side, gap = 20 * mm, 18 * mm, 18 * mm, 8 * mm
    title_h = 34 * mm
    colw = (w - 2 * side - gap) / 2
    colh = h - top - bottom - title_h
    t_title = Frame(side, h - top - title_h, w - 2 * side, title_h, id="tt")
    t_c1 = Frame(side, bottom, colw, colh, id="c1")
    t_c2 = Frame(side + colw + gap, bottom, colw, colh, id="c2")
    doc.addPageTemplates([PageTemplate(id="two", frames=[t_title, t_c1, t_c2], onPage=on_page),
                          one_frame(doc, "one", on_page, top=top)])
    S = []
    S.append(Paragraph("Taxa för uthyrning av idrotts- och fritidsanläggningar 2027", st["title"]))
    S.append(Paragraph("Avgifter för föreningar, företag och privatpersoner som hyr kommunens sporthallar, "
                       "gymnastiksalar, planer och samlingslokaler samt föreningstider i Tallmora Arena och "
                       "Fritid AB:s anläggningar.", st["body"]))
    S.append(FrameBreak())
    S.append(Paragraph("Allmänna bestämmelser", st["h2"]))
    rules = [
        ("1. Tillämpning", "Taxan gäller uthyrning av de anläggningar och lokaler som anges i prislistan. "
                           "Föreningstider i simhallen, ishallen och arenan debiteras av bolaget enligt samma taxa."),
        ("2. Kategorier", "Barn- och ungdomsförening är en förening som är registrerad hos kommunen och vars "
                          "verksamhet till minst hälften riktar sig till deltagare 7–20 år. Vuxenförening är "
                          "övriga registrerade föreningar. Övriga är företag, privatpersoner och föreningar som "
                          "inte är registrerade hos kommunen."),
        ("3. Bokning", "Bokning görs via kommunens bokningssystem. Säsongstider fördelas två gånger per år."),
        ("4. Avbokning", "Avbokning senare än 48 timmar före hyrestillfället debiteras med full avgift."),
        ("5. Moms", "Avgifterna för övriga anges inklusive moms där moms ska betalas."),
    ]
    for h2, txt in rules:
        S.append(Paragraph("<b>%s</b> %s" % (esc(h2), esc(txt)), st["body"]))
    S.append(Paragraph("<b>6. Nedsättning och befrielse</b>", st["body"]))
    S.append(d.statement(
        "Kultur- och fritidsnämnden får i enskilda fall besluta om nedsättning av eller befrielse från avgift "
        "enligt denna taxa.", "kultur- och fritidsnämnden", st["body"]))
    S.append(FrameBreak())
    S.append(Paragraph("<b>7. Anläggningar som saknas i taxan</b>", st["body"]))
    S.append(d.statement(
        "Kultur- och fritidsnämnden får besluta om avgift för anläggning eller lokal som inte finns med i "
        "taxan, i nivå med jämförbara anläggningar.", "kultur- och fritidsnämnden", st["body"]))
    for h2, txt in [
        ("8. Skador", "Hyresgästen ersätter skador på lokal och utrustning som uppkommit under hyrestiden."),
        ("9. Städning", "Om lokalen inte lämnas i städat skick debiteras städning med 450 kr per timme."),
        ("10. Nycklar och taggar", "Förlorad tagg ersätts med 200 kr."),
        ("11. Indexering", "Avgifterna räknas inte upp under året."),
        ("12. Ikraftträdande", "Taxan gäller från och med den 1 januari 2027 och ersätter taxan för uthyrning "
                               "av idrotts- och fritidsanläggningar som kommunfullmäktige antog den 20 november "
                               "2023, § 118."),
    ]:
        S.append(Paragraph("<b>%s</b> %s" % (esc(h2), esc(txt)), st["body"]))
    S.append(NextPageTemplate("one"))
    S.append(PageBreak())
    S.append(Paragraph("Prislista", st["h1"]))
    S.append(Paragraph("Avgift per timme om inte annat anges.", st["small"]))
    S.append(Spacer(1, 4))
    price = [
        ["Anläggning", "Enhet", "Barn- och ungdomsförening", "Vuxenförening", "Övriga"],
        ["Sporthall, hel hall", "per timme", "0 kr", "210 kr", "560 kr"],
        ["Sporthall, halv hall", "per timme", "0 kr", "120 kr", "320 kr"],
        ["Gymnastiksal", "per timme", "0 kr", "90 kr", "240 kr"],
        ["Konstgräsplan, 11-manna", "per timme", "0 kr", "260 kr", "700 kr"],
        ["Konstgräsplan, 7-manna", "per timme", "0 kr", "150 kr", "400 kr"],
        ["Björkvallens ishall", "per timme", "150 kr", "650 kr", "1 400 kr"],
        ["Tallmora simhall, banhyra", "per bana och timme", "60 kr", "140 kr", "300 kr"],
        ["Samlingssalen i Tallmora kulturhus", "per tillfälle, högst 5 timmar", "300 kr", "800 kr", "2 500 kr"],
        ["Tallmora Arena, evenemang", "per dag", "3 000 kr", "6 000 kr", "18 000 kr"],
    ]
    pt = Table([[Paragraph(esc(x), st["cellb"] if i == 0 else st["cell"]) for x in r] for i, r in enumerate(price)],
               colWidths=[56 * mm, 38 * mm, 30 * mm, 25 * mm, 25 * mm])
    pt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fdeab0")),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#fbf6e6")]),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    S.append(pt)
    S.append(Spacer(1, 8))
    S.append(Paragraph(
        "Barn- och ungdomsföreningar betalar inte för sporthall, gymnastiksal och konstgräsplan under "
        "vardagar före klockan 21.00. Efter klockan 21.00 och på helger gäller avgiften för vuxenförening.",
        st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 9. Idrotts- och fritidspolitiskt program 2022–2025 (expired). Cover page,
#    then a contents page whose lower part is a metadata block
#    ("Beslutande / Datum och paragraf / Dokumentansvarig / Revideras /
#    Gäller till"), prose with decision sentences.
# --------------------------------------------------------------------------
def build_program():
    st = styles("Times-Roman", 11)
    d = Doc(PROG,
            layout="cover-then-contents-page-with-metadata-block",
            title="Idrotts- och fritidspolitiskt program 2022–2025",
            doc_type="program",
            decided_by="kommunfullmäktige",
            decision_date="2021-12-13",
            paragraph="§ 164",
            diarienummer="KS 2021/355",
            valid_from="2022-01-01",
            valid_to="2025-12-31",
            replaces=None,
            replaces_file=None,
            scope="Tallmora kommuns idrotts- och fritidspolitik; bindande för alla nämnder och bolag",
            owner="kultur- och fritidsnämnden",
            review_date=None,
            publication_stated=None,
            publication="extern",
            status_2026_11_26="utgången",
            abbreviations={},
            notes="Program period 2022-01-01–2025-12-31; expired on 2026-11-26 (no successor in the collection). "
                  "Cover page without metadata; the metadata is a block at the bottom of the contents page "
                  "(page 2): Beslutande, Datum och paragraf, Diarienummer, Dokumentansvarig, Revideras "
                  "('Inför varje ny programperiod', so review_date null), Gäller till.")

    def on_page(c, doc):
        n = c.getPageNumber()
        if n > 1:
            w, h = c._pagesize
            c.saveState()
            c.setFont("Times-Italic", 8.5)
            c.drawRightString(w - 20 * mm, h - 12 * mm, "Idrotts- och fritidspolitiskt program 2022–2025")
            c.restoreState()
        draw_footer(c, MARKER, f"{n}", font="Times-Roman", size=8)

    def on_cover(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#2c6e9b"))
        c.rect(0, h - 120 * mm, w, 120 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Times-Bold", 30)
        c.drawString(22 * mm, h - 70 * mm, "Idrotts- och fritidspolitiskt")
        c.drawString(22 * mm, h - 84 * mm, "program 2022–2025")
        c.setFont("Times-Roman", 14)
        c.drawString(22 * mm, h - 100 * mm, "Tallmora kommun")
        c.restoreState()
        draw_footer(c, MARKER, "", font="Times-Roman", size=8)

    path = os.path.join(PDF_DIR, PROG)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "cover", on_cover, top=130 * mm),
                          one_frame(doc, "p", on_page, top=22 * mm, side=22 * mm)])
    S = []
    S.append(Paragraph("Ett aktivt Tallmora – för alla, hela livet.", st["ital"]))
    S.append(NextPageTemplate("p"))
    S.append(PageBreak())
    S.append(Paragraph("Innehåll", st["h1"]))
    for i, t in enumerate(["Inledning", "Vision och inriktning", "Mål för programperioden", "Ansvar och "
                           "genomförande", "Uppföljning"], 1):
        S.append(Paragraph(f"{i}. {t}", st["body"]))
    S.append(Spacer(1, 95 * mm))
    meta = [("Beslutande", "Kommunfullmäktige"), ("Datum och paragraf", "2021-12-13, § 164"),
            ("Diarienummer", "KS 2021/355"), ("Dokumentansvarig", "Kultur- och fritidsnämnden"),
            ("Revideras", "Inför varje ny programperiod"), ("Gäller till", "2025-12-31")]
    mt = Table([[Paragraph(esc(a) + ":", st["small"]), Paragraph(esc(b), st["small"])] for a, b in meta],
               colWidths=[38 * mm, 80 * mm], hAlign="LEFT")
    mt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    S.append(mt)
    S.append(PageBreak())
    S.append(Paragraph("1. Inledning", st["h1"]))
    S.append(Paragraph(
        "Programmet anger kommunfullmäktiges inriktning för idrott, motion och fritid i Tallmora kommun. "
        "Programmet gäller för perioden 2022-01-01–2025-12-31 och är bindande för kommunens nämnder och bolag "
        "i de delar som berör dem.", st["body"]))
    S.append(Paragraph("2. Vision och inriktning", st["h1"]))
    S.append(Paragraph(
        "Alla som bor i Tallmora ska ha möjlighet till en aktiv fritid. Kommunen prioriterar barn och unga, "
        "jämställdhet och tillgänglighet. Föreningslivet är kommunens viktigaste partner och ska ges goda "
        "förutsättningar genom stöd, lokaler och dialog.", st["body"]))
    S.append(Paragraph("3. Mål för programperioden", st["h1"]))
    for t in ["Andelen flickor och kvinnor bland deltagarna i det lokala aktivitetsstödet ska vara minst 45 "
              "procent år 2025.",
              "Minst tre nya spontanidrottsplatser ska ha anlagts under programperioden.",
              "Alla kommunens idrottshallar ska ha genomgått en tillgänglighetsinventering senast 2024."]:
        S.append(Paragraph(esc(t), st["item"], bulletText="•"))
    S.append(Paragraph("4. Ansvar och genomförande", st["h1"]))
    S.append(d.statement(
        "Kultur- och fritidsnämnden beslutar årligen om en handlingsplan för genomförandet av programmet.",
        "kultur- och fritidsnämnden", st["body"]))
    S.append(d.statement(
        "Beslut om prioritering av större investeringar i idrotts- och fritidsanläggningar fattas av "
        "kommunstyrelsen inom ramen för den investeringsbudget som kommunfullmäktige fastställer.",
        "kommunstyrelsen", st["body"]))
    S.append(d.statement("Beslut om att bygga eller lägga ned en simhall eller ishall fattas av kommunfullmäktige.",
                         "kommunfullmäktige", st["body"]))
    S.append(Paragraph(
        "Tallmora Arena och Fritid AB ska i sina verksamhetsplaner visa hur bolaget bidrar till programmets "
        "mål.", st["body"]))
    S.append(Paragraph("5. Uppföljning", st["h1"]))
    S.append(Paragraph(
        "Kultur- och fritidsnämnden följer upp programmet årligen i sin verksamhetsberättelse och redovisar en "
        "samlad uppföljning till kommunfullmäktige efter programperiodens slut.", st["body"]))
    doc.build(S)
    return d


# --------------------------------------------------------------------------
# 10. Internal riktlinje: representation, gåvor och uppvaktning (red
#     "intern" band, one-line metadata under the title, lettered lists)
# --------------------------------------------------------------------------
def build_riktlinje():
    st = styles("Helvetica", 9.5)
    d = Doc(RL,
            layout="internal-red-band-one-line-metadata-under-title-lettered-lists",
            title="Riktlinje för representation, gåvor och uppvaktning",
            doc_type="riktlinje",
            decided_by="kommundirektören",
            decision_date="2026-04-14",
            paragraph=None,
            diarienummer="KS 2026/140",
            valid_from="2026-05-01",
            valid_to=None,
            replaces=None,
            replaces_file=None,
            scope="alla förvaltningar i Tallmora kommun",
            owner="HR-chefen",
            review_date="2028-04-30",
            publication_stated="intern",
            publication="intern",
            status_2026_11_26="gällande",
            abbreviations={},
            notes="Internal: the red band on every page and section 1 say it is published only on the intranet "
                  "Insidan. Decided by the kommundirektör (no §). Metadata in one line under the title. "
                  "Lettered decision lists under 'Följande beslut fattas av ...' (code null); amounts per "
                  "person and per tillfälle.")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(colors.HexColor("#c0392b"))
        c.rect(0, h - 14 * mm, w, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(18 * mm, h - 11.3 * mm, "INTERN RIKTLINJE – publiceras endast på intranätet Insidan")
        c.restoreState()
        draw_footer(c, f"{MARKER} · Tallmora kommun", f"{c.getPageNumber()}")

    path = os.path.join(PDF_DIR, RL)
    doc = make_doc(path, [], title=d.meta["title"])
    doc.addPageTemplates([one_frame(doc, "p", on_page, top=24 * mm)])
    S = []
    S.append(Paragraph("Riktlinje för representation, gåvor och uppvaktning", st["title"]))
    S.append(Paragraph(
        "Beslutad av kommundirektören 2026-04-14 · Dnr KS 2026/140 · Gäller från 2026-05-01 · Ansvarig: "
        "HR-chefen · Revideras senast 2028-04-30", st["small"]))
    S.append(Spacer(1, 8))
    S.append(Paragraph("1. Syfte och omfattning", st["h1"]))
    S.append(Paragraph(
        "Riktlinjen gäller för alla medarbetare och chefer i Tallmora kommun. Den är ett internt styrdokument "
        "och publiceras därför endast på intranätet Insidan. Representation ska ha ett direkt samband med "
        "kommunens verksamhet och vara måttfull.", st["body"]))
    S.append(Paragraph("2. Intern representation", st["h1"]))
    S.append(Paragraph(
        "Intern representation, till exempel vid personalmöten och avtackningar, får kosta högst 300 kr per "
        "person exklusive moms. Julbord eller personalfest får kosta högst 600 kr per person exklusive moms och "
        "hållas högst en gång per år.", st["body"]))
    S.append(Paragraph("3. Extern representation", st["h1"]))
    S.append(Paragraph(
        "Extern representation i form av lunch får kosta högst 450 kr per person och middag högst 900 kr per "
        "person, exklusive moms. Alkohol får inte bekostas av kommunen vid lunch.", st["body"]))
    S.append(d.statement(
        "Extern representation upp till 5 000 kr per tillfälle beslutas av närmaste chef med budgetansvar.",
        "närmaste chef med budgetansvar", st["body"]))
    S.append(d.statement(
        "Representation i samband med officiella besök i kommunen beslutas av kommunstyrelsens ordförande.",
        "kommunstyrelsens ordförande", st["body"]))
    S.append(Paragraph("4. Gåvor till och från kommunen", st["h1"]))
    S.append(Paragraph(
        "Medarbetare får inte ta emot gåvor, rabatter eller förmåner från leverantörer eller andra som kommunen "
        "har eller kan få affärsförbindelse med. Blommor eller choklad av ringa värde från enskilda brukare "
        "får tas emot. Gåvor till externa mottagare får ha ett värde av högst 500 kr per mottagare om inte "
        "annat beslutas enligt avsnitt 6.", st["body"]))
    S.append(Paragraph("5. Uppvaktning av medarbetare", st["h1"]))
    for t in ["Vid 50 års ålder: gåva till ett värde av högst 1 000 kr.",
              "Vid 25 års anställning i kommunen: minnesgåva till ett värde av högst 3 000 kr.",
              "Vid pensionsavgång: gåva till ett värde av högst 2 000 kr.",
              "Vid längre sjukdom: blommor till ett värde av högst 400 kr."]:
        S.append(Paragraph(esc(t), st["item"], bulletText="•"))
    S.append(Paragraph("6. Beslut", st["h1"]))
    lists = [
        ("förvaltningschefen", ["extern representation som överstiger 5 000 kr per tillfälle,",
                                "personalfest eller julbord för förvaltningens medarbetare,",
                                "avtackning av medarbetare som lämnar en chefsbefattning."]),
        ("kommundirektören", ["representation som överstiger 25 000 kr per tillfälle,",
                              "gåva till extern mottagare med ett värde över 500 kr,",
                              "kommungemensam personalfest."]),
        ("HR-chefen", ["undantag från beloppsgränserna för uppvaktning i avsnitt 5,",
                       "val av minnesgåva vid 25 års anställning i kommunen."]),
    ]
    for who, items in lists:
        S.append(Paragraph(esc(f"Följande beslut fattas av {who}:"), st["body"]))
        for i, t in enumerate(items):
            S.append(d.decision(t, who.lower(), None, None, st["item"], bulletText="abc"[i] + ")"))
    S.append(Paragraph("7. Redovisning", st["h1"]))
    S.append(Paragraph(
        "Av underlaget för varje representationsutgift ska syfte, deltagare och kostnad framgå. Underlaget "
        "attesteras av närmast överordnad chef.", st["body"]))
    doc.build(S)
    return d


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    builders = [build_kfn2026, build_kfn2022, build_ks_del3, build_rn_do, build_rn_reglemente, build_ofn,
                build_agardirektiv, build_taxa, build_program, build_riktlinje]
    truth = {}
    for b in builders:
        d = b()
        truth[d.fname] = d.truth()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(PDF_DIR, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write('[defaults]\npublication = "extern"  # documents are on the external site unless they say '
                'they are internal\n')
    n = sum(len(v["decisions"]) for v in truth.values())
    s = sum(len(v["statements"]) for v in truth.values())
    print(f"{len(truth)} documents, {n} decision rows, {s} statements")


if __name__ == "__main__":
    main()
