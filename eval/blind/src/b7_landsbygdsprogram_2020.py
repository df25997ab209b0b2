"""B7: Landsbygdsprogram för Askersunds kommun, 2020 version (replaced in 2025)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from common import styles, numbered_canvas, bullets
import lay_b7
from landsbygd_text import TITLE

ST = styles("Times-Roman", 11, 15)
ST["h2"].fontName = "Helvetica-Bold"
ST["h2"].fontSize = 12
ST["h1"].fontName = "Helvetica-Bold"


def body():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 12), P(TITLE, "h1")]
    s += [P("Inledning", "h2"), P(
        "Askersund är en landsbygdskommun där en stor del av befolkningen bor utanför "
        "centralorten. Landsbygdens möjligheter att utvecklas påverkas av många beslut som "
        "kommunen fattar, i fysisk planering, skola, omsorg, kultur och näringslivsarbete. "
        "Programmet ska ge en gemensam riktning för dessa beslut."), P(
        "Programmet har arbetats fram i dialog med bygdeföreningar, företagare och invånare under "
        "2019 och 2020. Det gäller för alla kommunens nämnder och bolag.")]
    s += [P("Kommunens viljeinriktning", "h2")]
    s += bullets([
        "<b>Service nära invånarna.</b> Kommunen ska pröva om kommunal service kan samlokaliseras "
        "med lanthandel eller föreningslokaler i kommundelarna.",
        "<b>Bredband till alla.</b> Kommunen ska stödja byanätsföreningar med rådgivning och "
        "medverka till att minst 95 procent av hushållen har tillgång till bredband om 100 Mbit/s.",
        "<b>Attraktivt boende.</b> Planeringen ska möjliggöra byggande på landsbygden och i "
        "sjönära lägen där det är förenligt med natur- och kulturvärden.",
        "<b>Hållbara resor.</b> Kommunen ska verka för fler pendlarparkeringar och laddplatser i "
        "kommundelarna.",
        "<b>Företagande.</b> Kommunens näringslivsarbete ska omfatta hela kommunen. Lantbrukets "
        "behov ska beaktas i den fysiska planeringen.",
        "<b>Engagemang.</b> Kommunen inrättar ett landsbygdsråd där bygdeföreningar och kommunens "
        "politiker möts minst två gånger per år."], ST)
    s += [P("Genomförande", "h2"), P(
        "Kommunstyrelsen har huvudansvaret för att programmet genomförs och följs upp. Nämnderna "
        "beskriver i sina verksamhetsplaner hur de bidrar. Programmet ska aktualitetsprövas en "
        "gång per mandatperiod.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_b7.build(out_path, TITLE, [
        ("Dokumenttyp", "Program"),
        ("Beslutad av", "Kommunfullmäktige"),
        ("Datum", "2020-09-28, § 77"),
        ("Diarienummer", "KS 2020/95"),
        ("Giltighet", "Tills vidare"),
        ("Gäller för", "Kommunens nämnder och helägda bolag"),
        ("Ansvarig", "Kommunstyrelsen"),
        ("Aktualitetsprövas", "En gång per mandatperiod"),
    ], body(), "Antagen KF 2020-09-28 § 77  ·  " + TITLE, numbered_canvas)
