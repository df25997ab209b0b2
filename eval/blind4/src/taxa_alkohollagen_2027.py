"""L3: taxa för prövning och tillsyn enligt alkohollagen, decided by kommunfullmäktige on 19
oktober 2026, § 98, in force from 1 januari 2027 (not yet in force on 2026-11-26). The timeline
also names socialnämnden 16 september 2026 § 77 and KS 6 oktober 2026 § 142 (proposals)."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, l3_build, l3_timeline, sp, stm, styles, truth

FILE = "taxa-alkohollagen-2027.pdf"
TITLE = "Taxa för prövning och tillsyn enligt alkohollagen"


def story():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Taxan gäller avgifter för ansökningar om serveringstillstånd och för "
                  "kommunens tillsyn av servering och detaljhandel med folköl.", s["ingress"]),
        l3_timeline([
            ("16 september 2026", "Socialnämnden föreslår ny taxa, § 77"),
            ("6 oktober 2026", "Kommunstyrelsen föreslår kommunfullmäktige att anta taxan, "
                               "§ 142"),
            ("19 oktober 2026", "Kommunfullmäktige antar taxan, § 98"),
            ("1 januari 2027", "Taxan träder i kraft. Den ersätter Taxa för prövning och "
                               "tillsyn enligt alkohollagen, antagen av kommunfullmäktige "
                               "2019-11-25, § 109"),
        ], s),
        sp(6),
        Paragraph("1. Allmänt", s["h1"]),
        Paragraph(
            "Kommunen tar ut avgifter med stöd av 8 kap. 10 § alkohollagen (2010:1622) och "
            "kommunallagen. Avgifterna ska täcka kommunens kostnader för prövning och tillsyn. "
            "Ansökningsavgiften betalas när ansökan lämnas in och återbetalas inte om ansökan "
            "avslås eller återkallas.", b),
        Paragraph("2. Avgifter för prövning", s["h1"]),
        grid([["Ärende", "Avgift"],
              ["Stadigvarande serveringstillstånd till allmänheten", "9 800 kr"],
              ["Stadigvarande serveringstillstånd till slutet sällskap", "6 400 kr"],
              ["Tillfälligt serveringstillstånd till allmänheten, per tillfälle", "3 900 kr"],
              ["Tillfälligt serveringstillstånd till slutet sällskap, per tillfälle", "800 kr"],
              ["Ändring av tillstånd, till exempel utökad serveringstid eller serveringsyta",
               "2 600 kr"],
              ["Ändrade ägarförhållanden i bolag med tillstånd", "4 200 kr"],
              ["Provsmakning vid tillverkare, per tillfälle", "1 500 kr"],
              ["Kunskapsprov, andra och följande provtillfälle", "600 kr"]],
             [126, 40], s, lines="rows"),
        sp(4),
        Paragraph("3. Årlig tillsynsavgift", s["h1"]),
        Paragraph(
            "Tillståndshavare med stadigvarande tillstånd betalar en fast avgift och en "
            "rörlig avgift som beräknas på föregående års omsättning av alkoholdrycker.", b),
        grid([["Avgift", "Belopp"],
              ["Fast avgift, servering till allmänheten", "4 500 kr per år"],
              ["Fast avgift, servering till slutet sällskap", "1 800 kr per år"],
              ["Rörlig avgift, omsättning upp till 500 000 kr", "1 200 kr"],
              ["Rörlig avgift, omsättning 500 001–2 000 000 kr", "3 400 kr"],
              ["Rörlig avgift, omsättning över 2 000 000 kr", "6 900 kr"],
              ["Tillsyn av detaljhandel med folköl, per försäljningsställe", "1 700 kr per år"],
              ["Påminnelse om restaurangrapport som inte lämnats i tid", "500 kr"]],
             [126, 40], s, lines="rows"),
        sp(4),
        Paragraph("4. Betalning, nedsättning och uppräkning", s["h1"]),
        bullets([
            "Tillsynsavgiften faktureras i april varje år. Den som har haft tillstånd under "
            "del av året betalar avgift för varje påbörjat kvartal.",
            "Nedsättning eller befrielse från avgift i ett enskilt fall beslutas av "
            "socialnämnden, när det finns särskilda skäl.",
            "Socialnämnden får varje år räkna upp avgifterna med förändringen av "
            "prisindex för kommunal verksamhet (PKV). Andra ändringar av taxan beslutas av "
            "kommunfullmäktige.",
            "Beslut om tillstånd och tillsyn fattas av socialnämnden eller av den som nämnden "
            "har delegerat beslutanderätten till.",
        ], b),
        Paragraph("5. Ikraftträdande", s["h1"]),
        Paragraph(
            "Taxan gäller från och med den 1 januari 2027. Ansökningar som har kommit in före "
            "detta datum handläggs enligt den tidigare taxan.", b),
    ]


def build(out_path) -> None:
    l3_build(out_path, TITLE, story, "Taxa", "Dnr KS 2026/199", "Socialförvaltningen")


TRUTH = truth(
    layout="L3",
    title=TITLE,
    doc_type="taxa",
    decided_by="kommunfullmäktige",
    decision_date="2026-10-19",
    paragraph="§ 98",
    diarienummer="KS 2026/199",
    valid_from="2027-01-01",
    replaces=("Taxa för prövning och tillsyn enligt alkohollagen, antagen av "
              "kommunfullmäktige 2019-11-25, § 109"),
    status_2026_11_26="ej ikraft",
    statements=[
        stm("nedsättning eller befrielse från avgift i ett enskilt fall", "socialnämnden", 2),
        stm("årlig uppräkning av avgifterna med PKV", "socialnämnden", 2),
        stm("andra ändringar av taxan", "kommunfullmäktige", 2),
        stm("beslut om tillstånd och tillsyn", "socialnämnden", 2),
    ],
    notes=("L3: not yet in force on 2026-11-26 (from 2027-01-01). Decision = KF row of the "
           "timeline (19 oktober 2026, § 98); socialnämnden 16 september 2026 § 77 and KS 6 "
           "oktober 2026 § 142 are proposals. Dnr only in the header. The replaced taxa (KF "
           "2019-11-25 § 109) is not in the collection and stays in force until 2026-12-31. "
           "Amounts: 9 800 / 6 400 / 3 900 / 800 / 2 600 / 4 200 / 1 500 / 600 kr; tillsyn fast "
           "4 500 / 1 800 kr, rörlig 1 200 / 3 400 / 6 900 kr, folköl 1 700 kr, påminnelse "
           "500 kr."),
)
