"""F1: Kulturplan 2022–2025 (kultur- och fritidsnämnden; expired 2025-12-31)."""
import pathlib
from reportlab.platypus import Paragraph
from common import styles, numbered_canvas, bullets, truth, stm
import lay_f1

FILE = "kulturplan-2022-2025.pdf"
TITLE = "Kulturplan 2022–2025"
ST = styles("Helvetica", 10, 14)

INFO = [
    ("Beslutsorgan", "Kultur- och fritidsnämnden"),
    ("Fastställd", "23 november 2021, § 64"),
    ("Diarienummer", "KFN 2021/40"),
    ("Dokumentets giltighet", "2022-01-01 – 2025-12-31"),
    ("Ersätter", "Kulturplan 2018–2021, antagen av kultur- och fritidsnämnden 2017-12-12, § 71"),
    ("Målgrupp", "Kultur- och fritidsförvaltningen, kulturföreningar, studieförbund och andra "
                 "som arrangerar kultur i kommunen"),
    ("Uppföljning", "Nämnden följer upp planen varje år i verksamhetsberättelsen"),
    ("Dokumentansvarig", "Kultur- och fritidschef"),
]
TOC = [("1", "Inledning"), ("2", "Utgångspunkter"),
       ("3", "Prioriterade områden 2022–2025"), ("4", "Stöd till kulturlivet"),
       ("5", "Offentlig konst"), ("6", "Ansvar och uppföljning")]

TRUTH = truth(
    layout="F1", title=TITLE, doc_type="plan", decided_by="kultur- och fritidsnämnden",
    decision_date="2021-11-23", paragraph="§ 64", diarienummer="KFN 2021/40",
    valid_from="2022-01-01", valid_to="2025-12-31",
    replaces="Kulturplan 2018–2021, antagen av kultur- och fritidsnämnden 2017-12-12, § 71",
    replaces_file=None,
    scope="Kultur- och fritidsförvaltningen, kulturföreningar, studieförbund och andra som "
          "arrangerar kultur i kommunen",
    owner="Kultur- och fritidschef", review_date=None, publication_stated=None,
    publication="extern", status_2026_11_26="utgången",
    statements=[
        stm("Projektbidrag upp till 10 000 kr", "kultur- och fritidschefen", 3),
        stm("Projektbidrag över 10 000 kr", "kultur- och fritidsnämndens arbetsutskott", 3),
        stm("Verksamhetsbidrag till kulturföreningar", "kultur- och fritidsnämnden", 3),
        stm("Val av konstnärlig gestaltning vid nybyggnad", "kultur- och fritidsnämnden", 3),
        stm("Avyttring av konst inköpt för mer än 2 prisbasbelopp", "kultur- och fritidsnämnden", 4),
    ],
    notes="Expired: valid 2022-01-01 – 2025-12-31. Cover month 'December 2021'. The body cites "
          "two other, older decisions: KF 2015-06-15 § 63 (enprocentsregeln) and KS 2020-10-06 "
          "§ 141 (kulturskolan moved to kultur- och fritidsnämnden). The text says a new plan "
          "should be adopted before the end of 2025; no newer plan is in the collection.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P("1. Inledning", "h2"), P(
        "Kulturplanen beskriver hur kultur- och fritidsnämnden vill utveckla kulturlivet i "
        "Askersunds kommun under åren 2022–2025. Den anger vilka områden som ska prioriteras, "
        "hur kommunen stödjer föreningar och arrangörer och hur den offentliga konsten ska "
        "hanteras. Planen riktar sig till förvaltningen och till dem som arrangerar kultur i "
        "kommunen.")]
    s += [P("2. Utgångspunkter", "h2"), P(
        "Planen utgår från de nationella kulturpolitiska målen, kommunfullmäktiges mål och "
        "budget och den regionala kulturplanen. Två tidigare beslut ligger fast och styr "
        "planens genomförande:")]
    s += bullets([
        "Kommunfullmäktige beslutade 2015-06-15, § 63, att en procent av byggkostnaden vid "
        "kommunala nybyggnader ska avsättas för konstnärlig gestaltning (enprocentsregeln).",
        "Kommunstyrelsen beslutade 2020-10-06, § 141, att kulturskolan från 2021-01-01 ska "
        "höra till kultur- och fritidsnämnden i stället för utbildningsnämnden.",
    ], ST)
    s += [P("3. Prioriterade områden 2022–2025", "h2"), P("<b>Barn och unga.</b> Varje elev i "
        "grundskolan ska under varje läsår få ta del av minst två professionella "
        "kulturupplevelser inom skoltid. Kulturskolan ska erbjuda minst åtta ämnen och väntetiden "
        "till kulturskolans kurser ska vara högst sex månader."), P(
        "<b>Kulturarv.</b> Förvaltningen ska under 2023 ta fram ett underlag för ett "
        "kulturmiljöprogram i samarbete med hembygdsföreningarna. Föreningar som vårdar "
        "kulturhistoriska byggnader kan få särskilt stöd."), P(
        "<b>Mötesplatser och evenemang.</b> Kommunen ska varje år genomföra minst fyra större "
        "offentliga evenemang, bland annat nationaldagsfirandet och julmarknaden. Sommarscenen i "
        "hamnen ska kunna bokas avgiftsfritt av ideella föreningar för offentliga arrangemang.")]
    s += [P("4. Stöd till kulturlivet", "h2"), P(
        "<b>Verksamhetsbidrag</b> kan sökas av kulturföreningar med säte i kommunen. Ansökan ska "
        "ha kommit in senast den 1 mars. Kultur- och fritidsnämnden beslutar om "
        "verksamhetsbidragen en gång per år."), P(
        "<b>Projektbidrag</b> kan ges till tidsbegränsade kulturprojekt med högst 25 000 kr per "
        "projekt. Ansökan ska lämnas senast sex veckor innan projektet startar. Projektbidrag upp "
        "till 10 000 kr beslutas av kultur- och fritidschefen; projektbidrag över 10 000 kr "
        "beslutas av kultur- och fritidsnämndens arbetsutskott."), P(
        "<b>Arrangörsbidrag</b> kan ges för offentliga konserter, föreställningar och föredrag "
        "med högst 50 procent av artistarvodet, dock högst 15 000 kr per arrangemang."), P(
        "Sammanfattning av bidragen under planperioden:")]
    s.append(lay_f1.simple_table([
        ("Bidrag", "Högsta belopp", "Ansökan senast", "Beslutar"),
        ("Verksamhetsbidrag", "enligt nämndens fördelning", "1 mars", "kultur- och fritidsnämnden"),
        ("Projektbidrag", "25 000 kr per projekt", "6 veckor före start",
         "kultur- och fritidschefen (upp till 10 000 kr), arbetsutskottet (över 10 000 kr)"),
        ("Arrangörsbidrag", "50 % av artistarvodet, högst 15 000 kr", "4 veckor före arrangemanget",
         "kultur- och fritidschefen"),
        ("Stöd till kulturhistoriska byggnader", "40 000 kr per förening och år", "1 mars",
         "kultur- och fritidsnämnden"),
    ], widths=[38, 42, 34, 56]))
    s += [P("5. Offentlig konst", "h2"), P(
        "Vid nybyggnad av kommunala byggnader där byggkostnaden överstiger fem miljoner kronor "
        "tillämpas enprocentsregeln. Kultur- och fritidsnämnden beslutar om val av konstnärlig "
        "gestaltning efter förslag från en referensgrupp med representanter för "
        "verksamheten, fastighetsägaren och förvaltningen."), P(
        "Kommunens konstsamling får lånas ut till kommunens arbetsplatser. Konst som köpts in för "
        "mer än två prisbasbelopp får inte säljas eller skänkas bort utan beslut av kultur- och "
        "fritidsnämnden.")]
    s += [P("6. Ansvar och uppföljning", "h2"), P(
        "Kultur- och fritidschefen ansvarar för att planen genomförs och redovisar varje år hur "
        "arbetet har gått i nämndens verksamhetsberättelse. Planen gäller till och med den 31 "
        "december 2025. En ny kulturplan ska vara antagen innan planperioden är slut.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f1.build(out_path, TITLE, "Plan",
                 "Kultur- och fritidsnämndens plan för kulturlivet i Askersunds kommun",
                 "December 2021", "Kultur- och fritidsförvaltningen", INFO, TOC, story,
                 numbered_canvas, ST)
