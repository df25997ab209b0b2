"""F3: Riktlinjer för kommunalt bidrag till enskilda vägar, 2021 version (replaced 2025)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from reportlab.lib.units import mm
from common import styles, numbered_canvas, bullets, truth, stm
import lay_f3
import vagbidrag_text

FILE = "riktlinjer-bidrag-enskilda-vagar-2021.pdf"
TITLE = "Riktlinjer för kommunalt bidrag till enskilda vägar"
ST = styles("Helvetica", 10, 14)

TRUTH = truth(
    layout="F3", title=TITLE, doc_type="riktlinje", decided_by="tekniska nämnden",
    decision_date="2021-03-22", paragraph="§ 19", diarienummer="TN 2021/18",
    valid_from="2021-05-01", valid_to=None, replaces=None, replaces_file=None,
    scope=None, owner=None, review_date=None, publication_stated=None, publication="extern",
    status_2026_11_26="upphävd",
    statements=[
        stm("Driftbidrag till enskild väg", "gatuingenjören", 1),
        stm("Förbättringsbidrag", "tekniska nämndens arbetsutskott", 1),
    ],
    notes="Older version of a pair, replaced by riktlinjer-bidrag-enskilda-vagar.pdf (TN "
          "2025-03-17 § 22), which names it. Nothing in this document says it has been "
          "replaced; it says 'tills vidare'. The letterhead 'Datum 2021-03-02' is the drafting "
          "date; the decision date is 2021-03-22. Amounts: 500 m / 3 hushåll, 4,00 + 2,00 kr "
          "per meter, 30 % up to 60 000 kr, application by 31 March.")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1"), Paragraph(
        "Fastställda av tekniska nämnden 2021-03-22, § 19. Gäller från och med 2021-05-01 och "
        "tills vidare.", lay_f3.DEC)]
    s += [P("Syfte", "h2"), P(vagbidrag_text.SYFTE)]
    s += [P("Villkor för bidrag", "h2"), P(
        "Bidrag lämnas till vägföreningar och samfällighetsföreningar som är väghållare. "
        "Följande villkor ska vara uppfyllda:")]
    s += bullets([
        "vägen är minst 500 meter lång,",
        "minst tre hushåll längs vägen är permanentboende,",
        "vägen är öppen för allmän trafik och hålls farbar för personbil under hela året.",
    ], ST)
    s += [P("Enskilda väghållare utan förening och vägar till fritidshusområden får inte bidrag.")]
    s += [P("Driftbidrag", "h2"), P(
        "Driftbidraget är 4,00 kr per meter väg och år. För vägar som plogas under vintern lämnas "
        "ett tillägg med 2,00 kr per meter. Det lägsta bidraget är 1 000 kr per väg och år. "
        "Driftbidrag beslutas av gatuingenjören.")]
    s += [P("Förbättringsbidrag", "h2"), P(
        "För förbättring av vägen kan bidrag lämnas med högst 30 procent av kostnaden, dock högst "
        "60 000 kr per väg och år. Ansökan ska lämnas innan arbetet påbörjas och åtgärden ska vara "
        "utförd inom ett år. Förbättringsbidrag beslutas av tekniska nämndens arbetsutskott.")]
    s += [P("Ansökan och utbetalning", "h2"), P(
        "Ansökan om driftbidrag lämnas på kommunens blankett och ska ha kommit in senast den 31 "
        "mars. Vägföreningens senaste årsmötesprotokoll ska bifogas. Bidraget betalas ut under "
        "juni månad till föreningens konto."), P(
        "Kommunen kan besikta vägen innan bidrag betalas ut. Om vägen inte längre uppfyller "
        "villkoren upphör bidraget från och med nästa år.")]
    s += [P("Kontakt", "h2"), P(
        "Frågor om bidrag till enskilda vägar besvaras av gatu- och parkavdelningen via kommunens "
        "kontaktcenter.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f3.build(out_path, TITLE, "Tekniska förvaltningen", "Gatu- och parkavdelningen",
                 "Riktlinjer", "2021-03-02", "TN 2021/18", "Handläggare: gatuingenjör",
                 story(), numbered_canvas)
