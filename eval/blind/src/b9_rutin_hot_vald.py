"""B9: Rutin vid hot och våld mot medarbetare (internal, decided by förvaltningschef)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import styles, numbered_canvas, bullets
import lay_b9

TITLE = "Rutin vid hot och våld mot medarbetare"
ST = styles("Helvetica", 10, 14)


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), P(
        "Rutinen gäller för alla medarbetare inom socialförvaltningen, inklusive timavlönade och "
        "studenter under praktik. Den är ett internt arbetsdokument och publiceras endast på "
        "intranätet eftersom den innehåller uppgifter om larm och säkerhetsåtgärder.", "ital")]
    s += [P("Förebyggande arbete", "h2")]
    s += bullets([
        "Varje enhet gör en riskbedömning av hot och våld minst en gång per år och när "
        "verksamheten förändras. Riskbedömningen dokumenteras i kommunens system för "
        "systematiskt arbetsmiljöarbete.",
        "Besök som bedöms innebära risk genomförs två och två eller i kommunhusets "
        "besöksrum med larm.",
        "Nya medarbetare går igenom rutinen med sin chef under introduktionen.",
        "Personlarm ska bäras vid hembesök och kvällsarbete."], ST)
    s += [P("Vid en akut händelse", "h2")]
    steps = [
        ("1", "Sätt dig själv och andra i säkerhet. Lämna platsen om det går."),
        ("2", "Larma 112 vid fara för liv eller hälsa. Utlös personlarm eller överfallslarm."),
        ("3", "Kontakta närmaste chef. Utanför kontorstid kontaktas chef i beredskap."),
        ("4", "Chefen ser till att den drabbade inte lämnas ensam och erbjuder krisstöd genom "
              "företagshälsovården."),
        ("5", "Skriv ner vad som hänt så snart som möjligt: tid, plats, vad som sades och gjordes "
              "och vilka som var närvarande."),
    ]
    t = Table([[Paragraph("<b>%s</b>" % a, ST["body"]), Paragraph(b, ST["body"])] for a, b in steps],
              colWidths=[10 * mm, 155 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(0.7, 0.7, 0.7))]))
    s += [t]
    s += [P("Efter händelsen", "h2"), P(
        "Händelsen rapporteras som tillbud eller arbetsskada i kommunens avvikelsesystem senast "
        "dagen efter. Allvarliga olyckor och tillbud anmäls av chefen till Arbetsmiljöverket "
        "utan dröjsmål. Arbetsskador anmäls även till Försäkringskassan."), P(
        "Beslut om polisanmälan fattas av enhetschefen i samråd med den drabbade. Anmälan görs i "
        "arbetsgivarens namn så att medarbetarens personuppgifter skyddas i möjligaste mån."), P(
        "Chefen följer upp med den drabbade inom en vecka och på nästa arbetsplatsträff utan att "
        "uppgifter om enskilda brukare lämnas ut.")]
    s += [P("Ansvar", "h2")]
    s += bullets([
        "Förvaltningschefen ansvarar för att rutinen är känd och tillämpas.",
        "Enhetschefen ansvarar för riskbedömning, åtgärder och uppföljning.",
        "Medarbetaren ansvarar för att följa rutinen och rapportera händelser."], ST)
    return s


def build(out_path: pathlib.Path) -> None:
    lay_b9.build(out_path, TITLE, story(), [
        ("Dokumenttyp", "Rutin"),
        ("Fastställd av", "Förvaltningschef, socialförvaltningen"),
        ("Datum för fastställande", "2025-03-03"),
        ("Gäller från", "2025-03-15"),
        ("Ansvarig för revidering", "HR-specialist arbetsmiljö"),
        ("Revideras senast", "2026-03-15"),
    ], "Socialförvaltningen", "INTERNT", "Publiceras endast på intranätet", numbered_canvas)
