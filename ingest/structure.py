"""Find a document's structure: paragraphs, table rows and legends, each under its heading path.

One pass over the content lines (:mod:`ingest.lines`): a table header hands over to
:mod:`ingest.tables` until the table ends (section rows such as "B. Plan- och byggärenden" join
the heading path); a heading (:mod:`ingest.headings`) starts a new section; under a legend
heading ("Förkortningar") abbreviation lines become a legend; everything else is paragraphs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest import leader_rows, table_header, tables, typed_columns
from ingest.headings import HeadingPath, heading_at, heading_style, title_line
from ingest.legend import (
    ABBR,
    LegendEntry,
    abbreviates,
    introduces_legend,
    is_legend_heading,
    is_legend_table_header,
    parse_legend_line,
    strict_legend_line,
)
from ingest.legend_prose import prose_entries
from ingest.lines import Line, ends_clause, is_label, page_lines
from ingest.types import Page
from store.vocabulary import find_bodies

logger = logging.getLogger(__name__)

_BULLET = re.compile(r"^(?:[•\-–*▪o]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
# where decision rights are spoken of: delegation, beslutanderätt, and attest (who approves what)
_DELEGATION = re.compile(
    r"\bdelegat|\bdelegera|\bdelegering|\bdelegation|beslutanderätt|beslutsrätt|\battest|\bbeslutar\b|\bbeslutsnivå",
    re.I,
)


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"
    LEGEND = "legend"


@dataclass(frozen=True)
class Block:
    """A paragraph, table row or legend with its place: heading path, pages and span."""

    kind: BlockKind
    section: tuple[str, ...]
    section_id: int  # changes at every heading, even if two headings read the same
    text: str
    page_start: int
    page_end: int
    char_start: int  # span in the document text (:func:`ingest.lines.document_text`)
    char_end: int
    continues: bool = False  # a paragraph carried over from the previous page
    row: tables.TableRow | None = None
    legend: tuple[LegendEntry, ...] = ()  # a legend's entries, or the codes a paragraph defines


def find_blocks(pages: Sequence[Page]) -> list[Block]:
    """Split a document into paragraphs, table rows and legends, each with its heading path.

    Paragraphs end at a vertical gap, a heading, a list item, a label/value line and a page
    break (a paragraph carried over to the next page is marked ``continues``), so every block
    lies on one page, except a table row that itself crosses a page break.
    """
    return _Walker(page_lines(pages)).run()


class _Walker:
    def __init__(self, lines: list[Line]) -> None:
        self.lines, self.heads = lines, HeadingPath()
        self.blocks: list[Block] = []
        lengths = sorted(len(line.text) for line in lines)
        self.measure = max(40, lengths[int(len(lengths) * 0.9)]) if lengths else 80
        self.section_id, self.in_legend = 0, False
        self.legend_list = False  # the legend is a list that ends at its first other line
        self.para: list[Line] = []
        self.legend: list[tuple[Line, list[LegendEntry]]] = []
        self.delegating = any(_DELEGATION.search(line.text) for line in lines)

    def run(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            entries = parse_legend_line(line.raw) if self.in_legend else self._untitled_legend(i)
            if self.in_legend and self._names_columns(i):
                # "Löp | Vad | Vem | Info" over rows: a table's column names end the legend
                entries = []
                self._flush_legend()
                self.in_legend = self.legend_list = False
            if self.in_legend and self.legend and not entries and self._continues_entry(line):
                i += 1
                continue
            if self.in_legend and self.legend_list and self.legend and line.gap_before and not line.tabular:
                entries = strict_legend_line(line.raw)  # after a gap only a clear definition or a table row
            if self.in_legend and self.legend_list and self.legend and not entries:
                self._flush_legend()
                self.in_legend = self.legend_list = False
            if is_legend_table_header(line.raw):
                self._flush()
                self.in_legend = self.legend_list = True
                i += 1
            elif found := self._header(i):
                self._flush()
                header, last = found
                items, i = tables.read_table(self.lines, last, header)
                self._table(items)
            elif not self.in_legend and self.delegating and leader_rows.starts_blocks(self.lines, i):
                self._flush()  # items as labelled lines ("Delegat: BLH") under their matter
                rows, i = leader_rows.read_blocks(self.lines, i)
                self._table(rows)
            elif not self.in_legend and (typed := self._typed_table(i)) is not None:
                items, i = typed  # columns typed by their cells, a lagrum column kept apart
                self._table(items)
            elif not self.in_legend and leader_rows.starts_list(self.lines, i):
                self._flush()
                rows, i = leader_rows.read_list(self.lines, i)
                self._table(rows)
            elif entries and not heading_style(line.text):
                self._flush_para()
                self.legend.append((line, entries))
                i += 1
            elif (
                heading := heading_at(self.lines, i, self.measure)
                or self._legend_title(i)
                or self._title(line)
            ):
                self._flush()
                text, style, used = heading
                self._push(text, style)
                self.in_legend, self.legend_list = is_legend_heading(text), False
                i += used
            else:
                self._flush_legend()
                self._paragraph_line(line)
                if introduces_legend(" ".join(x.text for x in self.para)):
                    self.in_legend = self.legend_list = True
                i += 1
        self._flush()
        return self.blocks

    def _header(self, i: int) -> tuple[table_header.TableHeader, int] | None:
        """A table header at line ``i`` (on one line or wrapped onto two) and its last line, its
        unnamed columns typed by their cells (:func:`ingest.typed_columns.complete`)."""
        if found := table_header.header_at(self.lines, i):
            header, last = found
            return typed_columns.complete(self.lines, last, header), last
        limits = table_header.match_limit_header(self.lines, i)
        if limits:
            return limits, i  # a table of amounts is typed already
        if named := table_header.delegate_header_at(self.lines, i):  # the header itself says who decides
            header, last = named
            typed = typed_columns.complete(self.lines, last, header)
            if "matter" in [c.field for c in typed.columns]:
                return typed, last
        return None

    def _typed_table(self, i: int) -> tuple[list[tables.TableRow | tables.SectionRow], int] | None:
        """A table read by what its columns hold, where no header names them (:mod:`ingest.typed_columns`)."""
        if not self.delegating or i == 0:
            return None  # who does what is read as decision rights only where delegation is spoken of
        if leader_rows.has_leaders(self.lines[i].raw):
            return None  # a list with dot leaders keeps its condition on the indented line below
        # rows typed from this line on; or, when this line is column names we do not know, from
        # the line after it (rows whose first line may hold the matter alone, cells aligned to the
        # bottom or the middle of their row)
        found = self._typed_from(i - 1, i, under_names=False)
        if self._could_name_columns(i) and (found is None or self._names_as_row(found[0])):
            found = self._typed_from(i, i, under_names=True) or found
        if found:
            self._flush()
        return found

    def _typed_from(
        self, first: int, i: int, *, under_names: bool
    ) -> tuple[list[tables.TableRow | tables.SectionRow], int] | None:
        """The rows of a table typed by its cells after line ``first``, if it reaches past ``i``."""
        header = typed_columns.infer_header(self.lines, first + 1, under_names=under_names)
        if header is None:
            return None
        items, end = tables.read_table(self.lines, first, header)
        if end <= i or not any(isinstance(item, tables.TableRow) for item in items):
            return None
        return items, end

    def _could_name_columns(self, i: int) -> bool:
        """Three or more cells on a line with a line under it: column names, perhaps."""
        return i + 1 < len(self.lines) and len(table_header.SEGMENT_RE.findall(self.lines[i].raw)) >= 3

    def _legend_codes(self) -> set[str]:
        return {e.abbreviation for b in self.blocks for e in b.legend} | {
            e.abbreviation for _, es in self.legend for e in es
        }

    def _names_as_row(self, items: list[tables.TableRow | tables.SectionRow]) -> bool:
        """Does the first row look like column names ("Område/ärende | Nivå | ...") rather than a
        row: no item number, and a delegate that is a single word naming no body or role, no code
        (an acronym, or one of the legends read so far) and in no other row?"""
        row = items[0]
        if not isinstance(row, tables.TableRow) or row.fields.get("number"):
            return False
        said = row.fields.get("delegate", "").strip()
        known = self._legend_codes() | {
            x.fields.get("delegate", "").strip() for x in items[1:] if isinstance(x, tables.TableRow)
        }
        if not said or re.search(r"[/,]|\seller\s", said):
            return False  # "SC/AC", "BLH eller BI": deciders side by side
        return said not in known and not re.fullmatch(ABBR, said) and not find_bodies(said)

    def _names_columns(self, i: int) -> bool:
        """Is line ``i`` the column names of a delegation table under a legend: no legend entries by
        their letters ("Löp | Vad | Vem | Info" is no "Löp = Vad"), directly above rows typed by
        their cells, the lines under it no legend entries?"""
        if not self.delegating or not self._could_name_columns(i) or self.lines[i + 1].gap_before:
            return False
        if any(abbreviates(e.abbreviation, e.expansion) for e in parse_legend_line(self.lines[i].raw)):
            return False
        return not any(parse_legend_line(x.raw) for x in self.lines[i + 1 : i + 3]) and (
            typed_columns.infer_header(self.lines, i + 1, under_names=True) is not None
        )

    def _untitled_legend(self, i: int) -> list[LegendEntry]:
        """Two or more definition lines in a row are a legend without a title ("BLH = ..." / "BI = ...")."""
        entries = strict_legend_line(self.lines[i].raw)
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if entries and nxt is not None and strict_legend_line(nxt.raw):
            self.in_legend = self.legend_list = True
            return entries
        return []

    def _legend_title(self, i: int) -> tuple[str, str, int] | None:
        """A short legend title ("Förkortningar") directly followed by a legend line."""
        text = self.lines[i].text
        if len(text.split()) > 5 or ends_clause(text.rstrip(":")) or not is_legend_heading(text):
            return None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if nxt is None or not parse_legend_line(nxt.raw):
            return None
        return text.rstrip(":"), heading_style(text) or "plain", 1

    def _continues_entry(self, line: Line) -> bool:
        """A legend entry wrapped onto an indented line ("ORF  Ordförande i samhällsbyggnads-" /
        "     nämnden"): joined to the entry above."""
        last_line, entries = self.legend[-1]
        indent = len(line.raw) - len(line.raw.lstrip())
        last_indent = len(last_line.raw) - len(last_line.raw.lstrip())
        open_bracket = entries[-1].expansion.count("(") > entries[-1].expansion.count(")")
        if open_bracket and line.page == last_line.page and line.text[:1].islower() and not line.gap_before:
            # "EC/VC = enhetschef eller verksamhetschef (den som är chef för" / "verksamheten)"
            last = entries[-1]
            joined = LegendEntry(last.abbreviation, tables.join_wrapped(last.expansion, line.text))
            self.legend[-1] = (last_line, [*entries[:-1], joined])
            return True
        if line.page != last_line.page or line.gap_before or indent <= last_indent + 1:
            return False
        if not (line.text[:1].islower() or line.text[:1] in "(0123456789"):
            return False
        at = _wrapped_entry(last_line.raw, entries, indent)
        if at is None:
            return False
        if at == FURTHER:
            return True  # read past, joined to nothing
        entry = entries[at]
        joined = LegendEntry(entry.abbreviation, tables.join_wrapped(entry.expansion, line.text))
        self.legend[-1] = (last_line, [*entries[:at], joined, *entries[at + 1 :]])
        return True

    def _title(self, line: Line) -> tuple[str, str, int] | None:
        """Before any body text, short lines are a title block, not paragraphs."""
        if self.blocks or self.para or not title_line(line, self.measure):
            return None
        return line.text, "plain", 1

    def _push(self, text: str, style: str) -> None:
        self.heads.push(text, style)
        self.section_id += 1

    def _table(self, items: Sequence[tables.TableRow | tables.SectionRow]) -> None:
        for item in items:
            if isinstance(item, tables.SectionRow):
                self._push(item.text, heading_style(item.text) or "table-section")
                continue
            text = " | ".join(f"{k}: {v}" for k, v in item.cells.items() if v)
            self._add(
                BlockKind.TABLE_ROW, text, item.page, item.page_end, item.char_start, item.char_end, row=item
            )

    def _paragraph_line(self, line: Line) -> None:
        last = self.para[-1] if self.para else None
        wrapped_dash = bool(
            last
            and re.match(r"^[–-]\s", line.text)
            and not _BULLET.match(self.para[0].text)
            and not ends_clause(last.text)
        )  # "...; SoL" / "– socialtjänstlagen": a dash carried to the next line, not a list item
        if last and (
            line.gap_before
            or line.page != last.page
            or (_BULLET.match(line.text) and not wrapped_dash)
            or line.tabular
            or last.tabular
            or is_label(line.text)
            or (is_label(last.text) and not _wraps(last, line))
            or (
                ends_clause(last.text) and len(last.text) < 0.8 * self.measure
            )  # a paragraph's short last line
        ):
            self._flush_para()
        self.para.append(line)

    def _flush(self) -> None:
        self._flush_para()
        self._flush_legend()

    def _flush_para(self) -> None:
        if not self.para:
            return
        lines, self.para = self.para, []
        text = " | ".join(lines[0].cells) if lines[0].tabular else lines[0].text
        for line in lines[1:]:
            text = tables.join_wrapped(text, line.text)
        prev = self.blocks[-1] if self.blocks else None
        continues = bool(
            prev
            and prev.kind is BlockKind.PARAGRAPH
            and prev.section_id == self.section_id
            and prev.page_end == lines[0].page - 1
            and not ends_clause(prev.text)
            and not _BULLET.match(text)
        )
        start, end = lines[0].char_start, max(x.char_end for x in lines)
        defined = tuple(prose_entries(text))
        self._add(
            BlockKind.PARAGRAPH,
            text,
            lines[0].page,
            lines[-1].page,
            start,
            end,
            continues=continues,
            legend=defined,
        )

    def _flush_legend(self) -> None:
        if not self.legend:
            return
        found, self.legend = self.legend, []
        entries = tuple(e for _, es in found for e in es)
        text = "\n".join(f"{e.abbreviation} = {e.expansion}" for e in entries)
        first, last = found[0][0], found[-1][0]
        self._add(
            BlockKind.LEGEND, text, first.page, last.page, first.char_start, last.char_end, legend=entries
        )

    def _add(self, kind: BlockKind, text: str, p0: int, p1: int, c0: int, c1: int, **extra: object) -> None:
        section = self.heads.path
        self.blocks.append(Block(kind, section, self.section_id, text, p0, p1, c0, max(c0, c1), **extra))  # type: ignore[arg-type]


FURTHER = -1  # a wrapped line under a legend's further column


def _wrapped_entry(raw: str, entries: Sequence[LegendEntry], indent: int) -> int | None:
    """Which entry of a legend line a wrapped line, starting at column ``indent``, continues: the
    only one, or, when the legend is set in column pairs ("Ordf  vård- och   LSH  LSS-handläggare"),
    the pair whose expansion column the line starts in; :data:`FURTHER` under a column after the
    name. None if it lines up with none."""
    cells = list(table_header.SEGMENT_RE.finditer(raw))
    if len(entries) == 1:
        if len(cells) >= 3 and indent >= cells[2].start() - 1:
            return FURTHER  # under a further column ("Ersättare vid förfall"): no part of the name
        return 0
    if len(cells) != 2 * len(entries) or any(
        cells[2 * k].group().rstrip(".") != e.abbreviation for k, e in enumerate(entries)
    ):
        return None
    for k in range(len(entries)):
        starts = cells[2 * k + 1].start()
        ends = cells[2 * k + 2].start() if 2 * k + 2 < len(cells) else len(raw) + 80
        if abs(indent - starts) <= 1 and indent < ends:
            return k
    return None


def _wraps(last: Line, line: Line) -> bool:
    """Does ``line`` carry on the words of ``last`` ("Förkortningar: Ordf ...; AU teknik- och" /
    "fritidsnämndens arbetsutskott; ...")? Lower case after a line that ends no clause."""
    return line.text[:1].islower() and not ends_clause(last.text) and len(last.text.split()) >= 6
