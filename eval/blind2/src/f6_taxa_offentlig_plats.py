"""F6: Taxa för upplåtelse av offentlig plats och torghandel (web print-out)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, styles, numbered_canvas, bullets, truth, stm
import lay_f6

FILE = "taxa-upplatelse-offentlig-plats.pdf"
TITLE = "Taxa för upplåtelse av offentlig plats och torghandel"
ST = styles("Helvetica", 9.5, 13)
C = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11.5)
CB = ParagraphStyle("cb", parent=C, fontName="Helvetica-Bold")

T1 = [("Uteservering", "Zon A", "Zon B", "Zon C"),
      ("Säsong 1 april–30 september, per kvadratmeter", "280 kr", "170 kr", "90 kr"),
      ("Helår, per kvadratmeter", "420 kr", "250 kr", "130 kr")]
T2 = [("Torghandel och försäljning", "Avgift"),
      ("Torgplats 3 × 3 meter, per dag", "150 kr"),
      ("Torgplats, säsongsplats april–oktober", "4 500 kr"),
      ("Försäljning från fordon (till exempel food truck), per dag", "250 kr"),
      ("Försäljning från fordon, per kalendermånad", "2 400 kr"),
      ("Elanslutning på torget, per dag", "50 kr")]
T3 = [("Bygg, evenemang och skyltar", "Avgift"),
      ("Byggställning, bod eller upplag, per kvadratmeter och påbörjad vecka, zon A / B / C",
       "25 / 15 / 8 kr"),
      ("Container upp till 10 kvadratmeter, per påbörjat dygn", "60 kr"),
      ("Trottoarpratare eller annan lös reklamskylt, per skylt och kalenderår", "600 kr"),
      ("Cirkus eller tivoli, per dag", "3 000 kr"),
      ("Evenemang med kommersiellt syfte, per dag", "1 500 kr")]

TRUTH = truth(
    layout="F6", title=TITLE, doc_type="taxa", decided_by="kommunfullmäktige",
    decision_date="2025-11-24", paragraph="§ 119", diarienummer="KS 2025/297",
    valid_from="2026-01-01", valid_to=None,
    replaces="Taxa för upplåtelse av offentlig plats, KF 2020-11-30, § 131",
    replaces_file=None, scope=None, owner=None, review_date=None, publication_stated=None,
    publication="extern", status_2026_11_26="gällande",
    statements=[
        stm("Tillstånd att använda offentlig plats", "Polismyndigheten (kommunen yttrar sig "
                                                     "och tar ut avgift)", 1),
        stm("Nedsättning eller eftergift av avgift i enskilda fall", "tekniska nämnden", 2),
        stm("Årlig uppräkning av avgifterna med KPI", "tekniska nämnden", 2),
    ],
    notes="Browser print-out of the web page: 'Senast uppdaterad: 14 januari 2026' and the "
          "print date 2026-03-04 are not the decision date (KF 2025-11-24 § 119, in the "
          "bulleted 'Om dokumentet' list). The body cites KF 2023-06-19 § 64 "
          "(torghandelsföreskrifter), another decision.")


def table(rows, widths):
    data = [[Paragraph(x, CB) for x in rows[0]]] + [[Paragraph(x, C) for x in r]
                                                     for r in rows[1:]]
    t = Table(data, colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.7, 0.75, 0.8)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.93, 0.96)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = lay_f6.head(
        ["Startsida", "Kommun och politik", "Styrdokument", "Taxor och avgifter"], TITLE,
        "Här hittar du vad det kostar att använda kommunens gator, torg och parker för "
        "uteservering, torghandel, byggetablering, skyltar och evenemang.",
        "14 januari 2026",
        [("Dokumenttyp", "Taxa"), ("Beslutsinstans", "Kommunfullmäktige"),
         ("Beslutsdatum", "2025-11-24, § 119"), ("Diarienummer", "KS 2025/297"),
         ("Gäller från", "2026-01-01"),
         ("Ersätter", "Taxa för upplåtelse av offentlig plats, KF 2020-11-30, § 131"),
         ("Ansvarig nämnd", "Tekniska nämnden")], ST)
    s += [P("Om taxan", "h2"), P(
        "Den som vill använda offentlig plats, till exempel en gata, ett torg, en trottoar eller "
        "en park, behöver tillstånd från Polismyndigheten. Kommunen yttrar sig till polisen och "
        "tar ut en avgift enligt denna taxa. Torghandel på Stora torget kräver inte polistillstånd "
        "utan bokas hos kommunen enligt de torghandelsföreskrifter som kommunfullmäktige "
        "beslutade den 19 juni 2023, § 64.")]
    s += [P("Avgiftszoner", "h2")]
    s += bullets([
        "<b>Zon A:</b> Stora torget, gågatan och hamnområdet i Askersund.",
        "<b>Zon B:</b> övriga delar av Askersunds tätort.",
        "<b>Zon C:</b> övriga tätorter och platser i kommunen.",
    ], ST)
    s += [P("Avgifter", "h2"), table(T1, [88, 28, 28, 28]), Spacer(1, 3 * mm),
          table(T2, [132, 40]), Spacer(1, 3 * mm), table(T3, [132, 40]), Spacer(1, 2 * mm)]
    s += [P("Regler för avgifterna", "h2")]
    s += bullets([
        "Den lägsta avgiften är 300 kr per tillstånd. Det gäller inte torgplatser per dag.",
        "Ingen avgift tas ut för ideella föreningars arrangemang utan kommersiellt syfte, för "
        "politiska partiers valstugor under de sex veckor som föregår ett allmänt val eller för "
        "insamlingar till välgörande ändamål.",
        "Den som använder offentlig plats utan tillstånd får betala dubbel avgift för den tid "
        "platsen har använts.",
        "Avgift för säsong eller helår faktureras i förskott. Om tillståndet återkallas av skäl "
        "som inte beror på tillståndshavaren betalas avgiften tillbaka för den tid som är kvar.",
        "Tekniska nämnden får i enskilda fall sätta ned eller efterge avgiften om det finns "
        "särskilda skäl.",
        "Tekniska nämnden får varje år räkna upp avgifterna med konsumentprisindex (KPI). Basen "
        "är oktober 2025 och den första uppräkningen får göras inför 2027.",
    ], ST)
    s += lay_f6.tail("Tekniska förvaltningen, markupplåtelse. Nås via kommunens kontaktcenter.",
                     ST)
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f6.build(out_path, TITLE, "2026-03-04 09:41",
                 "https://www.askersund.se/kommun-och-politik/styrdokument/taxor-och-avgifter/"
                 "taxa-offentlig-plats", story(), numbered_canvas)
