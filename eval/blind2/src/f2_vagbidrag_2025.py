"""F2: Riktlinjer för kommunalt bidrag till enskilda vägar, 2025 version (names the older)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, styles, numbered_canvas, bullets, truth, stm
import lay_f2
import vagbidrag_text

FILE = "riktlinjer-bidrag-enskilda-vagar.pdf"
TITLE = "Riktlinjer för kommunalt bidrag till enskilda vägar"
ST = styles("Times-Roman", 10.5, 14.5)

TRUTH = truth(
    layout="F2", title=TITLE, doc_type="riktlinje", decided_by="tekniska nämnden",
    decision_date="2025-03-17", paragraph="§ 22", diarienummer="TN 2025/31",
    valid_from="2025-04-01", valid_to=None,
    replaces="Riktlinjer för kommunalt bidrag till enskilda vägar, fastställda av tekniska "
             "nämnden 2021-03-22, § 19",
    replaces_file="riktlinjer-bidrag-enskilda-vagar-2021.pdf",
    scope=None, owner="gatu- och parkchefen", review_date="2028-03-31",
    publication_stated=None, publication="extern", status_2026_11_26="gällande",
    statements=[
        stm("Driftbidrag till enskild väg", "gatuingenjören", 1),
        stm("Förbättringsbidrag upp till 100 000 kr", "gatu- och parkchefen", 1),
        stm("Förbättringsbidrag över 100 000 kr", "tekniska nämndens arbetsutskott", 1),
        stm("Indragning av bidrag när skötselkraven inte uppfylls", "gatu- och parkchefen", 2),
    ],
    notes="Newer version of a pair; same title as riktlinjer-bidrag-enskilda-vagar-2021.pdf, "
          "which it replaces (stated in the third att-clause of the Beslut box). Decision date "
          "written '17/3 2025'. Amounts differ from 2021: 300 m / 2 hushåll, 5,50 + 2,50 kr per "
          "meter, 40 % up to 150 000 kr, application by 15 April.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [lay_f2.beslut_box(
        ["Tekniska nämnden, sammanträde 17/3 2025, § 22", "Diarienummer TN 2025/31",
         "<b>Tekniska nämnden beslutar</b>"],
        ["att anta Riktlinjer för kommunalt bidrag till enskilda vägar enligt nedan,",
         "att riktlinjerna gäller från och med den 1 april 2025 och tills vidare,",
         "att riktlinjerna ersätter Riktlinjer för kommunalt bidrag till enskilda vägar, "
         "fastställda av tekniska nämnden 2021-03-22, § 19, samt",
         "att driftbidrag för år 2025 betalas ut med de nya beloppen."]),
        Spacer(1, 9 * mm), P(TITLE, "h1")]
    s += [P("1. Syfte", "h2"), P(vagbidrag_text.SYFTE)]
    s += [P("2. Vem kan få bidrag?", "h2"), P(
        "Bidrag lämnas till den som är väghållare för vägen, i första hand en vägförening eller "
        "en samfällighetsförening. Finns ingen förening kan bidrag lämnas till en enskild "
        "väghållare om minst två fastigheter har del i vägen. För att bidrag ska lämnas krävs att")]
    s += bullets([
        "vägen är minst 300 meter lång,",
        "minst två hushåll längs vägen är folkbokförda och bor där året runt, eller att vägen "
        "leder till en allmän badplats, ett naturreservat eller ett annat allmänt besöksmål,",
        "vägen är öppen för allmän trafik hela året och inte är avstängd med bom eller "
        "förbudsskylt,",
        "vägen hålls farbar för personbil och räddningstjänstens fordon, och",
        "väghållaren har ett bankkonto eller plusgirokonto i föreningens eller väghållarens namn.",
    ], ST)
    s += [P("Bidrag lämnas inte till gator och vägar inom detaljplanelagt område där kommunen är "
            "huvudman, och inte heller till skogsbilvägar eller vägar som bara leder till "
            "fritidshus.")]
    s += [P("3. Driftbidrag", "h2"), P(
        "Driftbidraget är 5,50 kr per meter väg och år. Om vägen plogas och halkbekämpas under "
        "hela vintersäsongen lämnas ett tillägg för vinterväghållning med 2,50 kr per meter. "
        "Det lägsta bidraget per väg är 1 500 kr. Vägens längd räknas enligt kommunens "
        "vägregister. Beslut om driftbidrag fattas av gatuingenjören.")]
    s += [P("4. Förbättringsbidrag", "h2"), P(
        "För åtgärder som förbättrar vägen, till exempel dikning, byte av trummor, förstärkning "
        "av bärigheten eller bättre siktförhållanden, kan förbättringsbidrag lämnas med högst 40 "
        "procent av den godkända kostnaden, dock högst 150 000 kr per väg och år. Mervärdesskatt "
        "räknas inte in om väghållaren har rätt att dra av den."), P(
        "Ansökan ska lämnas innan arbetet påbörjas. Åtgärden ska vara klar inom två år från "
        "beslutet, och bidraget betalas ut när väghållaren har redovisat kostnaderna med "
        "kvitton och kommunen har besiktat arbetet. Förbättringsbidrag upp till 100 000 kr "
        "beslutas av gatu- och parkchefen. Förbättringsbidrag över 100 000 kr beslutas av "
        "tekniska nämndens arbetsutskott.")]
    s += [P("5. Ansökan och utbetalning", "h2"), P(
        "Ansökan om driftbidrag görs varje år i kommunens e-tjänst och ska ha kommit in senast den "
        "15 april. Till ansökan bifogas protokoll från det senaste årsmötet, verksamhetsberättelse "
        "och ekonomisk redovisning. Ansökningar som kommer in efter den 15 april behandlas först "
        "året därpå. Driftbidraget betalas ut senast den 30 juni."), P(
        "En väg som söker bidrag för första gången besiktas av kommunen innan beslut fattas. "
        "Besiktningen görs inom åtta veckor från att ansökan kom in.")]
    s += [P("6. Villkor och återbetalning", "h2"), P(
        "Kommunen besiktar vägarna vart tredje år. Om besiktningen visar att vägen inte hålls "
        "farbar får väghållaren en skriftlig anmärkning och tre månader på sig att rätta till "
        "bristerna. Är bristerna inte åtgärdade kan gatu- och parkchefen besluta att bidraget "
        "dras in tills vidare. Om vägen stängs för allmän trafik ska bidraget för det året "
        "betalas tillbaka.")]
    s += [P("7. Ansvar och uppföljning", "h2"), P(
        "Gatu- och parkchefen ansvarar för att riktlinjerna tillämpas och följs upp. Nämnden får "
        "varje år en redovisning av utbetalda bidrag. Riktlinjerna ska ses över senast den 31 "
        "mars 2028.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f2.build(out_path, TITLE, "Tekniska nämnden", story(), numbered_canvas)
