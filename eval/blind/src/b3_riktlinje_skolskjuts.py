"""B3: Riktlinjer för skolskjuts."""
import pathlib
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate)
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, H, styles, numbered_canvas, bullets
import lay_b3

TITLE = "Riktlinjer för skolskjuts"
ST = styles("Helvetica", 10, 14)


def dist_table():
    data = [["Årskurs", "Avstånd mellan hem och skola", "Längsta väntetid per dag"],
            ["Förskoleklass–årskurs 3", "2 km eller mer", "40 minuter"],
            ["Årskurs 4–6", "3 km eller mer", "50 minuter"],
            ["Årskurs 7–9", "4 km eller mer", "60 minuter"],
            ["Anpassad grundskola", "Bedöms individuellt", "30 minuter"]]
    data = [[Paragraph(x if i else "<b>%s</b>" % x, ST["cell"]) for x in row]
            for i, row in enumerate(data)]
    t = Table(data, colWidths=[50 * mm, 60 * mm, 50 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.5, 0.5, 0.5)),
                           ("BACKGROUND", (0, 0), (-1, 0), lay_b3.SHADE)]))
    return t


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 6 * mm), lay_b3.header_table([
        [("Dokumenttyp", "Riktlinje"), ("Beslutande", "Barn- och utbildningsnämnden"),
         ("Datum", "2024-05-15, § 41"), ("Dnr", "BUN 2024/52")],
        [("Gäller från", "2024-07-01"), ("Gäller till", "Tills vidare"),
         ("Ersätter", "–"), ("Ansvarig", "Administrativ chef")],
    ]), Spacer(1, 8 * mm), P(TITLE, "h1")]
    s += [P("Inledning", "h2"), P(
        "Elever i förskoleklass, grundskola och anpassad grundskola har rätt till kostnadsfri "
        "skolskjuts om det behövs med hänsyn till färdvägens längd, trafikförhållanden, elevens "
        "funktionsnedsättning eller någon annan särskild omständighet. Riktlinjerna beskriver hur "
        "barn- och utbildningsnämnden bedömer rätten till skolskjuts i Askersunds kommun. De "
        "gäller för elever som är folkbokförda i kommunen och går i den skola som kommunen har "
        "placerat dem i.")]
    s += [P("Avståndsgränser och väntetider", "h2"), P(
        "Avståndet mäts längs kortaste gångbara väg mellan elevens folkbokföringsadress och "
        "skolans närmaste entré. Skolskjuts beviljas när avståndet är lika med eller överstiger "
        "gränserna nedan."), dist_table(), Spacer(1, 3 * mm), P(
        "Eleven kan behöva gå eller cykla till en hållplats. Avståndet till hållplatsen får vara "
        "högst 1 km för elever i förskoleklass–årskurs 3 och högst 2 km för äldre elever.")]
    s += [P("Trafikfarlig väg", "h2"), P(
        "Även om avståndsgränsen inte uppnås kan skolskjuts beviljas om vägen bedöms som "
        "trafikfarlig. Bedömningen görs av samhällsbyggnadsförvaltningen utifrån bland annat "
        "hastighet, trafikmängd, sikt och tillgång till gång- och cykelbana. Vilka vägavsnitt som "
        "räknas som trafikfarliga fastställs av barn- och utbildningsnämnden och ses över "
        "vartannat år.")]
    s += [P("Särskilda skäl och funktionsnedsättning", "h2"), P(
        "Elev med varaktig eller tillfällig funktionsnedsättning kan beviljas skolskjuts oavsett "
        "avstånd. Ansökan ska styrkas med intyg från läkare eller annan sakkunnig. Tillfällig "
        "skolskjuts vid olycksfall ersätts i första hand av kommunens olycksfallsförsäkring.")]
    s += [P("Växelvis boende och skolval", "h2")]
    s += bullets([
        "Vid växelvis boende inom kommunen kan skolskjuts beviljas från båda adresserna om "
        "eleven bor ungefär lika mycket hos båda vårdnadshavarna.",
        "Elev som har valt en annan skola än den kommunen placerat eleven i har rätt till "
        "skolskjuts endast om den kan ordnas utan organisatoriska svårigheter eller ekonomiska "
        "merkostnader för kommunen.",
        "Skolskjuts beviljas inte till fritidshem eller till fritidsaktiviteter."], ST)
    s += [P("Ansökan och beslut", "h2"), P(
        "Ansökan om skolskjuts görs i kommunens e-tjänst senast den 15 maj inför kommande läsår. "
        "Ansökan som kommer in senare handläggs i mån av tid. Beslut om skolskjuts fattas av "
        "skolskjutshandläggaren med stöd av nämndens delegationsordning och gäller för ett "
        "läsår i taget."), P(
        "Beslut om skolskjuts kan överklagas till förvaltningsrätten genom "
        "förvaltningsbesvär när det gäller elever i den skola kommunen placerat dem i, och "
        "genom laglighetsprövning i övriga fall. Information om hur man överklagar bifogas "
        "varje beslut.")]
    s += [P("Uppförande och säkerhet", "h2"), P(
        "Elever ska använda bälte och följa förarens anvisningar. Om en elev upprepade gånger "
        "stör säkerheten kan rektor i samråd med administrativ chef besluta om åtgärder. "
        "Vårdnadshavare ansvarar för barnets säkerhet fram till dess att eleven har stigit på "
        "fordonet.")]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=30 * mm, bottomMargin=18 * mm)
    f1 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f1")
    f2 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, H - 20 * mm - doc.bottomMargin, id="f2")
    st = [NextPageTemplate("later")] + story()
    doc.addPageTemplates([PageTemplate(id="first", frames=[f1]),
                          PageTemplate(id="later", frames=[f2])])
    doc.build(st, canvasmaker=numbered_canvas(lay_b3.page_fn(TITLE, "Barn- och utbildningsförvaltningen")))
