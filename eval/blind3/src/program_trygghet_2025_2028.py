"""K4: protokollsutdrag on page 1 (kommunfullmäktige, Sammanträdesdatum 2024-12-16, '§ 142 Dnr
KS 2024/177'; att-clauses: adopt the program for 2025–2028 and repeal the KS handlingsplan of
2019). The ärendebeskrivning names the law of 2023 and KS 2024-11-26 § 171 – not the decision.
Program text pp. 2–3 without metadata."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, k4_build, sp, stm, styles, truth

FILE = "program-trygghet-2025-2028.pdf"
TITLE = "Program för trygghet och brottsförebyggande arbete 2025–2028"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    t = styles("Helvetica", 10)
    tb = t["body"]
    return [
        Paragraph("§ 142 &nbsp;&nbsp;&nbsp;&nbsp; Dnr KS 2024/177", s["h2"]),
        Paragraph(f"<b>{TITLE}</b>", s["h1"]),
        Paragraph("Ärendebeskrivning", s["h2"]),
        Paragraph(
            "Sedan lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete trädde i "
            "kraft den 1 juli 2023 ska kommunen ta fram en lägesbild och en åtgärdsplan. "
            "Programmet anger inriktningen för arbetet under mandatperioden och har tagits fram "
            "i samverkan med Polisen och de övriga nämnderna. Kommunstyrelsen föreslog "
            "2024-11-26, § 171, att fullmäktige antar programmet.", b),
        Paragraph("Kommunfullmäktiges beslut", s["h2"]),
        Paragraph("Kommunfullmäktige beslutar", b),
        Paragraph("<i>att</i> anta Program för trygghet och brottsförebyggande arbete 2025–2028, "
                  "att gälla från och med den 1 januari 2025 till och med den 31 december 2028,", b),
        Paragraph("<i>att</i> Handlingsplan för trygghetsskapande arbete, beslutad av "
                  "kommunstyrelsen 2019-04-09, § 48, upphör att gälla den 31 december 2024.", b),
        sp(6),
        Paragraph("Expedieras till: samtliga nämnder, säkerhetssamordnaren, Polisen "
                  "lokalpolisområde Örebro-Lindesberg (för kännedom)", s["small"]),
        PageBreak(),
        Paragraph(TITLE, t["title"]),
        Paragraph("Varför ett program?", t["h2"]),
        Paragraph(
            "Alla som bor i, arbetar i eller besöker Askersunds kommun ska kunna känna sig trygga. "
            "Programmet är bindande för alla nämnder och ska beaktas i deras uppdragsplaner. Det "
            "innehåller inga egna mål utöver kommunfullmäktiges målområden.", tb),
        Paragraph("Fyra fokusområden", t["h2"]),
        bullets(["Trygga offentliga miljöer – belysning, städning och skötsel av parker, "
                 "gång- och cykelvägar.",
                 "Barn och unga – tidiga insatser, skolnärvaro och en meningsfull fritid.",
                 "Våld i nära relationer – stöd till våldsutsatta och insatser för den som utövar "
                 "våld.",
                 "Ett tryggt näringsliv – förebygga bedrägerier, stölder och otillåten påverkan."],
                tb),
        Paragraph("Ansvar och samordning", t["h2"]),
        Paragraph(
            "Kommunstyrelsen samordnar arbetet och fastställer varje år en åtgärdsplan utifrån "
            "lägesbilden. Lägesbilden tas fram i samverkan med Polisen och redovisas för "
            "kommunstyrelsen i mars varje år. Det lokala brottsförebyggande rådet leds av "
            "kommunstyrelsens ordförande och sammanträder fyra gånger per år.", tb),
        Paragraph(
            "Socialnämnden ansvarar för arbetet mot våld i nära relationer, bildningsnämnden "
            "för trygghet och närvaro i skolan, samhällsbyggnadsnämnden för den fysiska miljön "
            "och kultur- och fritidsnämnden för mötesplatser för unga. Fritidsgårdarna ska hålla "
            "öppet fredags- och lördagskvällar.", tb),
        Paragraph("Trygghetsvandringar och kameror", t["h2"]),
        Paragraph(
            "Trygghetsvandringar genomförs minst två gånger per år i Askersunds tätort och minst "
            "en gång per år i Åmmeberg och Olshammar. Platser som upplevs otrygga ska åtgärdas "
            "inom samhällsbyggnadsnämndens budget. Om kommunen vill kamerabevaka en allmän plats "
            "beslutar kommunstyrelsen om ansökan om tillstånd.", tb),
        Paragraph("Uppföljning", t["h2"]),
        Paragraph(
            "Programmet följs upp årligen i kommunens årsredovisning. Kommunstyrelsen ansvarar "
            "för att programmet aktualitetsprövas under mandatperioden; säkerhetssamordnaren är "
            "dokumentansvarig.", tb),
    ]


def build(out_path) -> None:
    k4_build(out_path, TITLE, story, "Kommunfullmäktige", "2024-12-16", TITLE)


TRUTH = truth(
    layout="K4",
    title=TITLE,
    doc_type="program",
    decided_by="kommunfullmäktige",
    decision_date="2024-12-16",
    paragraph="§ 142",
    diarienummer="KS 2024/177",
    valid_from="2025-01-01",
    valid_to="2028-12-31",
    replaces="Handlingsplan för trygghetsskapande arbete, beslutad av kommunstyrelsen 2019-04-09, § 48",
    owner="säkerhetssamordnaren",
    status_2026_11_26="gällande",
    statements=[
        stm("årlig åtgärdsplan", "kommunstyrelsen", 2),
        stm("ansökan om tillstånd till kamerabevakning", "kommunstyrelsen", 2),
        stm("våld i nära relationer", "socialnämnden", 2),
        stm("lokala brottsförebyggande rådet (leds av)", "kommunstyrelsens ordförande", 2),
    ],
    notes=("K4: p. 1 protokollsutdrag, kommunfullmäktige 2024-12-16, § 142, Dnr KS 2024/177; "
           "att-clauses give the period 1 januari 2025 – 31 december 2028 and repeal the KS "
           "handlingsplan 2019-04-09 § 48. Ärendebeskrivning names lagen (2023:196) and KS "
           "2024-11-26 § 171 (the proposal). Program text without metadata."),
)
