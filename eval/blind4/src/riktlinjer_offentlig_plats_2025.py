"""L2: riktlinjer för upplåtelse av offentlig plats, newer half of the pair. Cover with the
decision data bottom-left (samhällsbyggnadsnämnden 17 sep. 2025, § 72; from 1 okt. 2025;
'Ersätter' names the 2022 riktlinjer); the introduction repeats what is replaced."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, grid, l2_build, sp, stm, styles, truth

FILE = "riktlinjer-offentlig-plats-2025.pdf"
TITLE = "Riktlinjer för upplåtelse av offentlig plats"

META = [
    ("Beslutsorgan", "Samhällsbyggnadsnämnden"),
    ("Datum för beslut", "17 sep. 2025, § 72"),
    ("Diarienr", "SBN 2025/118"),
    ("Gäller fr.o.m.", "1 okt. 2025"),
    ("Giltig t.o.m.", "Tills vidare"),
    ("Ersätter", "Riktlinjer fastställda 20 apr. 2022, § 33"),
    ("Processägare", "Gatuchef"),
]


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        PageBreak(),
        Paragraph("Inledning", s["h1"]),
        Paragraph(
            "Riktlinjerna beskriver hur kommunen ser på användningen av gator, torg, parker och "
            "andra offentliga platser för uteserveringar, skyltar, evenemang och försäljning. "
            "De ersätter samhällsbyggnadsnämndens riktlinjer med samma namn från april 2022.",
            b),
        Paragraph(
            "Tillstånd att använda offentlig plats söks hos Polismyndigheten enligt "
            "ordningslagen. Kommunen yttrar sig över ansökan och kan ställa villkor. Avgift tas "
            "ut enligt kommunfullmäktiges taxa för upplåtelse av offentlig plats.", b),
        Paragraph("Vem beslutar?", s["h1"]),
        bullets([
            "Yttranden till Polismyndigheten lämnas av gatuingenjören på nämndens delegation.",
            "Beslut om platser för torghandel och fasta försäljningsplatser fattas av "
            "gatuchefen.",
            "Avtal om upplåtelse längre än tre år beslutas av samhällsbyggnadsnämndens "
            "arbetsutskott.",
        ], b),
        Paragraph("Uteserveringar", s["h1"]),
        bullets([
            "Säsongen är 15 mars–31 oktober. Vinteröppen uteservering prövas särskilt.",
            "Uteserveringen får vara högst 4 meter djup räknat från fasaden. En fri gångbana "
            "på minst 1,5 meter ska finnas.",
            "Avgränsningar ska vara lätta att flytta och högst 1,1 meter höga.",
            "Marschaller och värmare får användas om de står stadigt och inte hindrar "
            "utrymningsvägar.",
        ], b),
        Paragraph("Skyltar och varuexponering", s["h1"]),
        bullets([
            "Varje verksamhet får ha en gatupratare (A-skylt), högst 1,2 meter hög, placerad "
            "intill fasaden.",
            "Varuexponering får ta högst 0,8 meter från fasaden.",
        ], b),
        Paragraph("Elsparkcyklar och cykeluthyrning", s["h1"]),
        Paragraph(
            "Företag som hyr ut elsparkcyklar eller cyklar ska ha avtal med kommunen. Fordonen "
            "får bara parkeras i anvisade zoner i centrala Askersund. Felparkerade fordon ska "
            "flyttas inom sex timmar efter anmälan.", b),
        Paragraph("Evenemang", s["h1"]),
        grid([["Typ av evenemang", "Ansökan senast"],
              ["Mindre arrangemang, under 200 besökare", "Tre veckor före"],
              ["Större arrangemang, 200 besökare eller fler", "Åtta veckor före"],
              ["Arrangemang som kräver avstängning av gata", "Tio veckor före"]],
             [110, 56], s, lines="rows"),
        sp(4),
        Paragraph("Handläggning", s["h1"]),
        Paragraph(
            "Kommunen lämnar sitt yttrande inom två veckor från det att remissen från "
            "Polismyndigheten har kommit in. Synpunkter på riktlinjerna lämnas till "
            "samhällsbyggnadsförvaltningen.", b),
    ]


def build(out_path) -> None:
    l2_build(out_path, TITLE, story, "Riktlinjer",
             ["Riktlinjer för", "upplåtelse av", "offentlig plats"],
             "Uteserveringar, skyltar, evenemang och försäljning", META, TITLE)


TRUTH = truth(
    layout="L2",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="samhällsbyggnadsnämnden",
    decision_date="2025-09-17",
    paragraph="§ 72",
    diarienummer="SBN 2025/118",
    valid_from="2025-10-01",
    replaces="Riktlinjer fastställda 20 apr. 2022, § 33",
    replaces_file="riktlinjer-offentlig-plats-2022.pdf",
    owner="Gatuchef",
    status_2026_11_26="gällande",
    statements=[
        stm("yttranden till Polismyndigheten", "gatuingenjör", 2),
        stm("platser för torghandel och fasta försäljningsplatser", "gatuchef", 2),
        stm("avtal om upplåtelse längre än tre år",
            "samhällsbyggnadsnämndens arbetsutskott", 2),
    ],
    notes=("L2: cover p. 1 with the title over three lines and the data bottom-left "
           "(Beslutsorgan Samhällsbyggnadsnämnden; Datum för beslut '17 sep. 2025, § 72'; SBN "
           "2025/118; Gäller fr.o.m. '1 okt. 2025'; Giltig t.o.m. 'Tills vidare'; Ersätter "
           "'Riktlinjer fastställda 20 apr. 2022, § 33'; Processägare Gatuchef). Pair newer: "
           "replaces riktlinjer-offentlig-plats-2022.pdf. Differences: season 15 mars–31 "
           "oktober (was 1 april–30 september); depth 4 m (was 3 m); torghandel decided by "
           "gatuchef (was the arbetsutskott); yttrande within two weeks (was three); new "
           "elsparkcykel rules; evenemang deadlines 3/8/10 weeks (were 3/6/8)."),
)
