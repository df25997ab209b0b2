"""K3: purpose block on page 1 and a five-column metadata table at the foot of page 1 only
(Diarienummer | Fastställd/senast uppdaterad | Beslutsinstans | Ansvarigt politiskt organ |
Ansvarig processägare). Valid-from and what it replaces are in the text on page 2. The text
cites the reglemente (KF 2024-04-22 § 38), the riktlinjer för skolskjuts (BN 2024-05-14 § 40)
and the KS decision on lokalförsörjning (KS 2023-03-14 § 29) – not this decision."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, dec, deleg, grid, k3_build, sp, stm, styles, truth

FILE = "delegationsordning-bildningsnamnden.pdf"
TITLE = "Delegationsordning för bildningsnämnden"

CODES = [
    ("BN", "bildningsnämnden"),
    ("BNAU", "bildningsnämndens arbetsutskott"),
    ("Ordf", "bildningsnämndens ordförande"),
    ("BC", "bildningschef"),
    ("R", "rektor"),
    ("FR", "rektor för förskola"),
    ("VUR", "rektor för vuxenutbildningen"),
    ("EHC", "elevhälsochef"),
    ("PA", "placeringsadministratör"),
    ("SKH", "skolskjutshandläggare"),
    ("AVH", "avgiftshandläggare"),
]
LAWS = [
    ("SL", "skollagen (2010:800)"),
    ("SF", "skolförordningen (2011:185)"),
    ("KL", "kommunallagen (2017:725)"),
    ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
    ("LOU", "lagen (2016:1145) om offentlig upphandling"),
]

ROWS = [
    ("A. Förskola och fritidshem",),
    ("A1", "Placering i förskola och fritidshem", "PA",
     "Enligt nämndens regler för kö och placering.", "SL 8 kap. 14 §"),
    ("A2", "Utökad tid i förskola för barn till föräldralediga eller arbetssökande", "FR",
     "Högst 30 timmar per vecka. Däröver: BC.", "SL 8 kap. 5–6 §§"),
    ("A3", "Nedsättning av avgift i förskola och fritidshem", "AVH",
     "Högst tre månader. Längre tid: BC.", ""),
    ("A4", "Uppsägning av plats på grund av obetalda avgifter", "BC",
     "Efter två påminnelser.", ""),
    ("B. Grundskola och anpassad grundskola",),
    ("B1", "Mottagande av elev från annan kommun", "R",
     "Efter samråd med elevens hemkommun.", "SL 10 kap. 25 §"),
    ("B2", "Skolskjuts", "SKH",
     "Enligt bildningsnämndens riktlinjer för skolskjuts. Även avslag.", "SL 10 kap. 32 §"),
    ("B3", "Skolskjuts vid växelvis boende i kommunen", "SKH",
     "Avslag vid växelvis boende i annan kommun: BC.", "SL 10 kap. 32 §"),
    ("B4", "Ledighet för elev", "R",
     "Högst tio skoldagar per läsår. Längre ledighet endast om det finns synnerliga skäl.",
     "SL 7 kap. 18 §"),
    ("B5", "Avstängning av elev", "BNAU",
     "Högst en vecka per tillfälle och högst två gånger per kalenderhalvår.",
     "SL 5 kap. 14 §"),
    ("B6", "Tilläggsbelopp till fristående skola för elev med omfattande behov av särskilt stöd",
     "BC", "Högst 300 000 kr per elev och läsår. Däröver: BNAU.", "SL 10 kap. 39 §"),
    ("B7", "Yttrande till Skolinspektionen eller Barn- och elevombudet", "BC",
     "Yttrande som gäller nämndens ansvar i stort: BN.", ""),
    ("C. Gymnasieskola och vuxenutbildning",),
    ("C1", "Inackorderingstillägg", "SKH", "Enligt nämndens riktlinjer.", "SL 15 kap. 32 §"),
    ("C2", "Antagning till kommunal vuxenutbildning", "VUR", "", "SL 20 kap. 13 §"),
    ("C3", "Beslut att en elev i kommunal vuxenutbildning har avbrutit sina studier", "VUR",
     "", "SL 20 kap. 9 §"),
    ("D. Ekonomi, lokaler och avtal",),
    ("D1", "Upphandling och avrop inom budget", "BC",
     "Högst 8 prisbasbelopp. Däröver: BNAU.", "LOU"),
    ("D2", "Förhyrning av tillfälliga lokaler (paviljonger)", "BC",
     "Högst ett år och högst 300 000 kr per år. Längre tid, dock högst två år, eller högre hyra: BNAU.", ""),
    ("D3", "Ersättning för skada som kommunen kan vara ansvarig för", "BC",
     "Högst 25 000 kr per skada. Däröver: BNAU.", ""),
    ("D4", "Ansökan om statsbidrag", "BC", "", ""),
    ("E. Personal",),
    ("E1", "Anställning av rektor", "BC", "", ""),
    ("E2", "Beslut att en lärare utan legitimation får bedriva undervisning längre än sex månader",
     "R", "Efter samråd med BC.", "SL 2 kap. 18 §"),
    ("E3", "Anställning av elevhälsopersonal", "EHC", "", ""),
    ("F. Övrigt",),
    ("F1", "Beslut i brådskande ärenden", "Ordf", "Vid förfall: vice ordförande.",
     "KL 6 kap. 39 §"),
    ("F2", "Beslut att inte lämna ut allmän handling", "BC", "", "OSL 6 kap. 3 §"),
    ("F3", "Anmälan till huvudmannen om kränkande behandling: utredning och åtgärder", "R",
     "Rektor anmäler till BC.", "SL 6 kap. 10 §"),
]


def story():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    lab = s["h2"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Dokumentets syfte", lab),
        Paragraph(
            "Delegationsordningen anger vilka beslut bildningsnämnden har överlåtit till "
            "arbetsutskottet, ordföranden eller anställda, och med vilka begränsningar.", b),
        Paragraph("Dokumentet gäller för", lab),
        Paragraph(
            "Bildningsnämndens hela verksamhetsområde: förskola, fritidshem, grundskola, "
            "anpassad grundskola, gymnasieskola och kommunal vuxenutbildning.", b),
        sp(6),
        Paragraph("Innehåll", s["h1"]),
        grid([["1", "Allmänt om delegation", "2"],
              ["2", "Förkortningar", "2"],
              ["3", "Förteckning över delegerade ärenden", "3"]], [8, 100, 10], s, head=False),
        PageBreak(),
        Paragraph("1 Allmänt om delegation", s["h1"]),
        Paragraph(
            "Denna delegationsordning gäller från och med den 1 januari 2026 och ersätter "
            "delegationsordningen som bildningsnämnden fastställde 2023-09-12, § 71.", b),
        Paragraph(
            "Nämndens befogenheter följer av reglementet för bildningsnämnden, antaget av "
            "kommunfullmäktige 2024-04-22, § 38. Skolskjuts prövas enligt nämndens riktlinjer "
            "för skolskjuts (BN 2024-05-14, § 40). Inhyrning av permanenta skollokaler beslutas "
            "inte av nämnden utan av kommunstyrelsen enligt dess beslut om lokalförsörjning "
            "(KS 2023-03-14, § 29).", b),
        Paragraph(
            "Beslut som rektor fattar enligt skollagen i egenskap av rektor är inte "
            "delegationsbeslut och redovisas inte här. Delegationsbeslut anmäls till nämnden "
            "varje månad. Bildningschefen får vidaredelegera beslutanderätt enligt 7 kap. 6 § "
            "kommunallagen; sådana beslut anmäls till bildningschefen.", b),
        Paragraph("2 Förkortningar", s["h1"]),
        grid([["Kod", "Delegat", "Kod", "Delegat"]] +
             [[CODES[i][0], CODES[i][1],
               CODES[i + 6][0] if i + 6 < len(CODES) else "",
               CODES[i + 6][1] if i + 6 < len(CODES) else ""] for i in range(6)],
             [14, 60, 14, 60], s),
        sp(4),
        Paragraph("Lagar: " + "; ".join(f"{k} {v}" for k, v in LAWS) + ".", s["small"]),
        Paragraph("3 Förteckning över delegerade ärenden", s["h1"]),
        deleg(("Nr", "Ärende", "Delegat", "Villkor / anmärkning", "Lagrum"), ROWS,
              [10, 62, 17, 54, 23], s, lines="below"),
    ]


def build(out_path) -> None:
    k3_build(out_path, TITLE, story, "Delegationsordning",
             [("Diarienummer", "BN 2025/164"),
              ("Fastställd/\nsenast uppdaterad", "2025-12-09, § 102"),
              ("Beslutsinstans", "Bildningsnämnden"),
              ("Ansvarigt\npolitiskt organ", "Bildningsnämnden"),
              ("Ansvarig\nprocessägare", "Bildningschef")],
             "Bildningsförvaltningen",
             "POSTADRESS Askersunds kommun, Bildningsförvaltningen, 696 80 Askersund   "
             "BESÖKSADRESS Torget (fiktiv)   WEBB www.askersund.se (fiktiv)")


TRUTH = truth(
    layout="K3",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="bildningsnämnden",
    decision_date="2025-12-09",
    paragraph="§ 102",
    diarienummer="BN 2025/164",
    valid_from="2026-01-01",
    replaces="delegationsordningen som bildningsnämnden fastställde 2023-09-12, § 71",
    scope=("Bildningsnämndens hela verksamhetsområde: förskola, fritidshem, grundskola, "
           "anpassad grundskola, gymnasieskola och kommunal vuxenutbildning"),
    owner="Bildningschef",
    status_2026_11_26="gällande",
    abbreviations=dict(CODES + LAWS),
    decisions=[
        dec("Utökad tid i förskola för barn till föräldralediga eller arbetssökande",
            "rektor för förskola", "FR", "Högst 30 timmar per vecka. Däröver: BC.", 3),
        dec("Ledighet för elev", "rektor",
            "R", "Högst tio skoldagar per läsår. Längre ledighet endast om det finns synnerliga "
            "skäl.", 3),
        dec("Avstängning av elev", "bildningsnämndens arbetsutskott", "BNAU",
            "Högst en vecka per tillfälle och högst två gånger per kalenderhalvår.", 3),
        dec("Tilläggsbelopp till fristående skola för elev med omfattande behov av särskilt stöd",
            "bildningschef", "BC", "Högst 300 000 kr per elev och läsår. Däröver: BNAU.", 3),
        dec("Skolskjuts vid växelvis boende i kommunen", "skolskjutshandläggare", "SKH",
            "Avslag vid växelvis boende i annan kommun: BC.", 3),
        dec("Förhyrning av tillfälliga lokaler (paviljonger)", "bildningschef", "BC",
            "Högst ett år och högst 300 000 kr per år. Längre tid, dock högst två år, eller högre hyra: BNAU.", 3),
        dec("Ersättning för skada som kommunen kan vara ansvarig för", "bildningschef", "BC",
            "Högst 25 000 kr per skada. Däröver: BNAU.", 3),
        dec("Antagning till kommunal vuxenutbildning", "rektor för vuxenutbildningen", "VUR",
            None, 3),
    ],
    statements=[stm("inhyrning av permanenta skollokaler", "kommunstyrelsen", 2)],
    notes=("K3: metadata only in the five-column table at the foot of page 1 (BN 2025/164 | "
           "2025-12-09, § 102 | Bildningsnämnden | Bildningsnämnden | Bildningschef); 'Dokumentets "
           "syfte / Dokumentet gäller för' block and Innehåll on p. 1. Valid from 1 januari 2026 "
           "and replaces BN 2023-09-12 § 71 (p. 2 text). Cites reglemente KF 2024-04-22 § 38 "
           "(= reglemente-bildningsnamnden.pdf), riktlinjer för skolskjuts BN 2024-05-14 § 40 and "
           "KS 2023-03-14 § 29 – not this decision."),
)
