"""B6: Biblioteksplan 2025–2028."""
import pathlib
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas, bullets
import lay_b6

TITLE = "Biblioteksplan 2025–2028"
ST = styles("Helvetica", 10, 14.5)
ST["h1"].textColor = lay_b6.BLUE
ST["h1"].fontSize = 24
ST["h1"].leading = 29
ST["h2"].textColor = lay_b6.BLUE


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 18 * mm), P(TITLE, "h1"),
         P("Folkbiblioteken och skolbiblioteken i Askersunds kommun", "ital"), Spacer(1, 10 * mm)]
    s += [P("1. Inledning", "h2"), P(
        "Enligt bibliotekslagen ska varje kommun anta en plan för sin biblioteksverksamhet. "
        "Den här planen har tagits fram av kultur- och fritidsnämnden i samverkan med barn- och "
        "utbildningsnämnden och antogs av kommunfullmäktige den 24 februari 2025, § 12 "
        "(diarienummer KFN 2024/63). Planen gäller från den 1 april 2025 till och med "
        "den 31 december 2028 och ersätter biblioteksplanen för 2021–2024, som antogs av "
        "kommunfullmäktige den 29 mars 2021, § 30."), P(
        "Planen omfattar huvudbiblioteket i Askersund, filialen i Åmmeberg, bokbussen, "
        "skolbiblioteken i kommunens grundskolor och gymnasieskola samt biblioteksservicen "
        "inom äldreomsorgen. Kultur- och fritidsnämnden är ansvarig för planen och dess "
        "uppföljning. Planen publiceras på kommunens webbplats.")]
    s += [P("2. Utgångspunkter", "h2"), P(
        "Biblioteken ska verka för det demokratiska samhällets utveckling genom att bidra till "
        "kunskapsförmedling och fri åsiktsbildning. Särskild uppmärksamhet ska ägnas åt barn och "
        "unga, personer med funktionsnedsättning och de nationella minoriteterna. Planen utgår "
        "från bibliotekslagen, skollagen, den nationella biblioteksstrategin och kommunens "
        "målområden i mål och budget.")]
    s += [P("3. Nuläge", "h2"), P(
        "Huvudbiblioteket har öppet sex dagar i veckan, varav två kvällar med meröppet. Filialen "
        "i Åmmeberg är bemannad två dagar i veckan. Bokbussen trafikerar 34 hållplatser var "
        "fjortonde dag. Utlåningen har minskat något sedan 2020 medan antalet besök och "
        "programaktiviteter har ökat. Skolbiblioteken är av varierande storlek och bemanning; "
        "tre av sju skolor har tillgång till utbildad bibliotekarie minst en dag per vecka.")]
    s += [P("4. Prioriterade områden 2025–2028", "h2")]
    s += [P("4.1 Läsfrämjande för barn och unga", "h3")]
    s += bullets([
        "Alla barn som fyller ett år får ett bokpaket och en inbjudan till bibliotekets "
        "småbarnsverksamhet.",
        "Bokbussen besöker samtliga förskolor minst två gånger per termin.",
        "Folkbiblioteket och skolbiblioteken tar fram en gemensam läsfrämjandeplan för "
        "grundskolan senast 2026."], ST)
    s += [P("4.2 Digital delaktighet", "h3")]
    s += bullets([
        "Biblioteken erbjuder handledning i digitala tjänster varje vecka, med särskilt fokus på "
        "äldre och nyanlända.",
        "Utbudet av e-medier och databaser ska vara tillgängligt för alla låntagare utan kostnad."],
        ST)
    s += [P("4.3 Biblioteket som mötesplats", "h3")]
    s += bullets([
        "Meröppet utökas till filialen i Åmmeberg under planperioden.",
        "Biblioteken samarbetar med studieförbund och föreningar om program för vuxna.",
        "Medier på de nationella minoritetsspråken och lättläst svenska köps in årligen."], ST)
    s += [P("5. Ansvar och uppföljning", "h2"), P(
        "Kultur- och fritidsnämnden ansvarar för folkbiblioteket och barn- och utbildningsnämnden "
        "för skolbiblioteken. Nämnderna redovisar arbetet med planen i sina "
        "verksamhetsberättelser. Kultur- och fritidsnämnden gör en samlad uppföljning till "
        "kommunfullmäktige under 2027 och bereder därefter en ny plan."), P(
        "Förändringar av biblioteksplanens inriktning beslutas av kommunfullmäktige. "
        "Bibliotekets öppettider och regler för lån beslutas av kultur- och fritidsnämnden.")]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=25 * mm, rightMargin=25 * mm,
                          topMargin=20 * mm, bottomMargin=24 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b6.page_fn(TITLE)))
