"""B2: Arbetsordning för kommunfullmäktige."""
import pathlib
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas
import lay_b2

TITLE = "Arbetsordning för kommunfullmäktige"
ST = styles("Times-Roman", 11, 14.5)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 11.5
ST["h3"].fontName = "Helvetica-Bold"

SECTIONS = [
    ("Antal ledamöter och presidium", [
        ("1 §", "Fullmäktige har 35 ledamöter. Antalet ersättare bestäms enligt vallagen."),
        ("2 §", "Fullmäktige väljer bland sina ledamöter en ordförande, en förste vice ordförande och en "
                "andre vice ordförande. Valet förrättas på det första sammanträdet efter allmänna val "
                "och gäller för fullmäktiges mandatperiod."),
        ("3 §", "Presidiet bereder frågor om fullmäktiges arbetsformer, planerar sammanträdena och "
                "bereder revisorernas budget. Presidiet får lämna förslag direkt till fullmäktige i "
                "dessa frågor."),
    ]),
    ("Tid och plats för sammanträden", [
        ("4 §", "Fullmäktige håller ordinarie sammanträden i Askersunds stadshus. Fullmäktige beslutar "
                "varje år före utgången av oktober om sammanträdesdagar och tider för nästa år."),
        ("5 §", "Ordföranden beslutar om ändrad tid eller plats för ett sammanträde efter samråd med "
                "vice ordförandena. Beslut om extra sammanträde fattas av ordföranden när minst en "
                "tredjedel av ledamöterna eller kommunstyrelsen begär det."),
        ("6 §", "Ordföranden får efter samråd med vice ordförandena besluta att ledamöter får delta "
                "på distans. Den som deltar på distans ska kunna se och höra övriga deltagare och "
                "delta på lika villkor."),
    ]),
    ("Kungörelse och handlingar", [
        ("7 §", "Ordföranden ansvarar för att sammanträdet kungörs på kommunens anslagstavla senast en "
                "vecka före sammanträdesdagen. Kungörelsen ska innehålla tid, plats och de ärenden som "
                "ska behandlas."),
        ("8 §", "Handlingarna ska finnas tillgängliga för ledamöter och ersättare samtidigt som "
                "kungörelsen publiceras och hållas tillgängliga för allmänheten på kommunens webbplats, "
                "i den utsträckning sekretess inte hindrar det."),
    ]),
    ("Ärendenas behandling", [
        ("9 §", "Ärenden behandlas i den ordning de tas upp i kungörelsen. Fullmäktige får besluta om "
                "annan ordning."),
        ("10 §", "Den som vill yttra sig anmäler det till ordföranden. En talare får hålla ett anförande "
                 "om högst fem minuter och därefter en replik om högst två minuter. Ordföranden får "
                 "medge längre tid vid behandlingen av mål och budget."),
        ("11 §", "Omröstning sker öppet med hjälp av voteringsanläggning. Val sker med slutna sedlar om "
                 "någon ledamot begär det."),
        ("12 §", "Reservation ska anmälas innan sammanträdet avslutas. En skriftlig motivering ska "
                 "lämnas till sekreteraren senast vid den tidpunkt som fastställts för justeringen."),
    ]),
    ("Motioner, interpellationer och frågor", [
        ("13 §", "En motion ska vara skriftlig och undertecknad av en eller flera ledamöter. Den lämnas "
                 "in digitalt till kommunkansliet eller vid ett sammanträde. En motion ska beredas så "
                 "att fullmäktige kan fatta beslut inom ett år från det att den väcktes."),
        ("14 §", "Kommunstyrelsen redovisar två gånger per år de motioner som inte har beretts färdigt."),
        ("15 §", "En interpellation ska ges in senast tio dagar före det sammanträde då ledamoten avser "
                 "att ställa den. Den ska besvaras vid nästa sammanträde."),
        ("16 §", "En fråga ska ges in senast tre dagar före sammanträdet. Den som har ställt frågan får "
                 "hålla ett kort inlägg efter svaret."),
    ]),
    ("Allmänhetens frågestund", [
        ("17 §", "Allmänheten får ställa frågor vid de sammanträden då fullmäktige behandlar "
                 "årsredovisningen och mål och budget. Frågorna ska avse ärenden som behandlas vid "
                 "sammanträdet. Ordföranden beslutar vem som ska besvara frågan."),
    ]),
    ("Beredning och valberedning", [
        ("18 §", "Ärenden som väcks i fullmäktige bereds av kommunstyrelsen om fullmäktige inte beslutar "
                 "annat. Kommunstyrelsen yttrar sig över ett ärende som har beretts av en annan nämnd."),
        ("19 §", "Fullmäktige väljer en valberedning med fem ledamöter och lika många ersättare för "
                 "mandatperioden. Valberedningen lägger fram förslag i alla valärenden utom valet av "
                 "presidium och av valberedningen."),
    ]),
    ("Protokoll och justering", [
        ("20 §", "Protokollet justeras av ordföranden och två ledamöter senast fjorton dagar efter "
                 "sammanträdet. Fullmäktige får besluta att en paragraf ska justeras omedelbart."),
        ("21 §", "Justerat protokoll anslås på kommunens anslagstavla och publiceras på webbplatsen."),
    ]),
]


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 14 * mm), P(TITLE, "h1"), P(
        "Utöver det som föreskrivs om fullmäktige i kommunallagen gäller bestämmelserna i denna "
        "arbetsordning.", "ital"), Spacer(1, 4 * mm)]
    for head, pars in SECTIONS:
        s.append(P(head, "h2"))
        for nr, text in pars:
            s.append(P("<b>%s</b>  %s" % (nr, text)))
    s.append(lay_b2.docinfo([
        ("Dokumenttyp", "Arbetsordning"),
        ("Antagen av", "Kommunfullmäktige"),
        ("Beslutsdatum", "27 februari 2023, § 9"),
        ("Diarienummer", "KS 2022/455"),
        ("Gäller från", "1 mars 2023"),
        ("Ersätter", "Arbetsordning för kommunfullmäktige, antagen 2019-03-25, § 23"),
        ("Dokumentansvarig", "Kanslichef"),
        ("Ses över senast", "2027-06-30"),
    ], ST))
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=22 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b2.page_fn(TITLE)))
