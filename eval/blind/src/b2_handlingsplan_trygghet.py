"""B2: Handlingsplan för trygghet och brottsförebyggande arbete 2023–2025 (expired)."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, styles, numbered_canvas, bullets
import lay_b2

TITLE = "Handlingsplan för trygghet och brottsförebyggande arbete 2023–2025"
ST = styles("Times-Roman", 11, 14.5)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 12
ST["h3"].fontName = "Helvetica-Bold"

ACTIONS = {
    "Fokusområde 1. Trygga offentliga miljöer": [
        ("Trygghetsvandringar i Askersunds tätort, Åmmeberg och Olshammar", "Samhällsbyggnadsförvaltningen", "Varje höst"),
        ("Förbättrad belysning på gång- och cykelvägar enligt inventering", "Samhällsbyggnadsförvaltningen", "2023–2024"),
        ("Klotter och skadegörelse på kommunala byggnader saneras inom 48 timmar", "Fastighetsenheten", "Löpande"),
        ("Kameraövervakning vid resecentrum utreds", "Säkerhetssamordnare", "2024"),
    ],
    "Fokusområde 2. Tidiga insatser för barn och unga": [
        ("Samverkan skola, socialtjänst och polis (SSP) med gemensam lägesbild varje månad", "Socialförvaltningen", "Löpande"),
        ("Föräldrastödsprogram erbjuds i alla skolområden", "Barn- och utbildningsförvaltningen", "2023–2025"),
        ("Fältverksamhet fredagar och lördagar under skolterminerna", "Kultur- och fritidsförvaltningen", "Löpande"),
        ("Drogförebyggande undervisning i årskurs 7–9", "Barn- och utbildningsförvaltningen", "Varje läsår"),
    ],
    "Fokusområde 3. Lägesbild och samverkan": [
        ("Medborgarlöfte tecknas årligen med Polisområde Örebro län", "Kommundirektör", "Varje år"),
        ("Gemensam lägesbild tas fram och redovisas för kommunstyrelsen", "Säkerhetssamordnare", "Två gånger per år"),
        ("Utbildning om våldsbejakande extremism för chefer", "HR-avdelningen", "2024"),
    ],
}


def action_table(rows):
    data = [[Paragraph("<b>Åtgärd</b>", ST["cell"]), Paragraph("<b>Ansvar</b>", ST["cell"]),
             Paragraph("<b>Tid</b>", ST["cell"])]]
    for a, b, c in rows:
        data.append([Paragraph(a, ST["cell"]), Paragraph(b, ST["cell"]), Paragraph(c, ST["cell"])])
    t = Table(data, colWidths=[88 * mm, 48 * mm, 30 * mm])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, lay_b2.ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, lay_b2.ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, lay_b2.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 14 * mm), P(TITLE, "h1"),
         P("Kommunens gemensamma plan för ett tryggare Askersund", "ital"), Spacer(1, 6 * mm)]
    s += [P("1. Bakgrund", "h2"), P(
        "Trygghet är en förutsättning för att människor ska vilja bo, arbeta och verka i "
        "kommunen. Kommunens medborgarundersökning visar att andelen invånare som känner sig "
        "trygga utomhus på kvällstid har minskat något, särskilt bland unga kvinnor. Samtidigt "
        "är den anmälda brottsligheten i kommunen låg jämfört med länet i övrigt. Sedan den 1 juli "
        "2023 har kommunerna ett lagstadgat ansvar för brottsförebyggande arbete, vilket "
        "innebär krav på lägesbild, åtgärdsplan och samordning."), P(
        "Handlingsplanen har tagits fram av kommunens brottsförebyggande råd där förvaltningarna, "
        "Polisen och civilsamhället är representerade.")]
    s += [P("2. Syfte och mål", "h2"), P(
        "Syftet är att samla kommunens insatser för trygghet och brottsprevention under planperioden "
        "och göra ansvaret tydligt. Målen är att")]
    s += bullets([
        "andelen invånare som känner sig trygga i sitt bostadsområde ska öka,",
        "antalet anmälda skadegörelsebrott på kommunal egendom ska minska,",
        "fler unga ska delta i organiserade fritidsaktiviteter."], ST)
    s += [P("3. Åtgärder", "h2")]
    for k, rows in ACTIONS.items():
        s += [P(k, "h3"), action_table(rows), Spacer(1, 3 * mm)]
    s += [P("4. Ansvar och uppföljning", "h2"), P(
        "Kommunstyrelsen har det övergripande ansvaret för planen. Varje förvaltning ansvarar "
        "för de åtgärder som anges för den och redovisar dem i sin verksamhetsberättelse. "
        "Säkerhetssamordnaren sammanställer en uppföljning som lämnas till kommunstyrelsen i "
        "samband med årsredovisningen."), P(
        "Justeringar av enskilda åtgärder inom planens ram beslutas av kommundirektören. "
        "Nya fokusområden eller ändrade mål beslutas av kommunstyrelsen."), P(
        "Inför planperiodens slut ska det brottsförebyggande rådet lämna förslag på en ny plan "
        "baserad på en uppdaterad lägesbild.")]
    s.append(lay_b2.docinfo([
        ("Dokumenttyp", "Handlingsplan"),
        ("Beslutsinstans", "Kommunstyrelsen"),
        ("Beslutsdatum", "7 mars 2023, § 41"),
        ("Diarienummer", "KS 2022/388"),
        ("Giltighetstid", "2023-01-01 – 2025-12-31"),
        ("Gäller för", "Kommunens samtliga förvaltningar"),
        ("Ansvarig för uppföljning", "Säkerhetssamordnare, kommunledningsförvaltningen"),
    ], ST))
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=22 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b2.page_fn("Handlingsplan för trygghet och brottsförebyggande arbete")))
