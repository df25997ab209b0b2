"""Metadata stated in sentences: what a document says about itself, anywhere in its text.

Only sentences whose subject is the document are read as its metadata: its own type in definite
form ("Riktlinjen antogs av ...", "Planen omfattar ...", "Dessa föreskrifter träder i kraft ..."),
"Dokumentet", a pronoun continuing such a sentence ("Den ersätter ..."), a decision participle
opening a statement ("Antagen av kommunfullmäktige den ...") or a body adopting the document
("Kommunfullmäktige antog visionen ..."). A decision the body merely mentions ("socialnämnden
beslutade 2025-02-18, § 12, att ...") is never read: a wrong decision is worse than none. A
sentence about the previous version ("Den tidigare riktlinjen ..., upphör att gälla") tells what
this one replaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import find_dates, find_period, states_open_end
from ingest.meta.candidates import FROM_DECISION, OPEN_END, RANK_BODY_LABEL, RANK_SELF, Candidates
from ingest.meta.decision import latest, parse_decisions
from ingest.meta.document import DocView
from ingest.meta.vocab import (
    INTERNAL_MARK_RE,
    bodies_in,
    clean_text,
    doc_type_of,
    find_dnr,
    publication_of,
    scope_of,
    self_words,
    split_sentences,
)
from store.schema import Publication
from store.vocabulary import decision_verb_patterns, document_word

_DEMONSTRATIVE = r"(?:denna|detta|dessa|föreliggande)\s+(?:nya\s+|reviderade\s+)?"
_PRONOUN_RE = re.compile(r"^(?:Den|De|Det)\s+(?!tidigare\b|här\b|där\b|\d)", re.IGNORECASE)
_PREVIOUS_RE = re.compile(
    r"^(?:(?:Den|Det|De)\s+)?(?:tidigare|föregående|gamla)\s+(?P<v>.+?),?\s+"
    r"(?:upphör\s+att\s+gälla|upphävs|ersätts|gäller\s+inte\s+längre)",
    re.IGNORECASE,
)
_NOT_SUBJECT = (
    r"(?:som|att|vilken|vilket|vilka|där|när|enligt|utifrån|bygger|utgår|följer|grundar|baseras|hänvisar"
    r"|ersätter|gäller|och|men|samt|eftersom|innan|efter|tidigare)"
)
# words for a document that are no type: "Dessa bestämmelser träder i kraft ..."
_DOCUMENT_NOUNS = r"(?:dokument|styrdokument|bestämmelser|författning|regler)"
_DEMONSTRATIVE_RE = re.compile(rf"\b{_DEMONSTRATIVE}\w+\s*$", re.IGNORECASE)
_AUX = r"(?:(?:har|hade|är|var|blev|har\s+blivit)\s+)?(?:(?:ursprungligen|senast|nu)\s+)?"
_VALID_FROM_RE = re.compile(
    r"\b(?:gäller|tillämpas|giltig|gällande)\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?|från)\s+"
    r"|\b(?:träder|trädde)\s+i\s+kraft\s+|\bbörjar\s+(?:att\s+)?gälla\s+",
    re.IGNORECASE,
)
_VALID_TO_RE = re.compile(
    r"\b(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|längst\s+till|längst\s+t\.\s?o\.\s?m\.?)\s+"
    r"|\bupphör\s+att\s+gälla\s+|\bgäller\s+till\s+",
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
_SCOPE_RE = re.compile(
    r"\b(?:gäller\s+för|omfattar|riktar\s+sig\s+till|är\s+(?:vägledande|bindande|styrande)\s+för)\s+"
    r"(?!inte\b|ej\b)(?P<v>[^.;]+)",
    re.IGNORECASE,
)
_SCOPE_END_RE = re.compile(
    r",?\s+(?:och|samt|men)\s+(?:(?:den|det|de|dessa)\s+)?(?:är|ska|har|kan|gäller|omfattar|innebär|beskriver"
    r"|utgör|ersätter|syftar|vänder)\b"
    r"|,\s+(?:och\s+)?(?:som|vilket)\s+",
    re.IGNORECASE,
)
_REPLACES_RE = re.compile(
    r"\b(?:ersätter|upphäver)\s+(?!inte\b|ej\b|inga\b|ingen\b)(?P<v>.+?)(?=\.\s+[A-ZÅÄÖ]|\.?$)", re.I
)
# "Riktlinje för X, antagen 2019-02-02, upphör att gälla när denna riktlinje träder i kraft."
_ENDS_WITH_THIS_RE = re.compile(
    r"^(?P<v>[^.]{5,160}?),?\s+(?:upphör\s+att\s+gälla|upphävs)\s+(?:när|då|i\s+och\s+med(?:\s+att)?)\s+"
    r"(?:denna|detta|dessa|den\s+nya)\b",
    re.IGNORECASE,
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
    r"^(?P<object>\w+(?:\s+\w+)?)\s+(?:ska\s+)?(?:förvaltas|revideras|uppdateras|aktualitetsprövas|ses\s+över"
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
# "Från och med den 1 januari 2024 gäller riktlinjen", "Den 3 mars 2021 antog socialnämnden
# riktlinjen": the date first, then the verb, then the subject (Swedish word order)
_INVERTED_RE = re.compile(
    r"^(?P<lead>[^.]{4,45}?)\s*,?\s+(?P<verb>gäller|träder|börjar|upphör|tillämpas|antog|fastställde|beslutade"
    r"|godkände|reviderade)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_UNTIL_RE = re.compile(r"\b(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|längst\s+till)\b", re.IGNORECASE)
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
_REVISION_RE = re.compile(r"\brevider\w*|\bändrad\w*|\bändrats\b", re.IGNORECASE)
_ELIDED_RE = re.compile(r"^Ersätter\s+[A-ZÅÄÖ]")  # a statement whose subject, the document, is left out
_LABEL_START_RE = re.compile(r"^(?:dnr|diarienumm?er|diarienumret|ärendenummer)\b", re.IGNORECASE)


def _subject_re(doc_type: str | None, title: str | None) -> re.Pattern[str]:
    words = self_words(doc_type)
    if title:
        head = re.findall(r"[A-Za-zÅÄÖåäö-]+", title)[:1]
        if head and doc_type_of(head[0]):
            stem = head[0].lower()
            words = words + [stem + ending for ending in ("en", "et", "n", "na", "erna")]
    words = words + ["bestämmelserna", "författningen", "reglerna"]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    named = rf"(?:{document_word()}|{_DOCUMENT_NOUNS})"  # "Denna riktlinje", never "Dessa mål"
    return re.compile(rf"^(?:{_DEMONSTRATIVE}{named}|(?:{alternation}))\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return split_sentences(text)


def read_prose(
    view: DocView, doc_type: str | None, title: str | None, known: Sequence[str], out: Candidates
) -> None:
    """Add what the document's sentences say about the document itself."""
    verbs = decision_verb_patterns()
    subject = _subject_re(doc_type, title)
    participle = re.compile(rf"^{verbs['done']}\b\s*(?:av\s+)?", re.IGNORECASE)
    # "Riktlinjen antogs av", "Denna riktlinje har fastställts av", "Riktlinjen för X antogs av" —
    # but not "Riktlinjen bygger på den plan som fastställdes av": no clause between subject and verb
    passive = re.compile(
        rf"^\S+(?:\s+(?!{_NOT_SUBJECT}\b)[^\s,;]+){{0,7}}?\s+{_AUX}{verbs['done']}\b\s*(?:av\s+)?",
        re.IGNORECASE,
    )
    active = re.compile(
        rf"^(?P<body>[^.,]{{2,60}}?)\s+(?:har\s+(?:den\s+[^.]{{4,40}}?\s+)?)?(?:antog|antagit|beslutade|beslutat|fastställde|fastställt"
        rf"|godkände|godkänt|reviderade|reviderat)\s+(?:att\s+(?:anta|fastställa)\s+)?(?:{_DEMONSTRATIVE})?"
        rf"(?P<object>\w+)",
        re.IGNORECASE,
    )
    # "Socialnämnden beslutade den 3 mars 2021, § 12, att anta riktlinjen."
    resolved = re.compile(
        rf"^(?P<body>[^.,]{{2,60}}?)\s+(?:har\s+)?(?:beslutade|beslutat)\b(?P<when>[^.]*?)\batt\s+"
        rf"(?:anta|fastställa|godkänna|revidera)\s+(?:{_DEMONSTRATIVE})?(?P<object>\w+)",
        re.IGNORECASE,
    )
    for number, paragraph in enumerate(view.paragraphs):
        about_self = False
        # a statement without a subject ("Antagen av KF 2019-02-02") speaks for this document in its
        # header or tail; in the body it may be a line about another one
        bare_rank = RANK_SELF if paragraph.zone != "body" else RANK_BODY_LABEL
        for k, sentence in enumerate(_sentences(paragraph.text)):
            group = f"sentence:{number}:{k}"
            source = f"sida {paragraph.page}, text"
            own = bool(subject.match(sentence)) or (about_self and bool(_PRONOUN_RE.match(sentence)))
            opens = participle.match(sentence)
            adopted = next(
                (
                    m
                    for m in (active.match(sentence), resolved.match(sentence))
                    if m is not None
                    and (subject.match(m["object"]) or _DEMONSTRATIVE_RE.search(m.group(0)))
                    and re.search(r"\w", m["body"])
                ),
                None,
            )
            by_body = adopted is not None
            if own:
                verb = passive.match(sentence)
                if verb is not None:
                    revised = bool(_REVISION_RE.search(sentence[: verb.end()]))
                    _decision(sentence[verb.end() :], known, out, group, source, revision=revised)
            elif opens is not None and len(sentence) < 400:
                revised = bool(_REVISION_RE.search(opens.group(0)))
                _decision(
                    sentence[opens.end() :], known, out, group, source, rank=bare_rank, revision=revised
                )
            elif by_body and adopted is not None:
                _decision(sentence, known, out, group, source, cut_at=adopted.end("object"))
            about_self = own or opens is not None or by_body
            if _ELIDED_RE.match(sentence):  # "Ersätter Riktlinje för X, antagen 2015-03-02."
                _replaces(sentence, out, group, source)
            if about_self:
                _validity(sentence, out, group, source)
                _replaces(sentence, out, group, source)
                _scope(sentence, out, group, source)
                _publication(sentence, out, group, source)
            elif (previous := _PREVIOUS_RE.match(sentence) or _ENDS_WITH_THIS_RE.match(sentence)) and (
                doc_type_of(previous["v"]) or find_dates(previous["v"])
            ):
                out.add("replaces", clean_text(previous["v"]), rank=RANK_SELF, group=group, source=source)
            owner = _OWNER_RE.search(sentence)
            if owner is not None:
                out.add("owner", clean_text(owner["v"]), rank=RANK_SELF, group=group, source=source)
            _inverted(sentence, subject, known, out, group, source)
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
                    who = clean_text(keeper["who"])
                    out.add("owner", who, rank=RANK_BODY_LABEL, group=group, source=source)
            dnr = find_dnr(sentence)
            if dnr is not None and (about_self or _LABEL_START_RE.match(sentence)):
                # a dnr the body cites ("(dnr KS 2019/12)") is another case's, never this document's
                out.add("diarienummer", dnr, rank=RANK_SELF, group=group, source=source)


def type_from_subjects(view: DocView) -> str | None:
    """The type a document calls itself in its sentences ("Riktlinjen gäller ...", "Denna policy ..."),
    when it names one type at least twice and no other."""
    subject = _subject_re(None, None)
    found: list[str] = []
    for paragraph in view.paragraphs:
        for sentence in _sentences(paragraph.text):
            head = subject.match(sentence)
            named = doc_type_of(head.group(0)) if head else None
            if named:
                found.append(named)
    kinds = set(found)
    return found[0] if len(kinds) == 1 and len(found) >= 2 else None


def read_marks(view: DocView, out: Candidates) -> None:
    """Internal marks in the header, tail and running lines ("INTERNT – får inte spridas")."""
    for line in view.lines:
        if line.zone != "body" and INTERNAL_MARK_RE.search(line.text):
            source = f"sida {line.page}, {'sidfot' if line.bottom else 'sidhuvud'}"
            out.add("publication", Publication.INTERN, rank=RANK_SELF, group="mark", source=source, mark=True)
            return


def _decision(
    text: str,
    known: Sequence[str],
    out: Candidates,
    group: str,
    source: str,
    cut_at: int = 0,
    rank: int = RANK_SELF,
    revision: bool = False,
) -> None:
    decision = latest(parse_decisions(text, known))
    if decision is not None and cut_at and decision.date is None:
        return  # "Kommunfullmäktige antog planen": a body adopting it, but no date to place it
    out.decision(decision, rank=rank, group=group, source=source, revision=revision)


def _groups(match: re.Match[str], *names: str) -> list[str]:
    return [match.group(n) for n in names if n in match.re.groupindex and match.group(n)]


def _inverted(
    sentence: str, subject: re.Pattern[str], known: Sequence[str], out: Candidates, group: str, source: str
) -> None:
    """A sentence that opens with its date: "Från och med den 1 januari 2024 gäller riktlinjen"."""
    found = _INVERTED_RE.match(sentence)
    if found is None or not find_dates(found["lead"]):
        return
    date = find_dates(found["lead"])[-1].date
    verb, rest = found["verb"].lower(), found["rest"]
    if verb in ("gäller", "träder", "börjar", "tillämpas", "upphör"):
        if subject.match(rest):
            name = "valid_to" if verb == "upphör" or _UNTIL_RE.search(found["lead"]) else "valid_from"
            out.add(name, date, rank=RANK_SELF, group=group, source=source)
        return
    mentions = bodies_in(rest)
    if not mentions or mentions[0].start != 0 or not subject.match(rest[mentions[0].end :].strip()):
        return
    out.decision(
        latest(parse_decisions(f"{mentions[0].text} {found['lead']} {rest[mentions[0].end :]}", known)),
        rank=RANK_SELF,
        group=group,
        source=source,
    )


def _date_after(text: str, start: int) -> object:
    dates = find_dates(text[start : start + 60])
    return dates[0].date if dates and dates[0].start <= 6 else None


def _validity(sentence: str, out: Candidates, group: str, source: str) -> None:
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


def _replaces(sentence: str, out: Candidates, group: str, source: str) -> None:
    found = _REPLACES_RE.search(sentence)
    if found is None:
        return
    value = found["v"]
    if value[:1].isupper() or doc_type_of(value) or find_dates(value) or re.search(r"tidigare", value, re.I):
        out.add("replaces", clean_text(value), rank=RANK_SELF, group=group, source=source)


def _scope(sentence: str, out: Candidates, group: str, source: str) -> None:
    found = _SCOPE_RE.search(sentence)
    if found is None:
        return
    before = sentence[: found.start()]
    if len(before.split()) > 6 and not re.search(r"\boch\s*$", before):
        return  # the verb of another subject ("... vad som gäller för invånare")
    value = found["v"]
    if find_dates(value) or find_period(value) != (None, None) or re.match(r"\s*(?:år|perioden)\b", value):
        return
    end = _SCOPE_END_RE.search(value)
    value = value[: end.start()] if end else value
    out.add("scope", scope_of(value), rank=RANK_SELF, group=group, source=source)


def _publication(sentence: str, out: Candidates, group: str, source: str) -> None:
    if INTERNAL_MARK_RE.search(sentence):
        out.add("publication", Publication.INTERN, rank=RANK_SELF, group=group, source=source, mark=True)
        return
    found = _PUBLISH_RE.search(sentence)
    if found is not None:
        publication = publication_of(found.group(0))
        if publication is not Publication.UNKNOWN:
            out.add("publication", publication, rank=RANK_SELF, group=group, source=source)
