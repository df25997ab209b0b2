"""Which document replaces which: "Ersätter ..." lines, and versions the text does not link.

Documents name what they replace in words ("Ersätter Representationspolicy antagen
2019-04-15"). We link such a line to a document in the collection when its title is named and,
where the line gives a year or date, that matches the candidate; otherwise the line stays text.

Two documents of the same type and (near-)identical title, both seemingly in force, that do not
name each other are two versions in conflict, not two truths (:func:`find_conflicts`): the later
decision is the version in force and the older one is treated as replaced by it. When nothing
tells which is later (no decision date, start or year), neither is, and the conflict is reported.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from store import vocabulary
from store.schema import DocumentRecord

_WORD = re.compile(r"[0-9a-zåäöéü]+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", text)}


def _doc_years(doc: DocumentRecord) -> set[int]:
    m = doc.meta
    dates = [d for d in (m.decision_date, m.valid_from) if d]
    years = {d.year for d in dates}
    years |= _years(m.title or "") | _years(doc.file)
    return years


def _start(doc: DocumentRecord) -> dt.date | None:
    return doc.meta.valid_from or doc.meta.decision_date


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@functools.cache
def _genitive_pattern() -> re.Pattern[str]:
    forms = {re.escape(f.lower()) for t in vocabulary.vocabulary().doc_type for f in t.forms}
    return re.compile(rf"\b([a-zåäö]{{3,}}?)s ({'|'.join(sorted(forms, key=len, reverse=True))})\b")


def _genitive_first(text: str) -> str:
    """A title's "<body>s <type>" written "<type> för <body>": "kommunstyrelsens delegationsordning"
    and "delegationsordning för kommunstyrelsen" are one title."""
    return _genitive_pattern().sub(r"\2 för \1", text)


def _names(line: str, title: str) -> bool:
    return title in line or line in title


_NAME_END = re.compile(
    r",|\(|\b(?:antagen|antaget|antagna|beslutad|beslutat|beslutade|fastställd|fastställt|fastställda|"
    r"reviderad|reviderat|daterad|från|av|den|\d)",
    re.IGNORECASE,
)


def _short_name_of(line: str, title: str) -> bool:
    """Does the line name the document by a shortened title ("Attestordning antagen ..." for
    "Attestordning för X"): every word before its decision is one of the title's?"""
    cut = _NAME_END.search(line)
    words = _norm(_genitive_first((line[: cut.start()] if cut else line).lower())).split()
    return bool(words) and set(words) <= set(_genitive_first(title).split())


def _decided_on(text: str, other: DocumentRecord) -> bool:
    """Does the line name the other document's decision date ("antagen 2023-03-14, § 38")?"""
    day = other.meta.decision_date
    return day is not None and any(
        dt.date(int(y), int(m), int(d)) == day for y, m, d in _ISO.findall(text) if 1 <= int(m) <= 12
    )


def resolve_replaces(doc: DocumentRecord, collection: Sequence[DocumentRecord]) -> str | None:
    """The document_id that ``doc``'s "ersätter" line names, or None when it is not in the collection.

    The line names a document by its title (in either word order: "Kommunstyrelsens
    delegationsordning" is "Delegationsordning för kommunstyrelsen"), and by its year or the day it
    was decided where it gives one."""
    text = doc.meta.replaces
    if not text:
        return None
    wanted = _norm(text)
    wanted_years = _years(text)
    best: tuple[int, str] | None = None
    for other in collection:
        if other.document_id == doc.document_id:
            continue
        title = _norm(other.meta.title or "")
        if not title:
            continue
        if (
            not _names(wanted, title)
            and not _names(_genitive_first(wanted), _genitive_first(title))
            and not (_decided_on(text, other) and _short_name_of(text, title))
        ):  # "Attestordning antagen 2021-03-22" names "Attestordning för X" by its day
            continue
        mine, theirs = _start(doc), _start(other)
        if mine and theirs and theirs >= mine:
            continue  # a document replaces an older one, never a newer one
        score = len(title)
        if wanted_years:
            if not (wanted_years & _doc_years(other)):
                continue
            score += 1000
        if _decided_on(text, other):
            score += 2000  # the very decision the line names
        if best is None or score > best[0]:
            best = (score, other.document_id)
    return best[1] if best else None


@dataclass(frozen=True)
class VersionConflict:
    """Two versions of one document that do not name each other.

    ``ordered``: the newer's decision (or start, or year) is later, so the older is treated as
    replaced by it. Otherwise ``older_id``/``newer_id`` are only an order of ids and neither
    document is treated as replaced.
    """

    older_id: str
    newer_id: str
    ordered: bool


_SIMILAR = 0.92  # titles this close (difflib ratio, same years) name the same document


_KOMMUN = re.compile(
    r"\b(?:i|för|inom)\s+\w+s\s+kommun\b"
)  # "... i Askersunds kommun" names no other document


def _title_key(doc: DocumentRecord) -> str:
    forms = {f.lower(): t.name for t in vocabulary.vocabulary().doc_type for f in t.forms}
    title = _KOMMUN.sub(" ", (doc.meta.title or "").lower())
    return " ".join(forms.get(w, w) for w in _WORD.findall(title))


def same_document(a: DocumentRecord, b: DocumentRecord) -> bool:
    """Same type (or both of none) and the same title (inflection of the type word, punctuation and
    case aside)."""
    if a.meta.doc_type != b.meta.doc_type:
        return False
    ka, kb = _title_key(a), _title_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True  # of no known type ("Attestordning för X"), only the very same title
    if not a.meta.doc_type:
        return False
    return _years(ka) == _years(kb) and difflib.SequenceMatcher(None, ka, kb).ratio() >= _SIMILAR


def _order_key(doc: DocumentRecord) -> dt.date | None:
    """When a version was made: its decision, else its start, else the latest year in its file name."""
    m = doc.meta
    if m.decision_date or m.valid_from:
        return m.decision_date or m.valid_from
    years = _years(doc.file)
    return dt.date(max(years), 1, 1) if years else None


def _overlap(a: DocumentRecord, b: DocumentRecord) -> bool:
    """Both could be in force at once: neither ended before the other started."""
    for first, second in ((a, b), (b, a)):
        end, start = first.meta.valid_to, _start(second)
        if end is not None and start is not None and end < start:
            return False
    return True


def find_conflicts(
    collection: Sequence[DocumentRecord], links: Mapping[str, str | None]
) -> list[VersionConflict]:
    """Pairs of versions of one document that neither "ersätter" line links (``links``: document id
    -> the id its line resolved to)."""
    linked = {frozenset((a, b)) for a, b in links.items() if b}
    conflicts: list[VersionConflict] = []
    docs = sorted(collection, key=lambda d: d.document_id)
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if frozenset((a.document_id, b.document_id)) in linked or not same_document(a, b):
                continue
            if not _overlap(a, b):
                continue
            ka, kb = _order_key(a), _order_key(b)
            if ka is None or kb is None or ka == kb:
                conflicts.append(VersionConflict(a.document_id, b.document_id, ordered=False))
            elif ka < kb:
                conflicts.append(VersionConflict(a.document_id, b.document_id, ordered=True))
            else:
                conflicts.append(VersionConflict(b.document_id, a.document_id, ordered=True))
    return conflicts
