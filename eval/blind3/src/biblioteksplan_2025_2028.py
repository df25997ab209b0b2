"""K2 (grid variant): a cover with the title and a framed label grid 'Antagen av | Datum | § /
Diarienummer | Giltighetstid | Ansvarig nämnd / Ersätter'; text pp. 2–3 under a thin header.
Cites bibliotekslagen, the regional biblioteksplan and the previous plan (KF 2020-11-23 § 121)."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, k2_block, k2_build, sp, stm, styles, truth

FILE = "biblioteksplan-2025-2028.pdf"
TITLE = "Biblioteksplan 2025–2028"


def story():
    s = styles("Helvetica", 10)
    b = s["body"]
    big = styles("Helvetica", 18)["title"]
    return [
        sp(150),
        Paragraph(TITLE, big),
        Paragraph("Plan för folkbibliotek och skolbibliotek i Askersunds kommun", s["h2"]),
        sp(30),
        k2_block([], s, 150, grid_rows=[
            [("Antagen av", "Kommunfullmäktige"), ("Datum", "2024-10-21"), ("§", "97")],
            [("Diarienummer", "KS 2024/140"), ("Giltighetstid", "2025-01-01 – 2028-12-31"),
             ("Ansvarig nämnd", "Kultur- och fritidsnämnden")],
            [("Ersätter", "Biblioteksplan 2021–2024 (KF 2020-11-23, § 121)"),
             ("Dokumentansvarig", "Bibliotekschef"), ("", "")],
        ]),
        PageBreak(),
        Paragraph("Inledning", s["h1"]),
        Paragraph(
            "Enligt 17 § bibliotekslagen (2013:801) ska kommuner anta biblioteksplaner för sin "
            "verksamhet på biblioteksområdet. Planen omfattar folkbiblioteket med huvudbibliotek "
            "i Askersund och filial i Åmmeberg samt skolbiblioteken. Planen utgår från den "
            "regionala biblioteksplanen för Örebro län 2024–2027 och från kommunfullmäktiges "
            "målområden.", b),
        Paragraph("Ansvar", s["h1"]),
        Paragraph(
            "Kultur- och fritidsnämnden ansvarar för folkbiblioteket. Bildningsnämnden ansvarar "
            "för att eleverna i grundskola och gymnasieskola har tillgång till skolbibliotek. "
            "Nämnderna samarbetar om inköp, mediekatalog och digitala tjänster.", b),
        Paragraph("Inriktning 2025–2028", s["h1"]),
        Paragraph("Ett bibliotek för alla", s["h2"]),
        bullets([
            "Huvudbiblioteket i Askersund har meröppet alla dagar klockan 7–22 för den som har "
            "lånekort och har tecknat avtal om meröppet från 18 år.",
            "Filialen i Åmmeberg har bemannat öppet två dagar i veckan.",
            "Lånekort är gratis. Förseningsavgifter tas inte ut. Ersättning för förlorade eller "
            "skadade medier tas ut enligt avgifter som kultur- och fritidsnämnden beslutar.",
            "Den som inte själv kan ta sig till biblioteket på grund av ålder, sjukdom eller "
            "funktionsnedsättning kan få medier hemkörda genom tjänsten Boken kommer, utan "
            "kostnad.",
        ], b),
        Paragraph("Läsfrämjande för barn och unga", s["h2"]),
        bullets([
            "Alla barn får en egen bok vid 6 månaders och 3 års ålder via barnhälsovården.",
            "Varje förskoleklass besöker biblioteket minst en gång per termin.",
            "Sommarlovsläsning erbjuds varje år för barn 6–12 år.",
        ], b),
        Paragraph("Skolbibliotek", s["h2"]),
        Paragraph(
            "Varje grundskola ska ha ett skolbibliotek som är bemannat med bibliotekspersonal "
            "minst tio timmar per vecka per 200 elever. Skolbiblioteken ska ha ett aktuellt "
            "bestånd och samarbeta med lärarna kring källkritik.", b),
        Paragraph("Digital delaktighet", s["h2"]),
        Paragraph(
            "Biblioteket erbjuder digitalhjälp en gång i veckan, bland annat med e-legitimation "
            "och kommunens e-tjänster, och lånar ut läsplattor till personer med "
            "läsnedsättning.", b),
        Paragraph("Uppföljning", s["h1"]),
        Paragraph(
            "Kultur- och fritidsnämnden följer upp planen varje år och redovisar resultatet till "
            "kommunfullmäktige i samband med årsredovisningen. Planen aktualitetsprövas en gång "
            "per mandatperiod.", b),
    ]


def build(out_path) -> None:
    k2_build(out_path, TITLE, story, "Kultur- och fritidsförvaltningen", TITLE, cover_only=True)


TRUTH = truth(
    layout="K2",
    title=TITLE,
    doc_type="plan",
    decided_by="kommunfullmäktige",
    decision_date="2024-10-21",
    paragraph="§ 97",
    diarienummer="KS 2024/140",
    valid_from="2025-01-01",
    valid_to="2028-12-31",
    replaces="Biblioteksplan 2021–2024 (KF 2020-11-23, § 121)",
    owner="Bibliotekschef",
    status_2026_11_26="gällande",
    statements=[
        stm("folkbiblioteket", "kultur- och fritidsnämnden", 2),
        stm("skolbibliotek", "bildningsnämnden", 2),
        stm("ersättning för förlorade eller skadade medier", "kultur- och fritidsnämnden", 2),
    ],
    notes=("K2 grid variant: cover with a label grid (ANTAGEN AV Kommunfullmäktige | DATUM "
           "2024-10-21 | § 97 / DIARIENUMMER KS 2024/140 | GILTIGHETSTID 2025-01-01 – 2028-12-31 | "
           "ANSVARIG NÄMND Kultur- och fritidsnämnden / ERSÄTTER Biblioteksplan 2021–2024 (KF "
           "2020-11-23, § 121) | DOKUMENTANSVARIG Bibliotekschef). Note § is a separate cell "
           "('§' label over '97'). Text cites bibliotekslagen 17 § and the regional plan "
           "2024–2027."),
)
