"""B5: Landsbygdsprogram för Askersunds kommun (2025 version, replaces the 2020 version)."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                NextPageTemplate, PageBreak)
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas, bullets
import lay_b5
from landsbygd_text import TITLE

ST = styles("Times-Roman", 10.5, 14)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 11.5


def extract():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = lay_b5.para_head(ST, "KF § 78", "Dnr KS 2025/118",
                         "Revidering av landsbygdsprogram")
    s += [P("<b>Kommunfullmäktiges beslut</b>"), P(
        "Kommunfullmäktige antar Landsbygdsprogram för Askersunds kommun enligt bilaga. "
        "Programmet gäller från och med den 1 november 2025 och ersätter Landsbygdsprogram för "
        "Askersunds kommun, antaget av kommunfullmäktige 2020-09-28, § 77.")]
    s += [P("<b>Sammanfattning av ärendet</b>"), P(
        "Det tidigare programmet har aktualitetsprövats av kommunstyrelsen. Prövningen visade att "
        "programmets inriktning fortfarande är relevant men att avsnitten om digital "
        "infrastruktur, kollektivtrafik och lokal service behöver uppdateras. Förslaget har "
        "varit på remiss hos nämnderna, landsbygdsrådet och bygdeföreningarna under våren 2025."),
        P("Kommunstyrelsen föreslog 2025-09-02, § 131, att kommunfullmäktige antar programmet.")]
    s += [P("<b>Yrkanden</b>"), P(
        "Ordföranden yrkar bifall till kommunstyrelsens förslag. Ordföranden ställer frågan om "
        "fullmäktige bifaller förslaget och finner att så sker.")]
    s += [P("<b>Beslutet skickas till</b>"), P(
        "Samtliga nämnder<br/>Askersundsbostäder AB<br/>Landsbygdsrådet<br/>Författningssamlingen")]
    return s


def document():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1")]
    s += [P("Varför ett landsbygdsprogram?", "h2"), P(
        "Drygt hälften av kommunens invånare bor utanför Askersunds tätort, i mindre orter som "
        "Åmmeberg, Olshammar, Rönneshytta, Snavlunda och Hammar eller på landsbygden. En levande "
        "landsbygd med service, arbetstillfällen och fungerande kommunikationer är avgörande för "
        "kommunens utveckling. Programmet beskriver kommunens långsiktiga vilja för landsbygdens "
        "utveckling. Det innehåller inga egna mål eller indikatorer utan kompletterar de "
        "målområden och strategiska mål som kommunfullmäktige beslutar i mål och budget."), P(
        "Programmet är bindande för samtliga nämnder och för de helägda kommunala bolagen och "
        "ska beaktas i uppdragsplaner och verksamhetsplaner.")]
    s += [P("Inriktning", "h2"), P("<b>Lokal service.</b> Kommunen ska verka för att "
        "dagligvaruhandel, drivmedel och ombudstjänster finns kvar i kommundelarna, bland annat "
        "genom att använda det statliga stödet till kommersiell service och genom samverkan med "
        "handlarna om servicepunkter."), P(
        "<b>Digital infrastruktur.</b> Alla hushåll och företag ska ha möjlighet till snabbt "
        "bredband. Kommunen samordnar fiberföreningarnas arbete med kvarvarande vita fläckar och "
        "verkar för god mobiltäckning längs de stora vägarna."), P(
        "<b>Boende och byggande.</b> Nya bostäder ska kunna byggas i anslutning till befintliga "
        "orter och längs kollektivtrafikstråk. Översiktsplanens områden för landsbygdsutveckling i "
        "strandnära lägen används för att pröva ny bebyggelse."), P(
        "<b>Kommunikationer.</b> Kommunen verkar gentemot regionen för en kollektivtrafik som "
        "gör det möjligt att pendla till arbete och studier, kompletterad med anropsstyrd trafik "
        "och säkra cykelvägar mellan orterna."), P(
        "<b>Näringsliv och besöksnäring.</b> Jord- och skogsbruket, de små företagen och "
        "besöksnäringen kring Vättern och Tiveden är grunden för landsbygdens ekonomi. Kommunen "
        "ska ge snabb och samordnad service i tillstånds- och lovärenden och använda "
        "upphandlingar så att lokala företag kan delta."), P(
        "<b>Föreningsliv och delaktighet.</b> Bygdeföreningar, byalag och idrottsföreningar "
        "gör stora insatser för sina orter. Kommunen för en regelbunden dialog med "
        "landsbygdsrådet och stödjer lokala utvecklingsplaner.")]
    s += [P("Ansvar och aktualitetsprövning", "h2"), P(
        "Kommunstyrelsen ansvarar för att samordna arbetet med programmet och redovisar det i "
        "årsredovisningen. Varje nämnd ansvarar för programmets genomförande inom sitt område."),
        P("Programmet fastställs av kommunfullmäktige. Mindre redaktionella ändringar får "
          "beslutas av kommunstyrelsen. Programmet ska aktualitetsprövas senast 2029-06-30.")]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm)
    f1 = Frame(20 * mm, 38 * mm, W - 40 * mm, H - 38 * mm - 34 * mm, id="f1")
    f2 = Frame(22 * mm, 20 * mm, W - 44 * mm, H - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate(id="prot", frames=[f1]),
                          PageTemplate(id="bil", frames=[f2])])
    st = extract() + [NextPageTemplate("bil"), PageBreak()] + document()
    doc.build(st, canvasmaker=numbered_canvas(lay_b5.page_fn(
        "Kommunfullmäktige", "2025-09-29", "Sida 9 (31)", "Bilaga till KF § 78/2025",
        "Askersunds kommun – " + TITLE)))
