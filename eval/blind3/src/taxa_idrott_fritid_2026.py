"""K1: författningssamling header grid on every page (Beslut 'KF § 127 / 2025-11-24', Gäller
fr.o.m. 2026-01-01, Ersätter 'KF § 113 / 2024-11-25', Dnr KS 2025/244, Flik 5.3). Price table by
category A/B/C. Cites KFN's decision on the category rules (KFN 2024-09-18 § 61) – not this
decision."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, k1_build, sp, stm, styles, truth

FILE = "taxa-idrotts-och-fritidsanlaggningar-2026.pdf"
TITLE = "Taxa för uthyrning av idrotts- och fritidsanläggningar 2026"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph(
            "Kommunfullmäktige har fastställt följande avgifter för att hyra kommunens idrotts- "
            "och fritidsanläggningar. Taxan gäller från och med den 1 januari 2026.", b),
        Paragraph("1 Kategorier", s["h1"]),
        bullets([
            "<b>Kategori A</b> – barn- och ungdomsverksamhet för deltagare 7–25 år i förening "
            "som är registrerad i Askersunds kommun.",
            "<b>Kategori B</b> – övrig föreningsverksamhet, studieförbund och föreningar från "
            "andra kommuner.",
            "<b>Kategori C</b> – privatpersoner, företag och andra organisationer.",
        ], b),
        Paragraph(
            "Reglerna för hur en bokning placeras i en kategori beslutades av kultur- och "
            "fritidsnämnden 2024-09-18, § 61. Skolornas verksamhet under skoltid betalar ingen "
            "avgift.", b),
        Paragraph("2 Avgifter", s["h1"]),
        grid([["Anläggning", "Kategori A", "Kategori B", "Kategori C"],
              ["Tallbackahallen, hel hall, per timme", "60 kr", "190 kr", "450 kr"],
              ["Tallbackahallen, halv hall, per timme", "35 kr", "110 kr", "260 kr"],
              ["Gymnastiksal, per timme", "40 kr", "110 kr", "250 kr"],
              ["Ishallen, per timme", "120 kr", "400 kr", "1 100 kr"],
              ["Konstgräsplan 11-manna, per timme", "90 kr", "320 kr", "750 kr"],
              ["Naturgräsplan 7-manna, per timme", "0 kr", "100 kr", "300 kr"],
              ["Samlingssal Tallbacka, helgdygn (fredag 16 – söndag 12)", "–", "1 200 kr",
               "2 500 kr"],
              ["Elljusspår och utegym", "Avgiftsfritt", "Avgiftsfritt", "Avgiftsfritt"]],
             [78, 28, 28, 28], s),
        Paragraph("Avgifterna i kategori C är inklusive moms.", s["small"]),
        Paragraph("3 Bokning och avbokning", s["h1"]),
        Paragraph(
            "Säsongsbokningar faktureras per termin. Avbokning ska göras senast 14 dagar före "
            "den bokade tiden. Vid senare avbokning tas halva avgiften ut, och vid avbokning "
            "senare än två dagar före tas hela avgiften ut. Matcher med publik i kategori A "
            "debiteras som träning.", b),
        Paragraph("4 Nedsättning och ändringar", s["h1"]),
        Paragraph(
            "Kultur- och fritidsnämnden får besluta om nedsättning av eller befrielse från avgift "
            "för arrangemang av allmänt intresse, till exempel större tävlingar och "
            "lovaktiviteter. Kultur- och fritidsnämnden får räkna upp avgifterna årligen med "
            "konsumentprisindex; andra ändringar av taxan beslutas av kommunfullmäktige.", b),
    ]


def build(out_path) -> None:
    k1_build(out_path, TITLE, story,
             [("Beslut", "KF § 127\n2025-11-24"), ("Gäller fr.o.m.", "2026-01-01"),
              ("Ersätter", "KF § 113\n2024-11-25"), ("Dnr", "KS 2025/244")], "5.3")


TRUTH = truth(
    layout="K1",
    title=TITLE,
    doc_type="taxa",
    decided_by="kommunfullmäktige",
    decision_date="2025-11-24",
    paragraph="§ 127",
    diarienummer="KS 2025/244",
    valid_from="2026-01-01",
    replaces="KF § 113 2024-11-25",
    status_2026_11_26="gällande",
    statements=[
        stm("nedsättning av eller befrielse från avgift för arrangemang av allmänt intresse",
            "kultur- och fritidsnämnden", 1),
        stm("årlig indexuppräkning", "kultur- och fritidsnämnden", 1),
        stm("andra ändringar av taxan", "kommunfullmäktige", 1),
    ],
    notes=("K1: KFS header grid (Beslut 'KF § 127' over '2025-11-24', Gäller fr.o.m. 2026-01-01, "
           "Ersätter 'KF § 113' over '2024-11-25', Dnr KS 2025/244, Flik 5.3); the body says "
           "'Kommunfullmäktige har fastställt'. What it replaces is ONLY the grid cell 'Ersätter' "
           "('KF § 113' over '2024-11-25'); no sentence states it. Cites KFN 2024-09-18 § 61 (category rules)."),
)
