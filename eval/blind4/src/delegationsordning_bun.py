"""L1: delegationsordning för barn- och utbildningsnämnden. No decision data at the top; the
last page ends with a 'Beslutshistorik' table whose NEWEST row is on top (2025.10.14 § 94, then
2023.09.12 § 71, then the original 2021.03.16 § 18) and a short Dokumentinformation list (Gäller
fr.o.m., Ersätter, Dokumentägare, Revideras senast). Legend of delegate codes, law
abbreviations and 'pbb' on page 1; the list crosses pages 2–3 with the header row repeated."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

from common import (GREEN, MIST, RULE, SAND, TEXT_W, bullets, dec, l1_build, l1_history,
                    l1_info, sp, styles, truth)

FILE = "delegationsordning-barn-och-utbildningsnamnden.pdf"
TITLE = "Delegationsordning för barn- och utbildningsnämnden"
ORGAN = "Barn- och utbildningsnämnden"

DELEGATES = [
    ("AU", "Barn- och utbildningsnämndens arbetsutskott"),
    ("Ordf", "Barn- och utbildningsnämndens ordförande"),
    ("FC", "Förvaltningschef"),
    ("R", "Rektor"),
    ("EHC", "Elevhälsochef"),
    ("FE", "Förvaltningsekonom"),
    ("SSH", "Skolskjutshandläggare"),
]
LAWS = [
    ("SL", "Skollagen (2010:800)"),
    ("KL", "Kommunallagen (2017:725)"),
    ("FL", "Förvaltningslagen (2017:900)"),
    ("OSL", "Offentlighets- och sekretesslagen (2009:400)"),
    ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
    ("LAS", "Lagen (1982:80) om anställningsskydd"),
]

ROWS = [
    ("A. Allmänna ärenden",),
    ("A1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
     "KL 6 kap. 39 §", "Ordf", "Anmäls vid nämndens nästa sammanträde"),
    ("A2", "Yttrande över remisser som inte är av principiell betydelse", "", "FC", ""),
    ("A3", "Avvisning av överklagande som kommit in för sent", "FL 45 §", "FC", ""),
    ("A4", "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll",
     "OSL 6 kap. 3 §, 10 kap. 4 §", "FC", "Sökanden informeras om rätten att begära "
     "nämndens prövning"),
    ("A5", "Omprövning av beslut fattat på delegation", "FL 37–39 §§", "Den som fattat "
     "beslutet", ""),
    ("B. Ekonomi och upphandling",),
    ("B1", "Upphandling och tecknande av avtal inom beslutad budget", "LOU", "FC",
     "Högst 5 pbb per avtal"),
    ("B2", "Upphandling och tecknande av avtal över 5 pbb", "LOU", "AU",
     "Över 5 pbb per avtal"),
    ("B3", "Avskrivning av fordran", "", "FE", "Högst 0,5 pbb per fordran"),
    ("B4", "Försäljning av inventarier och utrangerat material", "", "R",
     "Högst 10 000 kr per tillfälle"),
    ("B5", "Ansökan om statsbidrag", "", "FC", "Nämnden informeras vid nästa sammanträde"),
    ("C. Förskola och fritidshem",),
    ("C1", "Placering i förskola och fritidshem", "SL 8 kap. 14 §, 14 kap. 3 §", "R", ""),
    ("C2", "Erbjudande om förskola för barn som behöver särskilt stöd i sin utveckling",
     "SL 8 kap. 7 §", "R", ""),
    ("C3", "Nedsättning eller befrielse från avgift i förskola och fritidshem", "", "FC",
     "Högst sex månader åt gången"),
    ("C4", "Uppsägning av plats på grund av obetalda avgifter", "", "FC",
     "Efter två skriftliga påminnelser"),
    ("D. Grundskola och anpassad grundskola",),
    ("D1", "Mottagande av elev från annan kommun", "SL 10 kap. 25 §", "FC", ""),
    ("D2", "Skolskjuts för elev i grundskola och anpassad grundskola", "SL 10 kap. 32 §",
     "SSH", "Enligt nämndens riktlinjer för skolskjuts"),
    ("D3", "Skolskjuts vid skolval till annan skola än den kommunen anvisat",
     "SL 10 kap. 33 §", "SSH", "Om det kan ske utan organisatoriska eller ekonomiska "
     "svårigheter"),
    ("D4", "Ledighet för elev, högst tio skoldagar per läsår", "SL 7 kap. 18 §", "R", ""),
    ("D5", "Ledighet för elev utöver tio skoldagar per läsår", "SL 7 kap. 18 §", "FC",
     "Efter yttrande från rektor"),
    ("D6", "Mottagande i anpassad grundskola", "SL 7 kap. 5 §", "FC",
     "Efter utredning av elevhälsan"),
    ("D7", "Föreläggande för vårdnadshavare att fullgöra skolplikt, med eller utan vite",
     "SL 7 kap. 23 §", "AU", ""),
    ("E. Elevhälsa och trygghet",),
    ("E1", "Köp av externa utredningar inom elevhälsan", "", "EHC",
     "Högst 1 pbb per utredning"),
    ("E2", "Avstängning av elev i grundskola", "SL 5 kap. 14 §", "R",
     "Högst en vecka och högst två gånger per kalenderhalvår"),
    ("E3", "Anmälan till Skolinspektionen eller annan myndighet", "", "FC", ""),
    ("F. Personal",),
    ("F1", "Anställning av rektor", "", "FC", "Efter samråd med AU"),
    ("F2", "Lönesättning vid nyanställning av lärare och förskollärare", "", "R",
     "Inom av förvaltningschef angiven ram"),
    ("F3", "Uppsägning på grund av arbetsbrist", "LAS 7 §", "FC",
     "Efter samråd med HR-chef"),
    ("F4", "Beslut om disciplinpåföljd", "", "FC", ""),
    ("G. Övriga ärenden",),
    ("G1", "Mottagande av gåva till verksamheten", "", "FC", "Högst 1 pbb; större gåvor "
     "beslutas av AU"),
    ("G2", "Fastställande av läsårstider för grundskolan", "", "AU",
     "Senast den 31 januari året före läsåret"),
    ("G3", "Avtal om praktikplatser och verksamhetsförlagd utbildning", "", "R", ""),
    ("G4", "Beslut om att hålla stängt i förskola och fritidshem vid kompetensutveckling",
     "", "FC", "Högst fyra dagar per år; vårdnadshavare informeras minst två månader i "
     "förväg"),
]


def legend(s):
    cell = s["cell"]
    left = [[Paragraph("<b>Delegat</b>", cell), ""]] + [
        [Paragraph(f"<b>{k}</b>", cell), Paragraph(v, cell)] for k, v in DELEGATES]
    right = [[Paragraph("<b>Lagrum</b>", cell), ""]] + [
        [Paragraph(f"<b>{k}</b>", cell), Paragraph(v, cell)] for k, v in LAWS]
    while len(right) < len(left):
        right.append(["", ""])
    data = [l + [""] + r for l, r in zip(left, right)]
    t = Table(data, colWidths=[13 * mm, 62 * mm, 6 * mm, 13 * mm, 72 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("SPAN", (0, 0), (1, 0)), ("SPAN", (3, 0), (4, 0)),
                           ("LINEBELOW", (0, 0), (1, 0), 0.8, GREEN),
                           ("LINEBELOW", (3, 0), (4, 0), 0.8, GREEN),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def deleg_table(s):
    cell = s["cell"]
    head = ["Nr", "Ärende", "Lagrum", "Delegat", "Villkor/kommentar"]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in head]]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), MIST),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 1, GREEN)]
    for r in ROWS:
        i = len(data)
        if len(r) == 1:
            data.append([Paragraph(f"<b>{r[0]}</b>", cell), "", "", "", ""])
            cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), SAND)]
        else:
            data.append([Paragraph(x, cell) for x in r])
    t = Table(data, colWidths=[10 * mm, 64 * mm, 30 * mm, 22 * mm, TEXT_W - 126 * mm],
              repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


def story():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Delegationsordningen anger vilka beslut som nämnden har lämnat över till "
                  "arbetsutskottet, ordföranden eller tjänstepersoner.", s["ingress"]),
        Paragraph("1. Om delegering", s["h1"]),
        Paragraph(
            "Ett beslut som fattas med stöd av delegation gäller som om nämnden själv hade "
            "fattat det. Nämnden kan när som helst återkalla en delegation eller ta över ett "
            "enskilt ärende. Delegaten kan alltid välja att lämna ett ärende till nämnden om "
            "ärendet är av principiell betydelse eller annars av större vikt.", b),
        Paragraph(
            "Beslut som endast är verkställighet, till exempel debitering av avgift enligt "
            "fastställd taxa eller placering enligt antagna regler utan utrymme för bedömning, "
            "redovisas inte som delegationsbeslut.", b),
        Paragraph("2. Ersättare, vidaredelegering och jäv", s["h1"]),
        bullets([
            "Vid förfall för en delegat övertar den som är förordnad som ersättare "
            "beslutanderätten. Finns ingen ersättare går ärendet till närmast överordnad chef.",
            "Förvaltningschefen får vidaredelegera sin beslutanderätt enligt 7 kap. 6 § KL. "
            "Vidaredelegering ska ske skriftligt och anmälas till nämnden.",
            "En delegat som är jävig får inte fatta beslut i ärendet. Ärendet lämnas då till "
            "närmast överordnad.",
        ], b),
        Paragraph("3. Anmälan av delegationsbeslut", s["h1"]),
        Paragraph(
            "Delegationsbeslut anmäls till nämnden vid närmast följande ordinarie sammanträde "
            "genom listor ur ärendehanteringssystemet. Beslut enligt 6 kap. 39 § KL anmäls "
            "särskilt.", b),
        Paragraph("4. Förkortningar och beloppsgränser", s["h1"]),
        legend(s),
        sp(5),
        Paragraph(
            "<b>pbb</b> = prisbasbelopp enligt socialförsäkringsbalken för det år beslutet "
            "fattas. Beloppsgränser avser belopp exklusive mervärdesskatt per avtal, "
            "fordran eller tillfälle. Upphandling får inte delas upp för att hamna under en "
            "beloppsgräns.", s["small"]),
        PageBreak(),
        Paragraph("5. Förteckning över delegerade ärenden", s["h1"]),
        deleg_table(s),
        sp(10),
        Paragraph("Beslutshistorik", s["h2"]),
        l1_history([
            ("2025.10.14", "Barn- och utbildningsnämnden", "§ 94", "BUN 2025/143",
             "Revidering: ny indelning i avsnitt A–G, beloppsgränser i pbb, skolskjuts "
             "till skolskjutshandläggare"),
            ("2023.09.12", "Barn- och utbildningsnämnden", "§ 71", "BUN 2023/118",
             "Revidering efter ändrad organisation av elevhälsan"),
            ("2021.03.16", "Barn- och utbildningsnämnden", "§ 18", "BUN 2021/30",
             "Delegationsordningen antas"),
        ], s),
        sp(6),
        l1_info([
            ("Gäller fr.o.m.", "2025.11.01"),
            ("Ersätter", "Delegationsordning för barn- och utbildningsnämnden, reviderad "
                         "2023.09.12, § 71"),
            ("Dokumentägare", "Förvaltningschef, barn- och utbildningsförvaltningen"),
            ("Revideras senast", "2027.12.31"),
        ], s),
    ]


def build(out_path) -> None:
    l1_build(out_path, TITLE, story, ORGAN)


TRUTH = truth(
    layout="L1",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="barn- och utbildningsnämnden",
    decision_date="2025-10-14",
    paragraph="§ 94",
    diarienummer="BUN 2025/143",
    valid_from="2025-11-01",
    replaces="Delegationsordning för barn- och utbildningsnämnden, reviderad 2023.09.12, § 71",
    owner="Förvaltningschef, barn- och utbildningsförvaltningen",
    review_date="2027-12-31",
    status_2026_11_26="gällande",
    abbreviations={
        "AU": "barn- och utbildningsnämndens arbetsutskott",
        "Ordf": "barn- och utbildningsnämndens ordförande",
        "FC": "förvaltningschef",
        "R": "rektor",
        "EHC": "elevhälsochef",
        "FE": "förvaltningsekonom",
        "SSH": "skolskjutshandläggare",
        "SL": "skollagen (2010:800)",
        "KL": "kommunallagen (2017:725)",
        "FL": "förvaltningslagen (2017:900)",
        "OSL": "offentlighets- och sekretesslagen (2009:400)",
        "LOU": "lagen (2016:1145) om offentlig upphandling",
        "LAS": "lagen (1982:80) om anställningsskydd",
        "pbb": "prisbasbelopp",
    },
    decisions=[
        dec("Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
            "barn- och utbildningsnämndens ordförande", "Ordf",
            "Anmäls vid nämndens nästa sammanträde", 2),
        dec("Upphandling och tecknande av avtal inom beslutad budget", "förvaltningschef", "FC",
            "Högst 5 pbb per avtal", 2),
        dec("Upphandling och tecknande av avtal över 5 pbb",
            "barn- och utbildningsnämndens arbetsutskott", "AU", "Över 5 pbb per avtal", 2),
        dec("Avskrivning av fordran", "förvaltningsekonom", "FE", "Högst 0,5 pbb per fordran",
            2),
        dec("Nedsättning eller befrielse från avgift i förskola och fritidshem",
            "förvaltningschef", "FC", "Högst sex månader åt gången", 2),
        dec("Skolskjuts för elev i grundskola och anpassad grundskola", "skolskjutshandläggare",
            "SSH", "Enligt nämndens riktlinjer för skolskjuts", 2),
        dec("Ledighet för elev utöver tio skoldagar per läsår", "förvaltningschef", "FC",
            "Efter yttrande från rektor", 2),
        dec("Köp av externa utredningar inom elevhälsan", "elevhälsochef", "EHC",
            "Högst 1 pbb per utredning", 2),
        dec("Uppsägning på grund av arbetsbrist", "förvaltningschef", "FC",
            "Efter samråd med HR-chef", 3),
        dec("Fastställande av läsårstider för grundskolan",
            "barn- och utbildningsnämndens arbetsutskott", "AU",
            "Senast den 31 januari året före läsåret", 3),
        dec("Beslut om att hålla stängt i förskola och fritidshem vid kompetensutveckling",
            "förvaltningschef", "FC", "Högst fyra dagar per år", 3),
    ],
    notes=("L1: nothing about the decision at the top. Last page (p. 3): Beslutshistorik with "
           "the newest row first – 2025.10.14 BUN § 94 BUN 2025/143 (this version), 2023.09.12 "
           "§ 71 BUN 2023/118, 2021.03.16 § 18 BUN 2021/30 (original); then Gäller fr.o.m. "
           "2025.11.01, Ersätter the 2023 revision, Dokumentägare, Revideras senast 2027.12.31. "
           "Dates in the dotted form yyyy.mm.dd. Legend on p. 1 (two columns: Delegat / "
           "Lagrum) plus 'pbb = prisbasbelopp'. List pp. 2–3 (sections A–G), header row "
           "repeated on p. 3."),
)
