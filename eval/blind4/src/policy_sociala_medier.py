"""L3: policy för sociala medier. Page 1: header with 'Dnr KS 2025/88' only, title, ingress,
then a 'Beslutsgång' timeline (KSAU 8 april 2025 § 51 prepares, KS 29 april 2025 § 58
proposes, KF 26 maj 2025 § 47 adopts, 1 juli 2025 in force). What it replaces and the owner are
in the text."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from common import bullets, grid, l3_build, l3_timeline, sp, stm, styles, truth

FILE = "policy-sociala-medier.pdf"
TITLE = "Policy för sociala medier"


def story():
    s = styles("Helvetica", 9.8)
    b = s["body"]
    return [
        Paragraph(TITLE, s["title"]),
        Paragraph("Policyn anger hur Askersunds kommun använder sociala medier för att "
                  "informera och föra dialog med invånare, företag och besökare.", s["ingress"]),
        l3_timeline([
            ("8 april 2025", "Kommunstyrelsens arbetsutskott bereder förslaget, § 51"),
            ("29 april 2025", "Kommunstyrelsen föreslår kommunfullmäktige att anta policyn, "
                              "§ 58"),
            ("26 maj 2025", "Kommunfullmäktige antar policyn, § 47"),
            ("1 juli 2025", "Policyn börjar gälla och ersätter Riktlinjer för kommunens närvaro "
                            "i sociala medier (KS 2016-05-10, § 71)"),
        ], s),
        sp(6),
        Paragraph("Vem omfattas?", s["h1"]),
        Paragraph(
            "Policyn gäller för alla nämnder och förvaltningar samt de helägda kommunala "
            "bolagen. Den gäller när medarbetare och förtroendevalda företräder kommunen i "
            "sociala medier, men inte när de uttrycker sig som privatpersoner.", b),
        Paragraph("Utgångspunkter", s["h1"]),
        bullets([
            "Kommunen finns i sociala medier där det ger nytta för invånarna och där vi har "
            "resurser att svara och följa upp.",
            "Kommunens konton ska vara tydligt märkta med avsändare och länka till kommunens "
            "webbplats, som alltid är huvudkanalen för information.",
            "Frågor ska besvaras inom två arbetsdagar under kontorstid. Frågor om enskilda "
            "ärenden hänvisas till kontaktcenter eller e-tjänst.",
            "Inlägg och kommentarer som tillförs ett konto kan vara allmänna handlingar och "
            "hanteras enligt kommunens dokumenthanteringsplan.",
        ], b),
        Paragraph("Ansvar och beslut", s["h1"]),
        Paragraph(
            "Beslut om att starta eller avveckla ett kommunalt konto i sociala medier fattas av "
            "kommunikationschefen efter anmälan från förvaltningschefen. Varje konto ska ha "
            "minst två utsedda redaktörer. Kommunikationsavdelningen för en förteckning över "
            "alla konton.", b),
        Paragraph(
            "Köp av annonsering i sociala medier beslutas av förvaltningschefen inom budget. "
            "Annonsering som riktar sig till en särskild politisk målgrupp eller som berör "
            "en pågående valrörelse beslutas av kommundirektören.", b),
        Paragraph(
            "Redaktören beslutar om att dölja eller ta bort inlägg som bryter mot kommunens "
            "regler för kommentarer, till exempel inlägg som är kränkande, innehåller "
            "personuppgifter om andra eller uppenbar reklam. Åtgärden dokumenteras.", b),
        Paragraph("Kommunens regler för kommentarer", s["h1"]),
        grid([["Vi tar bort", "Vi tar inte bort"],
              ["Hot, hets mot folkgrupp och personangrepp", "Kritik mot kommunen eller "
               "kommunens beslut"],
              ["Personuppgifter om andra, till exempel namn på elever eller patienter",
               "Frågor som vi inte kan svara på direkt"],
              ["Reklam, spam och länkar till skadlig kod", "Åsikter i sak som vi inte delar"]],
             [83, 83], s),
        sp(4),
        Paragraph("Kris och störningar", s["h1"]),
        Paragraph(
            "Vid en kris eller allvarlig störning samordnas all publicering av "
            "kommunikationsavdelningen enligt kommunens plan för kriskommunikation. Ordinarie "
            "planerade inlägg pausas tills kommunikationschefen har gett klartecken.", b),
        Paragraph("Uppföljning", s["h1"]),
        Paragraph(
            "Kommunikationschefen är ansvarig för policyn och följer varje år upp antalet "
            "konton, svarstider och incidenter och rapporterar till kommunstyrelsen. Policyn "
            "ska ses över senast den 30 juni 2029.", b),
    ]


def build(out_path) -> None:
    l3_build(out_path, TITLE, story, "Policy", "Dnr KS 2025/88", "Kommunledningsförvaltningen")


TRUTH = truth(
    layout="L3",
    title=TITLE,
    doc_type="policy",
    decided_by="kommunfullmäktige",
    decision_date="2025-05-26",
    paragraph="§ 47",
    diarienummer="KS 2025/88",
    valid_from="2025-07-01",
    replaces="Riktlinjer för kommunens närvaro i sociala medier (KS 2016-05-10, § 71)",
    scope="alla nämnder och förvaltningar samt de helägda kommunala bolagen",
    owner="Kommunikationschefen",
    review_date="2029-06-30",
    status_2026_11_26="gällande",
    statements=[
        stm("starta eller avveckla ett kommunalt konto i sociala medier", "kommunikationschef",
            1),
        stm("köp av annonsering i sociala medier inom budget", "förvaltningschef", 1),
        stm("annonsering mot en särskild politisk målgrupp eller som berör en valrörelse",
            "kommundirektör", 1),
        stm("dölja eller ta bort inlägg som bryter mot reglerna för kommentarer", "redaktör", 1),
    ],
    notes=("L3: Dnr only in the page header ('Dnr KS 2025/88'); the decision is the KF row of "
           "the 'Beslutsgång' timeline (26 maj 2025, § 47). Distractors in the same box: KSAU 8 "
           "april 2025 § 51 (preparation), KS 29 april 2025 § 58 (proposal). The replaced "
           "riktlinjer (KS 2016-05-10 § 71) are not in the collection. Owner and review date "
           "only in the closing 'Uppföljning' paragraph ('Kommunikationschefen är ansvarig "
           "…', 'senast den 30 juni 2029')."),
)
