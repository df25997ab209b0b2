"""B9: Riktlinje för hantering av personuppgiftsincidenter (internal, kommundirektör)."""
import pathlib
from reportlab.platypus import Paragraph, Spacer
from common import styles, numbered_canvas, bullets
import lay_b9

TITLE = "Riktlinje för hantering av personuppgiftsincidenter"
ST = styles("Helvetica", 10, 14)


def story():
    P = lambda t, s="body": Paragraph(t, ST[s])
    s = [P(TITLE, "h1")]
    s += [P("Syfte och tillämpning", "h2"), P(
        "En personuppgiftsincident är en säkerhetsincident som leder till att personuppgifter "
        "förstörs, går förlorade, ändras eller röjs för obehöriga. Riktlinjen beskriver hur "
        "kommunens förvaltningar ska upptäcka, rapportera, bedöma och dokumentera sådana "
        "incidenter så att kommunen uppfyller kraven i dataskyddsförordningen (GDPR). Den gäller "
        "för samtliga förvaltningar och för alla som behandlar personuppgifter för kommunens "
        "räkning.")]
    s += [P("Exempel på incidenter", "h2")]
    s += bullets([
        "e-post med känsliga uppgifter skickas till fel mottagare,",
        "en bärbar dator eller mobiltelefon med personuppgifter stjäls eller tappas bort,",
        "obehöriga får åtkomst till ett verksamhetssystem på grund av felaktiga behörigheter,",
        "ett it-angrepp gör att uppgifter inte kan nås eller har krypterats."], ST)
    s += [P("Rapportering internt", "h2"), P(
        "Den som upptäcker en misstänkt incident ska omedelbart informera sin närmaste chef och "
        "rapportera den i kommunens incidentformulär på intranätet. Rapporteringen ska ske "
        "även om det är osäkert om en incident har inträffat. Chefen informerar "
        "dataskyddssamordnaren på förvaltningen samma dag.")]
    s += [P("Bedömning och anmälan till IMY", "h2"), P(
        "Dataskyddssamordnaren gör tillsammans med verksamheten en riskbedömning. En incident "
        "som kan medföra risk för de registrerades rättigheter och friheter ska anmälas till "
        "Integritetsskyddsmyndigheten (IMY) inom 72 timmar från att den upptäcktes."), P(
        "Beslut om anmälan till IMY fattas av förvaltningschefen för den förvaltning där "
        "incidenten har inträffat, efter samråd med dataskyddsombudet. Om incidenten berör flera "
        "förvaltningar beslutar kommundirektören. Beslut om att informera de registrerade fattas "
        "i samma ordning.")]
    s += [P("Dokumentation och uppföljning", "h2"), P(
        "Alla incidenter dokumenteras i kommunens incidentlogg, även de som inte anmäls till IMY. "
        "Dataskyddsombudet sammanställer incidenterna och redovisar dem till kommunstyrelsen en "
        "gång per år. Varje nämnd är personuppgiftsansvarig för sin verksamhet och informeras om "
        "incidenter som rör nämndens ansvarsområde."), P(
        "Riktlinjen är ett internt dokument. Den får inte spridas utanför kommunens organisation "
        "utan kommundirektörens medgivande.")]
    return s


def build(out_path: pathlib.Path) -> None:
    lay_b9.build(out_path, TITLE, story(), [
        ("Dokumenttyp", "Riktlinje"),
        ("Fastställd av", "Kommundirektör"),
        ("Beslutsdatum", "2025-09-15"),
        ("Diarienummer", "KS 2025/412"),
        ("Giltig", "Tills vidare"),
        ("Dokumentansvarig", "Dataskyddssamordnare, kommunledningsförvaltningen"),
    ], "Kommunledningsförvaltningen", "ENDAST INTERNT", "Får inte spridas utanför organisationen",
        numbered_canvas)
