"""Answers from registry facts: who adopted a document and when, what it replaces, which version applies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from assistant.answer import Citation
from assistant.citations import cite_metadata
from assistant.phrases import REGISTRY, STATUS_SENTENCE, capitalize, decision_phrase
from store.registry import Registry
from store.schema import DocumentRecord, Status
from store.status import StatusAt, is_current


@dataclass(frozen=True)
class Composed:
    """A registry answer: its text and the lines of the documents that state it."""

    text: str
    citations: list[Citation]
    support: float  # 1.0 for a registry fact; 0.0 when the document does not state it


def label(doc: DocumentRecord) -> str:
    """A title plus what tells versions apart: "Representationspolicy (kommunfullmäktige 2019-04-15 § 45)"."""
    m = doc.meta
    title = m.title or doc.file
    decided = decision_phrase(m.decided_by, m.decision_date, m.paragraph, m.diarienummer)
    return f"{title} ({decided})" if decided else title


def _cite(registry: Registry, doc: DocumentRecord, status: StatusAt, *needles: str | None) -> list[Citation]:
    c = cite_metadata(registry, doc, status, *needles)
    return [c] if c else []


def _decision_needles(doc: DocumentRecord) -> list[str | None]:
    m = doc.meta
    return [m.decision_date.isoformat() if m.decision_date else None, m.paragraph, m.diarienummer, m.title]


def status_sentence(
    registry: Registry,
    doc: DocumentRecord,
    st: StatusAt,
    as_of: dt.date,
    language: str = "sv",
    visible_ids: Collection[str] | None = None,
    today: dt.date | None = None,
) -> str:
    """One sentence on whether ``doc`` applies on ``as_of``, and what replaced it — the newer
    version named only when it is among ``visible_ids`` (the documents the audience may read)."""
    w = STATUS_SENTENCE[language]
    title = doc.meta.title or doc.file
    m = doc.meta
    if st.status is Status.IN_FORCE:
        when = w["today"] if as_of == today else w["on"].format(date=as_of.isoformat())
        tail = w["from"].format(date=m.valid_from.isoformat()) if m.valid_from else ""
        tail += w["to"].format(date=m.valid_to.isoformat()) if m.valid_to else ""
        coming = _coming(registry, doc, as_of, visible_ids)
        return w["in_force"].format(title=title, when=when, tail=tail) + _coming_sentences(coming, language)
    if st.status is Status.REPEALED:
        newer = registry.get(st.by_document_id) if st.by_document_id else None
        if newer is not None and visible_ids is not None and newer.document_id not in visible_ids:
            newer = None
        since = w["since"].format(date=st.since.isoformat()) if st.since else ""
        by = w["by"].format(label=label(newer)) if newer else ""
        return w["repealed"].format(title=label(doc), since=since, by=by)  # versions share a title
    if st.status is Status.EXPIRED:
        end = m.valid_to.isoformat() if m.valid_to else w["unknown_date"]
        return w["expired"].format(title=title, end=end)
    if st.status is Status.NOT_YET:
        begins = st.since.isoformat() if st.since else w["later_date"]
        return w["not_yet"].format(title=title, begins=begins)
    return w["unknown"].format(title=title)


def _coming(
    registry: Registry, doc: DocumentRecord, as_of: dt.date, visible_ids: Collection[str] | None
) -> list[tuple[DocumentRecord, StatusAt]]:
    """The versions decided by ``as_of`` that will replace ``doc`` and are not in force on it, where
    the reader may see them ("Taxa 2027", decided 2026-10-26, in force from 2027-01-01)."""
    out = []
    for newer in registry.replaced_by(doc.document_id):
        decided = newer.meta.decision_date
        if decided is None or decided > as_of:
            continue  # not decided yet on that date: in 2022 the policy of 2024 was no one's plan
        if visible_ids is None or newer.document_id in visible_ids:
            st = registry.status(newer, as_of)
            if st.status is Status.NOT_YET:
                out.append((newer, st))
    return out


def _coming_sentences(coming: list[tuple[DocumentRecord, StatusAt]], language: str) -> str:
    """ " Taxa 2027 har beslutats men gäller först från 2027-01-01." for each coming version."""
    w = STATUS_SENTENCE[language]
    return "".join(
        " "
        + w["not_yet"].format(title=label(d), begins=st.since.isoformat() if st.since else w["later_date"])
        for d, st in coming
    )


def doc_decision(
    registry: Registry,
    doc: DocumentRecord,
    st: StatusAt,
    as_of: dt.date,
    visible: Sequence[DocumentRecord],
    language: str = "sv",
) -> Composed:
    """Who adopted ``doc``, when, with § and diarienummer where known, and from when it applies.

    A document that states none of it gets an answer without citations: the caller abstains
    with this text ("anger inte ...") rather than cite a page that says nothing.
    """
    w = REGISTRY[language]
    m = doc.meta
    title = m.title or doc.file
    if not (m.decided_by or m.decision_date):
        return Composed(w["no_decision"].format(title=title), [], 0.0)
    decided = m.doc_type in (None, "riktlinje", "rutin", "verksamhetsplan", "plan")
    verb = w["decided"] if decided else w["adopted"]
    parts = [f"{title} {verb}"]
    if m.decided_by:
        parts.append(w["by"].format(body=m.decided_by))
    if m.decision_date:
        parts.append(w["on"].format(date=m.decision_date.isoformat()))
    text = " ".join(parts)
    dnr = w["dnr"].format(dnr=m.diarienummer) if m.diarienummer else None
    extra = ", ".join(x for x in (m.paragraph, dnr) if x)
    text += f" ({extra})" if extra else ""
    if m.valid_from:
        text += w["applies_from"].format(date=m.valid_from.isoformat())
        text += w["applies_to"].format(date=m.valid_to.isoformat()) if m.valid_to else ""
    text += "."
    if m.owner:
        text += w["owner"].format(owner=m.owner)
    if m.review_date:
        text += w["review"].format(date=m.review_date.isoformat())
    if not is_current(st.status):
        visible_ids = {d.document_id for d in visible}
        text += " " + status_sentence(registry, doc, st, as_of, language, visible_ids)
    return Composed(text, _cite(registry, doc, st, *_decision_needles(doc), m.owner), 1.0)


def supersession(
    registry: Registry,
    doc: DocumentRecord,
    st: StatusAt,
    as_of: dt.date,
    visible: Sequence[DocumentRecord],
    language: str = "sv",
) -> Composed:
    """What ``doc`` replaces and what has replaced it, from the supersession graph."""
    w = REGISTRY[language]
    visible_ids = {d.document_id for d in visible}
    title = doc.meta.title or doc.file
    lines: list[str] = []
    cites = _cite(registry, doc, st, "ersätter", *_decision_needles(doc))
    older = next((d for d in registry.replaced(doc.document_id) if d.document_id in visible_ids), None)
    begins = doc.meta.valid_from
    start = w["current_from"].format(date=begins.isoformat()) + "," if begins else ""
    if older is not None:
        named_by_doc = older.document_id == doc.replaces_document_id  # or the earlier version, same title
        lines.append(
            w["replaces" if named_by_doc else "replaces_version"].format(
                new=label(doc) + start, old=label(older)
            )
        )
        older_st = registry.status(older, as_of)
        cites += _cite(registry, older, older_st, *_decision_needles(older))
    elif doc.meta.replaces:
        lines.append(w["replaces_quoted"].format(new=label(doc) + start, old=doc.meta.replaces))
    newer = [d for d in registry.replaced_by(doc.document_id) if d.document_id in visible_ids]
    for n in newer:
        n_st = registry.status(n, as_of)
        n_begins = n.meta.valid_from
        lines.append(
            w["replaced_by"].format(title=capitalize(title), new=label(n))
            + (w["replaced_from"].format(date=n_begins.isoformat()) if n_begins else ".")
        )
        cites += _cite(registry, n, n_st, "ersätter", *_decision_needles(n))
    if not lines:
        lines.append(w["replaces_nothing"].format(label=label(doc)))
    return Composed(" ".join(lines), cites, 1.0)


def which_applies(
    registry: Registry,
    named: DocumentRecord,
    family: Sequence[DocumentRecord],
    as_of: dt.date,
    visible: Sequence[DocumentRecord],
    asked_version: bool,
    language: str = "sv",
    today: dt.date | None = None,
) -> Composed:
    """The version that applies on ``as_of``; or, when a specific version was asked about, its status."""
    w = REGISTRY[language]
    visible_ids = {d.document_id for d in visible}
    members = [d for d in family if d.document_id in visible_ids]
    statuses = {d.document_id: registry.status(d, as_of) for d in members}
    current = [d for d in members if statuses[d.document_id].status is Status.IN_FORCE]
    current = current or [d for d in members if is_current(statuses[d.document_id].status)]
    cites: list[Citation] = []
    lines: list[str] = []
    named_st = statuses.get(named.document_id) or registry.status(named, as_of)
    asked_version = asked_version and named.document_id in visible_ids
    if asked_version and not is_current(named_st.status):
        lines.append(status_sentence(registry, named, named_st, as_of, language, visible_ids, today))
        cites += _cite(registry, named, named_st, *_decision_needles(named))
    if current:
        doc = current[-1]
        st = statuses[doc.document_id]
        m = doc.meta
        when = "" if as_of == today else w["current_on"].format(date=as_of.isoformat())
        undated = st.status is Status.UNKNOWN and today is not None and as_of != today
        if not lines and undated:  # no date to place it by: whether it applied then is not known
            lines.append(w["undated_on"].format(label=label(doc), date=as_of.isoformat()))
        elif not lines:
            lead = w["current"].format(when=when, label=label(doc))
            lead += w["current_from"].format(date=m.valid_from.isoformat()) if m.valid_from else ""
            lead += w["current_to"].format(date=m.valid_to.isoformat()) if m.valid_to else ""
            lines.append(lead + ".")
        replaced = registry.replaced(doc.document_id)
        older = next((d for d in replaced if d.document_id in visible_ids), None)
        # the asked version is the one replaced: the answer is about it already, not named again
        said = any(d.document_id == named.document_id for d in replaced)
        if older is not None and not said:
            lines.append(w["it_replaces"].format(old=label(older)))
        elif m.replaces and not said:
            lines.append(w["it_replaces_quoted"].format(old=m.replaces))
        if st.status is Status.UNKNOWN and not undated:
            lines.append(w["no_validity"])
        cites += _cite(registry, doc, st, *_decision_needles(doc))
        coming = [
            (d, s)
            for d, s in _coming(registry, doc, as_of, visible_ids)
            if not (asked_version and d.document_id == named.document_id)
        ]
        if coming:  # decided, in force later: said too, unless the answer began with it
            lines.append(_coming_sentences(coming, language).strip())
            for newer, newer_st in coming:
                cites += _cite(registry, newer, newer_st, *_decision_needles(newer))
    elif not lines and named.document_id in visible_ids:
        lines.append(status_sentence(registry, named, named_st, as_of, language, visible_ids, today))
        older = registry.get(named.replaces_document_id) if named.replaces_document_id else None
        if named_st.status is Status.NOT_YET and older is None and named.meta.replaces:
            # decided, not yet in force: what it replaces (outside the collection) applies until then
            lines[-1] += w["replaces_until"].format(old=named.meta.replaces)
        cites += _cite(registry, named, named_st, *_decision_needles(named))
    return Composed(" ".join(lines), cites, 1.0)
