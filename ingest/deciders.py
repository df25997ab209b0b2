"""Who decides, spelled out: a delegate cell or a phrase in prose read as a body or role.

A decider is written as a code the document's legend explains ("BLH", "1:e SS"), a code of the
shared vocabulary ("KF", "KS"), a body or role by name ("kommunstyrelsen", "enhetschefen",
"socialnämndens arbetsutskott", "vice ordföranden"), or several of them ("BC, MC", "MI eller HI").
Every form comes out the same way: the name in lower case ("bygglovshandläggare", "miljöinspektör
eller hälsoskyddsinspektör") and the code as printed, if there was one. "nämnden" becomes the nämnd
the document is about, when it names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.legend import ABBR
from store.vocabulary import BodyMention, find_bodies

_CONNECTOR = re.compile(
    r"\s*(,\s*(?:och|eller)?\s*|\s+eller\s+|\s+(?:alt|el)\.\s+|\s+och\s+|\s+resp(?:ektive|\.)\s+|\s*/\s*)"
)
_PREFIX = re.compile(r"(?:(?:förste|första|andre|andra|biträdande|tillförordnad|vice)\s+)+", re.I)
_QUALIFIER = re.compile(r"(?:ansvarig|berörd|respektive|aktuell|varje)\s+(?=\w*nämnd)", re.I)
_SKIP = re.compile(r"(?:den|det|de|hela|en|ett)\s+", re.I)
_PAREN_CODE = re.compile(r"\s*\([^()]{1,12}\)")
_FOR_UNIT = re.compile(r"\s+för\s+([a-zåäö\-]+(?:enheten|avdelningen|förvaltningen|området|verksamheten))\b")
_ASIDE = re.compile(
    r"\s*(?:\(|[,;]?\s*(?:ersättare|vid förfall|vid förhinder|i samråd|efter samråd|med|via|anm|se)\b)", re.I
)  # what follows a delegate in its cell without being one
# a person's name after the function that holds the right: "(Annika Ström)", "(Per-Olof af Klint)"
_PAREN_PERSON = re.compile(
    r"\s*\((?:[A-ZÅÄÖ][\wåäöé-]+|af|von|de)(?:\s+(?:[A-ZÅÄÖ][\wåäöé-]+|af|von|de)){1,3}\)"
)
GENERIC_BOARDS = frozenset({"nämnden", "verksamhetsnämnden", "facknämnden", "styrelsen"})


@dataclass(frozen=True)
class Decider:
    name: str  # spelled out, lower case
    code: str | None  # as printed, when the decider was written as a code
    end: int  # where the phrase ends in the text it was read from


def lower_name(text: str) -> str:
    """Lower case, except acronyms and words with digits ("HR-chef", "IVO" stay)."""
    return " ".join(
        w if sum(c.isupper() for c in w) >= 2 or any(c.isdigit() for c in w) else w.lower()
        for w in text.split()
    )


class DeciderReader:
    """Reads deciders with one document's legend; ``board`` is the nämnd "nämnden" means there."""

    def __init__(self, legend: dict[str, str], board: str | None = None) -> None:
        # a gloss after the name is no part of it: "enhetschef eller verksamhetschef (den som är chef)";
        # a code in lower case ("tkr", "pbb") is a term or a unit, never a decider, and stays as printed
        self.legend = {
            code: re.sub(r"\s*\([^()]*\)$", "", name) or name
            for code, name in legend.items()
            if code != code.lower()
        }
        self.board = board if board and board not in GENERIC_BOARDS else None
        codes = "|".join(re.escape(c) for c in sorted(self.legend, key=len, reverse=True))
        self._code = re.compile(rf"(?<![\wåäöÅÄÖ])({codes})\.?(?![\wåäöÅÄÖ])") if codes else None

    def cell(self, text: str) -> Decider | None:
        """A delegate cell: whatever it holds is the decider, codes spelled out."""
        text = " ".join(text.split()).strip(" .;")
        if not text:
            return None
        found = self.phrase_at(text, 0)
        if found and (not text[found.end :].strip(" .,;") or _ASIDE.match(text, found.end)):
            return found  # "BLH (ersättare BI)", "Förvaltningschef, ersättare: avdelningschef"
        expanded = self._code.sub(lambda m: self.legend[m.group(1)], text) if self._code else text
        code = text if (self._code and self._code.search(text)) or re.fullmatch(ABBR, text) else None
        return Decider(lower_name(expanded), code, len(text))

    def knows(self, name: str) -> bool:
        """Is ``name`` a decider: a code the document's legend spells out as a body or role, or a
        body or role in full?"""
        name = " ".join(name.split()).strip(" .:")
        if name in self.legend:  # a code the legend spells out as a body or role, not as a law
            return bool(find_bodies(self.legend[name]))
        found = self.phrase_at(name, 0)
        return found is not None and found.end >= len(name)

    def phrase_at(self, text: str, pos: int) -> Decider | None:
        """The decider written at ``text[pos:]`` in prose ("socialsekreterare (SS) eller enhetschef
        (EC) för ...", "MI eller HI", "kommunfullmäktige"), or None if no body, role or code starts
        there."""
        names: list[str] = []
        printed_codes = False
        at, end = pos, pos
        first: int | None = None
        joiner = ""
        while True:
            unit = self._unit(text, at)
            if unit is None:
                break
            name, is_code, begin, stop = unit
            first = begin if first is None else first
            names.append(joiner + name)
            printed_codes = printed_codes or is_code
            end = stop
            conn = _CONNECTOR.match(text, end)
            if not conn:
                break
            sep = conn.group(1).strip()
            # "KAC/KJ": either of them decides; a slash reads as "eller"
            joiner = ", " if sep == "," else " eller " if sep in ("/", "alt.", "el.") else f" {sep} "
            joiner = joiner.replace(" , ", ", ")
            at = conn.end()
        if not names:
            return None
        printed = re.sub(r"\s*\([^()]*\)", "", text[first or pos : end])  # "(ersättare BI)" is no code
        code = " ".join(printed.split()).rstrip(".") if printed_codes else None
        return Decider("".join(names), code, end)

    def _unit(self, text: str, at: int) -> tuple[str, bool, int, int] | None:
        """(name, written as a code, start, end) of one body or role at ``text[at:]``."""
        skip = _SKIP.match(text, at)
        start = skip.end() if skip else at
        prefix = _PREFIX.match(text, start) or _QUALIFIER.match(text, start)
        head = prefix.end() if prefix else start
        pre = " ".join(prefix.group(0).lower().split()) + " " if prefix else ""
        if self._code and (m := self._code.match(text, head)):
            name, is_code, stop = lower_name(self.legend[m.group(1)]), True, m.end()
        else:
            mention = _mention_at(text, head)
            if mention is None:
                return None
            name, stop = self._name(mention), head + mention.end
            if _genitive_before_noun(mention.text, text[stop:]):
                return None  # "bygglovschefens beslut": whose, not who
            is_code = mention.text.isupper() and len(mention.text) <= 5
            if prefix and _QUALIFIER.match(text, start):
                name = mention.text.lower()  # "ansvarig nämnd" stays a description, not "nämnden"
        if paren := _PAREN_CODE.match(text, stop):
            stop = paren.end()
        if person := _PAREN_PERSON.match(text, stop):
            stop = person.end()  # "Ekonomichefen (Jonas Berg)": the function decides, not the person
        if more := _FOR_UNIT.match(text, stop):
            name, stop = f"{name} för {more.group(1).lower()}", more.end()
        own = f"{self.board}s " if self.board else None
        if own and pre and name.startswith(own):  # "vice ordföranden": the nämnd's vice ordförande
            name, pre = own + pre + name[len(own) :], ""
        return pre + name, is_code, start, stop

    def _name(self, mention: BodyMention) -> str:
        """The mention's name; the document's own nämnd's where the mention leaves the nämnd out
        ("nämnden", "ordföranden", "nämndens ordförande", "arbetsutskottet")."""
        written = mention.text.lower()
        if not self.board:
            return "arbetsutskottet" if written == "arbetsutskottet" else mention.name
        if mention.name == "nämnden":
            return self.board
        if written == "arbetsutskottet":  # the nämnd's, not only the KS one
            return f"{self.board}s arbetsutskott"
        if mention.name == "ordförande" and written in ("ordförande", "ordföranden"):
            return f"{self.board}s ordförande"
        if mention.name.startswith("nämndens "):
            return f"{self.board}s {mention.name[len('nämndens ') :]}"
        return mention.name


def _mention_at(text: str, at: int) -> BodyMention | None:
    """The body or role mention starting at ``text[at]``; a genitive body before a role is one
    name with it ("socialnämndens arbetsutskott", "nämndens ordförande")."""
    window = text[at : at + 120]
    mentions = find_bodies(window)
    if not mentions or mentions[0].start != 0:
        return None
    first = mentions[0]
    if (
        len(mentions) > 1
        and first.kind in ("board", "assembly")
        and first.text.lower().endswith("s")
        and window[first.end : mentions[1].start] == " "
        and mentions[1].kind in ("role", "board")
    ):
        second = mentions[1]
        name = f"{first.text.lower()} {second.text.lower() if second.kind == 'board' else second.name}"
        return BodyMention(0, second.end, name, second.kind, window[: second.end])
    return first


def _genitive_before_noun(written: str, after: str) -> bool:
    return (
        written.lower().endswith("s")
        and bool(re.match(r"\s+[a-zåäö]", after))
        and not re.match(r"\s+(?:och|eller|samt|resp)\b", after)
    )
