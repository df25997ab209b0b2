"""Riktlinje för inköp och upphandling – layout N3 (landscape; value bands as columns, the code
of the deciding level in each cell; document data in the page-1 footer grid). Fictitious."""
from common import Paragraph, dec, n3_build, n3_legend, n3_matrix, sp, stm, styles, truth
from common import PageBreak, bullets

FILE = "riktlinje-inkop-och-upphandling.pdf"
TITLE = "Riktlinje för inköp och upphandling"

ABBR = {
    "EC": "enhetschef",
    "AC": "avdelningschef",
    "FC": "förvaltningschef",
    "UC": "upphandlingschef",
    "KD": "kommundirektör",
    "KSAU": "kommunstyrelsens arbetsutskott",
    "KS": "kommunstyrelsen",
}

B1 = "Under 100 000 kr"
B2 = "100 000 kr – direktupphandlingsgränsen"
B3 = "Över direktupphandlingsgränsen – 5 mnkr"
B4 = "Över 5 mnkr – 20 mnkr"
B5 = "Över 20 mnkr"

TRUTH = truth(
    layout="N3",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="kommunstyrelsen",
    decision_date="2025-04-08",
    paragraph="§ 52",
    diarienummer="KS 2025/64",
    valid_from="2025-05-01",
    replaces="Riktlinje för direktupphandling (KS 2021-09-14, § 117)",
    scope="kommunstyrelsen och samtliga nämnder",
    owner="Upphandlingschef",
    review_date="2027-12-31",
    status_2026_11_26="gällande",
    abbreviations=ABBR,
    decisions=[
        dec("Beslut om att påbörja inköp eller upphandling", "avdelningschef", "AC", B2, 2),
        dec("Beslut om att påbörja inköp eller upphandling", "kommundirektör", "KD", B4, 2),
        dec("Tilldelningsbeslut", "förvaltningschef", "FC", B3, 2),
        dec("Tilldelningsbeslut", "kommunstyrelsens arbetsutskott", "KSAU", B5, 2),
        dec("Godkännande av förfrågningsunderlag", "upphandlingschef", "UC", B3, 2),
        dec("Förlängning av avtal enligt option", "enhetschef", "EC", B2, 2),
    ],
    statements=[
        stm("Ramavtal som ska användas av fler än en förvaltning", "kommundirektör", 2),
        stm("konsulttjänster", "kommundirektör", 2),
        stm("avgör upphandlingschefen", "upphandlingschef", 2),
    ],
    notes="N3: footer grid on page 1 only ('Beslutad av: Kommunstyrelsen | Datum: 2025-04-08 | "
          "Paragraf: § 52 | Dnr: KS 2025/64' / 'Gäller från: 2025-05-01 | Ersätter: Riktlinje "
          "för direktupphandling (KS 2021-09-14, § 117) | Dokumentansvarig: Upphandlingschef | "
          "Revideras: senast 2027-12-31'). Matrix rows × value bands (under 100 000 kr; 100 000 "
          "– direktupphandlingsgränsen (700 000 kr 2025); över gränsen – 5 mnkr; 5–20 mnkr; "
          "över 20 mnkr). Start: EC/AC/FC/KD/KSAU; tilldelning and avtal the same; "
          "förfrågningsunderlag –/UC/UC/FC/KD; avbryta –/AC/FC/KD/KSAU; option EC/EC/AC/FC/KD. "
          "Special: ramavtal for several förvaltningar under 5 mnkr: KD; konsulttjänster over "
          "500 000 kr: KD approves; single-supplier direktupphandling over 100 000: FC; "
          "inköpskort ≤ 5 000 kr; doubt: UC. Cites upphandlingspolicy (KF 2023-03-27, § 33) and "
          "attestreglemente (KF 2022-12-12, § 139).",
)


def body():
    s = styles("Helvetica", 9.8)
    b, h2 = s["body"], s["h2"]
    P = lambda t: Paragraph(t, b)  # noqa: E731
    head = ["Beslut", B1, B2, B3, B4, B5]
    rows = [
        ("Beslut om att påbörja inköp eller upphandling (upphandlingsbeslut)", "EC", "AC", "FC",
         "KD", "KSAU"),
        ("Godkännande av förfrågningsunderlag", "–", "UC", "UC", "FC", "KD"),
        ("Tilldelningsbeslut", "EC", "AC", "FC", "KD", "KSAU"),
        ("Undertecknande av avtal", "EC", "AC", "FC", "KD", "KSAU"),
        ("Avbrytande av upphandling", "–", "AC", "FC", "KD", "KSAU"),
        ("Förlängning av avtal enligt option", "EC", "EC", "AC", "FC", "KD"),
    ]
    matrix = n3_matrix(head, rows, [62, 30, 48, 50, 35, 36], s, 1, 5)
    legend = n3_legend("Kolumnförklaring – koder i tabellen",
                       [(k, v) for k, v in ABBR.items()] +
                       [("–", "beslutsnivån är inte aktuell")], s, ncol=4)
    return [
        Paragraph("Riktlinjen anger hur inköp och upphandlingar ska gå till och vem som får "
                  "fatta beslut i olika skeden, beroende på upphandlingens värde.",
                  s["ital"]),
        Paragraph("1. Syfte och omfattning", h2),
        P("Riktlinjen kompletterar kommunens upphandlingspolicy (kommunfullmäktige 2023-03-27, "
          "§ 33) och attestreglementet (kommunfullmäktige 2022-12-12, § 139). Den gäller för "
          "kommunstyrelsen och samtliga nämnder. Kommunens bolag omfattas inte."),
        Paragraph("2. Grundregler", h2),
        bullets([
            "Inköp görs i första hand från kommunens ramavtal.",
            "Finns inget ramavtal och understiger värdet direktupphandlingsgränsen (700 000 kr "
            "år 2025) får direktupphandling göras. Över 100 000 kr ska minst tre leverantörer "
            "tillfrågas skriftligt och förfrågan dokumenteras.",
            "Värdet beräknas för hela avtalstiden inklusive möjliga förlängningar, exklusive "
            "moms. Ett inköp får inte delas upp för att komma under en beloppsgräns.",
            "Inköp med kommunens inköpskort får göras för köp upp till 5 000 kr.",
        ], b),
        Paragraph("3. Beslutsnivåer", h2),
        P("Vem som får fatta beslut framgår av tabellen på nästa sida. Beslutsnivåerna gäller "
          "inom kommunstyrelsens förvaltningar och för kommungemensamma upphandlingar. "
          "Nämnderna tillämpar motsvarande nivåer genom sina delegationsordningar."),
        P("Riktlinjen ersätter Riktlinje för direktupphandling (KS 2021-09-14, § 117)."),
        sp(2),
        legend,
        PageBreak(),
        Paragraph("Tabell: Beslutsnivåer vid inköp och upphandling", h2),
        matrix,
        sp(8),
        Paragraph("4. Särskilda regler", h2),
        bullets([
            "Ramavtal som ska användas av fler än en förvaltning beslutas av kommundirektören "
            "när värdet understiger 5 mnkr. Därutöver gäller tabellen.",
            "Direktupphandling från en enda leverantör utan konkurrens över 100 000 kr kräver "
            "förvaltningschefens godkännande.",
            "Upphandling av konsulttjänster över 500 000 kr ska godkännas av kommundirektören, "
            "oavsett förvaltning.",
            "Avtal undertecknas av den som har fattat tilldelningsbeslutet.",
            "Är det oklart om ett inköp ska upphandlas avgör upphandlingschefen saken.",
        ], b),
    ]


def build(out_path):
    foot = [[("Beslutad av", "Kommunstyrelsen"), ("Datum", "2025-04-08"), ("Paragraf", "§ 52"),
             ("Dnr", "KS 2025/64")],
            [("Gäller från", "2025-05-01"),
             ("Ersätter", "Riktlinje för direktupphandling (KS 2021-09-14, § 117)"),
             ("Dokumentansvarig", "Upphandlingschef"), ("Revideras", "senast 2027-12-31")]]
    n3_build(out_path, TITLE, "Kommunledningsförvaltningen", "Riktlinje", foot, body,
             styles("Helvetica", 9.8))
