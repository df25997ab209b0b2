"""B7: Strategi för digital utveckling (adopted 2021, revised 2024)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from common import styles, numbered_canvas, bullets
import lay_b7

TITLE = "Strategi för digital utveckling"
ST = styles("Times-Roman", 11, 15)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 12
ST["h1"].fontName = "Helvetica-Bold"
ST["h3"].fontName = "Helvetica-Bold"


def body():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 12), P(TITLE, "h1")]
    s += [P("Bakgrund", "h2"), P(
        "Digitaliseringen förändrar hur kommunen möter invånare och företag och hur arbetet "
        "organiseras. Strategin anger hur Askersunds kommun ska använda digitala lösningar för att "
        "förbättra service, frigöra tid för kärnverksamheten och hålla kostnaderna nere. "
        "Revideringen 2024 tar in erfarenheterna från pandemiåren, kraven på cybersäkerhet och "
        "möjligheterna med generativ AI.")]
    s += [P("Strategiska inriktningar", "h2")]
    s += [P("1. Invånaren i centrum", "h3"), P(
        "Kommunens tjänster ska gå att använda digitalt dygnet runt när det är möjligt. Den som "
        "inte kan eller vill använda digitala kanaler ska få samma service på annat sätt. Senast "
        "2026 ska de tjugo mest efterfrågade ärendetyperna kunna startas i e-tjänst.")]
    s += [P("2. Effektiv och innovativ verksamhet", "h3"), P(
        "Förvaltningarna ska systematiskt pröva automatisering av återkommande arbetsmoment. "
        "Nya arbetssätt testas i mindre skala innan de införs brett. Välfärdsteknik inom vård och "
        "omsorg ska bidra till ökad självständighet för de äldre.")]
    s += [P("3. Säker och robust infrastruktur", "h3"), P(
        "Kommunens system ska hålla en säkerhetsnivå som motsvarar informationens "
        "skyddsvärde. Kommunen samverkar med andra kommuner i länet om gemensam drift och "
        "incidentberedskap.")]
    s += [P("4. Datadriven styrning", "h3"), P(
        "Data från verksamhetssystemen ska användas för uppföljning och analys. Grunddata om "
        "adresser, fastigheter och organisation ska hållas aktuella och delas enligt öppna "
        "standarder när det inte finns hinder i lag.")]
    s += [P("Ansvar och beslut", "h2"), P(
        "Kommunstyrelsen leder och samordnar kommunens digitalisering. Digitaliseringschefen "
        "ansvarar för att strategin genomförs och följs upp. Varje förvaltningschef ansvarar för "
        "digital utveckling inom sin förvaltning."), P(
        "Investeringar i nya verksamhetssystem som berör flera förvaltningar beslutas av "
        "kommundirektören efter beredning i digitaliseringsrådet. Användning av AI-tjänster som "
        "behandlar personuppgifter beslutas av respektive förvaltningschef efter en "
        "konsekvensbedömning.")]
    s += [P("Uppföljning", "h2"), P(
        "Strategin följs upp årligen i kommunstyrelsens verksamhetsberättelse. Strategin gäller "
        "till och med 2027 och ska därefter ersättas eller förlängas genom nytt beslut.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_b7.build(out_path, TITLE, [
        ("Dokumenttyp", "Strategi"),
        ("Fastställd av", "Kommunstyrelsen"),
        ("Senast reviderad", "2024-02-13, § 22"),
        ("Diarienummer", "KS 2023/517"),
        ("Giltighetstid", "2024-03-01 – 2027-12-31"),
        ("Gäller för", "Samtliga förvaltningar"),
        ("Dokumentägare", "Digitaliseringschef"),
        ("Målgrupp", "Chefer och medarbetare"),
    ], body(), "Antagen KS 2021-03-09 § 37  ·  Reviderad KS 2024-02-13 § 22  ·  " + TITLE,
        numbered_canvas)
