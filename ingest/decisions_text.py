"""Decision statements in running text: who decides what, as a reglemente, policy or styrmodell says it.

One sentence at a time, four forms (the verbs are the shared vocabulary's decision verbs):

* passive with an agent: "Visionen ... beslutas av kommunfullmäktige", "X bereds av Z och
  fastställs av Y", "Beslut om skolskjuts fattas av skolskjutsansvarig", "... regler som beslutas av
  nämnden", "större justeringar kräver beslut av kommunfullmäktige";
* active: "Kommunstyrelsen beslutar om köp ... när köpeskillingen uppgår till högst 10 miljoner
  kronor" (subject first), "I ärenden som berör flera förvaltningar beslutar kommundirektören"
  (the subject after the verb), "På tjänstemannanivå fattar förvaltningschefen beslut inom ...";
* cleft: "det är kommunfullmäktige som fastställer det" ("det" is the sentence's subject);
* with a condition and an alternative: "Planerna beslutas av fullmäktige om lagstiftningen kräver
  det, annars av nämnden" (two statements, each with its condition).

The decider must be a body, a role or a code (:mod:`ingest.deciders`): a sentence whose "decider"
is "den som" or "delegaten" states no decision right and gives nothing. A document's own adoption
("antagen av KF 2020-03-10") is metadata, not a rule, and is left to the metadata reader.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.deciders import Decider, DeciderReader
from ingest.sentences import without_section_mark
from store.vocabulary import decision_verb_patterns, find_bodies

_ADVERBS = (
    r"(?:\s+(?:alltid|normalt|också|även|slutligt|formellt|därefter|sedan|då|dock|i regel|i sista hand))*"
)
_MODAL = (
    r"(?:ska|skall|får|kan|bör|måste|har\s+rätt\s+att|äger\s+rätt\s+att|har\s+befogenhet\s+att)"
    r"(?:\s+(?:inte|endast|även|också|själv|ensam))?"
)
# where a clause starts inside a sentence: the subject of a verb is found after the last of these
_BOUNDARY = re.compile(
    r"(?:[;:]\s+|,\s+(?:medan|men|och|vilket|där|eftersom|samtidigt som)\s+|\s+(?:medan|men)\s+|"
    r"(?<![\wåäö])att\s+)",
    re.I,
)
_FINITE = re.compile(
    r"\s(?:har|är|ska|skall|kan|får|bör|måste|ger|gäller|omfattar|innehåller|beskriver|utgör|tas|"
    r"följs|ses|bereds|utarbetas|arbetas|planeras|föreslås|handläggs|kompletterar|fungerar|beslutas|"
    r"fastställs|antas|godkänns|fattas|leder|ansvarar|anger)\s"
)
# a verb in the present tense after a subject ("Nämnden handlägger och beslutar om ..."): Swedish
# present forms end in -r
_PRESENT = re.compile(r"\s+[a-zåäö]{3,}(?:ar|er|ir|rr|år|ör|yr)\s", re.I)
_CUT = re.compile(
    r",\s*(?:medan|men|vilket|helst|senast|oavsett|varefter|eftersom|och)\b|;|\s+efter\s+(?:dialog|samråd|yttrande)\b"
    r"|\s+och\s+(?:informerar|ansvarar|följer|ser|rapporterar|redovisar|bereder|svarar|leder|utser|tar)\b",
    re.I,
)
_CONDITION = re.compile(
    r"\s+(?:när|då|i de fall|under förutsättning att|förutsatt att|"
    r"om (?=(?:det|den|de|ärendet|beloppet|kostnaden|lagstiftningen|lagen|inte|särskilda|\w+en)\b))",
    re.I,
)
_PAST = re.compile(r"(?:de|te|antog|tog)$", re.I)  # beslutade, fastställde, antog: a past decision
_DATE = re.compile(r"^\d{4}-\d\d-\d\d|^den \d{1,2} \w+ \d{4}")
# fronted adverbials that say how often, not what: "I normalfallet beslutar socialsekreterare"
_NOT_A_MATTER = re.compile(
    r"^(?:i\s+)?(?:normalfallet|regel|huvudregel|första hand|vanligtvis|normalt|övrigt|sådana fall|"
    r"dessa fall|dag|dagsläget)$",
    re.I,
)
_LIST_TAIL = r"(?:(?:bland annat|bl\.a\.|i|om|över|även)\s*)*(?:följande(?:\s+\w+)?|dessa\s+\w+)?"
_BULLET = re.compile(r"^(?:[•\-–*▪]|\d{1,2}[.)])\s+")
_PRONOUN = re.compile(r"^(?:det|den|dessa|de|dem|detta)$", re.I)
_LEADING = re.compile(r"^(?:därefter|sedan|slutligen|dessutom|även|också|normalt|därför|så)\s+", re.I)
_DETERMINER = re.compile(r"^(?:den|det|de)\s+", re.I)
_PREPOSITION = re.compile(r"^(?:i|inom|för|när det gäller|i fråga om|beträffande)\s+", re.I)  # not "vid"
# a noun phrase read backwards ends at one of these (it starts after it), or at its determiner
_NP_STOP = frozenset(
    "i på med genom enligt till om från under vid hos att som av inom utan mellan mot över efter via är har "
    "ska kan får sker tas".split()
)
# what may stand between "som" and a passive verb without being a verb itself: "som enligt lag ska"
_ADVERBIAL_ONLY = re.compile(
    r"^\s*(?:(?:enligt|i|på|inte|alltid|normalt|också|även|därefter|dock|då)(?:\s+\w+)?)?\s*$", re.I
)
_BEFORE_VERB = frozenset("som inte att ska skall får kan bör måste".split())
_DETERMINER_WORDS = frozenset("den det de denna detta dessa".split())
_NP_INNER = frozenset("för och eller samt".split())  # may stand inside: "taxa för vård och omsorg"


@dataclass(frozen=True)
class Statement:
    """One decision right read from a sentence."""

    matter: str
    decider: Decider
    condition: str | None


@functools.cache
def _verbs() -> dict[str, re.Pattern[str]]:
    v = decision_verb_patterns()
    return {
        "passive": re.compile(rf"(?<![\wåäö])({v['passive']}){_ADVERBS}\s+av\s+", re.I),
        "requires": re.compile(rf"(?<![\wåäö]){v['requires']}\s+", re.I),
        "active": re.compile(rf"(?<![\wåäö])(?:{_MODAL}\s+{v['infinitive']}|{v['active']})(?![\wåäö])", re.I),
        "cleft": re.compile(
            rf"(?<![\wåäö])det är\s+(?=\S)(?P<rest>.*?)\s+som\s+(?:{_MODAL}\s+)?"
            rf"(?:{v['infinitive']}|{v['active']})(?:\s+om)?\s+",
            re.I,
        ),
        "preparing": re.compile(rf"\s(?:{v['preparing']})\s", re.I),
        # the matter is the object of a relative clause: "de riktlinjer som kommunstyrelsen beslutar"
        "relative": re.compile(
            rf"(?<![\wåäö])som\s+(?P<who>(?:(?!\s(?:som|och|att)\s)[^,;.]){{2,60}}?)\s+"
            rf"(?P<verb>{v['active']}|har\s+{v['done']})(?=\s*(?:[.,;]|$|\s+(?:i|för|inom|den|varje)\s))",
            re.I,
        ),
        "fattar": re.compile(r"(?<![\wåäö])fattar\s+", re.I),
        # a permission is a decision right: "Förvaltningschefen får göra redaktionella ändringar",
        # "Vid extremt väder får gatuchefen kalla in entreprenörer" (the subject after "får")
        # ... and so is a decision another modal puts after its subject ("När ... ska nämnden besluta")
        "permission": re.compile(
            r"(?<![\wåäö])(?P<modal>får|ska|skall|kan|bör|måste)(?:\s+(?:även|också|själv|ensam))?\s+(?!inte\b)",
            re.I,
        ),
        "whoever": re.compile(
            rf"(?<![\wåäö])(?:den|de) som (?:{_MODAL}\s+)?(?:{v['active']}|{v['infinitive']})\s+(?:om\s+)?"
            r"(?P<matter>[^,;]+?)\s+är\s+",
            re.I,
        ),
    }


def statements(sentence: str, reader: DeciderReader) -> list[Statement]:
    """Every decision right ``sentence`` states, in order."""
    s = without_section_mark(_BULLET.sub("", " ".join(sentence.split())))
    found: list[tuple[int, Statement]] = []
    taken: list[tuple[int, int]] = []  # verb spans already read, so the active pass skips them
    verbs = _verbs()
    for m in verbs["cleft"].finditer(s):
        decider = reader.phrase_at(s, m.start("rest"))
        if decider is None or decider.end != m.end("rest"):
            continue
        for matter, condition in _active_matters(s[m.end() :]):
            if _PRONOUN.match(matter):
                matter = _subject(s[: m.start()]) or matter
            found.append((m.start(), Statement(matter, decider, condition)))
        taken.append((m.start(), m.end()))
    for kind in ("passive", "requires"):
        for m in verbs[kind].finditer(s):
            if (
                kind == "passive"
                and m.group(1).lower() in ("fattas", "tas")
                and "beslut" not in s[: m.start()].lower()
            ):
                continue  # "tas fram av", "fattas av" without a decision: preparation, not deciding
            decider = reader.phrase_at(s, m.end())
            subject = _matter_before(s, m.start())
            if decider is None or not subject:
                continue
            taken.append((m.start(), m.end()))
            for d, condition in _after_decider(s, decider, reader):
                found.append((m.start(), Statement(subject, d, condition)))
            if kind == "passive" and (elided := _elided(s, subject, decider, reader)) is not None:
                found.append((m.start() + 1, elided))
    for m in verbs["active"].finditer(s):
        if (
            any(a <= m.start() < b for a, b in taken)
            or _relative_object(s, m.start())
            or _PAST.search(m.group(0))
        ):
            continue  # "KF beslutade 2024-11-25 om ..." is a past decision, not a standing rule
        stmt = _active(s, m, reader)
        found.extend((m.start(), x) for x in stmt)
    for m in verbs["relative"].finditer(s):  # "enligt den taxa som kommunfullmäktige har beslutat"
        if any(a <= m.start("verb") < b for a, b in taken) or _PAST.search(m.group("verb")):
            continue  # "Riktlinjer som tekniska nämnden antog den 16 mars 2016": a past decision
        decider = reader.phrase_at(s, m.start("who"))
        obj = _matter_before(s, m.start("who"))
        if decider is None or decider.end != m.end("who") or not obj:
            continue
        taken.append((m.start("verb"), m.end()))
        found.append((m.start(), Statement(obj, decider, None)))
    for m in verbs["fattar"].finditer(s):  # "På tjänstemannanivå fattar förvaltningschefen beslut inom ..."
        decider = reader.phrase_at(s, m.end())
        if decider is None or not (b := re.match(r"\s+beslut(?:et)?\s+(?P<rest>.+)", s[decider.end :])):
            continue
        fronted = s[_clause_start(s, m.start()) : m.start()].strip(" ,")
        for matter, condition in _active_matters(b.group("rest")):
            found.append((m.start(), Statement(f"beslut {matter}", decider, condition or (fronted or None))))
    for m in verbs["permission"].finditer(s):
        if any(a <= m.start() < b for a, b in taken) or any(at == m.start() for at, _ in found):
            continue
        found.extend((m.start(), x) for x in _permission(s, m, reader))
    for m in verbs["whoever"].finditer(s):  # "Den som beslutar om bidrag är fritidshandläggaren."
        decider = reader.phrase_at(s, m.end())
        if decider is not None and not any(a <= m.start() < b for a, b in taken):
            matter, condition = _split_condition(m.group("matter"))
            found.append((m.start(), Statement(matter, decider, condition)))
    found.sort(key=lambda x: x[0])
    return [x for _, x in found if _CONTENT_WORD.search(x.matter)]  # never a bare "att" or "om"


def lead_decider(sentence: str, reader: DeciderReader) -> Decider | None:
    """The decider of a sentence that introduces a list of matters: "Kommunstyrelsen beslutar om:",
    "Följande ärenden beslutas av nämnden:", "Nämnden fastställer bland annat följande:"."""
    s = without_section_mark(_BULLET.sub("", " ".join(sentence.split())))
    if not s.endswith(":"):
        return None
    body = s[:-1]
    v = decision_verb_patterns()
    if m := re.match(
        rf"^(?P<who>.+?)\s+(?:{_MODAL}\s+)?(?:{v['active']}|{v['infinitive']})\b(?P<rest>.*)$", body
    ):
        who = reader.phrase_at(m.group("who"), 0)
        if who and who.end >= len(m.group("who")) - 1 and re.fullmatch(_LIST_TAIL, m.group("rest").strip()):
            return who
    if m := re.search(rf"\b(?:{v['passive']}|{v['requires']})(?:\s+av)?\s+(?P<who>.+)$", body):
        who = reader.phrase_at(m.group("who"), 0)
        if who and re.match(r"^(?:följande|dessa|nedanstående)\b", body, re.I):
            return who
    return None


def _relative_object(s: str, verb: int) -> bool:
    """Is the verb at ``verb`` that of a relative clause whose object is the matter ("som X beslutar")?"""
    return any(m.start("verb") == verb for m in _verbs()["relative"].finditer(s))


# "... till kulturskolechefen, som beslutar om nedsättningen": the decider stands before the comma
_APPOSITIVE = re.compile(r",\s+som\s+(?:(?:då|sedan|också|även|därefter|i sin tur)\s+)?$", re.I)


def _appositive(s: str, verb: int, reader: DeciderReader) -> Decider | None:
    """The body or role a non-restrictive relative clause speaks of ("X, som beslutar om ..."):
    the longest phrase of the last few words before the comma that ends at it."""
    m = _APPOSITIVE.search(s[:verb])
    if m is None:
        return None
    head = s[: m.start()]
    for w in list(re.finditer(r"\S+", head))[-6:]:
        d = reader.phrase_at(head, w.start())
        if d is not None and d.end == len(head):
            return d
    return None


def _active(s: str, m: re.Match[str], reader: DeciderReader) -> list[Statement]:
    if (named := _appositive(s, m.start(), reader)) is not None:
        return [Statement(mt, named, c) for mt, c in _active_matters(s[m.end() :])]
    start = _clause_start(s, m.start())
    pre = s[start : m.start()].strip(" ,")
    subject = reader.phrase_at(pre, 0) if pre else None
    if subject and subject.end >= len(pre) - 1:  # "Kommunstyrelsen beslutar om ..."
        return [Statement(mt, subject, c) for mt, c in _active_matters(s[m.end() :])]
    closed = s[: m.start()].rstrip().endswith(",")  # the aside ends before the verb
    if subject and closed and (aside := _ASIDE.fullmatch(pre, subject.end)):
        # "Ordföranden, eller vid förhinder vice ordföranden, beslutar att ...": the subject, and the
        # one the aside names in its stead, under the aside's condition
        matters = _active_matters(s[m.end() :])
        out = [Statement(mt, subject, c) for mt, c in matters]
        inner = aside["inner"]
        for at in range(len(inner)):
            other = reader.phrase_at(inner, at)
            if other is not None and other.end >= len(inner) - 1:
                when = inner[:at].strip(" ,") or None
                out += [Statement(mt, other, when or c) for mt, c in matters]
                break
        return out
    if (
        pre.endswith(" och")
        and (first := reader.phrase_at(pre, 0))
        and (_FINITE.match(pre, first.end) or _PRESENT.match(pre, first.end))
    ):
        # "Enhetscheferna leder arbetet ... och beslutar om ..."
        return [Statement(mt, first, c) for mt, c in _active_matters(s[m.end() :])]
    after = re.match(r"\s+", s[m.end() :])
    decider = reader.phrase_at(s, m.end() + (after.end() if after else 0))
    if decider is None or not pre or _NOT_A_MATTER.match(pre):
        return []
    rest = s[decider.end :]
    fronted = _PREPOSITION.sub("", pre)
    om = re.match(r"\s+(?:om|i)\s+(?P<rest>.+)", rest)
    if om:  # "Vid förfall beslutar ordföranden om ..." : the fronted phrase is the condition
        return [Statement(mt, decider, c or pre) for mt, c in _active_matters(om.group("rest"))]
    return [Statement(_tidy(fronted), decider, None)]  # "I ärenden som ... beslutar kommundirektören"


# an aside between the subject and its verb: ", eller vid förhinder vice ordföranden,"
_ASIDE = re.compile(r"\s*,\s*(?:eller|alternativt|och)\s+(?P<inner>[^,;]{3,80}?)\s*,?\s*", re.I)
_INFINITIVE = re.compile(
    r"(?P<verb>[a-zåäö]{2,}a)(?:\s+(?P<particle>upp|ned|ner|in|ut|av|om|till|bort|fram))?\b"
)
# "får" with a noun is receiving, not a right; these infinitives are no decision ("får delta")
_NOT_A_RIGHT = frozenset(
    "delta vara bära höra veta lämna kopia extra vänta bara andra egna samma hjälpa".split()
)


def _permission(s: str, m: re.Match[str], reader: DeciderReader) -> list[Statement]:
    """ "X får <verb> ...": what X may do is a right of X's; the subject before "får" or, in a
    sentence that starts with an adverbial, right after it."""
    start = _clause_start(s, m.start())
    pre = s[start : m.start()].strip(" ,")
    subject = reader.phrase_at(pre, 0) if pre else None
    at = m.end()
    condition = None
    if subject is None or subject.end < len(pre) - 1:
        subject = reader.phrase_at(s, at)  # "Vid extremt väder får gatu- och parkchefen besluta ..."
        if subject is None or not pre or _NOT_A_MATTER.match(pre):
            return []
        at = subject.end + len(s[subject.end :]) - len(s[subject.end :].lstrip())
        condition = pre
    skipped = _adverbial_before_deciding().match(s, at)  # "får för varje kalenderår besluta att ..."
    if skipped and find_bodies(skipped.group()):
        return []  # "får ordföranden i socialnämnden besluta ...": whose the subject is, not how
    if skipped:
        at = skipped.end()
        said_when = " ".join(skipped.group().split())
        if not _HOW_OFTEN_ADVERBIAL.match(said_when):
            condition = f"{condition} {said_when}" if condition else said_when  # "i brådskande fall"
    verb = _INFINITIVE.match(s, at)
    if verb is None or verb["verb"].lower() in _NOT_A_RIGHT:
        return []
    deciding = re.fullmatch(decision_verb_patterns()["infinitive"], verb["verb"], re.I)
    if not deciding and m["modal"].lower() != "får":
        return []  # "Vid brand ska räddningschefen larma ...": a duty, not a right
    if deciding and condition is None and not skipped:
        return []  # "X får besluta om ...": read by the active pass
    said = "" if deciding else " ".join(x for x in (verb["verb"], verb["particle"]) if x) + " "
    return [Statement(f"{said}{mt}", subject, c or condition) for mt, c in _active_matters(s[verb.end() :])]


_HOW_OFTEN_ADVERBIAL = re.compile(r"^(?:för\s+)?(?:varje|varje\s+\w+år|\w*årligen)\b", re.I)


@functools.cache
def _adverbial_before_deciding() -> re.Pattern[str]:
    """A short adverbial between a modal (or its subject) and a decision verb: "för varje
    kalenderår", "i det enskilda fallet"."""
    return re.compile(
        r"(?:för|i|under|efter|vid|inom|på|utan)"
        r"(?:\s+(?!(?:att|som|och|eller|inget|inga|ingen|aldrig|inte)\b)[a-zåäö]+){1,4}?\s+"
        rf"(?=(?:{decision_verb_patterns()['infinitive']})\b)",
        re.I,
    )


def _active_matters(rest: str) -> list[tuple[str, str | None]]:
    """The matters after an active verb, with their conditions: "om köp ... när X" -> ("köp ...", "när
    X"); "policyn och beslutar om ändringar i den" -> two matters."""
    rest = rest.strip()
    rest = re.split(r"\.\s*$", rest)[0]
    cut = _CUT.search(rest)
    if cut:
        rest = rest[: cut.start()]
    parts = re.split(rf"\s+och\s+(?:{decision_verb_patterns()['active']})(?:\s+om)?\s+", rest, flags=re.I)
    out = []
    for part in parts:
        part = re.sub(r"^(?:även\s+|också\s+|själv\s+|ensam\s+)?(?:om|över)\s+", "", part.strip(), flags=re.I)
        if m := re.match(r"^i\s+(?P<where>.+?)\s+om\s+(?P<what>.+)$", part):  # "i mål och budget om mål"
            part = f"{m.group('what')} ({'i ' + m.group('where')})"
        elif part.lower().startswith("i "):
            part = part[2:]
        matter, condition = _split_condition(part)
        if matter:
            out.append((matter, condition))
    return out


def _after_decider(s: str, decider: Decider, reader: DeciderReader) -> list[tuple[Decider, str | None]]:
    """The decider with the condition that follows it, and an alternative ("..., annars av nämnden")."""
    rest = s[decider.end :]
    condition: str | None = None
    out: list[tuple[Decider, str | None]] = []
    cond = re.match(
        r"\s+(?P<c>(?:om|när|då|i de fall|under förutsättning att|förutsatt att)\s+[^,;.]+)", rest, re.I
    )
    if cond:
        condition = cond.group("c").strip()
    out.append((decider, condition))
    alt = re.search(r",?\s*annars\s+(?:av\s+)?", rest, re.I)
    if alt and (other := reader.phrase_at(rest, alt.end())):
        out.append((other, f"i andra fall än {condition}" if condition else "annars"))
    return out


# a second matter and decider sharing the first one's verb: "X beslutas av KS, och Y av KF."
_VERB_KINDS = ("active", "passive", "requires")
_ELIDED = re.compile(
    r"(?:\s+[^,;.]*?)?,\s+(?:(?:och|medan|men)\s+)?(?!annars\b)(?P<matter>[^,;.]{3,80}?)\s+av\s+"
)
# "..., efter beredning av KS", "..., på förslag av KS": who prepares or proposes, not a second matter
_NOT_ELIDED_START = re.compile(
    r"^(?:efter|på|med|enligt|genom|utifrån|via|till|från|hos|i samråd|inför)\b", re.I
)
# a passive verb of its own ("..., och revideras vid behov av KS", "görs", "leds"): a clause, not an ellipsis
_PASSIVE_WORD = re.compile(r"[a-zåäö]{2,}(?:as|ss|rs|ds|ts|gs|ks|ls|ns|ms|vs|ps)", re.I)


def _elided(s: str, subject: str, decider: Decider, reader: DeciderReader) -> Statement | None:
    """The statement whose verb the sentence leaves out after a passive one: "Projekt med högre
    utgift beslutas av kommunstyrelsen, och projekt över 20 miljoner kronor av kommunfullmäktige".
    A fronted phrase is a condition on the same matter ("..., i vissa fall av förvaltningschef"); a
    lone word stands for the first matter ("Mindre ändringar beslutas av X, övriga av Y")."""
    m = _ELIDED.match(s, decider.end)
    if m is None:
        return None
    said = m.group("matter").strip()
    if (
        not said
        or _NOT_ELIDED_START.match(said)
        or any(_PASSIVE_WORD.fullmatch(w) for w in said.split())
        or _FINITE.search(f" {said} ")
        or any(_verbs()[v].search(s, m.start("matter"), m.end()) for v in _VERB_KINDS)
    ):
        return None  # a clause with a verb of its own is read as a statement of its own
    other = reader.phrase_at(s, m.end())
    if other is None or not re.match(r"\s*(?:[.;]|$)", s[other.end :]):
        return None
    if _PREPOSITION.match(said) or re.match(r"^(?:vid|när|om|då)\s", said, re.I):
        return Statement(subject, other, said)
    matter, condition = _split_condition(said)
    if len(matter.split()) == 1:
        matter = f"{matter} ({subject})"
    return Statement(matter, other, condition) if matter else None


def _matter_before(s: str, verb: int) -> str | None:
    """The subject of a passive verb: "Frågor som berör ... beslutas av" -> "Frågor som berör ..."."""
    start = _clause_start(s, verb)
    seg = s[start:verb].strip(" ,")
    seg = re.sub(rf"\s+{_MODAL}{_ADVERBS}$", "", seg, flags=re.I)  # "Mindre ändringar ska alltid (beslutas)"
    last_som = [m for m in re.finditer(r"(?:^|\s)som(?=\s|$)", seg)][-1:]
    if last_som and _ADVERBIAL_ONLY.match(seg[last_som[0].end() :]):
        seg = seg[: last_som[0].end()]  # "ärenden som enligt lag (ska avgöras av)": the relative's head
    if re.search(r"(?:^|\s)som$", seg):  # "... den rapportering som beslutas av nämnden"
        head = seg[: -len("som")].strip(" ,") or s[:start].strip(" ,")  # "avfallstaxan, som beslutas av"
        return _noun_phrase_before(head)
    if re.search(r"(?:^|\s)och(?:\s+beslut(?:et)?)?$", seg, re.I):
        # "X bereds av Z och (beslut) fattas av Y", "Visionen har ... och beslutas av": X is the subject
        return _subject(s[start:verb])
    return _tidy(seg) or None


def _noun_phrase_before(text: str) -> str | None:
    """The noun phrase that ends ``text``: "Markanvisning sker enligt de riktlinjer" -> "riktlinjer",
    "... enligt den taxa för vård och omsorg" -> "taxa för vård och omsorg"."""
    np: list[str] = []
    words = text.split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower().strip(",")
        if low in _NP_STOP or len(np) >= 8 or w.endswith(","):
            break
        if np and i > 0 and words[i - 1].lower() in _BEFORE_VERB:
            break  # "som bereder ärenden", "får inte delegera ärenden": a verb, not part of the phrase
        np.insert(0, w)
        if low in _DETERMINER_WORDS:
            break
    while np and np[0].lower() in _NP_INNER:
        np.pop(0)
    return _tidy(" ".join(np)) or None


def _subject(text: str) -> str | None:
    """The first noun phrase of a clause: its words before the first finite verb."""
    text = " " + text.strip() + " "
    cut = [m.start() for m in (_FINITE.search(text), _verbs()["preparing"].search(text)) if m]
    if not cut:
        return None
    return _tidy(text[: min(cut)]) or None


def _clause_start(s: str, at: int) -> int:
    start = 0
    for m in _BOUNDARY.finditer(s, 0, at):
        if m.group(0).strip().lower() == "att" and re.search(
            r"(?:så|sådan|sådant|sådana)\s+\w+\s+$", s[: m.start()]
        ):
            continue  # "så brådskande att ...": a result clause inside the subject, no new clause
        if m.end() <= at:
            start = m.end()
    return start


# how often, before the matter: "beslutar varje år om prioriteringen", "fastställer årligen ..."
_HOW_OFTEN = re.compile(r"^(?:varje|varje\s+kalender)\s*år\s+(?:om\s+)?|^årligen\s+(?:om\s+)?", re.I)
_CONTENT_WORD = re.compile(r"(?!(?:att|den|det|som|och|för|med|till|om)\b)[^\W\d_]{3,}", re.I)


def _split_condition(text: str) -> tuple[str, str | None]:
    text = _HOW_OFTEN.sub("", text.strip())
    m = _CONDITION.search(text)
    if m and m.start() > 0:
        return _tidy(text[: m.start()]), text[m.start() :].strip()
    return _tidy(text), None


def _tidy(text: str) -> str:
    text = _LEADING.sub("", text.strip(" ,.;:"))
    text = _DETERMINER.sub("", text) if len(text.split()) > 1 else text
    return text.strip(" ,.;:")
