#!/usr/bin/env python
"""Write questions.jsonl for blind8. Gold pages are taken from anchors.json,
which build.py records while rendering (run build.py first)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
A = json.load(open(os.path.join(HERE, "anchors.json"), encoding="utf-8"))

KS26 = "ks-delegationsordning-2026.pdf"
KS23 = "ks-delegationsordning-2023.pdf"
SN = "sn-delegationsordning.pdf"
MBN = "mbn-delegationsordning.pdf"
BUN = "bun-delegationsordning.pdf"
REG = "reglemente-kultur-fritid.pdf"
POL = "policy-inkop-upphandling.pdf"
RIK = "riktlinje-representation.pdf"
TAXA = "taxa-alkohol-tobak-2026.pdf"
PLAN = "plan-krisberedskap-2023-2026.pdf"

R, E, P = "resident", "employee", "politician"
Q = []


def q(kind, aud, text, gold=(), must=(), nots=(), answerable=True):
    """gold: list of (file, anchor key)."""
    Q.append(dict(question=text, audience=aud, as_of="2026-11-26", as_of_in_words=False,
                  answerable=answerable, gold_documents=[f for f, _ in gold],
                  gold_pages=[A[f][k] for f, k in gold], must_contain=list(must),
                  must_not_cite=list(nots), kind=kind, history=[]))


# ---------------------------------------------------------------- who_decides (29)
W = "who_decides"
q(W, R, "Jag står i kommunens tomtkö och vill köpa en villatomt. Vem på kommunen beslutar om försäljningen av tomten?",
  [(KS26, "ks26-4.1")], ["mark- och exploateringsingenjör"], [KS23])
q(W, P, "Kommunen vill sälja en mindre industrifastighet för 1,6 miljoner kronor. Vem har rätt att fatta beslutet?",
  [(KS26, "ks26-4.2")], ["samhällsbyggnadschef"], [KS23])
q(W, P, "Vem beslutar om ett markköp där köpeskillingen blir ungefär 7 miljoner kronor?",
  [(KS26, "ks26-4.3")], ["arbetsutskott"], [KS23])
q(W, E, "Vi ska upphandla ett nytt ärendehanteringssystem för ungefär 4 miljoner kronor över hela avtalstiden. Vem fattar upphandlingsbeslutet på kommunstyrelsens område?",
  [(KS26, "ks26-3.2")], ["upphandlingschef"], [KS23])
q(W, E, "Vem beslutar om tilldelning i en upphandling som är värd 12 miljoner kronor inom kommunledningsförvaltningen?",
  [(KS26, "ks26-3.3")], ["kommundirektör"], [KS23])
q(W, P, "Who decides on a procurement worth 20 million kronor under the municipal executive board?",
  [(KS26, "ks26-3.4")], ["ksau|arbetsutskott|working committee"], [KS23])
q(W, E, "En kund har gått i konkurs och vi har en fordran på ungefär 2,5 prisbasbelopp som måste skrivas av. Vem beslutar om avskrivningen?",
  [(KS26, "ks26-2.3")], ["ekonomichef"], [KS23])
q(W, E, "Vem får besluta om att flytta 800 000 kronor mellan två verksamheter inom kommunstyrelsens budget?",
  [(KS26, "ks26-2.5")], ["kommundirektör"], [KS23])
q(W, R, "Vår byaförening vill söka 40 000 kronor ur kommunstyrelsens fond för lokala initiativ. Vem beslutar om bidraget?",
  [(KS26, "ks26-2.7")], ["arbetsutskott"], [KS23])
q(W, E, "Vem beslutar om avsked av en medarbetare på kommunledningsförvaltningen?",
  [(KS26, "ks26-5.4")], ["hr-chef"], [KS23])
q(W, R, "Jag begärde ut handlingar från kommunstyrelsen och fick avslag. Vem fattar ett sådant beslut?",
  [(KS26, "ks26-1.4")], ["kanslichef"], [KS23])
q(W, P, "Om kommunstyrelsens ordförande inte kan fatta ett brådskande beslut på styrelsens vägnar, vem gör det då?",
  [(KS26, "ks26-1.1")], ["förste vice ordförande|1:e vice ordförande|vice ordförande"], [KS23])
q(W, R, "Jag behöver hjälp från socialtjänsten att betala nya glasögon. Vem beslutar om det?",
  [(SN, "sn-b2")], ["socialsekreterare"])
q(W, R, "Vem beslutar om ekonomiskt bistånd till tandvård när kostnaden är mer än ett halvt prisbasbelopp under året?",
  [(SN, "sn-b3")], ["enhetschef"])
q(W, R, "Min pappa behöver hjälp hemma med städning och dusch. Vem bestämmer om han får hemtjänst?",
  [(SN, "sn-e1")], ["biståndshandläggare"])
q(W, R, "Who decides whether my mother can move into a nursing home (särskilt boende)?",
  [(SN, "sn-e3")], ["enhetschef|unit manager"])
q(W, P, "Vem fattar beslut om omedelbart omhändertagande av ett barn enligt LVU?",
  [(SN, "sn-d1")], ["ordförande"])
q(W, R, "Vi ska ha ett privat bröllop i en hyrd festlokal och vill servera vin. Vem beslutar om tillståndet?",
  [(SN, "sn-f2")], ["alkohol- och tobakshandläggare|alkoholhandläggare|tobakshandläggare"])
q(W, R, "Vi öppnar en restaurang och vill ha ett permanent serveringstillstånd. Vem beslutar om det?",
  [(SN, "sn-f1")], ["sociala utskottet"])
q(W, R, "Jag ska bygga en villa på en tomt inom detaljplan och huset följer planen. Vem beslutar om bygglovet?",
  [(MBN, "mbn-2.1")], ["bygglovshandläggare"])
q(W, R, "Mitt nya garage avviker lite från detaljplanen. Vem beslutar om bygglovet då?",
  [(MBN, "mbn-2.2")], ["bygglovschef"])
q(W, R, "Vem beslutar om strandskyddsdispens för en bastu på min tomt inom detaljplanelagt område?",
  [(MBN, "mbn-2.8")], ["miljö- och byggchef"])
q(W, P, "Vem beslutar om planbesked?",
  [(MBN, "mbn-s2")], ["nämnden|miljö- och byggnadsnämnden"])
q(W, R, "Vem bestämmer om mitt barn har rätt till skolskjuts?",
  [(BUN, "bun-c2")], ["skolskjutssamordnare"])
q(W, R, "Vi vill att vår son börjar skolan ett år senare. Vem beslutar om uppskjuten skolplikt?",
  [(BUN, "bun-c5")], ["grundskolechef"])
q(W, E, "Vem anställer rektorer inom barn- och utbildningsförvaltningen?",
  [(BUN, "bun-e1")], ["grundskolechef", "förskolechef"])
q(W, P, "En idrottsförening söker 250 000 kronor i föreningsbidrag för ett år. Vem beslutar?",
  [(REG, "reg-s2")], ["kommunstyrelsen"])
q(W, E, "Vem godkänner kostnaden när vi bjuder externa samarbetspartner på middag?",
  [(RIK, "rik-r2")], ["förvaltningschef"])
q(W, E, "Vem beslutar att aktivera kommunens centrala krisledningsstab?",
  [(PLAN, "plan-s1")], ["kommundirektör"])

# ---------------------------------------------------------------- fact (12)
F = "fact"
q(F, R, "Vad kostar det att söka tillfälligt serveringstillstånd för ett slutet sällskap?",
  [(TAXA, "fee-tillf-slutet")], ["1 200|1200"])
q(F, R, "Vad kostar en nyansökan om stadigvarande serveringstillstånd till allmänheten?",
  [(TAXA, "fee-stad-allm")], ["10 800|10800"])
q(F, R, "Hur mycket kostar kunskapsprovet för serveringstillstånd?",
  [(TAXA, "fee-kunskapsprov")], ["1 600|1600"])
q(F, R, "Vår restaurang sålde alkohol för 800 000 kronor förra året. Hur stor blir den rörliga tillsynsavgiften?",
  [(TAXA, "rorlig-2")], ["4 800|4800"])
q(F, E, "Hur mycket får vi högst lägga per person när vi bjuder externa gäster på lunch?",
  [(RIK, "rik-r1")], ["400"])
q(F, P, "Hur många ledamöter och ersättare har kultur- och fritidsnämnden?",
  [(REG, "title")], ["sju|7", "fem|5"])
q(F, E, "Från vilket belopp måste en direktupphandling dokumenteras?",
  [(POL, "title")], ["100 000|100000"])
q(F, E, "Hur mycket får en personalfest kosta per person?",
  [(RIK, "rik-r4")], ["700"])
q(F, E, "Inom hur lång tid ska en personuppgiftsincident anmälas till Integritetsskyddsmyndigheten enligt kommunstyrelsens delegationsordning?",
  [(KS26, "ks26-1.8")], ["72 timmar"])
q(F, R, "Hur länge kan man som längst få uppehåll i sophämtningen i ett och samma beslut?",
  [(MBN, "mbn-3.4")], ["två år|2 år"])
q(F, E, "Vad betyder förkortningen FSc i barn- och utbildningsnämndens delegationsordning?",
  [(BUN, "legend")], ["förskolechef"])
q(F, R, "Vad är den årliga tillsynsavgiften för försäljning av folköl 2026?",
  [(TAXA, "fee-folkol")], ["1 050|1050"])

# ---------------------------------------------------------------- which_applies (6)
WA = "which_applies"
q(WA, E, "Vilken delegationsordning för kommunstyrelsen gäller nu, och från vilket datum?",
  [(KS26, "valid")], ["2026-03-01|1 mars 2026"])
q(WA, R, "I taxan står två olika belopp för tillfälligt serveringstillstånd till allmänheten. Vilket gäller i år?",
  [(TAXA, "fee-tillf-allm")], ["5 400|5400"])
q(WA, P, "Gäller kommunens plan för krisberedskap och civilt försvar fortfarande, eller har den löpt ut?",
  [(PLAN, "meta")], ["2026-12-31|31 december 2026"])
q(WA, E, "Upp till vilket belopp får ekonomichefen själv besluta om avskrivning av en fordran?",
  [(KS26, "ks26-2.3")], ["3 pbb|3 prisbasbelopp|tre prisbasbelopp"], [KS23])
q(WA, E, "Jag har hittat två versioner av kommunstyrelsens delegationsordning. Upp till vilket belopp får upphandlingschefen besluta om upphandlingar enligt den som gäller?",
  [(KS26, "ks26-3.2")], ["5 000 000|5 miljoner|fem miljoner|5 mkr"], [KS23])
q(WA, R, "Vilken taxa gäller för serveringstillstånd under 2026 och när antogs den?",
  [(TAXA, "meta")], ["2025-11-24|24 november 2025"])

# ---------------------------------------------------------------- supersession (5)
SU = "supersession"
q(SU, P, "Vilket dokument har ersatt kommunstyrelsens delegationsordning från 2023?",
  [(KS26, "meta")], ["2026-02-10|10 februari 2026|2026-03-01|1 mars 2026"])
q(SU, P, "Vilket reglemente ersattes av det nuvarande reglementet för kultur- och fritidsnämnden?",
  [(REG, "meta")], ["2019-03-25|25 mars 2019"])
q(SU, E, "Gäller kommunstyrelsens delegationsordning som antogs 2023-02-14 fortfarande?",
  [(KS26, "meta")], ["nej", "2026"])
q(SU, E, "Vilken tidigare policy ersattes av inköps- och upphandlingspolicyn?",
  [(POL, "meta")], ["2017-10-30|30 oktober 2017"])
q(SU, R, "Vilken taxa ersattes av taxan för alkohol och tobak 2026?",
  [(TAXA, "meta")], ["2024-11-25|25 november 2024"])

# ---------------------------------------------------------------- doc_decision (6)
D = "doc_decision"
q(D, P, "Vem beslutade socialnämndens delegationsordning i den version som gäller nu, och när?",
  [(SN, "meta")], ["socialnämnden", "2025-11-19|19 november 2025"])
q(D, P, "När beslutades barn- och utbildningsnämndens delegationsordning och under vilken paragraf?",
  [(BUN, "meta")], ["2025-12-10|10 december 2025", "104"])
q(D, E, "Vem har beslutat riktlinjerna för representation och gåvor, och vilket datum?",
  [(RIK, "meta")], ["kommundirektör", "2025-08-20|20 augusti 2025"])
q(D, P, "Vilket organ antog inköps- och upphandlingspolicyn och när?",
  [(POL, "meta")], ["kommunfullmäktige", "2025-04-28|28 april 2025"])
q(D, P, "När fastställdes planen för krisberedskap och civilt försvar 2023–2026?",
  [(PLAN, "meta")], ["2023-06-19|19 juni 2023"])
q(D, E, "Vilket diarienummer har miljö- och byggnadsnämndens delegationsordning och när beslutades den?",
  [(MBN, "meta")], ["mbn 2025/0312", "2025-09-17|17 september 2025"])

# ---------------------------------------------------------------- yes_no (6)
Y = "yes_no"
q(Y, E, "Får en biståndshandläggare bevilja korttidsvistelse i 45 dygn i ett och samma beslut?",
  [(SN, "sn-e2")], ["nej", "30 dygn"])
q(Y, R, "Kan alkoholhandläggaren själv bevilja ett sjätte tillfälligt serveringstillstånd till allmänheten samma år till samma arrangör?",
  [(SN, "sn-f3")], ["nej", "sociala utskottet"])
q(Y, E, "Får förvaltningschefen inom barn- och utbildningsförvaltningen vidaredelegera beslut om direktupphandling?",
  [(BUN, "bun-e3")], ["ja"])
q(Y, P, "Kan miljö- och byggchefen vidaredelegera beslut enligt miljöbalken till en annan anställd på förvaltningen?",
  [(MBN, "mbn-s4")], ["ja"])
q(Y, E, "Får man servera alkohol när kommunen bjuder externa gäster på middag?",
  [(RIK, "rik-r2")], ["ja", "måttlig"])
q(Y, P, "Är beslutet att anställa kommundirektör delegerat till någon?",
  [(KS26, "ks26-5.1")], ["nej", "kommunstyrelsen"])

# ---------------------------------------------------------------- two_step (3)
T = "two_step"
q(T, R, "Jag ska ordna en privat fest för slutet sällskap och vill servera vin. Vem beslutar om tillståndet och vad kostar ansökan?",
  [(SN, "sn-f2"), (TAXA, "fee-tillf-slutet")],
  ["alkohol- och tobakshandläggare|alkoholhandläggare|tobakshandläggare", "1 200|1200"])
q(T, R, "Jag vill börja sälja tobak i min butik. Vem beslutar om försäljningstillståndet, och vad kostar tillsynen per år?",
  [(SN, "sn-f6"), (TAXA, "fee-tobak-tillsyn")],
  ["alkohol- och tobakshandläggare|tobakshandläggare|alkoholhandläggare", "4 400|4400"])
q(T, P, "Vid en kris behöver kommunen snabbt begära stöd från regionen. Vem beslutar i ett brådskande läge, och vilket organ är kommunens krisledningsnämnd?",
  [(PLAN, "plan-r3")], ["ordförande", "kommunstyrelsen"])

# ---------------------------------------------------------------- unanswerable (11)
U = "unanswerable"
q(U, R, "Vad kostar bygglov för ett garage?", answerable=False)
q(U, R, "Vem beslutar om färdtjänst?", answerable=False)
q(U, R, "Hur mycket kostar en förskoleplats per månad?", answerable=False)
q(U, P, "Hur många ledamöter har socialnämnden?", answerable=False)
q(U, R, "Vem beslutar om parkeringstillstånd för rörelsehindrade?", answerable=False)
q(U, R, "Vad är avgiften för hemtjänst per timme?", answerable=False)
q(U, R, "Vem beslutar om att stänga av en elev från gymnasieskolan?", answerable=False)
q(U, P, "Hur stor är den låneram som kommunfullmäktige har fastställt?", answerable=False)
q(U, R, "How much does it cost to rent the municipal sports hall for an evening?", answerable=False)
q(U, R, "Vad kostar kommunens tillsyn av mitt enskilda avlopp?", answerable=False)
q(U, P, "Hur stort arvode får förtroendevalda per sammanträde?", answerable=False)

# ---------------------------------------------------------------- resident_internal (2)
RI = "resident_internal"
q(RI, R, "Hur mycket får kommunens tjänstemän lägga per person när de bjuder gäster på middag?", nots=[RIK], answerable=False)
q(RI, R, "Vem godkänner kostnaden när kommundirektören bjuder gäster på representation?", nots=[RIK], answerable=False)


def main():
    assert len(Q) == 80, len(Q)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for i, x in enumerate(Q, 1):
            x = dict(id=f"bl8-{i:03d}", **x)
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), dict(Counter(x["kind"] for x in Q)))


if __name__ == "__main__":
    main()
