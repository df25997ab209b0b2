"""What a labelled value means for its field: one parser per kind of field, shared by all readers.

A value is accepted only when it has the shape its field needs (a date for a date, a diarienummer
for "Dnr", a body or a date for a decision): a label word that merely starts a line of text
("Beslut om bygglov fattas av ...") then reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import find_dates, find_period, states_open_end
from ingest.meta.candidates import FROM_DECISION, NOTHING, OPEN_END, Candidates
from ingest.meta.decision import stated_decision
from ingest.meta.vocab import (
    LabelMatch,
    bodies_in,
    clean_text,
    doc_type_of,
    find_dnr,
    find_paragraph,
    publication_of,
    scope_of,
    sentence_ends,
)
from store.schema import Publication

_NOTHING_RE = re.compile(
    r"^(?:-+|–|—|nej|saknas|ej tillämpligt|nytt(?: dokument)?)\.?$|^(?:inget|ingen|inga)\b(?!.*\d)", re.I
)
_FROM_DECISION_VALUE_RE = re.compile(
    r"^(?:från\s+(?:och\s+med\s+)?)?(?:beslutsdag(?:en)?|beslutsdatum(?:et)?|dagen\s+för\s+beslut(?:et)?"
    r"|vid\s+beslut|i\s+och\s+med\s+beslut(?:et)?|omedelbart)\b",
    re.IGNORECASE,
)
_FINAL_STOP_RE = re.compile(r"(?<=[a-zåäö]{3})[.!?]$")


def _looks_like_value(text: str) -> bool:
    """After a label and a single space, a value starts like one (capital, digit, §) and is no sentence."""
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit() or text[0] == "§")
        and not (sentence_ends(text) or _FINAL_STOP_RE.search(text))
    )


def put_label(
    match: LabelMatch,
    value: str,
    out: Candidates,
    *,
    rank: int,
    group: str,
    source: str,
    known: Sequence[str],
    loose: bool,
) -> bool:
    """Read ``value`` as the field ``match`` names and add what it says. ``loose``: a single space
    after the label is enough (header, tail and running lines); elsewhere a colon or gap is needed.
    Returns whether anything was read."""
    value = " ".join(value.split())
    if not value or match.field == "ignore":
        return match.field == "ignore"
    spaced = match.separator == "space"
    dated = match.field in _DATED and match.label[:1].isupper() and _starts_with_date(value)
    if spaced and (sentence_ends(value) or not (loose or dated)):
        return False  # a label word opening running text: the sentence is read as prose
    name = match.field
    rank = max(rank, 2) if match.weak else rank
    if name in ("owner", "scope") and not spaced and (ends := sentence_ends(value)):
        # "Dokumentägare: ekonomichef. Riktlinjen gäller för ...": the value ends with its sentence;
        # not after an abbreviation ("Avd. Ekonomi", "Kommundir. Anna Berg")
        word = re.findall(r"[\wåäöÅÄÖ]+", value[: ends[0].start()])
        if word and len(word[-1]) >= 6 and len(value[ends[0].end() :].split()) >= 3:
            value = value[: ends[0].start()]
    before = len(out.items)
    if name == "decision":
        decision, chained = stated_decision(value, known)
        if decision is None or (spaced and decision.date is None and not _starts_with_body(value)):
            return False
        revised = chained or match.label.lower().removeprefix("senast ").startswith(("revider", "ändrad"))
        out.decision(decision, rank=rank, group=group, source=source, revision=revised)
    elif name == "paragraph":
        if re.match(r"^(?:§\s*)?\d+\b", value):
            out.add("paragraph", find_paragraph(value if "§" in value else f"§ {value}"),
                    rank=rank, group=group, source=source)  # fmt: skip
    elif name == "diarienummer":
        out.add("diarienummer", find_dnr(value, labelled=True), rank=rank, group=group, source=source)
    elif name in ("valid_from", "valid_to", "review_date", "period"):
        _put_dates(name, value, out, rank=rank, group=group, source=source)
    elif name == "scope":
        start, end = find_period(value)
        if start is not None or end is not None:
            _put_dates("period", value, out, rank=rank, group=group, source=source)
        elif not find_dates(value) and (not spaced or _looks_like_value(value)):
            out.add("scope", scope_of(value), rank=rank, group=group, source=source)
    elif name == "replaces":
        if _NOTHING_RE.match(value):
            out.add("replaces", NOTHING, rank=rank, group=group, source=source)
        elif not spaced or _looks_like_value(value) or find_dates(value) or doc_type_of(value):
            out.add("replaces", clean_text(value), rank=rank, group=group, source=source)
    elif name == "owner":
        mentions = bodies_in(value)
        role = (  # "Ansvarig socialchef", never "Ansvarig nämnd bereder frågan."
            bool(mentions)
            and mentions[0].start == 0
            and mentions[0].name != "nämnden"
            and not _FINAL_STOP_RE.search(value)
            and len(value.split()) <= 4
        )
        if not spaced or ((_looks_like_value(value) or role) and len(value.split()) <= 6):
            out.add("owner", clean_text(value), rank=rank, group=group, source=source)
    elif name == "publication":
        publication = publication_of(value)
        if publication is not Publication.UNKNOWN:
            out.add("publication", publication, rank=rank, group=group, source=source)
    elif name == "doc_type":
        out.add("doc_type", doc_type_of(value), rank=rank, group=group, source=source)
    elif name == "title" and not spaced:
        out.add("title", clean_text(value), rank=rank, group=group, source=source)
    return len(out.items) > before


_DATED = ("valid_from", "valid_to", "period", "review_date")


def _starts_with_date(value: str) -> bool:
    """ "1 januari 2024 och tills vidare", "den 1 juli 2025", "2024–2026": a date first."""
    dates = find_dates(value)
    return bool(dates and dates[0].start <= 4) or bool(re.match(r"(?:19|20)\d\d\s*[-–]", value))


def _starts_with_body(value: str) -> bool:
    mentions = bodies_in(value)
    return bool(mentions) and mentions[0].start == 0


def _put_dates(name: str, value: str, out: Candidates, *, rank: int, group: str, source: str) -> None:
    open_end = states_open_end(value)
    if name in ("valid_from", "period") and not find_dates(value) and _FROM_DECISION_VALUE_RE.match(value):
        out.add(
            "valid_from", FROM_DECISION, rank=rank, group=group, source=source
        )  # "Gäller från: beslutsdagen"
        return
    if name == "period":
        start, end = find_period(value)
        out.add("valid_from", start, rank=rank, group=group, source=source)
        out.add("valid_to", end or (OPEN_END if open_end and start else None), rank=rank, group=group,
                source=source)  # fmt: skip
        return
    dates = find_dates(value)
    if name == "valid_to" and not dates and open_end:
        out.add("valid_to", OPEN_END, rank=rank, group=group, source=source)
        return
    if not dates:
        return
    out.add(name, dates[0].date, rank=rank, group=group, source=source)
    if name == "valid_from" and len(dates) > 1:
        out.add("valid_to", dates[1].date, rank=rank, group=group, source=source)
    elif name == "valid_from" and open_end:
        out.add("valid_to", OPEN_END, rank=rank, group=group, source=source)
