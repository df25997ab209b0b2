#!/usr/bin/env python3
"""Write eval/blind12/questions.jsonl (80 questions) for the Klintehamra collection.

Every answerable question names its gold documents with an anchor text; the gold page is the first page of that
PDF whose pypdf text (whitespace collapsed) contains the anchor, so gold_pages are never guessed. gold_pages is
aligned with gold_documents (one page per document). Run after build.py.
"""
import collections
import json
import os
import re

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")
AS_OF = "2026-11-26"

BUN26 = "klintehamra-bun-delegationsordning-2026.pdf"
BUN24 = "klintehamra-bun-delegationsordning-2024.pdf"
KFN = "klintehamra-kfn-delegationsordning.pdf"
KS = "klintehamra-ks-delegationsordning-personal-agarstyrning.pdf"
OFN = "klintehamra-ofn-delegationsordning.pdf"
REG = "klintehamra-reglemente-raddningsnamnden.pdf"
RIKT = "klintehamra-riktlinjer-skolskjuts.pdf"
TAXA = "klintehamra-taxa-kultur-fritid-2026.pdf"
PROG = "klintehamra-handlingsprogram-lso-2022-2025.pdf"
INT = "klintehamra-anvisning-tib-krisledning.pdf"

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_of(fname, anchor):
    if fname not in _cache:
        _cache[fname] = [norm(p.extract_text() or "") for p in PdfReader(os.path.join(HERE, "pdf", fname)).pages]
    hits = [i for i, t in enumerate(_cache[fname], 1) if norm(anchor) in t]
    if not hits:
        raise SystemExit(f"anchor not found in {fname}: {anchor!r}")
    return hits[0]


# (kind, audience, question, answerable, [(file, anchor)], must_contain, must_not_cite)
Q = [
    # ------------------------------------------------------------ who_decides (24)
    ("who_decides", "resident",
     "Vi har precis flyttat hit och behöver förskoleplats till vår tvååring. Vem är det som bestämmer vilken "
     "förskola hon får?", True,
     [(BUN26, "Beslut om placering i förskola enligt nämndens regler för kö och placering")],
     ["placeringshandläggare"], [BUN24]),
    ("who_decides", "employee",
     "Vi vill teckna ett avtal med ett städföretag för förskolorna på ungefär 350 000 kronor. Vem får skriva under "
     "det?", True,
     [(BUN26, "Över 100 tkr och högst 500 tkr per avtal.")], ["verksamhetschef"], [BUN24]),
    ("who_decides", "employee",
     "Barn- och utbildningsförvaltningen ska köpa en ny lärplattform för cirka 2,5 miljoner kronor. Vem kan fatta "
     "beslutet?", True,
     [(BUN26, "Över 500 tkr och högst 3 mnkr per avtal.")], ["förvaltningschef"], [BUN24]),
    ("who_decides", "resident",
     "Min dotter bor varannan vecka hos mig och varannan hos sin pappa, vi bor båda i kommunen. Vem avgör om hon "
     "kan få skolbuss från båda adresserna?", True,
     [(BUN26, "Beslutet gäller ett läsår i taget.")], ["skolskjutshandläggare"], [BUN24]),
    ("who_decides", "resident",
     "Vi valde en annan skola än den kommunen erbjöd och den ligger längre bort. Vem bestämmer om vår son kan åka "
     "med skolbussen dit?", True,
     [(BUN26, "Beslut om skolskjuts för elev som har valt att gå i en annan")], ["skolskjutshandläggare"],
     [BUN24]),
    ("who_decides", "employee",
     "En elev behöver skolskjuts hela läsåret på grund av en familjesituation som inte täcks av riktlinjerna. "
     "Vem beslutar om det?", True,
     [(BUN26, "SSH högst en termin; för längre tid beslutar BUN au.")], ["arbetsutskott"], [BUN24]),
    ("who_decides", "politician",
     "Who decides whether a child in Klintehamra may postpone starting compulsory school by one year?", True,
     [(BUN26, "Beslut om uppskjuten skolplikt")],
     ["verksamhetschef grundskola|verksamhetschefen för grundskola|verksamhetschef för grundskola|vcg"], [BUN24]),
    ("who_decides", "employee",
     "En elev i en fristående skola behöver omfattande stöd som kostar runt 180 000 kr det här läsåret. Vem "
     "beslutar om tilläggsbeloppet?", True,
     [(BUN26, "Över 150 000 kr per elev och läsår.")], ["arbetsutskott"], [BUN24]),
    ("who_decides", "resident",
     "Vi vill att vår son ska gå i anpassad grundskola. Vem fattar beslutet om han får börja där?", True,
     [(BUN26, "Beslut om mottagande i anpassad grundskola efter pedagogisk")], ["elevhälsochef"], [BUN24]),
    ("who_decides", "resident",
     "Vi ska hälsa på släkten utomlands i tre veckor mitt i terminen. Vem ska vi vända oss till för att barnen "
     "ska få ledigt från skolan?", True,
     [(BUN26, "Beslut om ledighet för elev i grundskolan")], ["rektor"], []),
    ("who_decides", "resident",
     "Vi har svårt att betala förskoleavgiften just nu. Vem kan bevilja att vi får betala senare?", True,
     [(BUN26, "Beslut om anstånd med betalning av avgift för förskola eller fritidshem")],
     ["administrativ chef"], []),
    ("who_decides", "resident",
     "Vår nystartade innebandyklubb vill söka startbidrag från kommunen. Vem beslutar om det?", True,
     [(KFN, "Startbidrag till nybildad förening")], ["föreningskonsulent"], []),
    ("who_decides", "resident",
     "Jag ordnar en liten musikfestival och söker ungefär 40 000 kronor i kulturbidrag. Vem är det som beslutar?",
     True, [(KFN, "Över 20 000 kr och högst 75 000 kr per ansökan.")], ["kultur- och fritidschef"], []),
    ("who_decides", "employee",
     "En besökare har hotat personalen på biblioteket flera gånger och vi vill stänga av personen i ett halvår. "
     "Vem fattar det beslutet?", True,
     [(KFN, "BC högst tre månader; längre avstängning beslutar KFC.")], ["kultur- och fritidschef"], []),
    ("who_decides", "politician",
     "Vem bestämmer om kommunen ska köpa en skulptur för ungefär 80 000 kronor till konstsamlingen?", True,
     [(KFN, "Över 1 prisbasbelopp per verk.")], ["arbetsutskott"], []),
    ("who_decides", "employee",
     "Fotbollsklubben vill hyra konstgräsplanen på ett avtal som löper i fem år. Vem får teckna avtalet?", True,
     [(KFN, "FrC högst tre år; längre avtal beslutar KFC.")], ["kultur- och fritidschef"], []),
    ("who_decides", "employee",
     "Vi ska avsluta en anställning med en överenskommelse och diskuterar ett avgångsvederlag på nio månadslöner. "
     "Vem kan godkänna det?", True,
     [(KS, "Över 6 och högst 12 månadslöner.")], ["kommundirektör"], []),
    ("who_decides", "politician",
     "Vem bestämmer kommundirektörens lön och anställningsvillkor?", True,
     [(KS, "Lön och övriga anställningsvillkor för kommundirektören")], ["ordförande"], []),
    ("who_decides", "employee",
     "Klintehamrahem vill låna 40 miljoner kronor inom den borgensram fullmäktige har gett. Vem ska godkänna "
     "lånet från kommunens sida?", True,
     [(KS, "Över 25 mnkr per lånetillfälle.")], ["arbetsutskott"], []),
    ("who_decides", "politician",
     "Who can request an extraordinary general meeting of one of the municipality's wholly owned companies?", True,
     [(KS, "Begäran om extra bolagsstämma i helägt bolag")], ["ordförande|chair"], []),
    ("who_decides", "resident",
     "Jag är god man för min mamma och behöver ta ut 30 000 kronor från hennes spärrade konto till en ny "
     "rullstol. Vem ger lov till det?", True,
     [(OFN, "Högst 50 000 kr per tillfälle.")], ["handläggare"], []),
    ("who_decides", "resident",
     "Jag är förvaltare åt min bror och vi behöver sälja hans bostadsrätt. Vem hos överförmyndaren beslutar om "
     "samtycket?", True,
     [(OFN, "Samtycke till försäljning, byte eller inteckning av fast egendom eller bostadsrätt")],
     ["jurist|enhetschef"], []),
    ("who_decides", "employee",
     "En förvaltare begär 75 000 kr i arvode för året, vilket är mer än riktlinjerna medger. Vem beslutar om "
     "arvodet?", True,
     [(OFN, "Över 1 pbb per år och uppdrag.")], ["överförmyndarnämnden"], []),
    ("who_decides", "employee",
     "Strömmen har varit borta sedan i morse och vi behöver köpa in vatten, filtar och reservkraft för ungefär "
     "80 000 kronor. Vem kan besluta om inköpet?", True,
     [(INT, "Över 50 000 kr per händelse.")], ["kommundirektör"], []),
    # ------------------------------------------------------------ fact (10)
    ("fact", "resident",
     "Hur långt måste det vara mellan hemmet och skolan för att ett barn i femman ska få skolskjuts?", True,
     [(RIKT, "3,5 km för elever i årskurs 4–6")], ["3,5 km|3,5 kilometer"], []),
    ("fact", "resident",
     "Hur länge kan mitt barn som mest behöva vänta på skolbussen efter skoldagen?", True,
     [(RIKT, "överstiga 40 minuter")], ["40 minuter"], []),
    ("fact", "resident",
     "Vad kostar det att hyra stora salen på Hamragården en kväll för ett privat kalas?", True,
     [(TAXA, "Hamragården, stora salen")], ["350"], []),
    ("fact", "resident",
     "Vad kostar det att gå en instrumentkurs i kulturskolan en termin?", True,
     [(TAXA, "Ämneskurs, instrument eller sång, per termin")], ["850"], []),
    ("fact", "resident",
     "Min son har tappat bort en barnbok som han lånade på biblioteket. Hur mycket får vi betala?", True,
     [(TAXA, "Ersättning för förkommen eller skadad bok, barn och unga")], ["150"], []),
    ("fact", "politician",
     "Hur många ledamöter och ersättare ska räddningsnämnden ha enligt det nya reglementet?", True,
     [(REG, "Räddningsnämnden består av fem ledamöter och tre ersättare.")], ["fem|5", "tre|3"], []),
    ("fact", "politician",
     "What target did the 2022–2025 accident prevention programme set for how quickly the first rescue unit "
     "should arrive?", True,
     [(PROG, "inom 20 minuter för 90 procent")], ["20 min", "90"], []),
    ("fact", "employee",
     "Jag ska börja gå TiB-pass. Hur snabbt måste jag vara på plats i kommunhuset efter ett larm?", True,
     [(INT, "vara på plats i kommunhuset inom en timme")], ["en timme|1 timme|60 minuter"], []),
    ("fact", "resident",
     "Vad kostar ett årskort i simhallen för en vuxen?", True,
     [(TAXA, "Årskort vuxen")], ["1 800|1800"], []),
    ("fact", "employee",
     "När måste vårdnadshavarna senast ha sökt skolskjuts inför nästa läsår?", True,
     [(RIKT, "senast den 15 april")], ["15 april"], []),
    # ------------------------------------------------------------ yes_no (8)
    ("yes_no", "resident",
     "Mitt barn har brutit benet och kan inte gå till skolan på några veckor. Har vi rätt till skolskjuts?", True,
     [(RIKT, "Vid tillfälliga skador, till exempel ett brutet ben")], ["nej", "försäkring"], []),
    ("yes_no", "politician",
     "Gäller det nya reglementet för räddningsnämnden redan nu?", True,
     [(REG, "Gäller från och med 2027-01-01.")], ["nej", "2027-01-01|1 januari 2027"], []),
    ("yes_no", "politician",
     "Är handlingsprogrammet för skydd mot olyckor 2022–2025 fortfarande giltigt?", True,
     [(PROG, "Gäller 2022-01-01 – 2025-12-31")], ["nej", "2025-12-31|31 december 2025"], []),
    ("yes_no", "employee",
     "Kan jag som rektor själv skriva ett avtal på 150 000 kronor för min skola?", True,
     [(BUN26, "Högst 100 tkr per avtal och inom den egna enhetens budget.")], ["nej", "verksamhetschef"], [BUN24]),
    ("yes_no", "politician",
     "Kan kommunstyrelsens arbetsutskott besluta om ett aktieägartillskott på 3 miljoner kronor till "
     "Klintehamra Hamn AB?", True,
     [(KS, "Aktieägartillskott över 2 mnkr per bolag och år beslutas av kommunfullmäktige.")],
     ["nej", "kommunfullmäktige"], []),
    ("yes_no", "resident",
     "Tar biblioteket betalt om jag lämnar tillbaka böckerna för sent?", True,
     [(TAXA, "Förseningsavgift")], ["nej"], []),
    ("yes_no", "employee",
     "Får kultursekreteraren själv bevilja ett kulturbidrag på 15 000 kr?", True,
     [(KFN, "Högst 20 000 kr per ansökan.")], ["ja", "20 000"], []),
    ("yes_no", "resident",
     "Kan min dotter få skolskjuts hem från fritids på eftermiddagen?", True,
     [(RIKT, "ordnas inte till eller från")], ["nej"], []),
    # ------------------------------------------------------------ which_applies (6)
    ("which_applies", "employee",
     "Vilken delegationsordning ska vi på barn- och utbildningsförvaltningen följa nu, och sedan när gäller den?",
     True, [(BUN26, "att gälla från och med 2026-06-01")], ["2026-06-01|1 juni 2026"], [BUN24]),
    ("which_applies", "employee",
     "Vilka regler ska jag följa när jag handlägger skolskjutsansökningar, och när beslutades de?", True,
     [(RIKT, "2025-04-22, § 31")], ["riktlinje", "2025-04-22|22 april 2025"], []),
    ("which_applies", "politician",
     "Vilket dokument reglerar vem som beslutar om avgångsvederlag och uppsägningar i kommunen, och från när "
     "gäller det?", True,
     [(KS, "2026-03-01")], ["delegationsordning", "2026-03-01|1 mars 2026"], []),
    ("which_applies", "resident",
     "Vilken taxa gäller när vår ungdomsförening hyr Klintehallen i år, och vad kostar en timme?", True,
     [(TAXA, "Klintehallen, sporthall hel hall")], ["2026", "60"], []),
    ("which_applies", "employee",
     "Jag är ny som tjänsteperson i beredskap. Vilket dokument beskriver vad jag får besluta om under en kris, "
     "och vem har fastställt det?", True,
     [(INT, "Denna anvisning har beslutats av säkerhetschefen 2025-06-09")], ["anvisning", "säkerhetschef"], []),
    ("which_applies", "politician",
     "Vilken delegationsordning gäller för överförmyndarnämnden, och när ska den senast revideras?", True,
     [(OFN, "Revideras senast 2026-12-31")], ["2026-12-31|31 december 2026"], []),
    # ------------------------------------------------------------ doc_decision (6)
    ("doc_decision", "politician",
     "Vem antog reglementet för räddningsnämnden, och när?", True,
     [(REG, "Antaget av kommunfullmäktige 2026-10-26, § 97.")], ["kommunfullmäktige", "2026-10-26|26 oktober 2026"],
     []),
    ("doc_decision", "politician",
     "När beslutade kultur- och fritidsnämnden om sin nuvarande delegationsordning, och under vilken paragraf?",
     True, [(KFN, "Beslutad 2025-09-10, KFN § 58")], ["2025-09-10|10 september 2025", "§ 58"], []),
    ("doc_decision", "politician",
     "Vem har bestämt vad kulturskolan och simhallen kostar i år, och när togs beslutet?", True,
     [(TAXA, "2025-11-24, § 131")], ["kommunfullmäktige", "2025-11-24|24 november 2025"], []),
    ("doc_decision", "employee",
     "Vilket diarienummer har kommunstyrelsens delegationsordning för personal och ägarstyrning, och vilket datum "
     "beslutades den?", True,
     [(KS, "KS 2026/041")], ["ks 2026/041", "2026-02-11|11 februari 2026"], []),
    ("doc_decision", "politician",
     "Who adopted the 2022–2025 programme for accident prevention and rescue services, and on what date?", True,
     [(PROG, "KF 2021-11-29 § 112")], ["kommunfullmäktige|municipal council|city council", "2021-11-29|29 november 2021|november 29, 2021"],
     []),
    ("doc_decision", "employee",
     "Vilket datum och under vilken paragraf fastställdes överförmyndarnämndens delegationsordning?", True,
     [(OFN, "2025-09-17, § 48")], ["2025-09-17|17 september 2025", "§ 48"], []),
    # ------------------------------------------------------------ supersession (5)
    ("supersession", "employee",
     "Vad har ersatt barn- och utbildningsnämndens delegationsordning från februari 2024?", True,
     [(BUN26, "att samtidigt upphäva nämndens delegationsordning antagen 2024-02-20, § 12")],
     ["2026-05-19|19 maj 2026|2026-06-01|1 juni 2026"], []),
    ("supersession", "resident",
     "Förut var det skoladministratören som beslutade om skolskjuts. Är det fortfarande så?", True,
     [(BUN26, "Beslut om skolskjuts enligt nämndens riktlinjer för skolskjuts")], ["skolskjutshandläggare"],
     [BUN24]),
    ("supersession", "employee",
     "I den gamla delegationsordningen fick rektorn teckna avtal upp till 50 000 kronor. Vilken gräns gäller nu?",
     True, [(BUN26, "Högst 100 tkr per avtal och inom den egna enhetens budget.")], ["100 tkr|100 000"], [BUN24]),
    ("supersession", "politician",
     "Tidigare beslutade hela barn- och utbildningsnämnden om vite när elever inte går i skolan. Vem gör det nu?",
     True, [(BUN26, "Föreläggande av vite för vårdnadshavare")], ["arbetsutskott"], [BUN24]),
    ("supersession", "politician",
     "Gäller barn- och utbildningsnämndens delegationsordning från 2024 fortfarande?", True,
     [(BUN26, "att samtidigt upphäva nämndens delegationsordning antagen 2024-02-20, § 12")], ["nej", "2026"], []),
    # ------------------------------------------------------------ two_step (4)
    ("two_step", "employee",
     "Den nämnd som har beslutat riktlinjerna för skolskjuts – vem är enligt nämndens nuvarande "
     "delegationsordning delegat för omprövning av ett skolskjutsbeslut?", True,
     [(RIKT, "2025-04-22, § 31"), (BUN26, "Omprövning av beslut om skolskjuts")],
     ["barn- och utbildningsnämnden", "verksamhetschef"], [BUN24]),
    ("two_step", "politician",
     "Enligt kultur- och fritidstaxan beslutar en viss chef om befrielse från kulturskoleavgiften. Vilken nämnds "
     "delegationsordning ger den rätten, och hur länge får en befrielse gälla?", True,
     [(TAXA, "Befrielse från avgift i kulturskolan beslutas av kulturskolechefen"),
      (KFN, "Vid särskilda skäl, högst ett läsår i taget.")], ["kultur- och fritidsnämnden", "ett läsår"], []),
    ("two_step", "politician",
     "Det nya reglementet säger vilket organ som antar handlingsprogrammet för räddningstjänsten. Vilket organ är "
     "det, och vilken period gällde det senaste programmet som det organet antog?", True,
     [(REG, "Handlingsprogrammet för förebyggande verksamhet och räddningstjänst antas av kommunfullmäktige."),
      (PROG, "KF 2021-11-29 § 112")], ["kommunfullmäktige", "2025"], []),
    ("two_step", "employee",
     "Enligt TiB-anvisningen – vem beslutar att krisledningsnämnden ska träda i funktion, och vilket organ är "
     "krisledningsnämnd enligt det reglemente fullmäktige antog i oktober 2026?", True,
     [(INT, "Beslut att krisledningsnämnden ska träda i funktion"),
      (REG, "Kommunstyrelsens arbetsutskott är kommunens krisledningsnämnd")], ["ordförande", "arbetsutskott"], []),
    # ------------------------------------------------------------ resident_internal (3)
    ("resident_internal", "resident",
     "Vem bestämmer att kommunen ska öppna en trygghetspunkt när strömmen är borta länge?", False, [], [], [INT]),
    ("resident_internal", "resident",
     "Hur mycket får kommunens beredskapsperson handla för på egen hand under en kris?", False, [], [], [INT]),
    ("resident_internal", "resident",
     "Hur snabbt ska kommunens tjänsteperson i beredskap kunna nås när något händer mitt i natten?", False, [], [],
     [INT]),
    # ------------------------------------------------------------ unanswerable (14)
    ("unanswerable", "resident", "Vad kostar en förskoleplats per månad i Klintehamra?", False, [], [], []),
    ("unanswerable", "politician", "Hur lång är förskolekön i kommunen just nu?", False, [], [], []),
    ("unanswerable", "politician", "Vilket bussbolag kör skolskjutsarna i kommunen?", False, [], [], []),
    ("unanswerable", "politician", "Hur många tillsynsbesök gjorde räddningstjänsten under 2025?", False, [], [],
     []),
    ("unanswerable", "resident", "Vad kostar det att sota skorstenen i en villa i Klintehamra?", False, [], [], []),
    ("unanswerable", "politician", "Hur stor är borgensramen som fullmäktige har beslutat för Klintehamrahem AB?",
     False, [], [], []),
    ("unanswerable", "employee", "Hur mycket höjdes lärarnas löner i årets löneöversyn?", False, [], [], []),
    ("unanswerable", "resident", "Vilka öppettider har simhallen på helgerna?", False, [], [], []),
    ("unanswerable", "employee", "How much does a guardian (god man) get paid per year in Klintehamra?", False, [],
     [], []),
    ("unanswerable", "politician", "Vem är ordförande i kultur- och fritidsnämnden?", False, [], [], []),
    ("unanswerable", "employee", "Vem beslutar om att dra in studiebidraget för en gymnasieelev med hög frånvaro?",
     False, [], [], []),
    ("unanswerable", "employee", "När öppnar biblioteket i Bruksvik igen efter renoveringen?", False, [], [], []),
    ("unanswerable", "politician", "Hur mycket aktivitetsstöd betalades ut till föreningarna förra året?", False,
     [], [], []),
    ("unanswerable", "politician", "What was the outcome of the latest risk and vulnerability analysis for "
     "Klintehamra?", False, [], [], []),
]

EXPECTED = {"who_decides": 24, "fact": 10, "yes_no": 8, "which_applies": 6, "doc_decision": 6, "supersession": 5,
            "two_step": 4, "resident_internal": 3, "unanswerable": 14}


def main():
    lines = []
    for n, (kind, aud, q, ans, gold, must, mnc) in enumerate(Q, 1):
        assert aud in ("resident", "employee", "politician")
        assert ans == bool(gold), q
        if kind in ("resident_internal", "unanswerable"):
            assert not ans and not gold and not must
        if kind == "resident_internal":
            assert aud == "resident"
        lines.append({
            "id": f"b12-{n:03d}",
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
    kinds = collections.Counter(x["kind"] for x in lines)
    auds = collections.Counter(x["audience"] for x in lines)
    assert len(lines) == 80, len(lines)
    assert dict(kinds) == EXPECTED, kinds
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} questions to {OUT}: {dict(kinds)}; audiences {dict(auds)}")


if __name__ == "__main__":
    main()
