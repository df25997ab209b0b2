"""Kulturplan 2022–2025 – layout N5 (landscape slides). Fictitious. EXPIRED plan: valid to
2025-12-31; no successor in the collection."""
from common import (LIGHT, NAVY, TEAL, Paragraph, ParagraphStyle, SlideBar, Spacer, Table,
                    TableStyle, bullets, mm, n5_build, n5_cards, stm, styles, truth)

FILE = "kulturplan-2022-2025.pdf"
TITLE = "Kulturplan 2022–2025"

TRUTH = truth(
    layout="N5",
    title=TITLE,
    doc_type="plan",
    decided_by="kommunfullmäktige",
    decision_date="2022-02-21",
    paragraph="§ 14",
    diarienummer="KFN 2021/58",
    valid_from="2022-03-01",
    valid_to="2025-12-31",
    replaces="Kulturplan 2018–2021",
    owner="Kulturstrateg",
    status_2026_11_26="utgången",
    statements=[
        stm("konstgrupp väljer konstnär", "kultur- och fritidsnämndens konstgrupp", 5),
        stm("Kulturpriset", "kultur- och fritidsnämnden", 6),
        stm("följer upp planen varje år", "kultur- och fritidsnämnden", 7),
    ],
    notes="N5 slides: title slide (Antagen av kommunfullmäktige 21 februari 2022), 'Varför en "
          "kulturplan?' (KF mål och budget 2021, KF 2020-11-23, § 121; regional kulturplan), "
          "four fokusområden, Barn och unga (Skapande skola: one professional kulturmöte per "
          "termin; kulturskolan at least ten ämnen; lovaktiviteter free), Konst i offentlig miljö "
          "(enprocentsregeln: 1 % of byggkostnad; KFN's konstgrupp chooses the artist), "
          "Kulturstöd (kulturpriset 15 000 kr, two kulturstipendier of 10 000 kr each, by KFN), "
          "Uppföljning (annual; report to KF in 2023/halfway), 'Om planen' (Beslut: "
          "kommunfullmäktige 21 februari 2022, § 14 / Giltighet 1 mars 2022 – 31 december 2025 "
          "/ Ansvarig nämnd KFN / Dnr KFN 2021/58 / Ersätter Kulturplan 2018–2021 / "
          "Dokumentansvarig Kulturstrateg). Expired on 2025-12-31.",
)


def slides(w):
    s = styles("Helvetica", 12)
    big = ParagraphStyle("k", fontName="Helvetica", fontSize=13, leading=18, spaceAfter=6)
    bl = ParagraphStyle("kb", fontName="Helvetica", fontSize=13, leading=18)
    ttl = ParagraphStyle("tt", fontName="Helvetica-Bold", fontSize=38, leading=44,
                         textColor=NAVY)
    sub = ParagraphStyle("ts", fontName="Helvetica", fontSize=18, leading=23, textColor=TEAL)
    small = ParagraphStyle("tm", fontName="Helvetica", fontSize=10.5, leading=14)
    facts = ParagraphStyle("f", fontName="Helvetica", fontSize=13, leading=21)
    return [
        [Spacer(1, 40 * mm), Paragraph(TITLE, ttl), Spacer(1, 4 * mm),
         Paragraph("Kultur för alla i Askersunds kommun", sub), Spacer(1, 40 * mm),
         Paragraph("Antagen av kommunfullmäktige 21 februari 2022", small),
         Paragraph("Kultur- och fritidsnämnden", small)],
        [SlideBar("Varför en kulturplan?", w),
         Paragraph("Kommunfullmäktige gav i mål och budget för 2021 (kommunfullmäktige "
                   "2020-11-23, § 121) kultur- och fritidsnämnden i uppdrag att ta fram en ny "
                   "kulturplan.", big),
         bullets(["Planen visar vad kommunen vill uppnå inom kulturområdet under fyra år.",
                  "Den bygger på den regionala kulturplanen och på dialoger med föreningar, "
                  "skolor och kulturskapare under hösten 2021.",
                  "Planen ersätter Kulturplan 2018–2021."], bl)],
        [SlideBar("Fyra fokusområden", w), Spacer(1, 4 * mm),
         n5_cards([("Barn och unga", "Alla barn ska möta professionell kultur och få skapa "
                    "själva."),
                   ("Kulturarv", "Bergslagens och Vätterbygdens historia ska vara levande "
                    "och tillgänglig."),
                   ("Mötesplatser", "Bibliotek och kulturhus är öppna, trygga och "
                    "välkomnande."),
                   ("Konst i offentlig miljö", "Konsten ska finnas där människor rör sig.")],
                  w, s, height_mm=70)],
        [SlideBar("Barn och unga", w),
         bullets(["Varje elev i grundskolan ska få minst ett professionellt kulturmöte per "
                  "termin genom Skapande skola.",
                  "Kulturskolan ska erbjuda minst tio ämnen.",
                  "Lovaktiviteter på bibliotek och fritidsgårdar ska vara avgiftsfria.",
                  "Unga ska kunna söka arrangörsstöd för egna evenemang."], bl)],
        [SlideBar("Konst i offentlig miljö", w),
         Paragraph("Vid ny- och ombyggnad av kommunala byggnader avsätts en procent av "
                   "byggkostnaden för konstnärlig gestaltning (enprocentsregeln).", big),
         Paragraph("Kultur- och fritidsnämndens konstgrupp väljer konstnär efter samråd med "
                   "den verksamhet som ska använda byggnaden.", big)],
        [SlideBar("Kulturstöd och utmärkelser", w), Spacer(1, 4 * mm),
         n5_cards([("Kulturpriset", "Kulturpriset om 15 000 kr delas ut varje år av kultur- "
                    "och fritidsnämnden."),
                   ("Kulturstipendier", "Två kulturstipendier om 10 000 kr vardera delas ut "
                    "till unga kulturutövare."),
                   ("Föreningsstöd", "Kulturföreningar får stöd enligt nämndens riktlinjer "
                    "för föreningsstöd.")], w, s, height_mm=55)],
        [SlideBar("Uppföljning", w),
         bullets(["Kultur- och fritidsnämnden följer upp planen varje år i sin "
                  "verksamhetsberättelse.",
                  "Efter halva planperioden, under 2023, redovisas en uppföljning till "
                  "kommunfullmäktige.",
                  "Arbetet med nästa kulturplan ska påbörjas senast under 2025."], bl)],
        [SlideBar("Om planen", w, color=NAVY), Spacer(1, 4 * mm),
         Paragraph("<b>Beslut:</b> kommunfullmäktige 21 februari 2022, § 14", facts),
         Paragraph("<b>Giltighet:</b> 1 mars 2022 – 31 december 2025", facts),
         Paragraph("<b>Ansvarig nämnd:</b> kultur- och fritidsnämnden", facts),
         Paragraph("<b>Diarienummer:</b> KFN 2021/58", facts),
         Paragraph("<b>Ersätter:</b> Kulturplan 2018–2021", facts),
         Paragraph("<b>Dokumentansvarig:</b> Kulturstrateg", facts)],
    ]


def build(out_path):
    n5_build(out_path, TITLE, "Kulturplan 2022–2025 · Askersunds kommun", slides,
             styles("Helvetica", 12))
