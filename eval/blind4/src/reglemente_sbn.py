"""L1: reglemente för samhällsbyggnadsnämnden, decided by kommunfullmäktige. Decision rights in
prose ('… beslutas av …'); all decision data only at the end: Beslutshistorik newest first (KF
2026.02.23 § 14, KF 2022.11.28 § 121, KF 2019.01.28 § 6) and Gäller fr.o.m. 2026.03.01."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, l1_build, l1_history, l1_info, sp, stm, styles, truth

FILE = "reglemente-samhallsbyggnadsnamnden.pdf"
TITLE = "Reglemente för samhällsbyggnadsnämnden"
ORGAN = "Kommunfullmäktige"


def story():
    s = styles("Times-Roman", 10.2)
    b = s["body"]
    h = s["h2"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Utöver det som föreskrivs i kommunallagen gäller bestämmelserna i detta "
                  "reglemente samt kommunens gemensamma reglemente för nämnderna.", s["ingress"]),
        Paragraph("Nämndens ansvarsområde", s["h1"]),
        Paragraph("1 §", h),
        Paragraph(
            "Samhällsbyggnadsnämnden fullgör kommunens uppgifter enligt plan- och bygglagen, "
            "miljöbalken, livsmedelslagen och lagen om bostadsanpassningsbidrag. Nämnden "
            "ansvarar även för kommunens gator, torg, parker och allmänna platser, för "
            "trafikfrågor och för kart- och mätverksamheten.", b),
        Paragraph("2 §", h),
        Paragraph(
            "Nämnden förvaltar kommunens gatumark och allmän platsmark och lämnar yttranden "
            "till Polismyndigheten i ärenden om tillstånd att använda offentlig plats. Nämnden "
            "beslutar om riktlinjer för upplåtelse av offentlig plats. Avgifter för upplåtelse "
            "tas ut enligt den taxa som kommunfullmäktige fastställer.", b),
        Paragraph("Beslutanderätt", s["h1"]),
        Paragraph("3 §", h),
        Paragraph(
            "Bygglov, rivningslov, marklov och förhandsbesked beslutas av nämnden eller, enligt "
            "nämndens delegationsordning, av dess arbetsutskott eller tjänstepersoner. "
            "Detaljplaner som är av principiell beskaffenhet eller annars av större vikt "
            "antas av kommunfullmäktige. Övriga detaljplaner antas av samhällsbyggnadsnämnden.",
            b),
        Paragraph("4 §", h),
        Paragraph(
            "Planbesked lämnas av kommunstyrelsen efter yttrande från nämnden. Namn på gator, "
            "kvarter och andra allmänna platser beslutas av samhällsbyggnadsnämnden.", b),
        Paragraph("5 §", h),
        Paragraph(
            "Lokala trafikföreskrifter beslutas av samhällsbyggnadsnämnden. Föreskrifter om "
            "hastighetsbegränsning inom tättbebyggt område beslutas dock av kommunstyrelsen "
            "när de gäller hela kommunen.", b),
        Paragraph("6 §", h),
        Paragraph(
            "Investeringar inom nämndens ansvarsområde som överstiger 5 miljoner kronor per "
            "objekt beslutas av kommunstyrelsen inom den ram som fullmäktige har fastställt. "
            "Investeringar upp till 5 miljoner kronor beslutas av nämnden.", b),
        Paragraph("Organisation och arbetsformer", s["h1"]),
        Paragraph("7 §", h),
        Paragraph(
            "Nämnden består av sju ledamöter och sju ersättare. Nämnden har ett arbetsutskott "
            "med tre ledamöter och tre ersättare som bereder ärenden och beslutar i de ärenden "
            "som nämnden delegerar.", b),
        Paragraph("8 §", h),
        Paragraph(
            "Nämnden sammanträder enligt en plan som fastställs före varje kalenderår. Ledamöter "
            "får delta på distans om nämnden har beslutat det för sammanträdet; beslut om "
            "deltagande på distans i ett enskilt fall fattas av ordföranden.", b),
        Paragraph("9 §", h),
        Paragraph("Nämnden ska varje år redovisa till kommunfullmäktige:", b),
        bullets([
            "hur verksamheten har utvecklats och hur den ekonomiska ställningen är,",
            "hur den har fullgjort de uppdrag som fullmäktige har lämnat,",
            "resultatet av tillsynen enligt miljöbalken och livsmedelslagen.",
        ], b, symbol="\u2013"),
        Paragraph("Undertecknande av handlingar", s["h1"]),
        Paragraph("10 §", h),
        Paragraph(
            "Avtal och andra handlingar som beslutats av nämnden undertecknas av ordföranden och "
            "kontrasigneras av samhällsbyggnadschefen. Handlingar som beslutats på delegation "
            "undertecknas av delegaten.", b),
        sp(10),
        Paragraph("Beslutshistorik", s["h2"]),
        l1_history([
            ("2026.02.23", "Kommunfullmäktige", "§ 14", "KS 2025/301",
             "Revidering: beslutanderätt för investeringar och trafikföreskrifter (6 §, 5 §)"),
            ("2022.11.28", "Kommunfullmäktige", "§ 121", "KS 2022/214",
             "Revidering efter ny mandatperiod; arbetsutskott införs"),
            ("2019.01.28", "Kommunfullmäktige", "§ 6", "KS 2018/377",
             "Reglementet antas"),
        ], s),
        sp(6),
        l1_info([
            ("Gäller fr.o.m.", "2026.03.01"),
            ("Ersätter", "Reglemente för samhällsbyggnadsnämnden, reviderat 2022.11.28, § 121"),
            ("Gäller för", "Samhällsbyggnadsnämnden"),
            ("Dokumentägare", "Kanslichef"),
        ], s),
    ]


def build(out_path) -> None:
    l1_build(out_path, TITLE, story, ORGAN)


TRUTH = truth(
    layout="L1",
    title=TITLE,
    doc_type="reglemente",
    decided_by="kommunfullmäktige",
    decision_date="2026-02-23",
    paragraph="§ 14",
    diarienummer="KS 2025/301",
    valid_from="2026-03-01",
    replaces="Reglemente för samhällsbyggnadsnämnden, reviderat 2022.11.28, § 121",
    scope="Samhällsbyggnadsnämnden",
    owner="Kanslichef",
    status_2026_11_26="gällande",
    statements=[
        stm("detaljplaner av principiell beskaffenhet eller annars av större vikt",
            "kommunfullmäktige", 1),
        stm("planbesked", "kommunstyrelsen", 1),
        stm("lokala trafikföreskrifter", "samhällsbyggnadsnämnden", 1),
        stm("investeringar som överstiger 5 miljoner kronor per objekt", "kommunstyrelsen", 1),
    ],
    notes=("L1: page 1 names only 'Kommunfullmäktige' under the band (the organ of the "
           "document); the decision data are only in the closing Beslutshistorik (newest first: "
           "KF 2026.02.23 § 14 KS 2025/301 = this version; KF 2022.11.28 § 121; KF 2019.01.28 "
           "§ 6 original) and the list under it (Gäller fr.o.m. 2026.03.01). The sections '1 §'"
           "…'10 §' are not decision paragraphs. Names of streets decided by the nämnd; distance "
           "participation in a single case by the chair; investeringar up to 5 mnkr by the nämnd."),
)
