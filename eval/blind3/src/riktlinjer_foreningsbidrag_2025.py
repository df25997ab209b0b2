"""K5: plain pages; all metadata in the closing 'Dokumentinformation' table and a
'Beslutshistorik' table (version 1 = the 2021 decision, version 2 = this one). Newer half of the
föreningsbidrag pair; the Ersätter row names the 2021 riktlinjer. Cites the KFN
delegationsordning (KFN 2024-02-21 § 9) and the taxa för uthyrning – not this decision."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, k5_build, k5_docinfo, sp, stm, styles, truth

FILE = "riktlinjer-foreningsbidrag-2025.pdf"
TITLE = "Riktlinjer för föreningsbidrag"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph(
            "Riktlinjerna beskriver vilka bidrag kommunen lämnar till ideella föreningar, vilka "
            "villkor som gäller och hur man ansöker.", s["ital"]),
        Paragraph("Vem kan få bidrag?", s["h1"]),
        bullets([
            "Ideella föreningar som är demokratiskt uppbyggda och har sitt säte i Askersunds "
            "kommun.",
            "Föreningen ska ha minst 10 medlemmar, varav minst fem i bidragsberättigad ålder, och "
            "vara registrerad i kommunens föreningsregister.",
            "Verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse ska lämnas "
            "senast den 30 april varje år.",
        ], b),
        Paragraph("Bidragsformer", s["h1"]),
        grid([["Bidrag", "Belopp och villkor", "Sista ansökningsdag"],
              ["Aktivitetsstöd", "14 kr per deltagartillfälle för deltagare 7–25 år. Deltagare "
               "med funktionsnedsättning räknas utan övre åldersgräns. Sammankomsten ska pågå "
               "minst 60 minuter och ha minst tre deltagare.",
               "15 februari (juli–december) och 15 augusti (januari–juni)"],
              ["Lokalbidrag", "40 procent av bidragsberättigade kostnader, högst 75 000 kr per år",
               "15 februari"],
              ["Startbidrag", "3 000 kr till nybildad förening", "Löpande"],
              ["Arrangemangsbidrag", "Högst 20 000 kr per arrangemang som är öppet för "
               "allmänheten", "Senast sex veckor före arrangemanget"],
              ["Ledarutbildningsbidrag", "50 procent av kursavgiften, högst 2 000 kr per ledare "
               "och år", "Senast tre månader efter kursen"]],
             [34, 84, 48], s),
        sp(4),
        Paragraph("Vem beslutar?", s["h1"]),
        Paragraph(
            "Aktivitetsstöd, startbidrag och ledarutbildningsbidrag beslutas av "
            "fritidshandläggaren. Arrangemangsbidrag upp till 10 000 kr beslutas av "
            "fritidschefen. Arrangemangsbidrag över 10 000 kr och lokalbidrag beslutas av "
            "kultur- och fritidsnämndens arbetsutskott, enligt nämndens delegationsordning "
            "(KFN 2024-02-21, § 9).", b),
        Paragraph("Återbetalning och avstängning", s["h1"]),
        Paragraph(
            "Bidrag som har betalats ut på grund av felaktiga uppgifter ska betalas tillbaka. "
            "Fritidschefen beslutar om återbetalning. Föreningen kan stängas av från bidrag i "
            "upp till två år.", b),
        Paragraph(
            "Föreningar som hyr kommunens anläggningar betalar enligt kommunfullmäktiges taxa "
            "för uthyrning av idrotts- och fritidsanläggningar; lokalbidrag lämnas inte för "
            "kommunens egna lokaler.", b),
        sp(8),
        Paragraph("Dokumentinformation", s["h2"]),
        k5_docinfo([
            ("Dokumenttyp", "Riktlinje"),
            ("Dokumentnamn", TITLE),
            ("Fastställd av", "Kultur- och fritidsnämnden"),
            ("Fastställd", "2025-05-14, § 38"),
            ("Diarienummer", "KFN 2025/29"),
            ("Gäller från", "2025-07-01"),
            ("Ersätter", "Riktlinjer för föreningsbidrag, fastställda 2021-03-17, § 19"),
            ("Dokumentägare", "Fritidschef"),
            ("Revideras senast", "2028-12-31"),
            ("Publiceras", "Kommunens webbplats och intranät"),
            ("Andra styrande dokument som omnämns",
             "Delegationsordning för kultur- och fritidsnämnden; Taxa för uthyrning av "
             "idrotts- och fritidsanläggningar"),
        ], s),
        sp(6),
        Paragraph("Beslutshistorik", s["h2"]),
        grid([["Version", "Datum", "Beslut", "Ändring"],
              ["1", "2021-03-17", "KFN § 19", "Riktlinjerna antas."],
              ["2", "2025-05-14", "KFN § 38", "Höjt aktivitetsstöd och ny åldersgräns 25 år, "
               "höjda tak för lokal- och arrangemangsbidrag, nytt ledarutbildningsbidrag, nya "
               "ansökningsdagar."]],
             [16, 24, 24, 102], s),
    ]


def build(out_path) -> None:
    k5_build(out_path, TITLE, story, "Riktlinje", "Kultur- och fritidsförvaltningen")


TRUTH = truth(
    layout="K5",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="kultur- och fritidsnämnden",
    decision_date="2025-05-14",
    paragraph="§ 38",
    diarienummer="KFN 2025/29",
    valid_from="2025-07-01",
    replaces="Riktlinjer för föreningsbidrag, fastställda 2021-03-17, § 19",
    replaces_file="riktlinjer-foreningsbidrag-2021.pdf",
    owner="Fritidschef",
    review_date="2028-12-31",
    publication_stated="extern",
    status_2026_11_26="gällande",
    statements=[
        stm("aktivitetsstöd, startbidrag och ledarutbildningsbidrag", "fritidshandläggare", 1),
        stm("arrangemangsbidrag upp till 10 000 kr", "fritidschef", 1),
        stm("arrangemangsbidrag över 10 000 kr och lokalbidrag",
            "kultur- och fritidsnämndens arbetsutskott", 1),
        stm("återbetalning av bidrag", "fritidschef", 1),
    ],
    notes=("K5: no metadata on the pages; 'Dokumentinformation' (Fastställd av Kultur- och "
           "fritidsnämnden, Fastställd 2025-05-14, § 38, KFN 2025/29, Gäller från 2025-07-01, "
           "Ersätter the 2021 riktlinjer, Fritidschef, Revideras senast 2028-12-31, Publiceras "
           "webbplats och intranät) and 'Beslutshistorik' (v1 KFN § 19 2021-03-17, v2 KFN § 38 "
           "2025-05-14) at the end. Cites KFN 2024-02-21 § 9 (delegationsordning, not in the "
           "collection). Values: 14 kr, 7–25 år; lokalbidrag max 75 000 kr; startbidrag 3 000 kr; "
           "arrangemang max 20 000 kr, 6 veckor; ledarutbildning 50 %, max 2 000 kr."),
)
