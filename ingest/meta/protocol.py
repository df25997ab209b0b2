"""A protocol extract set in or after a document: the decision that adopted it.

Many styrdokument carry the extract of the minutes that adopted them ("Protokollsutdrag",
"Utdrag ur protokoll"): the deciding body, the meeting's date, the § and the dnr, set as lines of
their own ("Kommunfullmäktige i Ödeviks kommun", "Sammanträde 2025-04-28", "§ 47 Nytt
ägardirektiv ..., dnr KS 2025/088") or as label and value. The extract speaks for the document,
a step below what the document says of itself ("Riktlinjen antogs av ..."): an extract of a
preparing body ("Kommunstyrelsen föreslår kommunfullmäktige att anta ...") may be the one attached.
When in doubt it says nothing: an extract without a meeting date, with several §§, or of a
proposal, a referral back or a postponement gives no decision; nothing after the signatures
("Justerat", "Rätt utdraget intygar") is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import find_dates
from ingest.meta.candidates import RANK_BODY_LABEL, Candidates
from ingest.meta.decision import parse_decisions
from ingest.meta.document import DocView, Line
from ingest.meta.vocab import bodies_in, doc_type_of, find_dnr

# the heading of an extract, alone or beside the municipality's name ("LJUNGFORS KOMMUN  PROTOKOLLSUTDRAG")
_HEAD = re.compile(
    r"^(?:\S+\s+kommun\s+)?\s*(?:protokollsutdrag|utdrag\s+ur\s+(?:sammanträdes)?protokoll(?:et)?)\b", re.I
)
_MEETING = re.compile(
    r"^\s*(?:sammanträde(?:sdatum|sdag|t)?|datum\s+för\s+sammanträdet|sammanträdesdatum)\b\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_PARAGRAPH = re.compile(r"^\s*§\s*(?P<n>\d+[a-z]?)\b")
_NOT_ADOPTED = re.compile(r"\b(?:föreslår|förslag\s+till|återremitt\w*|bordlägg\w*|yttrande)\b", re.I)
_SIGNED = re.compile(r"^\s*(?:justera[dt]|justeringsdatum|rätt\s+utdraget|anslag|expedierat)\b", re.I)
LINES = 14  # how far an extract's facts stand below its heading


def _extract(lines: Sequence[Line], head: int) -> list[str]:
    """The lines of the extract whose heading is ``lines[head]``, on its page, up to the signatures
    (nothing after them is the decision's)."""
    said = []
    for x in lines[head + 1 : head + 1 + LINES]:
        text = " ".join(x.text.split())
        if x.page != lines[head].page:
            continue
        if _SIGNED.match(text):
            break
        said.append(text)
    return said


def read_protocol(view: DocView, known: Sequence[str], out: Candidates) -> None:
    """Add the decision of every protocol extract of the document to ``out``."""
    lines = view.lines
    for i, line in enumerate(lines):
        if not _HEAD.match(line.text):
            continue
        body = date = dnr = None
        paragraphs: set[str] = set()
        said = _extract(lines, i)
        for text in said:
            if meeting := _MEETING.match(text):
                dates = find_dates(meeting["rest"])
                date = date or (dates[0].date if dates else None)
            if m := _PARAGRAPH.match(text):
                paragraphs.add(f"§ {m['n']}")
            dnr = dnr or find_dnr(text)
            if body is None and (found := [b for b in bodies_in(text) if b.kind in ("board", "assembly")]):
                body = found[0].name if found[0].start < 3 else None  # the extract's organ heads its line
        if body is None or date is None or len(paragraphs) != 1 or _NOT_ADOPTED.search(" ".join(said)):
            continue  # no organ, no meeting date, several §§, or no adoption: no decision of this document
        paragraph = next(iter(paragraphs))
        stated = f"{body} {date.isoformat()}, {paragraph}"
        decisions = parse_decisions(stated, known, cut=False)
        source = f"sida {line.page}, protokollsutdrag"
        if decisions:
            out.decision(decisions[0], rank=RANK_BODY_LABEL, group=f"protocol:{i}", source=source)
        if dnr:
            out.add("diarienummer", dnr, rank=RANK_BODY_LABEL, group=f"protocol:{i}", source=source)


# what a protocol's § line says before the document's name: "§ 112 Antagande av plan för ..."
_ADOPTING = re.compile(
    r"^(?:antagande\s+av|revidering\s+av|revidering|fastställande\s+av|nya?|nytt)\s+", re.I
)


def protocol_title(view: DocView) -> str | None:
    """The document an extract at the head of the document adopts, by its § line ("§ 112 Plan för
    hantering av extraordinära händelser 2027–2030"): the title of a document that prints the extract
    as its first page and no title of its own above it."""
    for i, line in enumerate(view.lines):
        if line.page != 1:
            break
        if not _HEAD.match(line.text):
            continue
        for text in _extract(view.lines, i):
            if m := _PARAGRAPH.match(text):
                name = _ADOPTING.sub("", text[m.end() :].strip(" .:–-"))
                name = re.split(r"\s*[,·]?\s*(?:dnr|diarienummer)\b", name, flags=re.I)[0].strip(" ,·")
                if name and doc_type_of(name.split()[0]) and 3 <= len(name.split()) <= 16:
                    return name[:1].upper() + name[1:]
                return None
    return None
