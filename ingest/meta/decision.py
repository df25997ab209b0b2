"""Read a decision clause: who decided, when, under which §, in which case (dnr).

Every reader hands the text after a decision word to :func:`parse_decisions`: a label value
("KF 2023-05-22, § 45"), a footer segment ("Fastställd av BUN 2022-05-17 § 41"), a sentence
("antogs av socialnämnden den 13 april 2021, § 31 (dnr SN 2021/27), och gäller ...") or a revision
line ("antagen av KF 2010-11-23 § 115, reviderad KF 2015-04-21 § 40"). A clause may record several
decisions; the latest of them is the version in force (:func:`latest`).

>>> [d.date.isoformat() for d in parse_decisions("KF 2010-11-23 § 115, reviderad KF 2015-04-21 § 40")]
['2010-11-23', '2015-04-21']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.dates import find_dates
from ingest.meta.vocab import bodies_in, code_body, find_dnr, split_sentences
from store.vocabulary import decision_verb_patterns

# A decision clause ends where the sentence goes on to validity or to what it replaces.
CLAUSE_END_RE = re.compile(
    r"\.\s+(?=[A-ZÅÄÖ])|\.$|;|\s[|·•]\s|\b(?:och\s+)?(?:gäller|träder|giltig\w*|tillämpas|börjar\s+gälla|ersätter"
    r"|upphör|ska\s+(?:revideras|aktualitetsprövas|ses\s+över))\b",
    re.IGNORECASE,
)
# "2021-06-14, § 87", "2021-06-14 (§ 87)", "2021-03-01 (KS § 45)", "2021-03-01, paragraf 45"
_PARAGRAPH_AFTER_RE = re.compile(
    r"^\s*[,(]?\s*(?:(?P<body>[^§\d(),;.]{1,40}?)\s*,?\s*)?\(?\s*(?:§\s*(?P<a>\d+)|paragraf\s+(?P<b>\d+))"
    r"(?:\s*,?\s*(?:av\s+)?(?P<tail>[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?))?",  # "2023-05-02 § 78 KF"
    re.I,
)
_DONE_RE = re.compile(rf"\b(?:{decision_verb_patterns()['done']}|beslut)\b", re.IGNORECASE)
# a revision's words: "reviderad", "Ändrat den ...", "ändrades"
REVISED_RE = re.compile(r"\b(?:revider\w*|ändra[dt]\w*|ändrades)\b", re.IGNORECASE)
_REV_ABBR = re.compile(r"\brev\.(?=\s)", re.IGNORECASE)  # "rev. KF 2024-02-12 § 9": no sentence ends there
_BY_AFTER_RE = re.compile(r"^\s*,?\s*av\s+(.{2,50})", re.IGNORECASE)
_PARAGRAPH_BEFORE_RE = re.compile(r"§\s*(\d+)\s*,?\s*$")


@dataclass(frozen=True)
class Decision:
    body: str | None
    date: dt.date | None
    paragraph: str | None
    dnr: str | None = None
    revision: bool = False  # stated as a revision of the document ("reviderad KF 2022-03-14 § 21")


def clause(text: str) -> str:
    """The decision part of ``text``: up to where it starts on validity, replacement or a new sentence."""
    end = CLAUSE_END_RE.search(text)
    return text[: end.start()] if end else text


def _body(segment: str, known: Sequence[str], last: bool) -> str | None:
    """The body a segment names; a code ("MBN") stands for the body of those initials that the
    document itself names ("Miljö- och byggnämnden") before the vocabulary's body of that code."""
    mentions = bodies_in(segment)
    if mentions:
        mention = mentions[-1] if last else mentions[0]
        own = code_body(mention.text, known) if mention.text.isupper() else None
        return own or mention.name
    # ", rev. TN ": the code in it; not a case series ("dnr TN 2019/45")
    codes = [
        m.group(0)
        for m in re.finditer(r"(?<![\wåäö])[A-ZÅÄÖ]{2,6}(?![\wåäö])", segment)
        if not re.search(r"dnr\.?:?\s*$", segment[: m.start()], re.I)
        and not re.match(r"\s*\d", segment[m.end() :])
    ]
    if codes and segment.strip() != codes[0]:
        return code_body(codes[-1] if last else codes[0], known)
    return code_body(segment, known)


_LISTED_RE = re.compile(r"^[\s,]*§\s*\d+[\s,]*(?:och|samt)?\s*(?:den\s+)?$", re.IGNORECASE)


def parse_decisions(text: str, known: Sequence[str] = (), cut: bool = True) -> list[Decision]:
    """The decisions a clause records, in the order written. ``known`` are the bodies the document
    names, for codes that are their initials ("BMN")."""
    text = _REV_ABBR.sub("reviderad", " ".join(text.split()))
    part = clause(text) if cut else text
    dnr = find_dnr(part)
    dates = find_dates(part)
    body: str | None = None
    if not dates:
        body = _body(part, known, last=False)
        match = re.search(r"§\s*(\d+)", part)
        paragraph = f"§ {match.group(1)}" if match else None
        return [Decision(body, None, paragraph, dnr)] if body or paragraph else []
    out: list[Decision] = []
    previous_end = 0
    for index, found in enumerate(dates):
        before = part[previous_end : found.start]
        named = _body(before, known, last=True)
        # "Ändrat den 23 maj 2022, § 47, och den 17 juni 2024, § 60": decisions listed, each with its §
        listed = bool(out and out[-1].paragraph and _LISTED_RE.match(before))
        if named is None and index and not _DONE_RE.search(before) and not listed:
            previous_end = found.end
            continue  # "2022-01-01 -- 2025-12-31", "... ses över 2024-12-31": not a further decision
        following = dates[index + 1].start if index + 1 < len(dates) else len(part)
        after = _PARAGRAPH_AFTER_RE.match(part[found.end : following])
        if named is None and after is not None and (after["body"] or after["tail"]):
            named = _body(after["body"] or after["tail"], known, last=False)
        if named is None and (by := _BY_AFTER_RE.match(part[found.end : following])):
            named = _body(by.group(1), known, last=False)  # "Fastställd 2023-01-01 av kommundirektören"
        body = named or body
        number = (after["a"] or after["b"]) if after else None
        if number is None and (prior := _PARAGRAPH_BEFORE_RE.search(before)):
            number = prior.group(1)
        revised = bool(REVISED_RE.search(before))
        out.append(Decision(body, found.date, f"§ {number}" if number else None, dnr, revised))
        previous_end = found.end
    return out


def latest(decisions: Sequence[Decision]) -> Decision | None:
    """The latest dated decision (a revision replaces the adoption), else the first one. A later
    decision of several in one clause is a revision."""
    dated = [d for d in decisions if d.date is not None]
    if dated:
        newest = max(dated, key=lambda d: d.date or dt.date.min)
        return replace(newest, revision=True) if newest is not dated[0] else newest
    return decisions[0] if decisions else None


def stated_decision(text: str, known: Sequence[str] = ()) -> tuple[Decision | None, bool]:
    """The decision a labelled value states, and whether it is a revision: "Antaget av KF den 25
    november 2019, § 110. Ändrat den 23 maj 2022, § 47, och den 17 juni 2024, § 60." is the revision
    of 2024-06-17, § 60, by the body of the adoption."""
    sentences = split_sentences(_REV_ABBR.sub("reviderad", " ".join(text.split())))
    first = latest(parse_decisions(sentences[0], known)) if sentences else None
    for sentence in reversed(sentences[1:]):
        if REVISED_RE.match(sentence):
            revision = latest(parse_decisions(sentence, known))
            if revision is not None and revision.date is not None:
                body = revision.body or (first.body if first else None)
                return replace(revision, body=body, revision=True), True
    return first, False
