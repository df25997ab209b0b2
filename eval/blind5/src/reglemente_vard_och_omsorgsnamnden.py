"""Reglemente för vård- och omsorgsnämnden – layout N4 (marginal headings; the decision data
are the first margin-headed rows). Fictitious. Decision rights in prose only."""
from common import n4_build, stm, styles, truth

FILE = "reglemente-vard-och-omsorgsnamnden.pdf"
TITLE = "Reglemente för vård- och omsorgsnämnden"

TRUTH = truth(
    layout="N4",
    title=TITLE,
    doc_type="reglemente",
    decided_by="kommunfullmäktige",
    decision_date="2025-06-16",
    paragraph="§ 74",
    diarienummer="KS 2025/118",
    valid_from="2025-07-01",
    replaces="reglementet antaget den 14 december 2020, § 151",
    owner="Kommunsekreterare",
    status_2026_11_26="gällande",
    statements=[
        stm("Färdtjänst och riksfärdtjänst", "kommunstyrelsen", 1),
        stm("Nämnden fastställer varje år de omräknade avgifterna", "vård- och omsorgsnämnden",
            1),
        stm("inrätta, avveckla eller ändra inriktning på ett särskilt boende",
            "kommunfullmäktige", 1),
        stm("Avtal vars sammanlagda värde överstiger 15 miljoner kronor", "kommunstyrelsen", 1),
        stm("Förvaltningschefen anställs av kommunstyrelsen", "kommunstyrelsen", 1),
        stm("får ordföranden besluta", "vård- och omsorgsnämndens ordförande", 2),
    ],
    notes="N4: margin rows 'Beslut' (Antaget av kommunfullmäktige den 16 juni 2025, § 74. "
          "Gäller från den 1 juli 2025 och ersätter reglementet antaget den 14 december 2020, § "
          "151.), 'Diarienummer' KS 2025/118, 'Ansvarig' Kommunsekreterare, 'Tidigare "
          "ändringar' (KF 2022-06-20 § 66, lex Sarah-ansvar). Also cites the gemensamma "
          "bestämmelser (KF 2023-02-27, § 15). Decision rights: färdtjänst and IFO by KS; "
          "nämnden fastställer omräknade avgifter, KF beslutar taxan; särskilt boende open/close "
          "KF; avtal ≤ 15 mnkr nämnden, above KS; whole verksamhet on entreprenad KF; "
          "förvaltningschef anställs av KS; brådskande: ordföranden (förste vice); 9 ledamöter "
          "7 ersättare; AU 3 + 3; 10 meetings a year; klagomål reported twice a year.",
)


def rows():
    return [
        ("Beslut", "Antaget av kommunfullmäktige den 16 juni 2025, § 74. Gäller från den 1 juli "
         "2025 och ersätter reglementet antaget den 14 december 2020, § 151."),
        ("Diarienummer", "KS 2025/118"),
        ("Ansvarig", "Kommunsekreterare"),
        ("Tidigare ändringar", "Reglementet från 2020 ändrades av kommunfullmäktige den 20 juni "
         "2022, § 66 (ansvar för anmälningar enligt lex Sarah). Den ändringen är införd i denna "
         "version."),
        ("Förhållande till andra bestämmelser", "Utöver detta reglemente gäller "
         "kommunfullmäktiges gemensamma bestämmelser för styrelse och nämnder (kommunfullmäktige "
         "2023-02-27, § 15)."),
        ("1 § Verksamhetsområde", "Vård- och omsorgsnämnden fullgör kommunens uppgifter inom "
         "socialtjänsten för äldre och för personer med funktionsnedsättning, uppgifter enligt "
         "lagen om stöd och service till vissa funktionshindrade, kommunens hälso- och "
         "sjukvård samt handläggning av bostadsanpassningsbidrag."),
        ("2 § Avgränsning", "Individ- och familjeomsorg, ekonomiskt bistånd och "
         "missbruksvård hör inte till nämnden. Färdtjänst och riksfärdtjänst handläggs av "
         "kommunstyrelsen."),
        ("3 § Riktlinjer och avgifter", "Nämnden beslutar om riktlinjer för "
         "biståndsbedömning och om kvalitetskrav inom sitt område. Taxan för avgifter inom vård "
         "och omsorg beslutas av kommunfullmäktige. Nämnden fastställer varje år de omräknade "
         "avgifterna enligt taxan."),
        ("4 § Särskilda boenden", "Beslut om att inrätta, avveckla eller ändra inriktning på "
         "ett särskilt boende fattas av kommunfullmäktige efter förslag från nämnden. Nämnden "
         "beslutar om hur platserna fördelas mellan boendena."),
        ("5 § Avtal och upphandling", "Nämnden får besluta om avtal om köp av vård- och "
         "omsorgsplatser eller verksamhet upp till ett sammanlagt värde av 15 miljoner kronor "
         "under avtalstiden. Avtal vars sammanlagda värde överstiger 15 miljoner kronor beslutas "
         "av kommunstyrelsen efter yttrande från nämnden. Beslut om att lägga ut en hel "
         "verksamhet på entreprenad fattas av kommunfullmäktige."),
        ("6 § Lokaler", "Kommunstyrelsen ansvarar för förhyrning och byggande av lokaler. "
         "Nämnden anmäler sitt lokalbehov till kommunstyrelsen."),
        ("7 § Personal", "Nämnden är anställningsmyndighet för personalen vid vård- och "
         "omsorgsförvaltningen. Förvaltningschefen anställs av kommunstyrelsen efter samråd med "
         "nämndens presidium."),
        ("8 § Medicinskt ansvariga", "Nämnden utser medicinskt ansvarig sjuksköterska och "
         "medicinskt ansvarig för rehabilitering."),
        ("9 § Sammansättning", "Nämnden består av nio ledamöter och sju ersättare. Presidiet "
         "består av ordförande, förste vice ordförande och andre vice ordförande."),
        ("10 § Arbetsutskott", "Nämnden har ett arbetsutskott med tre ledamöter och tre "
         "ersättare. Arbetsutskottet bereder nämndens ärenden och beslutar i de individärenden "
         "som anges i nämndens delegationsordning."),
        ("11 § Brådskande ärenden", "I ärenden som är så brådskande att nämndens avgörande inte "
         "kan avvaktas får ordföranden besluta, vid förfall förste vice ordföranden. Besluten "
         "anmäls vid nämndens nästa sammanträde."),
        ("12 § Sammanträden", "Nämnden sammanträder enligt en plan som nämnden fastställer för "
         "varje år, normalt tio gånger per år. Sammanträdena är inte offentliga."),
        ("13 § Undertecknande", "Avtal och andra handlingar som beslutats av nämnden "
         "undertecknas av ordföranden och kontrasigneras av förvaltningschefen."),
        ("14 § Synpunkter och klagomål", "Nämnden ska ha en rutin för att ta emot synpunkter "
         "och klagomål. En sammanställning redovisas till nämnden två gånger per år."),
    ]


def build(out_path):
    n4_build(out_path, TITLE, "Kommunfullmäktige", "Reglemente", "Dnr KS 2025/118", rows(),
             styles("Helvetica", 9.8),
             ingress="Reglementet anger vård- och omsorgsnämndens uppgifter, ansvar och "
                     "arbetsformer.")
