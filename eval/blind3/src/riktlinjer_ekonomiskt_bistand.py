"""K3: purpose block on page 1 and the metadata table at the foot of page 1 only (SN 2025/88 |
2025-06-18, § 51 | Socialnämnden | Socialnämnden | Verksamhetschef IFO). Valid-from and what it
replaces in the text on page 2. Cites the new SoL and Socialstyrelsen's allmänna råd, and points
to the delegationsordning for who decides above its limits."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, grid, k3_build, sp, stm, styles, truth

FILE = "riktlinjer-ekonomiskt-bistand.pdf"
TITLE = "Riktlinjer för ekonomiskt bistånd"


def story():
    s = styles("Helvetica", 9.7)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Dokumentets syfte", s["h2"]),
        Paragraph(
            "Riktlinjerna ska ge handläggarna stöd för en rättssäker och enhetlig bedömning av "
            "ansökningar om ekonomiskt bistånd. De ersätter aldrig en individuell prövning.", b),
        Paragraph("Dokumentet gäller för", s["h2"]),
        Paragraph("Handläggning av ekonomiskt bistånd inom individ- och familjeomsorgen.", b),
        sp(6),
        Paragraph("Innehåll", s["h1"]),
        grid([["1", "Utgångspunkter", "2"], ["2", "Ansökan och handläggningstider", "2"],
              ["3", "Skäliga kostnader", "2"], ["4", "Särskilda behov", "2"],
              ["5", "Beslut och överklagande", "2"]], [8, 100, 10], s, head=False),
        PageBreak(),
        Paragraph("1 Utgångspunkter", s["h1"]),
        Paragraph(
            "Riktlinjerna gäller från och med den 1 juli 2025, samma dag som den nya "
            "socialtjänstlagen (2025:400) trädde i kraft, och ersätter socialnämndens riktlinjer "
            "från 2022-01-19, § 4. Socialstyrelsens allmänna råd om ekonomiskt bistånd ska "
            "tillämpas i övrigt.", b),
        Paragraph(
            "Den som söker bistånd ska först göra vad hen kan för att försörja sig själv, till "
            "exempel vara inskriven hos Arbetsförmedlingen, söka arbete och delta i kommunens "
            "arbetsmarknadsinsatser.", b),
        Paragraph("2 Ansökan och handläggningstider", s["h1"]),
        Paragraph(
            "Ansökan görs i e-tjänsten eller på blankett. Den som söker för första gången "
            "erbjuds ett besök inom sju arbetsdagar. Beslut fattas inom tio arbetsdagar från att "
            "ansökan är komplett. Vid akut nöd, till exempel när den sökande saknar pengar till "
            "mat, görs en nödprövning och beslut fattas samma dag.", b),
        Paragraph("3 Skäliga kostnader", s["h1"]),
        grid([["Post", "Riktvärde"],
              ["Boendekostnad, ensamstående", "högst 7 000 kr per månad"],
              ["Boendekostnad, sammanboende", "högst 8 500 kr per månad"],
              ["Tillägg per barn i hushållet", "1 000 kr per månad"],
              ["Hemförsäkring", "högst 250 kr per månad"],
              ["Glasögon", "högst 1 800 kr inklusive båge"],
              ["Fritidsaktivitet för barn", "högst 1 500 kr per barn och termin"],
              ["Hemutrustning vid första egna bostad", "högst 12 000 kr för ensamstående"]],
             [80, 80], s),
        sp(4),
        Paragraph(
            "En bil med ett marknadsvärde över 30 000 kr ska normalt säljas, om den inte behövs "
            "för att ta sig till arbete. Sparade medel över 3 000 kr ska användas innan bistånd "
            "beviljas.", b),
        Paragraph("4 Särskilda behov", s["h1"]),
        Paragraph(
            "Tandvård beviljas när behandlingen är nödvändig. Kostnadsförslag krävs om "
            "behandlingen kostar mer än 3 000 kr. Bistånd till tandvård över 10 000 kr beslutas "
            "enligt socialnämndens delegationsordning av förste socialsekreterare eller, över "
            "30 000 kr, av arbetsutskottet.", b),
        Paragraph(
            "Bistånd till begravning lämnas när dödsboet saknar tillgångar, med högst 25 procent "
            "av prisbasbeloppet.", b),
        Paragraph("5 Beslut och överklagande", s["h1"]),
        Paragraph(
            "Beslut fattas av handläggare enligt socialnämndens delegationsordning. Ett beslut "
            "kan överklagas till förvaltningsrätten inom tre veckor från att den sökande fick "
            "del av beslutet. Överklagandet skickas till socialnämnden.", b),
    ]


def build(out_path) -> None:
    k3_build(out_path, TITLE, story, "Riktlinjer",
             [("Diarienummer", "SN 2025/88"),
              ("Fastställd/\nsenast uppdaterad", "2025-06-18, § 51"),
              ("Beslutsinstans", "Socialnämnden"),
              ("Ansvarigt\npolitiskt organ", "Socialnämnden"),
              ("Ansvarig\nprocessägare", "Verksamhetschef IFO")],
             "Socialförvaltningen",
             "POSTADRESS Askersunds kommun, Socialförvaltningen, 696 80 Askersund   "
             "TELEFON 0583-810 00 (fiktiv)   WEBB www.askersund.se (fiktiv)")


TRUTH = truth(
    layout="K3",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="socialnämnden",
    decision_date="2025-06-18",
    paragraph="§ 51",
    diarienummer="SN 2025/88",
    valid_from="2025-07-01",
    replaces="socialnämndens riktlinjer från 2022-01-19, § 4",
    scope="Handläggning av ekonomiskt bistånd inom individ- och familjeomsorgen",
    owner="Verksamhetschef IFO",
    status_2026_11_26="gällande",
    statements=[
        stm("tandvård över 10 000 kr", "förste socialsekreterare (över 30 000 kr: arbetsutskottet)",
            2),
        stm("beslut om ekonomiskt bistånd", "handläggare enligt delegationsordningen", 2),
    ],
    notes=("K3: metadata only in the page-1 footer table (SN 2025/88 | 2025-06-18, § 51 | "
           "Socialnämnden | Socialnämnden | Verksamhetschef IFO); valid from 1 juli 2025 and "
           "replaces SN 2022-01-19 § 4 (p. 2 text). Cites SoL (2025:400). Points to "
           "delegationsordning-socialnamnden.pdf rows 3.3 and 3.5 (consistent limits)."),
)
