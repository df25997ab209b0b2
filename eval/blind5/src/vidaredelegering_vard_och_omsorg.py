"""Förvaltningschefens vidaredelegering inom vård- och omsorgsförvaltningen – layout N1, an
INTERNAL document (stamp on the cover, footer note on every later page). Fictitious.

Decided by the förvaltningschef (no §). Ersättning för sakskada: EC ≤ 5 000 kr, VC ≤ 1 pbb,
above that the förvaltningschef; direktupphandling EC ≤ 100 000 kr, VC ≤ 700 000 kr."""
from common import Paragraph, cap, dec, grid_table, n1_build, n1_delegate, sp, styles, truth
from common import TocHeading

FILE = "vidaredelegering-vard-och-omsorgsforvaltningen.pdf"
TITLE = "Vidaredelegering inom vård- och omsorgsförvaltningen"

ABBR = {
    "FC": "förvaltningschef",
    "VC": "verksamhetschef",
    "EC": "enhetschef",
    "BEC": "chef för biståndsenheten",
    "MAS": "medicinskt ansvarig sjuksköterska",
    "VON": "vård- och omsorgsnämnden",
    "pbb": "prisbasbelopp",
    "LOU": "lagen (2016:1145) om offentlig upphandling",
}

TRUTH = truth(
    layout="N1",
    title=TITLE,
    doc_type="vidaredelegering",
    decided_by="förvaltningschef",
    decision_date="2026-01-15",
    paragraph=None,
    diarienummer="VON 2026/9",
    valid_from="2026-02-01",
    replaces="version 1, fastställd 2024-02-01",
    scope="vård- och omsorgsförvaltningens chefer",
    owner="Administrativ chef",
    publication_stated="intern",
    status_2026_11_26="gällande",
    abbreviations=ABBR,
    decisions=[
        dec("Direktupphandling och avrop från ramavtal", "verksamhetschef", "VC",
            "över 100 000 kr och högst 700 000 kr per köp", 3),
        dec("Ersättning till brukare för skada på egendom som orsakats av personal",
            "verksamhetschef", "VC", "över 5 000 kr och högst ett prisbasbelopp per "
            "skadetillfälle", 3),
        dec("Tillfällig stängning av dagverksamhet eller korttidsboende", "verksamhetschef",
            "VC", "högst fjorton dagar", 3),
        dec("Ersättning till brukare för skada på egendom som orsakats av personal",
            "enhetschef", "EC", "högst 5 000 kr per skadetillfälle", 4),
        dec("Direktupphandling och avrop från ramavtal", "enhetschef", "EC",
            "högst 100 000 kr per köp", 4),
        dec("Tjänstledighet utan lön", "enhetschef", "EC", "högst sex månader", 4),
        dec("Avskrivning av fordran avseende vård- och omsorgsavgifter",
            "chef för biståndsenheten", "BEC", "högst 10 000 kr per fordran", 4),
    ],
    notes="N1 internal: cover stamp 'INTERNT DOKUMENT / Publiceras endast på intranätet', "
          "cover box 'Version: 2 / Beslutsinstans: Förvaltningschef, vård- och "
          "omsorgsförvaltningen / Diarienummer: VON 2026/9 / Dokumentansvarig: Administrativ "
          "chef / Publicering: Intranätet'; footer note on later pages. Ändringsförteckning 1 "
          "(2024-02-01, nyutgåva) and 2 (2026-01-15, from 2026-02-01). Cites VON's "
          "delegationsordning (VON 2025-12-10, § 118), not itself in the collection. Sakskada "
          "EC ≤ 5 000, VC ≤ 1 pbb, above: förvaltningschef; stängning dagverksamhet VC ≤ 14 "
          "dagar, longer FC after informing the nämnd's ordförande.",
)


def body():
    s = styles("Helvetica", 9.6)
    b, h2 = s["body"], s["h2"]
    P = lambda t: Paragraph(t, b)  # noqa: E731
    legend = grid_table([["Förkortning", "Förklaring"]] +
                        [[k, cap(v)] for k, v in ABBR.items()], [30, 100], s)
    out = [
        TocHeading("1 ALLMÄNT", h2, "1 Allmänt"),
        P("Vård- och omsorgsnämnden har i sin delegationsordning (beslutad 2025-12-10, § 118) "
          "gett förvaltningschefen rätt att enligt 7 kap. 6 § kommunallagen vidaredelegera sin "
          "beslutanderätt till annan anställd. Med stöd av detta vidaredelegerar "
          "förvaltningschefen beslutanderätten i de ärenden som anges i avsnitt 2."),
        P("Dokumentet riktar sig till vård- och omsorgsförvaltningens chefer och är ett internt "
          "arbetsdokument som publiceras på intranätet."),
        P("Myndighetsbeslut enligt socialtjänstlagen och lagen om stöd och service till vissa "
          "funktionshindrade, till exempel beslut om bistånd och avgifter, omfattas inte. De "
          "fattas enligt nämndens delegationsordning."),
        Paragraph("Anmälan", s["h3"]),
        P("Förvaltningschefens beslut om vidaredelegering anmäls till vård- och "
          "omsorgsnämnden. Beslut som fattas med stöd av vidaredelegeringen anmäls till "
          "förvaltningschefen en gång per månad genom en förteckning."),
        Paragraph("Ingen ytterligare delegering", s["h3"]),
        P("Den som har fått beslutanderätt genom vidaredelegering får inte delegera den vidare."),
        Paragraph("Förfall", s["h3"]),
        P("Vid förfall för enhetschef beslutar verksamhetschefen. Vid förfall för "
          "verksamhetschef beslutar förvaltningschefen."),
        P("Denna version ersätter version 1, fastställd 2024-02-01."),
        TocHeading("1.1 Förkortningar", s["h3"], "1.1 Förkortningar"),
        legend,
        sp(6),
        TocHeading("2 VIDAREDELEGERING", h2, "2 Vidaredelegering"),
    ]
    out += n1_delegate("2.1", "verksamhetschef", "VC", [
        "Direktupphandling och avrop från ramavtal över 100 000 kr och högst 700 000 kr per "
        "köp.",
        "Ersättning till brukare för skada på egendom som orsakats av personal, över 5 000 kr "
        "och högst ett prisbasbelopp per skadetillfälle. Högre belopp beslutas av "
        "förvaltningschefen.",
        "Tillfällig stängning av dagverksamhet eller korttidsboende, högst fjorton dagar. "
        "Längre stängning beslutas av förvaltningschefen efter information till nämndens "
        "ordförande.",
        "Anställning av enhetschef efter samråd med HR-avdelningen.",
        "Tjänstledighet utan lön längre än sex månader och högst ett år.",
    ], s, lead="får efter vidaredelegering besluta i följande ärenden:")
    out += n1_delegate("2.2", "enhetschef", "EC", [
        "Direktupphandling och avrop från ramavtal, högst 100 000 kr per köp.",
        "Ersättning till brukare för skada på egendom som orsakats av personal, högst 5 000 kr "
        "per skadetillfälle.",
        "Anställning av medarbetare inom enhetens budget.",
        "Tjänstledighet utan lön, högst sex månader.",
        "Mottagande av gåvor till enheten (inte till enskild medarbetare), högst 3 000 kr.",
    ], s, lead="får efter vidaredelegering besluta i följande ärenden:")
    out += n1_delegate("2.3", "chef för biståndsenheten", "BEC", [
        "Avskrivning av fordran avseende vård- och omsorgsavgifter, högst 10 000 kr per "
        "fordran.",
        "Avslag på begäran om att lämna ut allmän handling inom biståndsenheten.",
    ], s, lead="får efter vidaredelegering besluta i följande ärenden:")
    out += n1_delegate("2.4", "medicinskt ansvarig sjuksköterska", "MAS", [
        "Inköp av medicintekniska produkter och förbrukningsartiklar inom budget, högst "
        "200 000 kr per köp.",
    ], s, lead="får efter vidaredelegering besluta i följande ärenden:")
    return out


def build(out_path):
    box = [("Version", "2"),
           ("Beslutsinstans", "Förvaltningschef, vård- och omsorgsförvaltningen"),
           ("Diarienummer", "VON 2026/9"), ("Dokumentansvarig", "Administrativ chef"),
           ("Publicering", "Intranätet (internt dokument)")]
    history = [
        ["1", "2024-02-01", "Nyutgåva", "Förvaltningschef"],
        ["2", "2026-01-15", "Anpassning till nämndens nya delegationsordning. Gäller från "
         "2026-02-01", "Förvaltningschef"],
    ]
    n1_build(out_path, TITLE, "Vård- och omsorgsförvaltningen", box, history, body,
             styles("Helvetica", 9.6), stamp="INTERNT DOKUMENT",
             footer_note="Internt dokument – publiceras endast på intranätet")
