"""B1: Delegationsordning för socialnämnden (metadata grid of boxes on page 1)."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, styles, numbered_canvas, fiktiv_mark, bullets, FIKTIV
import lay_b1

TITLE = "Delegationsordning för socialnämnden"
ST = styles("Helvetica", 9.5, 13)
GRID_LINE = colors.Color(0.55, 0.6, 0.65)


def meta_grid():
    lab = ST["small"]
    val = ST["cellb"]
    cells = [
        [("Dokumenttyp", "Delegationsordning"), ("Beslutande organ", "Socialnämnden"),
         ("Beslutsdatum och paragraf", "2026-02-25, § 19"), ("Diarienummer", "SN 2026/8")],
        [("Gäller från", "2026-03-01"), ("Gäller för", "Socialnämndens hela verksamhetsområde"),
         ("Dokumentägare", "Socialchef"), ("Aktualitetsprövas senast", "2027-12-31")],
    ]
    data = [[[Paragraph(l, lab), Spacer(1, 2), Paragraph(v, val)] for l, v in row]
            for row in cells]
    t = Table(data, colWidths=[42.5 * mm] * 4, rowHeights=[15 * mm, 15 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GRID_LINE),
        ("INNERGRID", (0, 0), (-1, -1), 0.8, GRID_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


# (nr, ärende, lagrum, delegat, anmärkning)
SECTIONS = [
    ("A. Allmänna och administrativa ärenden", [
        ("A1", "Beslut i brådskande ärenden där nämndens avgörande inte kan avvaktas",
         "6 kap. 39 § KL", "ORD", "Vid förfall för ordföranden: vice ordföranden. Anmäls vid nästa sammanträde."),
        ("A2", "Beslut att avvisa för sent inkommen överklagan", "45 § FL", "EC", ""),
        ("A3", "Prövning av om överklagande har kommit in i rätt tid och omprövning av beslut",
         "38–39 §§ FL", "Den som fattat beslutet", ""),
        ("A4", "Yttrande till förvaltningsrätt och kammarrätt i överklagade ärenden",
         "", "SC", "Om ärendet inte är av principiell betydelse"),
        ("A5", "Beslut att inte lämna ut allmän handling eller att lämna ut med förbehåll",
         "6 kap. 3 § OSL", "SC", ""),
        ("A6", "Utse ombud att föra nämndens talan i domstol", "6 kap. 15 § KL", "SC", ""),
        ("A7", "Anmälan till Inspektionen för vård och omsorg om allvarligt missförhållande (lex Sarah)",
         "14 kap. 7 § SoL", "SC", ""),
    ]),
    ("B. Ekonomi, avtal och upphandling", [
        ("B1", "Direktupphandling av varor och tjänster inom budget", "19 kap. LOU",
         "AC", "Högst 200 000 kr per upphandling"),
        ("B2", "Direktupphandling av varor och tjänster inom budget", "19 kap. LOU",
         "SC", "Över 200 000 kr upp till direktupphandlingsgränsen"),
        ("B3", "Teckna avtal om externa platser för vård och boende (ramavtal saknas)",
         "", "SC", "Avtalstid högst 2 år"),
        ("B4", "Avskrivning av fordran", "", "AH", "Högst 10 000 kr per fordran"),
        ("B5", "Avskrivning av fordran", "", "SC", "Över 10 000 kr upp till 1 prisbasbelopp per fordran"),
        ("B6", "Beslut om ersättning för skada på enskilds egendom orsakad av brukare eller personal",
         "", "EC", "Högst 0,25 prisbasbelopp per skadetillfälle"),
    ]),
    ("C. Personal och organisation", [
        ("C1", "Anställning av avdelningschef", "", "SC", "Efter samråd med HR-chef"),
        ("C2", "Anställning av enhetschef", "", "AC", ""),
        ("C3", "Anställning av övrig personal inom enheten", "", "EC", ""),
        ("C4", "Beslut om förändring av verksamhetens organisation inom förvaltningen",
         "", "SC", "Om förändringen inte är av principiell betydelse och ryms inom budget"),
    ]),
    ("D. Ekonomiskt bistånd", [
        ("D1", "Beslut om att inleda utredning", "11 kap. 1 § SoL", "SSE", ""),
        ("D2", "Bistånd till försörjning enligt riksnormen", "4 kap. 1 och 3 §§ SoL", "SSE",
         "Upp till riksnormen"),
        ("D3", "Bistånd till försörjning utöver riksnormen", "4 kap. 1 och 3 §§ SoL", "1SS",
         "Högst 0,5 prisbasbelopp per hushåll och år"),
        ("D4", "Bistånd till livsföring i övrigt, till exempel tandvård och glasögon",
         "4 kap. 1 § SoL", "1SS", "Högst 15 000 kr per tillfälle"),
        ("D5", "Bistånd till livsföring i övrigt", "4 kap. 1 § SoL", "EC",
         "Över 15 000 kr upp till 1 prisbasbelopp"),
        ("D6", "Bistånd till begravningskostnader", "4 kap. 1 § SoL", "SSE",
         "Högst 50 procent av prisbasbeloppet"),
        ("D7", "Bistånd i form av förmedlingsmedel", "4 kap. 1 § SoL", "1SS", ""),
        ("D8", "Beslut om återkrav av felaktigt utbetalt bistånd", "9 kap. 1 § SoL", "EC", ""),
        ("D9", "Beslut om att väcka talan om återkrav i förvaltningsrätt", "9 kap. 3 § SoL", "IU", ""),
        ("D10", "Eftergift av återkrav", "9 kap. 4 § SoL", "EC", "Om ärendet inte är av principiell betydelse"),
        ("D11", "Polisanmälan vid misstanke om bidragsbrott", "6 § bidragsbrottslagen", "EC", ""),
    ]),
    ("E. Barn och unga", [
        ("E1", "Beslut om att inleda utredning", "11 kap. 1 § SoL", "SSE", ""),
        ("E2", "Beslut om att inte inleda utredning eller att lägga ned utredning",
         "11 kap. 1 § SoL", "1SS", ""),
        ("E3", "Beslut om förlängning av utredningstid", "11 kap. 2 § SoL", "EC", "Högst två månader i taget"),
        ("E4", "Bistånd i form av kontaktperson eller kontaktfamilj", "4 kap. 1 § SoL", "1SS", ""),
        ("E5", "Bistånd i form av öppenvårdsinsats i egen regi", "4 kap. 1 § SoL", "1SS", ""),
        ("E6", "Bistånd i form av placering i familjehem eller HVB",
         "4 kap. 1 § SoL", "IU", "Vid extern placering över 3 500 kr per dygn: IU. Därunder: EC"),
        ("E7", "Beslut om omedelbart omhändertagande av barn eller ungdom",
         "6 § LVU", "ORD", "Om ordföranden inte kan nås: annan ledamot som nämnden förordnat"),
        ("E8", "Ansökan hos förvaltningsrätten om vård enligt LVU", "4 § LVU", "IU", ""),
        ("E9", "Beslut om hur vården ska ordnas och var den unge ska vistas", "11 § första stycket LVU",
         "IU", ""),
        ("E10", "Beslut om tillfällig vistelse i hemmet under pågående LVU-vård",
         "11 § andra stycket LVU", "EC", "Vistelsen får omfatta högst 14 dagar i följd"),
        ("E11", "Övervägande om fortsatt vård (var sjätte månad)", "13 § LVU", "IU", ""),
    ]),
    ("F. Vuxna – missbruk och beroende", [
        ("F1", "Bistånd i form av öppenvård", "4 kap. 1 § SoL", "SSE", ""),
        ("F2", "Bistånd i form av behandling på institution", "4 kap. 1 § SoL", "EC",
         "Högst 3 månader och högst 3 000 kr per dygn"),
        ("F3", "Bistånd i form av behandling på institution, längre eller dyrare placering",
         "4 kap. 1 § SoL", "IU", ""),
        ("F4", "Beslut om att inleda utredning om tvångsvård", "7 § LVM", "1SS", ""),
        ("F5", "Ansökan hos förvaltningsrätten om vård enligt LVM", "11 § LVM", "IU", ""),
        ("F6", "Beslut om omedelbart omhändertagande av missbrukare", "13 § LVM", "ORD",
         "Om ordföranden inte kan nås: annan ledamot som nämnden förordnat"),
    ]),
    ("G. Insatser enligt LSS", [
        ("G1", "Beslut om personlig assistans", "9 § 2 LSS", "LSH", "Upp till 60 timmar per vecka"),
        ("G2", "Beslut om personlig assistans", "9 § 2 LSS", "EC", "Över 60 timmar per vecka"),
        ("G3", "Beslut om ledsagarservice och kontaktperson", "9 § 3–4 LSS", "LSH", ""),
        ("G4", "Beslut om korttidsvistelse utanför det egna hemmet", "9 § 6 LSS", "LSH", ""),
        ("G5", "Beslut om bostad med särskild service för vuxna", "9 § 9 LSS", "EC", ""),
        ("G6", "Rapportering av ej verkställda beslut till IVO", "28 f–h §§ LSS", "AC", ""),
    ]),
    ("H. Avgifter", [
        ("H1", "Beslut om avgift för insatser enligt fastställd taxa", "8 kap. 2 § SoL", "AH", ""),
        ("H2", "Beslut om nedsättning av avgift", "8 kap. 2 § SoL", "EC",
         "Högst 6 månader; längre tid beslutas av IU"),
        ("H3", "Beslut om ersättning från föräldrar vid placering av barn", "8 kap. 1 § SoL", "1SS", ""),
    ]),
]

CODES = [
    ("ORD", "Socialnämndens ordförande"),
    ("IU", "Socialnämndens individutskott"),
    ("SC", "Socialchef"),
    ("AC", "Avdelningschef"),
    ("EC", "Enhetschef"),
    ("1SS", "1:e socialsekreterare"),
    ("SSE", "Socialsekreterare"),
    ("LSH", "LSS-handläggare"),
    ("AH", "Avgiftshandläggare"),
]
LAWS = [
    ("FL", "Förvaltningslagen (2017:900)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("LSS", "Lagen (1993:387) om stöd och service till vissa funktionshindrade"),
    ("LVM", "Lagen (1988:870) om vård av missbrukare i vissa fall"),
    ("LVU", "Lagen (1990:52) med särskilda bestämmelser om vård av unga"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("SoL", "Socialtjänstlagen"),
]


def legend_table():
    data = [[Paragraph("<b>Förkortning</b>", ST["cell"]), Paragraph("<b>Delegat</b>", ST["cell"]),
             Paragraph("<b>Förkortning</b>", ST["cell"]), Paragraph("<b>Lag</b>", ST["cell"])]]
    n = max(len(CODES), len(LAWS))
    for i in range(n):
        a = CODES[i] if i < len(CODES) else ("", "")
        b = LAWS[i] if i < len(LAWS) else ("", "")
        data.append([Paragraph(a[0], ST["cell"]), Paragraph(a[1], ST["cell"]),
                     Paragraph(b[0], ST["cell"]), Paragraph(b[1], ST["cell"])])
    t = Table(data, colWidths=[25 * mm, 45 * mm, 25 * mm, 75 * mm])
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.75, 0.75, 0.75)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def deleg_table():
    hdr = ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]
    data = [[Paragraph("<b>%s</b>" % h, ST["cell"]) for h in hdr]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.9, 0.94)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for title, rows in SECTIONS:
        r = len(data)
        data.append([Paragraph("<b>%s</b>" % title, ST["cell"]), "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95))]
        for nr, arende, lag, deleg, anm in rows:
            data.append([Paragraph(nr, ST["cell"]), Paragraph(arende, ST["cell"]),
                         Paragraph(lag, ST["cell"]), Paragraph(deleg, ST["cell"]),
                         Paragraph(anm, ST["cell"])])
    t = Table(data, colWidths=[11 * mm, 62 * mm, 30 * mm, 22 * mm, 45 * mm],
              repeatRows=0, splitByRow=1)
    t.setStyle(TableStyle(style))
    return t


def story():
    s = []
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph(TITLE, ST["h1"]))
    s.append(meta_grid())
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Inledning", ST["h2"]))
    s.append(Paragraph(
        "Socialnämnden ansvarar enligt sitt reglemente för kommunens socialtjänst, stöd och "
        "service enligt LSS samt kommunens uppgifter inom familjerätten. För att ärenden ska "
        "kunna avgöras snabbt och nära den enskilde får nämnden uppdra åt individutskottet, "
        "åt ordföranden eller åt en anställd att fatta beslut på nämndens vägnar. Ett beslut "
        "som fattas med stöd av denna delegationsordning gäller som om nämnden själv hade "
        "fattat det och kan överklagas på samma sätt.", ST["body"]))
    s.append(Paragraph(
        "Delegationen omfattar inte ärenden som enligt 6 kap. 38 § KL ska avgöras av nämnden "
        "samlat, till exempel ärenden som rör verksamhetens mål, inriktning, omfattning eller "
        "kvalitet, framställningar till kommunfullmäktige och ärenden av principiell "
        "beskaffenhet eller annars av större vikt. En delegat får alltid överlämna ett ärende "
        "till nämnden för avgörande.", ST["body"]))
    s.append(Paragraph("Ersättare vid förfall", ST["h2"]))
    s.append(Paragraph(
        "Har en delegat förfall, eller är delegaten jävig, övergår beslutanderätten till "
        "närmast överordnad chef. Vid förfall för socialchefen beslutar den som har förordnats "
        "som tillförordnad socialchef. Vid förfall för ordföranden inträder vice ordföranden. "
        "En ersättare som fattar beslut ska ange i beslutet att det fattats i egenskap av "
        "ersättare.", ST["body"]))
    s.append(Paragraph("Brådskande ärenden", ST["h2"]))
    s.append(Paragraph(
        "Ordföranden får besluta på nämndens vägnar i ärenden som är så brådskande att "
        "nämndens avgörande inte kan avvaktas (6 kap. 39 § KL). Omedelbart omhändertagande "
        "enligt 6 § LVU och 13 § LVM beslutas av ordföranden eller, om ordföranden inte kan "
        "nås, av den ledamot som nämnden särskilt har förordnat. Ordförandebeslut anmäls vid "
        "nämndens nästa sammanträde.", ST["body"]))
    s.append(Paragraph("Vidaredelegation och anmälan", ST["h2"]))
    s.append(Paragraph(
        "Socialchefen får vidaredelegera sin beslutanderätt till annan anställd inom "
        "förvaltningen. Vidaredelegation ska ske skriftligt och anmälas till nämnden. "
        "Samtliga delegationsbeslut anmäls till nämnden månadsvis genom listor ur "
        "verksamhetssystemet. Beslut i enskilda individärenden anmäls till individutskottet.",
        ST["body"]))
    s.append(Paragraph("Beloppsgränser", ST["h2"]))
    s.append(Paragraph(
        "Belopp anges i kronor inklusive moms om inget annat anges. Där beloppsgränsen anges i "
        "prisbasbelopp avses prisbasbeloppet enligt socialförsäkringsbalken för det år då "
        "beslutet fattas.", ST["body"]))
    s.append(KeepTogether([Paragraph("Förkortningar", ST["h2"]), legend_table()]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Delegationsförteckning", ST["h2"]))
    s.append(deleg_table())
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph(
        "Ärenden som inte finns med i förteckningen avgörs av nämnden. Förteckningen ses över "
        "när lagstiftning eller organisation ändras.", ST["ital"]))
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=22 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b1.page_fn(TITLE, "Socialnämnden")))
