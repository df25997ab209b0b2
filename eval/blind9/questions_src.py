"""Question source for blind9; build.py resolves marks to pages and writes questions.jsonl."""

KS26 = "tallmo_ks_delegationsordning_2026.pdf"
KS24 = "tallmo_ks_delegationsordning_2024.pdf"
SN = "tallmo_sn_delegationsordning.pdf"
BUN = "tallmo_bun_delegationsordning.pdf"
MBN = "tallmo_mbn_delegationsordning.pdf"
REG = "tallmo_reglemente_kommunstyrelsen.pdf"
ATT = "tallmo_riktlinje_attest.pdf"
TAXA = "tallmo_taxa_plan_bygg_2026.pdf"
POL = "tallmo_policy_representation.pdf"
BIB = "tallmo_biblioteksplan_2026_2029.pdf"

FILE_OF = {"ks26": KS26, "ks24": KS24, "sn": SN, "bun": BUN, "mbn": MBN, "reg": REG,
           "att": ATT, "taxa": TAXA, "pol": POL, "bib": BIB}

R, E_, P = "resident", "employee", "politician"

# (kind, audience, question, [marks], [must_contain], [must_not_cite])
# answerable is False for kinds unanswerable and resident_internal.
Q = [
    # ---------------- who_decides (29) ----------------
    ("who_decides", R, "Jag begärde att få ut några handlingar från kommunstyrelsen men fick nej. Vem är det som fattar sådana beslut?",
     ["ks26:row:1.2"], ["kanslichef"], [KS24]),
    ("who_decides", E_, "Vi ska köpa in städtjänster för ungefär 800 000 kronor på kommunledningsförvaltningen. Vem beslutar om tilldelningen?",
     ["ks26:row:3.1"], ["förvaltningschef"], [KS24]),
    ("who_decides", E_, "Vem får besluta om en upphandling på 3,2 miljoner kronor inom kommunstyrelsens område?",
     ["ks26:row:3.2"], ["kommundirektör"], [KS24]),
    ("who_decides", P, "Ett nytt avtal om IT-drift är värt cirka 7 miljoner kronor. Vem beslutar om tilldelningen enligt kommunstyrelsens delegationsordning?",
     ["ks26:row:3.3"], ["arbetsutskott"], [KS24]),
    ("who_decides", E_, "En kund är skyldig kommunen 18 000 kr och vi bedömer att pengarna inte går att få in. Vem kan besluta att skriva av skulden?",
     ["ks26:row:2.3"], ["ekonomichef"], [KS24]),
    ("who_decides", E_, "Vi har en obetald fordran på 40 000 kronor som inte går att driva in. Vem beslutar om avskrivning?",
     ["ks26:row:2.4"], ["arbetsutskott"], [KS24]),
    ("who_decides", P, "Who decides on hiring a new head of administration (förvaltningschef) under the municipal executive board in Tallmo?",
     ["ks26:row:4.1"], ["kommundirektör|municipal director|chief executive"], [KS24]),
    ("who_decides", P, "Vem bestämmer kommundirektörens lön?",
     ["ks26:row:4.2"], ["ordförande"], [KS24]),
    ("who_decides", E_, "Vem får fatta beslut om att avskeda en anställd på kommunledningsförvaltningen?",
     ["ks26:row:4.4"], ["hr-chef"], [KS24]),
    ("who_decides", R, "Vår förening vill söka 15 000 kr ur kommunstyrelsens föreningsanslag. Vem är det som beslutar om bidraget?",
     ["ks26:row:6.3"], ["fritidschef"], [KS24]),
    ("who_decides", R, "Vem beslutar om kommunen ska sälja en fastighet för 3,5 miljoner kronor?",
     ["ks26:row:5.2"], ["arbetsutskott"], [KS24]),
    ("who_decides", E_, "Om något är så bråttom att kommunstyrelsen inte hinner sammanträda – vem får då ta beslutet?",
     ["ks26:row:1.1"], ["ordförande"], [KS24]),
    ("who_decides", R, "Vi ska ha en musikfestival på torget och polisen vill ha kommunens yttrande över tillståndet. Vem på kommunen lämnar det yttrandet?",
     ["ks26:row:6.1"], ["säkerhetssamordnare"], [KS24]),
    ("who_decides", R, "Jag får försörjningsstöd och behöver runt 3 000 kr till en ny säng. Vem beslutar om sådant bistånd?",
     ["sn:row:r02"], ["handläggare|socialsekreterare"], []),
    ("who_decides", E_, "Vem beslutar om bistånd till livsföring i övrigt när beloppet är större än två prisbasbelopp?",
     ["sn:row:r05"], ["individutskott"], []),
    ("who_decides", E_, "Vem fattar beslutet att inleda en utredning om ett barn efter en orosanmälan?",
     ["sn:row:r09"], ["handläggare|socialsekreterare"], []),
    ("who_decides", P, "Vem får besluta om omedelbart omhändertagande av ett barn enligt LVU när socialnämnden inte hinner samlas?",
     ["sn:row:r14"], ["ordförande"], []),
    ("who_decides", R, "Min mamma behöver flytta till ett äldreboende. Vem fattar beslutet om plats?",
     ["sn:row:r22"], ["enhetschef"], []),
    ("who_decides", R, "Vem beslutar om min pappa kan få trygghetslarm?",
     ["sn:row:r21"], ["biståndshandläggare"], []),
    ("who_decides", E_, "Vem beslutar om bostad med särskild service enligt LSS för en vuxen?",
     ["sn:row:r26"], ["avdelningschef"], []),
    ("who_decides", E_, "En vuxen klient behöver behandling på HVB i ungefär 45 dygn. Vem får besluta om det?",
     ["sn:row:r17"], ["avdelningschef"], []),
    ("who_decides", R, "Vem bestämmer om mitt barn får skolskjuts?",
     ["bun:row:6"], ["skolskjutshandläggare"], []),
    ("who_decides", R, "Vi behöver förtur till förskoleplats av särskilda skäl. Vem tar det beslutet?",
     ["bun:row:2"], ["rektor"], []),
    ("who_decides", E_, "Vem beslutar om tilläggsbelopp till en fristående skola för en elev med stort stödbehov?",
     ["bun:row:15"], ["förvaltningschef"], []),
    ("who_decides", P, "Who decides if the municipality buys a property for 25 million kronor?",
     ["reg:st:fastkf"], ["kommunfullmäktige|municipal council"], []),
    ("who_decides", R, "Jag ska bygga en villa inom detaljplan och allt följer planen. Vem beslutar om mitt bygglov?",
     ["mbn:row:B1"], ["bygglovshandläggare"], []),
    ("who_decides", R, "Vem beslutar om en byggsanktionsavgift på 70 000 kronor?",
     ["mbn:row:B13"], ["arbetsutskott"], []),
    ("who_decides", R, "Vem ger tillstånd till att borra för bergvärme?",
     ["mbn:row:M4"], ["miljöinspektör"], []),
    ("who_decides", E_, "Vem beslutar om ett föreläggande med vite på 150 000 kronor enligt miljöbalken?",
     ["mbn:row:M3"], ["arbetsutskott"], []),

    # ---------------- fact (12) ----------------
    ("fact", R, "Hur mycket kostar bygglov för ett nytt enbostadshus?",
     ["taxa:fact:1.1"], ["24 320|24320"], []),
    ("fact", R, "Vad är timavgiften i kommunens plan- och bygglovstaxa?",
     ["taxa:fact:timavgift"], ["1 280|1280"], []),
    ("fact", R, "Vad kostar det att anmäla ett attefallshus?",
     ["taxa:fact:2.1"], ["8 960|8960"], []),
    ("fact", R, "Vad kostar en strandskyddsdispens?",
     ["taxa:fact:2.5"], ["12 800|12800"], []),
    ("fact", P, "Hur många ledamöter och ersättare har kommunstyrelsen?",
     ["reg:fact:ledamoter"], ["13", "9"], []),
    ("fact", E_, "Hur mycket får vi lägga per person på en middag när vi har besök från en annan kommun?",
     ["pol:fact:extern"], ["700"], []),
    ("fact", E_, "Hur dyr gåva får jag som anställd ta emot?",
     ["pol:fact:ta_emot"], ["300"], []),
    ("fact", E_, "Hur ofta får vi ha personalfest på kommunens bekostnad och vad får den kosta per person?",
     ["pol:fact:intern"], ["två gånger|2 gånger", "450"], []),
    ("fact", R, "Vilka bibliotek ska få meröppet enligt biblioteksplanen?",
     ["bib:fact:act3"], ["norrby", "sjövik"], []),
    ("fact", P, "Till och med när gäller biblioteksplanen?",
     ["bib:meta:Giltighetstid"], ["2029-12-31|31 december 2029"], []),
    ("fact", E_, "Vem är dokumentansvarig för socialnämndens delegationsordning?",
     ["sn:meta:instans"], ["socialchef"], []),
    ("fact", R, "Om jag får avslag på min bygglovsansökan, måste jag ändå betala något?",
     ["taxa:fact:avslag"], ["2 timmar|två timmar"], []),

    # ---------------- which_applies (6) ----------------
    ("which_applies", E_, "Vilken delegationsordning gäller för kommunstyrelsen just nu, och när beslutades den?",
     ["ks26:meta:Beslutsdatum"], ["2026-03-11|11 mars 2026"], [KS24]),
    ("which_applies", E_, "Jag är chef på kommunledningsförvaltningen. Gäller fortfarande att jag bara får besluta om upphandlingar upp till 500 000 kr?",
     ["ks26:row:3.1"], ["1 000 000|1 miljon|en miljon"], [KS24]),
    ("which_applies", E_, "Vilket styrdokument reglerar vem som får beslutsattestera fakturor?",
     ["att:meta:beslutad"], ["attest"], []),
    ("which_applies", R, "Vilken taxa gäller för bygglov i Tallmo under 2026?",
     ["taxa:meta:cover"], ["plan- och bygglovstaxa"], []),
    ("which_applies", P, "Vilket reglemente styr kommunstyrelsen och från när gäller det?",
     ["reg:meta:ikraft"], ["2026-01-01|1 januari 2026"], []),
    ("which_applies", R, "Vilken plan styr hur biblioteken i kommunen ska utvecklas?",
     ["bib:meta:Beslutad av"], ["biblioteksplan"], []),

    # ---------------- supersession (5) ----------------
    ("supersession", P, "Vilket dokument ersatte kommunstyrelsens delegationsordning från 2024?",
     ["ks26:meta:Ersätter"], ["2026-03-11|11 mars 2026|§ 41"], []),
    ("supersession", P, "Hur har gränsen för förvaltningschefens beslut om upphandling ändrats mellan delegationsordningarna från 2024 och 2026?",
     ["ks26:row:3.1", "ks24:row:C1"], ["500 000", "1 000 000|1 miljon"], []),
    ("supersession", E_, "Gäller kommunstyrelsens delegationsordning från maj 2024 fortfarande?",
     ["ks26:meta:Gäller från"], ["nej|ersatt|upphävd", "2026-04-01|1 april 2026"], []),
    ("supersession", P, "Vilket tidigare reglemente ersätts av det nuvarande reglementet för kommunstyrelsen?",
     ["reg:meta:ikraft"], ["tfs 2019:3|2019-02-25"], []),
    ("supersession", P, "Vem beslutade tidigare om anställning av förvaltningschefer, och vem gör det nu?",
     ["ks26:row:4.1", "ks24:row:D1"], ["arbetsutskott", "kommundirektör"], []),

    # ---------------- doc_decision (6) ----------------
    ("doc_decision", P, "När antogs socialnämndens delegationsordning, och av vem?",
     ["sn:meta:instans"], ["socialnämnden", "2025-04-23|23 april 2025"], []),
    ("doc_decision", R, "Vem har beslutat om plan- och bygglovstaxan och när?",
     ["taxa:meta:cover"], ["kommunfullmäktige", "2025-11-24|24 november 2025"], []),
    ("doc_decision", P, "Vilken paragraf i protokollet gäller beslutet om barn- och utbildningsnämndens delegationsordning?",
     ["bun:meta:antagen"], ["§ 57|57"], []),
    ("doc_decision", E_, "Vem har fattat beslut om riktlinjen för attest och beslutsattest?",
     ["att:meta:beslutad"], ["kommundirektör"], []),
    ("doc_decision", P, "När beslutade kommunfullmäktige om biblioteksplanen?",
     ["bib:meta:Beslutsdatum"], ["2026-02-23|23 februari 2026"], []),
    ("doc_decision", E_, "Vilket diarienummer har miljö- och byggnadsnämndens delegationsordning?",
     ["mbn:meta:beslut"], ["mbn 2025/311"], []),

    # ---------------- yes_no (5) ----------------
    ("yes_no", R, "Får en bygglovshandläggare själv besluta om bygglov med liten avvikelse från detaljplanen?",
     ["mbn:row:B2"], ["nej", "bygglovschef"], []),
    ("yes_no", P, "Kan socialnämndens ordförande besluta om omedelbart omhändertagande enligt LVM?",
     ["sn:row:r19"], ["ja"], []),
    ("yes_no", E_, "Får kommunen betala för vin till vår personalfest?",
     ["pol:fact:alkohol"], ["nej"], []),
    ("yes_no", E_, "Får ekonomichefen ta upp lån för kommunens räkning utan att kommunstyrelsen beslutar i varje enskilt fall?",
     ["ks26:row:2.1"], ["ja", "låneram"], [KS24]),
    ("yes_no", R, "Måste skolan fråga barn- och utbildningsnämnden innan rektorn beviljar mitt barn ledighet?",
     ["bun:st:ledighet"], ["nej", "rektor"], []),

    # ---------------- two_step (4) ----------------
    ("two_step", P, "Kommunen vill sälja en fastighet för 12 miljoner kronor. Vilket organ beslutar om affären – räcker delegationen eller krävs fullmäktige?",
     ["reg:st:fast", "ks26:row:5.2"], ["kommunstyrelsen", "20 miljoner|20 mnkr"], [KS24]),
    ("two_step", R, "Vad kostar bygglov för ett nytt enbostadshus inom detaljplan, och vem på kommunen beslutar om lovet när det följer planen?",
     ["taxa:fact:1.1", "mbn:row:B1"], ["24 320|24320", "bygglovshandläggare"], []),
    ("two_step", P, "Vilken paragraf i LVU hänvisar socialnämndens delegationsordning till för omedelbart omhändertagande, och vem får fatta beslutet?",
     ["sn:row:r14"], ["6 § lvu", "ordförande"], []),
    ("two_step", E_, "Vår förening beviljades 25 000 kr ur kommunstyrelsens föreningsanslag. Vem fattar det beslutet, och vem beslutsattesterar sedan utbetalningen inom egen ansvarsenhet?",
     ["ks26:row:6.4", "att:row:a1"], ["arbetsutskott", "budgetansvarig chef"], [KS24]),

    # ---------------- unanswerable (11) ----------------
    ("unanswerable", R, "Vem beslutar om färdtjänst i Tallmo?", [], [], []),
    ("unanswerable", R, "Vad kostar hemtjänst per timme?", [], [], []),
    ("unanswerable", R, "Vem beslutar om serveringstillstånd för alkohol till vår restaurang?", [], [], []),
    ("unanswerable", R, "Hur mycket är förskoleavgiften per månad?", [], [], []),
    ("unanswerable", R, "Vem beslutar om parkeringstillstånd för rörelsehindrade?", [], [], []),
    ("unanswerable", R, "Vad kostar det att hyra idrottshallen en kväll?", [], [], []),
    ("unanswerable", R, "Vem beslutar om bostadsanpassningsbidrag?", [], [], []),
    ("unanswerable", P, "Vilken skattesats har kommunen 2026?", [], [], []),
    ("unanswerable", R, "Vilka öppettider har huvudbiblioteket på lördagar?", [], [], []),
    ("unanswerable", R, "Who decides which private roads get snow clearing in winter?", [], [], []),
    ("unanswerable", E_, "Vem beslutar om lönesättning för lärare?", [], [], []),

    # ---------------- resident_internal (2) ----------------
    ("resident_internal", R, "Vem på kommunen godkänner fakturor på över en miljon kronor?", [], [], [ATT]),
    ("resident_internal", R, "Vem attesterar kommundirektörens egna resor och utlägg?", [], [], [ATT]),
]


def make(marks, docs):
    out = []
    for i, (kind, aud, text, ms, must, mnc) in enumerate(Q, 1):
        gold_docs, gold_pages = [], []
        for m in ms:
            f = FILE_OF[m.split(":")[0]]
            gold_docs.append(f)
            gold_pages.append(marks[m])
        answerable = kind not in ("unanswerable", "resident_internal")
        out.append({"id": "bl9-%03d" % i, "question": text, "audience": aud,
                    "as_of": "2026-11-26", "as_of_in_words": False, "answerable": answerable,
                    "gold_documents": gold_docs, "gold_pages": gold_pages,
                    "must_contain": must, "must_not_cite": mnc, "kind": kind, "history": []})
    assert len(out) == 80, len(out)
    return out
