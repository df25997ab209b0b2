"""K4: page 1 is an extract from kommunfullmäktige's minutes (Sammanträdesdatum 2025-02-24,
'§ 12  Dnr KS 2024/318', att-clauses: adopted, valid from 1 april 2025, replaces the 2016
riktlinjer, review by 2028). The ärendebeskrivning names the KS decisions that prepared it
(KS 2024-05-07 § 71, KSAU 2025-01-21 § 5, KS 2025-02-04 § 9) – not the decision. Policy pages
2–3 carry no metadata."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, k4_build, sp, stm, styles, truth

FILE = "policy-mutor-och-jav.pdf"
TITLE = "Policy mot mutor, jäv och otillbörlig påverkan"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    t = styles("Times-Roman", 10.8)
    tb = t["body"]
    return [
        Paragraph("§ 12 &nbsp;&nbsp;&nbsp;&nbsp; Dnr KS 2024/318", s["h2"]),
        Paragraph(f"<b>{TITLE}</b>", s["h1"]),
        Paragraph("Ärendebeskrivning", s["h2"]),
        Paragraph(
            "Kommunstyrelsen gav 2024-05-07, § 71, kommunledningsförvaltningen i uppdrag att ta "
            "fram en samlad policy om mutor, gåvor, representation, jäv och bisysslor. Förslaget "
            "har remitterats till nämnderna och de kommunala bolagen. Kommunstyrelsens "
            "arbetsutskott behandlade ärendet 2025-01-21, § 5, och kommunstyrelsen föreslog "
            "2025-02-04, § 9, att fullmäktige antar policyn.", b),
        Paragraph("Beslutsunderlag", s["h2"]),
        bullets(["Kommunstyrelsens förslag 2025-02-04, § 9",
                 "Tjänsteskrivelse från HR-chefen 2024-12-10",
                 "Förslag till policy mot mutor, jäv och otillbörlig påverkan"], b),
        Paragraph("Kommunfullmäktiges beslut", s["h2"]),
        Paragraph("Kommunfullmäktige beslutar", b),
        Paragraph("<i>att</i> anta Policy mot mutor, jäv och otillbörlig påverkan, att gälla från "
                  "och med den 1 april 2025,", b),
        Paragraph("<i>att</i> policyn ersätter Riktlinjer mot mutor och bestickning, antagna av "
                  "kommunfullmäktige 2016-09-26, § 88, samt", b),
        Paragraph("<i>att</i> uppdra åt kommunstyrelsen att följa upp policyn och pröva om den "
                  "behöver revideras senast 2028-12-31.", b),
        sp(6),
        Paragraph("Expedieras till: samtliga nämnder, de helägda kommunala bolagen, HR-chefen", 
                  s["small"]),
        PageBreak(),
        Paragraph(TITLE, t["title"]),
        Paragraph("Omfattning", t["h2"]),
        Paragraph(
            "Policyn gäller för alla anställda och förtroendevalda i Askersunds kommun samt i de "
            "helägda kommunala bolagen. Den ska också tas in i avtal med uppdragstagare som "
            "utför uppgifter åt kommunen.", tb),
        Paragraph("Gåvor och förmåner", t["h2"]),
        Paragraph(
            "Pengar, presentkort och rabatter får aldrig tas emot. Andra gåvor av ringa värde, "
            "högst 300 kr, får tas emot om de inte kan påverka eller uppfattas påverka hur "
            "arbetet utförs. Under en pågående upphandling får inga gåvor eller förmåner alls tas "
            "emot från leverantörer som deltar.", tb),
        Paragraph(
            "Gåvor från brukare, elever eller anhöriga får tas emot om de har ett symboliskt "
            "värde, till exempel blommor eller en ask choklad. Anställda får aldrig ta emot "
            "arv eller testamentariska förordnanden från brukare eller deras anhöriga.", tb),
        Paragraph("Representation", t["h2"]),
        Paragraph(
            "Vid extern representation får måltidskostnaden vara högst 600 kr per person "
            "inklusive moms. Vid intern representation, till exempel personalfest, är gränsen "
            "350 kr per person. Alkohol vid intern representation bekostas aldrig av kommunen.",
            tb),
        Paragraph(
            "Representation godkänns i förväg av närmaste chef med budgetansvar. "
            "Förvaltningschefers representation godkänns av kommundirektören och "
            "kommundirektörens representation av kommunstyrelsens ordförande.", tb),
        Paragraph("Studieresor och konferenser", t["h2"]),
        Paragraph(
            "Studieresor och konferenser som erbjuds av en leverantör ska godkännas i förväg av "
            "förvaltningschefen. Kommunen betalar alltid själv resa och logi.", tb),
        Paragraph("Jäv", t["h2"]),
        Paragraph(
            "Den som är jävig får inte delta i handläggningen av ett ärende. Anställda anmäler "
            "jäv till sin chef. Förtroendevalda anmäler jäv till ordföranden i det organ där "
            "ärendet ska behandlas.", tb),
        Paragraph("Bisysslor", t["h2"]),
        Paragraph(
            "Anställda ska på begäran anmäla bisysslor till sin chef. En bisyssla som kan rubba "
            "förtroendet för kommunen, konkurrerar med kommunens verksamhet eller hindrar arbetet "
            "är inte tillåten. Beslut om förbud mot bisyssla fattas av HR-chefen.", tb),
        Paragraph("Visselblåsning", t["h2"]),
        Paragraph(
            "Den som misstänker mutor eller andra missförhållanden kan rapportera det till sin "
            "chef eller via kommunens visselblåsarfunktion, som tas emot av en extern mottagare. "
            "Den som rapporterar i god tro ska inte drabbas av repressalier.", tb),
        Paragraph("Ansvar", t["h2"]),
        Paragraph(
            "Varje chef ansvarar för att medarbetarna känner till policyn. HR-chefen är "
            "dokumentansvarig och tar fram stödmaterial. Kommunstyrelsen följer upp policyn.", tb),
    ]


def build(out_path) -> None:
    k4_build(out_path, TITLE, story, "Kommunfullmäktige", "2025-02-24", TITLE)


TRUTH = truth(
    layout="K4",
    title=TITLE,
    doc_type="policy",
    decided_by="kommunfullmäktige",
    decision_date="2025-02-24",
    paragraph="§ 12",
    diarienummer="KS 2024/318",
    valid_from="2025-04-01",
    replaces="Riktlinjer mot mutor och bestickning, antagna av kommunfullmäktige 2016-09-26, § 88",
    scope=("alla anställda och förtroendevalda i Askersunds kommun samt i de helägda kommunala "
           "bolagen"),
    owner="HR-chefen",
    review_date="2028-12-31",
    status_2026_11_26="gällande",
    statements=[
        stm("representation (godkännande)", "närmaste chef med budgetansvar", 2),
        stm("förvaltningschefers representation", "kommundirektören", 2),
        stm("kommundirektörens representation", "kommunstyrelsens ordförande", 2),
        stm("studieresor som erbjuds av leverantör", "förvaltningschefen", 2),
        stm("förbud mot bisyssla", "HR-chefen", 2),
    ],
    notes=("K4: p. 1 is a protokollsutdrag: header 'SAMMANTRÄDESPROTOKOLL / Sammanträdesdatum "
           "2025-02-24', organ Kommunfullmäktige, '§ 12 Dnr KS 2024/318', att-clauses (from 1 april "
           "2025; replaces KF 2016-09-26 § 88; review by 2028-12-31). Ärendebeskrivning names KS "
           "2024-05-07 § 71, KSAU 2025-01-21 § 5 and KS 2025-02-04 § 9 – preparatory decisions, not "
           "the adoption. Policy text pp. 2–3 with no metadata."),
)
