"""F6: Riktlinjer för parkeringstillstånd för personer med rörelsehinder (web print-out)."""
import pathlib
from reportlab.platypus import Paragraph
from common import styles, numbered_canvas, bullets, truth, stm
import lay_f6

FILE = "riktlinjer-parkeringstillstand-rorelsehindrade.pdf"
TITLE = "Riktlinjer för parkeringstillstånd för personer med rörelsehinder"
ST = styles("Helvetica", 9.5, 13)

TRUTH = truth(
    layout="F6", title=TITLE, doc_type="riktlinje",
    decided_by="miljö- och samhällsbyggnadsnämnden", decision_date="2024-10-15",
    paragraph="§ 92", diarienummer="MSN 2024/210", valid_from="2024-11-01", valid_to=None,
    replaces=None, replaces_file=None, scope=None,
    owner="Enhetschef, tillståndsenheten", review_date="2026-10-31",
    publication_stated=None, publication="extern", status_2026_11_26="gällande",
    statements=[
        stm("Beslut om parkeringstillstånd", "handläggare vid samhällsbyggnadsförvaltningen", 1),
        stm("Återkallelse av parkeringstillstånd", "enhetschefen för tillståndsenheten", 2),
    ],
    notes="Browser print-out: print date 2026-05-18 and 'Senast uppdaterad: 3 mars 2025' are "
          "not the decision date (15 oktober 2024, § 92). 'Revideras senast 2026-10-31' has "
          "passed; no end date, so still in force.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = lay_f6.head(
        ["Startsida", "Trafik och infrastruktur", "Parkering",
         "Parkeringstillstånd för rörelsehindrade"], TITLE,
        "Riktlinjerna beskriver hur kommunen bedömer ansökningar om parkeringstillstånd för "
        "dig som har svårt att gå, och vad tillståndet innebär i Askersunds kommun.",
        "3 mars 2025",
        [("Dokumenttyp", "Riktlinje"),
         ("Beslutad av", "Miljö- och samhällsbyggnadsnämnden"),
         ("Beslutsdatum", "15 oktober 2024, § 92"), ("Diarienummer", "MSN 2024/210"),
         ("Giltighet", "Från och med 2024-11-01, tills vidare"),
         ("Revideras senast", "2026-10-31"),
         ("Dokumentansvarig", "Enhetschef, tillståndsenheten")], ST)
    s += [P("Vem kan få tillstånd?", "h2"), P(
        "Tillstånd kan ges till dig som <b>kör själv</b> och har ett rörelsehinder som gör att du "
        "har väsentliga svårigheter att förflytta dig på egen hand. Som riktmärke gäller att du "
        "inte kan gå mer än 100 meter utan hjälp eller vila."), P(
        "Tillstånd kan också ges till dig som <b>åker med</b> som passagerare om du behöver "
        "förarens hjälp även utanför fordonet, till exempel för att du inte kan lämnas ensam "
        "medan föraren parkerar.")]
    s += [P("Så bedömer vi din ansökan", "h2")]
    s += bullets([
        "Varje ansökan prövas individuellt. En diagnos räcker inte i sig, det är hur du kan "
        "förflytta dig som avgör.",
        "Till ansökan ska ett läkarintyg bifogas som inte är äldre än tre månader.",
        "Kommunen kan begära ett kompletterande intyg eller låta en förtroendeläkare bedöma "
        "underlaget.",
        "Rörelsehindret ska bedömas bestå i minst sex månader. Tillfälliga besvär efter till "
        "exempel en operation ger inte rätt till tillstånd.",
    ], ST)
    s += [P("Hur länge gäller tillståndet?", "h2"), P(
        "Tillstånd ges för högst tre år. Om funktionsnedsättningen är bestående och inte väntas "
        "förbättras kan tillstånd ges för fem år. Vill du fortsätta ha tillstånd gör du en ny "
        "ansökan med nytt läkarintyg senast sex veckor innan ditt tillstånd går ut.")]
    s += [P("Handläggning, avgift och beslut", "h2"), P(
        "Det kostar ingenting att ansöka. Handläggningstiden är normalt fyra veckor från det att "
        "ansökan är komplett. Beslut fattas av handläggare vid samhällsbyggnadsförvaltningen "
        "enligt nämndens delegationsordning. Ett avslag kan överklagas till förvaltningsrätten; "
        "överklagandet lämnas till kommunen inom tre veckor från den dag du fick del av "
        "beslutet."), P(
        "Om kortet kommer bort eller blir stulet kan du få ett nytt kort för 200 kr. En "
        "polisanmälan ska bifogas om kortet är stulet.")]
    s += [P("Vad gäller i Askersunds kommun?", "h2"), P(
        "Tillståndet gäller i hela landet. I Askersunds kommun får fordon som används med giltigt "
        "tillstånd dessutom parkera utan avgift på kommunens avgiftsbelagda parkeringar. På den "
        "tidsbegränsade parkeringen vid Stora torget gäller tillståndet högst fyra timmar i "
        "följd."), P(
        "Kortet är personligt och ska ligga väl synligt innanför vindrutan. Om kortet används av "
        "någon annan eller om du inte längre uppfyller kraven kan tillståndet återkallas. Beslut "
        "om återkallelse fattas av enhetschefen för tillståndsenheten.")]
    s += lay_f6.tail("Samhällsbyggnadsförvaltningen, tillståndsenheten. Ansökan görs i "
                     "kommunens e-tjänst eller på blankett.", ST)
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f6.build(out_path, TITLE, "2026-05-18 13:07",
                 "https://www.askersund.se/trafik-och-infrastruktur/parkering/"
                 "parkeringstillstand-for-rorelsehindrade/riktlinjer", story(), numbered_canvas)
