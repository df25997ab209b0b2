"""F3: Riktlinjer för placering i förskola och pedagogisk omsorg (utbildningsnämnden)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from reportlab.lib.units import mm
from common import styles, numbered_canvas, bullets, truth, stm
import lay_f3

FILE = "riktlinjer-placering-forskola.pdf"
TITLE = "Riktlinjer för placering i förskola och pedagogisk omsorg"
ST = styles("Helvetica", 10, 14)

TRUTH = truth(
    layout="F3", title=TITLE, doc_type="riktlinje", decided_by="utbildningsnämnden",
    decision_date="2025-12-16", paragraph="§ 97", diarienummer="UN 2025/112",
    valid_from="2026-02-01", valid_to=None, replaces=None, replaces_file=None,
    scope="barn som är folkbokförda i Askersunds kommun", owner="verksamhetschefen för förskolan",
    review_date="2027-12-31", publication_stated=None, publication="extern",
    status_2026_11_26="gällande",
    statements=[
        stm("Beslut om placering i förskola", "placeringshandläggare vid utbildningsförvaltningen", 1),
        stm("Förtur för barn i behov av särskilt stöd", "verksamhetschefen för förskolan", 1),
        stm("Utökad tid utöver 15 timmar för barn till föräldralediga eller arbetssökande",
            "rektor", 1),
        stm("Omsorg på kvällar och helger", "verksamhetschefen för förskolan", 1),
        stm("Uppsägning av plats på grund av obetalda avgifter", "verksamhetschefen för förskolan", 2),
    ],
    notes="Letterhead 'Datum 2025-12-01' is the drafting date; the decision is 16 December "
          "2025, § 97 (italic line under the title). The förvaltning is named in the "
          "letterhead but the nämnd decided.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), Paragraph(
        "Fastställda av utbildningsnämnden den 16 december 2025, § 97. Gäller från och med den 1 "
        "februari 2026. Riktlinjerna ses över senast 2027-12-31. Ansvarig: verksamhetschefen för "
        "förskolan.", lay_f3.DEC)]
    s += [P("1. Omfattning", "h2"), P(
        "Riktlinjerna gäller placering i kommunens förskolor och i pedagogisk omsorg för barn "
        "från ett års ålder till och med den 31 juli det år barnet fyller sex år. De gäller för "
        "barn som är folkbokförda i Askersunds kommun. Fristående förskolor har egna köer och "
        "omfattas inte.")]
    s += [P("2. Ansökan och kö", "h2"), P(
        "Ansökan görs i kommunens e-tjänst av barnets vårdnadshavare. Ansökan kan lämnas tidigast "
        "sex månader och bör lämnas senast fyra månader före det datum då platsen behövs. Kommunen "
        "erbjuder plats inom fyra månader från att ansökan kom in. Ködatum är det datum ansökan "
        "kom in. Vårdnadshavaren kan önska upp till tre förskolor i prioritetsordning.")]
    s += [P("3. Placeringsordning", "h2"), P("Platserna fördelas i följande ordning:")]
    s += bullets([
        "barn som på grund av fysiska, psykiska eller andra skäl behöver särskilt stöd och som "
        "har fått förtur,",
        "syskon till barn som redan går på förskolan och som ska fortsätta där samtidigt,",
        "övriga barn efter ködatum.",
    ], ST, sym="num")
    s += [P(
        "Beslut om förtur fattas av verksamhetschefen för förskolan efter underlag från "
        "barnavårdscentralen, habiliteringen eller socialtjänsten. Övriga beslut om placering "
        "fattas av placeringshandläggare vid utbildningsförvaltningen.")]
    s += [P("4. Erbjudande om plats", "h2"), P(
        "Erbjudandet skickas via e-tjänsten och ska besvaras inom tio dagar. Om svar inte kommer "
        "in återgår platsen och ansökan avslutas. Den som tackar nej till en plats på någon av de "
        "önskade förskolorna får sin ansökan avslutad. Den som tackar nej till en plats på en "
        "förskola som inte var önskad står kvar i kön med sitt ursprungliga ködatum."), P(
        "Den som vill byta förskola gör en ny ansökan om omplacering. Omplaceringar behandlas "
        "efter ködatum men efter förturerna i avsnitt 3.")]
    s += [P("5. Vistelsetid", "h2"), P(
        "Barn till vårdnadshavare som arbetar eller studerar har rätt till plats i den omfattning "
        "som behövs med hänsyn till arbetstid, studier och restid. Barn till vårdnadshavare som är "
        "föräldralediga med ett syskon eller arbetssökande har rätt till 15 timmar per vecka, "
        "förlagda måndag till onsdag klockan 8.30–13.30. Rektor kan besluta om utökad tid om "
        "barnet har behov av det."), P(
        "Vistelseschema lämnas i e-tjänsten senast två veckor före start. Ändringar av schemat "
        "ska lämnas två veckor innan de börjar gälla. Förskolorna har öppet 06.00–18.30 på "
        "vardagar. Omsorg på kvällar och helger kan erbjudas efter särskild ansökan; beslut "
        "fattas av verksamhetschefen för förskolan."), P(
        "Under juli månad samordnas verksamheten till färre förskolor. Behov av plats under juli "
        "ska anmälas senast den 15 april.")]
    s += [P("6. Uppsägning", "h2"), P(
        "Platsen sägs upp i e-tjänsten. Uppsägningstiden är två månader och avgift betalas under "
        "uppsägningstiden även om platsen inte används. Platsen upphör utan uppsägning den 31 juli "
        "det år barnet fyller sex år.")]
    s += [P("7. Obetalda avgifter", "h2"), P(
        "Om avgiften inte betalas skickas två påminnelser. Om skulden därefter inte är betald "
        "eller en avbetalningsplan upprättad inom 30 dagar kan platsen sägas upp. Beslut om "
        "uppsägning av plats på grund av obetalda avgifter fattas av verksamhetschefen för "
        "förskolan. Barn i behov av särskilt stöd får inte stängas av. En ny plats kan inte "
        "erbjudas förrän skulden är betald.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f3.build(out_path, TITLE, "Utbildningsförvaltningen", "Förskoleavdelningen",
                 "Riktlinjer", "2025-12-01", "UN 2025/112", "Handläggare: placeringsenheten",
                 story(), numbered_canvas)
