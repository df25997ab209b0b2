#!/usr/bin/env python
"""Write questions.jsonl for the blind6 collection.

Gold pages are never typed by hand: each question names where its answer stands
(a truth row, a truth statement or a text fragment) and the page is looked up in
truth.json or in pypdf's extract_text() of the built PDF. Run after build.py.
"""
import json
import os

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))

KS24 = "bky-ks-delegationsordning-2024.pdf"
KS26 = "bky-ks-delegationsordning-2026.pdf"
SN = "bky-sn-delegationsordning-2025.pdf"
BUN = "bky-bun-delegationsordning.pdf"
MBN = "bky-mbn-delegationsordning.pdf"
REG = "bky-reglemente-kommunstyrelsen.pdf"
POL = "bky-policy-inkop-upphandling.pdf"
RIK = "bky-riktlinje-representation-intern.pdf"
TAX = "bky-taxa-alkohol-tobak-2026.pdf"
PLAN = "bky-plan-krisberedskap-2024-2027.pdf"

_text = {}


def norm(t):
    return " ".join((t or "").split())


def pages_text(f):
    if f not in _text:
        _text[f] = [norm(p.extract_text()) for p in PdfReader(os.path.join(HERE, "pdf", f)).pages]
    return _text[f]


def row(f, matter, cond=None):
    hits = [r for r in TRUTH[f]["decisions"] if r["matter"] == matter and (cond is None or (r["condition"] or "").startswith(cond))]
    assert len(hits) == 1, (f, matter, cond, hits)
    return (f, hits[0]["page"])


def stmt(f, frag):
    hits = [r for r in TRUTH[f]["statements"] if frag in r["matter"]]
    assert len(hits) == 1, (f, frag)
    return (f, hits[0]["page"])


def text(f, frag):
    pg = [i for i, t in enumerate(pages_text(f), 1) if norm(frag) in t]
    assert pg, (f, frag)
    return (f, pg[0])


Q = []


def q(kind, question, audience, locs, must, not_cite=(), answerable=True):
    docs, pages = [], []
    for f, p in locs:
        docs.append(f)
        pages.append(p)
    Q.append(dict(question=question, audience=audience, answerable=answerable, gold_documents=docs,
                  gold_pages=pages, must_contain=list(must), must_not_cite=list(not_cite), kind=kind))


LIV = "Bistånd till livsföring i övrigt (t.ex. tandvård, glasögon, hemutrustning)"

# ------------------------------------------------------------------ who_decides (30)
W = "who_decides"
q(W, "Vem beslutar om min ansökan om hemtjänst?", "resident",
  [row(SN, "Bistånd i form av hemtjänst")], ["biståndshandläggare"])
q(W, "En klient söker bistånd till hemutrustning som motsvarar ungefär 0,8 prisbasbelopp. Vem är delegat?",
  "employee", [row(SN, LIV, "Upp till 1")], ["förste socialsekreterare"])
q(W, "Vem får besluta om bistånd till tandvård eller glasögon när beloppet är över ett prisbasbelopp per år?",
  "employee", [row(SN, LIV, "Över 1")], ["enhetschef"])
q(W, "Who decides whether my child can be placed in a foster family?", "resident",
  [row(SN, "Beslut om placering av barn i familjehem eller hem för vård eller boende (HVB)")], ["individutskott"])
q(W, "Vem fattar beslut om omedelbart omhändertagande av ett barn enligt LVU om individutskottet inte hinner "
     "sammanträda?", "politician",
  [row(SN, "Beslut om omedelbart omhändertagande av barn eller ungdom")], ["ordförande"])
q(W, "Min mamma klarar sig inte hemma längre och behöver plats på ett äldreboende. Vem bestämmer om hon får det?",
  "resident", [row(SN, "Bistånd i form av särskilt boende")], ["biståndshandläggare", "enhetschef"])
q(W, "Vem beslutar om placering av en vuxen missbrukare på HVB när placeringen beräknas pågå i fyra månader?",
  "employee", [row(SN, "Bistånd i form av placering på HVB för vuxna", "Över")], ["individutskott"])
q(W, "Vem kan besluta att efterge ett återkrav av ekonomiskt bistånd?", "employee",
  [row(SN, "Beslut att helt eller delvis efterge återkrav")], ["avdelningschef"])
q(W, "Vi har separerat och vill skriva ett avtal om var barnen ska bo och hur umgänget ska se ut. Vem på kommunen "
     "godkänner avtalet?", "resident",
  [row(SN, "Godkännande av avtal om vårdnad, boende och umgänge")], ["familjerättssekreterare"])
q(W, "Vem beslutar om jag kan få sänkt avgift för hemtjänsten?", "resident",
  [row(SN, "Nedsättning av avgift för hemtjänst och särskilt boende")], ["avgiftshandläggare"])
q(W, "Vem får besluta om en direktupphandling på 120 000 kr inom kommunledningsförvaltningen?", "employee",
  [row(KS26, "Direktupphandling av varor och tjänster", "Över 30 000")], ["kommundirektör"], [KS24])
q(W, "Vi behöver köpa konsulttjänster för cirka 20 000 kr på kommunledningsförvaltningen. Vem får fatta beslutet?",
  "employee", [row(KS26, "Direktupphandling av varor och tjänster", "Upp till")], ["avdelningschef"], [KS24])
q(W, "Vår förening söker 30 000 kr i projektbidrag från kommunen. Vem beslutar om det?", "resident",
  [row(KS26, "Projektbidrag till föreningar", "Över")], ["arbetsutskott"], [KS24])
q(W, "Vem beslutar om ett projektbidrag på 8 000 kr till en förening?", "employee",
  [row(KS26, "Projektbidrag till föreningar", "Högst 10 000")], ["föreningshandläggare"], [KS24])
q(W, "Vem anställer en ny förvaltningschef?", "politician",
  [row(KS26, "Anställning av förvaltningschef")], ["kommundirektör"], [KS24])
q(W, "Jag har svårt att gå. Vem beslutar om jag får ett parkeringstillstånd för rörelsehindrade?", "resident",
  [row(KS26, "Parkeringstillstånd för rörelsehindrade")], ["trafikhandläggare"], [KS24])
q(W, "Vår ideella förening ordnar en cup i kommunens idrottshall. Vem kan besluta om lägre hyra för hallen?",
  "resident", [row(KS26, "Nedsättning av hyra för kommunens idrottshallar vid ideella arrangemang")],
  ["kultur- och fritidschef"], [KS24])
q(W, "Who is allowed to decide on the sale of a municipal residential building plot (villatomt)?", "resident",
  [row(KS26, "Försäljning av villatomter")], ["exploateringsingenjör"], [KS24])
q(W, "Vem får besluta att inte lämna ut en allmän handling som finns hos kommunstyrelsen?", "employee",
  [row(KS26, "Beslut att inte lämna ut allmän handling eller att lämna ut den med förbehåll")],
  ["kanslichef", "kommundirektör"], [KS24])
q(W, "Jag vill bygga till mitt hus som ligger inom detaljplan och tillbyggnaden följer planen. Vem fattar beslut om "
     "bygglovet?", "resident",
  [row(MBN, "Bygglov för nybyggnad, tillbyggnad eller ändring av en- och tvåbostadshus inom detaljplan")],
  ["bygglovshandläggare"])
q(W, "Min granne har lämnat invändningar mot att jag vill bygga ett hus på landet, utanför detaljplan. Vem beslutar "
     "om bygglovet då?", "resident",
  [row(MBN, "Bygglov för åtgärd utanför detaljplan", "Om erinringar")], ["arbetsutskott"])
q(W, "Vem ger startbesked för ett attefallshus?", "resident",
  [row(MBN, "Startbesked för anmälningspliktig åtgärd, t.ex. komplementbostadshus (attefallshus)")],
  ["byggnadsinspektör"])
q(W, "Vem beslutar om en byggsanktionsavgift på 80 000 kr?", "politician",
  [row(MBN, "Beslut om byggsanktionsavgift", "Över")], ["arbetsutskott"])
q(W, "Jag vill bygga en bastu nära sjön. Vem beslutar om dispens från strandskyddet?", "resident",
  [row(MBN, "Dispens från strandskyddsbestämmelserna")], ["arbetsutskott"])
q(W, "Vem ger tillstånd till ett enskilt avlopp med vattentoalett i mitt fritidshus?", "resident",
  [row(MBN, "Tillstånd att inrätta avloppsanordning med vattentoalett")],
  ["miljö- och hälsoskyddsinspektör|hälsoskyddsinspektör"])
q(W, "Mitt barn bor varannan vecka hos mig och varannan hos sin pappa. Vem beslutar om skolskjuts från båda "
     "adresserna?", "resident", [row(BUN, "Skolskjuts vid växelvis boende")], ["skolskjutshandläggare"])
q(W, "Vem bestämmer om mitt barn får vara ledigt från skolan i två veckor för en familjeresa?", "resident",
  [stmt(BUN, "Rektor beslutar om ledighet")], ["rektor"])
q(W, "Vem får besluta att stänga en förskola vid en extraordinär händelse?", "employee",
  [stmt(BUN, "stänga en förskola")], ["förvaltningschef"])
q(W, "Vem beslutar att krisledningsnämnden ska träda i funktion?", "politician",
  [stmt(PLAN, "träda i funktion")], ["ordförande"])
q(W, "Vi vill bjuda på vin vid en representationsmiddag med gäster från en vänort. Vem måste godkänna det?",
  "employee", [row(RIK, "Representation där alkohol serveras")], ["kommundirektör"])

# ------------------------------------------------------------------ fact (11)
F = "fact"
q(F, "Vad kostar ett tillfälligt serveringstillstånd för allmänheten?", "resident",
  [text(TAX, "Tillfälligt serveringstillstånd till allmänheten")], ["4 500|4500"])
q(F, "Hur mycket kostar kunskapsprovet för serveringstillstånd?", "resident",
  [text(TAX, "Kunskapsprov, per provtillfälle")], ["1 300|1300"])
q(F, "Vår restaurang säljer alkohol för ungefär 800 000 kr om året. Hur hög blir den rörliga tillsynsavgiften?",
  "resident", [text(TAX, "500 001 – 1 000 000")], ["3 500|3500"])
q(F, "What is the fee for applying for a licence to sell tobacco products?", "resident",
  [text(TAX, "Ansökan om tillstånd att sälja tobaksvaror")], ["9 500|9500"])
q(F, "Hur stor andel av kommunens livsmedelsinköp ska vara ekologiska?", "politician",
  [text(POL, "Minst 40 procent")], ["40"])
q(F, "Inom hur många dagar ska kommunen betala sina leverantörer?", "resident",
  [text(POL, "inom 30 dagar från fakturadatum")], ["30 dagar"])
q(F, "Vart kan jag vända mig för information och stöd om det blir en större kris i kommunen?", "resident",
  [text(PLAN, "Kommunens trygghetspunkter finns vid")], ["bibliotek", "norrsjö", "lunda"])
q(F, "Hur många ledamöter och ersättare har kommunstyrelsen?", "politician",
  [text(REG, "består av 13 ledamöter")], ["13", "7"])
q(F, "Hur många offerter behövs när vi direktupphandlar för 300 000 kr?", "employee",
  [text(POL, "Minst tre skriftliga offerter")], ["tre|3"])
q(F, "Vilka ingår i krisledningsnämnden?", "politician",
  [text(PLAN, "Krisledningsnämnden består av kommunstyrelsens arbetsutskott")], ["arbetsutskott"])
q(F, "När på året faktureras tillsynsavgiften för serveringstillstånd?", "resident",
  [text(TAX, "faktureras i mars")], ["mars"])

# ------------------------------------------------------------------ which_applies (6)
A = "which_applies"
q(A, "Vilken delegationsordning gäller för kommunstyrelsen just nu?", "politician",
  [text(KS26, "2026-02-11, § 18")], ["2026-02-11|11 februari 2026|2026-03-01|1 mars 2026"], [KS24])
q(A, "Vilket dokument styr vilka gåvor och vilken uppvaktning jag som anställd får ge och ta emot?", "employee",
  [text(RIK, "Riktlinje för representation, gåvor och uppvaktning")], ["riktlinje för representation"])
q(A, "Vilket styrdokument bestämmer avgiften för att sälja folköl?", "resident",
  [text(TAX, "Anmälan om försäljning av folköl")],
  ["taxa för tillstånd och tillsyn|alkohollagen och lagen om tobak", "1 800|1800"])
q(A, "Vilken plan gäller för kommunens krisberedskap och hur länge gäller den?", "politician",
  [text(PLAN, "till och med den 31 december 2027")], ["extraordinära händelser", "2027"])
q(A, "Vilken version av socialnämndens delegationsordning gäller och från vilket datum?", "employee",
  [text(SN, "Gäller från och med 2025-06-01")], ["2025-06-01|1 juni 2025"])
q(A, "Vilket dokument beskriver kommunstyrelsens uppgifter och hur styrelsen är sammansatt?", "politician",
  [text(REG, "Reglemente för kommunstyrelsen")], ["reglemente för kommunstyrelsen"])

# ------------------------------------------------------------------ supersession (5)
U = "supersession"
q(U, "Gäller kommunstyrelsens delegationsordning från 2024 fortfarande?", "politician",
  [text(KS26, "Delegationsordning för kommunstyrelsen antagen 2024-02-14, § 22")],
  ["2026-02-11|2026-03-01|11 februari 2026|1 mars 2026"])
q(U, "Hur stor direktupphandling fick kommundirektören besluta om enligt kommunstyrelsens tidigare "
     "delegationsordning, och vad gäller nu?", "employee",
  [row(KS24, "Direktupphandling av varor och tjänster"), row(KS26, "Direktupphandling av varor och tjänster", "Över 30 000")],
  ["100 000|100000", "150 000|150000"])
q(U, "Vem anställde förvaltningschefer enligt kommunstyrelsens förra delegationsordning, och vem gör det nu?",
  "politician", [row(KS24, "Anställning av förvaltningschef"), row(KS26, "Anställning av förvaltningschef")],
  ["arbetsutskott", "kommundirektör"])
q(U, "Stämmer det att kommunstyrelsens arbetsutskott får köpa och sälja fastigheter för högst 2 miljoner kronor?",
  "politician", [row(KS26, "Köp och försäljning av fast egendom")], ["3 000 000|3 miljoner|3000000"], [KS24])
q(U, "Vilken delegationsordning ersatte kommunstyrelsens delegationsordning från 2021, och gäller den fortfarande?",
  "employee", [text(KS24, "antagen 2021-06-09, § 87"), text(KS26, "antagen 2024-02-14, § 22")],
  ["2024-02-14|14 februari 2024", "2026"])

# ------------------------------------------------------------------ doc_decision (6)
D = "doc_decision"
q(D, "Vem antog reglementet för kommunstyrelsen och när?", "politician",
  [text(REG, "Antaget av kommunfullmäktige 2022-12-12, § 201")], ["kommunfullmäktige", "2022-12-12|12 december 2022"])
q(D, "Vem har beslutat riktlinjen för representation, gåvor och uppvaktning, och när?", "employee",
  [text(RIK, "Beslutsdatum 2025-03-03")], ["kommundirektör", "2025-03-03|3 mars 2025"])
q(D, "När beslutade miljö- och byggnadsnämnden om sin nuvarande delegationsordning?", "politician",
  [text(MBN, "Antagen av miljö- och byggnadsnämnden 2025-09-17, § 84")], ["2025-09-17|17 september 2025"])
q(D, "Vilket datum och vilken paragraf har barn- och utbildningsnämndens beslut om delegationsordningen?",
  "politician", [text(BUN, "2025-12-09, § 97")], ["2025-12-09|9 december 2025", "97"])
q(D, "Vem fastställde kommunens plan för extraordinära händelser och höjd beredskap, och när?", "politician",
  [text(PLAN, "Fastställd av kommunfullmäktige i Bäckeby kommun den 29 januari 2024, § 9")],
  ["kommunfullmäktige", "2024-01-29|29 januari 2024"])
q(D, "När antogs taxan för serveringstillstånd och tobakstillstånd, och från vilket datum gäller den?", "resident",
  [text(TAX, "Kommunfullmäktige 2025-11-24 § 142")], ["2025-11-24|24 november 2025", "2026-01-01|1 januari 2026"])

# ------------------------------------------------------------------ yes_no (6)
Y = "yes_no"
q(Y, "Får en socialsekreterare själv besluta om försörjningsstöd enligt riksnormen?", "employee",
  [row(SN, "Försörjningsstöd enligt riksnormen")], ["ja", "socialsekreterare"])
q(Y, "Får en rektor göra en direktupphandling på 50 000 kr?", "employee",
  [row(BUN, "Direktupphandling", "Högst 30 000")], ["nej", "30 000|30000"])
q(Y, "Får jag tillbaka ansökningsavgiften om min ansökan om serveringstillstånd avslås?", "resident",
  [text(TAX, "Avgiften återbetalas inte")], ["nej"])
q(Y, "Får jag som anställd ta emot ett presentkort från en leverantör?", "employee",
  [stmt(RIK, "gåva med ett värde över 300 kr")], ["nej"])
q(Y, "Gäller kommunens plan för extraordinära händelser och höjd beredskap fortfarande?", "politician",
  [text(PLAN, "till och med den 31 december 2027")], ["ja", "2027"])
q(Y, "Kan kommunstyrelsen själv besluta om att köpa en fastighet för 8 miljoner kronor?", "politician",
  [stmt(REG, "högst 10 miljoner kronor")], ["ja", "10 miljoner"])

# ------------------------------------------------------------------ two_step (3)
T = "two_step"
q(T, "Vår förening vill söka 50 000 kr i projektbidrag och dessutom få rabatt på hyran för idrottshallen till en "
     "ideell turnering. Vem beslutar om respektive sak?", "resident",
  [row(KS26, "Projektbidrag till föreningar", "Över"),
   row(KS26, "Nedsättning av hyra för kommunens idrottshallar vid ideella arrangemang")],
  ["arbetsutskott", "kultur- och fritidschef"], [KS24])
q(T, "Vi vill öppna en restaurang med stadigvarande serveringstillstånd för allmänheten. Vad kostar ansökan, och "
     "vem kan besluta om nedsatt avgift?", "resident",
  [text(TAX, "Stadigvarande serveringstillstånd till allmänheten"), stmt(TAX, "nedsättning av eller befrielse")],
  ["12 400|12400", "socialnämnden"])
q(T, "Kommunen vill köpa en fastighet för 15 miljoner kronor. Vem beslutar, och hur stora fastighetsaffärer får "
     "kommunstyrelsens arbetsutskott göra på delegation?", "politician",
  [stmt(REG, "till ett högre värde fattas av kommunfullmäktige"), row(KS26, "Köp och försäljning av fast egendom")],
  ["kommunfullmäktige", "3 000 000|3 miljoner|3000000"], [KS24])

# ------------------------------------------------------------------ unanswerable (11)
N = "unanswerable"
for qq, aud in [
    ("Vad kostar det att söka bygglov för ett nytt enbostadshus?", "resident"),
    ("Hur mycket får en ensamstående i försörjningsstöd per månad i Bäckeby?", "resident"),
    ("Vem beslutar om bostadsanpassningsbidrag?", "resident"),
    ("Vad kostar förskolan per månad?", "resident"),
    ("När sammanträder kommunfullmäktige nästa gång?", "resident"),
    ("Vem beslutar om färdtjänst?", "resident"),
    ("Vem beslutar om bidrag till enskilda vägar?", "resident"),
    ("Hur många elever går på Norrsjö skola?", "resident"),
    ("Hur många kronor är direktupphandlingsgränsen?", "employee"),
    ("Vem beslutar om fällning av träd på kommunens mark?", "resident"),
    ("Vad är kommunens skattesats för 2026?", "resident"),
]:
    q(N, qq, aud, [], [], answerable=False)

# ------------------------------------------------------------------ resident_internal (2)
R = "resident_internal"
q(R, "Hur mycket får kommunen lägga per anställd på en personalfest?", "resident", [], [], [RIK], answerable=False)
q(R, "Vilka gåvor får kommunens anställda ta emot av oss kommuninvånare?", "resident", [], [], [RIK],
  answerable=False)


def main():
    assert len(Q) == 80, len(Q)
    for i, x in enumerate(Q, 1):
        x.update(id=f"bl6-{i:03d}", as_of="2026-11-26", as_of_in_words=False, history=[])
    keys = ["id", "question", "audience", "as_of", "as_of_in_words", "answerable", "gold_documents", "gold_pages",
            "must_contain", "must_not_cite", "kind", "history"]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps({k: x[k] for k in keys}, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(x["kind"] for x in Q))


if __name__ == "__main__":
    main()
