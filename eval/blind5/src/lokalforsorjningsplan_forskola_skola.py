"""Lokalförsörjningsplan för förskola och skola 2026–2030 – layout N5 (landscape slides).
Fictitious. A plan of barn- och utbildningsnämnden in force; replaces the 2023–2027 plan."""
from common import (NAVY, TEAL, Paragraph, ParagraphStyle, SlideBar, Spacer, bullets,
                    grid_table, mm, n5_build, n5_cards, stm, styles, truth)

FILE = "lokalforsorjningsplan-forskola-skola-2026-2030.pdf"
TITLE = "Lokalförsörjningsplan för förskola och skola 2026–2030"

TRUTH = truth(
    layout="N5",
    title=TITLE,
    doc_type="plan",
    decided_by="barn- och utbildningsnämnden",
    decision_date="2025-12-09",
    paragraph="§ 103",
    diarienummer="BUN 2025/141",
    valid_from="2026-01-01",
    valid_to="2030-12-31",
    replaces="Lokalförsörjningsplan 2023–2027 (BUN 2022-12-13, § 112)",
    owner="Lokalstrateg",
    review_date=None,
    status_2026_11_26="gällande",
    statements=[
        stm("Investeringar över 10 mnkr beslutas av kommunfullmäktige", "kommunfullmäktige", 5),
        stm("Kommunstyrelsen beslutar om genomförande", "kommunstyrelsen", 5),
        stm("Förhyrning av paviljonger och andra tillfälliga lokaler beslutas av "
            "kommunstyrelsen", "kommunstyrelsen", 5),
        stm("Beslut om att stänga eller slå samman en skolenhet fattas av kommunfullmäktige",
            "kommunfullmäktige", 5),
    ],
    notes="N5 slides: title slide; Sammanfattning (1–5-åringar −8 % till 2030; elever åk 7–9 "
          "ökar till 2028); Befolkningsprognos table; Åtgärder 2026–2030 table (Åsbro förskola "
          "new, six avdelningar, byggstart 2027, inflyttning hösten 2028, 62 mnkr; "
          "Hammarskolan tillbyggnad four klassrum 2026–2027, 18 mnkr; Norrbackaskolans "
          "paviljong avvecklas sommaren 2029; Olshammars skola utredning klar 2026); Principer "
          "(investments > 10 mnkr by KF in mål och budget; KS decides genomförande; paviljonger "
          "hyrs by KS; closing a skolenhet by KF; BUN decides upptagningsområden); Om planen "
          "(Beslut barn- och utbildningsnämnden 9 december 2025, § 103; gäller 1 januari 2026 – "
          "31 december 2030; revideras årligen; Dnr BUN 2025/141; ersätter Lokalförsörjningsplan "
          "2023–2027 (BUN 2022-12-13, § 112); Dokumentansvarig Lokalstrateg). Cites KF "
          "2024-11-25, § 118 (investeringsram).",
)


def slides(w):
    s = styles("Helvetica", 11.5)
    big = ParagraphStyle("k", fontName="Helvetica", fontSize=13, leading=18, spaceAfter=6)
    bl = ParagraphStyle("kb", fontName="Helvetica", fontSize=13, leading=18)
    ttl = ParagraphStyle("tt", fontName="Helvetica-Bold", fontSize=32, leading=39,
                         textColor=NAVY)
    sub = ParagraphStyle("ts", fontName="Helvetica", fontSize=18, leading=23, textColor=TEAL)
    small = ParagraphStyle("tm", fontName="Helvetica", fontSize=10.5, leading=14)
    facts = ParagraphStyle("f", fontName="Helvetica", fontSize=13, leading=21)
    prog = grid_table([
        ["År", "Barn 1–5 år", "Elever 6–15 år", "Varav årskurs 7–9"],
        ["2025 (utfall)", "612", "1 284", "402"],
        ["2026", "598", "1 291", "417"],
        ["2028", "577", "1 302", "438"],
        ["2030", "563", "1 276", "421"],
    ], [50, 50, 50, 50], s)
    actions = grid_table([
        ["Objekt", "Åtgärd", "Tidplan", "Beräknad investering", "Beslut om investering"],
        ["Åsbro förskola", "Ny förskola med sex avdelningar som ersätter två äldre förskolor",
         "Byggstart 2027, inflyttning hösten 2028", "62 mnkr", "Kommunfullmäktige"],
        ["Hammarskolan", "Tillbyggnad med fyra klassrum för årskurs 7–9", "2026–2027",
         "18 mnkr", "Kommunfullmäktige"],
        ["Norrbackaskolan", "Paviljongen avvecklas när tillbyggnaden i Hammar är klar",
         "Sommaren 2029", "–", "Barn- och utbildningsnämnden"],
        ["Olshammars skola", "Utredning av framtida användning av lokalerna", "Klar 2026", "–",
         "Barn- och utbildningsnämnden"],
    ], [40, 90, 50, 40, 45], s)
    return [
        [Spacer(1, 38 * mm), Paragraph(TITLE, ttl), Spacer(1, 4 * mm),
         Paragraph("Barn- och utbildningsnämnden", sub), Spacer(1, 38 * mm),
         Paragraph("Askersunds kommun · Barn- och utbildningsförvaltningen", small)],
        [SlideBar("Sammanfattning", w),
         bullets(["Antalet barn i förskoleåldern väntas minska med cirka 8 procent fram till "
                  "2030.",
                  "Antalet elever i årskurs 7–9 ökar fram till 2028 och minskar sedan något.",
                  "Planen föreslår en ny förskola i Åsbro, en tillbyggnad av Hammarskolan och "
                  "att paviljongen vid Norrbackaskolan avvecklas.",
                  "Investeringarna ryms inom den investeringsram som kommunfullmäktige "
                  "beslutade 2024-11-25, § 118."], bl)],
        [SlideBar("Befolkningsprognos", w), Spacer(1, 3 * mm), prog, Spacer(1, 5 * mm),
         Paragraph("Källa: kommunens befolkningsprognos våren 2025.", small)],
        [SlideBar("Åtgärder 2026–2030", w), Spacer(1, 3 * mm), actions],
        [SlideBar("Principer för beslut om lokaler", w), Spacer(1, 2 * mm),
         n5_cards([("Investeringar", "Investeringar över 10 mnkr beslutas av "
                    "kommunfullmäktige i mål och budget. Kommunstyrelsen beslutar om "
                    "genomförande när projektet är färdigprojekterat."),
                   ("Tillfälliga lokaler", "Förhyrning av paviljonger och andra tillfälliga "
                    "lokaler beslutas av kommunstyrelsen efter begäran från nämnden."),
                   ("Skolenheter", "Beslut om att stänga eller slå samman en skolenhet fattas "
                    "av kommunfullmäktige efter förslag från nämnden. Nämnden beslutar om "
                    "upptagningsområden.")], w, s, height_mm=62)],
        [SlideBar("Om planen", w, color=NAVY), Spacer(1, 4 * mm),
         Paragraph("<b>Beslut:</b> barn- och utbildningsnämnden 9 december 2025, § 103", facts),
         Paragraph("<b>Giltighet:</b> 1 januari 2026 – 31 december 2030. Planen revideras "
                   "årligen i samband med budgetarbetet.", facts),
         Paragraph("<b>Diarienummer:</b> BUN 2025/141", facts),
         Paragraph("<b>Ersätter:</b> Lokalförsörjningsplan 2023–2027 (BUN 2022-12-13, § 112)",
                   facts),
         Paragraph("<b>Dokumentansvarig:</b> Lokalstrateg", facts)],
    ]


def build(out_path):
    n5_build(out_path, TITLE, "Lokalförsörjningsplan 2026–2030 · Barn- och utbildningsnämnden",
             slides, styles("Helvetica", 11.5))
