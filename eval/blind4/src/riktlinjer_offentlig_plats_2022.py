"""L5: riktlinjer för upplåtelse av offentlig plats, older half of the pair (replaced by the 2025
riktlinjer). Dokumentinformation box at the foot of page 1 (Beslutsorgan, Datum för beslut
'2022-04-20, § 33', Diarienr, Gäller fr.o.m. 2022-05-15, Giltig t.o.m. Tills vidare,
Processägare). It names no successor."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, l5_build, sp, stm, styles, truth

FILE = "riktlinjer-offentlig-plats-2022.pdf"
TITLE = "Riktlinjer för upplåtelse av offentlig plats"

INFO = [
    ("Beslutsorgan", "Samhällsbyggnadsnämnden"),
    ("Datum för beslut", "2022-04-20, § 33"),
    ("Diarienr", "SBN 2022/41"),
    ("Gäller fr.o.m.", "2022-05-15"),
    ("Giltig t.o.m.", "Tills vidare"),
    ("Processägare", "Gatuchef"),
    ("Gäller för", "Offentlig plats inom detaljplanelagt område"),
    ("Ersätter", "–"),
]


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Så använder vi gator, torg och parker för uteserveringar, skyltar, "
                  "evenemang och försäljning.", s["ingress"]),
        Paragraph("Bakgrund", s["h1"]),
        Paragraph(
            "Offentlig plats är till för alla. Samtidigt bidrar uteserveringar, torghandel och "
            "evenemang till ett levande centrum. Riktlinjerna ska ge sökande besked om vad "
            "kommunen normalt godtar.", b),
        Paragraph(
            "Tillstånd söks hos Polismyndigheten enligt ordningslagen. Kommunen yttrar sig över "
            "ansökan. Avgift tas ut enligt kommunfullmäktiges taxa för upplåtelse av offentlig "
            "plats.", b),
        Paragraph("Vem beslutar?", s["h1"]),
        bullets([
            "Yttranden till Polismyndigheten lämnas av gatuingenjören på nämndens delegation.",
            "Beslut om platser för torghandel och fasta försäljningsplatser fattas av "
            "samhällsbyggnadsnämndens arbetsutskott.",
        ], b),
        Paragraph("Uteserveringar", s["h1"]),
        bullets([
            "Säsongen är 1 april–30 september.",
            "Uteserveringen får vara högst 3 meter djup från fasaden. En fri gångbana på minst "
            "1,5 meter ska finnas.",
            "Avgränsningar ska vara lätta att flytta och högst 1,1 meter höga.",
        ], b),
        Paragraph("Skyltar och varuexponering", s["h1"]),
        bullets([
            "Varje verksamhet får ha en gatupratare (A-skylt), högst 1,2 meter hög.",
            "Varuexponering får ta högst 0,8 meter från fasaden.",
        ], b),
        Paragraph("Evenemang", s["h1"]),
        grid([["Typ av evenemang", "Ansökan senast"],
              ["Mindre arrangemang, under 200 besökare", "Tre veckor före"],
              ["Större arrangemang, 200 besökare eller fler", "Sex veckor före"],
              ["Arrangemang som kräver avstängning av gata", "Åtta veckor före"]],
             [110, 56], s),
        sp(4),
        Paragraph("Handläggning", s["h1"]),
        Paragraph(
            "Kommunen lämnar sitt yttrande inom tre veckor från det att remissen från "
            "Polismyndigheten har kommit in. Sökanden bör ta kontakt med "
            "samhällsbyggnadsförvaltningen i god tid före ansökan.", b),
    ]


def build(out_path) -> None:
    l5_build(out_path, TITLE, story, "Riktlinjer", "Samhällsbyggnadsförvaltningen", INFO)


TRUTH = truth(
    layout="L5",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="samhällsbyggnadsnämnden",
    decision_date="2022-04-20",
    paragraph="§ 33",
    diarienummer="SBN 2022/41",
    valid_from="2022-05-15",
    scope="Offentlig plats inom detaljplanelagt område",
    owner="Gatuchef",
    status_2026_11_26="upphävd",
    statements=[
        stm("yttranden till Polismyndigheten", "gatuingenjör", 1),
        stm("platser för torghandel och fasta försäljningsplatser",
            "samhällsbyggnadsnämndens arbetsutskott", 1),
    ],
    notes=("L5: Dokumentinformation box at the foot of p. 1 (drawn on the canvas). Pair older: "
           "replaced by riktlinjer-offentlig-plats-2025.pdf (SBN 2025-09-17 § 72, from "
           "2025-10-01); this document names no successor and says 'Giltig t.o.m. Tills "
           "vidare' and 'Ersätter –'. Rules: season 1 april–30 september; depth 3 m; torghandel "
           "by the arbetsutskott; yttrande within three weeks; evenemang 3/6/8 weeks."),
)
