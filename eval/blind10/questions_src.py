#!/usr/bin/env python3
"""Write questions.jsonl (next to this file) for the blind10 held-out set.

HELD OUT: developers tuning Styrsvar must not read this file.

Each question names its gold documents with an anchor text: the gold page is
the page of that PDF whose pypdf text contains the anchor (asserted to be
found, and asserted to stand on one page only), so gold_pages are never
guessed. gold_pages is aligned with gold_documents (one page per document).
Run after build.py.
"""
import json
import os
import re

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")
AS_OF = "2026-11-26"

BUN26 = "sjohamra-bun-delegationsordning-2026.pdf"
BUN23 = "sjohamra-bun-delegationsordning-2023.pdf"
VONDO = "sjohamra-von-delegationsordning.pdf"
KSDO = "sjohamra-ks-delegationsordning-personal.pdf"
KDVD = "sjohamra-kd-vidaredelegering-personal.pdf"
REG = "sjohamra-reglemente-von.pdf"
SKJ = "sjohamra-riktlinjer-skolskjuts.pdf"
TAXA = "sjohamra-taxa-vard-omsorg-2027.pdf"
PLAN = "sjohamra-plan-heltid-2023-2025.pdf"
BIST = "sjohamra-riktlinjer-bistand-hemtjanst-sabo.pdf"

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_of(fname, anchor):
    if fname not in _cache:
        _cache[fname] = [norm(p.extract_text() or "") for p in PdfReader(os.path.join(HERE, "pdf", fname)).pages]
    hits = [i for i, t in enumerate(_cache[fname], 1) if norm(anchor) in t]
    if not hits:
        raise SystemExit(f"anchor not found in {fname}: {anchor!r}")
    if len(hits) > 1:
        raise SystemExit(f"anchor on more than one page in {fname} {hits}: {anchor!r}")
    return hits[0]


# (kind, audience, question, answerable, [(file, anchor)], must_contain, must_not_cite)
Q = [
    # ---------------- who_decides (24)
    ("who_decides", "employee",
     "Vi har fått en vattenläcka och behöver hålla förskolan stängd i tre dagar. Vem får besluta om det?", True,
     [(BUN26, "Högst fem dagar i följd; längre stängning beslutar ORD.")], ["förvaltningschef"], [BUN23]),
    ("who_decides", "politician",
     "Efter en brand måste en skola i Sjöhamra hållas stängd i två veckor. Vem beslutar om stängningen?", True,
     [(BUN26, "Beslut att stänga förskola, fritidshem eller skolenhet längre än fem dagar")], ["ordförande"],
     [BUN23]),
    ("who_decides", "employee",
     "Jag är rektor och vill direktupphandla nya elevdatorer för 80 000 kronor inom min skolas budget. Får jag "
     "besluta det själv?", True,
     [(BUN26, "Högst 100 tkr per tillfälle inom den egna enhetens budget")], ["rektor"], [BUN23]),
    ("who_decides", "employee",
     "Vi ska direktupphandla läromedel för 450 000 kronor till grundskolan. Vem på barn- och "
     "utbildningsförvaltningen får fatta det beslutet?", True,
     [(BUN26, "Över 100 tkr och högst 700 tkr per tillfälle")], ["avdelningschef"], [BUN23]),
    ("who_decides", "politician",
     "Ett nytt avtal om skolmåltider beräknas kosta 5 miljoner kronor under avtalstiden. Vem beslutar om "
     "upphandlingen?", True,
     [(BUN26, "Över 3 mnkr och högst 8 mnkr; över 8 mnkr beslutar BUN")], ["arbetsutskott"], [BUN23]),
    ("who_decides", "resident",
     "Who decides on school transport for my son when he lives every other week with me and with his father, "
     "both of us in Sjöhamra?", True,
     [(BUN26, "Beslut om skolskjuts vid växelvis boende")],
     ["skolskjutshandläggare|school transport officer|school transport administrator|school transport case "
      "officer"], [BUN23]),
    ("who_decides", "resident",
     "Vi bor 1,5 km från skolan, alltså under avståndsgränsen, men söker skolskjuts för vår dotter av särskilda "
     "familjeskäl som riktlinjerna inte tar upp. Det skulle kosta ungefär 45 000 kronor per läsår. Vem beslutar "
     "om ett sådant avsteg?", True,
     [(BUN26, "Särskilda skäl; kostnad högst 60 000 kr per elev och läsår")], ["avdelningschef"], [BUN23]),
    ("who_decides", "resident",
     "Vår son behöver specialanpassad skolskjuts som kostar runt 85 000 kr per läsår, vilket avviker från "
     "riktlinjerna. Vem beslutar om det?", True,
     [(BUN26, "Kostnad över 60 000 kr per elev och läsår")], ["arbetsutskott"], [BUN23]),
    ("who_decides", "employee",
     "Skolan vill köpa en extern neuropsykiatrisk utredning för en elev för 35 000 kronor. Vem beslutar om "
     "köpet?", True,
     [(BUN26, "Högst 40 000 kr per utredning")], ["elevhälsa"], [BUN23]),
    ("who_decides", "employee",
     "En fristående skola söker tilläggsbelopp på 200 000 kronor för ett läsår för en elev med stora "
     "stödbehov. Vem beslutar?", True,
     [(BUN26, "Över 150 000 kr per elev och läsår")], ["förvaltningschef"], [BUN23]),
    ("who_decides", "resident",
     "Min pappa behöver hemtjänst ungefär 140 timmar i månaden. Vem på kommunen fattar beslutet om så mycket "
     "hemtjänst?", True,
     [(VONDO, "Bistånd i form av hemtjänst över 120 timmar per månad")], ["myndighetsenhet"], []),
    ("who_decides", "resident",
     "Vem beslutar om trygghetslarm till en äldre person i Sjöhamra?", True,
     [(VONDO, "Bistånd i form av trygghetslarm")], ["biståndshandläggare"], []),
    ("who_decides", "resident",
     "Min mamma kan inte bo kvar hemma längre. Vem bestämmer om hon får en plats på äldreboende?", True,
     [(VONDO, "Bistånd i form av särskilt boende (vård- och omsorgsboende)")], ["myndighetsenhet"], []),
    ("who_decides", "resident",
     "Min bror har rätt till ledsagarservice enligt LSS och behöver cirka 30 timmar i månaden. Vem beslutar om "
     "det?", True,
     [(VONDO, "Ledsagarservice eller avlösarservice utöver timgränserna i C.3 och C.5")], ["myndighetsenhet"],
     []),
    ("who_decides", "politician",
     "En extern plats i en LSS-bostad kostar 3,1 miljoner kronor per år. Vem beslutar om köpet?", True,
     [(VONDO, "Över 2,5 mnkr per plats och år")], ["arbetsutskott"], []),
    ("who_decides", "employee",
     "Vem gör anmälan enligt lex Maria när en boende på ett särskilt boende fått en vårdskada?", True,
     [(VONDO, "Anmälan till Inspektionen för vård och omsorg om vårdskada (lex Maria)")],
     ["medicinskt ansvarig sjuksköterska"], []),
    ("who_decides", "employee",
     "En obetald omsorgsavgift på ungefär 30 000 kronor, mindre än ett prisbasbelopp, behöver skrivas av. Vem "
     "får besluta om avskrivningen?", True,
     [(VONDO, "Högst 1 prisbasbelopp per fordran")], ["myndighetsenhet"], []),
    ("who_decides", "politician",
     "Vem anställer en ny förvaltningschef i Sjöhamra kommun?", True,
     [(KSDO, "Anställning av förvaltningschef")], ["kommundirektör"], []),
    ("who_decides", "employee",
     "Vi förhandlar om ett avslut med en medarbetare och diskuterar ett avgångsvederlag på nio månadslöner. "
     "Vem har rätt att besluta om det?", True,
     [(KSDO, "Över 6 och högst 12 månadslöner")], ["kommundirektör"], []),
    ("who_decides", "employee",
     "En undersköterska vill vara tjänstledig utan lön i ett år för att prova ett annat jobb. Vem beslutar?",
     True, [(KSDO, "Tjänstledighet utan lön längre än sex månader")], ["förvaltningschef"], []),
    ("who_decides", "employee",
     "Vem får teckna lokala kollektivavtal för kommunen?", True,
     [(KSDO, "Teckna lokala kollektivavtal")], ["förhandlingschef"], []),
    ("who_decides", "politician",
     "Who sets the salary and terms of employment for the municipal director (kommundirektören) in Sjöhamra?",
     True, [(KSDO, "Lön och anställningsvillkor för kommundirektören")],
     ["personalutskott|personnel committee|staff committee|hr committee|personnel subcommittee"], []),
    ("who_decides", "employee",
     "Jag är enhetschef i hemtjänsten. En medarbetare vill arbeta på distans från Portugal i tre veckor i vår. "
     "Får jag besluta det, eller vem gör det?", True,
     [(KDVD, "Högst 30 arbetsdagar per kalenderår")], ["förvaltningschef"], []),
    ("who_decides", "resident",
     "Vem bestämmer om kommunen ska lägga ned ett äldreboende?", True,
     [(REG, "Beslut om att inrätta eller avveckla ett särskilt boende fattas av kommunfullmäktige")],
     ["kommunfullmäktige"], []),
    # ---------------- fact (9)
    ("fact", "resident",
     "Mitt barn börjar i årskurs 5 i höst. Hur långt måste vi bo från skolan för att få skolskjuts?", True,
     [(SKJ, "Årskurs 4–6")], ["3 km|3 kilometer|tre kilometer"], []),
    ("fact", "resident",
     "När måste man senast ansöka om skolskjuts inför nästa läsår?", True,
     [(SKJ, "Ansökan ska lämnas senast den 15 maj inför kommande läsår")], ["15 maj"], []),
    ("fact", "resident",
     "Hur länge kan ett barn som åker skolskjuts behöva vänta på skolan innan skoldagen börjar?", True,
     [(SKJ, "Längsta väntetid vid skolan")], ["40 minuter"], []),
    ("fact", "politician",
     "Hur många ledamöter och ersättare har vård- och omsorgsnämnden?", True,
     [(REG, "Nämnden består av nio ledamöter och fem ersättare")], ["nio|9", "fem|5"], []),
    ("fact", "resident",
     "Hur ofta får man hjälp med städning om man har hemtjänst i Sjöhamra?", True,
     [(BIST, "Som riktmärke beviljas städning var tredje vecka")], ["tredje vecka|var 3"], []),
    ("fact", "resident",
     "Vad kommer trygghetslarmet att kosta per månad från januari 2027?", True,
     [(TAXA, "Trygghetslarm, per månad")], ["340"], []),
    ("fact", "politician",
     "Vilket mål hade kommunen för andelen heltidsanställda i planen för heltid som norm?", True,
     [(PLAN, "85 procent den 31 december 2025")], ["85"], []),
    ("fact", "employee",
     "Hur stort marknadstillägg får HR-chefen bevilja, och hur länge?", True,
     [(KDVD, "Högst 3 000 kr per månad och högst 24 månader")], ["3 000", "24 månader"], []),
    ("fact", "resident",
     "Hur lång tid kan det ta innan man får en plats när man har beviljats särskilt boende?", True,
     [(BIST, "ska erbjudas en plats inom tre månader från beslutet")], ["tre månader|3 månader"], []),
    # ---------------- which_applies (7)
    ("which_applies", "employee",
     "Vilken delegationsordning gäller för barn- och utbildningsnämnden nu?", True,
     [(BUN26, "2026-02-18, § 12")], ["2026-02-18|18 februari 2026|§ 12"], [BUN23]),
    ("which_applies", "resident",
     "Min dotter börjar i årskurs 1 och vi bor 2,5 km från skolan. Vilka regler avgör om hon får skolskjuts, "
     "och klarar vi avståndsgränsen?", True,
     [(SKJ, "Förskoleklass och årskurs 1–3")], ["riktlinjer för skolskjuts", "2 km|2 kilometer|två kilometer"],
     []),
    ("which_applies", "resident",
     "Jag har hemtjänst. Är det taxan för 2027 som gäller för min avgift just nu?", True,
     [(TAXA, "att taxan ersätter Taxa för vård och omsorg, fastställd av kommunfullmäktige 2023-11-27, § 139")],
     ["2027-01-01|1 januari 2027", "2023-11-27|27 november 2023|§ 139"], []),
    ("which_applies", "politician",
     "Vilket reglemente styr vård- och omsorgsnämnden, och sedan när gäller det?", True,
     [(REG, "Gäller från 2024-07-01")], ["2024-07-01|1 juli 2024"], []),
    ("which_applies", "employee",
     "Vilken version av vård- och omsorgsnämndens delegationsordning ska jag använda när jag fattar beslut om "
     "hemtjänst?", True,
     [(VONDO, "Revidering i sin helhet; gäller från 2025-10-01")], ["2.0", "2025-09-17|17 september 2025"], []),
    ("which_applies", "employee",
     "Jag är rektor och ska anställa en lärare tills vidare. Vilket styrdokument säger vem som beslutar om "
     "anställningen, och vem är det?", True,
     [(KSDO, "Tillsvidareanställning av övrig personal")], ["personalärenden", "närmaste chef|rektor"], []),
    ("which_applies", "resident",
     "Which guidelines does the municipality use when it assesses whether an elderly person can get a place in "
     "a nursing home (särskilt boende)?", True,
     [(BIST, "Särskilt boende kan beviljas den som har ett omfattande och varaktigt behov")],
     ["biståndsbedömning"], []),
    # ---------------- doc_decision (7)
    ("doc_decision", "resident",
     "Vem har antagit riktlinjerna för skolskjuts och när?", True,
     [(SKJ, "Riktlinjerna antogs av barn- och utbildningsnämnden 2026-03-18, § 24")],
     ["barn- och utbildningsnämnden", "2026-03-18|18 mars 2026"], []),
    ("doc_decision", "politician",
     "När beslutade kommunfullmäktige om den nya taxan för vård och omsorg, och vilken paragraf?", True,
     [(TAXA, "PROTOKOLLSUTDRAG Sammanträdesdatum 2026-10-26")], ["2026-10-26|26 oktober 2026", "§ 112"], []),
    ("doc_decision", "politician",
     "Vem antog reglementet för vård- och omsorgsnämnden och när?", True,
     [(REG, "Antagen av kommunfullmäktige 2024-06-17")], ["kommunfullmäktige", "2024-06-17|17 juni 2024"], []),
    ("doc_decision", "employee",
     "När reviderades kommunstyrelsens delegationsordning för personalärenden senast, och vilken paragraf?",
     True, [(KSDO, "Reviderad: 2026-04-21, § 66")], ["2026-04-21|21 april 2026", "§ 66"], []),
    ("doc_decision", "employee",
     "Vem beslutade riktlinjerna för biståndsbedömning i hemtjänst och särskilt boende, och vilket "
     "diarienummer har de?", True,
     [(BIST, "VON 2025/140")], ["vård- och omsorgsnämnden", "von 2025/140"], []),
    ("doc_decision", "politician",
     "Vem antog planen för heltid som norm och när?", True,
     [(PLAN, "2023-02-07, § 18")], ["kommunstyrelsen", "2023-02-07|7 februari 2023"], []),
    ("doc_decision", "politician",
     "Vilket diarienummer och vilken paragraf har vård- och omsorgsnämndens gällande delegationsordning?", True,
     [(VONDO, "VON 2025/88")], ["von 2025/88", "§ 71"], []),
    # ---------------- yes_no (7)
    ("yes_no", "politician",
     "Gäller planen för heltid som norm fortfarande?", True,
     [(PLAN, "Planen gäller till och med 2025-12-31")], ["nej", "2025-12-31|31 december 2025"], []),
    ("yes_no", "resident",
     "Har den nya taxan för vård och omsorg redan börjat gälla?", True,
     [(TAXA, "att taxan gäller från och med 2027-01-01")], ["nej", "2027-01-01|1 januari 2027"], []),
    ("yes_no", "employee",
     "Får en biståndshandläggare själv bevilja korttidsvistelse i sex veckor i sträck?", True,
     [(VONDO, "Bistånd i form av korttidsvistelse över 30 dagar")], ["nej", "myndighetsenhet"], []),
    ("yes_no", "resident",
     "Kan mitt barn åka skolskjuts till fritids efter skolan?", True,
     [(SKJ, "Skolskjuts ges inte till eller från fritidshem")], ["nej"], []),
    ("yes_no", "employee",
     "Kan förvaltningschefen på barn- och utbildningsförvaltningen besluta att ett barn får fullgöra "
     "skolplikten på annat sätt?", True,
     [(BUN26, "Beslut om att elev får fullgöra skolplikten på annat sätt")],
     ["nej", "barn- och utbildningsnämnden|nämnden"], [BUN23]),
    ("yes_no", "employee",
     "Får HR-chefen själv besluta om ett avgångsvederlag på åtta månadslöner?", True,
     [(KSDO, "Över 6 och högst 12 månadslöner")], ["nej", "kommundirektör"], []),
    ("yes_no", "resident",
     "Min mamma kommer hem från sjukhuset i februari 2027 och ska få hemtjänst. Måste hon betala för "
     "hemtjänsten de första dagarna?", True,
     [(TAXA, "Avgift tas inte ut för hemtjänst under de första 14 dagarna efter utskrivning från sjukhus")],
     ["nej", "14"], []),
    # ---------------- supersession (5)
    ("supersession", "politician",
     "Vad har ersatt barn- och utbildningsnämndens delegationsordning från 2023?", True,
     [(BUN26, "2026-02-18, § 12")], ["2026-02-18|18 februari 2026|§ 12"], []),
    ("supersession", "employee",
     "Förr fick en rektor bara direktupphandla för upp till 50 000 kronor. Gäller den gränsen fortfarande?", True,
     [(BUN26, "Högst 100 tkr per tillfälle inom den egna enhetens budget")], ["100 tkr|100 000"], [BUN23]),
    ("supersession", "politician",
     "Tidigare var det nämnden själv som beslutade om vitesföreläggande när en elev inte fullgör sin skolplikt. "
     "Är det fortfarande så?", True,
     [(BUN26, "Föreläggande vid vite för vårdnadshavare att se till att eleven fullgör sin skolplikt")],
     ["arbetsutskott"], [BUN23]),
    ("supersession", "politician",
     "Vilken taxa ersätts av taxan för vård och omsorg 2027?", True,
     [(TAXA, "att taxan ersätter Taxa för vård och omsorg, fastställd av kommunfullmäktige 2023-11-27, § 139")],
     ["2023-11-27|27 november 2023"], []),
    ("supersession", "politician",
     "Vilken version av vård- och omsorgsnämndens delegationsordning ersattes 2025, och när hade den "
     "beslutats?", True,
     [(VONDO, "Version 2.0 ersätter version 1.1 i sin helhet")], ["1.1", "2023-11-22|22 november 2023"], []),
    # ---------------- two_step (5)
    ("two_step", "politician",
     "Den nämnd som antog riktlinjerna för skolskjuts – vem är dess delegat för beslut om tilläggsbelopp på "
     "100 000 kronor för en elev?", True,
     [(SKJ, "Riktlinjerna antogs av barn- och utbildningsnämnden 2026-03-18, § 24"),
      (BUN26, "Högst 150 000 kr per elev och läsår")],
     ["barn- och utbildningsnämnden", "elevhälsa"], [BUN23]),
    ("two_step", "politician",
     "Vem antog riktlinjerna för biståndsbedömning, och vem är enligt den nämndens delegationsordning delegat "
     "för beslut om särskilt boende?", True,
     [(BIST, "VON 2025/140"), (VONDO, "Bistånd i form av särskilt boende (vård- och omsorgsboende)")],
     ["vård- och omsorgsnämnden", "myndighetsenhet"], []),
    ("two_step", "resident",
     "Vem fastställer avgifterna inom vård och omsorg enligt nämndens reglemente, och vad kostar en timme "
     "hemtjänst enligt den taxa som är beslutad för 2027?", True,
     [(REG, "Kommunfullmäktige fastställer taxor och avgifter inom nämndens verksamhetsområde"),
      (TAXA, "Hemtjänst, per utförd timme")],
     ["kommunfullmäktige", "395"], []),
    ("two_step", "politician",
     "Vem anställer förvaltningschefen för vård- och omsorgsförvaltningen, och vem bestämmer förvaltningschefens "
     "lön?", True,
     [(REG, "anställs av kommundirektören efter samråd med nämndens presidium"),
      (KSDO, "Lön och anställningsvillkor för förvaltningschef")],
     ["kommundirektör"], []),
    ("two_step", "politician",
     "Den styrelse som beslutade planen för heltid som norm – vem är dess delegat för uppsägning på grund av "
     "arbetsbrist?", True,
     [(PLAN, "2023-02-07, § 18"), (KSDO, "Uppsägning på grund av arbetsbrist")],
     ["kommunstyrelsen", "hr-chef"], []),
    # ---------------- unanswerable (11)
    ("unanswerable", "resident", "Vad kostar en förskoleplats i Sjöhamra per månad?", False, [], [], []),
    ("unanswerable", "politician", "Hur många elever åker skolskjuts i Sjöhamra kommun?", False, [], [], []),
    ("unanswerable", "resident", "Vilken skola hör vi till om vi bor i centrala Sjöhamra?", False, [], [], []),
    ("unanswerable", "resident", "Hur lång är kön till särskilt boende just nu?", False, [], [], []),
    ("unanswerable", "resident", "Vilka dagar har grundskolan studiedagar i höst?", False, [], [], []),
    ("unanswerable", "resident", "Hur mycket tjänar en undersköterska i hemtjänsten i Sjöhamra?", False, [], [],
     []),
    ("unanswerable", "resident", "Vilket bussbolag kör skolskjutsarna i kommunen?", False, [], [], []),
    ("unanswerable", "resident", "Vad heter förvaltningschefen för vård- och omsorgsförvaltningen?", False, [],
     [], []),
    ("unanswerable", "politician", "Hur många platser finns det på kommunens särskilda boenden?", False, [], [],
     []),
    ("unanswerable", "resident", "Vad kostar en resa med färdtjänst i Sjöhamra?", False, [], [], []),
    ("unanswerable", "resident", "När har barn- och utbildningsnämnden sitt nästa sammanträde?", False, [], [],
     []),
    # ---------------- resident_internal (5)
    ("resident_internal", "resident",
     "Jag jobbar åt kommunen men vill vara hos min familj i Spanien ett tag. Vem bestämmer om en anställd får "
     "jobba på distans från utlandet?", False, [], [], [KDVD]),
    ("resident_internal", "resident", "Hur stort marknadstillägg kan en kommunanställd få?", False, [], [],
     [KDVD]),
    ("resident_internal", "resident", "Vem beslutar om förmånsbil för anställda i Sjöhamra kommun?", False, [],
     [], [KDVD]),
    ("resident_internal", "resident",
     "Vem bestämmer om en kommunanställd som fått för mycket lön måste betala tillbaka?", False, [], [], [KDVD]),
    ("resident_internal", "resident", "Hur stort friskvårdsbidrag får kommunens anställda?", False, [], [],
     [KDVD]),
]


def main():
    counts = {}
    lines = []
    seen = set()
    for n, (kind, aud, q, ans, gold, must, mnc) in enumerate(Q, 1):
        assert q not in seen, q
        seen.add(q)
        assert ans == bool(gold), q
        for f in mnc:
            assert f not in [g for g, _ in gold], q
        counts[kind] = counts.get(kind, 0) + 1
        lines.append({
            "id": f"bl10-{n:03d}",
            "question": q,
            "audience": aud,
            "as_of": AS_OF,
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
    print(f"wrote {len(lines)} questions to {OUT}: {counts}")


if __name__ == "__main__":
    main()
