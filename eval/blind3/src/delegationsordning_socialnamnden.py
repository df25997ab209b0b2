"""K2: delegationsordning with the revision chain in a framed block on page 1 ("Antagen av
socialnämnden 2019-02-20, § 14 / Reviderad av … / Reviderad av socialnämnden 2025-10-22, § 96")
– the last revision is in force. The delegation list runs over pages 3–4 with a repeated header.
Cites the reglemente (KF 2022-11-28 § 119), the attestreglemente (KF 2021-10-25 § 87) and the
new socialtjänstlag – none of them this document's decision."""
from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from common import bullets, dec, deleg, grid, k2_block, k2_build, sp, styles, truth

FILE = "delegationsordning-socialnamnden.pdf"
TITLE = "Delegationsordning för socialnämnden"

CODES = [
    ("SN", "socialnämnden"),
    ("SNAU", "socialnämndens arbetsutskott"),
    ("Ordf", "socialnämndens ordförande"),
    ("SC", "socialchef"),
    ("VC", "verksamhetschef individ- och familjeomsorg"),
    ("EC", "enhetschef"),
    ("FSS", "förste socialsekreterare"),
    ("SS", "socialsekreterare"),
    ("EBH", "handläggare ekonomiskt bistånd"),
    ("FRS", "familjerättssekreterare"),
]
LAWS = [
    ("SoL", "socialtjänstlagen (2025:400)"),
    ("LVU", "lagen (1990:52) med särskilda bestämmelser om vård av unga"),
    ("LVM", "lagen (1988:870) om vård av missbrukare i vissa fall"),
    ("FB", "föräldrabalken"),
    ("KL", "kommunallagen (2017:725)"),
    ("OSL", "offentlighets- och sekretesslagen (2009:400)"),
    ("FL", "förvaltningslagen (2017:900)"),
    ("LOU", "lagen (2016:1145) om offentlig upphandling"),
    ("LAS", "lagen (2022:836) om anställningsskydd"),
]

ROWS = [
    ("1. Allmänna ärenden",),
    ("1.1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
     "KL 6 kap. 39 §", "Ordf", "Vid förfall för ordföranden: vice ordförande."),
    ("1.2", "Beslut att inte lämna ut allmän handling eller uppgift ur allmän handling",
     "OSL 6 kap. 3 §", "SC", "Gäller även VC inom sitt område."),
    ("1.3", "Avvisning av överklagande som kommit in för sent", "FL 45 §",
     "Den som fattat beslutet", ""),
    ("1.4", "Yttrande till förvaltningsrätten när ett delegationsbeslut har överklagats", "",
     "Den som fattat beslutet", ""),
    ("1.5", "Anmälan till Inspektionen för vård och omsorg om allvarligt missförhållande (lex Sarah)",
     "SoL", "SC", ""),
    ("2. Ekonomi, avtal och skadestånd",),
    ("2.1", "Upphandling och avrop inom budget", "LOU", "SC",
     "Högst 10 prisbasbelopp per upphandling. Däröver: SNAU."),
    ("2.2", "Avskrivning av fordran på enskild", "", "EC",
     "Högst 20 000 kr per fordran. Däröver: SC."),
    ("2.3", "Ersättning för skada på klients egendom som personal har orsakat", "", "VC",
     "Högst 1 prisbasbelopp per skada. Däröver: SNAU."),
    ("3. Ekonomiskt bistånd",),
    ("3.1", "Försörjningsstöd enligt riksnorm och nämndens riktlinjer", "SoL", "EBH", ""),
    ("3.2", "Avslag på ansökan om försörjningsstöd", "SoL", "EBH", ""),
    ("3.3", "Bistånd till tandvård", "SoL", "EBH",
     "Högst 10 000 kr per behandling. Däröver: FSS upp till 30 000 kr, därefter SNAU."),
    ("3.4", "Bistånd till hyresskuld för att förhindra avhysning", "SoL", "FSS",
     "Högst tre månadshyror. Däröver: SNAU."),
    ("3.5", "Bistånd till begravningskostnad", "SoL", "EBH",
     "Högst 25 procent av prisbasbeloppet. Däröver: FSS."),
    ("3.6", "Beslut om återkrav av ekonomiskt bistånd", "SoL", "FSS", ""),
    ("3.7", "Ansökan hos förvaltningsrätten om att återkrav ska betalas", "SoL", "SNAU", ""),
    ("4. Barn och unga",),
    ("4.1", "Beslut att inleda utredning", "SoL", "SS", ""),
    ("4.2", "Beslut att inte inleda utredning eller att lägga ned inledd utredning", "SoL",
     "FSS", ""),
    ("4.3", "Kontaktperson eller kontaktfamilj för barn och unga", "SoL", "SS", ""),
    ("4.4", "Placering av barn eller ungdom i familjehem eller HVB med samtycke", "SoL",
     "SNAU", "Vid akut behov: Ordf, med anmälan vid nästa sammanträde."),
    ("4.5", "Ersättning till familjehem (arvode och omkostnadsersättning)", "SoL", "EC",
     "Enligt SKR:s rekommendationer. Arvode över rekommendationen: VC upp till 20 procent, "
     "därefter SNAU."),
    ("4.6", "Ansökan hos förvaltningsrätten om vård enligt LVU", "LVU 4 §", "SNAU", ""),
    ("4.7", "Omedelbart omhändertagande av barn eller ungdom", "LVU 6 §", "Ordf",
     "Om ordförandens beslut inte kan avvaktas: vice ordförande eller annan ledamot som "
     "nämnden har utsett."),
    ("5. Vuxna med missbruk, våldsutsatta",),
    ("5.1", "Öppenvård och behandling på hemmaplan", "SoL", "SS", ""),
    ("5.2", "Placering av vuxen på behandlingshem (HVB)", "SoL", "VC",
     "Högst tre månader per beslut. Längre tid: SNAU."),
    ("5.3", "Skyddat boende för våldsutsatt", "SoL", "FSS",
     "Högst 30 dygn per beslut. Förlängning: VC."),
    ("5.4", "Ansökan hos förvaltningsrätten om vård enligt LVM", "LVM 11 §", "SNAU", ""),
    ("5.5", "Omedelbart omhändertagande enligt LVM", "LVM 13 §", "Ordf", ""),
    ("6. Familjerätt",),
    ("6.1", "Godkännande av föräldrars avtal om vårdnad, boende eller umgänge",
     "FB 6 kap. 6 §, 14 a §, 15 a §", "FRS", ""),
    ("6.2", "Bekräftelse av faderskap eller föräldraskap", "FB 1 kap. 4 §", "FRS", ""),
    ("6.3", "Utse utredare i vårdnads-, boende- eller umgängesutredning", "FB 6 kap. 19 §",
     "EC", ""),
    ("7. Arbetsgivarfrågor",),
    ("7.1", "Anställning av enhetschef", "", "VC", "Efter samråd med SC."),
    ("7.2", "Anställning av verksamhetschef", "", "SC", ""),
    ("7.3", "Uppsägning av personliga skäl och avsked", "LAS", "SC",
     "Efter samråd med HR-chef."),
    ("7.4", "Tjänstledighet utan lön längre än sex månader", "", "VC", ""),
]


def story():
    s = styles("Helvetica", 9.6)
    b = s["body"]
    out = [
        Paragraph("DELEGATIONSORDNING", s["small"]),
        Paragraph(TITLE, s["title"]),
        sp(4),
        k2_block([
            "Antagen av socialnämnden 2019-02-20, § 14",
            "Reviderad av socialnämnden 2022-06-15, § 58",
            "Reviderad av socialnämnden 2025-10-22, § 96",
            "Gäller fr.o.m. 2025-11-01",
            "Dnr SN 2025/211 &nbsp;&nbsp;|&nbsp;&nbsp; Dokumentansvarig: socialchef"], s, 128),
        sp(12),
        Paragraph("Allmänt om delegation", s["h1"]),
        Paragraph(
            "Socialnämnden får enligt 6 kap. 37 § kommunallagen uppdra åt ett utskott, åt en "
            "ledamot eller ersättare eller åt en anställd att besluta på nämndens vägnar. Ett "
            "beslut som fattas med stöd av delegation gäller som om nämnden själv hade fattat "
            "det och kan överklagas på samma sätt. Nämnden kan när som helst återkalla en "
            "delegation men kan inte ändra ett beslut som en delegat redan har fattat.", b),
        Paragraph(
            "Delegationsordningen bygger på socialnämndens reglemente, antaget av "
            "kommunfullmäktige 2022-11-28, § 119, och på kommunens attestreglemente "
            "(kommunfullmäktige 2021-10-25, § 87). Revideringen 2025 gjordes främst för att den "
            "nya socialtjänstlagen (2025:400) trädde i kraft den 1 juli 2025; hänvisningarna till "
            "lagen har därför förenklats till förkortningen SoL.", b),
        Paragraph(
            "Den reviderade delegationsordningen gäller från och med den 1 november 2025 och "
            "ersätter lydelsen från 2022-06-15, § 58.", b),
        Paragraph("Anmälan av delegationsbeslut", s["h2"]),
        Paragraph(
            "Beslut som fattats med stöd av delegation ska anmälas vid nämndens nästa "
            "sammanträde. Beslut i enskilda ärenden enligt SoL, LVU och LVM anmäls genom "
            "listor ur verksamhetssystemet. Brådskande beslut som ordföranden fattat enligt "
            "KL 6 kap. 39 § anmäls alltid särskilt.", b),
        Paragraph("Ersättare och vidaredelegation", s["h2"]),
        Paragraph(
            "Vid förfall för en delegat övertas beslutanderätten av närmaste överordnade chef. "
            "Socialchefen får inte vidaredelegera sin beslutanderätt. Beslut som inte står i "
            "förteckningen, eller som är av principiell betydelse, fattas av nämnden.", b),
        PageBreak(),
        Paragraph("Förkortningar", s["h1"]),
        Paragraph("Delegater", s["h2"]),
        grid([["Kod", "Delegat"]] + [[k, v] for k, v in CODES], [22, 90], s),
        sp(6),
        Paragraph("Lagar", s["h2"]),
        grid([["Förkortning", "Lag"]] + [[k, v] for k, v in LAWS], [22, 120], s),
        sp(4),
        Paragraph(
            "Beloppsgränser anges i kronor eller i prisbasbelopp enligt socialförsäkringsbalken "
            "för det år beslutet fattas. Prisbasbeloppet för 2026 är 59 200 kr.", s["small"]),
        Paragraph("Förteckning över delegerade ärenden", s["h1"]),
        deleg(("Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"), ROWS, [11, 62, 30, 22, 41], s),
    ]
    return out


def build(out_path) -> None:
    k2_build(out_path, TITLE, story, "Socialförvaltningen", TITLE, cover_only=False)


TRUTH = truth(
    layout="K2",
    title=TITLE,
    doc_type="delegationsordning",
    decided_by="socialnämnden",
    decision_date="2025-10-22",
    paragraph="§ 96",
    diarienummer="SN 2025/211",
    valid_from="2025-11-01",
    replaces="lydelsen från 2022-06-15, § 58",
    owner="socialchef",
    status_2026_11_26="gällande",
    abbreviations=dict(CODES + LAWS),
    decisions=[
        dec("Bistånd till tandvård", "handläggare ekonomiskt bistånd", "EBH",
            "Högst 10 000 kr per behandling. Däröver: FSS upp till 30 000 kr, därefter SNAU.", 3),
        dec("Bistånd till hyresskuld för att förhindra avhysning", "förste socialsekreterare",
            "FSS", "Högst tre månadshyror. Däröver: SNAU.", 3),
        dec("Bistånd till begravningskostnad", "handläggare ekonomiskt bistånd", "EBH",
            "Högst 25 procent av prisbasbeloppet. Däröver: FSS.", 3),
        dec("Beslut att inte inleda utredning eller att lägga ned inledd utredning",
            "förste socialsekreterare", "FSS", None, 3),
        dec("Omedelbart omhändertagande av barn eller ungdom", "socialnämndens ordförande",
            "Ordf", None, 3),
        dec("Placering av vuxen på behandlingshem (HVB)",
            "verksamhetschef individ- och familjeomsorg", "VC",
            "Högst tre månader per beslut. Längre tid: SNAU.", 4),
        dec("Skyddat boende för våldsutsatt", "förste socialsekreterare", "FSS",
            "Högst 30 dygn per beslut. Förlängning: VC.", 4),
        dec("Anställning av enhetschef", "verksamhetschef individ- och familjeomsorg", "VC",
            "Efter samråd med SC.", 4),
    ],
    notes=("K2: revision chain in the framed block on page 1 (antagen 2019-02-20 § 14, reviderad "
           "2022-06-15 § 58, reviderad 2025-10-22 § 96 = in force), 'Gäller fr.o.m. 2025-11-01', "
           "Dnr SN 2025/211. Page 1 text cites the reglemente (KF 2022-11-28 § 119), the "
           "attestreglemente (KF 2021-10-25 § 87) and SoL (2025:400) in force 1 juli 2025 – not "
           "this decision. Legend Kod | Delegat and laws on p. 2; list pp. 3–4 (Nr | Ärende | "
           "Lagrum | Delegat | Anmärkning). Prisbasbelopp 2026 stated as 59 200 kr."),
)
