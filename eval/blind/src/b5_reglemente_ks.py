"""B5: Reglemente för kommunstyrelsen, preceded by an extract of KF's protocol."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                NextPageTemplate, PageBreak)
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas, bullets
import lay_b5

TITLE = "Reglemente för kommunstyrelsen"
ST = styles("Times-Roman", 10.5, 14)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 11.5
ST["h3"].fontName = "Helvetica-Bold"
ST["h3"].fontSize = 10


def extract():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = lay_b5.para_head(ST, "KF § 142", "Dnr KS 2024/356",
                         "Revidering av reglemente för kommunstyrelsen")
    s += [P("<b>Kommunfullmäktiges beslut</b>"), P("Kommunfullmäktige beslutar att")]
    s += bullets([
        "anta reglemente för kommunstyrelsen enligt bilaga, att gälla från och med den "
        "1 januari 2025,",
        "reglementet ersätter reglemente för kommunstyrelsen antaget av kommunfullmäktige "
        "2019-02-25, § 14, med ändringar 2021-06-21, § 57."], ST, sym="num")
    s += [P("<b>Ärendebeskrivning</b>"), P(
        "Kommunfullmäktige beslutade 2022-10-17, § 88, om en ny nämndorganisation från "
        "mandatperioden 2023–2026. Kommunledningsförvaltningen har därefter sett över "
        "kommunstyrelsens reglemente. Förslaget förtydligar styrelsens uppsiktsplikt över "
        "nämnder och bolag, samlar bestämmelserna om krisledning och anpassar "
        "beloppsgränserna för fastighetsaffärer."), P(
        "Kommunstyrelsen beslutade 2024-11-26, § 201, att föreslå kommunfullmäktige att anta "
        "reglementet.")]
    s += [P("<b>Beslutsunderlag</b>"), P(
        "Tjänsteskrivelse från kommunledningsförvaltningen, 2024-10-30<br/>"
        "Kommunstyrelsens protokoll 2024-11-26, § 201<br/>"
        "Förslag till reglemente för kommunstyrelsen")]
    s += [P("<b>Beslutet skickas till</b>"), P(
        "Kommunstyrelsen<br/>Samtliga nämnder<br/>Författningssamlingen")]
    return s


CHAPTERS = [
    ("1 kap. Kommunstyrelsens roll", [
        ("1 §", "Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan och har ansvar "
                "för hela kommunens utveckling och ekonomiska ställning."),
        ("2 §", "Kommunstyrelsen ska leda och samordna förvaltningen av kommunens angelägenheter och "
                "ha uppsikt över övriga nämnders och de kommunala bolagens verksamhet. Styrelsen får "
                "begära in de upplysningar och yttranden som behövs för uppsikten."),
        ("3 §", "Kommunstyrelsen ansvarar för att beredda ärenden till kommunfullmäktige håller god "
                "kvalitet och att fullmäktiges beslut verkställs."),
    ]),
    ("2 kap. Ledning, styrning och ekonomi", [
        ("4 §", "Kommunstyrelsen leder arbetet med mål och budget, ansvarar för kommunens "
                "styrmodell och ger anvisningar för nämndernas uppdragsplaner och uppföljning."),
        ("5 §", "Kommunstyrelsen ansvarar för medelsförvaltningen och får inom ramen för "
                "fullmäktiges beslut om låneram besluta om upptagande av lån och om omsättning av lån."),
        ("6 §", "Kommunstyrelsen beslutar om köp, försäljning och byte av fast egendom när "
                "köpeskillingen uppgår till högst 8 miljoner kr per affär. Affärer över detta belopp "
                "beslutas av kommunfullmäktige."),
        ("7 §", "Kommunstyrelsen beslutar om avskrivning av fordringar som överstiger 2 "
                "prisbasbelopp, om beslutanderätten inte har delegerats."),
    ]),
    ("3 kap. Personal, arkiv och säkerhet", [
        ("8 §", "Kommunstyrelsen är kommunens anställningsmyndighet och har hand om frågor som rör "
                "förhållandet mellan kommunen som arbetsgivare och dess arbetstagare. Styrelsen "
                "förhandlar och sluter kollektivavtal på kommunens vägnar."),
        ("9 §", "Kommunstyrelsen är arkivmyndighet och ansvarar för kommunens "
                "informationshantering och centralarkiv."),
        ("10 §", "Kommunstyrelsen fullgör kommunens uppgifter som krisledningsnämnd enligt lagen "
                 "(2006:544) om kommuners och regioners åtgärder inför och vid extraordinära "
                 "händelser i fredstid och höjd beredskap."),
    ]),
    ("4 kap. Delegering från kommunfullmäktige", [
        ("11 §", "Kommunstyrelsen får besluta i följande ärenden som annars skulle ha beslutats av "
                 "fullmäktige:"),
    ]),
    ("5 kap. Arbetsformer", [
        ("12 §", "Kommunstyrelsen består av 13 ledamöter och 13 ersättare. Kommunfullmäktige väljer "
                 "bland ledamöterna en ordförande och två vice ordförande."),
        ("13 §", "Inom kommunstyrelsen finns ett arbetsutskott med fem ledamöter och fem ersättare. "
                 "Styrelsen får delegera beslutanderätt till arbetsutskottet, till ordföranden och "
                 "till anställda enligt en av styrelsen fastställd delegationsordning."),
        ("14 §", "Kommunstyrelsen sammanträder på dag och tid som styrelsen bestämmer. Ordföranden "
                 "kallar till extra sammanträde när minst en tredjedel av ledamöterna begär det."),
        ("15 §", "Ledamöter får delta i sammanträden på distans om ordföranden medger det. "
                 "Distansdeltagande får inte ske i ärenden som rör myndighetsutövning mot enskild."),
        ("16 §", "Avtal, skrivelser och andra handlingar som beslutats av kommunstyrelsen "
                 "undertecknas av ordföranden eller vid förfall för denne av vice ordföranden, och "
                 "kontrasigneras av kommundirektören. Styrelsen får bestämma att annan ska "
                 "underteckna."),
        ("17 §", "Protokollet justeras av ordföranden och en ledamot. Styrelsen får besluta att en "
                 "paragraf ska justeras omedelbart."),
    ]),
]

DELEGERING = [
    "upplåning och borgen inom de ramar som kommunfullmäktige fastställt i mål och budget,",
    "ändring av taxor med anledning av indexuppräkning enligt fullmäktiges beslut,",
    "yttranden över remisser från staten och regionen, om ärendet inte är av principiell "
    "betydelse,",
    "förvärv och försäljning av aktier och andelar till ett värde om högst 2 miljoner kr.",
]


def document():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), P(
        "Utöver det som föreskrivs i kommunallagen och annan lagstiftning gäller bestämmelserna "
        "i detta reglemente för kommunstyrelsen i Askersunds kommun.", "ital")]
    for head, pars in CHAPTERS:
        s.append(P(head, "h2"))
        for nr, text in pars:
            s.append(P("<b>%s</b>  %s" % (nr, text)))
        if head.startswith("4 kap."):
            s += bullets(DELEGERING, ST, sym="–")
            s.append(P("Frågor om ändrade ramar för upplåning och borgen fastställs av "
                       "kommunfullmäktige."))
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
        "Kommunfullmäktige", "2024-12-16", "Sida 17 (42)", "Bilaga till KF § 142/2024",
        "Askersunds kommun – " + TITLE)))
