"""K6 (older template): the Dnr and the validity date in a footer line on every page; the
decision itself only in the closing paragraph, date in words ("den 24 januari 2024, § 8").
Older half of the SBN pair: replaced by delegationsordning-samhallsbyggnadsnamnden-2026.pdf
(which says so); this one names no successor. Cites the reglemente (KF 2022-12-12 § 140) and the
delegationsordning of 2021 (SBN 2021-03-24 § 30), which it replaces."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import dec, deleg, grid, k6_build, sp, styles, truth

FILE = "delegationsordning-samhallsbyggnadsnamnden-2024.pdf"
TITLE = "Delegationsordning för samhällsbyggnadsnämnden"

CODES = [
    ("SBN", "samhällsbyggnadsnämnden"),
    ("SBNAU", "samhällsbyggnadsnämndens arbetsutskott"),
    ("Ordf", "samhällsbyggnadsnämndens ordförande"),
    ("SBC", "samhällsbyggnadschef"),
    ("BYC", "bygglovschef"),
    ("BYH", "bygglovshandläggare"),
    ("MIC", "miljöchef"),
    ("MIH", "miljö- och hälsoskyddsinspektör"),
    ("TH", "trafikhandläggare"),
]

ROWS = [
    ("Plan- och byggärenden",),
    ("1", "Bygglov för en- och tvåbostadshus som följer detaljplanen", "BYH", "",
     "PBL 9 kap. 30 §"),
    ("2", "Bygglov med liten avvikelse från detaljplanen", "BYC", "", "PBL 9 kap. 31 b §"),
    ("3", "Positivt förhandsbesked utanför detaljplan", "SBNAU", "", "PBL 9 kap. 17 §"),
    ("4", "Avslag på ansökan om bygglov eller förhandsbesked", "SBNAU", "", "PBL 9 kap."),
    ("5", "Byggsanktionsavgift", "BYC", "Högst 50 000 kr. Däröver: SBNAU.", "PBL 11 kap. 51 §"),
    ("6", "Föreläggande med vite", "SBNAU", "Vite högst 100 000 kr. Däröver: SBN.",
     "PBL 11 kap. 37 §"),
    ("7", "Nedsättning av avgift enligt taxan för plan- och byggverksamhet", "BYC",
     "Högst 25 procent av avgiften. Däröver: SBNAU.", ""),
    ("Miljö och hälsoskydd",),
    ("8", "Strandskyddsdispens", "MIC",
     "Endast för komplementbyggnad till befintligt bostadshus. Övriga: SBNAU.",
     "MB 7 kap. 18 b §"),
    ("9", "Tillstånd att inrätta avloppsanordning med vattentoalett", "MIH", "",
     "FMH 13 §"),
    ("Trafik och allmän plats",),
    ("10", "Lokala trafikföreskrifter som gäller högst tre månader", "TH",
     "Längre tid: SBNAU.", "TrF 10 kap. 1 §"),
    ("11", "Yttrande till polisen om upplåtelse av offentlig plats", "TH",
     "Högst 30 dagar. Längre tid: SBC.", "OL 3 kap."),
    ("Ekonomi",),
    ("12", "Upphandling och avrop inom budget", "SBC",
     "Högst 10 prisbasbelopp. Däröver: SBNAU.", "LOU"),
]


def story():
    s = styles("Times-Roman", 10.5)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph(
            "Samhällsbyggnadsnämnden uppdrar med stöd av 6 kap. 37 § kommunallagen åt "
            "arbetsutskottet, ordföranden och anställda att besluta på nämndens vägnar i de "
            "ärenden som anges nedan. Nämndens uppgifter framgår av reglementet för "
            "samhällsbyggnadsnämnden (kommunfullmäktige 2022-12-12, § 140).", b),
        Paragraph(
            "Brådskande ärenden får avgöras av ordföranden (6 kap. 39 § kommunallagen). "
            "Delegationsbeslut anmäls vid nämndens nästa sammanträde. Vid förfall för en "
            "delegat beslutar samhällsbyggnadschefen.", b),
        Paragraph("Förkortningar", s["h2"]),
        grid([["Kod", "Delegat"]] + [[k, v] for k, v in CODES], [20, 80], s),
        sp(3),
        Paragraph("PBL plan- och bygglagen (2010:900); MB miljöbalken; FMH förordningen "
                  "(1998:899) om miljöfarlig verksamhet och hälsoskydd; TrF trafikförordningen "
                  "(1998:1276); OL ordningslagen (1993:1617); LOU lagen (2016:1145) om offentlig "
                  "upphandling.", s["small"]),
        Paragraph("Delegerade ärenden", s["h2"]),
        deleg(("Nr", "Ärende", "Delegat", "Villkor", "Lagrum"), ROWS, [9, 66, 18, 47, 26], s),
        sp(10),
        Paragraph(
            "Denna delegationsordning antogs av samhällsbyggnadsnämnden den 24 januari 2024, "
            "§ 8, och ersätter nämndens delegationsordning från den 24 mars 2021, § 30.", b),
    ]


def build(out_path) -> None:
    k6_build(out_path, TITLE, story,
             "Dnr SBN 2023/190  ·  Gäller från 1 februari 2024", "Samhällsbyggnadsförvaltningen")


TRUTH = truth(
    layout="K6",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="samhällsbyggnadsnämnden",
    decision_date="2024-01-24",
    paragraph="§ 8",
    diarienummer="SBN 2023/190",
    valid_from="2024-02-01",
    replaces="nämndens delegationsordning från den 24 mars 2021, § 30",
    status_2026_11_26="upphävd",
    abbreviations=dict(CODES),
    decisions=[
        dec("Bygglov med liten avvikelse från detaljplanen", "bygglovschef", "BYC", None, 2),
        dec("Positivt förhandsbesked utanför detaljplan",
            "samhällsbyggnadsnämndens arbetsutskott", "SBNAU", None, 2),
        dec("Byggsanktionsavgift", "bygglovschef", "BYC", "Högst 50 000 kr. Däröver: SBNAU.", 2),
        dec("Föreläggande med vite", "samhällsbyggnadsnämndens arbetsutskott", "SBNAU",
            "Vite högst 100 000 kr. Däröver: SBN.", 2),
        dec("Strandskyddsdispens", "miljöchef", "MIC",
            "Endast för komplementbyggnad till befintligt bostadshus. Övriga: SBNAU.", 2),
        dec("Upphandling och avrop inom budget", "samhällsbyggnadschef", "SBC",
            "Högst 10 prisbasbelopp. Däröver: SBNAU.", 2),
    ],
    notes=("K6: footer line 'Dnr SBN 2023/190 · Gäller från 1 februari 2024' on every page; the "
           "decision only in the closing paragraph 'antogs av samhällsbyggnadsnämnden den 24 "
           "januari 2024, § 8', replacing SBN 2021-03-24 § 30. Cites reglemente KF 2022-12-12 "
           "§ 140. UPPHÄVD: replaced by delegationsordning-samhallsbyggnadsnamnden-2026.pdf "
           "(from 2026-03-01); names no successor itself."),
)
