"""F5: Delegationsordning för tekniska nämnden (bilaga stamp, numbered blocks with a)/b))."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, styles, numbered_canvas, truth, dec, stm
import lay_f5
from lay_f5 import item

FILE = "delegationsordning-tekniska-namnden.pdf"
TITLE = "Delegationsordning för tekniska nämnden"
ST = styles("Helvetica", 9.5, 13)

CODES = [
    ("ORD", "tekniska nämndens ordförande"), ("AU", "tekniska nämndens arbetsutskott"),
    ("TC", "teknisk chef"), ("GC", "gatu- och parkchef"), ("VAC", "VA-chef"),
    ("GI", "gatuingenjör"), ("TI", "trafikingenjör"), ("HM", "handläggare markupplåtelse"),
    ("PI", "parkingenjör"), ("VAI", "VA-ingenjör"), ("EC", "enhetschef"),
]
LAWS = [
    ("KL", "kommunallagen (2017:725)"), ("FL", "förvaltningslagen (2017:900)"),
    ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
    ("TrF", "trafikförordningen (1998:1276)"),
    ("LFF", "lagen (1982:129) om flyttning av fordon i vissa fall"),
    ("LAV", "lagen (2006:412) om allmänna vattentjänster"),
    ("LOU", "lagen (2016:1145) om offentlig upphandling"),
]

TRUTH = truth(
    layout="F5", title=TITLE, doc_type="delegationsordning", decided_by="tekniska nämnden",
    decision_date="2024-02-26", paragraph="§ 14", diarienummer="TN 2024/9",
    valid_from="2024-03-01", valid_to=None,
    replaces="delegationsordning för tekniska nämnden som antogs 2021-01-25, § 4",
    replaces_file=None, scope=None, owner="Teknisk chef", review_date=None,
    publication_stated=None, publication="extern", status_2026_11_26="gällande",
    abbreviations=dict(CODES + LAWS),
    decisions=[
        dec("Lokala trafikföreskrifter", "AU", "tekniska nämndens arbetsutskott",
            "om hastighetsbegränsning", 2),
        dec("Lokala trafikföreskrifter", "TI", "trafikingenjör",
            "tillfälliga föreskrifter vid vägarbete eller evenemang, högst fyra månader", 2),
        dec("Yttrande till Polismyndigheten om tillstånd att använda offentlig plats", "GC",
            "gatu- och parkchef",
            "upplåtelse längre än tre månader eller uteservering större än 50 kvadratmeter", 2),
        dec("Bidrag till enskilda vägar enligt nämndens riktlinjer", "GC", "gatu- och parkchef",
            "förbättringsbidrag upp till 100 000 kr per väg och år", 2),
        dec("Bidrag till enskilda vägar enligt nämndens riktlinjer", "AU",
            "tekniska nämndens arbetsutskott", "förbättringsbidrag över 100 000 kr", 2),
        dec("Fällning av träd på kommunens mark efter begäran från fastighetsägare", "GC",
            "gatu- och parkchef", "större träd och träd i allé", 2),
        dec("Nedsättning av VA-avgift vid dold läcka", "VAI", "VA-ingenjör",
            "nedsättning med högst 10 000 kr", 2),
        dec("Tillfälligt bevattningsförbud vid vattenbrist", "VAC", "VA-chef", None, 2),
        dec("Direktupphandling inom budget", "EC", "enhetschef", "högst 100 000 kr", 3),
        dec("Ersättning vid skada där kommunen kan vara skadeståndsskyldig", "TC",
            "teknisk chef", "över 1 upp till 3 prisbasbelopp", 3),
    ],
    statements=[
        stm("Beslut när teknisk chef har förfall", "gatu- och parkchef", 1),
        stm("Beslut när en annan delegat har förfall", "närmast överordnad chef", 1),
    ],
    notes="The only decision data is the typed attachment stamp on every page ('Bilaga 1 till "
          "protokoll 2024-02-26, § 14', Dnr TN 2024/9) and the intro sentence on validity and "
          "on the replaced 2021 version (not in the collection). Delegation items are numbered "
          "blocks with lettered sub-items; the delegate code is right-aligned. Lagrum "
          "references are illustrative.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 6 * mm), P(TITLE, "h1")]
    s += [P("Inledning", "h3"), P(
        "Tekniska nämnden uppdrar med stöd av 6 kap. 37 § kommunallagen åt arbetsutskottet, "
        "ordföranden och anställda att besluta på nämndens vägnar i de ärenden som anges nedan. "
        "Delegationsordningen gäller från och med den 1 mars 2024 och ersätter den "
        "delegationsordning för tekniska nämnden som antogs 2021-01-25, § 4. Teknisk chef "
        "ansvarar för att den hålls aktuell."), P(
        "Om en delegat har förfall beslutar närmast överordnad chef. När teknisk chef har förfall "
        "beslutar gatu- och parkchefen. Vidaredelegering är inte tillåten om inte annat anges. "
        "Delegationsbeslut anmäls till nämnden vid nästa sammanträde. Beloppsgränser anges "
        "exklusive mervärdesskatt.")]
    s += [P("Beteckningar", "h3")]
    rows = []
    items = CODES + LAWS
    half = (len(items) + 1) // 2
    for i in range(half):
        a = items[i]
        b = items[i + half] if i + half < len(items) else ("", "")
        rows.append([Paragraph("<b>%s</b>" % a[0], ST["cell"]), Paragraph(a[1], ST["cell"]),
                     Paragraph("<b>%s</b>" % b[0], ST["cell"]), Paragraph(b[1], ST["cell"])])
    t = Table(rows, colWidths=[14 * mm, 66 * mm, 14 * mm, W - 44 * mm - 94 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    s += [t, Spacer(1, 4 * mm)]
    s += [P("1 Allmänna ärenden", "h2")]
    s += [item("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan "
                      "avvaktas", "ORD",
               meta="Lagrum: 6 kap. 39 § KL · Vid förfall för ordföranden: vice ordföranden · "
                    "Anmäls vid nästa sammanträde"),
          item("1.2", "Yttrande till myndigheter och andra nämnder när yttrandet inte är av "
                      "principiell beskaffenhet", "TC"),
          item("1.3", "Föra nämndens talan", None,
               [("a", "vid domstol", "TC"), ("b", "vid lantmäteriförrättning", "GC")],
               meta="Lagrum: 6 kap. 15 § KL"),
          item("1.4", "Pröva om överklagande har kommit in i rätt tid och avvisa det som kommit "
                      "in för sent", None,
               [("a", "överklagande av nämndens beslut", "ORD"),
                ("b", "överklagande av delegats beslut", "Delegaten")],
               meta="Lagrum: 45 § FL"),
          item("1.5", "Beslut att inte lämna ut allmän handling eller att lämna ut den med "
                      "förbehåll", "TC", meta="Lagrum: 6 kap. 3 § OSL")]
    s += [P("2 Gator, trafik och parker", "h2")]
    s += [item("2.1", "Lokala trafikföreskrifter", None,
               [("a", "tillfälliga föreskrifter vid vägarbete eller evenemang, högst fyra "
                      "månader", "TI"),
                ("b", "om parkering, stannande och lastplatser", "GC"),
                ("c", "om hastighetsbegränsning", "AU")],
               meta="Lagrum: 10 kap. 1 och 14 §§ TrF"),
          item("2.2", "Dispens från trafikföreskrifter för tunga, breda eller långa "
                      "transporter", "TI", meta="Lagrum: 13 kap. 3 § TrF"),
          item("2.3", "Yttrande till Polismyndigheten om tillstånd att använda offentlig "
                      "plats", None,
               [("a", "upplåtelse högst tre månader", "HM"),
                ("b", "upplåtelse längre än tre månader eller uteservering större än 50 "
                      "kvadratmeter", "GC")],
               meta="Avgift tas ut enligt kommunfullmäktiges taxa för upplåtelse av offentlig "
                    "plats"),
          item("2.4", "Flyttning av fordon", None,
               [("a", "beslut om flyttning", "TI"),
                ("b", "beslut om att skrota ett flyttat fordon som inte har hämtats", "GC")],
               meta="Lagrum: LFF"),
          item("2.5", "Tillstånd till schaktning och grävning i kommunens gatu- och parkmark",
               "GI", meta="Högst sex veckor; längre tid: GC"),
          item("2.6", "Bidrag till enskilda vägar enligt nämndens riktlinjer", None,
               [("a", "årligt driftbidrag", "GI"),
                ("b", "förbättringsbidrag upp till 100 000 kr per väg och år", "GC"),
                ("c", "förbättringsbidrag över 100 000 kr", "AU")]),
          item("2.7", "Fällning av träd på kommunens mark efter begäran från fastighetsägare",
               None,
               [("a", "träd med en stamdiameter upp till 40 centimeter", "PI"),
                ("b", "större träd och träd i allé", "GC")],
               meta="Träd i allé kan kräva dispens från länsstyrelsen")]
    s += [P("3 Vatten och avlopp", "h2")]
    s += [item("3.1", "Beslut om förbindelsepunkt och anslutning av fastighet till den allmänna "
                      "VA-anläggningen", "VAC", meta="Lagrum: 12 § LAV"),
          item("3.2", "Nedsättning av VA-avgift vid dold läcka", None,
               [("a", "nedsättning med högst 10 000 kr", "VAI"),
                ("b", "nedsättning med mer än 10 000 kr", "VAC")]),
          item("3.3", "Avstängning av vattenleverans när fastighetsägaren inte betalar", "VAC",
               meta="Lagrum: 43 § LAV · Efter samråd med TC och socialtjänsten"),
          item("3.4", "Tillfälligt bevattningsförbud vid vattenbrist", "VAC",
               meta="Gäller högst 30 dagar; förlängning beslutas av AU")]
    s += [P("4 Ekonomi, upphandling och personal", "h2")]
    s += [item("4.1", "Direktupphandling inom budget", None,
               [("a", "högst 100 000 kr", "EC"),
                ("b", "över 100 000 kr upp till direktupphandlingsgränsen", "TC")],
               meta="Lagrum: 19 kap. LOU"),
          item("4.2", "Avskrivning av fordran", None,
               [("a", "högst 0,5 prisbasbelopp per fordran", "TC"),
                ("b", "över 0,5 prisbasbelopp per fordran", "AU")]),
          item("4.3", "Ersättning vid skada där kommunen kan vara skadeståndsskyldig", None,
               [("a", "högst 1 prisbasbelopp", "GC"),
                ("b", "över 1 upp till 3 prisbasbelopp", "TC"),
                ("c", "över 3 prisbasbelopp", "AU")]),
          item("4.4", "Anställning av enhetschef", "TC"),
          item("4.5", "Anställning av övrig personal", "EC")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f5.build(out_path, TITLE, ["TEKNISKA NÄMNDEN", "Bilaga 1 till protokoll",
                                   "2024-02-26, § 14", "Dnr TN 2024/9"], story(),
                 numbered_canvas)
