"""Content of the two versions of Riktlinjer för ekonomiskt bistånd (layout B4)."""
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import bullets

TITLE = "Riktlinjer för ekonomiskt bistånd"

V = {
    2023: dict(
        law="socialtjänstlagen (2001:453)",
        el="hushållsel upp till 800 kWh per år för en person och 1 300 kWh för fler personer",
        arbetsresor="Arbetsresor med allmänna kommunikationer ersätts med kostnaden för månadskort. "
                    "Resor med egen bil ersätts med 18 kr per mil när allmänna kommunikationer saknas.",
        hem=[("Ensamstående", "9 000 kr"), ("Sammanboende", "12 000 kr"),
             ("Tillägg per barn", "1 800 kr")],
        tand="Akut tandvård beviljas efter kostnadsförslag. Kostnader över 5 000 kr kräver "
             "bedömning av förtroendetandläkare.",
        glas="Glasögon beviljas med högst 1 500 kr för enkelslipade och 2 500 kr för flerslipade glas.",
        begr="Begravningskostnader ersätts med högst 50 procent av prisbasbeloppet.",
        frist="Beslut ska normalt fattas inom tio arbetsdagar från det att ansökan är komplett.",
        extra=[],
    ),
    2026: dict(
        law="socialtjänstlagen (2025:400)",
        el="hushållsel upp till 900 kWh per år för en person och 1 500 kWh för fler personer",
        arbetsresor="Arbetsresor ersätts med kostnaden för periodkort i kollektivtrafiken. Resor med "
                    "egen bil ersätts med 25 kr per mil när kollektivtrafik saknas eller när "
                    "restiden annars överstiger 90 minuter per dag.",
        hem=[("Ensamstående", "11 000 kr"), ("Sammanboende", "14 500 kr"),
             ("Tillägg per barn", "2 200 kr")],
        tand="Akut tandvård beviljas efter kostnadsförslag. Kostnader över 7 000 kr kräver "
             "bedömning av förtroendetandläkare. Tandvård i förebyggande syfte kan beviljas till "
             "barn och till vuxna som har haft bistånd i mer än sex månader.",
        glas="Glasögon beviljas med högst 1 800 kr för enkelslipade och 3 000 kr för flerslipade glas.",
        begr="Begravningskostnader ersätts med högst 50 procent av prisbasbeloppet med avdrag för "
             "dödsboets tillgångar.",
        frist="Beslut ska fattas inom sju arbetsdagar från det att ansökan är komplett. Ansökan görs "
              "i första hand i kommunens e-tjänst.",
        extra=[
            ("Aktivitetskrav och introduktion", [
                "Den som är arbetsför och saknar sysselsättning ska delta i en heltidsaktivitet som "
                "anvisas av arbetsmarknadsenheten. Aktiviteten ska påbörjas senast fyra veckor efter "
                "det första beslutet om bistånd.",
                "Kravet kan anpassas efter den enskildes förmåga, till exempel vid sjukdom eller när "
                "föräldrar saknar barnomsorg.",
            ]),
        ],
    ),
}


def story(year, ST):
    v = V[year]
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 4 * mm), P(TITLE, "h1")]
    s += [P("1 Syfte och utgångspunkter", "h2"), P(
        "Riktlinjerna ska ge vägledning vid bedömningen av rätten till ekonomiskt bistånd enligt "
        "%s och bidra till att den som söker bistånd behandlas lika och rättssäkert. "
        "Riktlinjerna ersätter aldrig en individuell prövning: varje ansökan bedöms utifrån den "
        "sökandes situation och barnets bästa ska särskilt beaktas." % v["law"]), P(
        "Ekonomiskt bistånd är samhällets yttersta skyddsnät och ska vara ett tillfälligt stöd. "
        "Den enskilde ska i första hand försörja sig själv genom arbete, andra ersättningar eller "
        "tillgångar.")]
    s += [P("2 Försörjningsstöd", "h2"), P(
        "Försörjningsstöd lämnas för skäliga kostnader för livsmedel, kläder och skor, lek och "
        "fritid, förbrukningsvaror, hälsa och hygien, dagstidning och telefon enligt "
        "riksnormen. Därutöver lämnas bistånd för faktiska och skäliga kostnader för")]
    s += bullets([
        "boende, där hyran prövas mot kommunens skälighetsnivåer för lägenhetsstorlek,",
        v["el"] + ",",
        "hemförsäkring, fackföreningsavgift och avgift till arbetslöshetskassa,",
        "arbetsresor enligt avsnitt 2.1."], ST)
    s += [P("2.1 Arbetsresor", "h3"), P(v["arbetsresor"])]
    for head, pars in v["extra"]:
        s.append(P("3 " + head, "h2"))
        for t in pars:
            s.append(P(t))
    n = 4 if v["extra"] else 3
    s += [P("%d Livsföring i övrigt" % n, "h2"), P(
        "Bistånd till livsföring i övrigt kan lämnas för kostnader som inte återkommer "
        "regelbundet men som behövs för en skälig levnadsnivå.")]
    s += [P("%d.1 Hemutrustning" % n, "h3"), P(
        "Grundutrustning till ett hem kan beviljas den som flyttar till egen bostad efter "
        "en längre tids hemlöshet eller institutionsvistelse. Följande belopp gäller som högst:")]
    data = [[Paragraph("<b>Hushåll</b>", ST["cell"]), Paragraph("<b>Högsta belopp</b>", ST["cell"])]]
    data += [[Paragraph(a, ST["cell"]), Paragraph(b, ST["cell"])] for a, b in v["hem"]]
    t = Table(data, colWidths=[60 * mm, 40 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)]))
    s += [t, Spacer(1, 3 * mm)]
    s += [P("%d.2 Tandvård och glasögon" % n, "h3"), P(v["tand"]), P(v["glas"])]
    s += [P("%d.3 Begravning" % n, "h3"), P(v["begr"])]
    n += 1
    s += [P("%d Handläggning och beslut" % n, "h2"), P(v["frist"]), P(
        "Beslut om ekonomiskt bistånd fattas av socialsekreterare enligt socialnämndens "
        "delegationsordning. Bistånd utöver de nivåer som anges i riktlinjerna beslutas av "
        "enhetschef. Beslut om återkrav av felaktigt utbetalt bistånd fattas av enhetschef."), P(
        "Den som är missnöjd med ett beslut kan överklaga det till förvaltningsrätten. "
        "Överklagandet ska ha kommit in till socialnämnden inom tre veckor från det att den "
        "sökande tog del av beslutet.")]
    n += 1
    s += [P("%d Ansvar" % n, "h2"), P(
        "Enhetschefen för arbete och försörjning ansvarar för att riktlinjerna är kända i "
        "verksamheten och för att de följs upp årligen i samband med verksamhetsberättelsen.")]
    return s
