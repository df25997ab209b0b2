"""F4: Delegationsordning för kommunstyrelsen (landscape)."""
import pathlib
from reportlab.platypus import Paragraph
from common import styles, numbered_canvas, bullets, truth, dec, stm
import lay_f4

FILE = "delegationsordning-kommunstyrelsen.pdf"
TITLE = "Delegationsordning för kommunstyrelsen"
ST = styles("Helvetica", 9, 12)

DELEGATES = [
    ("KSO", "kommunstyrelsens ordförande"),
    ("KSAU", "kommunstyrelsens arbetsutskott"),
    ("KD", "kommundirektör"),
    ("EKC", "ekonomichef"),
    ("HRC", "HR-chef"),
    ("KC", "kanslichef"),
    ("KOM", "kommunikationschef"),
    ("UH", "upphandlare"),
    ("MEX", "mark- och exploateringsingenjör"),
    ("SÄK", "säkerhetssamordnare"),
    ("FC", "förvaltningschef"),
    ("NLC", "näringslivschef"),
]
LAWS = [
    ("KL", "kommunallagen", "2017:725"),
    ("FL", "förvaltningslagen", "2017:900"),
    ("OSL", "offentlighets- och sekretesslagen", "2009:400"),
    ("TF", "tryckfrihetsförordningen", "1949:105"),
    ("LOU", "lagen om offentlig upphandling", "2016:1145"),
    ("LAS", "lagen om anställningsskydd", "1982:80"),
    ("LEH", "lagen om kommuners och regioners åtgärder inför och vid extraordinära händelser "
            "i fredstid och höjd beredskap", "2006:544"),
]

SECTIONS = [
    ("A. Allmänna och administrativa ärenden", [
        ("A1", "Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan "
               "avvaktas", "KSO", "Nej", "6 kap. 39 § KL",
         "Vid förfall för ordföranden: 1:e vice ordföranden. Anmäls vid nästa sammanträde."),
        ("A2", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
         "KC", "Nej", "2 kap. TF, 6 kap. 3 § OSL", ""),
        ("A3", "Avvisning av överklagande som kommit in för sent", "Den som fattat beslutet",
         "Nej", "45 § FL", ""),
        ("A4", "Yttrande till domstol i mål om laglighetsprövning av kommunstyrelsens beslut",
         "KD", "Nej", "13 kap. KL", "Om ärendet inte är av principiell betydelse"),
        ("A5", "Yttrande på remiss från myndighet när svarstiden inte medger beslut i "
               "kommunstyrelsen", "KSAU", "Nej", "", "Anmäls vid nästa sammanträde"),
        ("A6", "Utse ombud att föra kommunens talan vid domstol och andra myndigheter", "KD",
         "Ja", "6 kap. 15 § KL", ""),
        ("A7", "Tillstånd att använda kommunens vapen och logotyp", "KOM", "Nej", "", ""),
        ("A8", "Deltagande i kurser och konferenser för kommunstyrelsens ledamöter och ersättare",
         "KSO", "Nej", "", "Kostnad över 15 000 kr per person och tillfälle: KSAU"),
    ]),
    ("B. Ekonomi och finans", [
        ("B1", "Fastställa förteckning över beslutsattestanter för kommunstyrelsens verksamhet",
         "EKC", "Nej", "", "Ändringar under året får göras av EKC"),
        ("B2", "Avskrivning av fordran", "EKC", "Ja", "", "Högst 1 prisbasbelopp per fordran"),
        ("B3", "Avskrivning av fordran", "KSAU", "Nej", "", "Över 1 prisbasbelopp per fordran"),
        ("B4", "Upptagande av lån inom den ram kommunfullmäktige beslutat", "EKC", "Nej", "",
         "Efter samråd med KSO"),
        ("B5", "Placering av likvida medel enligt kommunens finanspolicy", "EKC", "Nej", "", ""),
        ("B6", "Bidrag ur kommunstyrelsens förfogandeanslag", "KSAU", "Nej", "",
         "Högst 50 000 kr per ändamål; större belopp beslutas av kommunstyrelsen"),
        ("B7", "Ersättning till enskild vid skada där kommunen kan vara skadeståndsskyldig",
         "KD", "Nej", "", "Högst 3 prisbasbelopp per skadehändelse"),
    ]),
    ("C. Upphandling och avtal", [
        ("C1", "Direktupphandling av varor och tjänster inom budget", "UH", "Nej",
         "19 kap. LOU", "Högst 100 000 kr"),
        ("C2", "Direktupphandling av varor och tjänster inom budget", "EKC", "Nej",
         "19 kap. LOU", "Över 100 000 kr upp till direktupphandlingsgränsen"),
        ("C3", "Beslut om att genomföra upphandling över direktupphandlingsgränsen och om "
               "tilldelning", "KD", "Nej", "LOU",
         "Högst 5 000 000 kr i sammanlagt avtalsvärde; därutöver KSAU"),
        ("C4", "Avbryta en pågående upphandling", "KD", "Nej", "12 kap. 3 § LOU", ""),
        ("C5", "Teckna avtal om leasing av fordon", "EKC", "Ja", "", "Avtalstid högst 5 år"),
    ]),
    ("D. Personal", [
        ("D1", "Anställning av förvaltningschef", "KD", "Nej", "", "Efter samråd med KSAU"),
        ("D2", "Lönesättning vid nyanställning av förvaltningschef", "KD", "Nej", "", ""),
        ("D3", "Uppsägning av personliga skäl och avsked", "HRC", "Nej", "7 och 18 §§ LAS",
         "Efter samråd med KD"),
        ("D4", "Tjänstledighet utan lön", "FC", "Ja", "", "Högst 6 månader; längre ledighet: HRC"),
        ("D5", "Beslut om lokala kollektivavtal", "HRC", "Nej", "", ""),
    ]),
    ("E. Mark och fastigheter", [
        ("E1", "Köp och försäljning av fastighet", "KSAU", "Nej", "",
         "Högst 2 000 000 kr per fastighet; därutöver kommunstyrelsen"),
        ("E2", "Försäljning av tomt för småhus enligt tomtprislista som kommunfullmäktige "
               "fastställt", "MEX", "Nej", "", ""),
        ("E3", "Upplåtelse av arrende och nyttjanderätt till kommunens mark", "MEX", "Nej", "",
         "Avtalstid högst 5 år"),
        ("E4", "Avtal om servitut och ledningsrätt", "MEX", "Ja", "", ""),
    ]),
    ("F. Krisberedskap och säkerhet", [
        ("F1", "Beslut om att krisledningsnämnden ska träda i verksamhet", "KSO", "Nej",
         "2 kap. 2 § LEH", "Vid förfall för ordföranden: 1:e vice ordföranden"),
        ("F2", "Aktivering av kommunens krisledningsstab", "KD", "Nej", "", ""),
        ("F3", "Ansökan om statlig ersättning för krisberedskap", "SÄK", "Nej", "", ""),
    ]),
    ("G. Information och näringsliv", [
        ("G1", "Sponsring av evenemang och föreningar", "KOM", "Nej", "",
         "Högst 25 000 kr per mottagare och år"),
        ("G2", "Beslut om att ta bort inlägg i kommunens kanaler i sociala medier", "KOM", "Ja",
         "", ""),
        ("G3", "Näringslivsevenemang, mässdeltagande och företagsbesök inom budget", "NLC", "Nej",
         "", "Högst 50 000 kr per evenemang"),
    ]),
    ("H. Arkiv och dokumenthantering", [
        ("H1", "Fastställa dokumenthanteringsplan för kommunstyrelsens verksamhet", "KC", "Nej",
         "", ""),
        ("H2", "Beslut om gallring av handlingar som inte omfattas av dokumenthanteringsplanen",
         "KC", "Nej", "", "Efter samråd med kommunarkivarien"),
    ]),
]

TRUTH = truth(
    layout="F4", title=TITLE, doc_type="delegationsordning", decided_by="kommunstyrelsen",
    decision_date="2026-01-27", paragraph="§ 8", diarienummer="KS 2025/388",
    valid_from="2026-02-01", valid_to=None,
    replaces="Delegationsordning KS 2024-01-30, § 12", replaces_file=None,
    scope=None, owner="Kanslichefen", review_date="2027-12-31",
    publication_stated=None, publication="extern", status_2026_11_26="gällande",
    abbreviations=dict([(k, v) for k, v in DELEGATES] +
                       [(k, "%s (%s)" % (v, n)) for k, v, n in LAWS]),
    decisions=[
        dec("Beslut i ärenden som är så brådskande att kommunstyrelsens avgörande inte kan avvaktas",
            "KSO", "kommunstyrelsens ordförande",
            "Vid förfall för ordföranden: 1:e vice ordföranden. Anmäls vid nästa sammanträde.", 2),
        dec("Deltagande i kurser och konferenser för kommunstyrelsens ledamöter och ersättare",
            "KSO", "kommunstyrelsens ordförande",
            "Kostnad över 15 000 kr per person och tillfälle: KSAU", 2),
        dec("Avskrivning av fordran", "KSAU", "kommunstyrelsens arbetsutskott",
            "Över 1 prisbasbelopp per fordran", 3),
        dec("Bidrag ur kommunstyrelsens förfogandeanslag", "KSAU",
            "kommunstyrelsens arbetsutskott",
            "Högst 50 000 kr per ändamål; större belopp beslutas av kommunstyrelsen", 3),
        dec("Ersättning till enskild vid skada där kommunen kan vara skadeståndsskyldig", "KD",
            "kommundirektör", "Högst 3 prisbasbelopp per skadehändelse", 3),
        dec("Direktupphandling av varor och tjänster inom budget", "UH", "upphandlare",
            "Högst 100 000 kr", 3),
        dec("Anställning av förvaltningschef", "KD", "kommundirektör", "Efter samråd med KSAU", 3),
        dec("Tjänstledighet utan lön", "FC", "förvaltningschef",
            "Högst 6 månader; längre ledighet: HRC", 3),
        dec("Köp och försäljning av fastighet", "KSAU", "kommunstyrelsens arbetsutskott",
            "Högst 2 000 000 kr per fastighet; därutöver kommunstyrelsen", 3),
        dec("Beslut om att krisledningsnämnden ska träda i verksamhet", "KSO",
            "kommunstyrelsens ordförande", "Vid förfall för ordföranden: 1:e vice ordföranden", 3),
        dec("Sponsring av evenemang och föreningar", "KOM", "kommunikationschef",
            "Högst 25 000 kr per mottagare och år", 4),
    ],
    statements=[
        stm("Beslut när en delegat har förfall eller är jävig", "närmast överordnad chef", 1),
        stm("Beslut när kommundirektören har förfall", "ekonomichefen", 1),
        stm("Anställning av kommundirektör", "kommunstyrelsen", 1),
        stm("Ärenden som inte finns i förteckningen", "kommunstyrelsen", 1),
    ],
    notes="Landscape. Decision data only in the strip under the title band on page 1 (date "
          "written '27 januari 2026'). Owner and review date in the intro text. Replaces the "
          "2024 version (KS 2024-01-30 § 12, not in the collection), named in the strip and in "
          "the intro ('Ändringar i denna version'). The table runs over pages 2-3 with a "
          "repeated header.")


def intro():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P("1. Om delegering", "h3"), P(
        "Kommunstyrelsen får enligt 6 kap. 37 § KL uppdra åt sitt arbetsutskott, åt en ledamot "
        "eller ersättare eller åt en anställd att besluta på styrelsens vägnar. Den som fått "
        "beslutanderätten (delegaten) träder i kommunstyrelsens ställe. Ett delegationsbeslut "
        "gäller som kommunstyrelsens eget beslut och överklagas på samma sätt. Kommunstyrelsen "
        "kan när som helst återkalla en delegering eller ta över ett enskilt ärende."),
        P("2. Vad som inte får delegeras", "h3"), P(
        "Ärenden som gäller verksamhetens mål, inriktning, omfattning eller kvalitet, yttranden "
        "till kommunfullmäktige och ärenden av principiell beskaffenhet eller annars av större "
        "vikt beslutas alltid av kommunstyrelsen. Anställning av kommundirektör beslutas av "
        "kommunstyrelsen. Ärenden som inte finns i förteckningen beslutas av kommunstyrelsen."),
        P("3. Vidaredelegering", "h3"), P(
        "Där det står <i>Ja</i> i kolumnen Vidaredelegering får kommundirektören eller "
        "förvaltningschefen uppdra åt en annan anställd att besluta. Beslut om vidaredelegering "
        "ska vara skriftliga och anmälas till kommunstyrelsen vid nästa sammanträde. Den som har "
        "fått beslutanderätt genom vidaredelegering får inte delegera den vidare."),
        P("4. Ersättare och jäv", "h3"), P(
        "Om en delegat har förfall eller är jävig beslutar närmast överordnad chef. När "
        "kommundirektören har förfall beslutar ekonomichefen i kommundirektörens ställe. Vid "
        "förfall för kommunstyrelsens ordförande träder 1:e vice ordföranden in."),
        P("5. Anmälan av delegationsbeslut", "h3"), P(
        "Delegationsbeslut anmäls till kommunstyrelsen på en delegationslista vid nästa ordinarie "
        "sammanträde. Arbetsutskottets beslut anmäls genom att protokollet läggs fram. Åtgärder "
        "som är ren verkställighet, till exempel inköp enligt avtal, anmäls inte."),
        P("6. Belopp", "h3"), P(
        "Beloppsgränser anges utan mervärdesskatt. Med prisbasbelopp avses prisbasbeloppet för "
        "det år beslutet fattas."),
        P("7. Ändringar i denna version", "h3"), P(
        "Delegationsordningen ersätter den delegationsordning som kommunstyrelsen antog "
        "2024-01-30, § 12. Gränsen för direktupphandling som upphandlare får besluta om har "
        "höjts från 50 000 kr till 100 000 kr, och avsnitt F om krisberedskap är nytt."),
        P("8. Ansvar", "h3"), P(
        "Kanslichefen ansvarar för att delegationsordningen hålls aktuell. Den ska ses över "
        "senast den 31 december 2027 och i övrigt när lagstiftning eller organisation ändras.")]
    return s


def legends():
    return [lay_f4.legend("Förkortningar – delegater", ["Förkortning", "Delegat"],
                          DELEGATES, [25, 75]),
            lay_f4.legend("Förkortningar – lagar", ["Förkortning", "Lag", "SFS-nr"],
                          LAWS, [22, 105, 20])]


def build(out_path: pathlib.Path) -> None:
    strip = [("Beslutad av", "Kommunstyrelsen"), ("Datum", "27 januari 2026, § 8"),
             ("Dnr", "KS 2025/388"), ("Gäller fr.o.m.", "1 februari 2026"),
             ("Ersätter", "Delegationsordning KS 2024-01-30, § 12")]
    lay_f4.build(out_path, TITLE, "Kommunstyrelsen", strip, intro(), legends(), SECTIONS,
                 numbered_canvas)
