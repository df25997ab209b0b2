"""F4: Delegationsordning för omsorgsnämnden (landscape)."""
import pathlib
from reportlab.platypus import Paragraph
from common import styles, numbered_canvas, truth, dec, stm
import lay_f4

FILE = "delegationsordning-omsorgsnamnden.pdf"
TITLE = "Delegationsordning för omsorgsnämnden"
ST = styles("Helvetica", 9, 12)

DELEGATES = [
    ("ORD", "omsorgsnämndens ordförande"),
    ("AU", "omsorgsnämndens arbetsutskott"),
    ("FC", "förvaltningschef"),
    ("AC", "avdelningschef"),
    ("EC", "enhetschef"),
    ("BH", "biståndshandläggare"),
    ("AVH", "avgiftshandläggare"),
    ("FTH", "färdtjänsthandläggare"),
    ("MAS", "medicinskt ansvarig sjuksköterska"),
]
LAWS = [
    ("SoL", "socialtjänstlagen", "2025:400"),
    ("HSL", "hälso- och sjukvårdslagen", "2017:30"),
    ("PSL", "patientsäkerhetslagen", "2010:659"),
    ("LF", "lagen om färdtjänst", "1997:736"),
    ("LRF", "lagen om riksfärdtjänst", "1997:735"),
    ("KL", "kommunallagen", "2017:725"),
    ("FL", "förvaltningslagen", "2017:900"),
    ("OSL", "offentlighets- och sekretesslagen", "2009:400"),
    ("LOU", "lagen om offentlig upphandling", "2016:1145"),
]

SECTIONS = [
    ("A. Allmänna ärenden", [
        ("A1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
         "ORD", "Nej", "6 kap. 39 § KL", "Vid förfall för ordföranden: vice ordföranden"),
        ("A2", "Yttrande till förvaltningsrätt och kammarrätt i överklagade biståndsärenden",
         "AC", "Nej", "", "Om ärendet inte är av principiell betydelse; annars AU"),
        ("A3", "Beslut att inte lämna ut allmän handling eller uppgift", "AC", "Nej",
         "6 kap. 3 § OSL", ""),
        ("A4", "Anmälan till Inspektionen för vård och omsorg om allvarligt missförhållande "
               "(lex Sarah)", "FC", "Nej", "SoL", ""),
        ("A5", "Anmälan till Inspektionen för vård och omsorg om allvarlig vårdskada "
               "(lex Maria)", "MAS", "Nej", "3 kap. 5 § PSL", ""),
    ]),
    ("B. Bistånd inom äldreomsorgen", [
        ("B1", "Bistånd i form av hemtjänst", "BH", "Nej", "SoL",
         "Upp till 120 timmar per månad"),
        ("B2", "Bistånd i form av hemtjänst", "AC", "Nej", "SoL", "Över 120 timmar per månad"),
        ("B3", "Bistånd i form av trygghetslarm", "BH", "Nej", "SoL", ""),
        ("B4", "Bistånd i form av korttidsvistelse", "BH", "Nej", "SoL",
         "Högst 30 dygn i följd"),
        ("B5", "Bistånd i form av korttidsvistelse", "EC", "Nej", "SoL",
         "Mer än 30 dygn i följd"),
        ("B6", "Bistånd i form av avlösning i hemmet", "BH", "Nej", "SoL",
         "Högst 16 timmar per månad; därutöver EC"),
        ("B7", "Bistånd i form av dagverksamhet", "BH", "Nej", "SoL", ""),
        ("B8", "Bistånd i form av plats i vård- och omsorgsboende", "AC", "Nej", "SoL", ""),
        ("B9", "Köp av plats i vård- och omsorgsboende hos extern utförare eller i annan kommun",
         "AU", "Nej", "SoL", "Anmäls vid nämndens nästa sammanträde"),
        ("B10", "Beslut om att inleda utredning efter anmälan om behov hos äldre person",
         "BH", "Nej", "SoL", ""),
    ]),
    ("C. Avgifter", [
        ("C1", "Beslut om avgift för hemtjänst, trygghetslarm och boende", "AVH", "Nej", "SoL",
         ""),
        ("C2", "Nedsättning av avgift", "AVH", "Nej", "SoL",
         "Högst 6 månader i taget; längre tid: AC"),
        ("C3", "Avskrivning av avgiftsfordran", "AC", "Nej", "",
         "Högst 0,5 prisbasbelopp per fordran"),
        ("C4", "Avskrivning av avgiftsfordran", "FC", "Nej", "",
         "Över 0,5 prisbasbelopp per fordran"),
        ("C5", "Ersättning för skada på brukares egendom som personal orsakat", "EC", "Nej", "",
         "Högst 5 000 kr per tillfälle; över 5 000 kr upp till 1 prisbasbelopp: AC"),
    ]),
    ("D. Färdtjänst och riksfärdtjänst", [
        ("D1", "Tillstånd till färdtjänst", "FTH", "Nej", "7 § LF", ""),
        ("D2", "Tillstånd att ha med ledsagare vid färdtjänstresa", "FTH", "Nej", "8 § LF", ""),
        ("D3", "Tillstånd till riksfärdtjänst", "FTH", "Nej", "4 § LRF",
         "Högst 4 enkelresor per år; fler resor: AC"),
        ("D4", "Återkallelse av tillstånd till färdtjänst", "AC", "Nej", "12 § LF", ""),
    ]),
    ("E. Hälso- och sjukvård", [
        ("E1", "Beslut om hjälpmedel som kostar över 25 000 kr per person", "EC", "Nej", "HSL",
         "Enhetschef för rehabilitering"),
        ("E2", "Fastställa lokala rutiner för läkemedelshantering", "MAS", "Nej", "HSL", ""),
    ]),
    ("F. Ekonomi, upphandling och personal", [
        ("F1", "Direktupphandling inom budget", "EC", "Nej", "19 kap. LOU", "Högst 50 000 kr"),
        ("F2", "Direktupphandling inom budget", "AC", "Nej", "19 kap. LOU",
         "Över 50 000 kr upp till 300 000 kr"),
        ("F3", "Direktupphandling inom budget", "FC", "Nej", "19 kap. LOU",
         "Över 300 000 kr upp till direktupphandlingsgränsen"),
        ("F4", "Anställning av enhetschef", "AC", "Nej", "", ""),
        ("F5", "Anställning av avdelningschef", "FC", "Nej", "", ""),
        ("F6", "Tillfälliga förändringar av öppettider i dagverksamhet", "EC", "Nej", "",
         "Högst 4 veckor; längre tid: nämnden"),
    ]),
]

TRUTH = truth(
    layout="F4", title=TITLE, doc_type="delegationsordning", decided_by="omsorgsnämnden",
    decision_date="2025-09-23", paragraph="§ 71", diarienummer="ON 2025/64",
    valid_from="2025-10-01", valid_to=None, replaces=None, replaces_file=None,
    scope="omsorgsnämndens verksamhetsområde", owner="Förvaltningschefen",
    review_date="2026-09-30", publication_stated=None, publication="extern",
    status_2026_11_26="gällande",
    abbreviations=dict([(k, v) for k, v in DELEGATES] +
                       [(k, "%s (%s)" % (v, n)) for k, v, n in LAWS]),
    decisions=[
        dec("Bistånd i form av hemtjänst", "AC", "avdelningschef", "Över 120 timmar per månad", 2),
        dec("Bistånd i form av korttidsvistelse", "EC", "enhetschef", "Mer än 30 dygn i följd", 2),
        dec("Bistånd i form av avlösning i hemmet", "BH", "biståndshandläggare",
            "Högst 16 timmar per månad; därutöver EC", 2),
        dec("Köp av plats i vård- och omsorgsboende hos extern utförare eller i annan kommun",
            "AU", "omsorgsnämndens arbetsutskott", "Anmäls vid nämndens nästa sammanträde", 2),
        dec("Nedsättning av avgift", "AVH", "avgiftshandläggare",
            "Högst 6 månader i taget; längre tid: AC", 3),
        dec("Avskrivning av avgiftsfordran", "FC", "förvaltningschef",
            "Över 0,5 prisbasbelopp per fordran", 3),
        dec("Ersättning för skada på brukares egendom som personal orsakat", "EC", "enhetschef",
            "Högst 5 000 kr per tillfälle; över 5 000 kr upp till 1 prisbasbelopp: AC", 3),
        dec("Tillstånd till riksfärdtjänst", "FTH", "färdtjänsthandläggare",
            "Högst 4 enkelresor per år; fler resor: AC", 3),
        dec("Återkallelse av tillstånd till färdtjänst", "AC", "avdelningschef", None, 3),
        dec("Direktupphandling inom budget", "AC", "avdelningschef",
            "Över 50 000 kr upp till 300 000 kr", 3),
    ],
    statements=[
        stm("Beslut när delegaten har förfall", "närmast överordnad chef", 1),
        stm("Individärenden som delegaten bedömer vara av principiell betydelse",
            "omsorgsnämndens arbetsutskott", 1),
        stm("Ärenden som inte finns i förteckningen", "omsorgsnämnden", 1),
    ],
    notes="Landscape, same layout as the kommunstyrelsen delegationsordning. Decided "
          "2025-09-23; 'Ses över senast 2026-09-30' has passed but the document has no end "
          "date and is still in force. Nothing is said about a previous version. Lagrum "
          "references are illustrative.")


def intro():
    P = lambda t, s="body": Paragraph(t, ST[s])
    return [P("1. Allmänt", "h3"), P(
        "Omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård i kommunens regi samt "
        "färdtjänst och riksfärdtjänst. Delegationsordningen gäller inom omsorgsnämndens "
        "verksamhetsområde och anger vem som får besluta på nämndens vägnar. Beslut som fattas "
        "med stöd av delegationsordningen är nämndens beslut och kan överklagas på samma sätt "
        "som om nämnden hade fattat dem."),
        P("2. Begränsningar", "h3"), P(
        "Nämnden beslutar själv i ärenden om verksamhetens mål, inriktning, omfattning och "
        "kvalitet och i ärenden av principiell beskaffenhet eller annars av större vikt. "
        "Individärenden som delegaten bedömer vara av principiell betydelse lämnas till "
        "arbetsutskottet. Ärenden som inte finns i förteckningen beslutas av nämnden."),
        P("3. Ersättare", "h3"), P(
        "När en delegat har förfall beslutar närmast överordnad chef. En delegat som är jävig "
        "får inte besluta; ärendet lämnas då till närmast överordnad chef. Vidaredelegering "
        "förekommer inte i denna delegationsordning."),
        P("4. Anmälan till nämnden", "h3"), P(
        "Beslut i individärenden anmäls till nämnden genom listor ur verksamhetssystemet en gång "
        "i månaden. Övriga delegationsbeslut anmäls på delegationslista vid nämndens nästa "
        "sammanträde. Beslut som fattats av ordföranden i brådskande ärenden anmäls vid nästa "
        "sammanträde."),
        P("5. Beloppsgränser", "h3"), P(
        "Belopp anges exklusive mervärdesskatt. Prisbasbeloppet är det som gäller för det år "
        "beslutet fattas."),
        P("6. Om delegationsordningen", "h3"), P(
        "Delegationsordningen gäller från och med den 1 oktober 2025. Förvaltningschefen "
        "ansvarar för att den hålls aktuell och att ändringar i lagstiftningen förs in. Den ses "
        "över senast 2026-09-30.")]


def legends():
    return [lay_f4.legend("Förkortningar – delegater", ["Förkortning", "Delegat"],
                          DELEGATES, [25, 75]),
            lay_f4.legend("Förkortningar – lagar", ["Förkortning", "Lag", "SFS-nr"],
                          LAWS, [22, 105, 20])]


def build(out_path: pathlib.Path) -> None:
    strip = [("Beslutad av", "Omsorgsnämnden"), ("Datum", "2025-09-23, § 71"),
             ("Dnr", "ON 2025/64"), ("Gäller fr.o.m.", "2025-10-01"),
             ("Dokumentägare", "Förvaltningschef, omsorgsförvaltningen")]
    lay_f4.build(out_path, TITLE, "Omsorgsnämnden", strip, intro(), legends(), SECTIONS,
                 numbered_canvas)
