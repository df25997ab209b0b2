"""Turn a document's blocks into page-true, structure-aware chunks.

Rules, and why:

* A chunk never crosses a heading, so its section path is true for all of its text; the heading
  opens the chunk's text so that retrieval sees it.
* A chunk never exceeds ``max_tokens`` (cl100k): long paragraphs are split at sentences.
* Chunks break at page breaks so citations stay page-true; only a short carry-over of a
  paragraph (a sentence finished on the next page) joins its chunk, which then spans two pages.
* Every table row is one chunk carrying its section path, its column names and the delegate
  codes expanded from the document's own legend, so "vem beslutar om rivningslov" finds a row
  that reads complete on its own.

Example:
    >>> from ingest.pdf import read_pages
    >>> pages = read_pages(Path("corpus/styrmodellen-askersund.pdf"))  # doctest: +SKIP
    >>> chunks, rows, abbreviations = chunk_document("styrmodellen-askersund", pages)  # doctest: +SKIP
    >>> chunks[0].chunk_id, chunks[0].section, chunks[0].page_start  # doctest: +SKIP
    ('styrmodellen-askersund:0000', 'Styrmodellen i Askersunds kommun', 1)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.legend import expand_delegates
from ingest.legend_used import elsewhere
from ingest.lines import document_text
from ingest.sentences import sentences
from ingest.structure import Block, BlockKind, find_blocks
from ingest.types import Page
from store.schema import Abbreviation, Chunk, ChunkKind, DelegationRow
from store.tokens import count_tokens, get_encoding

logger = logging.getLogger(__name__)

_CARRY_TOKENS = 40  # a paragraph tail this short on the next page stays with its chunk


@dataclass(frozen=True)
class _Piece:
    text: str
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    carry: bool  # continues the previous piece's paragraph from the previous page


def chunk_document(
    document_id: str, pages: list[Page], max_tokens: int = 350
) -> tuple[list[Chunk], list[DelegationRow], list[Abbreviation]]:
    """Chunk one document and read its delegation rows and abbreviation legend.

    Args:
        document_id: stable id; chunk ids are ``f"{document_id}:{ordinal:04d}"``.
        pages: the document's pages from :func:`ingest.pdf.read_pages`.
        max_tokens: upper bound of every chunk's cl100k token count.

    Returns:
        The chunks in document order, the table rows as records and the abbreviations.
    """
    return chunk_blocks(document_id, find_blocks(pages), document_text(pages), max_tokens)


def chunk_blocks(
    document_id: str, blocks: Sequence[Block], doc_text: str, max_tokens: int = 350
) -> tuple[list[Chunk], list[DelegationRow], list[Abbreviation]]:
    """:func:`chunk_document` for blocks already found (the pipeline reads them once for chunks and
    decision records); ``doc_text`` is :func:`ingest.lines.document_text` of the pages."""
    if max_tokens < 32:
        raise ValueError("max_tokens must be at least 32 to hold a heading and some text")
    out = _Out(document_id, doc_text, max_tokens)
    legend = out.read_legend(blocks)
    section: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and (not section or section[-1].section_id == block.section_id):
            section.append(block)
            continue
        out.text(section)
        section = [block] if block.kind is BlockKind.PARAGRAPH else []
        if block.kind is BlockKind.TABLE_ROW:
            out.row(block, legend)
        elif block.kind is BlockKind.LEGEND:
            out.legend_chunk(block)
    out.text(section)
    logger.debug(
        "%s: %d chunks, %d rows, %d abbreviations", document_id, len(out.chunks), len(out.rows), len(legend)
    )
    return out.chunks, out.rows, out.abbreviations


class _Out:
    def __init__(self, document_id: str, doc_text: str, max_tokens: int) -> None:
        self.document_id, self.doc_text, self.max_tokens = document_id, doc_text, max_tokens
        self.chunks: list[Chunk] = []
        self.rows: list[DelegationRow] = []
        self.abbreviations: list[Abbreviation] = []

    def read_legend(self, blocks: Sequence[Block]) -> dict[str, str]:
        legend: dict[str, str] = {}
        # a legend of its own outranks a code explained in passing ("... (BLH)"), and both outrank a
        # code the tables use that is defined elsewhere (a footer, a box, the head of every page)
        ordered = sorted(blocks, key=lambda b: b.kind is not BlockKind.LEGEND)
        found = [(entry, block.page_start) for block in ordered for entry in block.legend]
        found += elsewhere(blocks, self.doc_text, {entry.abbreviation for entry, _ in found})
        for entry, page in found:
            if entry.abbreviation not in legend:
                legend[entry.abbreviation] = entry.expansion
                self.abbreviations.append(
                    Abbreviation(self.document_id, entry.abbreviation, entry.expansion, page)
                )
        return legend

    def _emit(self, text: str, kind: ChunkKind, section: str, where: tuple[int, int, int, int]) -> Chunk:
        """Append a chunk; ``where`` is (page_start, page_end, char_start, char_end)."""
        p0, p1, c0, c1 = where
        ordinal = len(self.chunks)
        chunk = Chunk(
            chunk_id=f"{self.document_id}:{ordinal:04d}",
            document_id=self.document_id,
            ordinal=ordinal,
            text=text,
            page_start=p0,
            page_end=p1,
            section=section,
            char_start=c0,
            char_end=c1,
            kind=kind,
            tokens=count_tokens(text),
        )
        self.chunks.append(chunk)
        return chunk

    def _prefix(self, heading: str) -> str:
        """The heading line opening a chunk, cut if it would leave no room for text."""
        if not heading:
            return ""
        ids = get_encoding().encode_ordinary(heading)
        limit = self.max_tokens // 3
        return (heading if len(ids) <= limit else get_encoding().decode(ids[:limit]).rstrip() + "…") + "\n"

    def text(self, paragraphs: Sequence[Block]) -> None:
        """Pack the paragraphs of one section into chunks."""
        if not paragraphs:
            return
        section = paragraphs[0].section
        prefix = self._prefix(section[-1] if section else "")
        budget = self.max_tokens - count_tokens(prefix) - 1
        pieces = [p for block in paragraphs for p in self._pieces(block, budget)]
        group: list[_Piece] = []
        for piece in pieces:
            if group and not self._fits(prefix, group, piece):
                self._text_chunk(prefix, section, group)
                group = []
            group.append(piece)
        if group:
            self._text_chunk(prefix, section, group)

    def _fits(self, prefix: str, group: list[_Piece], piece: _Piece) -> bool:
        if piece.page_start != group[0].page_start:
            short = min(count_tokens(piece.text), count_tokens(group[-1].text)) <= _CARRY_TOKENS
            if not (piece.carry and short):
                return False
        return count_tokens(prefix + _join(group + [piece])) <= self.max_tokens

    def _text_chunk(self, prefix: str, section: tuple[str, ...], group: list[_Piece]) -> None:
        where = (group[0].page_start, group[-1].page_end, group[0].char_start, max(p.char_end for p in group))
        self._emit(prefix + _join(group), ChunkKind.TEXT, " > ".join(section), where)

    def _pieces(self, block: Block, budget: int) -> list[_Piece]:
        """The paragraph whole if it fits, else its sentences packed to the budget."""
        parts = _split(block.text, budget)
        pieces, consumed = [], 0
        for index, part in enumerate(parts):
            c0, c1 = self._sub_span(block, consumed, consumed + _compact_len(part))
            consumed += _compact_len(part)
            carry = block.continues and index == 0
            pieces.append(_Piece(part, block.page_start, block.page_end, c0, c1, carry))
        return pieces

    def _sub_span(self, block: Block, skip: int, upto: int) -> tuple[int, int]:
        """Offsets of the ``skip``-th to ``upto``-th non-space characters of a block's span."""
        if skip == 0 and upto >= _compact_len(block.text):
            return block.char_start, block.char_end
        seen, start = 0, block.char_start
        for at in range(block.char_start, block.char_end):
            if self.doc_text[at].isspace():
                continue
            if seen == skip:
                start = at
            seen += 1
            if seen == upto:
                return start, at + 1
        return start, block.char_end

    def row(self, block: Block, legend: dict[str, str]) -> None:
        """One table row: one TABLE_ROW chunk (split only if a cell alone breaks the budget)."""
        row = block.row
        assert row is not None
        section = " > ".join(block.section)
        cells = " | ".join(f"{name}: {v}" for name, v in expand_delegates(row.cells, legend).items() if v)
        head = (section + "\n") if section else ""
        where = (row.page, row.page_end, row.char_start, row.char_end)
        parts = _split(cells, self.max_tokens - count_tokens(head) - 1)
        first = [self._emit(head + part, ChunkKind.TABLE_ROW, section, where) for part in parts][0]
        fields = row.fields
        self.rows.append(
            DelegationRow(
                document_id=self.document_id,
                chunk_id=first.chunk_id,
                page=row.page,
                section=section,
                number=fields.get("number") or None,
                matter=fields.get("matter", ""),
                delegate=fields.get("delegate", ""),
                condition=fields.get("condition") or None,
                legal_basis=fields.get("legal_basis") or None,
                cells=dict(row.cells),
            )
        )

    def legend_chunk(self, block: Block) -> None:
        section = " > ".join(block.section)
        prefix = self._prefix(block.section[-1] if block.section else "")
        for part in _split(block.text, self.max_tokens - count_tokens(prefix) - 1, lines=True):
            where = (block.page_start, block.page_end, block.char_start, block.char_end)
            self._emit(prefix + part, ChunkKind.LEGEND, section, where)


def _join(group: Sequence[_Piece]) -> str:
    text = group[0].text
    for piece in group[1:]:
        text += (" " if piece.carry else "\n") + piece.text
    return text


def _compact_len(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _split(text: str, budget: int, lines: bool = False) -> list[str]:
    """Cut ``text`` into parts of at most ``budget`` tokens: at sentences (or lines), then words."""
    if count_tokens(text) <= budget:
        return [text]
    units, sep = (text.split("\n"), "\n") if lines else (sentences(text), " ")
    parts: list[str] = []
    for unit in units:
        if count_tokens(unit) > budget:
            parts.extend(_split_words(unit, budget))
        elif parts and count_tokens(parts[-1] + sep + unit) <= budget:
            parts[-1] = parts[-1] + sep + unit
        else:
            parts.append(unit)
    return parts


def _split_words(text: str, budget: int) -> list[str]:
    parts: list[str] = []
    enc = get_encoding()
    for word in text.split():
        if parts and count_tokens(parts[-1] + " " + word) <= budget:
            parts[-1] += " " + word
        elif count_tokens(word) <= budget:
            parts.append(word)
        else:  # a "word" longer than the budget (a URL, a table rule): cut by tokens
            ids = enc.encode_ordinary(word)
            parts.extend(enc.decode(ids[i : i + budget]) for i in range(0, len(ids), budget))
    return parts
