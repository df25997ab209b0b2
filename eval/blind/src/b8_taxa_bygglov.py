"""B8: Plan- och bygglovstaxa (decided 2026, in force 2027-01-01)."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, styles, numbered_canvas, bullets
import lay_b8

TITLE = "Plan- och bygglovstaxa"
ST = styles("Helvetica", 9.5, 13)

TABLES = [
    ("Tabell 1. Bygglov, marklov och rivningslov", [
        ("Nybyggnad av en- eller tvåbostadshus", "29 500"),
        ("Tillbyggnad av en- eller tvåbostadshus, högst 50 m²", "12 800"),
        ("Tillbyggnad av en- eller tvåbostadshus, över 50 m²", "17 600"),
        ("Komplementbyggnad, till exempel garage eller förråd", "7 100"),
        ("Nybyggnad av flerbostadshus eller verksamhetslokal, per påbörjade 500 m²", "38 000"),
        ("Fasadändring eller ändrad användning", "6 400"),
        ("Marklov för schaktning eller fyllning", "8 200"),
        ("Rivningslov", "4 100"),
        ("Förhandsbesked inom detaljplanelagt område", "8 900"),
        ("Förhandsbesked utanför detaljplanelagt område", "11 300"),
    ]),
    ("Tabell 2. Anmälan och startbesked", [
        ("Anmälan om attefallsåtgärd", "4 600"),
        ("Anmälan om installation av eldstad eller rökkanal", "2 700"),
        ("Anmälan om ändring av bärande konstruktion", "5 200"),
        ("Extra arbetsplatsbesök", "1 400"),
        ("Slutbesked efter att åtgärd påbörjats utan startbesked (utöver byggsanktionsavgift)", "2 700"),
    ]),
    ("Tabell 3. Planavgifter", [
        ("Planbesked, enkel åtgärd", "12 500"),
        ("Planbesked, åtgärd som kräver större utredning", "22 000"),
        ("Detaljplan, liten (en fastighet, standardförfarande)", "98 000"),
        ("Detaljplan, mellan", "196 000"),
        ("Detaljplan, stor (utökat förfarande)", "340 000"),
    ]),
    ("Tabell 4. Kart- och mättjänster", [
        ("Nybyggnadskarta, en- eller tvåbostadshus", "8 800"),
        ("Förenklad nybyggnadskarta", "4 500"),
        ("Grovutstakning", "5 300"),
        ("Finutstakning, upp till fyra punkter", "9 400"),
        ("Lägeskontroll", "4 700"),
    ]),
]


def amount_table(head, rows):
    data = [[Paragraph("<b>%s</b>" % head, ST["cell"]), Paragraph("<b>Avgift, kr</b>", ST["cell"])]]
    data += [[Paragraph(a, ST["cell"]), Paragraph(b, ST["cell"])] for a, b in rows]
    t = Table(data, colWidths=[135 * mm, 35 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, lay_b8.RED),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                            [colors.white, colors.Color(0.96, 0.96, 0.96)]),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    return t


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 4 * mm), P(TITLE, "h1"),
         P("Avgifter för bygg- och miljönämndens verksamhet enligt plan- och bygglagen", "ital")]
    s += [P("Allmänna bestämmelser", "h2"), P(
        "Kommunen tar ut avgifter för beslut om lov, förhandsbesked, startbesked och andra "
        "åtgärder enligt plan- och bygglagen, för planbesked och detaljplaner samt för kart- och "
        "mättjänster. Avgifterna ska täcka kommunens genomsnittliga kostnader och får inte "
        "överstiga självkostnaden.")]
    s += bullets([
        "För åtgärder som inte finns i tabellerna tas avgift ut med timavgift om 1 380 kr per "
        "nedlagd handläggningstimme.",
        "Avgift tas ut även när ansökan avslås eller avvisas, med högst 50 procent av tabellbeloppet.",
        "Har handläggningstiden överskridits utan att sökanden har medgett förlängning sänks "
        "bygglovsavgiften med en femtedel för varje påbörjad vecka.",
        "Avgiften ska betalas mot faktura inom 30 dagar. Mervärdesskatt tillkommer inte."], ST)
    s += [P("Beslut och justering", "h2"), P(
        "Avgift i ett enskilt ärende beslutas av bygg- och miljönämnden eller av den som har "
        "delegation från nämnden. Nämnden får sätta ned eller efterskänka avgiften om det finns "
        "särskilda skäl."), P(
        "Bygg- och miljönämnden får besluta om årlig justering av avgifterna med förändringen av "
        "prisindex för kommunal verksamhet (PKV). Andra ändringar av taxan beslutas av "
        "kommunfullmäktige."), P(
        "Taxan tillämpas på ärenden som kommer in till kommunen från och med den dag taxan börjar "
        "gälla. Den ersätter plan- och bygglovstaxa antagen av kommunfullmäktige 2022-11-28, "
        "§ 104.")]
    s += [Spacer(1, 4 * mm), P("Avgifter", "h2")]
    first = True
    for head, rows in TABLES:
        block = []
        if first:
            block.append(lay_b8.decision_line(
                "Beslutad av kommunfullmäktige 2026-10-26, § 97  |  Dnr BMN 2026/140  |  "
                "Gäller från och med 2027-01-01"))
            block.append(Spacer(1, 3 * mm))
            first = False
        block.append(amount_table(head, rows))
        block.append(Spacer(1, 5 * mm))
        s.append(KeepTogether(block))
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b8.page_fn("Taxa 2027")))
