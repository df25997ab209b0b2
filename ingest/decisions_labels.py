"""Decision rights from a delegation list set as labelled entries rather than as a table.

Some delegationsordningar print each point as a heading or line with the matter, followed by
labelled lines::

    B.4 Beslut om rivningslov
    Delegat: BLH
    Lagrum: 9 kap. 34 § PBL
    Anmärkning: Om ärendet inte är av principiell betydelse

Each "Delegat:" line (also "Delegeras till", "Beslutsnivå", in a label/value column layout too)
becomes the decision of the matter just before it, with the lagrum and condition of the labels
around it, read like a table row (:func:`ingest.decisions_table.row_decisions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.headings import heading_style
from ingest.meta.vocab import match_label
from ingest.structure import Block, BlockKind
from ingest.table_header import column_field

_LABEL = re.compile(r"^\s*(?P<label>[A-ZÅÄÖa-zåäö][\wåäö /]{1,30}?)\.?\s*(?::|\|)\s*(?P<value>\S.*)$")
# more labels on the same line: "Delegat: LSS-hl. Lagrum: 9 § 3–5 LSS."
_NEXT_LABEL = re.compile(r"\.\s+(?=[A-ZÅÄÖ][\wåäö /]{1,30}?\.?:\s)")
_NUMBERED = re.compile(
    r"^(?P<nr>[A-ZÅÄÖ]?\.?\d{1,3}(?:\.\d{1,3}){0,3}|[A-ZÅÄÖ]\.\d{1,3})\.?\s+(?P<rest>\S.*)$"
)


def label_field(label: str) -> str | None:
    """What a label names, in the words delegation tables name their columns with ("Delegat",
    "Vidaredelegeras till", "Beslutas av", "Lagrum", "Villkor", ...): one vocabulary for both. A
    label of the document's own decision ("Beslutad av: Kommunfullmäktige") names no delegate."""
    field = column_field(label)[1]
    if field == "delegate" and (own := match_label(label)) is not None and own.field == "decision":
        return None
    return field


@dataclass(frozen=True)
class LabelledEntry:
    matter: str
    number: str | None
    delegate: str
    condition: str | None
    lagrum: str | None
    block: Block  # the "Delegat:" line
    lines: tuple[Block, ...] = ()  # every label line of the entry, the "Delegat:" line among them


def labelled_entries(blocks: Sequence[Block]) -> list[LabelledEntry]:
    """Every "Delegat: ..." line with the matter before it and its sibling labels."""
    out = []
    for i, block in enumerate(blocks):
        label = _label(block)
        if block.kind is not BlockKind.PARAGRAPH or label is None or label_field(label[0]) != "delegate":
            continue
        matter_text = _matter_before(blocks, i)
        if not matter_text:
            continue
        number, matter = None, matter_text
        if m := _NUMBERED.match(matter_text):
            number, matter = m.group("nr"), m.group("rest")
        condition = lagrum = None
        delegate, inline = inline_labels(label[1])
        siblings = _siblings(blocks, i)
        for name, value in [*inline, *(label for _, label in siblings)]:
            if label_field(name) == "legal_basis":
                lagrum = value
            elif label_field(name) == "condition":
                condition = value
        lines = (block, *(b for b, (name, _) in siblings if label_field(name)))  # labels we read only
        out.append(LabelledEntry(matter.strip(" .:"), number, delegate, condition, lagrum, block, lines))
    return out


def inline_labels(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A label's value, and the labels that follow it on its line ("SS. Lagrum: 4 kap. 1 § SoL" ->
    "SS", [("Lagrum", "4 kap. 1 § SoL")]), where they are column names we know ("Ersättare: EC"
    too); other text stays with the value before it."""
    parts = _NEXT_LABEL.split(value)
    first = parts[0]
    labels: list[tuple[str, str]] = []
    for part in parts[1:]:
        m = _LABEL.match(part)
        if m is not None and column_field(m.group("label"))[0]:
            labels.append((" ".join(m.group("label").split()), m.group("value").strip(" .")))
        elif labels:
            labels[-1] = (labels[-1][0], f"{labels[-1][1]}. {part}")
        else:
            first = f"{first}. {part}"
    return first, labels


def _label(block: Block) -> tuple[str, str] | None:
    m = _LABEL.match(block.text)
    return (" ".join(m.group("label").split()), m.group("value").strip()) if m else None


def _matter_before(blocks: Sequence[Block], i: int) -> str | None:
    """The matter of the entry: its own numbered line before it in its section; else the numbered
    heading its section ends in ("B.4 Beslut om rivningslov"), not a line under that heading
    ("Punkt A.1.2 i nämndens delegationsordning"); else the nearest line before it that is no label;
    else a styled heading."""
    here = blocks[i]
    nearest: str | None = None  # the nearest unlabelled, unnumbered line of the entry
    for j in range(i - 1, max(-1, i - 6), -1):
        prev = blocks[j]
        if prev.section_id != here.section_id or prev.kind is not BlockKind.PARAGRAPH:
            break
        label = _label(prev)
        if label is not None and label_field(label[0]) == "delegate":
            break  # the entry before this one
        if label is None:
            if _NUMBERED.match(prev.text):
                return _short(prev.text)
            nearest = nearest or prev.text
    heading = here.section[-1] if here.section else ""
    if nearest is not None and not _NUMBERED.match(heading):
        return _short(nearest)
    return heading if heading_style(heading) or _NUMBERED.match(heading) else None


def _short(text: str) -> str | None:
    """A matter is a line or two; a longer paragraph is running text, no matter."""
    return text if len(text) <= 200 else None


def _siblings(blocks: Sequence[Block], i: int) -> list[tuple[Block, tuple[str, str]]]:
    """The label lines around ``blocks[i]`` in the same run of labels, each with its label."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blocks) and blocks[j].section_id == blocks[i].section_id:
            label = _label(blocks[j])
            if (
                blocks[j].kind is not BlockKind.PARAGRAPH
                or label is None
                or label_field(label[0]) == "delegate"
            ):
                break
            found.append((blocks[j], label))
            j += step
    return found
