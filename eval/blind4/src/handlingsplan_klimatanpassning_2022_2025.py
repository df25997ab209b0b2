"""L4: handlingsplan för klimatanpassning 2022–2025, a landscape spreadsheet print whose first
grid rows hold the document data (Beslutsorgan, Datum för beslut, Paragraf, Dnr / Giltighetstid,
Ansvarig, Gäller för). Only the column header row repeats on page 2. Expired 2025-12-31."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import l4_build, l4_sheet, styles, truth

FILE = "handlingsplan-klimatanpassning-2022-2025.pdf"
TITLE = "Handlingsplan för klimatanpassning 2022–2025"

HEADER = ["Nr", "Åtgärd", "Ansvarig", "Tidplan", "Kostnad och finansiering", "Uppföljning",
          "Koppling"]
ROWS = [
    ("1. Översvämning och skyfall",),
    ("1.1", "Ta fram en skyfallskartering för Askersunds tätort och Åsbro",
     "Samhällsbyggnadsförvaltningen, VA-enheten", "2022", "250 000 kr, VA-kollektivet",
     "Kartering klar", "Översiktsplanen"),
    ("1.2", "Peka ut ytor i parker som kan ta emot vatten vid skyfall",
     "Gatu- och parkenheten", "2022–2023", "Inom ram", "Antal utpekade ytor",
     "Grönplan"),
    ("1.3", "Krav på fördröjning av dagvatten i nya detaljplaner", "Planenheten",
     "Löpande", "Inom ram", "Andel planer med krav", "Dagvattenpolicy"),
    ("1.4", "Inventera källare och kulvertar i kommunens fastigheter med risk för "
     "översvämning", "Fastighetsenheten", "2023", "80 000 kr", "Inventering klar", ""),
    ("2. Höga vattennivåer i Vättern",),
    ("2.1", "Fastställa lägsta grundläggningsnivå för ny bebyggelse vid Vättern",
     "Planenheten", "2022", "Inom ram", "Nivå fastställd", "Översiktsplanen"),
    ("2.2", "Utreda skydd av hamnområdet mot höga vattenstånd", "Samhällsbyggnadschef",
     "2023–2024", "150 000 kr", "Utredning klar", ""),
    ("3. Värmeböljor",),
    ("3.1", "Handlingsplan för värmebölja inom vård och omsorg", "Socialförvaltningen",
     "2022", "Inom ram", "Plan antagen", "Krisberedskap"),
    ("3.2", "Plantera skuggande träd på förskolegårdar", "Gatu- och parkenheten",
     "2022–2025", "60 000 kr per år", "Antal planterade träd", "Grönplan"),
    ("3.3", "Information till invånare om värmebölja via webbplats och sociala medier",
     "Kommunikationsavdelningen", "Varje sommar", "Inom ram", "Publicerad information",
     ""),
    ("4. Ras, skred och erosion",),
    ("4.1", "Översiktlig stabilitetskartering längs vattendrag", "Samhällsbyggnadsförvaltningen",
     "2024", "300 000 kr, statsbidrag söks", "Kartering klar", "MSB"),
    ("4.2", "Bevaka erosion vid badplatser och bryggor", "Fritidsenheten", "Årligen",
     "Inom ram", "Rapport till nämnden", ""),
    ("5. Dricksvatten och torka",),
    ("5.1", "Reservvattenplan för de kommunala vattenverken", "VA-enheten", "2023",
     "120 000 kr, VA-kollektivet", "Plan klar", "Vattenförsörjningsplan"),
    ("5.2", "Vädjan om sparsam vattenanvändning vid låga grundvattennivåer", "VA-enheten",
     "Vid behov", "Inom ram", "Antal tillfällen", ""),
    ("5.3", "Bevattningsförbud i kommunens parker vid allvarlig torka", "Gatu- och parkenheten",
     "Vid behov", "Inom ram", "Antal dagar med förbud", "Beslutas av samhällsbyggnadschef"),
    ("6. Natur och grönstruktur",),
    ("6.1", "Ersätta almar och askar som dör av sjukdom med tåligare arter",
     "Gatu- och parkenheten", "2022–2025", "40 000 kr per år", "Antal ersatta träd",
     "Grönplan"),
    ("6.2", "Kartlägga invasiva arter längs stränder och vägkanter", "Miljöstrateg",
     "2023", "Inom ram, LONA-bidrag söks", "Kartläggning klar", ""),
    ("7. Samhällsviktig verksamhet och kunskap",),
    ("7.1", "Reservkraft för vattenverk och avloppspumpstationer",
     "VA-enheten", "2024", "900 000 kr, VA-kollektivet", "Andel anläggningar med reservkraft",
     "Krisberedskap"),
    ("7.2", "Utbildning i klimatanpassning för planerare, bygglovshandläggare och "
     "projektledare", "Samhällsbyggnadsförvaltningen", "2022 och 2024", "30 000 kr",
     "Antal utbildade", ""),
    ("7.3", "Ta med klimatrisker i underlaget för varje ny investering över 2 miljoner kronor",
     "Samhällsbyggnadschef", "Löpande", "Inom ram", "Andel investeringar med riskbedömning",
     "Investeringsprocessen"),
    ("7.4", "Samverka med Länsstyrelsen i Örebro län och grannkommunerna runt Vättern",
     "Miljöstrateg", "Löpande", "Inom ram", "Antal samverkansmöten", ""),
]


def story():
    s = styles("Helvetica", 10)
    return [l4_sheet(
        TITLE,
        [[("Beslutsorgan", "Samhällsbyggnadsnämnden"), ("Datum för beslut", "2022-02-16"),
          ("Paragraf", "§ 12")],
         [("Dnr", "SBN 2021/190"), ("Giltighetstid", "2022-01-01 – 2025-12-31"),
          ("Ansvarig", "Miljöstrateg")],
         [("Gäller för", "Samhällsbyggnadsnämndens verksamheter")]],
        "<b>Syfte.</b> Handlingsplanen samlar de åtgärder som samhällsbyggnadsnämnden ska "
        "genomföra för att minska riskerna vid skyfall, höga vattennivåer, värmeböljor, ras "
        "och torka. Åtgärderna utgår från kommunens risk- och sårbarhetsanalys. Åtgärder som "
        "anges som \"inom ram\" finansieras inom ansvarig enhets budget. Åtgärder med "
        "särskild kostnad förutsätter att medel anvisas i mål och budget. Uppföljning "
        "redovisas för nämnden i samband med årsbokslutet.",
        HEADER, ROWS, [22, 78, 46, 24, 38, 36, 29], s, repeat_top=False)]


def build(out_path) -> None:
    l4_build(out_path, TITLE, story, "Handlingsplan klimatanpassning 2022-2025.xlsx")


TRUTH = truth(
    layout="L4",
    title=TITLE,
    doc_type="handlingsplan",
    decided_by="samhällsbyggnadsnämnden",
    decision_date="2022-02-16",
    paragraph="§ 12",
    diarienummer="SBN 2021/190",
    valid_from="2022-01-01",
    valid_to="2025-12-31",
    scope="Samhällsbyggnadsnämndens verksamheter",
    owner="Miljöstrateg",
    status_2026_11_26="utgången",
    notes=("L4: landscape spreadsheet print; the document data are the first rows of the "
           "action grid (Beslutsorgan | Samhällsbyggnadsnämnden | Datum för beslut | 2022-02-16 "
           "| Paragraf | § 12; Dnr | SBN 2021/190 | Giltighetstid | 2022-01-01 – 2025-12-31 | "
           "Ansvarig | Miljöstrateg; Gäller för). Only the column header row repeats on p. 2. "
           "Validity ended 2025-12-31 (utgången); no successor in the collection. The "
           "'Ansvarig' column names units per action, not decision makers."),
)
