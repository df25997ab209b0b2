"""A document's pages as the metadata readers see them: lines in cells, zones, running lines.

Where a line stands says how much it is about the document itself. A **running** line (a band or
footer repeated on the pages) and the **header** (page 1 above the first paragraph of running
text, all of a cover page and the top of the page after it) and the **tail** (after the last
paragraph) describe the document; the **body** may mention other documents and decisions.

Lines come from pypdf's layout text, where a label and its value stay on one line however the
table, grid or right-aligned block is drawn; a wide gap splits a line into cells, and "·" or "|"
split one-line headers into segments. Sentences come from the plain text (layout text interleaves
two-column pages).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ingest.columns import reading_order
from ingest.meta.styled import StyledLine
from ingest.meta.vocab import bare_type, bodies_in, match_label, sentence_ends

Zone = Literal["header", "body", "tail", "running"]

_GAP_RE = re.compile(r"\s{3,}")
_SEGMENT_RE = re.compile(r"\s+[·|•]\s+|\s*\|\s*")
_DECISION_START_RE = re.compile(
    r"^(?:antagen|antaget|antagna|beslutad|fastställd|reviderad)\s+av\s+\S+\s+\d", re.I
)
_ITEM_RE = re.compile(r"^\d{1,3}\s*§|^\d{1,2}[.)]?\s+[A-ZÅÄÖ]")  # "17 § Detta", "2. Avgifter", "1 Inledning"
_CLOSED = (".", ";", "!", "?")  # a line ending so ends its value
_COVER_WORDS = 120  # a first page with fewer words than this (running lines aside) is a cover
_BODY_WORDS = 9  # a line of running text has at least this many words


@dataclass(frozen=True)
class Cell:
    """A stretch of a layout line between wide gaps, split into "·"/"|" segments."""

    x: int  # column of its first character in the layout line
    segments: tuple[str, ...]

    @property
    def text(self) -> str:
        return " · ".join(self.segments)


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    index: int  # row within the page's layout text (blank rows counted: adjacent lines differ by one)
    cells: tuple[Cell, ...]
    zone: Zone
    bottom: bool  # printed in the lower half of the page (a footer rather than a header)
    first: int | None = None  # a line joined from wrapped pieces: the row its first piece stood on

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)

    @property
    def top(self) -> int:
        """The first layout row the line stands on (``index`` is its last)."""
        return self.index if self.first is None else self.first

    @property
    def separated(self) -> bool:
        """Segments joined by "·" or "|": a one-line header or footer."""
        return any(len(c.segments) > 1 for c in self.cells)


@dataclass(frozen=True)
class Paragraph:
    page: int
    text: str
    zone: Zone  # header, body or tail, as for lines


@dataclass(frozen=True)
class DocView:
    lines: tuple[Line, ...]  # every layout line in reading order; a running line once, where first seen
    paragraphs: tuple[Paragraph, ...]  # plain-text paragraphs, running lines removed
    styled: tuple[StyledLine, ...]  # the first page's lines with font sizes (empty when unknown)
    cover: bool  # page 1 is a cover page


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _running_keys(pages: list[list[str]]) -> set[str]:
    """Lines repeated on at least two pages and at least half of them (digits ignored)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        # a band or footer is short; a sentence that happens to recur is running text, not a band
        counts.update({_norm(line) for line in lines if line.strip() and not is_running_text(line)})
    return {key for key, n in counts.items() if n >= 2 and n * 2 >= len(pages)}


_CELL_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # words parted by at most two spaces
# A dash, comma or semicolon parts segments only where a label follows ("Socialnämnden – Beslutad
# 2025-06-10 – Dnr SN 2025/31"), never inside a value ("2024-09-01 – 2027-08-31", "§ 12").
_SOFT_SEPARATOR_RE = re.compile(r"\s+[–—]\s+|\s+-\s+|[,;]\s+")


_FREE_TEXT = ("replaces", "scope", "owner", "title")


def _split_before_labels(segment: str) -> list[str]:
    """Split a header line's segment before each label it holds, when it starts with a label or a
    body ("Socialnämnden – Beslutad 2025-06-10 – Dnr SN 2025/31"); a value is never split."""
    if sentence_ends(segment):
        return [segment]  # running text, read as sentences
    first = _SOFT_SEPARATOR_RE.split(segment, maxsplit=1)[0].strip()
    mentions = bodies_in(first)
    named = len(mentions) == 1 and len(mentions[0].text) >= len(first) - 1  # only a body's name
    kommun = first.lower().endswith("kommun") and len(first.split()) <= 3
    if match_label(first) is None and not named and not kommun:
        return [segment]
    parts: list[str] = []
    start = 0
    for sep in _SOFT_SEPARATOR_RE.finditer(segment):
        current = match_label(segment[start:])
        if current is not None and current.field in _FREE_TEXT and sep.group(0).lstrip()[:1] in ",;":
            continue  # "Ersätter Riktlinje X, antagen 2019-01-01": a comma goes on with the value
        label = match_label(segment[sep.end() :])
        comma = sep.group(0).lstrip()[:1] in ",;"
        if label is not None and not (comma and label.label == "§") and label.field != "ignore":
            parts.append(segment[start : sep.start()])
            start = sep.end()
    parts.append(segment[start:])
    return [p.strip() for p in parts if p.strip()]


# Two cells printed with no gap, a value running into the next column's ("parkeringstillståndRiktlinje"):
# a capital right after three lower-case letters inside a word starts the next cell.
_GLUED_RE = re.compile(r"(?<=[a-zåäö]{3})(?=[A-ZÅÄÖ][a-zåäö])")


def _starts_cell(text: str) -> bool:
    """Does a piece run into from the left start a cell of its own: a type word, a label, a body?
    ("parkeringstillståndRiktlinje", not "TakeCare" or "SharePoint")."""
    words = text.split()
    mentions = bodies_in(text)
    return bool((words and bare_type(words[0])) or match_label(text) or (mentions and mentions[0].start == 0))


def _cells_of(line: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for match in _CELL_RE.finditer(line):
        start = match.start()
        cuts = [m.start() for m in _GLUED_RE.finditer(line, match.start(), match.end())]
        cuts = [c for c in cuts if _starts_cell(line[c : match.end()])]
        for cut in [*cuts, match.end()]:
            piece = _CELL_RE.match(line, start, cut)
            if piece is not None:
                out.append(piece)
            start = cut
    return out


def split_cells(line: str) -> tuple[Cell, ...]:
    """A layout line as cells (wide gaps) of segments ("·", "|", a dash or comma before a label)."""
    cells = []
    for match in _cells_of(line):
        pieces = [s.strip() for s in _SEGMENT_RE.split(match.group(0))]
        # a separator that ends the line stays: the header goes on on the next line
        segments = [s if i == len(pieces) - 1 else s.strip(" –—-|·•") for i, s in enumerate(pieces)]
        segments = [s for s in segments if s.strip(" –—-|·•")]
        segments = [part for segment in segments for part in _split_before_labels(segment)]
        if segments:
            cells.append(Cell(match.start(), tuple(segments)))
    return tuple(cells)


def is_running_text(text: str) -> bool:
    """A line of a paragraph: many words, no "·"/"|" segments, and no capitalised label first (a
    wrapped line may start with a label word: "antagen 2021-11-29. Taxan gäller för ...")."""
    text = text.strip()
    words = text.split()
    if len(words) < _BODY_WORDS or _SEGMENT_RE.search(text) or _GAP_RE.search(text):
        return False
    if len(_split_before_labels(text)) > 1:
        return False  # "Ansvarig: X – Gäller från 2023-12-01 – Dnr ...": a header parted by dashes
    return match_label(text) is None or (text[:1].islower() and not _DECISION_START_RE.match(text))


def _zones(cells: list[tuple[Cell, ...]], first: bool, last: bool, cover: bool, on_cover: bool) -> list[Zone]:
    """Each line's zone: the header before the first line of running text (on page 1, and on page 2
    after a cover), the tail after the last one on the last page. A cover page with at most one
    line that looks like running text is all header: that line is a long subtitle."""
    body = [len(c) == 1 and is_running_text(c[0].text) for c in cells]
    if on_cover and sum(body) <= 1:
        return ["header"] * len(cells)
    zones: list[Zone] = ["body"] * len(cells)
    if first or cover:
        for i, is_body in enumerate(body):
            if is_body:
                break
            zones[i] = "header"
    if last:
        for i in range(len(cells) - 1, -1, -1):
            if body[i]:
                break
            zones[i] = "tail" if zones[i] == "body" else zones[i]
    return zones


def _paragraphs(number: int, lines: list[str]) -> list[tuple[int, str]]:
    """Plain lines joined into paragraphs. A line that starts with a label, or a short line without
    final punctuation followed by a capitalised line (a heading), stands alone."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    open_label = False  # the current paragraph is a label line whose value may go on

    def flush() -> None:
        if current:
            out.append((number, " ".join(current)))
            current.clear()

    for raw in lines:
        text = " ".join(raw.split())
        if not text:
            flush()
            continue
        if text.startswith("*"):
            flush()  # a footnote ("* Antagen av ...") starts a paragraph of its own
        label = match_label(text) if text[:1].isupper() else None
        if label is not None and (label.separator != "space" or len(text.split()) < _BODY_WORDS):
            flush()
            current.append(text)  # a label line stands alone, unless its value wraps onto the next
            open_label = not text.endswith(_CLOSED)
            if not open_label:
                flush()
            continue
        if (
            open_label
            and current
            and (text[:1].islower() or text[:1] == "§" or (text[:1].isdigit() and not _ITEM_RE.match(text)))
        ):
            current.append(text)  # "Antagen av kommunfullmäktige den" / "26 februari 2024, § 17."
            open_label = not text.endswith(_CLOSED)
            continue
        if open_label:
            flush()
        open_label = False
        if current:
            previous = current[-1]
            heading = len(previous) < 60 and not previous.endswith((".", ",", ";", ":", "-", "–"))
            if heading and text[:1].isupper():
                flush()
        current.append(text)
    flush()
    return out


_FIGURE_RE = re.compile(r"\S*\d\S*")


def _dropped(text: str, layout: Sequence[str]) -> list[str]:
    """Lines of the plain text that layout mode left out, as it leaves out text printed sideways (a
    decision strip along the margin: "Fastställd av ... 16/2 2021, § 14 · Dnr SBN 2021/9"): a line
    with at least two figures, most of which the layout text has nowhere. They are read first."""
    have = {m.group(0).strip(".,;:()") for line in layout for m in _FIGURE_RE.finditer(line)}
    out = []
    for line in text.splitlines():
        figures = {m.group(0).strip(".,;:()") for m in _FIGURE_RE.finditer(line)}
        missing = figures - have
        if len(missing) >= 2 and len(missing) >= 0.6 * len(figures):
            out.append(line)
    return out


def build_view(texts: Sequence[str], layouts: Sequence[str], styled: Sequence[StyledLine] = ()) -> DocView:
    """Split a document's pages into lines, cells, zones and paragraphs."""
    ordered = [reading_order(page.splitlines()) for page in layouts]  # a sidebar before the text beside it
    ordered = [[*_dropped(text, page), *page] for text, page in zip(texts, ordered, strict=False)]
    layout_pages = [[line for line in page if line.strip()] for page in ordered]
    plain_pages = [[line for line in page.splitlines() if line.strip()] for page in texts]
    running = _running_keys(layout_pages) | _running_keys(plain_pages)
    first_words = (
        sum(len(line.split()) for line in plain_pages[0] if _norm(line) not in running) if texts else 0
    )
    cover = len(texts) > 1 and first_words < _COVER_WORDS
    lines: list[Line] = []
    seen: set[str] = set()
    rows = [[i for i, line in enumerate(page) if line.strip()] for page in ordered]
    for number, page in enumerate(layout_pages, start=1):
        page_cells = [split_cells(raw) for raw in page]
        box = _margin_box(page_cells)
        for i, c in box:
            page_cells[i] = tuple(x for x in page_cells[i] if x is not c)
        boxed = {i for i, _ in box if not page_cells[i]}  # lines the box took whole
        kept = [i for i, raw in enumerate(page) if _norm(raw) not in running and page_cells[i]]
        zones = dict(
            zip(
                kept,
                _zones(
                    [page_cells[i] for i in kept],
                    number == 1,
                    number == len(layout_pages),
                    cover and number == 2,
                    cover and number == 1,
                ),
                strict=True,
            )
        )
        for i, raw in enumerate(page):
            key = _norm(raw)
            bottom = i >= len(page) / 2
            if key in running and i not in boxed:
                if key not in seen:
                    seen.add(key)
                    lines.append(Line(number, rows[number - 1][i], split_cells(raw), "running", bottom))
                continue
            if page_cells[i]:
                lines.append(Line(number, rows[number - 1][i], page_cells[i], zones[i], bottom))
        # a box of labels in the margin describes the document wherever it stands on the page
        box_zone: Zone = "header" if number == 1 else "tail"
        start = 10_000 + 100 * number  # its own rows, one after the other, after the page's lines
        lines += [Line(number, start + k, (c,), box_zone, False) for k, (_, c) in enumerate(box)]
    found: list[tuple[int, str]] = []
    for number, page in enumerate(plain_pages, start=1):
        found += _paragraphs(number, [line for line in page if _norm(line) not in running])
    return DocView(tuple(lines), _paragraph_zones(found, len(plain_pages), cover), tuple(styled), cover)


_BOX_LABELS = 3  # labels standing alone in a margin column that make it a metadata box
_BOX_X = 50  # a margin box starts at least this far right


def _margin_box(page: list[tuple[Cell, ...]]) -> list[tuple[int, Cell]]:
    """A box of labels and values set in the right margin beside running text ("Fastställd av" over
    "Kommundirektör", "Gäller för" over "Samtliga förvaltningar"): the last cells of the lines that
    start in one column far right, from its first label on, when labels of at least three fields
    stand alone in it. Layout text puts such a box on the lines of the text beside it."""
    by_x: dict[int, list[tuple[int, Cell]]] = {}
    for i, cells in enumerate(page):
        if not cells or cells[-1].x < _BOX_X or len(cells[-1].segments) > 1:
            continue
        key = next((x for x in by_x if abs(x - cells[-1].x) <= 2), cells[-1].x)
        by_x.setdefault(key, []).append((i, cells[-1]))
    for found in by_x.values():
        matches = [(k, match_label(c.text)) for k, (_, c) in enumerate(found)]
        labels = [(k, m) for k, m in matches if m is not None and not m.value and m.field != "ignore"]
        if len({m.field for _, m in labels}) < _BOX_LABELS:
            continue  # a table's column repeats one word ("Ändring"); a box names different fields
        beside = sum(len(page[i]) > 1 for i, _ in found)  # text beside it on the same lines
        if beside < 2:
            continue  # a column of its own (a grid, a stacked header), read as it is
        return found[labels[0][0] :]
    return []


def _paragraph_zones(found: list[tuple[int, str]], pages: int, cover: bool) -> tuple[Paragraph, ...]:
    """Paragraphs before the first one of running text (on page 1, or 2 after a cover) are the
    header; those after the last one on the last page are the tail."""
    body = [len(text.split()) >= _BODY_WORDS + 5 and not _SEGMENT_RE.search(text) for _, text in found]
    zones: list[Zone] = ["body"] * len(found)
    for i, (page, _) in enumerate(found):
        if body[i] or page > (2 if cover else 1):
            break
        zones[i] = "header"
    for i in range(len(found) - 1, -1, -1):
        if body[i] or found[i][0] != pages:
            break
        zones[i] = "tail" if zones[i] == "body" else zones[i]
    return tuple(Paragraph(page, text, zone) for (page, text), zone in zip(found, zones, strict=True))
