"""B3: Delegationsordning för barn- och utbildningsnämnden."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, styles, numbered_canvas, bullets
import lay_b3

TITLE = "Delegationsordning för barn- och utbildningsnämnden"
ST = styles("Helvetica", 9.5, 13)

LEGEND_DELEG = [
    ("AU", "barn- och utbildningsnämndens arbetsutskott"),
    ("O", "nämndens ordförande"),
    ("SKC", "skolchef"),
    ("AdmC", "administrativ chef"),
    ("EHC", "elevhälsochef"),
    ("R", "rektor"),
    ("SSH", "skolskjutshandläggare"),
    ("HL", "handläggare vid barn- och utbildningsförvaltningens kansli"),
]
LEGEND_LAW = [
    ("SL", "skollagen (2010:800)"),
    ("SF", "skolförordningen (2011:185)"),
    ("GyF", "gymnasieförordningen (2010:2039)"),
    ("KL", "kommunallagen (2017:725)"),
    ("FL", "förvaltningslagen (2017:900)"),
    ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
    ("LOU", "lagen (2016:1145) om offentlig upphandling"),
]

# (nr, ärende, lagrum, delegat, ersättare, kommentar)
ROWS = [
    ("1", "Allmänna ärenden", None),
    ("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
     "6 kap. 39 § KL", "O", "Förste vice ordförande", "Anmäls vid nämndens nästa sammanträde"),
    ("1.2", "Avvisning av överklagande som kommit in för sent", "45 § FL", "AdmC", "HL", ""),
    ("1.3", "Yttrande i överklagade ärenden där delegaten fattat det ursprungliga beslutet",
     "", "Delegaten", "SKC", ""),
    ("1.4", "Beslut att lämna ut allmän handling med förbehåll eller att inte lämna ut den",
     "6 kap. 3 § OSL", "AdmC", "SKC", ""),
    ("1.5", "Yttrande till annan myndighet", "", "SKC", "AdmC",
     "Om ärendet inte är av principiell betydelse"),
    ("1.6", "Mindre justeringar av nämndens riktlinjer med anledning av ändrad lagstiftning",
     "", "SKC", "AdmC", "Redaktionella ändringar; anmäls till nämnden"),
    ("2", "Ekonomi och upphandling", None),
    ("2.1", "Direktupphandling inom enhetens budget", "19 kap. LOU", "R", "SKC",
     "Högst 100 000 kr per upphandling"),
    ("2.2", "Direktupphandling inom förvaltningens budget", "19 kap. LOU", "SKC", "AdmC",
     "Över 100 000 kr upp till direktupphandlingsgränsen"),
    ("2.3", "Upphandling över direktupphandlingsgränsen och tilldelningsbeslut", "LOU", "AU", "",
     ""),
    ("2.4", "Avskrivning av fordran avseende avgifter för förskola och fritidshem", "",
     "AdmC", "SKC", "Högst 0,5 prisbasbelopp per fordran"),
    ("2.5", "Beslut om bidrag till enskild huvudman (grundbelopp) enligt fastställd budget",
     "8 kap. 21 §, 10 kap. 37 § SL", "SKC", "AdmC", ""),
    ("2.6", "Beslut om tilläggsbelopp till enskild huvudman", "10 kap. 39 § SL", "SKC", "EHC",
     "Upp till 3 prisbasbelopp per elev och år; därutöver AU"),
    ("3", "Förskola och fritidshem", None),
    ("3.1", "Placering i förskola och fritidshem", "8 kap. 14–15 §§, 14 kap. 3–5 §§ SL", "HL",
     "AdmC", "Enligt nämndens regler för kö och placering"),
    ("3.2", "Beslut om förskola för barn i behov av särskilt stöd", "8 kap. 7 § SL", "R", "EHC", ""),
    ("3.3", "Uppsägning av plats på grund av obetald avgift", "", "AdmC", "HL",
     "Efter två påminnelser"),
    ("3.4", "Nedsättning av avgift i enskilt fall", "8 kap. 20 § SL", "AdmC", "SKC",
     "Högst sex månader"),
    ("4", "Grundskola och anpassad grundskola", None),
    ("4.1", "Mottagande i anpassad grundskola", "7 kap. 5 § SL", "SKC", "EHC", ""),
    ("4.2", "Placering vid annan skolenhet än den vårdnadshavarna önskar", "10 kap. 30 § SL",
     "SKC", "AdmC", ""),
    ("4.3", "Mottagande av elev från annan kommun", "10 kap. 25–27 §§ SL", "SKC", "AdmC", ""),
    ("4.4", "Ersättning till annan kommun för elev i dess skola (interkommunal ersättning)",
     "10 kap. 34 § SL", "AdmC", "SKC", ""),
    ("4.5", "Föreläggande om fullgörande av skolplikt", "7 kap. 23 § SL", "AU", "O",
     "Föreläggande förenat med vite beslutas av AU"),
    ("4.6", "Beslut om skolskjuts enligt nämndens riktlinjer", "10 kap. 32 § SL", "SSH", "AdmC", ""),
    ("4.7", "Beslut om skolskjuts i särskilda fall utöver riktlinjerna", "10 kap. 32–33 §§ SL",
     "AdmC", "SKC", "Högst 25 000 kr per elev och läsår"),
    ("4.8", "Beslut om skolskjuts vid växelvis boende", "10 kap. 32 § SL", "SSH", "AdmC", ""),
    ("5", "Gymnasieskola och vuxenutbildning", None),
    ("5.1", "Beslut om inackorderingstillägg", "15 kap. 32 § SL", "HL", "AdmC", ""),
    ("5.2", "Mottagande till introduktionsprogram", "17 kap. 14 § SL", "R", "SKC", ""),
    ("5.3", "Beslut om att upphöra med utbildning i kommunal vuxenutbildning",
     "20 kap. 9 § SL", "R", "SKC", ""),
    ("6", "Elevhälsa och kränkande behandling", None),
    ("6.1", "Anmälan till huvudmannen om kränkande behandling tas emot och utreds",
     "6 kap. 10 § SL", "R", "SKC", "Rektor rapporterar månadsvis till SKC"),
    ("6.2", "Beslut om åtgärder på huvudmannanivå efter utredning av kränkande behandling",
     "6 kap. 10 § SL", "SKC", "EHC", ""),
    ("6.3", "Avstängning av elev i gymnasieskolan", "5 kap. 17 § SL", "SKC", "AdmC",
     "Ärendet ska anmälas till AU"),
]


def legend():
    lines = [Paragraph("<b>Förkortningar</b>", ST["h3"])]
    lines.append(Paragraph("Delegater", ST["cellb"]))
    for k, v in LEGEND_DELEG:
        lines.append(Paragraph("%s = %s" % (k, v), ST["cell"]))
    lines.append(Spacer(1, 3))
    lines.append(Paragraph("Lagar och förordningar", ST["cellb"]))
    for k, v in LEGEND_LAW:
        lines.append(Paragraph("%s = %s" % (k, v), ST["cell"]))
    return lines


def deleg_table():
    hdr = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Kommentar"]
    data = [[Paragraph("<b>%s</b>" % h, ST["cell"]) for h in hdr]]
    style = [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
             ("BACKGROUND", (0, 0), (-1, 0), lay_b3.SHADE),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in ROWS:
        if row[2] is None:
            r = len(data)
            data.append([Paragraph("<b>%s</b>" % row[0], ST["cell"]),
                         Paragraph("<b>%s</b>" % row[1], ST["cell"]), "", "", "", ""])
            style.append(("SPAN", (1, r), (-1, r)))
            continue
        data.append([Paragraph(x, ST["cell"]) for x in row])
    t = Table(data, colWidths=[10 * mm, 57 * mm, 30 * mm, 18 * mm, 22 * mm, 33 * mm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 6 * mm), lay_b3.header_table([
        [("Dokumenttyp", "Delegationsordning"), ("Beslutande", "Barn- och utbildningsnämnden"),
         ("Datum", "2025-12-10, § 88"), ("Dnr", "BUN 2025/97")],
        [("Gäller från", "2026-01-01"), ("Gäller till", "Tills vidare"),
         ("Ersätter", "Delegationsordning BUN 2024-01-24, § 6"), ("Ansvarig", "Skolchef")],
    ]), Spacer(1, 8 * mm), P(TITLE, "h1")]
    s += [P("1. Om delegation", "h2"), P(
        "Barn- och utbildningsnämnden är huvudman för kommunens förskolor, fritidshem, "
        "grundskolor, anpassade grundskolor, gymnasieskola och vuxenutbildning. Nämnden får "
        "enligt 6 kap. 37 § KL uppdra åt arbetsutskottet, åt ordföranden eller åt en anställd "
        "att besluta på nämndens vägnar. Beslut som rektor fattar med stöd av skollagen är "
        "rektors egna beslut och redovisas inte här."), P(
        "Nämnden får när som helst återkalla en delegation eller själv ta över ett enskilt ärende. "
        "Frågor av principiell beskaffenhet eller annars av större vikt ska alltid avgöras av "
        "nämnden.")]
    s += [P("2. Ersättare och brådskande ärenden", "h2"), P(
        "För varje ärendegrupp anges en ersättare som beslutar när delegaten har förfall. Har "
        "både delegat och ersättare förfall beslutar skolchefen, och vid skolchefens förfall den "
        "som är förordnad att tjänstgöra som skolchef."), P(
        "I brådskande ärenden där nämndens avgörande inte kan avvaktas får ordföranden, eller vid "
        "ordförandens förfall förste vice ordföranden, besluta på nämndens vägnar. Beslutet "
        "anmäls vid nämndens nästa sammanträde.")]
    s += [P("3. Vidaredelegation och anmälan", "h2"), P(
        "Skolchefen får vidaredelegera beslutanderätten i ärendegrupperna 3 och 4 till annan "
        "anställd i förvaltningen. Beslut som fattats med stöd av delegation redovisas till "
        "nämnden vid nästkommande sammanträde genom en förteckning som upprättas av kansliet."),
        P("Beloppsgränser anges exklusive moms. Prisbasbelopp avser prisbasbeloppet för det "
          "kalenderår då beslutet fattas.")]
    s += legend()
    s += [Spacer(1, 4 * mm), P("4. Delegationsförteckning", "h2"), deleg_table()]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=30 * mm, bottomMargin=18 * mm)
    f1 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f1")
    f2 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, H - 20 * mm - doc.bottomMargin, id="f2")
    from reportlab.platypus import NextPageTemplate
    st = story()
    st.insert(0, NextPageTemplate("later"))
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1]),
                          PageTemplate(id="later", frames=[f2])])
    doc.build(st, canvasmaker=numbered_canvas(lay_b3.page_fn(TITLE, "Barn- och utbildningsförvaltningen")))
