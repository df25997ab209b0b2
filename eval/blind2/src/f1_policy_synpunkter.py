"""F1: Policy för synpunkter och klagomål (KF, cover + Dokumentinformation on page 2)."""
import pathlib
from reportlab.platypus import Paragraph
from common import styles, numbered_canvas, bullets, truth, stm
import lay_f1

FILE = "policy-synpunkter-och-klagomal.pdf"
TITLE = "Policy för synpunkter och klagomål"
ST = styles("Helvetica", 10, 14)

INFO = [
    ("Beslutsorgan", "Kommunfullmäktige"),
    ("Fastställd", "2024-02-26, § 18"),
    ("Diarienummer", "KS 2023/417"),
    ("Dokumentets giltighet", "Från och med 2024-04-01 och tills vidare"),
    ("Ersätter", "Riktlinje för synpunktshantering, fastställd av kommunstyrelsen 2017-05-09, § 73"),
    ("Målgrupp", "Förtroendevalda och medarbetare i Askersunds kommun och i de helägda "
                 "kommunala bolagen"),
    ("Uppföljning", "Kommunstyrelsen följer upp tillämpningen årligen. Policyn "
                    "aktualitetsprövas senast 2027-12-31."),
    ("Dokumentansvarig", "Politisk nivå: kommunstyrelsens ordförande<br/>"
                         "Tjänstemannanivå: kanslichef"),
    ("Publicering", "Kommunens webbplats och kommunens författningssamling"),
]
TOC = [("1", "Varför en policy för synpunkter?"), ("2", "Vad menar vi?"),
       ("3", "Så tar kommunen emot synpunkter"), ("4", "Tider för bekräftelse och svar"),
       ("5", "Särskilt om vissa verksamheter"), ("6", "Ansvar"),
       ("7", "Uppföljning och rapportering")]

TRUTH = truth(
    layout="F1", title=TITLE, doc_type="policy", decided_by="kommunfullmäktige",
    decision_date="2024-02-26", paragraph="§ 18", diarienummer="KS 2023/417",
    valid_from="2024-04-01", valid_to=None,
    replaces="Riktlinje för synpunktshantering, fastställd av kommunstyrelsen 2017-05-09, § 73",
    replaces_file=None,
    scope="Förtroendevalda och medarbetare i Askersunds kommun och i de helägda kommunala bolagen",
    owner="kanslichef", review_date="2027-12-31", publication_stated="extern",
    publication="extern", status_2026_11_26="gällande",
    statements=[
        stm("Svar på synpunkter som gäller en förtroendevalds agerande",
            "ordföranden i den nämnd där den förtroendevalde har sitt uppdrag (gäller det "
            "ordföranden själv: vice ordföranden)", 4),
        stm("Utse synpunktsansvarig i förvaltningen", "förvaltningschefen", 4),
        stm("Hantering av synpunkter som gäller ett helägt bolag", "bolagets verkställande direktör", 4),
    ],
    notes="Cover page shows the type ribbon (Policy highlighted) and 'Mars 2024' (a publication "
          "month, not the decision date). All decision metadata is in the Dokumentinformation "
          "table on page 2; text on pages 3-4. The replaced 2017 riktlinje is not in the "
          "collection. Publication on the website is stated.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P("1. Varför en policy för synpunkter?", "h2"), P(
        "Askersunds kommun vill veta vad invånare, företagare, besökare och brukare tycker om "
        "kommunens service. Varje synpunkt är en möjlighet att rätta till ett fel, förbättra ett "
        "arbetssätt eller ta tillvara en bra idé. Policyn anger hur kommunen och de helägda "
        "kommunala bolagen ska ta emot, registrera, besvara och följa upp synpunkter så att den "
        "som hör av sig får ett likvärdigt bemötande oavsett vilken verksamhet det gäller.")]
    s += [P("2. Vad menar vi?", "h2"), P(
        "Med <b>synpunkt</b> menas i policyn alla former av återkoppling: klagomål, beröm, frågor "
        "som innehåller kritik och förslag till förbättringar. Ett <b>klagomål</b> är en synpunkt "
        "där någon uttrycker missnöje med kommunens service, bemötande eller handläggning."), P(
        "En synpunkt är inte detsamma som ett överklagande. Den som är missnöjd med ett beslut i "
        "ett ärende, till exempel ett avslag på en ansökan, ska få information om hur beslutet "
        "överklagas och inom vilken tid. Att lämna en synpunkt förlänger inte tiden för att "
        "överklaga. Medborgarförslag, ansökningar och begäran om allmän handling hanteras enligt "
        "sina egna regler och omfattas inte av policyn.")]
    s += [P("3. Så tar kommunen emot synpunkter", "h2"), P(
        "Synpunkter kan lämnas via e-tjänsten på kommunens webbplats, per telefon till "
        "kontaktcenter, med e-post, brev eller direkt till personalen i en verksamhet. Den som "
        "tar emot en muntlig synpunkt ska skriva ned den om den inte kan lösas direkt.")]
    s += bullets([
        "Alla synpunkter registreras i kommunens gemensamma system för synpunkter.",
        "Kontaktcenter skickar synpunkten vidare till berörd verksamhet senast nästa arbetsdag.",
        "Det går att vara anonym. Den som inte lämnar kontaktuppgifter kan inte få något svar, "
        "men synpunkten tas ändå om hand.",
        "Synpunkter blir som regel allmänna handlingar. Uppgifter som omfattas av sekretess, till "
        "exempel inom socialtjänsten, lämnas inte ut.",
        "Personuppgifter i avslutade synpunktsärenden gallras två år efter att ärendet avslutats.",
    ], ST)
    s += [P("4. Tider för bekräftelse och svar", "h2"), P(
        "Den som har lämnat kontaktuppgifter ska få en bekräftelse på att synpunkten har kommit "
        "fram inom två arbetsdagar. Ett svar i sak ska lämnas inom tio arbetsdagar. Om frågan "
        "behöver utredas närmare ska den som lämnat synpunkten inom samma tid få besked om när "
        "svaret kan väntas; ett slutligt svar ska då lämnas senast inom sex veckor från att "
        "synpunkten kom in."), P(
        "Svaret ska vara skrivet på ett enkelt och begripligt sätt och tala om vad verksamheten "
        "tänker göra. Beröm ska också bekräftas och föras vidare till de medarbetare det gäller.")]
    s.append(lay_f1.simple_table([
        ("Steg", "Senast"),
        ("Kontaktcenter skickar synpunkten till rätt verksamhet", "nästa arbetsdag"),
        ("Bekräftelse till den som lämnat synpunkten", "2 arbetsdagar"),
        ("Svar i sak, eller besked om när svar kommer", "10 arbetsdagar"),
        ("Slutligt svar när frågan behöver utredas", "6 veckor"),
    ]))
    s += [P("5. Särskilt om vissa verksamheter", "h2"), P(
        "<b>Skola och förskola.</b> Klagomål på utbildningen hanteras enligt utbildningsnämndens "
        "egen rutin för klagomål enligt skollagen. Rektor eller förskolechef svarar inom samma "
        "tider som i avsnitt 4 och nämnden informeras om klagomålen i sin helhet två gånger per "
        "år."), P(
        "<b>Vård och omsorg.</b> Ett klagomål som kan tyda på ett missförhållande eller en risk för "
        "missförhållande ska också utredas enligt reglerna om lex Sarah, och klagomål som gäller "
        "hälso- och sjukvård enligt reglerna om lex Maria. Den som klagar ska få veta att det även "
        "går att vända sig till Inspektionen för vård och omsorg."), P(
        "<b>Sociala medier.</b> Synpunkter som lämnas i kommunens kanaler i sociala medier "
        "besvaras där om de gäller allmänna frågor. Gäller synpunkten en enskild person hänvisas "
        "personen till e-tjänsten eller kontaktcenter, och inlägget tas bort om det innehåller "
        "känsliga personuppgifter.")]
    s += [P("6. Ansvar", "h2"), P(
        "Varje nämnd ansvarar för synpunkter som gäller den egna verksamheten. Förvaltningschefen "
        "utser en synpunktsansvarig i förvaltningen som ser till att synpunkterna fördelas, "
        "besvaras i tid och sammanställs. Den chef som ansvarar för verksamheten besvarar "
        "synpunkten."), P(
        "Synpunkter som gäller en förtroendevalds agerande besvaras av ordföranden i den nämnd där "
        "den förtroendevalde har sitt uppdrag. Gäller synpunkten ordföranden själv besvaras den "
        "av vice ordföranden."), P(
        "Synpunkter som gäller ett helägt kommunalt bolag hanteras av bolaget, som ska ha rutiner "
        "som motsvarar denna policy. Bolagets verkställande direktör ansvarar för det. "
        "Kanslichefen ansvarar för det gemensamma systemet och för stöd till förvaltningarna."), P(
        "Misstankar om allvarliga oegentligheter, till exempel mutor eller bedrägeri, ska i "
        "stället lämnas via kommunens visselblåsarfunktion.")]
    s += [P("7. Uppföljning och rapportering", "h2"), P(
        "Nämnderna redovisar antal synpunkter, vad de har handlat om och vilka förbättringar de "
        "har lett till två gånger per år till kommunstyrelsen: i delårsrapporten per den 31 augusti "
        "och i årsredovisningen. Kommunstyrelsen sammanställer redovisningen till "
        "kommunfullmäktige en gång per år."), P(
        "Policyn och information om hur man lämnar synpunkter publiceras på kommunens webbplats "
        "och i kommunens författningssamling.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f1.build(out_path, TITLE, "Policy",
                 "Så tar kommunen och de helägda bolagen emot och besvarar synpunkter, klagomål, "
                 "beröm och förslag", "Mars 2024", "Kommunledningsförvaltningen", INFO, TOC,
                 story, numbered_canvas, ST)
