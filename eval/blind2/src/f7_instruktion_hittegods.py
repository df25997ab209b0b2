"""F7: Instruktion för kvarglömda föremål och hittegods (internal; förvaltningschef)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from reportlab.lib.units import mm
from common import W, styles, numbered_canvas, bullets, truth, stm
import lay_f7

FILE = "instruktion-kvarglomda-foremal.pdf"
TITLE = "Instruktion för kvarglömda föremål och hittegods"
ST = styles("Helvetica", 10, 14)

TRUTH = truth(
    layout="F7", title=TITLE, doc_type="instruktion", decided_by="förvaltningschef",
    decision_date="2025-08-19", paragraph=None, diarienummer=None,
    valid_from="2025-09-01", valid_to=None, replaces=None, replaces_file=None,
    scope="Medarbetare på simhallen, sporthallarna, biblioteken och fritidsgården",
    owner="Enhetschefen för fritidsanläggningar", review_date="2026-08-31",
    publication_stated="intern", publication="intern", status_2026_11_26="gällande",
    statements=[
        stm("Beslut om att skänka bort föremål som inte hämtats", "enhetschefen", 1),
    ],
    notes="Internal instruction decided by an official (kultur- och fritidschef, i.e. the "
          "förvaltningschef) without § and without diarienummer ('–'). The callout says it is "
          "published only on the intranet. Review date 2026-08-31 has passed; no end date.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), Paragraph(
        "Instruktionen beskriver hur vi tar hand om saker som besökare glömmer eller tappar i "
        "våra anläggningar, så att ägaren kan få tillbaka dem och så att ingen kan misstänkas "
        "för att ha tagit något.", lay_f7.ING),
        lay_f7.om_dokumentet([
            ("Vad är det här?", "En intern instruktion"),
            ("Vem har beslutat?", "Kultur- och fritidschef (förvaltningschef för kultur- och "
                                  "fritidsförvaltningen), 2025-08-19"),
            ("Diarienummer", "–"),
            ("Från när gäller den?", "2025-09-01"),
            ("Vem gäller den för?", "Medarbetare på simhallen, sporthallarna, biblioteken och "
                                    "fritidsgården"),
            ("Var publiceras den?", "Endast på intranätet. Instruktionen publiceras inte på "
                                    "kommunens webbplats."),
            ("Vem ansvarar?", "Enhetschefen för fritidsanläggningar"),
            ("När ses den över?", "Årligen, nästa gång senast 2026-08-31"),
        ], W - 44 * mm), Spacer(1, 6 * mm)]
    s += [P("1. Kvarglömt eller hittegods?", "h2"), P(
        "Saker som glöms kvar i våra lokaler, till exempel i omklädningsrum, läsesalar eller "
        "läktare, är <b>kvarglömda föremål</b> och tas om hand av oss enligt denna instruktion. "
        "Saker som hittas utomhus eller på allmän plats är <b>hittegods</b> och ska lämnas till "
        "Polismyndigheten. Den som hittar något utomhus hänvisas dit.")]
    s += [P("2. När något hittas", "h2")]
    s += bullets([
        "Föremålet lämnas i receptionen eller, om receptionen är stängd, i personalrummets "
        "låsta skåp.",
        "Föremålet registreras samma dag i anläggningens logg med datum, plats, beskrivning och "
        "vem som hittade det, och märks med ett löpnummer.",
        "Kontanter räknas och registreras alltid av två medarbetare tillsammans.",
    ], ST)
    s += [P("3. Värdesaker", "h2"), P(
        "Plånböcker, mobiltelefoner, datorer, smycken, nycklar, kontanter, id-handlingar och "
        "bankkort förvaras inlåsta. Om ägaren kan identifieras, till exempel genom ett namn i "
        "plånboken, kontaktas ägaren inom två arbetsdagar. Id-handlingar och bankkort som inte "
        "har hämtats inom sju dagar lämnas till Polismyndigheten. Övriga värdesaker och kontanter "
        "lämnas till Polismyndigheten om de inte har hämtats inom 14 dagar. Läkemedel förvaras "
        "inlåsta och lämnas till ett apotek för destruktion efter sju dagar.")]
    s += [P("4. Övriga föremål", "h2"), P(
        "Kläder, skor, vattenflaskor, böcker och liknande sparas i 30 dagar. Badkläder och "
        "handdukar från simhallen sparas av hygieniska skäl bara i sju dagar och kastas sedan. "
        "När tiden har gått ut skänks hela och rena föremål till välgörenhet eller "
        "återbruk; övrigt kastas. Beslut om att skänka bort föremål fattas av enhetschefen. "
        "Medarbetare får aldrig ta hem kvarglömda föremål, inte heller när tiden har gått ut.")]
    s += [P("5. Utlämning", "h2"), P(
        "Den som hämtar ett föremål ska kunna beskriva det. Värdesaker lämnas bara ut mot "
        "legitimation, och den som hämtar signerar i loggen. Värdesaker som tillhör barn under 15 "
        "år lämnas ut till vårdnadshavare.")]
    s += [P("6. Ansvar och uppföljning", "h2"), P(
        "Enhetschefen ansvarar för att instruktionen följs och går igenom loggen en gång i "
        "månaden. Avvikelser, till exempel om något har försvunnit ur förvaringen, rapporteras i "
        "avvikelsesystemet samma dag.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f7.build(out_path, TITLE, "Instruktion – intern", story(), numbered_canvas)
