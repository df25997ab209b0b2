"""K1: författningssamling header grid on every page (Beslut 'KF § 38 / 2024-04-22', Gäller
fr.o.m. 2024-05-01, Ersätter 'KF § 97 / 2019-10-28', Dnr KS 2024/61, Flik 2.4). Prose in
numbered §§. Cites the gemensamma bestämmelser (KF 2022-12-12 § 141) and the move of the
kulturskola (KF 2023-06-19 § 55) – not this decision."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import k1_build, sp, stm, styles, truth

FILE = "reglemente-bildningsnamnden.pdf"
TITLE = "Reglemente för bildningsnämnden"


def story():
    s = styles("Times-Roman", 10.5)
    b = s["body"]
    h = s["h2"]

    def par(n, head, *texts):
        out = [Paragraph(f"{n} § {head}", h)]
        out += [Paragraph(t, b) for t in texts]
        return out

    out = [
        Paragraph(TITLE, s["title"]),
        Paragraph(
            "Kommunfullmäktige föreskriver följande om bildningsnämndens verksamhet och "
            "arbetsformer. Utöver detta reglemente gäller kommunallagen och kommunens "
            "gemensamma bestämmelser för kommunstyrelsen och nämnderna (kommunfullmäktige "
            "2022-12-12, § 141).", s["ital"]),
        Paragraph("Nämndens uppgifter", s["h1"]),
    ]
    out += par(1, "Verksamhetsområde",
               "Bildningsnämnden är kommunens huvudman för förskola, fritidshem, förskoleklass, "
               "grundskola, anpassad grundskola, gymnasieskola, anpassad gymnasieskola och "
               "kommunal vuxenutbildning, inklusive utbildning i svenska för invandrare. "
               "Nämnden fullgör kommunens aktivitetsansvar för ungdomar under 20 år som inte "
               "studerar i gymnasieskolan.",
               "Nämnden godkänner enskilda som huvudmän för förskola och fritidshem och utövar "
               "tillsyn över dem. Kulturskolan och folkbiblioteket hör inte till nämnden; "
               "kommunfullmäktige beslutade 2023-06-19, § 55, att kulturskolan ska höra till "
               "kultur- och fritidsnämnden.")
    out += par(2, "Särskilda beslut",
               "Nämnden beslutar om läsårstider, skolornas upptagningsområden och riktlinjer för "
               "skolskjuts. Nämnden beslutar om tillämpningsregler för avgifter i förskola och "
               "fritidshem; själva taxan fastställs av kommunfullmäktige.",
               "Ärenden om att lägga ned en skolenhet eller att inrätta en ny avgörs av "
               "kommunfullmäktige efter förslag från nämnden.")
    out += par(3, "Lokaler och investeringar",
               "Nämnden får hyra tillfälliga lokaler för en tid av högst två år. Inhyrning av "
               "permanenta lokaler och investeringar som överstiger 3 miljoner kronor avgörs av "
               "kommunstyrelsen efter samråd med nämnden.")
    out += par(4, "Personal",
               "Nämnden är anställningsmyndighet för personalen inom sitt område. "
               "Bildningschefen anställs dock av kommunstyrelsen efter samråd med nämndens "
               "presidium.")
    out += par(5, "Personuppgifter",
               "Nämnden är personuppgiftsansvarig för den behandling av personuppgifter som sker "
               "i dess verksamhet och utser ett dataskyddsombud.")
    out += par(6, "Rapportering",
               "Nämnden rapporterar två gånger per år till kommunfullmäktige hur verksamheten "
               "utvecklas och hur den ekonomiska ställningen är, i samband med delårsrapport och "
               "årsredovisning.")
    out.append(Paragraph("Nämndens arbetsformer", s["h1"]))
    out += par(7, "Sammansättning",
               "Nämnden består av nio ledamöter och fem ersättare. Kommunfullmäktige väljer "
               "bland ledamöterna en ordförande och en vice ordförande.")
    out += par(8, "Arbetsutskott",
               "Inom nämnden finns ett arbetsutskott med tre ledamöter och två ersättare. "
               "Utskottet bereder nämndens ärenden och beslutar i de ärenden som nämnden har "
               "delegerat till utskottet.")
    out += par(9, "Sammanträden",
               "Nämnden sammanträder på dag och tid som nämnden bestämmer. Sammanträde ska "
               "hållas om minst en tredjedel av ledamöterna begär det.",
               "Ledamöter får delta på distans om ljud och bild fungerar så att alla deltagare "
               "kan se och höra varandra. Ordföranden avgör om en ledamot får delta på distans.")
    out += par(10, "Kallelse",
               "Kallelse ska skickas ut elektroniskt till varje ledamot och ersättare senast "
               "sex dagar före sammanträdet.")
    out += par(11, "Justering och undertecknande",
               "Protokollet justeras av ordföranden och en ledamot. Avtal och andra handlingar "
               "som beslutats av nämnden undertecknas av ordföranden eller, vid förhinder, vice "
               "ordföranden och kontrasigneras av bildningschefen.")
    out += [sp(6), Paragraph("Ikraftträdande", s["h1"]),
            Paragraph("Detta reglemente träder i kraft den 1 maj 2024 och ersätter reglementet "
                      "för bildningsnämnden antaget av kommunfullmäktige den 28 oktober 2019, "
                      "§ 97.", b)]
    return out


def build(out_path) -> None:
    k1_build(out_path, TITLE, story,
             [("Beslut", "KF § 38\n2024-04-22"), ("Gäller fr.o.m.", "2024-05-01"),
              ("Ersätter", "KF § 97\n2019-10-28"), ("Dnr", "KS 2024/61")], "2.4")


TRUTH = truth(
    layout="K1",
    title=TITLE,
    doc_type="reglemente",
    decided_by="kommunfullmäktige",
    decision_date="2024-04-22",
    paragraph="§ 38",
    diarienummer="KS 2024/61",
    valid_from="2024-05-01",
    replaces=("reglementet för bildningsnämnden antaget av kommunfullmäktige den 28 oktober "
              "2019, § 97"),
    status_2026_11_26="gällande",
    statements=[
        stm("nedläggning eller inrättande av skolenhet", "kommunfullmäktige", 1),
        stm("taxa för förskola och fritidshem", "kommunfullmäktige", 1),
        stm("inhyrning av permanenta lokaler och investeringar över 3 miljoner kronor",
            "kommunstyrelsen", 1),
        stm("anställning av bildningschef", "kommunstyrelsen", 1),
        stm("deltagande på distans", "ordföranden", 2),
        stm("läsårstider, upptagningsområden, riktlinjer för skolskjuts", "bildningsnämnden", 1),
    ],
    notes=("K1: KFS header grid: Beslut 'KF § 38' over '2024-04-22', Gäller fr.o.m. 2024-05-01, "
           "Ersätter 'KF § 97' over '2019-10-28', Dnr KS 2024/61, Flik 2.4. Body 'Kommunfullmäktige "
           "föreskriver följande'; closing 'Ikraftträdande' repeats 1 maj 2024 and what it replaces. "
           "Cites KF 2022-12-12 § 141 (gemensamma bestämmelser) and KF 2023-06-19 § 55 "
           "(kulturskolan to KFN)."),
)
