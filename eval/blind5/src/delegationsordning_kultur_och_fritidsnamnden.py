"""Delegationsordning för kultur- och fritidsnämnden – layout N1 (cover with version box,
Ändringsförteckning on page 2, list grouped by delegate). Fictitious.

The decision (2025-10-22, § 67) and the validity stand only in the last row of the
Ändringsförteckning. Bidrag till arrangemang: FH ≤ 10 000 kr, KFC ≤ 2 pbb, KFAU ≤ 5 pbb, above
that the nämnd."""
from common import (Paragraph, TocHeading, cap, dec, grid_table, n1_build, n1_delegate, sp,
                    styles, truth)

FILE = "delegationsordning-kultur-och-fritidsnamnden.pdf"
TITLE = "Delegationsordning för kultur- och fritidsnämnden"

ABBR = {
    "KFN": "kultur- och fritidsnämnden",
    "KFAU": "kultur- och fritidsnämndens arbetsutskott",
    "Ordf": "kultur- och fritidsnämndens ordförande",
    "KFC": "kultur- och fritidschef",
    "BC": "bibliotekschef",
    "FRC": "fritidschef",
    "FH": "föreningshandläggare",
    "KUS": "kulturstrateg",
    "pbb": "prisbasbelopp",
    "KL": "kommunallagen (2017:725)",
    "OSL": "offentlighets- och sekretesslagen (2009:400)",
}

TRUTH = truth(
    layout="N1",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="kultur- och fritidsnämnden",
    decision_date="2025-10-22",
    paragraph="§ 67",
    diarienummer="KFN 2025/112",
    valid_from="2025-11-01",
    replaces="version 4, beslutad 2024-03-19, § 21",
    owner="Nämndsekreterare",
    status_2026_11_26="gällande",
    abbreviations=ABBR,
    decisions=[
        dec("Bidrag till arrangemang och evenemang", "kultur- och fritidsnämndens arbetsutskott",
            "KFAU", "över två prisbasbelopp och upp till fem prisbasbelopp per ansökan", 4),
        dec("Avtal om nyttjande av kommunens anläggningar", "kultur- och fritidsnämndens "
            "arbetsutskott", "KFAU", "löptid över tre år och högst tio år", 4),
        dec("Bidrag till arrangemang och evenemang", "kultur- och fritidschef", "KFC",
            "över 10 000 kr och upp till två prisbasbelopp per ansökan", 4),
        dec("Nedsättning av eller befrielse från hyra för lokal eller anläggning",
            "kultur- och fritidschef", "KFC", "högst 25 000 kr per tillfälle", 4),
        dec("Avstängning av besökare från biblioteket", "bibliotekschef", "BC",
            "högst tre månader", 4),
        dec("Avtal om nyttjande av anläggning", "fritidschef", "FRC",
            "löptid om högst tre år", 4),
        dec("Startbidrag till nybildad förening", "föreningshandläggare", "FH",
            "högst 5 000 kr", 4),
        dec("Inköp av konst till kommunens konstsamling", "kulturstrateg", "KUS",
            "högst 30 000 kr per verk", 5),
    ],
    notes="N1: cover box 'Version: 5 / Beslutsinstans: Kultur- och fritidsnämnden / "
          "Diarienummer: KFN 2025/112 / Dokumentansvarig: Nämndsekreterare'. The decision only "
          "as the last row of the Ändringsförteckning (5 | 2025-10-22 | … Gäller från 2025-11-01 | "
          "Kultur- och fritidsnämnden, § 67). Earlier rows 2019-02-12 § 9, 2020-09-15 § 71, "
          "2022-11-08 § 88, 2024-03-19 § 21. Cites the reglemente (KF 2023-02-27, § 14), "
          "riktlinjer för föreningsstöd (KFN 2024-03-19, § 20) and KS's riktlinje för inköp "
          "och upphandling. pbb 2026 = 59 200 kr. Chains: arrangemangsbidrag FH ≤ 10 000, KFC "
          "≤ 2 pbb, KFAU ≤ 5 pbb, above: nämnden; anläggningsavtal FRC ≤ 3 år, KFAU ≤ 10 år; "
          "avstängning bibliotek BC ≤ 3 mån, KFC ≤ 12 mån; stängning anläggning FRC ≤ 7 dagar, "
          "KFC longer. Only KFC may vidaredelegera.",
)


def body():
    s = styles("Helvetica", 9.6)
    b, h2 = s["body"], s["h2"]
    P = lambda t: Paragraph(t, b)  # noqa: E731
    legend = grid_table([["Förkortning", "Förklaring"]] +
                        [[k, cap(v)] for k, v in ABBR.items()], [30, 100], s)
    out = [
        TocHeading("1 ALLMÄNT", h2, "1 Allmänt"),
        Paragraph("1.1 Delegering enligt kommunallagen", s["h3"]),
        P("Kultur- och fritidsnämnden får enligt 6 kap. 37 § kommunallagen uppdra åt "
          "arbetsutskottet, åt en ledamot eller ersättare eller åt en anställd att besluta på "
          "nämndens vägnar. Nämndens ansvarsområde framgår av reglementet för kultur- och "
          "fritidsnämnden, antaget av kommunfullmäktige 2023-02-27, § 14. Ärenden som avser "
          "verksamhetens mål, inriktning, omfattning eller kvalitet och ärenden av principiell "
          "beskaffenhet eller annars av större vikt får inte delegeras."),
        Paragraph("1.2 Vidaredelegering", s["h3"]),
        P("Endast kultur- och fritidschefen får vidaredelegera beslutanderätt, och endast i de "
          "ärenden som anges under avsnitt 2.3. Beslut om vidaredelegering anmäls till nämnden. "
          "Övriga delegater får inte lämna beslutanderätten vidare."),
        Paragraph("1.3 Anmälan av delegationsbeslut", s["h3"]),
        P("Beslut som fattas med stöd av denna delegationsordning anmäls till nämnden vid nästa "
          "ordinarie sammanträde genom en förteckning. Beslut som fattas med stöd av "
          "vidaredelegering anmäls till kultur- och fritidschefen."),
        Paragraph("1.4 Ersättare vid förfall", s["h3"]),
        P("Är en delegat förhindrad beslutar närmast överordnad chef. Är ordföranden förhindrad "
          "träder vice ordföranden in."),
        Paragraph("1.5 Belopp", s["h3"]),
        P("Belopp anges i kronor eller i prisbasbelopp (pbb). Med prisbasbelopp avses det belopp "
          "som gäller för det år beslutet fattas; för 2026 är prisbasbeloppet 59 200 kr. "
          "Beloppsgränserna gäller per ansökan eller per avtal, inklusive eventuella "
          "förlängningar. Ett ärende får inte delas upp för att komma under en beloppsgräns."),
        Paragraph("1.6 Bidrag, inköp och upphandling", s["h3"]),
        P("Bidrag till föreningar prövas enligt Riktlinjer för föreningsstöd, beslutade av "
          "nämnden 2024-03-19, § 20. Inköp och upphandling görs enligt kommunstyrelsens "
          "Riktlinje för inköp och upphandling och ingår inte i denna delegationsordning."),
        P("Denna version ersätter version 4, beslutad 2024-03-19, § 21."),
        TocHeading("1.7 Förkortningar", s["h3"], "1.7 Förkortningar"),
        legend,
        sp(6),
        TocHeading("2 DELEGERING", h2, "2 Delegering"),
        P("Kultur- och fritidsnämnden uppdrar åt nedan angivna delegater att besluta på "
          "nämndens vägnar i följande ärenden."),
    ]
    out += n1_delegate("2.1", "arbetsutskottet", "KFAU", [
        "Bidrag till arrangemang och evenemang över två prisbasbelopp och upp till fem "
        "prisbasbelopp per ansökan. Ansökningar över fem prisbasbelopp avgörs av nämnden.",
        "Avtal om nyttjande av kommunens anläggningar med en löptid över tre år och högst tio "
        "år.",
        "Avskrivning av fordran över ett prisbasbelopp.",
        "Yttranden i remissärenden när svarstiden inte medger behandling i nämnden.",
        "Utdelning av nämndens kulturstipendium och ledarstipendium efter förslag från "
        "förvaltningen.",
    ], s)
    out += n1_delegate("2.2", "ordföranden", "Ordf", [
        "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas (6 kap. "
        "39 § KL). Beslutet anmäls vid nämndens nästa sammanträde.",
        "Ledamöters deltagande i kurser, konferenser och studiebesök inom nämndens budget.",
    ], s)
    out += n1_delegate("2.3", "kultur- och fritidschef", "KFC", [
        "Bidrag till arrangemang och evenemang över 10 000 kr och upp till två prisbasbelopp per "
        "ansökan.",
        "Nedsättning av eller befrielse från hyra för lokal eller anläggning vid arrangemang "
        "som är öppna för allmänheten, högst 25 000 kr per tillfälle.",
        "Tillfällig stängning av bibliotek, idrottsanläggning eller fritidsgård i mer än sju "
        "dagar.",
        "Avstängning av besökare från biblioteket i mer än tre månader och högst tolv månader.",
        "Avslag på begäran om att lämna ut allmän handling och uppställande av förbehåll (OSL).",
        "Anställning av enhetschefer inom förvaltningen.",
    ], s)
    out += n1_delegate("2.4", "bibliotekschef", "BC", [
        "Avstängning av besökare från biblioteket på grund av störande uppträdande, högst tre "
        "månader.",
        "Avskrivning av ersättningskrav för förkommen eller skadad media, högst 2 000 kr per "
        "låntagare.",
        "Ändrade öppettider på grund av helgdag eller personalbrist, högst fyra veckor i följd.",
    ], s)
    out += n1_delegate("2.5", "fritidschef", "FRC", [
        "Avtal om nyttjande av anläggning med en löptid om högst tre år.",
        "Avstängning av besökare från fritidsgård eller badhus, högst fyra veckor.",
        "Tillfällig stängning av idrottsanläggning eller fritidsgård, högst sju dagar.",
        "Fördelning av tider i idrottshallar vid säsongsbokning.",
    ], s)
    out += n1_delegate("2.6", "föreningshandläggare", "FH", [
        "Aktivitetsbidrag och lokalbidrag enligt riktlinjer för föreningsstöd.",
        "Startbidrag till nybildad förening, högst 5 000 kr.",
        "Bidrag till arrangemang och evenemang, högst 10 000 kr per ansökan.",
        "Registrering av förening i kommunens föreningsregister.",
    ], s)
    out += n1_delegate("2.7", "kulturstrateg", "KUS", [
        "Inköp av konst till kommunens konstsamling, högst 30 000 kr per verk.",
        "Deposition av konstverk i kommunala lokaler.",
    ], s)
    return out


def build(out_path):
    box = [("Version", "5"), ("Beslutsinstans", "Kultur- och fritidsnämnden"),
           ("Diarienummer", "KFN 2025/112"), ("Dokumentansvarig", "Nämndsekreterare")]
    history = [
        ["1", "2019-02-12", "Nyutgåva", "Kultur- och fritidsnämnden, § 9"],
        ["2", "2020-09-15", "Beslut om avstängning från bibliotek tillagda",
         "Kultur- och fritidsnämnden, § 71"],
        ["3", "2022-11-08", "Anpassning till ny förvaltningsorganisation",
         "Kultur- och fritidsnämnden, § 88"],
        ["4", "2024-03-19", "Beloppsgränser för bidrag höjda",
         "Kultur- och fritidsnämnden, § 21"],
        ["5", "2025-10-22", "Ny indelning per delegat, beloppsgränser i prisbasbelopp. Gäller "
         "från 2025-11-01", "Kultur- och fritidsnämnden, § 67"],
    ]
    n1_build(out_path, TITLE, "Kultur- och fritidsnämnden", box, history, body,
             styles("Helvetica", 9.6))
