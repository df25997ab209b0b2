"""L4: handlingsplan heltid som norm 2025–2027, decided by kommunstyrelsen. Landscape
spreadsheet print; the whole top block (kommun/title row, the document data rows, the intro row
and the column header) repeats on every page, like spreadsheet print titles."""
from __future__ import annotations

from common import l4_build, l4_sheet, styles, truth

FILE = "handlingsplan-heltid-som-norm-2025-2027.pdf"
TITLE = "Handlingsplan heltid som norm 2025–2027"

HEADER = ["Nr", "Aktivitet", "Ansvarig", "Klart senast", "Mått", "Beslut och mandat",
          "Kommentar"]
ROWS = [
    ("A. Rätt att arbeta heltid",),
    ("A1", "Alla nya tillsvidareanställningar utannonseras på heltid", "Rekryterande chef",
     "2025-03-31", "Andel annonser på heltid", "Undantag från heltid i annons beslutas av "
     "förvaltningschef", "Gäller alla förvaltningar"),
    ("A2", "Deltidsanställda erbjuds att gå upp till heltid vid varje schemaperiod",
     "Enhetschef", "Löpande", "Antal som tackat ja", "", "Önskad sysselsättningsgrad "
     "registreras i HR-systemet"),
    ("A3", "Ändring av sysselsättningsgrad på arbetstagarens begäran", "Enhetschef",
     "Löpande", "Handläggningstid", "Beslutas av enhetschef; vid avslag ska skälen "
     "dokumenteras", ""),
    ("B. Schemaläggning och bemanning",),
    ("B1", "Införa gemensam bemanningsenhet för vård och omsorg", "Socialchef",
     "2025-12-31", "Bemanningsenhet i drift", "Organisationsförändring beslutas av "
     "socialnämnden", "Samverkas med fackliga organisationer"),
    ("B2", "Schemamodell med resurstid för heltidsanställda", "HR-chef", "2026-06-30",
     "Andel enheter med resurstid", "Centrala riktlinjer för resurstid beslutas av HR-chef",
     ""),
    ("B3", "Minska antalet delade turer till högst en per fyraveckorsperiod", "Enhetschef",
     "2026-12-31", "Antal delade turer", "", "Följs upp per enhet"),
    ("C. Ekonomi",),
    ("C1", "Kostnadsberäkning av ökade sysselsättningsgrader per förvaltning", "Ekonomichef",
     "2025-09-30", "Rapport till KS", "", ""),
    ("C2", "Omfördelning av budget mellan enheter upp till 500 000 kr per år",
     "Förvaltningschef", "Löpande", "", "Beslutas av förvaltningschef; större belopp "
     "beslutas av kommunstyrelsen", ""),
    ("D. Kompetens och arbetsmiljö",),
    ("D1", "Introduktionsprogram för nyanställda på heltid inom vård, omsorg och förskola",
     "Förvaltningschef", "2025-12-31", "Andel nyanställda som genomgått introduktion", "",
     "Samordnas av HR-avdelningen"),
    ("D2", "Kartläggning av arbetsmiljön i verksamheter med många deltidsanställda",
     "HR-chef", "2026-03-31", "Kartläggning klar", "Åtgärder över 200 000 kr beslutas av "
     "kommundirektör", "Görs tillsammans med skyddsombud"),
    ("D3", "Möjlighet till tillfälligt sänkt sysselsättningsgrad för äldre medarbetare",
     "Enhetschef", "Löpande", "Antal beviljade", "Beviljas av enhetschef i högst tolv "
     "månader", ""),
    ("E. Uppföljning",),
    ("E1", "Redovisning av andel heltidsanställda och faktisk sysselsättningsgrad",
     "HR-chef", "Varje halvår", "Andel heltid, mål 90 % år 2027", "", "Redovisas för KS och "
     "centrala samverkansgruppen"),
    ("E2", "Utvärdering av handlingsplanen", "HR-chef", "2027-10-31", "Utvärdering klar",
     "", "Underlag för beslut om fortsättning"),
]


def story():
    s = styles("Helvetica", 10)
    return [l4_sheet(
        TITLE,
        [[("Beslutsorgan", "Kommunstyrelsen"), ("Datum för beslut", "2025-03-11"),
          ("Paragraf", "§ 33")],
         [("Dnr", "KS 2025/40"), ("Giltighetstid", "2025–2027"),
          ("Ansvarig", "HR-chef")],
         [("Gäller för", "Samtliga förvaltningar i Askersunds kommun")]],
        "<b>Syfte.</b> Kommunen ska vara en attraktiv arbetsgivare där heltid är norm och "
        "deltid en möjlighet. Planen genomför det centrala avtalet om heltid och anger vad "
        "varje förvaltning ska göra under perioden. Fackliga organisationer har varit "
        "delaktiga. Andelen heltidsanställda var 78 procent vid planens start.",
        HEADER, ROWS, [22, 62, 32, 24, 40, 52, 41], s, repeat_top=True)]


def build(out_path) -> None:
    l4_build(out_path, TITLE, story, "Heltid som norm - handlingsplan 2025-2027.xlsx")


TRUTH = truth(
    layout="L4",
    title=TITLE,
    doc_type="handlingsplan",
    decided_by="kommunstyrelsen",
    decision_date="2025-03-11",
    paragraph="§ 33",
    diarienummer="KS 2025/40",
    valid_from="2025-01-01",
    valid_to="2027-12-31",
    scope="Samtliga förvaltningar i Askersunds kommun",
    owner="HR-chef",
    status_2026_11_26="gällande",
    decisions=[
        {"matter": "Alla nya tillsvidareanställningar utannonseras på heltid",
         "decider": "förvaltningschef", "code": None,
         "condition": "Undantag från heltid i annons beslutas av förvaltningschef", "page": 1},
        {"matter": "Ändring av sysselsättningsgrad på arbetstagarens begäran",
         "decider": "enhetschef", "code": None,
         "condition": "vid avslag ska skälen dokumenteras", "page": 1},
        {"matter": "Införa gemensam bemanningsenhet för vård och omsorg",
         "decider": "socialnämnden", "code": None,
         "condition": "Organisationsförändring beslutas av socialnämnden", "page": 1},
        {"matter": "Schemamodell med resurstid för heltidsanställda", "decider": "HR-chef",
         "code": None, "condition": "Centrala riktlinjer för resurstid beslutas av HR-chef",
         "page": 1},
        {"matter": "Omfördelning av budget mellan enheter upp till 500 000 kr per år",
         "decider": "förvaltningschef", "code": None,
         "condition": "större belopp beslutas av kommunstyrelsen", "page": 1},
        {"matter": "Kartläggning av arbetsmiljön i verksamheter med många deltidsanställda",
         "decider": "kommundirektör", "code": None,
         "condition": "Åtgärder över 200 000 kr beslutas av kommundirektör", "page": 1},
    ],
    notes=("L4: landscape spreadsheet print; data rows at the top of the grid (Beslutsorgan "
           "Kommunstyrelsen | Datum för beslut 2025-03-11 | Paragraf § 33; Dnr KS 2025/40 | "
           "Giltighetstid 2025–2027 | Ansvarig HR-chef; Gäller för samtliga förvaltningar), "
           "repeated on every page as print titles. Validity '2025–2027' = 2025-01-01 .. "
           "2027-12-31. The 'Beslut och mandat' column states who decides (förvaltningschef, "
           "enhetschef, socialnämnden, HR-chef, kommunstyrelsen above 500 000 kr, kommundirektör "
           "for arbetsmiljö measures above 200 000 kr). Only rows E1–E2 fall on p. 2."),
)
