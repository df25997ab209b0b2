"""B6: Plan för krisberedskap 2024–2027."""
import pathlib
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas, bullets
import lay_b6

TITLE = "Plan för krisberedskap 2024–2027"
ST = styles("Helvetica", 10, 14.5)
ST["h1"].textColor = lay_b6.BLUE
ST["h1"].fontSize = 24
ST["h1"].leading = 29
ST["h2"].textColor = lay_b6.BLUE


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 18 * mm), P(TITLE, "h1"),
         P("Askersunds kommuns arbete före, under och efter extraordinära händelser", "ital"),
         Spacer(1, 10 * mm)]
    s += [P("1. Inledning", "h2"), P(
        "Kommunfullmäktige antog denna plan vid sitt sammanträde den 18 december 2023, § 131 "
        "(KS 2023/402). Planen gäller under perioden 1 januari 2024 – 31 december 2027 och "
        "omfattar kommunens samtliga nämnder och förvaltningar. De helägda bolagen ska beakta "
        "planen i sin egen kontinuitetsplanering. Dokumentansvarig är kommunens "
        "säkerhetssamordnare."), P(
        "Kommunen ska enligt lagen om extraordinära händelser för varje ny mandatperiod fastställa "
        "en plan för hur den ska hantera sådana händelser. Planen utgår också från "
        "överenskommelsen mellan staten och Sveriges Kommuner och Regioner om kommunernas "
        "krisberedskap.")]
    s += [P("2. Mål för krisberedskapen", "h2")]
    s += bullets([
        "Kommunens samhällsviktiga verksamheter ska kunna bedrivas med godtagbar kvalitet även "
        "vid allvarliga störningar.",
        "Kommunen ska kunna leda och samordna insatser och informera invånarna inom en timme från "
        "det att en allvarlig händelse har upptäckts.",
        "Alla förvaltningar ska ha aktuella kontinuitetsplaner som övas minst vartannat år."], ST)
    s += [P("3. Krisledningsorganisation", "h2"), P(
        "Kommunstyrelsen är kommunens krisledningsnämnd. Beslut om att krisledningsnämnden ska träda "
        "i verksamhet fattas av ordföranden, eller vid förfall för ordföranden av vice ordföranden. "
        "Krisledningsnämnden får besluta att ta över hela eller delar av andra nämnders "
        "verksamhetsområden i den omfattning som behövs med hänsyn till händelsen."), P(
        "Kommundirektören beslutar om att aktivera den centrala krisledningsstaben. Staben leds av "
        "kommundirektören eller av den som kommundirektören utser. Förvaltningscheferna ansvarar "
        "för krisledningen inom sina förvaltningar.")]
    s += [P("4. Lokalt och regionalt samarbete", "h2"), P(
        "Kommunen deltar i länets samverkansfunktion och har avtal om ömsesidigt stöd med "
        "grannkommunerna i Sydnärke. Räddningstjänsten utförs av räddningstjänstförbundet. "
        "Kommunen har ett krisstödsteam (POSOM) som kan aktiveras dygnet runt genom "
        "tjänsteperson i beredskap.")]
    s += [P("5. Utbildning och övning", "h2")]
    s += bullets([
        "Krisledningsnämndens ledamöter och ersättare utbildas under det första året av varje "
        "mandatperiod.",
        "Krisledningsstaben övar minst en gång per år, varav en gång under perioden tillsammans "
        "med länets aktörer.",
        "Tjänsteperson i beredskap genomför en introduktionsutbildning innan första beredskapsveckan."],
        ST)
    s += [P("6. Uppföljning", "h2"), P(
        "Säkerhetssamordnaren följer upp planen årligen och redovisar resultatet till "
        "kommunstyrelsen. Efter varje extraordinär händelse görs en utvärdering som ligger till "
        "grund för eventuella ändringar. Ändringar i planens bilagor om larmlistor och "
        "kontaktuppgifter beslutas av kommundirektören.")]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=25 * mm, rightMargin=25 * mm,
                          topMargin=20 * mm, bottomMargin=24 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b6.page_fn(TITLE)))
