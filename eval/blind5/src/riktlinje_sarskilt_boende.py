"""Riktlinje för särskilt boende för äldre – layout N4 (marginal headings; the decision data
are the first margin-headed rows, dates as '24/9 2025'). Fictitious."""
from common import bullets, n4_build, stm, styles, truth

FILE = "riktlinje-sarskilt-boende.pdf"
TITLE = "Riktlinje för särskilt boende för äldre"

TRUTH = truth(
    layout="N4",
    title=TITLE,
    doc_type="riktlinje",
    decided_by="vård- och omsorgsnämnden",
    decision_date="2025-09-24",
    paragraph="§ 92",
    diarienummer="VON 2025/77",
    valid_from="2025-11-01",
    replaces="Riktlinje för särskilt boende, fastställd 19/5 2021, § 44",
    scope="biståndsenheten och kommunens särskilda boenden för äldre",
    owner="Chef för biståndsenheten",
    review_date="2027-10-31",
    status_2026_11_26="gällande",
    statements=[
        stm("Utredning och beslut görs av biståndshandläggare", "biståndshandläggare", 1),
        stm("Ansökan om parboende prövas av biståndshandläggare", "biståndshandläggare", 1),
        stm("Enhetschefen på boendet avgör", "enhetschef (på boendet)", 1),
    ],
    notes="N4: margin rows 'Beslut' (Fastställd av vård- och omsorgsnämnden 24/9 2025, § 92. "
          "Gäller från 1/11 2025 och ersätter Riktlinje för särskilt boende, fastställd 19/5 "
          "2021, § 44.), 'Diarienummer' VON 2025/77, 'Gäller för', 'Ansvarig', 'Uppföljning' "
          "(ses över senast 2027-10-31). Facts: 65 år (younger with demenssjukdom), beslut "
          "within four weeks, erbjudande aim within three months, answer within three days, "
          "hyra from the tenth day after the offer, two refusals → omprövning, internflytt at "
          "own cost, parboende (partner pays hyra and måltider, no omsorgsavgift), husdjur "
          "decided by enhetschef, avgifter per taxa, appeal to förvaltningsrätten within three "
          "weeks, not verkställt within three months reported to IVO and KF. Cites the "
          "reglemente (KF 2025-06-16, § 74) and VON's delegationsordning.",
)


def rows(s):
    b = s["body"]
    return [
        ("Beslut", "Fastställd av vård- och omsorgsnämnden 24/9 2025, § 92. Gäller från 1/11 "
         "2025 och ersätter Riktlinje för särskilt boende, fastställd 19/5 2021, § 44."),
        ("Diarienummer", "VON 2025/77"),
        ("Gäller för", "Biståndsenheten och kommunens särskilda boenden för äldre."),
        ("Ansvarig", "Chef för biståndsenheten"),
        ("Uppföljning", "Riktlinjen ses över senast 2027-10-31."),
        ("Bakgrund", "Nämnden beslutar om riktlinjer för biståndsbedömning enligt reglementet "
         "för vård- och omsorgsnämnden (kommunfullmäktige 2025-06-16, § 74). Riktlinjen är ett "
         "stöd för bedömningen men ersätter aldrig en individuell prövning."),
        ("Vem kan få särskilt boende", "Särskilt boende kan beviljas den som har omfattande "
         "och varaktiga behov av vård och omsorg dygnet runt och inte kan få sina behov "
         "tillgodosedda i hemmet, även med hemtjänst och andra insatser. Huvudregeln är att "
         "den sökande har fyllt 65 år. Yngre personer med demenssjukdom kan beviljas plats i "
         "demensboende."),
        ("Ansökan och beslut", "Ansökan görs hos biståndsenheten, muntligt eller skriftligt. "
         "Utredning och beslut görs av biståndshandläggare enligt vård- och omsorgsnämndens "
         "delegationsordning. Beslut ska normalt fattas inom fyra veckor från ansökan."),
        ("Erbjudande om plats", "Ett erbjudande lämnas så snart det finns en lämplig "
         "lägenhet. Målet är att erbjudande ska lämnas inom tre månader från beslutet. Den "
         "sökande ska lämna besked inom tre dagar. Hyra debiteras från och med tillträdesdagen, "
         "som är den tionde dagen efter erbjudandet om inget annat har överenskommits."),
        ("Tacka nej", "Den som tackar nej till ett erbjudande står kvar i kön. Tackar den "
         "sökande nej till två erbjudanden ska beslutet omprövas."),
        ("Önskemål om boende", "Önskemål om ett visst boende tillgodoses om det är möjligt. "
         "Den som väntar på ett önskat boende kan först flytta in på ett annat boende och "
         "senare flytta internt när en plats blir ledig. Kommunen betalar inte "
         "flyttkostnaden vid en sådan internflytt."),
        ("Parboende", "Make, maka, registrerad partner eller sambo som har levt tillsammans "
         "varaktigt har rätt att fortsätta bo tillsammans, även om bara den ena har behov av "
         "särskilt boende. Ansökan om parboende prövas av biståndshandläggare. Den medflyttande "
         "betalar hyra och måltider men ingen omsorgsavgift."),
        ("Husdjur", "Husdjur får tas med om den boende själv, eller med hjälp av anhöriga, kan "
         "sköta djuret och det inte stör andra boende eller medarbetare med allergi. "
         "Enhetschefen på boendet avgör frågan."),
        ("Avgifter", "Avgift för omsorg och måltider tas ut enligt kommunens taxa för avgifter "
         "inom vård och omsorg. Hyran regleras i hyresavtalet."),
        ("I väntan på plats", "Den som har beslut om särskilt boende men inte kan bo kvar "
         "hemma i väntan på plats kan beviljas korttidsvistelse."),
        ("Ej verkställda beslut", "Beslut som inte har verkställts inom tre månader "
         "rapporteras till Inspektionen för vård och omsorg och till kommunfullmäktige."),
        ("Överklagande", "Ett avslag kan överklagas hos förvaltningsrätten. Överklagandet ska "
         "ha kommit in till kommunen inom tre veckor från den dag då den sökande fick del av "
         "beslutet."),
        ("Boende i annan kommun", bullets([
            "Den som vill flytta till ett särskilt boende i en annan kommun ansöker hos den "
            "kommunen.",
            "Biståndsenheten hjälper till med underlag till ansökan.",
        ], b)),
    ]


def build(out_path):
    s = styles("Helvetica", 9.8)
    n4_build(out_path, TITLE, "Vård- och omsorgsnämnden", "Riktlinje", "Dnr VON 2025/77",
             rows(s), s,
             ingress="Riktlinjen beskriver hur kommunen prövar ansökningar om särskilt boende "
                     "och vad som gäller när en plats erbjuds.")
