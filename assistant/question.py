"""Understand a question, in one place: its kind, the type of answer it expects, the dates, amounts
and relations it names, its language, and what a follow-up leans on.

The kind says which answerer takes the question (see :mod:`assistant.answerers`); the answer type
says what value an answer must carry (a body for "vem", a date for "när", an amount for "hur
mycket"). Both come from a few general cues — interrogatives, decision verbs, validity words — not
from phrasings seen in a question set.

>>> q = understand("Vi söker bidrag på 80 000 kr, vem beslutar?")
>>> q.kind, q.answer_type, q.amounts
('who_decides', 'body', (Amount(value=80000.0, unit='kr', bound=None),))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.glossary import default_glossary
from store import limits
from store.vocabulary import (
    bound_before,
    decision_verb_patterns,
    document_word,
    find_bodies,
)

# Kinds: which answerer takes the question.
WHO_DECIDES = "who_decides"  # who decides a matter (decision records), or who may adopt a document type
DOC_DECISION = "doc_decision"  # who adopted a named document, when, under which §
SUPERSESSION = "supersession"  # what a document replaces / what replaced it
WHICH_APPLIES = "which_applies"  # which version applies on a date; does X still apply
FACT = "fact"  # anything in a document's text
PERSONAL = "personal"  # the asker's own case: no styrdokument answers it
NAME = "name"  # a person's name: styrdokument name roles, not people

# Answer types: what value an answer must carry.
BODY, DATE, AMOUNT, DURATION, NUMBER = "body", "date", "amount", "duration", "number"
FREQUENCY = "frequency"  # hur ofta: "en gång per mandatperiod", "årligen", "varje kvartal"
YESNO, TEXT = "yesno", "text"
PHONE, EMAIL, PLACE = "phone", "email", "place"

_DOC = document_word()
_VERBS = decision_verb_patterns()
_DECIDED = (  # a decision taken: "antog", "har beslutat", "fattade beslut"
    r"(?:(?:har|hade|has|had)\s+(?:beslutat|antagit|fastställt|godkänt|bestämt)|antog|fastställde|beslutade|"
    r"bestämde|fattade beslut\w*|tog beslut\w*|godkände|tog fram|adopted|approved|decided)"
)
_DECIDE = (
    rf"(?:{_DECIDED}|{_VERBS['active']}|{_VERBS['passive']}|besluta|bestämma|fastställa|anta|godkänna|bevilja|"
    r"fatta beslut\w*|ta beslut\w*|delegat\w*|delegera\w*|beslutsrätt\w*|beslutanderätt\w*|mandat\w*|"
    r"decides?|decided|approves?|approved|adopts?|adopted|grants?|delegate\w*)"
)

_SUPERSESSION = re.compile(
    r"\bersätt(er|as|a|s|es|ande)?\b|\bersatt(e|es|s)?\b|\bföregångare\b|\breplace\w*|\bsupersed\w*", re.I
)  # not "ersättare" (a substitute) or "ersättning" (pay)
_DOC_DECISION = re.compile(
    rf"\b(antogs|antagits|beslutades|beslutats|fastställdes|fastställts|reviderades|reviderats|"
    rf"trädde i kraft|började gälla|"
    r"when was|who adopted|who approved|who decided on the|was adopted|was approved)\b"
    rf"|\b(diarienummer|dnr|vilken paragraf|vilket datum|dokumentägare|dokumentansvarig|document owner)\b"
    rf"|\b(revideras|aktualitetsprövas|omprövas|revised|reviewed)\b"
    rf"|\b(står som |är )?ansvarig för\s+(\w+\s+){{0,2}}?{_DOC}\b"
    rf"|\bägare (till|för|av)\s+(\w+\s+){{0,2}}?{_DOC}\b|\bowner of\b"
    rf"|\b(vem|vilken \w+|who)\b[^?]{{0,30}}\b{_DECIDED}\b( om| on)?\s+(\w+\s+){{0,2}}?{_DOC}\b",
    re.I,
)
_APPLIES = re.compile(
    r"\b(gäller|gällde|gällande|giltig\w*|i kraft|fortfarande|aktuell\w*|senaste|upphävd\w*|utgången|"
    r"utgått|in force|valid|current|still appl\w*|appl(y|ies|ied)\b(?!\s+for\b))",
    re.I,
)
_WHICH_DOCUMENT = re.compile(
    rf"\b(vilken|vilket|vilka|which|what)\s+(\w+\s+){{0,2}}?{_DOC}\b"
    rf"|\b{_DOC}\b[^?]{{0,60}}\b(fortfarande|still|längre|any longer|i kraft|in force)\b"
    rf"|\b(fortfarande|still|längre|any longer|i kraft|in force)\b[^?]{{0,60}}\b{_DOC}\b",
    re.I,
)
_ASKS_BODY = re.compile(
    r"^\W*(vem|vilka|who)\b|\b(vem|vilka|who|whom)\s+(som\s+)?(\w+\s+){0,2}?"
    + _DECIDE
    + r"|\b(vilken|vilket|which)\s+(nämnd|instans|organ|befattning|roll|tjänsteperson|chef|delegat|body|"
    r"committee|official|role)\w*",
    re.I,
)
_MANDATE = re.compile(  # "får enhetschefen bevilja ...", "kan nämnden själv anta ..."
    r"^\W*(får|kan|ska|måste|may|can|must|is)\b[^?]{0,80}?\b(själv\w*\s+|itself\s+|alone\s+)?"
    r"(besluta|bevilja|anta|fastställa|godkänna|fatta beslut\w*|ta beslut\w*|decide|approve|adopt|grant)\b",
    re.I,
)
_YESNO = re.compile(
    r"^\W*(gäller|gällde|får|fick|kan|kunde|ska|skall|måste|behöver|är|var|finns|fanns|har|hade|omfattas|"
    r"omfattar|räcker|ingår|betalar|tar|does|do|did|is|are|was|were|can|could|may|must|should|will|has|have)\b",
    re.I,
)
_DATE_Q = re.compile(
    r"^\W*(när|when)\b|\b(vilket datum|från när|senast när|from when|what date|by when)\b", re.I
)
_AMOUNT_Q = re.compile(
    r"\b(hur mycket|vad kostar|kostar|vilket belopp|vilken avgift|vilken timavgift|vad är avgiften|"
    r"hur stor\w* (är|blir)? ?(avgift|bidrag|belopp|ersättning|ram|budget)\w*|how much|what does it cost|"
    r"what is the fee|vilken ersättning|vilket bidrag)\b",
    re.I,
)
_MONEY_Q = re.compile(  # a price or fee, as opposed to a share or a size
    r"\b(kosta\w*|avgift\w*|pris\w*|taxa\w*|betala\w*|kronor|kr|cost\w*|fee\w*|price\w*|pay\w*)\b", re.I
)
_DURATION_Q = re.compile(
    r"\b(hur länge|hur lång tid|inom hur lång|hur snabbt|hur fort|how long|how soon|how quickly)\b", re.I
)
_PHONE_Q = re.compile(r"\b(telefonnummer\w*|telefonnr|ringa|ringer|phone|call|numret till)\b", re.I)
_EMAIL_Q = re.compile(r"\b(e-post\w*|epost\w*|mejl\w*|mail\w*|e-mail\w*|email\w*)\b", re.I)
_PLACE_Q = re.compile(
    r"^\W*(var|where)\s+(hittar|finns|kan|ska|ligger|publiceras|får|lämnar|anmäler|vänder|söker|do|can|is|are)\b",
    re.I,
)
# the asked-for thing: the noun after "vilket/vilken/hur många/hur stor ..." ("vilket telefonnummer")
_FOCUS = re.compile(
    r"\b(?:vilket|vilken|vilka|hur många|hur stor|hur stort|hur höga?|which|what|how many)\s+"
    r"(?:av\s+|of\s+|the\s+)?(?!(?:är|blir|får|kan|ska|var|har|gäller|may|can|is|are|does|do|will|should|"
    r"must|much|many|was|were)\b)(?P<w>[\wåäö-]{3,})",
    re.I,
)
_NUMBER_Q = re.compile(
    r"\b(hur många|how many|vilken procent|hur stor (?:andel|del)|hur många procent|"
    r"what (?:share|proportion))\b",
    re.I,
)
# nouns that name the kind of value asked for, not what it is about ("Hur stor del av låneskulden ...")
_SHARE_NOUNS = frozenset({"del", "andel", "procent", "procentandel", "share", "proportion", "part"})
_FREQUENCY_Q = re.compile(r"\b(hur ofta|how often|hur många gånger|how many times)\b", re.I)

_PERSONAL = re.compile(
    r"\b(mitt|min|mina|my)\s+(\w+\s+){0,2}?(ärende\w*|ansökan|ansökningar|bygglov\w*|bidrag\w*|beslut\w*|"
    r"application|case|permit)\b"
    r"|\b(jag|vi|I)\s+(har\s+|hade\s+|have\s+)?(fått|fick|sökt|sökte|ansökt|ansökte|applied|got)\b(?!\s+in\b)",
    re.I,
)
_HYPOTHETICAL = re.compile(  # "och om min ansökan avslås, ...": a case supposed, asked about in general
    r"(?:^\W*|,\s*|\b(?:och|and|men|but)\s+)(?:om|if)\s+(?:\w+\s+){0,2}?(?:mitt|min|mina|my)\b", re.I
)
_ASKER_DECIDES = re.compile(  # "får jag som handläggare själv fatta beslut om ...": a mandate, not a case
    r"\b(får|kan|ska|måste) (jag|vi)( som [\wåäö-]+)?( själv| själva)? "
    r"(fatta|ta beslut\w*|besluta|bevilja|anta|godkänna)\b",
    re.I,
)
_NAME = re.compile(
    r"\bvad heter\b|\bvilket namn\b|\bnamnet på\b|\bvem är (ordförande|chef|kommundirektör|förvaltningschef|"
    r"kommunstyrelsens ordförande|kommunalråd)\w*|\bvilka (sitter|är ledamöter)\b|\bwhat is the name\b|"
    r"\bwho is the\b",
    re.I,
)
_ASKS = re.compile(  # a question word of its own: the follow-up asks its own kind of thing
    r"\b(vem|vad|vilken|vilket|vilka|när|hur|var|varför|who|what|which|when|how|where|why)\b", re.I
)
_FOLLOW_UP = re.compile(
    r"^(och|men|än|samma|då|and|what about|how about)\b|\b(den|det|dess|denna|detta|de|dem|it|its)\b", re.I
)
_ENGLISH = re.compile(
    r"\b(who|what|which|when|how|much|many|may|can|could|should|must|does|do|is|are|the|of|a|an|at|to|for|"
    r"and|with|from|there|decides?)\b",
    re.I,
)
_SWEDISH = re.compile(
    r"[åäö]|\b(vem|vad|vilken|vilka|när|hur|och|är|gäller|om|kan|ska|får|en|ett|det|den|som|med|till|av|"
    r"inte|jag|vi|ni|man|eller|att|ny|nya|nytt)\b",
    re.I,
)

# --- dates the question names ------------------------------------------------------------------------
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PAST = re.compile(
    r"\b(gällde|gälla|var|was|were|did|applied|tidigare|förra|fick|kom|hade|gjorde|blev|sökte|ansökte|"
    r"beviljades|betalade)\b",
    re.I,
)
_SEASON = re.compile(r"\b(våren|sommaren|hösten|vintern)\s+((?:19|20)\d\d)\b", re.I)
_SEASON_DAY = {"våren": (4, 15), "sommaren": (7, 15), "hösten": (10, 15), "vintern": (1, 15)}
_MONTHS = ("januari februari mars april maj juni juli augusti september oktober november december").split()
_MONTHS_EN = ("january february march april may june july august september october november december").split()
_WORD_DATE = re.compile(
    r"\b(?:(\d{1,2})|(mitten av|början av|slutet av))?\s*("
    + "|".join(_MONTHS + _MONTHS_EN)
    + r")\s+(\d{4})\b",
    re.I,
)

# --- relations that name a document or body ("den nämnd som antog X") -----------------------------------
_RELATION = re.compile(
    r"\b(?P<head>(?:(?:den|det|de|the)\s+)?(?P<noun>[\wåäö-]+))\s+(som|that|which|who)\s+"
    r"(?P<verb>antog|beslutade om|beslutade|fastställde|ersatte|ersätter|har ersatt|adopted|approved|"
    r"replaced|replaces|decided)\s+(?P<object>[^,?;–]+)",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str  # "kr", "prisbasbelopp", "inkomstbasbelopp"
    bound: str | None = None  # "min": the asker says more than it ("över 2 prisbasbelopp")


@dataclass(frozen=True)
class Relation:
    """A document or body named by a relation: "den nämnd som antog avfallsplanen"."""

    noun: str  # "nämnd", "policyn"
    verb: str  # "antog", "ersatte"
    object: str  # "avfallsplanen"
    span: tuple[int, int]  # where the relation stands in the question


@dataclass(frozen=True)
class Question:
    """One question, understood."""

    text: str  # as asked (whitespace normalised)
    search_text: str  # what retrieval uses: with the previous question when this one is a follow-up
    kind: str
    answer_type: str
    language: str  # "sv" or "en"
    as_of: dt.date | None  # a date the question names ("gällde 2020" -> 2020-12-31)
    years: tuple[int, ...]  # other years it names (document versions: "policyn från 2019")
    amounts: tuple[Amount, ...]
    follow_up: bool
    relation: Relation | None = None
    previous: bool = False  # asks for the version before the one in force ("gällde före den nuvarande")
    focus: str | None = None  # the noun the question asks for by name ("vilket telefonnummer")
    gloss: str = ""  # the Swedish words for the English phrases of the question (glossary_en_sv.txt)

    @property
    def yes_no(self) -> bool:
        return self.answer_type == YESNO

    @property
    def money(self) -> bool:
        """Does it ask what something costs (so that only an amount in money answers it)?"""
        return self.answer_type == AMOUNT and bool(_MONEY_Q.search(f"{self.text} {self.gloss}"))


# the decision's object is a document type: "vem antar ett program?", "planerna beslutas av ...?"
_DECIDES_TYPE = re.compile(
    rf"\b(?:{_VERBS['active']}|{_VERBS['infinitive']}|{_VERBS['passive']}|"
    r"decides?|adopts?|approves?|adopt|approve)"
    rf"\s+(?:om\s+|on\s+)?(?:(?:en|ett|nya?|nytt|den|det|de|kommunens|a|an|new|the)\s+){{0,2}}(?P<type>{_DOC})\b"
    rf"|\b(?P<subject>{_DOC})\s+(?:ska\s+|skall\s+)?"
    rf"(?:{_VERBS['passive']}|is adopted|is approved|are adopted)\b",
    re.I,
)


def decided_type(text: str) -> str | None:
    """The words naming the document type a question asks the deciding of ("ett nytt program"),
    when that type is what is decided, else None."""
    m = _DECIDES_TYPE.search(text)
    return (m["type"] or m["subject"]) if m else None


def asks_validity(text: str) -> bool:
    """Does the question ask whether or how long something applies ("gäller", "i kraft", "valid")?"""
    return bool(_APPLIES.search(text))


def language_of(text: str) -> str:
    return "en" if len(_ENGLISH.findall(text)) > len(_SWEDISH.findall(text)) else "sv"


def last_sentence(text: str) -> str:
    """The question proper: the last sentence, after any sentences that tell the asker's situation."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
    return parts[-1] if parts else text


# "Vilket dokument reglerar ...?", "Vilken riktlinje anger ...?": which document governs a subject
_WHICH_GOVERNS = re.compile(
    rf"\b(vilken|vilket|vilka|which|what)\s+(\w+\s+){{0,2}}?(?:{_DOC}|\w*dokument\w*|documents?)\s+"
    r"(reglerar|anger|styr|beskriver|innehåller|handlar om|säger|tar upp|gäller för|governs?|covers?|"
    r"regulates?|sets out|describes?)\b",
    re.I,
)
_MAY = re.compile(r"^\W*(?:får|kan|may|can)\s+(?:en\s+|ett\s+|the\s+|an?\s+)?", re.I)


# a yes/no question that stresses the body ("Är det kommunstyrelsen som beslutar om ...?"): whether
# it is the one that decides
_IS_IT = re.compile(r"^\W*(?:är|var)\s+det\s+(?:(?:en|ett)\s+)?", re.I)
_WHO_THEN = re.compile(rf"^\s*(?:som\s+)?(?:{_VERBS['active']}|{_VERBS['passive']}|{_DECIDE})\b", re.I)


def asked_decider(text: str) -> tuple[int, int] | None:
    """Where ``text`` names the body or role it asks whether it is the one that decides, if it is
    such a yes/no question."""
    m = _IS_IT.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    first = next((b for b in find_bodies(rest) if b.start == 0), None)
    if first is None or not _WHO_THEN.match(rest[first.end :]):
        return None
    return m.end(), m.end() + first.end


def _actor_may(text: str) -> bool:
    """ "Får en byggnadsinspektör ge slutbesked?", "Kan ekonomichefen skriva av ...?": may a body or
    role (named right after the modal verb) do something: a question about a decision right,
    whatever the verb."""
    m = _MAY.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return any(b.start == 0 for b in find_bodies(rest))


def asks_any_document(text: str) -> bool:
    """Does the question ask which document (of any type) governs a subject?"""
    return bool(_WHICH_GOVERNS.search(text))


# the version before the one in force: "gällde före det nuvarande", "innan den som började gälla 2026"
_BEFORE_CURRENT = re.compile(
    r"\b(?:gällde|gällt|användes|fanns)\s+(?:\w+\s+){0,2}?(?:före|innan)\s+(?:den|det|de)\s+"
    r"(?:nuvarande|gällande|senaste|nya|som)\b"  # not a date: "gällde före den 1 juli 2023"
    r"|\b(?:applied|was\s+in\s+force)\s+before\s+the\s+(?:current|present|new|latest)\b",
    re.I,
)


def kind_of(text: str) -> str:
    """The question's kind, from general cues: the asker's own case, supersession, a document's own
    decision, a decision right, which version applies; else a fact."""
    asked = last_sentence(text)
    asks_body = _ASKS_BODY.search(text) or _ASKS_BODY.search(asked)
    # "Får en handläggare ...?", "Är det nämnden som beslutar ...?": whether a named body may decide
    asks_actor = _actor_may(asked) or asked_decider(asked) is not None
    # who decides "mitt bygglov", or which document governs "mina beslut": a rule, whoever's case it is
    asks_rule = (asks_body and re.search(_DECIDE, asked, re.I)) or asks_actor or asks_any_document(asked)
    if (
        _PERSONAL.search(asked)
        and not _HYPOTHETICAL.search(asked)
        and not _ASKER_DECIDES.search(text)
        and not asks_rule
    ):
        return PERSONAL  # the question itself asks about the asker's case, not the situation told before it
    if _NAME.search(text):
        return NAME
    if _SUPERSESSION.search(text) and re.search(
        rf"\b({_DOC}|versionen?|dokument\w*|document|version)\b", text, re.I
    ):
        return SUPERSESSION  # "ersätts man per timme?" is pay, not a newer version
    if _DOC_DECISION.search(text) or (_BEFORE_CURRENT.search(text) and re.search(rf"\b{_DOC}\b", text, re.I)):
        return DOC_DECISION  # a document's own decision, or the document before the one in force
    if asks_any_document(text):
        return WHICH_APPLIES
    if (
        _MANDATE.search(text)
        or _MANDATE.search(asked)
        or asks_actor
        or (asks_body and re.search(_DECIDE, text, re.I))
    ):
        return WHO_DECIDES
    if _APPLIES.search(text) and _WHICH_DOCUMENT.search(text):
        return WHICH_APPLIES
    return FACT


def answer_type_of(text: str, kind: str) -> str:
    """What value an answer must carry."""
    if _PLACE_Q.search(text):
        return PLACE
    asked = last_sentence(text)  # after the situation the asker tells comes the question
    if (
        _YESNO.search(text) or _YESNO.search(asked) or asked_decider(asked) is not None
    ) and not _ASKS_BODY.match(asked):
        return YESNO
    if _PHONE_Q.search(text):
        return PHONE
    if _EMAIL_Q.search(text) and re.search(
        r"\b(vilken|vilket|vad|which|what|adress\w*|address)\b", text, re.I
    ):
        return EMAIL
    if kind == WHO_DECIDES or _ASKS_BODY.search(text) or _ASKS_BODY.search(asked):
        return BODY
    if _DURATION_Q.search(text):
        return DURATION
    if _AMOUNT_Q.search(text):
        return AMOUNT
    if _FREQUENCY_Q.search(text):
        return FREQUENCY
    if _NUMBER_Q.search(text):
        return NUMBER
    if _DATE_Q.search(text):
        return DATE
    return TEXT


def focus_of(text: str) -> str | None:
    """The thing a question asks for by name ("Vilket telefonnummer har jouren?" -> telefonnummer)."""
    m = _FOCUS.search(text)
    return m["w"] if m and m["w"].lower() not in _SHARE_NOUNS else None


def amounts_in(text: str) -> tuple[Amount, ...]:
    """Amounts the asker gives, in the vocabulary's units ("80 000 kr" -> 80000 kr; "2 miljoner
    kronor" -> 2000000 kr; a year is never an amount), read as ingest reads a limit's amount."""
    return tuple(
        Amount(a.value, a.unit, "min" if bound_before(text[: a.start]) == "min" else None)
        for a in limits.amounts(text)
    )


def _word_date(m: re.Match[str]) -> dt.date | None:
    """ "15 februari 2024", "i mitten av december 2025", "december 2022" (the month's last day)."""
    name = m[3].lower()
    month = (_MONTHS.index(name) if name in _MONTHS else _MONTHS_EN.index(name)) + 1
    year = int(m[4])
    if m[1]:
        day = int(m[1])
    elif m[2] and m[2].lower().startswith("mitten"):
        day = 15
    elif m[2] and m[2].lower().startswith("början"):
        day = 1
    else:
        day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "delegationsordningen från mars 2023", "den från 2021": a document named by when it was made
_VERSION_FROM = re.compile(rf"(?:\b{_DOC}\w*|\bden|\bdet|\bde)\s+från(?:\s+den)?\s*$", re.I)


def _names_version(text: str, at: int) -> bool:
    """Does the date at ``text[at]`` name a version ("delegationsordningen från mars 2023") rather
    than the day asked about ("vilken taxa gäller från 1 januari 2027?", "alltså från januari")?"""
    return bool(_VERSION_FROM.search(text[max(0, at - 40) : at]))


def date_asked(text: str) -> dt.date | None:
    """A date the question asks about: a full date, a month, a season, or a year asked about in the
    past tense ("vilken policy gällde 2020?" -> 2020-12-31)."""
    if (m := _ISO.search(text)) and not _names_version(text, m.start()):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if (m := _WORD_DATE.search(text)) and not _names_version(text, m.start()):
        return _word_date(m)
    if m := _SEASON.search(text):
        month, day = _SEASON_DAY[m[1].lower()]
        return dt.date(int(m[2]), month, day)
    if m := re.search(
        r"\b(gäller|gälla|börjar gälla|träder i kraft) från( och med)? ((?:19|20)\d\d)\b", text, re.I
    ):
        return dt.date(int(m[3]), 1, 1)  # "vilken taxa gäller från 2027?"
    if m := re.search(r"\b(under|during|in|i) (år )?((?:19|20)\d\d)\b", text, re.I):
        if _PAST.search(text) or m[1].lower() in ("under", "during"):
            return dt.date(int(m[3]), 12, 31)  # "under 2021", "vilken gällde i 2020"
    if _PAST.search(text) and (m := _YEAR.search(text)):
        return dt.date(int(m[1]), 12, 31)
    return None


# "dokumentägaren för riktlinjen om tillsyn": the registry's owner of a named document
_OWNER_RELATION = re.compile(
    # "dokumentägaren för X", or "Den som är dokumentägare för X – ..." (not "Vem är dokumentägare för X?")
    r"\b(?P<noun>(?:(?:den|the one)\s+(?:som\s+är|who\s+is)\s+)dokumentägaren?|dokumentägaren|"
    r"dokumentansvarig[a]?|ägaren|the (?:document )?owner)\s+"
    r"(för|till|av|of)\s+"
    r"(?P<object>[^,?;–—]+)",
    re.I,
)
# "programmet som kommunfullmäktige antog den 27 november 2023": a document by who decided it, and when
_OBJECT_RELATION = re.compile(
    rf"\b(?P<noun>{_DOC})\s+som\s+(?P<object>[\wåäö-]+(?:\s+[\wåäö-]+)?)\s+"
    r"(?P<verb>antog|beslutade|fastställde|godkände)\b(?P<when>[^,?;–—]*)",
    re.I,
)


def relation_in(text: str) -> Relation | None:
    """A document or body the question names by a relation the registry knows."""
    if m := _OBJECT_RELATION.search(text):
        obj = f"{m['object'].strip()} {m['when'].strip()}".strip()
        return Relation(m["noun"].lower(), "adopted_by", obj, (m.start(), m.end()))
    if m := _RELATION.search(text):
        return Relation(m["noun"].lower(), m["verb"].lower(), m["object"].strip(), (m.start(), m.end()))
    if m := _OWNER_RELATION.search(text):
        return Relation(m["noun"].lower(), "owner", m["object"].strip(), (m.start(), m.end()))
    return None


def is_follow_up(text: str, history: Sequence[tuple[str, str]]) -> bool:
    """A short question leaning on the previous one ("Och vem beslutar om bygglov då?", "När antogs den?")."""
    return bool(history) and (bool(_FOLLOW_UP.search(text.strip())) or len(text.split()) <= 3)


# "Förut beslutade enhetschefen om återkrav. Är det fortfarande så?": the question is whether the
# claim told before it holds now; put as the present yes/no question it stands for
_STILL = re.compile(
    r"^\W*(?:är|gäller|stämmer)\s+det\s+(?:fortfarande|än|ännu|idag|i dag|nu)(?:\s+så)?\W*$"
    r"|^\W*(?:is|does)\s+(?:that|this|it)\s+still\s+(?:so|the case|apply|hold|true)\W*$",
    re.I,
)
_CLAIM_VERB = re.compile(
    rf"\b(?:(?:fick|kunde|fått)\s+)?(?:{_VERBS['active']}|{_VERBS['infinitive']}|{_DECIDED})\b\s*", re.I
)


def still_claim(text: str) -> str | None:
    """The present yes/no question a past claim and "Är det fortfarande så?" ask together ("Förut
    var det förvaltningschefen som godkände all representation. Är det fortfarande så?" -> "Är det
    förvaltningschefen som beslutar om all representation?"); None unless the claim names who
    decided what."""
    parts = re.split(r"(?<=[.!])\s+(?=[A-ZÅÄÖ])", text.strip())
    if len(parts) < 2 or not _STILL.match(parts[-1]):
        return None
    claim = parts[-2].rstrip(".! ")
    verb = _CLAIM_VERB.search(claim)
    if verb is None:
        return None
    lead = claim[: verb.start()]
    before = [b for b in find_bodies(lead) if b.end >= len(lead.rstrip()) - 4]  # right before the verb
    after = next((b for b in find_bodies(claim[verb.end() :]) if b.start == 0), None)
    if after is not None:  # "beslutade arbetsutskottet om ...": the decider follows the verb
        actor, matter = after.text, claim[verb.end() + after.end :]
    elif before:  # "var det förvaltningschefen som godkände ...": it comes before
        actor, matter = before[-1].text, claim[verb.end() :]
    else:
        return None
    matter = matter.strip(" ,")
    if not matter:
        return None
    matter = matter if matter.lower().startswith("om ") else f"om {matter}"
    return f"Är det {actor} som beslutar {matter}?"


def understand(text: str, history: Sequence[tuple[str, str]] = ()) -> Question:
    """Understand ``text``; a follow-up is read together with the previous question."""
    clean = " ".join(text.split())
    clean = still_claim(clean) or clean
    follow = is_follow_up(clean, history)
    language = language_of(clean)
    gloss = ""
    if language == "en":  # the documents are Swedish: the question's kind and search use their words too
        gloss = " ".join(default_glossary().swedish_words(clean, first_only=True))
    kind = kind_of(f"{clean.rstrip('?. ')} {gloss}".strip())
    search_text = clean
    if follow:
        previous = history[-1][0]
        search_text = f"{clean} {previous}"
        if kind == FACT and len(clean.split()) <= 5 and not _ASKS.search(clean):
            kind = kind_of(previous)  # "Och för bygglov då?" keeps the previous question's kind
    as_of = date_asked(clean)
    amounts = amounts_in(clean)
    # a year that dates the question ("i mars 2024", "gällde 2020") names no document version
    years = tuple(int(y) for y in _YEAR.findall(clean) if not (as_of and int(y) == as_of.year))
    if language == "en":
        glossary = default_glossary()
        gloss = " ".join(glossary.swedish_words(search_text, first_only=True))
        search_text = f"{search_text} {' '.join(glossary.swedish_words(search_text))}".strip()
    return Question(
        text=clean,
        search_text=search_text,
        kind=kind,
        answer_type=answer_type_of(clean, kind),
        language=language,
        as_of=as_of,
        years=years,
        amounts=amounts,
        follow_up=follow,
        relation=relation_in(clean),
        previous=bool(_BEFORE_CURRENT.search(clean)),
        focus=focus_of(clean),
        gloss=gloss,
    )


def with_text(
    q: Question, text: str, history: Sequence[tuple[str, str]] = (), kind_text: str = ""
) -> Question:
    """``q`` re-read with ``text`` (a relation resolved to the document or body it names), keeping
    the original's dates. ``kind_text`` is the text to tell the kind by, when the inserted name
    must not count (a title's type word does not make "hur mycket ersätts man?" a supersession)."""
    again = understand(text, history)
    kind = kind_of(kind_text) if kind_text else again.kind
    return replace(
        again,
        kind=kind,
        answer_type=answer_type_of(kind_text or text, kind),
        as_of=q.as_of or again.as_of,
        relation=None,
    )
