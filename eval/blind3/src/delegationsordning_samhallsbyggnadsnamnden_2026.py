"""K1: författningssamling header grid on every page (Beslut 'SBN § 15 / 2026-02-18', Gäller
fr.o.m. 2026-03-01, Ersätter 'SBN § 8 / 2024-01-24', Dnr, Flik 4.2, Sida n:N). Newer half of
the SBN pair; says in its text (and header) that it replaces the 2024 delegationsordning. Cites
the taxa för plan- och byggverksamhet (KF 2025-11-24 § 130) and the reglemente (KF 2022-12-12
§ 140) – not this decision."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import dec, deleg, grid, k1_build, sp, styles, truth

FILE = "delegationsordning-samhallsbyggnadsnamnden-2026.pdf"
TITLE = "Delegationsordning för samhällsbyggnadsnämnden"

CODES = [
    ("SBN", "samhällsbyggnadsnämnden"),
    ("SBNAU", "samhällsbyggnadsnämndens arbetsutskott"),
    ("Ordf", "samhällsbyggnadsnämndens ordförande"),
    ("SBC", "samhällsbyggnadschef"),
    ("BYC", "bygglovschef"),
    ("BYH", "bygglovshandläggare"),
    ("BAH", "bostadsanpassningshandläggare"),
    ("MIC", "miljöchef"),
    ("MIH", "miljö- och hälsoskyddsinspektör"),
    ("TH", "trafikhandläggare"),
]
LAWS = [
    ("PBL", "plan- och bygglagen (2010:900)"),
    ("MB", "miljöbalken"),
    ("FMH", "förordningen (1998:899) om miljöfarlig verksamhet och hälsoskydd"),
    ("BAB", "lagen (2018:222) om bostadsanpassningsbidrag"),
    ("TrF", "trafikförordningen (1998:1276)"),
    ("OL", "ordningslagen (1993:1617)"),
    ("LOU", "lagen (2016:1145) om offentlig upphandling"),
]

ROWS = [
    ("1 Plan- och byggärenden",),
    ("1.1", "Bygglov för en- och tvåbostadshus som följer detaljplanen", "BYH", "PBL 9 kap. 30 §",
     ""),
    ("1.2", "Bygglov med liten avvikelse från detaljplanen", "BYH", "PBL 9 kap. 31 b §",
     "Efter samråd med BYC."),
    ("1.3", "Positivt förhandsbesked utanför detaljplan", "BYC", "PBL 9 kap. 17 §",
     "Avslag: SBNAU."),
    ("1.4", "Avslag på ansökan om bygglov", "SBNAU", "PBL 9 kap.", ""),
    ("1.5", "Startbesked och slutbesked", "BYH", "PBL 10 kap. 23 §, 34 §", ""),
    ("1.6", "Byggsanktionsavgift", "BYC", "PBL 11 kap. 51 §",
     "Högst 100 000 kr. Däröver: SBNAU."),
    ("1.7", "Föreläggande med vite", "SBNAU", "PBL 11 kap. 37 §",
     "Vite högst 200 000 kr. Däröver: SBN."),
    ("1.8", "Nedsättning av avgift enligt taxan för plan- och byggverksamhet", "BYC", "",
     "Högst 50 procent av avgiften. Däröver: SBNAU."),
    ("1.9", "Fastställande av gatunamn och namn på kvarter", "SBNAU", "", ""),
    ("2 Bostadsanpassning",),
    ("2.1", "Bostadsanpassningsbidrag", "BAH", "BAB 7 §",
     "Högst 150 000 kr per ansökan. Däröver: SBNAU."),
    ("2.2", "Avslag på ansökan om bostadsanpassningsbidrag", "BAH", "BAB 7 §",
     "Avslag när kostnaden överstiger 150 000 kr: SBNAU."),
    ("2.3", "Återbetalning av bostadsanpassningsbidrag", "SBC", "BAB 23 §", ""),
    ("3 Miljö och hälsoskydd",),
    ("3.1", "Strandskyddsdispens", "MIC", "MB 7 kap. 18 b §",
     "Komplementbyggnad till befintligt bostadshus samt brygga. Övriga: SBNAU."),
    ("3.2", "Tillstånd att inrätta avloppsanordning med vattentoalett", "MIH", "FMH 13 §", ""),
    ("3.3", "Föreläggande och förbud inom miljö- och hälsoskydd utan vite", "MIH",
     "MB 26 kap. 9 §", "Med vite: MIC, högst 50 000 kr. Däröver: SBNAU."),
    ("3.4", "Beslut om att avgiftsbelägga tillsyn enligt taxa", "MIH", "", ""),
    ("4 Trafik och allmän plats",),
    ("4.1", "Lokala trafikföreskrifter som gäller högst tre månader", "TH", "TrF 10 kap. 1 §",
     "Längre tid: SBNAU."),
    ("4.2", "Yttrande till polisen om upplåtelse av offentlig plats", "TH", "OL 3 kap.",
     "Högst 30 dagar. Längre tid: SBC."),
    ("4.3", "Flyttning av fordon som står felparkerat", "TH", "", ""),
    ("5 Ekonomi och övrigt",),
    ("5.1", "Upphandling och avrop inom budget", "SBC", "LOU",
     "Högst 15 prisbasbelopp. Däröver: SBNAU."),
    ("5.2", "Beslut i brådskande ärenden", "Ordf", "KL 6 kap. 39 §",
     "Vid förfall: vice ordförande."),
    ("5.3", "Yttrande i detaljplaneärenden från grannkommun", "SBNAU", "PBL 5 kap.", ""),
]


def story():
    s = styles("Helvetica", 9.5)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("1 Inledning", s["h1"]),
        Paragraph(
            "Samhällsbyggnadsnämnden delegerar med stöd av 6 kap. 37–38 §§ kommunallagen "
            "(2017:725) beslutanderätt till arbetsutskottet, ordföranden och anställda enligt "
            "förteckningen nedan. Nämndens ansvarsområde följer av reglementet för "
            "samhällsbyggnadsnämnden, antaget av kommunfullmäktige 2022-12-12, § 140. Avgifter "
            "tas ut enligt taxan för plan- och byggverksamhet, antagen av kommunfullmäktige "
            "2025-11-24, § 130.", b),
        Paragraph(
            "Delegationsordningen ersätter samhällsbyggnadsnämndens delegationsordning från "
            "2024-01-24, § 8. Nytt är framför allt att bostadsanpassningsbidrag flyttats till "
            "nämnden från socialnämnden och att flera beloppsgränser har höjts.", b),
        Paragraph(
            "Delegationsbeslut anmäls vid nämndens nästa sammanträde. Vid förfall för en "
            "delegat inträder närmast överordnad chef. Samhällsbyggnadschefen får "
            "vidaredelegera sin beslutanderätt; sådana beslut anmäls till samhällsbyggnadschefen.",
            b),
        Paragraph("2 Förkortningar", s["h1"]),
        grid([["Kod", "Delegat", "Förk.", "Lag"]] +
             [[CODES[i][0], CODES[i][1], LAWS[i][0] if i < len(LAWS) else "",
               LAWS[i][1] if i < len(LAWS) else ""] for i in range(len(CODES))],
             [15, 58, 13, 80], s),
        Paragraph("3 Delegerade ärenden", s["h1"]),
        deleg(("Nr", "Beslut", "Delegat", "Lagrum", "Kommentar"), ROWS, [10, 62, 17, 30, 47], s,
              lines="below"),
    ]


def build(out_path) -> None:
    k1_build(out_path, TITLE, story,
             [("Beslut", "SBN § 15\n2026-02-18"), ("Gäller fr.o.m.", "2026-03-01"),
              ("Ersätter", "SBN § 8\n2024-01-24"), ("Dnr", "SBN 2026/22")], "4.2")


TRUTH = truth(
    layout="K1",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="samhällsbyggnadsnämnden",
    decision_date="2026-02-18",
    paragraph="§ 15",
    diarienummer="SBN 2026/22",
    valid_from="2026-03-01",
    replaces="samhällsbyggnadsnämndens delegationsordning från 2024-01-24, § 8",
    replaces_file="delegationsordning-samhallsbyggnadsnamnden-2024.pdf",
    status_2026_11_26="gällande",
    abbreviations=dict(CODES + LAWS),
    decisions=[
        dec("Bygglov med liten avvikelse från detaljplanen", "bygglovshandläggare", "BYH",
            "Efter samråd med BYC.", 2),
        dec("Positivt förhandsbesked utanför detaljplan", "bygglovschef", "BYC",
            "Avslag: SBNAU.", 2),
        dec("Byggsanktionsavgift", "bygglovschef", "BYC", "Högst 100 000 kr. Däröver: SBNAU.", 2),
        dec("Föreläggande med vite", "samhällsbyggnadsnämndens arbetsutskott", "SBNAU",
            "Vite högst 200 000 kr. Däröver: SBN.", 2),
        dec("Bostadsanpassningsbidrag", "bostadsanpassningshandläggare", "BAH",
            "Högst 150 000 kr per ansökan. Däröver: SBNAU.", 2),
        dec("Strandskyddsdispens", "miljöchef", "MIC",
            "Komplementbyggnad till befintligt bostadshus samt brygga. Övriga: SBNAU.", 2),
        dec("Upphandling och avrop inom budget", "samhällsbyggnadschef", "SBC",
            "Högst 15 prisbasbelopp. Däröver: SBNAU.", 2),
    ],
    notes=("K1: KFS header grid on every page: Beslut 'SBN § 15' over '2026-02-18', Gäller "
           "fr.o.m. 2026-03-01, Ersätter 'SBN § 8' over '2024-01-24' (the replaced decision, a "
           "distractor in the same grid), Dnr SBN 2026/22, Flik 4.2, Sida n:N. Text (p. 1) says it "
           "replaces the 2024 delegationsordning; cites reglemente KF 2022-12-12 § 140 and taxa KF "
           "2025-11-24 § 130. Changes vs 2024: liten avvikelse BYC→BYH, positivt förhandsbesked "
           "SBNAU→BYC, byggsanktionsavgift 50 000→100 000 kr, vite 100 000→200 000 kr, "
           "nedsättning 25→50 %, upphandling 10→15 pbb, brygga added to strandskydd, new "
           "bostadsanpassning rows."),
)
