#!/usr/bin/env python3
"""Write questions.jsonl (set "broad-blind11", 80 questions, as_of 2026-11-26)
for the blind11 collection (Tallmora kommun), in the schema of
eval/sets/broad20-dev.jsonl.

Each answerable question names its gold documents with an anchor text: the
gold page is the page of that PDF whose pypdf text contains the anchor
(asserted to be found), so gold_pages are never guessed. gold_pages is
aligned with gold_documents (one page per gold document).
Run after build.py.
"""
import json
import os
import re

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")
SET = "broad-blind11"

KFN26 = "tallmora-kfn-delegationsordning-2026.pdf"
KFN22 = "tallmora-kfn-delegationsordning-2022.pdf"
KSD3 = "tallmora-ks-delegationsordning-personal-upphandling.pdf"
RNDO = "tallmora-brannvik-raddningsnamnd-delegationsordning.pdf"
RNREG = "tallmora-brannvik-reglemente-raddningsnamnd.pdf"
OFN = "tallmora-ofn-delegationsordning.pdf"
AGD = "tallmora-agardirektiv-arena-och-fritid.pdf"
TAXA = "tallmora-taxa-idrotts-och-fritidsanlaggningar-2027.pdf"
PROG = "tallmora-idrotts-och-fritidspolitiskt-program-2022-2025.pdf"
RL = "tallmora-riktlinje-representation-gavor-uppvaktning.pdf"

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_of(fname, anchor):
    if fname not in _cache:
        _cache[fname] = [norm(p.extract_text() or "") for p in PdfReader(os.path.join(HERE, "pdf", fname)).pages]
    for i, t in enumerate(_cache[fname], 1):
        if norm(anchor) in t:
            return i
    raise SystemExit(f"anchor not found in {fname}: {anchor!r}")


FC = "kultur- och fritidschef|förvaltningschef"

# (kind, audience, question, answerable, [(file, anchor)], must_contain, must_not_cite)
Q = [
    # ---------------- who_decides (24)
    ("who_decides", "resident",
     "Vår idrottsförening vill söka bidrag till en sommarturnering, ungefär 60 000 kronor. Vem på kommunen "
     "bestämmer om vi får pengarna?", True,
     [(KFN26, "Över 25 000 kr och högst 100 000 kr per ansökan.")], [FC], [KFN22]),
    ("who_decides", "resident",
     "Vem beslutar om ett arrangemangsbidrag på 18 000 kr till en kulturförening?", True,
     [(KFN26, "Högst 25 000 kr per ansökan.")], ["föreningshandläggare"], [KFN22]),
    ("who_decides", "politician",
     "Vem beslutar om ett projektbidrag på 250 000 kronor från kultur- och fritidsnämnden?", True,
     [(KFN26, "Över 100 000 kr och högst 300 000 kr per ansökan.")], ["arbetsutskott"], [KFN22]),
    ("who_decides", "politician",
     "En förening söker 400 000 kr i arrangemangsbidrag. Vem fattar beslutet?", True,
     [(KFN26, "Över 300 000 kr beslutar KFN.")], ["kultur- och fritidsnämnden"], [KFN22]),
    ("who_decides", "employee",
     "Kulturavdelningen vill köpa ett konstverk för 120 000 kronor till kommunens konstsamling. Vem får besluta "
     "om köpet?", True,
     [(KFN26, "Högst 150 000 kr per verk. Över 150 000 kr beslutar AU.")], ["kulturchef"], [KFN22]),
    ("who_decides", "employee",
     "Who decides when the library wants to ban a disruptive visitor for four months?", True,
     [(KFN26, "Beslut om att stänga av en besökare från biblioteket")],
     ["bibliotekschef|head of library|library manager|chief librarian|head librarian|library director"], [KFN22]),
    ("who_decides", "employee",
     "Fritidsavdelningen ska upphandla skötsel av konstgräsplanen för 900 000 kronor. Vem beslutar om "
     "upphandlingen?", True,
     [(KFN26, "Över 200 000 kr och högst 1 500 000 kr.")], [FC], [KFN22]),
    ("who_decides", "resident",
     "En förening har lämnat sporthallen i förstört skick flera gånger. Vem kan bestämma att de stängs av från "
     "hallen i två månader?", True,
     [(KFN26, "Högst tre månader. Längre avstängning beslutas av AU.")], [FC], [KFN22]),
    ("who_decides", "employee",
     "Vem anställer en ny förvaltningschef i Tallmora kommun?", True,
     [(KSD3, "Efter förslag från KD.")], ["personalutskott"], []),
    ("who_decides", "employee",
     "Jag är enhetschef och en medarbetare vill vara tjänstledig utan lön i åtta månader. Vem beslutar om det?",
     True, [(KSD3, "Beviljande av tjänstledighet utan lön längre än sex månader")], ["förvaltningschef"], []),
    ("who_decides", "employee",
     "Vem beslutar om avsked av en anställd i kommunen, och vem gör det om det är bråttom?", True,
     [(KSD3, "I brådskande fall beslutar KSO.")], ["personalutskott", "ordförande"], []),
    ("who_decides", "employee",
     "Who can decide to suspend a municipal employee, with or without pay, in Tallmora?", True,
     [(KSD3, "Avstängning med eller utan lön")], ["hr-chef|hr manager|head of hr|hr director|hr chief"], []),
    ("who_decides", "employee",
     "Kommunledningsförvaltningen ska upphandla ett nytt ärendehanteringssystem för 3,5 miljoner kronor. Vem "
     "beslutar om upphandlingen?", True,
     [(KSD3, "Över 700 000 kr och högst 5 000 000 kr i totalt kontraktsvärde.")], ["kommundirektör"], []),
    ("who_decides", "politician",
     "Vem beslutar om en upphandling inom kommunstyrelsens område som är värd 12 miljoner kronor?", True,
     [(KSD3, "Över 5 000 000 kr och högst 20 000 000 kr.")], ["arbetsutskott"], []),
    ("who_decides", "politician",
     "Vem beslutar om kommundirektörens löneöversyn?", True,
     [(KSD3, "Löneöversyn för kommundirektören beslutas av kommunstyrelsens ordförande.")], ["ordförande"], []),
    ("who_decides", "resident",
     "Jag har fått ett föreläggande från räddningstjänsten med ett vite på 30 000 kronor. Vem på "
     "räddningstjänsten får fatta ett sådant beslut?", True,
     [(RNDO, "Beslut om föreläggande eller förbud förenat med vite")], ["avdelningschef"], []),
    ("who_decides", "politician",
     "Vem beslutar om ett föreläggande enligt lagen om skydd mot olyckor med ett vite på 80 000 kronor?", True,
     [(RNDO, "Beslut om föreläggande eller förbud förenat med vite över 50 000 kr")], ["räddningsnämnden"], []),
    ("who_decides", "resident",
     "Jag vill sota skorstenen i mitt fritidshus själv. Vem ger lov till det?", True,
     [(RNDO, "Medgivande för fastighetsägare att själv utföra")], ["brandinspektör"], []),
    ("who_decides", "resident",
     "Vi ska sälja fyrverkerier i vår butik inför nyår och behöver tillstånd för explosiva varor. Vem beslutar "
     "om tillståndet?", True,
     [(RNDO, "Tillstånd till hantering av explosiva varor")], ["avdelningschef"], []),
    ("who_decides", "resident",
     "Räddningstjänsten bröt upp min dörr och förstörde staketet vid en insats. Skadan är värd ungefär ett halvt "
     "prisbasbelopp. Vem beslutar om jag får ersättning?", True,
     [(RNDO, "Högst 1 prisbasbelopp per skadehändelse. Därutöver beslutar RN.")], ["räddningschef"], []),
    ("who_decides", "resident",
     "Min pappa har god man och vi behöver ta ut ungefär 1,5 prisbasbelopp från hans spärrade konto i år. Vem "
     "hos överförmyndaren beslutar?", True,
     [(OFN, "Högst 2 prisbasbelopp per kalenderår och huvudman.")], ["handläggare"], []),
    ("who_decides", "resident",
     "Vem beslutar om att entlediga en god man som har visat sig vara olämplig?", True,
     [(OFN, "Ej delegerat. I brådskande fall beslutar ORD.")], ["överförmyndarnämnden"], []),
    ("who_decides", "politician",
     "Tallmora Arena och Fritid AB vill investera 6 miljoner kronor i nya omklädningsrum inom budget. Vem "
     "beslutar om investeringen?", True,
     [(AGD, "Investeringar upp till 8 mnkr per investeringsobjekt")], ["styrelse"], []),
    ("who_decides", "politician",
     "Vem ska ta ställning innan Tallmora Arena och Fritid AB investerar 40 miljoner kronor i ny kylanläggning "
     "i ishallen?", True,
     [(AGD, "investering som överstiger 25 mnkr per investeringsobjekt")], ["kommunfullmäktige"], []),
    # ---------------- fact (10)
    ("fact", "politician",
     "Hur många ledamöter har räddningsnämnden Tallmora–Brännvik, och hur fördelas de mellan kommunerna?", True,
     [(RNREG, "Nämnden består av fem ledamöter och fem ersättare.")], ["fem|5", "tre|3", "två|2"], []),
    ("fact", "resident",
     "Vilken kommun är värdkommun för den gemensamma räddningsnämnden?", True,
     [(RNREG, "Tallmora kommun är värdkommun")], ["tallmora"], []),
    ("fact", "politician",
     "Hur fördelas kostnaderna för räddningstjänsten mellan Tallmora och Brännvik?", True,
     [(RNREG, "efter antalet invånare den 1 november")], ["invånare"], []),
    ("fact", "politician",
     "How many times a year must the joint rescue services board of Tallmora and Brännvik meet?", True,
     [(RNREG, "Nämnden sammanträder minst sex gånger per år.")], ["six|6|sex"], []),
    ("fact", "politician",
     "Vilket soliditetsmål har kommunfullmäktige satt för Tallmora Arena och Fritid AB?", True,
     [(AGD, "Soliditeten ska uppgå till minst 25 procent.")], ["25"], []),
    ("fact", "resident",
     "Får kommunen utdelning från Tallmora Arena och Fritid AB, eller vad ska bolaget göra med sitt överskott?",
     True, [(AGD, "Bolaget ska inte lämna utdelning till ägaren.")], ["underhåll"], []),
    ("fact", "resident",
     "Vi är ett gäng vuxna som spelar innebandy i en förening. Vad kostar det att hyra en hel sporthall en timme "
     "från januari 2027?", True,
     [(TAXA, "Sporthall, hel hall")], ["210"], []),
    ("fact", "resident",
     "Hur högt vite kan överförmyndaren sätta när en god man inte lämnar in sin årsräkning?", True,
     [(OFN, "Vitesbelopp högst 10 000 kr.")], ["10 000"], []),
    ("fact", "employee",
     "Hur länge får bibliotekschefen som längst stänga av en besökare från biblioteket?", True,
     [(KFN26, "Högst sex månader.")], ["sex månader|6 månader"], [KFN22]),
    ("fact", "resident",
     "Vad händer om vår förening avbokar en tid i sporthallen dagen innan, enligt 2027 års taxa?", True,
     [(TAXA, "Avbokning senare än 48 timmar före hyrestillfället")], ["full|hela"], []),
    # ---------------- which_applies (7)
    ("which_applies", "politician",
     "Vilken delegationsordning gäller för kultur- och fritidsnämnden i dag?", True,
     [(KFN26, "Ny delegationsordning som ersätter version 1.0.")], ["2026"], [KFN22]),
    ("which_applies", "employee",
     "Jag är bibliotekschef och ska tillsvidareanställa en bibliotekarie. Vilket styrdokument reglerar vem som "
     "beslutar om anställningen?", True,
     [(KFN26, "Beslut i personalärenden inom kultur- och fritidsförvaltningen fattas enligt kommunstyrelsens"),
      (KSD3, "Tillsvidareanställning och visstidsanställning längre än sex månader av övrig personal")],
     ["kommunstyrelsen"], [KFN22]),
    ("which_applies", "employee",
     "Fritidsavdelningen ska upphandla en tjänst. Ska vi följa kommunstyrelsens delegationsordning del 3 eller "
     "kultur- och fritidsnämndens egen delegationsordning?", True,
     [(KSD3, "Avsnitt 3.5 gäller upphandling inom kommunstyrelsens verksamhetsområde."),
      (KFN26, "Upphandling, tilldelning och tecknande av avtal över 1 500 000 kr")],
     ["kultur- och fritidsnämnden"], [KFN22]),
    ("which_applies", "resident",
     "Which fee schedule applies when our youth club rents the ice rink in February 2027, and what is the "
     "hourly rate?", True,
     [(TAXA, "Björkvallens ishall")], ["150"], []),
    ("which_applies", "politician",
     "Vilket reglemente styr räddningsnämnden och sedan när gäller det?", True,
     [(RNREG, "Reglementet gäller från och med den 1 januari 2026.")], ["2026-01-01|1 januari 2026"], []),
    ("which_applies", "politician",
     "Vilken delegationsordning gäller för räddningsnämnden och från vilket datum?", True,
     [(RNDO, "Delegationsordningen gäller från och med den 1 mars 2026")], ["1 mars 2026|2026-03-01"], []),
    ("which_applies", "resident",
     "Vilket styrdokument bestämmer vilka frågor Tallmora Arena och Fritid AB måste låta kommunfullmäktige ta "
     "ställning till?", True,
     [(AGD, "Bolaget ska bereda kommunfullmäktige möjlighet att ta ställning")], ["ägardirektiv"], []),
    # ---------------- doc_decision (6)
    ("doc_decision", "politician",
     "Vem antog kultur- och fritidsnämndens nuvarande delegationsordning och när?", True,
     [(KFN26, "Ny delegationsordning som ersätter version 1.0.")],
     ["kultur- och fritidsnämnden", "2026-02-19|19 februari 2026"], [KFN22]),
    ("doc_decision", "employee",
     "När beslutade kommunstyrelsen om delegationsordningen för personal- och upphandlingsärenden, och under "
     "vilken paragraf?", True,
     [(KSD3, "2025-12-09, § 231")], ["2025-12-09|9 december 2025", "§ 231"], []),
    ("doc_decision", "politician",
     "Vem har beslutat räddningsnämndens delegationsordning och när?", True,
     [(RNDO, "antog denna delegationsordning vid sitt sammanträde den 5 februari")],
     ["räddningsnämnden", "5 februari 2026|2026-02-05"], []),
    ("doc_decision", "politician",
     "När antog Brännviks kommunfullmäktige reglementet för räddningsnämnden, och vilken paragraf?", True,
     [(RNREG, "kommun 2025-11-27, § 89")], ["2025-11-27|27 november 2025", "§ 89"], []),
    ("doc_decision", "politician",
     "Vem fastställde ägardirektivet för Tallmora Arena och Fritid AB och när?", True,
     [(AGD, "2025-06-16, § 77")], ["kommunfullmäktige", "2025-06-16|16 juni 2025"], []),
    ("doc_decision", "resident",
     "Who adopted the 2027 fee schedule for sports and leisure facilities, and on what date?", True,
     [(TAXA, "Beslutad av kommunfullmäktige 2026-10-26, § 142")],
     ["kommunfullmäktige|municipal council|city council|council", "2026-10-26|26 october 2026|october 26, 2026"],
     []),
    # ---------------- yes_no (7)
    ("yes_no", "resident",
     "Gäller kommunens idrotts- och fritidspolitiska program fortfarande?", True,
     [(PROG, "Programmet gäller för perioden 2022-01-01–2025-12-31")], ["nej", "2025"], []),
    ("yes_no", "resident",
     "Gäller den nya taxan för idrottsanläggningarna redan nu?", True,
     [(TAXA, "Taxan gäller från och med den 1 januari 2027")], ["nej", "2027"], []),
    ("yes_no", "politician",
     "Kan räddningsnämnden själv besluta att lägga ned brandstationen i Brännvik?", True,
     [(RNREG, "Beslut om att inrätta eller avveckla en brandstation")], ["nej", "fullmäktige"], []),
    ("yes_no", "politician",
     "Får styrelsen i Tallmora Arena och Fritid AB bilda ett dotterbolag utan att kommunfullmäktige först tagit "
     "ställning?", True,
     [(AGD, "bildande, förvärv eller avveckling av dotterbolag")], ["nej", "kommunfullmäktige"], []),
    ("yes_no", "employee",
     "Får en enhetschef på kommunledningsförvaltningen själv direktupphandla för 400 000 kronor?", True,
     [(KSD3, "Över 100 000 kr och högst 700 000 kr.")], ["nej", "avdelningschef"], []),
    ("yes_no", "resident",
     "Får fritidschefen själv sätta ned hyran med 30 000 kronor för ett stort välgörenhetsevenemang?", True,
     [(KFN26, "Beslut om nedsättning av eller befrielse från hyra över 20 000 kr per arrangemang")],
     ["nej", FC], [KFN22]),
    ("yes_no", "politician",
     "Can the rescue services board hire its own fire chief, or is that done by the municipal executive board?",
     True,
     [(RNREG, "Räddningschefen anställs av nämnden efter samråd"),
      (KSD3, "utom räddningschefen, som anställs av räddningsnämnden")],
     ["räddningsnämnd|rescue"], []),
    # ---------------- supersession (5)
    ("supersession", "politician",
     "Vad har ersatt kultur- och fritidsnämndens delegationsordning från 2022?", True,
     [(KFN26, "Ny delegationsordning som ersätter version 1.0.")], ["2026-02-19|19 februari 2026|§ 14"], []),
    ("supersession", "resident",
     "Förut var det nämnden själv som beslutade om att stänga av en förening från kommunens anläggningar. Gäller "
     "det fortfarande?", True,
     [(KFN26, "Högst tre månader. Längre avstängning beslutas av AU.")], [FC], [KFN22]),
    ("supersession", "resident",
     "Enligt den gamla delegationsordningen fick föreningshandläggaren bevilja projektbidrag upp till 15 000 kr. "
     "Vad är gränsen nu?", True,
     [(KFN26, "Högst 25 000 kr per ansökan.")], ["25 000"], [KFN22]),
    ("supersession", "politician",
     "Vilken delegationsordning för räddningsnämnden ersatte den som antogs i juni 2023?", True,
     [(RNDO, "ersätter nämndens delegationsordning antagen den 15 juni 2023")],
     ["5 februari 2026|2026-02-05|§ 8"], []),
    ("supersession", "politician",
     "Vilken taxa ersätts av taxan för idrotts- och fritidsanläggningar 2027, och när sker bytet?", True,
     [(TAXA, "antog den 20 november 2023")], ["2023", "2027-01-01|1 januari 2027"], []),
    # ---------------- two_step (5)
    ("two_step", "politician",
     "Den nämnd som är dokumentansvarig för det idrotts- och fritidspolitiska programmet – vem är dess delegat "
     "för ett arrangemangsbidrag på 50 000 kr?", True,
     [(PROG, "Dokumentansvarig:"), (KFN26, "Över 25 000 kr och högst 100 000 kr per ansökan.")],
     ["kultur- och fritidsnämnden", FC], [KFN22]),
    ("two_step", "politician",
     "Från vilken kommun ska räddningsnämndens ordförande komma, och vem beslutar i nämndens brådskande "
     "ärenden?", True,
     [(RNREG, "Ordföranden väljs bland ledamöterna från Tallmora kommun"),
      (RNDO, "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas")],
     ["tallmora", "ordförande"], []),
    ("two_step", "resident",
     "Enligt ägardirektivet ska föreningstaxorna i Tallmora Arena och Fritid AB:s anläggningar följa kommunens "
     "taxa. Vad kostar banhyra i simhallen per timme för en vuxenförening enligt taxan som börjar gälla 2027?",
     True,
     [(AGD, "Föreningstaxor i bolagets anläggningar ska följa"), (TAXA, "Tallmora simhall, banhyra")],
     ["140"], []),
    ("two_step", "employee",
     "Vem har beslutat riktlinjen för representation och gåvor, och vem får enligt den besluta om extern "
     "representation för 8 000 kronor?", True,
     [(RL, "extern representation som överstiger 5 000 kr per tillfälle")], ["kommundirektör", "förvaltningschef"],
     []),
    ("two_step", "politician",
     "Taxan för 2027 säger att kultur- och fritidsnämnden får sätta ned avgifter i enskilda fall. Vem beslutar "
     "enligt nämndens delegationsordning om en nedsättning på 15 000 kr för ett arrangemang av allmänt "
     "intresse?", True,
     [(TAXA, "Kultur- och fritidsnämnden får i enskilda fall besluta om nedsättning"),
      (KFN26, "Högst 20 000 kr per arrangemang.")], ["fritidschef"], [KFN22]),
    # ---------------- unanswerable (12)
    ("unanswerable", "resident", "Vad kostar det att hyra en hel sporthall i Tallmora just nu, under 2026?", False,
     [], [], []),
    ("unanswerable", "resident", "Hur mycket arvode får en god man per månad i Tallmora?", False, [], [], []),
    ("unanswerable", "resident", "Vem är räddningschef för räddningstjänsten Tallmora–Brännvik?", False, [], [],
     []),
    ("unanswerable", "resident", "Vad kostar en sotning av en villa i Tallmora?", False, [], [], []),
    ("unanswerable", "resident",
     "Hur mycket lokalt aktivitetsstöd får en förening per deltagartillfälle?", False, [], [], []),
    ("unanswerable", "politician", "Hur många ledamöter har överförmyndarnämnden i Tallmora?", False, [], [], []),
    ("unanswerable", "resident", "Vilka öppettider har Tallmora simhall?", False, [], [], []),
    ("unanswerable", "resident", "Hur mycket kostar en plats i kulturskolan per termin?", False, [], [], []),
    ("unanswerable", "employee",
     "Hur lång uppsägningstid har en tillsvidareanställd i Tallmora kommun?", False, [], [], []),
    ("unanswerable", "resident", "Vem är VD för Tallmora Arena och Fritid AB?", False, [], [], []),
    ("unanswerable", "politician", "Hur många brandstationer finns det i Tallmora och Brännvik?", False, [], [],
     []),
    ("unanswerable", "resident", "When is the next meeting of the culture and leisure committee in Tallmora?",
     False, [], [], []),
    # ---------------- resident_internal (4)
    ("resident_internal", "resident",
     "Hur mycket får kommunen betala per person när tjänstemännen bjuder gäster på lunch?", False, [], [], [RL]),
    ("resident_internal", "resident",
     "Får en kommunanställd ta emot en julklapp från ett företag som säljer till kommunen?", False, [], [], [RL]),
    ("resident_internal", "resident",
     "Vad får en kommunanställd i present av kommunen när hen fyller 50?", False, [], [], [RL]),
    ("resident_internal", "resident", "Hur mycket får kommunens julbord kosta per person?", False, [], [], [RL]),
]


def main():
    counts = {}
    lines = []
    for n, (kind, aud, q, ans, gold, must, mnc) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        assert ans == bool(gold), (n, q)
        lines.append({
            "id": f"bb11-{n:03d}",
            "question": q,
            "audience": aud,
            "as_of": "2026-11-26",
            "as_of_in_words": False,
            "answerable": ans,
            "gold_documents": [f for f, _ in gold],
            "gold_pages": [page_of(f, a) for f, a in gold],
            "must_contain": [m.lower() for m in must],
            "must_not_cite": mnc,
            "kind": kind,
            "history": [],
        })
    assert len(lines) == 80, len(lines)
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} questions ({SET}) to {OUT}: {counts}")


if __name__ == "__main__":
    main()
