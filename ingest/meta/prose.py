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

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.dates import find_dates
from ingest.meta import clauses
from ingest.meta.candidates import RANK_BODY_LABEL, RANK_SELF, Candidates
from ingest.meta.decision import REVISED_RE, latest, parse_decisions
from ingest.meta.document import DocView
from ingest.meta.history import described_version
from ingest.meta.values import put_label
from ingest.meta.vocab import (
    INTERNAL_MARK_RE,
    bodies_in,
    clean_text,
    doc_type_of,
    find_dnr,
    match_label,
    publication_of,
    self_words,
    split_sentences,
)
from ingest.sentences import without_section_mark
from store.schema import Publication
from store.vocabulary import decision_verb_patterns, document_word

_DEMONSTRATIVE = r"(?:denna|detta|dessa|föreliggande)\s+(?:nya\s+|reviderade\s+)?"
_PRONOUN_RE = re.compile(
    r"^(?:(?:Den|De|Det)\s+(?!tidigare\b|här\b|där\b|\d)|(?:Samtidigt|Därmed|Härmed)\s+)", re.IGNORECASE
)  # the sentence goes on about the subject of the one before
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
# "Riktlinje för X, antagen 2019-02-02, upphör att gälla när denna riktlinje träder i kraft."
_ENDS_WITH_THIS_RE = re.compile(
    r"^(?P<v>[^.]{5,160}?),?\s+(?:upphör\s+att\s+gälla|upphävs)\s+(?:när|då|i\s+och\s+med(?:\s+att)?)\s+"
    r"(?:denna|detta|dessa|den\s+nya)\b",
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
# statements whose subject, the document, is left out: "Ersätter riktlinje för X, antagen 2015-03-02.",
# "Gäller till och med den 31 december 2027."
_ELIDED_RE = re.compile(r"^Ersätter\s+\S")
_LABEL_WORDS = 12
_ELIDED_VALIDITY_RE = re.compile(
    r"^Gäller\s+(?:från|till|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?)\s+(?:och\s+med\s+)?(?:den\s+)?\d"
)
# a dnr line; as a footnote only when the dnr is all it says ("1 Dnr SN 2025/290."): a footnote that
# goes on ("2 Dnr SN 2019/12 gäller nämndens tidigare beslut") cites another case
_LABEL_START_RE = re.compile(
    r"^(?:dnr|diarienumm?er|diarienumret|ärendenummer)\b|^\d{1,2}\s+dnr\.?:?\s*\S+(?:\s\S+)?\s*\.?$",
    re.IGNORECASE,
)


def _names_title(text: str, title: str | None) -> bool:
    """Does ``text`` start with the document's own title ("delegationsordning för lönenämnden
    Ödevik–Norrbrink enligt bilaga"), as a protocol's decision names what it adopts?"""
    if not title or len(title.split()) < 3:
        return False
    said, own = " ".join(text.split()).lower(), " ".join(title.split()).lower()
    if not said.startswith(own):
        return False
    # the title ends where a clause goes on ("... Ödevik–Norrbrink enligt bilaga, att gälla ..."), not
    # inside a longer name ("riktlinje för bidrag" in "riktlinje för bidragsgivning till ...")
    return bool(re.match(r"(?:$|[,.;:)]|\s+(?:att|enligt|som|samt|och|daterad|från)\b)", said[len(own) :]))


def _subject_re(doc_type: str | None, title: str | None) -> re.Pattern[str]:
    words = self_words(doc_type)
    named = rf"(?:{document_word()}|{_DOCUMENT_NOUNS})"  # "Denna riktlinje", never "Dessa mål"
    if title:
        head = re.findall(r"[A-Za-zÅÄÖåäö-]+", title)[:1]
        if head and (doc_type_of(head[0]) or (len(head[0]) > 5 and not head[0].endswith("s"))):
            # the document names itself by its title's head noun, a type word or not: "Denna
            # attestordning antogs ...", "Attestordningen gäller ..." in "Attestordning för X"
            stem = head[0].lower()
            words = words + [stem + ending for ending in ("en", "et", "n", "na", "erna")]
            named = rf"(?:{named}|{re.escape(stem)})"
    words = words + ["bestämmelserna", "författningen", "reglerna"]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"^(?:{_DEMONSTRATIVE}{named}|(?:{alternation}))\b", re.IGNORECASE)


_REPLACES_VERSION_RE = re.compile(
    r"\bersätter\s+(?:den\s+)?(?:tidigare\s+)?version\s+(?P<version>\d+(?:\.\d+)*)\b"
    r"(?P<rest>,?\s+(?:fastställd|antagen|beslutad|daterad)\s+[^.;]*?\d{4}-\d{2}-\d{2}(?:,?\s*§\s*\d+)?)?",
    re.IGNORECASE,
)


_VERSION_NOTE_RE = re.compile(r"^Version\s+\d+(?:\.\d+)*\s+ersätter\b")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# fields a label may give in the middle of running text, after a sentence ("Dokumentägare: ekonomichef.
# Nästa översyn: 2026-09-30."): never a decision, whose labels open many a sentence of the body
# ("Beslut: Nämnden beslutar att ...")
_INLINE_LABELS = ("scope", "owner", "replaces", "review_date")

_STAR_RE = re.compile(r"^\s*\*\s*(?=[A-ZÅÄÖ])")


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph, a statute's leading section number ("17 §") taken off."""
    return [without_section_mark(s) for s in split_sentences(text)]


def read_prose(
    view: DocView, doc_type: str | None, title: str | None, known: Sequence[str], out: Candidates
) -> None:
    """Add what the document's sentences say about the document itself."""
    verbs = decision_verb_patterns()
    subject = _subject_re(doc_type, title)
    # "Antagen av KF ...", "Senast reviderad av KF ..." (the adverb of a revision line before it)
    participle = re.compile(rf"^(?:senast\s+|sist\s+)?{verbs['done']}\b\s*(?:av\s+)?", re.IGNORECASE)
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
    # a protocol's "Lönenämnden beslutar att anta delegationsordning för lönenämnden ... att gälla från
    # och med 2026-04-01": the sentence speaks of this document (its validity, what it replaces), but its
    # dates are no decision date (the meeting's date stands in the extract's head, or a proposal's nowhere)
    present = re.compile(
        rf"^(?P<body>[^.,]{{2,60}}?)\s+beslutar\b[^.]*?\batt\s+(?:anta|fastställa|godkänna|revidera)\s+"
        rf"(?:{_DEMONSTRATIVE})?(?P<object>\w+)",
        re.IGNORECASE,
    )
    replaced_versions: list[tuple[re.Match[str], str]] = []
    for number, paragraph in enumerate(view.paragraphs):
        about_self = False
        # a statement without a subject ("Antagen av KF 2019-02-02") speaks for this document in its
        # header or tail; in the body it may be a line about another one
        bare_rank = RANK_SELF if paragraph.zone != "body" else RANK_BODY_LABEL
        text = paragraph.text
        if starred := _STAR_RE.match(text):
            # "* Antagen av kommunfullmäktige den 24 november 2025, § 132": the footnote the title's
            # asterisk points to speaks for the document wherever the page puts it
            text, bare_rank = text[starred.end() :], RANK_SELF
        last_body: str | None = None  # the body of the paragraph's last decision statement
        short = len(text.split()) <= _LABEL_WORDS  # a line of facts, not a rule in running text
        opening = match_label(text)  # "Dokumentansvarig: miljöchef. Omfattning: ...": labelled facts
        facts = opening is not None and opening.separator == "colon"
        for k, sentence in enumerate(_sentences(text)):
            group = f"sentence:{number}:{k}"
            source = f"sida {paragraph.page}, text"
            after_self = about_self  # the sentence before spoke of this document
            own = bool(subject.match(sentence)) or (about_self and bool(_PRONOUN_RE.match(sentence)))
            if (own or _THIS_RE.match(sentence)) and _says_internal(sentence):
                # "Detta beslut är ett internt dokument och publiceras endast på intranätet"
                out.add(
                    "publication", Publication.INTERN, rank=RANK_SELF, group="mark", source=source, mark=True
                )
            opens = participle.match(sentence)
            adopted = next(
                (
                    m
                    for m in (active.match(sentence), resolved.match(sentence))
                    if m is not None
                    and (
                        subject.match(m["object"])
                        or _DEMONSTRATIVE_RE.search(m.group(0))
                        or _names_title(sentence[m.start("object") :], title)  # "anta Ägardirektiv för X"
                    )
                    and re.search(r"\w", m["body"])
                ),
                None,
            )
            by_body = adopted is not None
            if own:
                verb = passive.match(sentence)
                if verb is not None:
                    revised = bool(REVISED_RE.search(sentence[: verb.end()]))
                    _decision(sentence[verb.end() :], known, out, group, source, revision=revised)
            elif opens is not None and len(sentence) < 400:
                revised = bool(REVISED_RE.search(opens.group(0)))
                last_body = _decision(
                    sentence[opens.end() :],
                    known,
                    out,
                    group,
                    source,
                    rank=bare_rank,
                    revision=revised,
                    body=last_body if revised else None,  # "Antaget av KF ... Ändrat den ...": by KF again
                )
            elif by_body and adopted is not None:
                _decision(sentence, known, out, group, source, cut_at=adopted.end("object"))
            presented = (p := present.match(sentence)) is not None and (
                subject.match(p["object"]) or _names_title(sentence[p.start("object") :], title)
            )
            about_self = own or opens is not None or by_body or bool(presented)
            if _ELIDED_RE.match(sentence):  # "Ersätter Riktlinje för X, antagen 2015-03-02."
                clauses.replaces(sentence, out, group, source)
            # "Gäller från och med 2023-01-01." has the subject of the line or sentence before it
            if (
                _ELIDED_VALIDITY_RE.match(sentence)
                and not about_self
                and (paragraph.zone != "body" or short or after_self)
            ):
                clauses.validity(sentence, out, group, source)
            # "... miljöchef. Omfattning: nämndens ansvarsområde."
            labelled = match_label(sentence) if k and (facts or after_self) else None
            if labelled is not None and labelled.separator == "colon" and labelled.field in _INLINE_LABELS:
                value = labelled.value.rstrip(".")
                put_label(
                    labelled, value, out, rank=bare_rank, group=group, source=source, known=known, loose=False
                )
            elided = clauses.ELIDED_SCOPE_RE.match(sentence) and not about_self
            if elided and (paragraph.zone == "header" or after_self):
                # a subtitle ("Omfattar kommunen och de helägda bolagen") says less than the document's
                # own sentence ("Policyn gäller för ..."), wherever each stands
                clauses.scope(sentence, out, group, source, rank=RANK_BODY_LABEL)
            if about_self:
                clauses.validity(sentence, out, group, source)
                clauses.replaces(sentence, out, group, source)
                clauses.scope(sentence, out, group, source)
                clauses.publication(sentence, out, group, source)
            elif (previous := _PREVIOUS_RE.match(sentence) or _ENDS_WITH_THIS_RE.match(sentence)) and (
                doc_type_of(previous["v"]) or find_dates(previous["v"])
            ):
                out.add("replaces", clean_text(previous["v"]), rank=RANK_SELF, group=group, source=source)
            clauses.owner(sentence, subject, out, group, source)
            _inverted(sentence, subject, known, out, group, source)
            dnr = find_dnr(sentence)
            if dnr is not None and (about_self or _LABEL_START_RE.match(sentence)):
                # a dnr the body cites ("(dnr KS 2019/12)") is another case's, never this document's
                out.add("diarienummer", dnr, rank=RANK_SELF, group=group, source=source)
                # "Antagen av KFN 2025-02-11, § 12. Dnr KFN 2024/188. Gäller från och med ...": one
                # line of facts about the document, a bare dnr in the middle
                about_self = about_self or (after_self and bool(_LABEL_START_RE.match(sentence)))
            for said in _REPLACES_VERSION_RE.finditer(sentence):
                # a version of this document's history, or its version note; not "WCAG 2.2, som ersätter
                # version 2.1"
                if out.versions or _VERSION_NOTE_RE.match(sentence):
                    replaced_versions.append((said, source))
    if replaced_versions:
        # "Version 3 ersätter version 2, fastställd 2023-01-16", "... och ersätter version 2.0" in a
        # history row: a version of this very document, whatever the sentence's subject; of several
        # such statements (one per row of a history) the one that names the latest version
        said, source = max(replaced_versions, key=lambda r: _version_key(r[0]["version"]))
        version = said["version"]
        dated = sorted(out.versions, key=lambda v: out.versions[v].date or dt.date.min)
        if len(dated) >= 2 and dated[-2] != version:
            return  # the history's latest version replaces another one than the statements name
        value = (
            f"version {version}{said['rest']}"
            if said["rest"]
            else described_version(version, out.versions.get(version))
        )
        out.add("replaces", clean_text(value), rank=RANK_BODY_LABEL, group="replaced-version", source=source)


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


_THIS_RE = re.compile(rf"^{_DEMONSTRATIVE}\w+\b", re.IGNORECASE)  # "Detta beslut", "Denna rutin"
# where the document says it is published: only on the intranet, never on the external site
_PUBLISHED_ONLY_RE = re.compile(
    r"\bpubliceras\s+(?:endast|bara|enbart)\s+(?:på|via|i)\s+[^.;]{3,40}"
    r"|\bpubliceras\s+(?:inte|ej)\s+(?:på|via|i)\s+[^.;]{0,30}\bextern",
    re.IGNORECASE,
)


def _says_internal(sentence: str) -> bool:
    """Does a sentence about the document itself say it is internal?"""
    if INTERNAL_MARK_RE.search(sentence):
        return True
    m = _PUBLISHED_ONLY_RE.search(sentence)
    return m is not None and (
        "extern" in m.group(0).lower() or publication_of(m.group(0)) is Publication.INTERN
    )


# a short mark line ("Intern rutin – publiceras endast på intranätet"), not "... kan publiceras på intranätet"
_PUBLISHED_RE = re.compile(
    r"^[^.]{0,40}(?<!kan\s)(?<!får\s)\bpubliceras\s+(?:endast\s+|bara\s+)?(?:på|via|i)\s+[^.;·|]{3,40}$", re.I
)


def read_marks(view: DocView, out: Candidates) -> None:
    """Internal marks in the header, tail and running lines ("INTERNT – får inte spridas")."""
    for line in view.lines:
        # "INTERNT", "får inte spridas", or where it is published: "publiceras endast på intranätet"
        published = next((m for c in line.cells if (m := _PUBLISHED_RE.search(c.text))), None)
        internal = published is not None and publication_of(published.group(0)) is Publication.INTERN
        if line.zone != "body" and (INTERNAL_MARK_RE.search(line.text) or internal):
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
    body: str | None = None,
) -> str | None:
    """Add the latest decision ``text`` records (``body`` when it names none); return its body."""
    decision = latest(parse_decisions(text, known))
    if decision is not None and cut_at and decision.date is None:
        return None  # "Kommunfullmäktige antog planen": a body adopting it, but no date to place it
    if decision is not None and decision.body is None and body is not None:
        decision = replace(decision, body=body)
    out.decision(decision, rank=rank, group=group, source=source, revision=revision)
    return decision.body if decision is not None else None


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
