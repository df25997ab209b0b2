"""What a document's own sentences state besides its decision: validity, what it replaces, scope,
publication and who keeps it current.

:mod:`ingest.meta.prose` decides which sentences speak of the document itself and hands them
here; each function reads one kind of statement and adds what it finds.
"""

from __future__ import annotations

import re

from ingest.dates import find_dates, find_period, states_open_end
from ingest.meta.candidates import FROM_DECISION, OPEN_END, RANK_BODY_LABEL, RANK_SELF, Candidates
from ingest.meta.vocab import INTERNAL_MARK_RE, bodies_in, clean_text, doc_type_of, publication_of, scope_of
from store.schema import Publication

_VALID_FROM_RE = re.compile(
    r"\b(?:gäller|tillämpas|giltig|gällande|(?<!upphör\s)att\s+gälla)\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+"
    r"|\b(?:träder|trädde)\s+i\s+kraft\s+|\bbörjar\s+(?:att\s+)?gälla\s+",
    re.IGNORECASE,
)

_RELATIVE_RE = re.compile(r"(?P<noun>(?:\S+\s+){0,3})som\s+(?:\w+\s+)?$", re.IGNORECASE)


def _relative_to_another(before: str) -> bool:
    """Does a validity verb stand in a relative clause about something else than the document
    ("lagen, som trädde i kraft ...")? Not when the clause is the document's own ("Denna riktlinje,
    som gäller från och med ...")."""
    found = _RELATIVE_RE.search(before)
    if found is None:
        return False
    noun = found["noun"]
    return not (re.search(r"\b(?:denna|detta|dessa)\b", noun, re.IGNORECASE) or doc_type_of(noun))


_VALID_TO_RE = re.compile(
    r"\b(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|längst\s+till|längst\s+t\.\s?o\.\s?m\.?)\s+"
    r"|\bupphör\s+att\s+gälla\s+|\bgäller\s+till\s+(?!och\s+med\b)",  # "gäller till och med": the first
    re.IGNORECASE,
)

_REVIEW_RE = re.compile(
    r"\b(?:revideras|aktualitetsprövas|ses\s+över|omprövas|följas\s+upp\s+och\s+revideras)\s+(?:senast\s+)?",
    re.IGNORECASE,
)

_PERIOD_RE = re.compile(
    r"\b(?:gäller|avser)\s+(?:(?:för|under)\s+(?P<v>[^.;]+)|(?P<w>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d))",
    re.IGNORECASE,
)

# the object is looked at, not taken, so that a later verb of the same sentence is found too
_SCOPE_RE = re.compile(
    r"\b(?:gäller\s+för|omfattar|riktar\s+sig\s+till|är\s+(?:vägledande|bindande|styrande)\s+för"
    r"|avser)\s+(?!inte\b|ej\b|att\b)(?=(?P<v>[^.;]+))",
    re.IGNORECASE,
)
_TIME_RE = re.compile(r"\s*(?:år|åren|perioden|(?:19|20)\d\d)\b")
# "avser främst att ...", "avser även de beslut": an intention or an addition, not a scope
_NOT_SCOPE_RE = re.compile(r"\s*(?:(?:\w+\s+){0,2}att\b|även\b|också\b)")
# a scope stated with the document as the understood subject, at the head of a line or sentence:
# "Omfattar kommunen och de helägda bolagen", "Gäller för chefer och handläggare inom ..."
ELIDED_SCOPE_RE = re.compile(
    r"^(?:Gäller\s+för|Omfattar|Avser|Riktar\s+sig\s+till)\s+(?!inte\b|ej\b|att\b|även\b|också\b)"
)

_SCOPE_END_RE = re.compile(
    r",?\s+(?:och|samt|men)\s+(?:(?:den|det|de|dessa)\s+)?(?:är|ska|har|kan|gäller|omfattar|innebär|beskriver"
    r"|utgör|ersätter|syftar|vänder|tillämpas|träder|avser|anger|beslutas|antogs)\b"
    r"|,\s+(?:och\s+)?(?:som|vilket)\s+",
    re.IGNORECASE,
)

_REPLACES_RE = re.compile(
    r"\b(?:ersätter|upphäver)\s+(?!inte\b|ej\b|inga\b|ingen\b)(?P<v>.+?)(?=\.\s+[A-ZÅÄÖ]|\.?$)"
    # "Samtidigt upphör reglemente för X antaget 2019-02-25, § 9, att gälla" (a statute's last §)
    r"|\bupphör\s+(?!inte\b)(?P<w>(?:den\s+|det\s+)?(?:tidigare\s+)?\S.{3,200}?),?\s+att\s+gälla\b",
    re.I,
)

_OWNER_RE = re.compile(
    r"\b(?:Dokumentägare|Dokumentansvarig|Ansvarig\s+för\s+(?:dokumentet|[^.]{0,80}?))\s*(?:är|:)\s+"
    r"(?P<v>[^.,;]+)",
    re.IGNORECASE,
)

_PUBLISH_RE = re.compile(
    r"\b(?<!kan\s)(?<!får\s)publiceras\s+(?:endast\s+|bara\s+|även\s+)?(?:på|via|i)\s+[^.]{3,60}",
    re.IGNORECASE,
)

# "Kommunstyrelsen ansvarar för att programmet aktualitetsprövas": who keeps the document current
_KEEPER_RE = re.compile(
    r"^(?P<who>[^,.;]{3,60}?)\s+(?:ansvarar|har\s+ansvar(?:et)?)\s+för\s+"
    r"(?:att\s+(?:(?:denna|detta|dessa)\s+)?(?P<object>\w+)\s+(?:\w+\s+){0,3}?(?:revideras|aktualitetsprövas"
    r"|uppdateras|ses\s+över|hålls?\s+aktuell|följs\s+upp|omprövas|utvärderas)"
    r"|att\s+(?:hålla|revidera|uppdatera|aktualitetspröva|se\s+över|följa\s+upp)\s+(?:(?:denna|detta|dessa)\s+)?"
    r"(?P<object2>\w+)"
    r"|(?:revidering|uppdatering|aktualitetsprövning|översyn|uppföljning|förvaltning)(?:en)?\s+av\s+"
    r"(?:(?:denna|detta|dessa)\s+)?(?P<object3>\w+))",
    re.IGNORECASE,
)

# "Riktlinjen revideras vid behov av kanslichefen", "Riktlinjen förvaltas av kanslichefen"
_KEPT_BY_RE = re.compile(
    # "Planen förvaltas av ...", "Planen gäller för perioden 2023–2026 och förvaltas av ..."
    r"^(?P<object>\w+(?:\s+\w+)?)\s+(?:[^.]{0,80}?\s+och\s+)?(?:ska\s+)?(?:förvaltas|revideras|uppdateras"
    r"|aktualitetsprövas|ses\s+över"
    r"|hålls\s+aktuell)\b[^.]{0,40}?\s+av\s+(?P<who>[^.,;]+)",
    re.IGNORECASE,
)

# "Kanslichefen är ansvarig för riktlinjen", "Kanslichefen ansvarar för riktlinjen."
_OWNS_RE = re.compile(
    r"^(?P<who>[^,.;]{3,60}?)\s+(?:är\s+(?:dokument)?ansvarig|ansvarar|äger)\s+(?:för\s+)?(?:(?:denna|detta|dessa)\s+)?"
    r"(?P<object>\w+)\s*(?:\.|$|och\s+(?:dess|för\s+att))",
    re.IGNORECASE,
)

# "Ansvaret för att riktlinjen hålls aktuell ligger hos kanslichefen."
_RESPONSIBILITY_RE = re.compile(
    r"^Ansvar(?:et)?\s+för\s+(?:att\s+)?(?:(?:denna|detta|dessa)\s+)?(?P<object>\w+)[^.]{0,60}?\s+"
    r"(?:ligger\s+(?:hos|på)|åligger|har)\s+(?P<who>[^.,;]+)",
    re.IGNORECASE,
)

# "gäller från och med beslutsdagen", "träder i kraft omedelbart": its start is its decision
_FROM_DECISION_RE = re.compile(
    r"\b(?:gäller|träder\s+i\s+kraft|tillämpas|börjar\s+gälla)\s+(?:från\s+och\s+med\s+|fr\.\s?o\.\s?m\.?\s*"
    r"|från\s+)?(?:beslutsdag(?:en)?|beslutsdatum(?:et)?|dagen\s+för\s+beslut(?:et)?|i\s+och\s+med\s+beslut(?:et)?"
    r"|omedelbart|direkt\s+efter\s+beslut|den\s+dag\s+(?:då\s+)?(?:den|de|det|beslutet)\s+(?:har\s+)?"
    r"(?:antogs|antagits|fastställdes|fastställts|beslutades|beslutats|fattades))",
    re.IGNORECASE,
)

# "... ska revideras vid behov, dock senast 2026-12-31"
_REVIEW_LATER_RE = re.compile(
    r"\b(?:revideras|aktualitetsprövas|ses\s+över|omprövas|uppdateras)\b[^.;]{0,50}?\bsenast\s+",
    re.IGNORECASE,
)


def _groups(match: re.Match[str], *names: str) -> list[str]:
    return [match.group(n) for n in names if n in match.re.groupindex and match.group(n)]


def _date_after(text: str, start: int) -> object:
    dates = find_dates(text[start : start + 60])
    return dates[0].date if dates and dates[0].start <= 6 else None


def validity(sentence: str, out: Candidates, group: str, source: str) -> None:
    if _FROM_DECISION_RE.search(sentence):
        out.add("valid_from", FROM_DECISION, rank=RANK_SELF, group=group, source=source)
    review = _REVIEW_LATER_RE.search(sentence)
    if review is not None:
        value = _date_after(sentence, review.end())
        if value is not None:
            out.add("review_date", value, rank=RANK_SELF, group=group, source=source)
    for pattern, name in (
        (_VALID_FROM_RE, "valid_from"),
        (_VALID_TO_RE, "valid_to"),
        (_REVIEW_RE, "review_date"),
    ):
        for match in pattern.finditer(sentence):
            if _relative_to_another(sentence[: match.start()]):
                continue  # "lagen, som trädde i kraft den 1 juli 2025": the law's, not the document's
            value = _date_after(sentence, match.end())
            if value is not None:
                out.add(name, value, rank=RANK_SELF, group=group, source=source)
                break
    period = _PERIOD_RE.search(sentence)
    if period is not None:
        start, end = find_period(period["v"] or period["w"])
        if start is not None and end is not None:
            out.add("valid_from", start, rank=RANK_SELF, group=group, source=source)
            out.add("valid_to", end, rank=RANK_SELF, group=group, source=source)
    if states_open_end(sentence) and re.search(r"\bgäller\b", sentence, re.IGNORECASE):
        out.add("valid_to", OPEN_END, rank=RANK_SELF, group=group, source=source)


def replaces(sentence: str, out: Candidates, group: str, source: str) -> None:
    found = _REPLACES_RE.search(sentence)
    if found is None:
        return
    value = found["v"] or found["w"]
    if found["w"] and re.match(r"(?:den\s+)?\d|(?:när|om|då|efter|vid)\b", value, re.I):
        return  # "upphör den 31 december 2027 att gälla", "upphör när ... att gälla": a time, not a document
    if value[:1].isupper() or doc_type_of(value) or find_dates(value) or re.search(r"tidigare", value, re.I):
        out.add("replaces", clean_text(value), rank=RANK_SELF, group=group, source=source)


def scope(sentence: str, out: Candidates, group: str, source: str, *, rank: int = RANK_SELF) -> None:
    """What the document applies to, from a sentence about it: the first "gäller för", "omfattar",
    "avser" ... whose object is no time ("Planen gäller för åren 2026–2028 och avser nämndens tillsyn
    ..." gives the tillsyn), cut where another clause begins."""
    for found in _SCOPE_RE.finditer(sentence):
        before = sentence[: found.start()]
        if len(before.split()) > 6 and not re.search(r"\b(?:och|samt)\s*$", before):
            return  # the verb of another subject ("... vad som gäller för invånare")
        value = found["v"]
        end = _SCOPE_END_RE.search(value)
        value = value[: end.start()] if end else value
        if find_dates(value) or find_period(value) != (None, None) or _TIME_RE.match(value):
            continue
        if _NOT_SCOPE_RE.match(value):
            return
        out.add("scope", scope_of(value), rank=rank, group=group, source=source)
        return


def publication(sentence: str, out: Candidates, group: str, source: str) -> None:
    if INTERNAL_MARK_RE.search(sentence):
        out.add("publication", Publication.INTERN, rank=RANK_SELF, group=group, source=source, mark=True)
        return
    found = _PUBLISH_RE.search(sentence)
    if found is not None:
        publication = publication_of(found.group(0))
        if publication is not Publication.UNKNOWN:
            out.add("publication", publication, rank=RANK_SELF, group=group, source=source)


def owner(sentence: str, subject: re.Pattern[str], out: Candidates, group: str, source: str) -> None:
    """ "Dokumentansvarig är ekonomichefen", and who keeps the document current when no label says
    ("Kanslichefen ansvarar för att riktlinjen revideras")."""
    stated = _OWNER_RE.search(sentence)
    if stated is not None:
        out.add("owner", clean_text(stated["v"]), rank=RANK_SELF, group=group, source=source)
    keeper = (
        _KEEPER_RE.match(sentence)
        or _OWNS_RE.match(sentence)
        or _RESPONSIBILITY_RE.match(sentence)
        or _KEPT_BY_RE.match(sentence)
    )
    kept = next(iter(_groups(keeper, "object", "object2", "object3")), "") if keeper else ""
    if keeper is not None and kept and subject.match(kept):
        mentions = bodies_in(keeper["who"])
        if mentions and mentions[0].start == 0:  # a body or role, not "Alla chefer"
            out.add("owner", clean_text(keeper["who"]), rank=RANK_BODY_LABEL, group=group, source=source)
