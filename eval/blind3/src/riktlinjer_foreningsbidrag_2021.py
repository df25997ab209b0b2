"""K6 (older template): footer line with Dnr and 'Gäller från 1 juli 2021'; the decision only in
the closing paragraph with the day written as an ordinal word ("den sjuttonde mars 2021, § 19").
Older half of the föreningsbidrag pair – replaced by riktlinjer-foreningsbidrag-2025.pdf, which
says so in its Dokumentinformation; names no successor. Cites fritidsnämnden's rules of 2014
(which it replaces) and KF 2020-11-23 § 118 (nämndorganisation)."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, k6_build, sp, stm, styles, truth

FILE = "riktlinjer-foreningsbidrag-2021.pdf"
TITLE = "Riktlinjer för föreningsbidrag"


def story():
    s = styles("Times-Roman", 10.5)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Kultur- och fritidsnämnden", s["ital"]),
        Paragraph("1. Syfte", s["h2"]),
        Paragraph(
            "Kommunens stöd till föreningslivet ska ge barn och unga en meningsfull fritid och "
            "stärka föreningarnas möjligheter att bedriva verksamhet i hela kommunen. "
            "Kultur- och fritidsnämnden inrättades från den 1 januari 2021 enligt "
            "kommunfullmäktiges beslut 2020-11-23, § 118, och tog då över ansvaret för "
            "föreningsbidragen.", b),
        Paragraph("2. Grundläggande villkor", s["h2"]),
        bullets([
            "Föreningen är ideell, demokratiskt uppbyggd och har sitt säte i Askersunds kommun.",
            "Föreningen har minst 10 medlemmar och är registrerad i kommunens föreningsregister.",
            "Verksamhetsberättelse, ekonomisk redovisning och revisionsberättelse lämnas senast "
            "den 30 april varje år.",
        ], b),
        Paragraph("3. Bidragsformer", s["h2"]),
        grid([["Bidrag", "Belopp", "Ansökan"],
              ["Aktivitetsstöd", "10 kr per deltagartillfälle för deltagare 7–20 år. "
               "Sammankomsten ska pågå minst 60 minuter och ha minst tre deltagare.",
               "Senast 1 mars (juli–december) och 1 september (januari–juni)"],
              ["Lokalbidrag", "40 procent av bidragsberättigade kostnader, högst 50 000 kr per år",
               "Senast 1 mars"],
              ["Startbidrag", "2 000 kr till nybildad förening", "Löpande"],
              ["Arrangemangsbidrag", "Högst 15 000 kr per arrangemang",
               "Senast fyra veckor före arrangemanget"]],
             [32, 78, 56], s),
        sp(6),
        Paragraph("4. Beslut", s["h2"]),
        Paragraph(
            "Aktivitetsstöd och startbidrag beslutas av fritidskonsulenten. Lokalbidrag och "
            "arrangemangsbidrag beslutas av kultur- och fritidsnämndens arbetsutskott.", b),
        Paragraph("5. Återbetalning", s["h2"]),
        Paragraph(
            "En förening som har fått bidrag på grund av felaktiga uppgifter ska betala tillbaka "
            "bidraget. Föreningen kan då också stängas av från bidrag under ett år.", b),
        sp(8),
        Paragraph(
            "Riktlinjerna fastställdes av kultur- och fritidsnämnden den sjuttonde mars 2021, "
            "§ 19. De ersätter Bidragsregler för föreningar som fritidsnämnden fastställde den "
            "19 november 2014, § 61.", b),
    ]


def build(out_path) -> None:
    k6_build(out_path, TITLE, story, "Dnr KFN 2021/12  ·  Gäller från 1 juli 2021",
             "Kultur- och fritidsförvaltningen")


TRUTH = truth(
    layout="K6",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="kultur- och fritidsnämnden",
    decision_date="2021-03-17",
    paragraph="§ 19",
    diarienummer="KFN 2021/12",
    valid_from="2021-07-01",
    replaces="Bidragsregler för föreningar som fritidsnämnden fastställde den 19 november 2014, § 61",
    status_2026_11_26="upphävd",
    statements=[
        stm("aktivitetsstöd och startbidrag", "fritidskonsulent", 1),
        stm("lokalbidrag och arrangemangsbidrag", "kultur- och fritidsnämndens arbetsutskott", 1),
    ],
    notes=("K6: footer 'Dnr KFN 2021/12 · Gäller från 1 juli 2021'; decision only in the closing "
           "sentence with an ordinal word: 'den sjuttonde mars 2021, § 19'. Cites KF 2020-11-23 "
           "§ 118 (new nämnd) and fritidsnämnden 2014-11-19 § 61 (replaced). UPPHÄVD: replaced by "
           "riktlinjer-foreningsbidrag-2025.pdf from 2025-07-01. Values: aktivitetsstöd 10 kr, "
           "7–20 år; lokalbidrag max 50 000 kr; startbidrag 2 000 kr; arrangemang max 15 000 kr, "
           "4 veckor."),
)
