"""F2: Trafiksäkerhetsplan 2027–2030 (decided 2026-10-19, in force 2027-01-01)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import W, styles, numbered_canvas, bullets, truth, stm
import lay_f2

FILE = "trafiksakerhetsplan-2027-2030.pdf"
TITLE = "Trafiksäkerhetsplan 2027–2030"
ST = styles("Times-Roman", 10.5, 14.5)
CELL = ParagraphStyle("c", fontName="Times-Roman", fontSize=9.5, leading=12)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="Times-Bold")

ACTIONS = [
    ("Åtgärd", "År", "Kostnad", "Ansvar"),
    ("Upphöjda övergångsställen och förtydligad skyltning vid fem skolor och förskolor",
     "2027", "1 200 000 kr", "Gatu- och parkchef"),
    ("30 km/tim vid samtliga skolor och förskolor under skoltid", "2027–2028", "350 000 kr",
     "Tekniska nämnden (lokala trafikföreskrifter)"),
    ("Ny gång- och cykelväg mellan centrum och idrottsplatsen, 1,4 km", "2028",
     "6 500 000 kr", "Tekniska nämnden (investering)"),
    ("Byte till LED-belysning längs gång- och cykelvägar, cirka 60 ljuspunkter", "2027–2029",
     "900 000 kr", "Gatu- och parkchef"),
    ("Cykelutbildning för alla elever i årskurs 4", "varje år", "80 000 kr per år",
     "Tekniska förvaltningen tillsammans med skolorna"),
    ("Cykelparkeringar med ramlås vid skolorna", "2029", "300 000 kr", "Gatu- och parkchef"),
    ("Hämta- och lämnazoner vid två skolor", "2030", "750 000 kr", "Tekniska nämnden (investering)"),
]

TRUTH = truth(
    layout="F2", title=TITLE, doc_type="plan", decided_by="tekniska nämnden",
    decision_date="2026-10-19", paragraph="§ 88", diarienummer="TN 2026/74",
    valid_from="2027-01-01", valid_to="2030-12-31",
    replaces="Trafiksäkerhetsplan 2022–2026, antagen av tekniska nämnden 2021-12-13, § 98",
    replaces_file=None, scope=None, owner="Gatu- och parkchefen", review_date=None,
    publication_stated=None, publication="extern", status_2026_11_26="ej ikraft",
    statements=[
        stm("Trafiksäkerhetsåtgärder som kostar mindre än 500 000 kr", "gatu- och parkchefen", 2),
        stm("Trafiksäkerhetsåtgärder som kostar 500 000 kr eller mer",
            "tekniska nämnden (i den årliga investeringsbudgeten)", 2),
    ],
    notes="Not yet in force on 2026-11-26: decided 19 October 2026, valid 2027-01-01 – "
          "2030-12-31; until then the 2022–2026 plan (not in the collection) applies. The body "
          "cites two other decisions: KS 2025-04-08 § 61 (the commission) and tekniska nämnden "
          "2020-05-18 § 37 (speed limits in the tätorter).")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [lay_f2.beslut_box(
        ["Tekniska nämnden, sammanträde den 19 oktober 2026, § 88",
         "Diarienummer TN 2026/74", "<b>Tekniska nämnden beslutar</b>"],
        ["att anta Trafiksäkerhetsplan 2027–2030,",
         "att planen gäller från och med den 1 januari 2027 till och med den 31 december 2030,",
         "att planen från och med samma dag ersätter Trafiksäkerhetsplan 2022–2026, antagen av "
         "tekniska nämnden 2021-12-13, § 98, samt",
         "att förvaltningen varje år senast den 31 mars redovisar genomförda åtgärder till "
         "nämnden."]),
        Spacer(1, 9 * mm), P(TITLE, "h1")]
    s += [P("1. Bakgrund", "h2"), P(
        "Kommunstyrelsen gav den 8 april 2025, § 61, tekniska nämnden i uppdrag att ta fram en ny "
        "trafiksäkerhetsplan i dialog med skolorna, polisen och Trafikverket. Planen bygger på "
        "nollvisionen: ingen ska dödas eller skadas allvarligt i trafiken. Under åren 2021–2025 "
        "skadades i genomsnitt elva personer allvarligt per år i trafiken i kommunen. De flesta "
        "olyckorna skedde på landsbygdsvägar där Trafikverket är väghållare, men en växande andel "
        "gällde fotgängare och cyklister i tätorterna."), P(
        "Planen omfattar de gator och vägar där kommunen är väghållare. För statliga vägar "
        "lämnar kommunen förslag till Trafikverket.")]
    s += [P("2. Inriktning", "h2")]
    s += bullets([
        "Ingen ska dödas eller skadas allvarligt på kommunens gator.",
        "Fler barn ska kunna gå eller cykla till skolan på egen hand.",
        "Gående och cyklister prioriteras vid ombyggnad av gator i tätorterna.",
    ], ST)
    s += [P("3. Hastigheter", "h2"), P(
        "De hastighetsgränser i tätorterna som tekniska nämnden beslutade den 18 maj 2020, § 37, "
        "ligger fast. Nytt i denna plan är att hastigheten vid samtliga skolor och förskolor ska "
        "vara 30 km/tim under skoltid senast 2028. Hastighetsdisplayer flyttas mellan "
        "skolvägarna varje termin.")]
    s += [P("4. Åtgärder 2027–2030", "h2")]
    data = [[Paragraph(x, CELLB) for x in ACTIONS[0]]]
    data += [[Paragraph(x, CELL) for x in r] for r in ACTIONS[1:]]
    t = Table(data, colWidths=[72 * mm, 22 * mm, 28 * mm, W - 44 * mm - 122 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1, lay_f2.RUST),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, lay_f2.RUST),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.Color(0.75, 0.7, 0.68)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s += [t, Spacer(1, 4 * mm)]
    s += [P("5. Prioritering och beslut", "h2"), P(
        "Åtgärder som kostar mindre än 500 000 kr prioriteras av gatu- och parkchefen inom ramen "
        "för planen och driftbudgeten. Åtgärder som kostar 500 000 kr eller mer beslutas av "
        "tekniska nämnden i den årliga investeringsbudgeten. Nya hastighetsgränser och andra "
        "lokala trafikföreskrifter beslutas enligt nämndens delegationsordning."), P(
        "Invånare kan lämna förslag på trafiksäkerhetsåtgärder i kommunens e-tjänst för "
        "felanmälan och förslag. Förslagen besvaras inom fyra veckor och samlas i en lista som "
        "förvaltningen använder när åtgärderna prioriteras.")]
    s += [P("6. Uppföljning", "h2"), P(
        "Förvaltningen redovisar varje år senast den 31 mars vilka åtgärder som har genomförts "
        "och hur olycksutvecklingen har sett ut. År 2028 görs en halvtidsutvärdering. Gatu- och "
        "parkchefen ansvarar för att planen genomförs.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f2.build(out_path, TITLE, "Tekniska nämnden", story(), numbered_canvas)
