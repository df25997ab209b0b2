"""K5: internal rutin with an intranet banner in every footer; metadata only in the closing
'Dokumentinformation' table (fastställd av bildningschef, version 3, Publiceras: endast
intranätet) and the 'Beslutshistorik' (v1 2021, v2 2023, v3 2025). No § and no Dnr. Cites the
skollagen, BN 2024-03-12 § 21 (blankett) and the BN delegationsordning."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import grid, k5_build, k5_docinfo, sp, stm, styles, truth

FILE = "rutin-krankande-behandling.pdf"
TITLE = "Rutin vid kränkande behandling av barn och elever"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    steps = [
        ["1", "Personal som ser eller får kännedom om en kränkning ingriper direkt och "
              "informerar rektor samma dag via e-tjänsten Anmälan kränkning.", "All personal"],
        ["2", "Vårdnadshavare till de inblandade barnen informeras samma dag.",
         "Mentor eller den som ingripit"],
        ["3", "Rektor anmäler till huvudmannen (bildningschefen) senast nästa arbetsdag.",
         "Rektor"],
        ["4", "Utredningen påbörjas senast tre arbetsdagar efter anmälan och ska vara klar inom "
              "tre veckor.", "Rektor eller den rektor utser"],
        ["5", "Åtgärder beslutas och dokumenteras. Uppföljning sker senast fyra veckor efter "
              "avslutad utredning.", "Rektor"],
        ["6", "Ärendet avslutas när kränkningarna har upphört. Avslut anmäls till huvudmannen.",
         "Rektor"],
    ]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Syfte", s["h2"]),
        Paragraph(
            "Rutinen ska säkerställa att förskolor och skolor uppfyller kraven i 6 kap. 10 § "
            "skollagen: den som får veta att ett barn eller en elev kan ha blivit kränkt ska "
            "anmäla det, och huvudmannen ska skyndsamt utreda och vidta åtgärder.", b),
        Paragraph("Omfattning", s["h2"]),
        Paragraph(
            "Rutinen gäller för all personal i bildningsförvaltningens förskolor, skolor och "
            "fritidshem.", b),
        Paragraph("Arbetsgång", s["h2"]),
        grid([["Steg", "Vad", "Vem"]] + steps, [12, 118, 36], s),
        sp(4),
        Paragraph("Om en vuxen kränker ett barn", s["h2"]),
        Paragraph(
            "Om en anställd misstänks ha kränkt ett barn eller en elev informerar rektor "
            "bildningschefen och HR-avdelningen samma dag. Om rektor själv är inblandad "
            "utreder bildningschefen. Rektor beslutar om polisanmälan vid misstanke om brott.", b),
        Paragraph(
            "Den som misstänker att ett barn far illa ska utan dröjsmål göra en orosanmälan "
            "till socialtjänsten; det får inte vänta på utredningen.", b),
        Paragraph("Dokumentation", s["h2"]),
        Paragraph(
            "Anmälan görs i den gemensamma blankett som bildningsnämnden beslutade om "
            "2024-03-12, § 21. Vilka delegationsbeslut rektor fattar framgår av bildningsnämndens "
            "delegationsordning. All dokumentation sparas i ärendehanteringssystemet.", b),
        sp(8),
        Paragraph("Dokumentinformation", s["h2"]),
        k5_docinfo([
            ("Dokumenttyp", "Rutin"),
            ("Fastställd av", "Bildningschef"),
            ("Datum", "2025-08-11"),
            ("Version", "3 (ersätter version 2 från 2023-08-14)"),
            ("Dokumentägare", "Elevhälsochef"),
            ("Revideras senast", "2027-06-30"),
            ("Publiceras", "Endast intranätet"),
        ], s),
        sp(6),
        Paragraph("Beslutshistorik", s["h2"]),
        grid([["Version", "Datum", "Fastställd av", "Ändring"],
              ["1", "2021-08-16", "Bildningschef", "Rutinen fastställs."],
              ["2", "2023-08-14", "Bildningschef", "E-tjänst för anmälan införs."],
              ["3", "2025-08-11", "Bildningschef", "Tidsgränser för utredning och uppföljning."]],
             [16, 24, 30, 96], s),
    ]


def build(out_path) -> None:
    k5_build(out_path, TITLE, story, "Rutin", "Bildningsförvaltningen",
             banner="Intern rutin – publiceras endast på intranätet")


TRUTH = truth(
    layout="K5",
    title=TITLE,
    doc_type="rutin",
    decided_by="bildningschef",
    decision_date="2025-08-11",
    paragraph=None,
    diarienummer=None,
    valid_from=None,
    replaces="version 2 från 2023-08-14",
    scope="all personal i bildningsförvaltningens förskolor, skolor och fritidshem",
    owner="Elevhälsochef",
    review_date="2027-06-30",
    publication_stated="intern",
    status_2026_11_26="gällande",
    statements=[
        stm("anmälan till huvudmannen", "rektor", 1),
        stm("utredning när rektor är inblandad", "bildningschefen", 1),
        stm("polisanmälan", "rektor", 1),
    ],
    notes=("K5 internal: footer banner 'Intern rutin – publiceras endast på intranätet' on every "
           "page; Dokumentinformation (Fastställd av Bildningschef, Datum 2025-08-11, Version 3 "
           "ersätter version 2 från 2023-08-14, Elevhälsochef, Revideras senast 2027-06-30, "
           "Publiceras Endast intranätet) and Beslutshistorik at the end. No § and no Dnr. Cites "
           "skollagen 6 kap. 10 § and BN 2024-03-12 § 21."),
)
