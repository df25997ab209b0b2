"""L2: folkhälsoplan 2023–2026. Two-column cover: decision data stacked bottom-left on the green
panel with abbreviated-month dates ('12 dec. 2022'); text from page 2. In force until 31 dec.
2026 (gällande on 2026-11-26)."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, grid, l2_build, sp, stm, styles, truth

FILE = "folkhalsoplan-2023-2026.pdf"
TITLE = "Folkhälsoplan 2023–2026"

META = [
    ("Beslutsorgan", "Kommunfullmäktige"),
    ("Datum för beslut", "12 dec. 2022, § 131"),
    ("Diarienr", "KS 2022/245"),
    ("Gäller fr.o.m.", "1 jan. 2023"),
    ("Giltig t.o.m.", "31 dec. 2026"),
    ("Ersätter", "Folkhälsoplan 2019–2022"),
    ("Processägare", "Folkhälsostrateg"),
]


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        PageBreak(),
        Paragraph("Inledning", s["h1"]),
        Paragraph(
            "Folkhälsoplanen beskriver hur kommunen under fyra år ska arbeta för en god och "
            "jämlik hälsa. Planen gäller för alla nämnder och förvaltningar och ska beaktas i "
            "nämndernas uppdragsplaner och förvaltningarnas verksamhetsplaner.", b),
        Paragraph(
            "Planen bygger på länets gemensamma folkhälsoarbete och på kommunens egen "
            "välfärdsredovisning. Den innehåller prioriteringar och ansvarsfördelning men inga "
            "nya mål; målen finns i kommunens mål och budget.", b),
        Paragraph("Prioriterade områden", s["h1"]),
        Paragraph("1. Goda uppväxtvillkor", s["h2"]),
        bullets([
            "Familjecentralen i Askersund erbjuder föräldrastöd till alla familjer med barn "
            "0–6 år.",
            "Skolornas elevhälsa arbetar med tidiga insatser mot skolfrånvaro.",
            "Alla elever i årskurs 7 erbjuds ett samtal om levnadsvanor med skolsköterskan.",
        ], b),
        Paragraph("2. Psykisk hälsa och suicidprevention", s["h2"]),
        bullets([
            "Minst 200 medarbetare per år utbildas i första hjälpen till psykisk hälsa.",
            "Kommunen samverkar med Region Örebro län kring unga vuxna med psykisk ohälsa.",
        ], b),
        Paragraph("3. Alkohol, narkotika, doping, tobak och spel (ANDTS)", s["h2"]),
        bullets([
            "Tillsynen av servering och försäljning samordnas med polisen minst fyra gånger per "
            "år.",
            "Föräldramöten i årskurs 8 tar upp alkohol och narkotika.",
        ], b),
        Paragraph("4. Fysisk aktivitet och mötesplatser", s["h2"]),
        bullets([
            "Spontanidrottsplatser i Åsbro och Olshammar ska vara öppna året runt.",
            "Seniorer erbjuds prova-på-aktiviteter i samarbete med föreningslivet.",
        ], b),
        Paragraph("Ansvar", s["h1"]),
        grid([["Aktör", "Ansvar enligt planen"],
              ["Kommunstyrelsen", "Samordnar folkhälsoarbetet och följer upp planen årligen."],
              ["Folkhälsorådet", "Bereder prioriteringar och fördelar folkhälsomedel."],
              ["Barn- och utbildningsnämnden", "Område 1 och föräldramöten enligt område 3."],
              ["Socialnämnden", "Område 2 och tillsyn enligt område 3."],
              ["Kultur- och fritidsnämnden", "Område 4."]],
             [52, 114], s),
        sp(4),
        Paragraph("Folkhälsomedel", s["h1"]),
        Paragraph(
            "Kommunfullmäktige avsätter varje år folkhälsomedel i mål och budget. Fördelning av "
            "folkhälsomedel upp till 50 000 kr per insats beslutas av folkhälsorådet. Större "
            "belopp beslutas av kommunstyrelsen. Föreningar kan söka medel två gånger per år, "
            "senast den 15 mars och den 15 september.", b),
        Paragraph("Uppföljning", s["h1"]),
        Paragraph(
            "Folkhälsostrategen sammanställer varje år en välfärdsredovisning som rapporteras "
            "till kommunstyrelsen i april. En slutlig utvärdering av planen görs under hösten "
            "2026 och ligger till grund för nästa plan.", b),
    ]


def build(out_path) -> None:
    l2_build(out_path, TITLE, story, "Plan", ["Folkhälsoplan", "2023–2026"],
             "För en god och jämlik hälsa i Askersund", META, TITLE)


TRUTH = truth(
    layout="L2",
    title=TITLE,
    doc_type="plan",
    decided_by="kommunfullmäktige",
    decision_date="2022-12-12",
    paragraph="§ 131",
    diarienummer="KS 2022/245",
    valid_from="2023-01-01",
    valid_to="2026-12-31",
    replaces="Folkhälsoplan 2019–2022",
    scope="alla nämnder och förvaltningar",
    owner="Folkhälsostrateg",
    status_2026_11_26="gällande",
    statements=[
        stm("fördelning av folkhälsomedel upp till 50 000 kr per insats", "folkhälsorådet", 2),
        stm("fördelning av folkhälsomedel över 50 000 kr", "kommunstyrelsen", 2),
    ],
    notes=("L2: the cover (p. 1) has the title over two lines ('Folkhälsoplan' / '2023–2026') "
           "and the decision data stacked at the bottom-left of the green panel: "
           "Beslutsorgan Kommunfullmäktige; Datum för beslut '12 dec. 2022, § 131'; Diarienr "
           "KS 2022/245; Gäller fr.o.m. '1 jan. 2023'; Giltig t.o.m. '31 dec. 2026'; Ersätter "
           "Folkhälsoplan 2019–2022; Processägare Folkhälsostrateg. Ends 2026-12-31, so still "
           "gällande on 2026-11-26. The plan says nothing about its successor."),
)
