"""F5: Reglemente för tekniska nämnden (KF; attachment stamp to the KF protocol)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from reportlab.lib.units import mm
from common import styles, numbered_canvas, truth, stm
import lay_f5
from lay_f5 import para

FILE = "reglemente-tekniska-namnden.pdf"
TITLE = "Reglemente för tekniska nämnden"
ST = styles("Helvetica", 9.5, 13)

TRUTH = truth(
    layout="F5", title=TITLE, doc_type="reglemente", decided_by="kommunfullmäktige",
    decision_date="2025-03-24", paragraph="§ 31", diarienummer="KS 2024/301",
    valid_from="2025-05-01", valid_to=None,
    replaces="reglemente för tekniska nämnden som kommunfullmäktige antog 2019-11-25, § 102",
    replaces_file=None, scope=None, owner=None, review_date=None, publication_stated=None,
    publication="extern", status_2026_11_26="gällande",
    statements=[
        stm("Handläggning av parkeringstillstånd för personer med rörelsehinder",
            "miljö- och samhällsbyggnadsnämnden", 1),
        stm("Fastställande av taxor för vatten och avlopp, avfall och upplåtelse av offentlig "
            "plats", "kommunfullmäktige (nämnden bereder)", 1),
        stm("Igångsättning av investeringsprojekt över 10 miljoner kronor", "kommunstyrelsen", 1),
        stm("Försäljning av fordon, maskiner och annan lös egendom över 3 prisbasbelopp",
            "kommunstyrelsen", 1),
        stm("Deltagande på distans", "ordföranden", 2),
        stm("Undertecknande av handlingar", "ordföranden (vid förfall vice ordföranden), "
                                            "kontrasignerat av teknisk chef", 2),
    ],
    notes="Reglemente adopted by kommunfullmäktige; the decision appears only in the typed "
          "attachment stamp on every page ('Bilaga 3 till protokoll 24 mars 2025, § 31'). "
          "Validity and the replaced 2019 reglemente are in the last paragraph. The body cites "
          "three other decisions: KF 2018-09-24 § 77 (the nämnd was created), KF 2022-06-20 § 58 "
          "(gatubelysning) and KF 2023-02-27 § 14 (gemensamma bestämmelser).")


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [Spacer(1, 6 * mm), P(TITLE, "h1"), P(
        "Kommunfullmäktige beslutade 2018-09-24, § 77, att inrätta tekniska nämnden från och med "
        "2019-01-01. Utöver vad som föreskrivs i kommunallagen och annan lagstiftning gäller "
        "bestämmelserna i detta reglemente. För nämnden gäller också kommunfullmäktiges "
        "gemensamma bestämmelser för nämnderna, antagna 2023-02-27, § 14.")]
    s += [P("Nämndens uppgifter", "h2")]
    s += [para("1 §", "Verksamhetsområde", [
        "Tekniska nämnden ansvarar för",
        "a) gator, vägar, torg, parker och annan allmän platsmark där kommunen är huvudman,",
        "b) gatubelysningen, enligt kommunfullmäktiges beslut 2022-06-20, § 58,",
        "c) den allmänna vatten- och avloppsanläggningen som huvudman enligt lagen om allmänna "
        "vattentjänster,",
        "d) insamling och transport av hushållsavfall,",
        "e) förvaltning och underhåll av kommunens verksamhetslokaler, och",
        "f) kommunens fordon och maskiner."]),
        para("2 §", "Trafik", [
        "Nämnden fullgör kommunens uppgifter enligt trafikförordningen, bland annat lokala "
        "trafikföreskrifter, parkeringsövervakning och flyttning av fordon. Ärenden om "
        "parkeringstillstånd för personer med rörelsehinder handläggs inte av tekniska nämnden "
        "utan av miljö- och samhällsbyggnadsnämnden."]),
        para("3 §", "Bidrag till enskilda vägar", [
        "Nämnden beslutar om bidrag till enskilda vägar inom ramen för budgeten och enligt de "
        "riktlinjer som nämnden själv fastställer."]),
        para("4 §", "Taxor och avgifter", [
        "Nämnden bereder förslag till taxor för vatten och avlopp, avfall och upplåtelse av "
        "offentlig plats. Taxorna fastställs av kommunfullmäktige. Om en taxa medger det får "
        "nämnden varje år räkna om avgifterna enligt det index som anges i taxan."]),
        para("5 §", "Investeringar", [
        "Nämnden beslutar om igångsättning av investeringsprojekt inom sin budget. Ett projekt "
        "med en beräknad utgift över 10 miljoner kronor får påbörjas först efter beslut av "
        "kommunstyrelsen."]),
        para("6 §", "Försäljning av lös egendom", [
        "Nämnden får sälja fordon, maskiner och annan lös egendom som den förvaltar om värdet "
        "är högst 3 prisbasbelopp. Försäljning över det beloppet beslutas av kommunstyrelsen."]),
        para("7 §", "Krisberedskap", [
        "Nämnden ska ha planer för att kunna upprätthålla vattenförsörjning, avlopp och "
        "framkomlighet på gatorna vid extraordinära händelser och samverkar med "
        "kommunstyrelsen i krisberedskapsarbetet."])]
    s += [P("Arbetsformer", "h2")]
    s += [para("8 §", "Sammansättning", [
        "Nämnden består av sju ledamöter och fem ersättare som väljs av kommunfullmäktige."]),
        para("9 §", "Arbetsutskott", [
        "Nämnden har ett arbetsutskott med tre ledamöter och två ersättare. Arbetsutskottet "
        "bereder ärenden till nämnden och beslutar i de ärenden som nämnden har delegerat."]),
        para("10 §", "Sammanträden", [
        "Nämnden sammanträder enligt en plan som den fastställer för varje år. Extra "
        "sammanträde hålls när ordföranden anser att det behövs eller när minst en tredjedel "
        "av ledamöterna begär det."]),
        para("11 §", "Kallelse", [
        "Kallelse med föredragningslista skickas elektroniskt till ledamöter och ersättare "
        "senast fem dagar före sammanträdet."]),
        para("12 §", "Deltagande på distans", [
        "En ledamot får delta på distans om ordföranden medger det. Anmälan ska göras senast två "
        "dagar före sammanträdet. Vid sammanträden där personärenden behandlas får deltagande "
        "på distans inte ske."]),
        para("13 §", "Justering av protokoll", [
        "Protokollet justeras av ordföranden och en ledamot senast fjorton dagar efter "
        "sammanträdet. Nämnden får besluta att en paragraf ska justeras omedelbart."]),
        para("14 §", "Undertecknande av handlingar", [
        "Avtal, skrivelser och andra handlingar som beslutats av nämnden undertecknas av "
        "ordföranden eller vid förfall av vice ordföranden och kontrasigneras av teknisk chef."]),
        para("15 §", "Rapportering till fullmäktige", [
        "Nämnden redovisar två gånger per år till kommunfullmäktige hur verksamheten har "
        "utvecklats och hur den ekonomiska ställningen är, i delårsrapporten och i "
        "årsredovisningen."]),
        para("16 §", "Ikraftträdande", [
        "Reglementet gäller från och med den 1 maj 2025 och ersätter reglemente för tekniska "
        "nämnden som kommunfullmäktige antog 2019-11-25, § 102."])]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_f5.build(out_path, TITLE, ["KOMMUNFULLMÄKTIGE", "Bilaga 3 till protokoll",
                                   "24 mars 2025, § 31", "Dnr KS 2024/301"], story(),
                 numbered_canvas)
