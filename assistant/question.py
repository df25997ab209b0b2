"""Understand a question: what kind it is, what dates it names, and what a follow-up refers to.

Rules, not a model: each rule is a Swedish (or English) phrase pattern that a reader can check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.glossary import default_glossary
from store.vocabulary import document_word

DOCUMENT_WORD = document_word()

WHO_DECIDES = "who_decides"  # vem beslutar om X (a delegation row or a rule)
DOC_DECISION = "doc_decision"  # vem antog / när beslutades dokumentet X
SUPERSESSION = "supersession"  # vad ersätter X / vad har ersatt X
WHICH_APPLIES = "which_applies"  # vilken X gäller / gäller X fortfarande
FACT = "fact"  # everything else: facts, definitions, rules
PERSONAL = "personal"  # an individual case: the documents cannot answer it
NAME = "name"  # who a person is, or a person's name: styrdokument name roles, not people

# "ersätter", "ersattes" — not "ersättare" (a substitute member) or "ersättning" (pay)
_SUPERSESSION = re.compile(
    r"\bersätt(er|as|a|s|es|ande)?\b|\bersatt\w*|\bersatte\b|\breplace|\bsupersed", re.I
)
_DOC_DECISION = re.compile(
    r"\b(antogs|antog|antagits|antagit|antagen|beslutades|beslutats|beslutade|beslutat|fastställdes|fastställts|"
    r"fastställde|fastställt|träder i kraft|trädde i kraft|börjar gälla|började gälla|från vilket datum|"
    r"diarienummer|dnr|vilken paragraf|vilket datum|when was|who adopted|who approved|adopted|"
    r"dokumentägare|ägare till|står som ägare|document owner|"
    r"(står som |är )?ansvarig för (dokumentet|\w*(policy|policyn|riktlinje|riktlinjen|plan|planen|program|"
    r"programmet|reglemente|reglementet|taxa|taxan)|\w+ordning|\w+ordningen))\b",
    re.I,
)
_WHICH_APPLIES = re.compile(
    r"\b(gäller|gällde|gällande|giltig\w*|i kraft|fortfarande|aktuell\w*|senaste|upphävd\w*|utgången|"
    r"utgått|in force|valid|current|still apply|appl(y|ies|ied)\b(?!\s+for\b))\b",
    re.I,
)
_WHO_DECIDES = re.compile(
    r"\b(vem|vilken|vilka|who|which)\b.{0,60}?\b(beslut\w*|bestämm\w*|bestämmer|får|fattar|fastställer|antar|"
    r"ansvar\w*|delegat\w*|godkänn\w*|beviljar|decides?|approves?|adopts?|determines?)\b|\bdelegat\b|\bdelegation\w*\b.{0,30}\bvem\b",
    re.I,
)
_MAY_DECIDE = re.compile(
    r"\b(får|kan|ska|måste)\s+(\w+\s+){0,3}?(själv\w*\s+)?(fatta (ett |det )?beslut\w*|besluta|ta beslutet|"
    r"bevilja|anta|godkänna)\b"
    r"|\b(can|may|must)\s+(\w+\s+){0,3}?(itself\s+|themselves\s+|alone\s+)?(adopt|approve|decide)\b",
    re.I,
)
# the asker decides ("får jag som handläggare själv fatta beslut om ..."): a mandate, not a personal case
_ASKER_DECIDES = re.compile(
    r"\b(får|kan|ska|måste) (jag|vi)( som [\wåäö-]+)?( själv| själva)? "
    r"(fatta|ta beslut\w*|besluta|bevilja|anta|godkänna)\b",
    re.I,
)
# the asker's own case: "mitt ärende", "min ansökan", "jag har sökt / fått ..." (not "jag vill riva ett
# uthus, vem beslutar om rivningslov?", which asks for the rule)
_PERSONAL = re.compile(
    r"\b(mitt|min|mina|my)\s+(\w+\s+){0,2}?(ärende\w*|ansökan|ansökningar|bygglov\w*|bidrag\w*|beslut\w*|"
    r"granne\w*|application|case|permit)\b"
    r"|\b(jag|vi|I)\s+(har\s+|hade\s+|have\s+)?(fått|fick|sökt|sökte|ansökt|ansökte|applied|got)\b(?!\s+in\b)",
    re.I,
)
_NAME = re.compile(
    r"\bvad heter\b|\bvilket namn\b|\bnamnet på\b|\bvem är (ordförande|chef|kommundirektör|förvaltningschef|"
    r"kommunstyrelsens ordförande|kommunalråd)\w*|\bvilka (sitter|är ledamöter)\b|\bwhat is the name\b|"
    r"\bwho is the\b",
    re.I,
)
_FOLLOW_UP = re.compile(
    r"^(och|men|än|samma|då|and|what about)\b|\b(den|det|dess|denna|detta|de|dem|it|its)\b", re.I
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

_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PAST = re.compile(
    r"\b(gällde|gälla|var|was|did|applied|tidigare|förra|fick|kom|hade|gjorde|blev|bjöd|sökte|"
    r"ansökte|beviljades|betalade|lovade)\b",
    re.I,
)
_SEASON = re.compile(r"\b(våren|sommaren|hösten|vintern)\s+((?:19|20)\d\d)\b", re.I)
_SEASON_DAY = {"våren": (4, 15), "sommaren": (7, 15), "hösten": (10, 15), "vintern": (1, 15)}


@dataclass(frozen=True)
class Question:
    """One question, understood."""

    text: str  # as asked
    search_text: str  # what retrieval uses: with the previous question when this one is a follow-up
    kind: str
    language: str  # "sv" or "en"
    as_of: dt.date | None  # a date the question names ("gällde 2020" -> 2020-12-31)
    years: tuple[int, ...]  # years named in the question (document versions: "policyn från 2019")
    follow_up: bool
    gloss: str = ""  # one Swedish word per English phrase of the question (assistant/glossary_en_sv.txt)


def _language(text: str) -> str:
    return "en" if len(_ENGLISH.findall(text)) > len(_SWEDISH.findall(text)) else "sv"


def _kind(text: str) -> str:
    if _PERSONAL.search(text) and not _ASKER_DECIDES.search(text):
        return PERSONAL
    if _NAME.search(text):
        return NAME
    if _SUPERSESSION.search(text):
        return SUPERSESSION
    decided = r"\b(beslutade|beslutat|bestämde|fattade beslut) om"
    if re.search(rf"\bvem\b.{{0,20}}{decided}\b", text, re.I):
        if re.search(rf"{decided} (den |det |de |kommunens |\w+s )?{DOCUMENT_WORD}\b", text, re.I):
            return DOC_DECISION  # "vem fattade beslut om riktlinjen ...?" asks for the document's decision
        return WHO_DECIDES  # "vem beslutade om rivningslov 2022?" asks for the delegat then
    if re.search(r"\bvem\b.{0,20}\b(beslutar|bestämmer|fattar beslut) om\b", text, re.I):
        return WHO_DECIDES  # the rule: "vem beslutar om uppräkningen i taxan som börjar gälla 2027?"
    if _DOC_DECISION.search(text):
        return DOC_DECISION
    if _MAY_DECIDE.search(text):
        return WHO_DECIDES  # "kan nämnden själv anta ...?", "får jag fatta beslut om ...?": whose mandate
    if _WHICH_APPLIES.search(text) and not re.search(r"\bvem\b.{0,40}\bbeslut", text, re.I):
        return WHICH_APPLIES
    if _WHO_DECIDES.search(text):
        return WHO_DECIDES
    return FACT


_MONTHS = ("januari februari mars april maj juni juli augusti september oktober november december").split()
_WORD_DATE = re.compile(
    r"\b(?:(\d{1,2})|(mitten av|början av|slutet av))?\s*(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I
)


def _word_date(m: re.Match[str]) -> dt.date | None:
    """ "15 februari 2024", "i mitten av december 2025", "december 2022" (the month's last day)."""
    month = _MONTHS.index(m[3].lower()) + 1
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


def _as_of(text: str) -> dt.date | None:
    """A date the question asks about: a full date, a month, or a year asked about in the past tense
    ("vilken policy gällde 2020?" -> 2020-12-31)."""
    if m := _ISO.search(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if m := _WORD_DATE.search(text):
        return _word_date(m)
    if m := _SEASON.search(text):
        month, day = _SEASON_DAY[m[1].lower()]
        return dt.date(int(m[2]), month, day)
    if m := re.search(
        r"\b(gäller|gälla|börjar gälla|träder i kraft) från( och med)? (19|20)(\d\d)\b", text, re.I
    ):
        return dt.date(int(m[3] + m[4]), 1, 1)  # "vilken taxa gäller från 2027?"
    if m := re.search(r"\b(under|during) (år )?((?:19|20)\d\d)\b", text, re.I):
        return dt.date(int(m[3]), 12, 31)  # "under 2021, hur snabbt ..."
    if _PAST.search(text) and (m := _YEAR.search(text)):
        return dt.date(int(m[1]), 12, 31)
    return None


def is_follow_up(text: str, history: Sequence[tuple[str, str]]) -> bool:
    """A short question leaning on the previous one ("Och vem beslutar om bygglov då?", "När antogs den?")."""
    return bool(history) and (bool(_FOLLOW_UP.search(text.strip())) or len(text.split()) <= 3)


def understand(text: str, history: Sequence[tuple[str, str]] = ()) -> Question:
    """Classify ``text``; resolve a follow-up against the previous question of the conversation."""
    clean = " ".join(text.split())
    follow = is_follow_up(clean, history)
    search_text = clean
    kind = _kind(clean)
    if follow:
        previous = history[-1][0]
        search_text = f"{clean} {previous}"
        if kind == FACT and len(clean.split()) <= 4:
            kind = _kind(previous)  # "Och för bygglov då?" keeps the previous question's kind
    as_of = _as_of(clean)
    # a year that dates the question ("i mars 2024", "gällde 2020") names no document version
    years = tuple(int(y) for y in _YEAR.findall(clean) if not (as_of and int(y) == as_of.year))
    language = _language(clean)
    gloss = ""
    if language == "en":  # the documents are Swedish: search by all their words, judge by one per phrase
        glossary = default_glossary()
        gloss = " ".join(glossary.swedish_words(search_text, first_only=True))
        search_text = f"{search_text} {' '.join(glossary.swedish_words(search_text))}".strip()
    return Question(
        text=clean,
        search_text=search_text,
        kind=kind,
        language=language,
        as_of=as_of,
        years=years,
        follow_up=follow,
        gloss=gloss,
    )
