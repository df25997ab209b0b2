"""B1: Policy för informationssäkerhet."""
import pathlib
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas, bullets
import lay_b1

TITLE = "Policy för informationssäkerhet"
ST = styles("Helvetica", 10, 14)


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 10 * mm), P(TITLE, "h1")]
    s.append(lay_b1.grid([
        [("Dokumenttyp", "Policy"), ("Beslutande organ", "Kommunfullmäktige"),
         ("Beslutsdatum och paragraf", "2025-06-16, § 61"), ("Diarienummer", "KS 2025/203")],
        [("Gäller från", "2025-07-01"),
         ("Gäller för", "Samtliga nämnder, förvaltningar och helägda bolag"),
         ("Dokumentägare", "Kommundirektör"), ("Aktualitetsprövas senast", "2028-06-30")],
    ], ST))
    s.append(Spacer(1, 6 * mm))
    s += [P("Syfte", "h2"), P(
        "Kommunens verksamheter är beroende av att information finns tillgänglig när den "
        "behövs, att den är korrekt och att den inte når obehöriga. Policyn anger kommunens "
        "viljeinriktning och ansvarsfördelning för informationssäkerhetsarbetet så att "
        "invånare, företag och medarbetare kan lita på hur kommunen hanterar information.")]
    s += [P("Mål", "h2"), P("Informationssäkerhetsarbetet ska leda till att")]
    s += bullets([
        "information hanteras enligt lag, avtal och kommunens egna krav,",
        "risker för information identifieras, värderas och hanteras systematiskt,",
        "incidenter upptäcks, rapporteras och åtgärdas utan dröjsmål,",
        "samhällsviktig verksamhet kan upprätthållas även vid störningar i it-stödet,",
        "alla medarbetare och förtroendevalda har kunskap om sitt ansvar."], ST)
    s += [P("Omfattning", "h2"), P(
        "Policyn omfattar all information som kommunen äger eller ansvarar för, oavsett om den "
        "är digital eller på papper och oavsett var den behandlas. Den gäller för anställda, "
        "förtroendevalda, praktikanter och uppdragstagare. Vid upphandling och avtal med "
        "leverantörer ska motsvarande krav ställas.")]
    s += [P("Principer", "h2")]
    s += bullets([
        "<b>Klassning.</b> All information ska klassas utifrån krav på konfidentialitet, riktighet "
        "och tillgänglighet. Klassningen styr vilka skyddsåtgärder som krävs.",
        "<b>Behörighet.</b> Åtkomst till information ges efter behov i tjänsten och följs upp minst "
        "en gång per år.",
        "<b>Kontinuitet.</b> Verksamheter med höga krav på tillgänglighet ska ha planer för "
        "reservrutiner och återstart.",
        "<b>Spårbarhet.</b> Åtgärder i system med känslig information ska kunna följas i loggar.",
        "<b>Molntjänster.</b> Information får lagras hos extern leverantör först efter en "
        "dokumenterad risk- och sårbarhetsanalys.",
    ], ST)
    s += [P("Ansvar och beslut", "h2"), P(
        "Kommunstyrelsen har det samordnande ansvaret för informationssäkerheten och följer upp "
        "arbetet i samband med den årliga internkontrollen. Varje nämnd ansvarar för "
        "informationssäkerheten inom sitt verksamhetsområde. Nämnden beslutar om klassning av "
        "de informationstillgångar som den ansvarar för och utser en informationsägare för varje "
        "verksamhetssystem."), P(
        "Riktlinjer och rutiner som behövs för att tillämpa policyn fastställs av "
        "kommundirektören. Informationssäkerhetssamordnaren stödjer förvaltningarna, samordnar "
        "incidenthanteringen och rapporterar till kommunstyrelsen två gånger per år."), P(
        "Helägda kommunala bolag ska låta sina styrelser anta policyn för sin del senast sex "
        "månader efter kommunfullmäktiges beslut. Chefer ansvarar för att medarbetarna känner "
        "till policyn och har fått den utbildning som krävs. Varje medarbetare ansvarar för att "
        "följa gällande regler och rapportera incidenter.")]
    s += [P("Uppföljning", "h2"), P(
        "Kommunstyrelsen redovisar informationssäkerhetsarbetet till kommunfullmäktige i "
        "årsredovisningen. Policyn aktualitetsprövas en gång per mandatperiod. Mindre "
        "redaktionella ändringar får göras av kommunstyrelsen."), P(
        "Policyn publiceras på kommunens webbplats och i kommunens författningssamling.")]
    return s


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1, title=TITLE,
                          author="Askersunds kommun", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=22 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(story(), canvasmaker=numbered_canvas(lay_b1.page_fn(TITLE, "Kommunledningsförvaltningen")))
