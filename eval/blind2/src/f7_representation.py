"""F7: Riktlinjer för representation och gåvor (kommunstyrelsen)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, styles, numbered_canvas, bullets, truth, stm
import lay_f7

FILE = "riktlinjer-representation-och-gavor.pdf"
TITLE = "Riktlinjer för representation och gåvor"
ST = styles("Helvetica", 10, 14)
C = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=12)
CB = ParagraphStyle("cb", parent=C, fontName="Helvetica-Bold")

GIFTS = [("Tillfälle", "Högsta värde, inklusive moms"),
         ("Anställd fyller 50 år", "500 kr (blommor eller gåva)"),
         ("Anställd har varit anställd i kommunen i 25 år", "minnesgåva för högst 10 000 kr"),
         ("Anställd går i pension efter minst 10 års anställning", "3 000 kr"),
         ("Anställd slutar av annan anledning efter minst 5 års anställning", "1 000 kr"),
         ("Anställd är sjukskriven längre än en månad", "blommor för högst 400 kr"),
         ("Anställd eller nära anhörig till anställd avlider", "blommor eller krans för högst 800 kr"),
         ("Förtroendevald lämnar uppdrag efter minst åtta år", "1 500 kr")]

TRUTH = truth(
    layout="F7", title=TITLE, doc_type="riktlinje", decided_by="kommunstyrelsen",
    decision_date="2025-05-13", paragraph="§ 77", diarienummer="KS 2025/96",
    valid_from="2025-06-01", valid_to=None,
    replaces="Riktlinjer för representation, beslutade av kommunstyrelsen 2019-04-09, § 58",
    replaces_file=None,
    scope="förtroendevalda och anställda i kommunens förvaltningar", owner="Ekonomichefen",
    review_date="2027-06-30", publication_stated=None, publication="extern",
    status_2026_11_26="gällande",
    statements=[
        stm("Godkännande av representation i förväg", "närmast överordnad chef", 2),
        stm("Representation som kostar mer än 10 000 kr per tillfälle", "förvaltningschefen", 2),
        stm("Kommundirektörens representation", "kommunstyrelsens ordförande", 2),
        stm("Kommunstyrelsens ordförandes representation", "kommunstyrelsens 1:e vice ordförande", 2),
    ],
    notes="Decision data only in the 'Om dokumentet' callout on page 1, written as questions "
          "and answers; decision date as '13/5 2025'. Does not cover the bolag. The replaced "
          "2019 riktlinjer are not in the collection.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), Paragraph(
        "Här står vad som gäller när kommunen bjuder gäster, när vi firar eller avtackar "
        "medarbetare och när någon vill ge oss en gåva. Representation betalas med skattepengar "
        "och ska därför alltid vara måttlig och ha ett tydligt syfte.", lay_f7.ING),
        lay_f7.om_dokumentet([
            ("Vad är det här?", "En riktlinje"),
            ("Vem har beslutat?", "Kommunstyrelsen, 13/5 2025, § 77"),
            ("Diarienummer", "KS 2025/96"),
            ("Från när gäller den?", "Från och med den 1 juni 2025, tills vidare"),
            ("Vad ersätter den?", "Riktlinjer för representation, beslutade av kommunstyrelsen "
                                  "2019-04-09, § 58"),
            ("Vem gäller den för?", "Alla förtroendevalda och anställda i kommunens "
                                    "förvaltningar. De kommunala bolagen har egna regler."),
            ("Vem ansvarar?", "Ekonomichefen"),
            ("När ses den över?", "Senast 30 juni 2027"),
        ], W - 44 * mm), Spacer(1, 6 * mm)]
    s += [P("Vad räknas som representation?", "h2"), P(
        "<b>Extern representation</b> är när kommunen tar emot gäster, till exempel vid "
        "studiebesök, samarbetsmöten eller besök från vänorter. <b>Intern representation</b> är "
        "personalfester, avtackningar och liknande för de egna medarbetarna. Representationen "
        "ska ha ett direkt samband med kommunens verksamhet.")]
    s += [P("Extern representation", "h2")]
    s += bullets([
        "En lunch får kosta högst 300 kr per person och en middag högst 700 kr per person, "
        "inklusive moms och dryck.",
        "Vin eller öl får serveras endast vid middag och i måttlig mängd, högst två glas per "
        "person. Starksprit serveras aldrig.",
        "Representation med företrädare för ett företag som deltar i en pågående upphandling får "
        "inte förekomma.",
    ], ST)
    s += [P("Intern representation", "h2")]
    s += bullets([
        "Personalfest eller julbord får kosta högst 800 kr per anställd och år, inklusive moms.",
        "Kommunen betalar aldrig för alkohol vid intern representation.",
        "Enklare förtäring vid arbetsplatsträffar och utbildningsdagar räknas inte som "
        "representation.",
    ], ST)
    s += [P("Gåvor och uppvaktning", "h2"), P(
        "Kommunen uppvaktar anställda och förtroendevalda vid följande tillfällen. Gåvor får inte "
        "ges i form av pengar eller presentkort som kan växlas mot pengar.")]
    data = [[Paragraph(x, CB) for x in GIFTS[0]]] + [[Paragraph(a, C), Paragraph(b, C)]
                                                      for a, b in GIFTS[1:]]
    t = Table(data, colWidths=[100 * mm, W - 44 * mm - 100 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, lay_f7.GREEN),
                           ("BACKGROUND", (0, 0), (-1, 0), lay_f7.TINT),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 3 * mm), P(
        "Gåvor till externa personer, till exempel föreläsare, får ha ett värde av högst 300 kr "
        "och bör vara produkter med kommunens profil.")]
    s += [P("Att ta emot gåvor", "h2"), P(
        "Anställda och förtroendevalda får inte ta emot gåvor eller förmåner som kan påverka, "
        "eller uppfattas påverka, hur de utför sitt arbete. Gåvor från brukare, elever eller "
        "anhöriga får tas emot bara om värdet är ringa, som riktmärke högst 200 kr, och aldrig i "
        "form av pengar. Den som är osäker ska tala med sin chef.")]
    s += [P("Vem godkänner?", "h2"), P(
        "All representation ska godkännas i förväg av närmast överordnad chef. Representation "
        "som kostar mer än 10 000 kr per tillfälle ska godkännas av förvaltningschefen. "
        "Kommundirektörens representation godkänns av kommunstyrelsens ordförande, och "
        "ordförandens representation godkänns av kommunstyrelsens 1:e vice ordförande. Ingen får "
        "attestera sin egen representation."), P(
        "På fakturan eller kvittot ska syftet och deltagarnas namn och organisation anges.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f7.build(out_path, TITLE, "Riktlinje", story(), numbered_canvas)
