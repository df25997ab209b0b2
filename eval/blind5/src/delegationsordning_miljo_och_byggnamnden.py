"""Delegationsordning för miljö- och byggnämnden – layout N3 (landscape; delegate codes as
COLUMNS, 'X' in the delegate's cell; document data in the page-1 footer grid). Fictitious."""
from common import PageBreak, Paragraph, dec, n3_build, n3_legend, n3_matrix, sp, styles, truth

FILE = "delegationsordning-miljo-och-byggnamnden.pdf"
TITLE = "Delegationsordning för miljö- och byggnämnden"

ABBR = {
    "MBAU": "miljö- och byggnämndens arbetsutskott",
    "Ordf": "miljö- och byggnämndens ordförande",
    "SBC": "samhällsbyggnadschef",
    "BLC": "bygglovschef",
    "BH": "bygglovshandläggare",
    "BI": "byggnadsinspektör",
    "MC": "miljöchef",
    "MI": "miljö- och hälsoskyddsinspektör",
    "PBL": "plan- och bygglagen (2010:900)",
    "MB": "miljöbalken",
    "LL": "livsmedelslagen (2006:804)",
    "KL": "kommunallagen (2017:725)",
    "OSL": "offentlighets- och sekretesslagen (2009:400)",
    "pbb": "prisbasbelopp",
}
CODES = ["MBAU", "Ordf", "SBC", "BLC", "BH", "BI", "MC", "MI"]

TRUTH = truth(
    layout="N3",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="miljö- och byggnämnden",
    decision_date="2025-09-16",
    paragraph="§ 74",
    diarienummer="MBN 2025/203",
    valid_from="2025-10-01",
    replaces="MBN 2023-04-18, § 31",
    owner="Nämndsekreterare",
    status_2026_11_26="gällande",
    abbreviations=ABBR,
    decisions=[
        dec("Bygglov för nybyggnad av en- eller tvåbostadshus inom detaljplan",
            "bygglovshandläggare", "BH", "Åtgärden följer detaljplanen", 2),
        dec("Bygglov med liten avvikelse från detaljplan", "bygglovschef", "BLC",
            "Har sakägare lämnat erinringar: MBAU", 2),
        dec("Förhandsbesked för åtgärd utanför detaljplan", "miljö- och byggnämndens "
            "arbetsutskott", "MBAU", "Avslag avgörs av nämnden", 2),
        dec("Byggsanktionsavgift", "bygglovschef", "BLC", "Högst 50 000 kr. Därutöver MBAU", 2),
        dec("Rivningslov", "bygglovshandläggare", "BH",
            "Inte byggnad som är utpekad som kulturhistoriskt värdefull", 2),
        dec("Föreläggande och förbud med vite", "miljöchef", "MC",
            "Vite högst 25 000 kr. Därutöver MBAU", 3),
        dec("Tillstånd till enskild avloppsanläggning", "miljö- och hälsoskyddsinspektör", "MI",
            None, 3),
        dec("Uppehåll i hämtning av hushållsavfall", "miljö- och hälsoskyddsinspektör", "MI",
            "Högst två år per beslut", 3),
        dec("Avskrivning av fordran", "samhällsbyggnadschef", "SBC",
            "Högst ett halvt prisbasbelopp per fordran", 3),
    ],
    notes="N3 delegate matrix: columns MBAU | Ordf | SBC | BLC | BH | BI | MC | MI, 'X' marks "
          "the delegate; two X (BH and BI) for start- and slutbesked. Footer grid on page 1: "
          "'Beslutad av: Miljö- och byggnämnden | Datum: 16 september 2025 | Paragraf: § 74 | "
          "Dnr: MBN 2025/203' / 'Gäller från: 1 oktober 2025 | Ersätter: MBN 2023-04-18, § 31 "
          "| Dokumentansvarig: Nämndsekreterare | Förvaltning: Samhällsbyggnadsförvaltningen'. "
          "Chains: byggsanktionsavgift BLC ≤ 50 000 kr then MBAU; vite (MB) MC ≤ 25 000 kr "
          "then MBAU; vite (PBL) MBAU ≤ 2 pbb then nämnden; tillbyggnad BH ≤ 50 kvm. No "
          "vidaredelegering. Cites reglemente (KF 2022-12-12, § 142), taxa miljöbalken (KF "
          "2024-11-25, § 120), plan- och bygglovtaxa (KF 2023-11-20, § 127).",
)


def row(nr, matter, law, marks, cond=""):
    return (nr, matter, law) + tuple("X" if c in marks else "" for c in CODES) + (cond,)


def body():
    s = styles("Helvetica", 9.4)
    b, h2 = s["body"], s["h2"]
    P = lambda t: Paragraph(t, b)  # noqa: E731
    head = ["Nr", "Ärende", "Lagrum"] + CODES + ["Villkor"]
    widths = [11, 72, 28] + [14] * 8 + [38]
    rows1 = [
        ("A. Plan- och bygglagen",),
        row("A1", "Bygglov för nybyggnad av en- eller tvåbostadshus inom detaljplan",
            "PBL 9 kap. 30 §", {"BH"}, "Åtgärden följer detaljplanen"),
        row("A2", "Bygglov med liten avvikelse från detaljplan", "PBL 9 kap. 31 b §", {"BLC"},
            "Har sakägare lämnat erinringar: MBAU"),
        row("A3", "Bygglov för tillbyggnad av en- eller tvåbostadshus", "PBL 9 kap. 30 §",
            {"BH"}, "Högst 50 kvm bruttoarea"),
        row("A4", "Förhandsbesked för åtgärd utanför detaljplan", "PBL 9 kap. 17 §", {"MBAU"},
            "Avslag avgörs av nämnden"),
        row("A5", "Startbesked och slutbesked", "PBL 10 kap. 23 §, 34 §", {"BH", "BI"}, ""),
        row("A6", "Rivningslov", "PBL 9 kap. 34 §", {"BH"},
            "Inte byggnad som är utpekad som kulturhistoriskt värdefull"),
        row("A7", "Byggsanktionsavgift", "PBL 11 kap. 51 §", {"BLC"},
            "Högst 50 000 kr. Därutöver MBAU"),
        row("A8", "Föreläggande med vite enligt PBL", "PBL 11 kap. 37 §", {"MBAU"},
            "Vite högst två pbb. Därutöver nämnden"),
        row("A9", "Strandskyddsdispens för komplementbyggnad vid befintligt bostadshus",
            "MB 7 kap. 18 b §", {"BLC"}, "Inte inom Natura 2000-område"),
    ]
    rows2 = [
        ("B. Miljöbalken",),
        row("B1", "Föreläggande och förbud utan vite", "MB 26 kap. 9 §", {"MI"}, ""),
        row("B2", "Föreläggande och förbud med vite", "MB 26 kap. 14 §", {"MC"},
            "Vite högst 25 000 kr. Därutöver MBAU"),
        row("B3", "Tillstånd till enskild avloppsanläggning", "Förordning (1998:899) 13 §",
            {"MI"}, ""),
        row("B4", "Uppehåll i hämtning av hushållsavfall", "Kommunens avfallsföreskrifter",
            {"MI"}, "Högst två år per beslut"),
        row("B5", "Miljösanktionsavgift", "MB 30 kap. 3 §", {"MC"}, ""),
        row("B6", "Nedsättning av avgift enligt taxa för prövning och tillsyn enligt MB",
            "Taxan 9 §", {"MC"}, "Högst 50 procent av avgiften"),
        ("C. Livsmedelslagen",),
        row("C1", "Registrering av livsmedelsanläggning", "LL 11 §", {"MI"}, ""),
        row("C2", "Sanktionsavgift enligt livsmedelslagen", "LL 30 c §", {"MC"}, ""),
        ("D. Övriga ärenden",),
        row("D1", "Beslut i brådskande ärenden", "KL 6 kap. 39 §", {"Ordf"},
            "Anmäls vid nästa sammanträde"),
        row("D2", "Avskrivning av fordran", "", {"SBC"},
            "Högst ett halvt prisbasbelopp per fordran"),
        row("D3", "Avslag på begäran om att lämna ut allmän handling", "OSL 6 kap.", {"SBC"},
            ""),
        row("D4", "Överklagande och yttrande till domstol i ärenden där delegaten har beslutat",
            "", {"SBC"}, ""),
    ]
    legend = n3_legend("Kolumnförklaring", [(k, v) for k, v in ABBR.items()], s, ncol=4)
    return [
        Paragraph("Miljö- och byggnämnden delegerar med stöd av 6 kap. 37 § kommunallagen "
                  "beslutanderätt i de ärenden som anges nedan.", s["ital"]),
        Paragraph("Allmänna bestämmelser", h2),
        P("Nämndens ansvarsområde framgår av reglementet för miljö- och byggnämnden "
          "(kommunfullmäktige 2022-12-12, § 142). Avgifter tas ut enligt taxan för prövning och "
          "tillsyn enligt miljöbalken (kommunfullmäktige 2024-11-25, § 120) och plan- och "
          "bygglovtaxan (kommunfullmäktige 2023-11-20, § 127)."),
        P("Ett kryss (X) i tabellen anger vem som är delegat. Står flera kryss på samma rad får "
          "var och en av de markerade besluta. Begränsningar anges i kolumnen Villkor. "
          "Vidaredelegering är inte tillåten."),
        P("Delegationsbeslut anmäls till nämnden vid nästa sammanträde. Vid förfall för en "
          "delegat beslutar närmast överordnad chef; för ordföranden träder vice ordföranden "
          "in."),
        P("Delegationsordningen ersätter den delegationsordning som beslutades MBN 2023-04-18, "
          "§ 31."),
        legend,
        PageBreak(),
        n3_matrix(head, rows1, widths, s, 3, 10),
        PageBreak(),
        n3_matrix(head, rows2, widths, s, 3, 10),
        sp(4),
    ]


def build(out_path):
    foot = [[("Beslutad av", "Miljö- och byggnämnden"), ("Datum", "16 september 2025"),
             ("Paragraf", "§ 74"), ("Dnr", "MBN 2025/203")],
            [("Gäller från", "1 oktober 2025"), ("Ersätter", "MBN 2023-04-18, § 31"),
             ("Dokumentansvarig", "Nämndsekreterare"),
             ("Förvaltning", "Samhällsbyggnadsförvaltningen")]]
    n3_build(out_path, TITLE, "Samhällsbyggnadsförvaltningen", "Delegationsordning", foot, body,
             styles("Helvetica", 9.4))
