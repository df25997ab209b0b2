"""Definitions of the codes a document's tables use, wherever in the document they stand.

A legend under a heading we do not know ("Befattningskoder", "Så läser du tabellen"), in a box, a
footnote or a page footer is still a legend: the codes a delegation table's delegate cells hold
("KSO", "BLH eller BI") are looked for in every other line of the document, as "KSO: Kommunstyrelsens
ordförande", "KSO = ...", "KSO – ...", "KSO  Kommunstyrelsens ordförande" or "Kommunstyrelsens
ordförande (KSO)". Only codes the tables use are looked for, so a line that merely looks like a
definition elsewhere adds nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from ingest.leader_rows import CONNECTOR
from ingest.legend import ABBR, LegendEntry, abbreviates
from ingest.structure import Block, BlockKind

_ITEM_SPLIT = re.compile(r"\s*(?:;\s|,\s(?=\S+\s*[:=–—-]\s))\s*")  # "; ", ", KD – ..."
_CODE = re.compile(rf"^(?:{ABBR}|[A-ZÅÄÖ][a-zåäö]{{1,4}}\.?)$")
_MAX_WORDS = 10


def elsewhere(blocks: Sequence[Block], doc_text: str, defined: set[str]) -> list[tuple[LegendEntry, int]]:
    """Definitions (with their pages) of the codes the document's table rows use and ``defined``
    lacks: looked for in its paragraphs first, then in every line of ``doc_text``, running headers
    and footers included, which the paragraphs leave out."""
    used = codes_used(b.row.fields.get("delegate", "") for b in blocks if b.row is not None)
    missing = used - defined
    if not missing:
        return []
    found = [
        (entry, b.page_start)
        for b in blocks
        if b.kind is not BlockKind.TABLE_ROW
        for entry in definitions(missing, b.text.split("\n"))
    ]
    if missing - {entry.abbreviation for entry, _ in found}:
        starts = [b.char_start for b in blocks]  # in document order
        at = 0
        for line in doc_text.split("\n"):
            k = bisect.bisect_right(starts, at) - 1
            page = blocks[k].page_start if k >= 0 else 1
            at += len(line) + 1
            found += [(entry, page) for entry in definitions(missing, [line])]
    return found


def codes_used(delegate_cells: Iterable[str]) -> set[str]:
    """The codes in delegate cells: "BLH", "BC eller MC", "Ordf/V ordf" give their parts."""
    out: set[str] = set()
    for cell in delegate_cells:
        for part in CONNECTOR.split(cell.strip()):
            part = part.strip(" .()")
            if part and _CODE.match(part):
                out.add(part)
    return out


def definitions(codes: set[str], lines: Iterable[str]) -> list[LegendEntry]:
    """Entries for ``codes`` defined on ``lines`` (each a line or a paragraph of the document).

    >>> definitions({"KSO", "KD"}, ["KSO: Kommunstyrelsens ordförande", "Vid frånvaro beslutar KD."])
    [LegendEntry(abbreviation='KSO', expansion='Kommunstyrelsens ordförande')]
    >>> [e.abbreviation for e in definitions({"FC", "AC"}, ["Koder: FC förvaltningschef  AC avdelningschef"])]
    ['FC', 'AC']
    >>> definitions({"KD"}, ["Ansvarig är kommundirektören (KD)."])
    [LegendEntry(abbreviation='KD', expansion='kommundirektören')]
    """
    found: dict[str, str] = {}
    for line in lines:
        for item in _items(line.strip().replace(" | ", "  "), codes):
            entry = _definition(item.strip(" .,;•·-–"), codes)
            if entry is not None and entry.abbreviation not in found:
                found[entry.abbreviation] = entry.expansion
    return [LegendEntry(code, exp) for code, exp in found.items()]


def _items(line: str, codes: set[str]) -> list[str]:
    """The parts of a line that may each define a code: split at "; " and ", KD – ", and before
    every used code when the line names several ("Koder: FC förvaltningschef  AC avdelningschef")."""
    items = _ITEM_SPLIT.split(line)
    out: list[str] = []
    for item in items:
        at = sorted(
            m.start()
            for code in codes
            for m in re.finditer(rf"(?<![\wåäöÅÄÖ]){re.escape(code)}(?![\wåäöÅÄÖ])", item)
        )
        if len(at) < 2:
            out.append(item)
            continue
        out += [item[a:b] for a, b in zip(at, [*at[1:], len(item)], strict=True)]
    return out


def _definition(item: str, codes: set[str]) -> LegendEntry | None:
    for code in codes:
        c = re.escape(code)
        m = re.fullmatch(rf"{c}\s*(?:[:=–—]|\s-\s)\s*(?P<exp>[A-ZÅÄÖa-zåäö][^:=]*)", item)
        if m and _words(m.group("exp")):
            return LegendEntry(code, m.group("exp").strip())
        m = re.fullmatch(
            rf"{c}\s{{2,}}(?P<exp>[A-ZÅÄÖa-zåäö][^:=]*)|{c}\s(?P<exp2>[A-ZÅÄÖa-zåäö][^:=]*)", item
        )
        if m:
            exp = (m.group("exp") or m.group("exp2") or "").strip()
            if _words(exp) and (m.group("exp") or abbreviates(code, exp)):
                return LegendEntry(code, exp)
        m = re.search(rf"(?P<exp>(?:[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ\-]*\s){{0,4}}[\wåäöÅÄÖ\-]+)\s*\({c}\)", item)
        if m:
            exp = _tail(m.group("exp"), code)
            if exp:
                return LegendEntry(code, exp)
    return None


def _words(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_WORDS and not re.fullmatch(ABBR, words[0].strip(".,"))


def _tail(words: str, code: str) -> str | None:
    """The shortest ending of ``words`` that the code's letters stand for ("Ansvarig är
    kommundirektören" (KD) -> "kommundirektören")."""
    parts = words.split()
    for k in range(len(parts) - 1, -1, -1):
        exp = " ".join(parts[k:])
        if abbreviates(code, exp):
            return exp
    return None
