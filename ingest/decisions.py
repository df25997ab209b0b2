"""Decision rights as data: every delegation-table row (or labelled list entry) and every decision
statement in prose.

Built at ingest beside the chunks and written with the document (``ParsedDocument.decisions``), so
that "who decides X" is a lookup over records (matter, decider spelled out, condition, limit, source
and page) rather than a search for a sentence that happens to share the question's words. Tables
are read by :mod:`ingest.decisions_table`, lists of "Delegat: ..." entries by
:mod:`ingest.decisions_labels`, prose by :mod:`ingest.decisions_text`; all spell deciders out with
the document's own legend (:mod:`ingest.deciders`).

Example:
    >>> from ingest.pdf import read_pages
    >>> from ingest.structure import find_blocks
    >>> pages = read_pages(Path("corpus/styrmodellen-askersund.pdf"))  # doctest: +SKIP
    >>> records = extract_decisions(DocumentSource("styrmodellen-askersund", "styrmodellen-askersund.pdf"),
    ...                             find_blocks(pages), [], [], [])  # doctest: +SKIP
    >>> records[0].matter, records[0].decider  # doctest: +SKIP
    ('riktlinjer som endast beskriver hur något ska göras ...', 'tjänstemannaorganisationen')
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.deciders import GENERIC_BOARDS, Decider, DeciderReader
from ingest.decisions_labels import LabelledEntry, inline_labels, label_field, labelled_entries
from ingest.decisions_table import row_decisions
from ingest.decisions_text import lead_decider, statements
from ingest.lines import ends_clause
from ingest.sentences import sentences
from ingest.structure import Block, BlockKind
from store.limits import complement, means_beyond, parse_limit
from store.schema import Abbreviation, Chunk, ChunkKind, DecisionRecord, DelegationRow, Limit
from store.vocabulary import find_bodies, vocabulary

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentSource:
    """What a record needs to know about its document."""

    document_id: str
    file: str
    decided_by: str | None = None  # the body that adopted it, as metadata reading found it
    title: str | None = None
    doc_type: str | None = None


def extract_decisions(
    doc: DocumentSource,
    blocks: Sequence[Block],
    chunks: Sequence[Chunk],
    rows: Sequence[DelegationRow],
    abbreviations: Sequence[Abbreviation],
) -> list[DecisionRecord]:
    """Every decision right of one document: table rows first, then prose, in document order."""
    legend: dict[str, str] = {}
    for a in abbreviations:
        legend.setdefault(a.abbreviation, a.expansion)
    reader = DeciderReader(legend, _own_board(doc))
    entries = labelled_entries(blocks)
    records = _from_rows(doc, rows, reader) + _from_labels(doc, entries, chunks, reader)
    # an entry's label lines ("Anm.: ... över 40 timmar beslutar EC") are read with the entry, not as prose
    read = {line.char_start for e in entries for line in e.lines}
    records += _from_text(doc, [b for b in blocks if b.char_start not in read], chunks, reader)
    unique: dict[tuple[object, ...], DecisionRecord] = {}
    for r in records:
        unique.setdefault((r.source, r.page, r.matter, r.decider, r.condition, r.number), r)
    logger.debug("%s: %d decision records", doc.document_id, len(unique))
    return list(unique.values())


def _own_board(doc: DocumentSource) -> str | None:
    """The nämnd "nämnden" means in this document: the one that adopted it, else the one its title
    names ("Reglemente för socialnämnden"); in a document of the kommunstyrelse's, the styrelse
    ("Ordföranden" in "Reglemente för kommunstyrelsen" is the styrelse's)."""
    for text in (doc.decided_by, doc.title):
        found = find_bodies(text or "")
        for mention in found:
            if _is_namnd(mention.name):
                return mention.name
        if (
            text is doc.title
            and [m.name for m in found] == ["kommunstyrelsen"]
            and "nämnd" not in (text or "").lower()
        ):
            return "kommunstyrelsen"  # "Reglemente för kommunstyrelsen" (a riktlinje it adopts: every nämnd)
    return None


def _from_rows(
    doc: DocumentSource, rows: Sequence[DelegationRow], reader: DeciderReader
) -> list[DecisionRecord]:
    out = []
    for row in rows:
        if not row.matter.strip():
            continue
        quote = " | ".join(f"{k}: {v}" for k, v in row.cells.items() if v)
        matter = row.matter
        if matter in row.cells and row.section:  # a table of amounts: its column and heading say of what
            heading = _NUMBERING.sub("", row.section.split(" > ")[-1]).strip()
            matter = matter if heading.lower() in matter.lower() else f"{heading}: {matter}"
        lagrum, condition_of_row = _labelled_within(row.legal_basis, row.condition)
        for delegate, condition in _deciders_of(row, reader, condition_of_row):
            out += _table_records(
                doc, reader, matter, delegate, condition, lagrum,
                row.page, row.section, quote, row.number, row.chunk_id,
            )  # fmt: skip
    return out


_BARE_MARK = re.compile(r"^\s*\(?(?:x|✓|✔|●|•|\*|ja)\)?[¹²³*\d]?\s*$", re.I)


def _labelled_within(lagrum: str | None, condition: str | None) -> tuple[str | None, str | None]:
    """A lagrum cell that goes on with a labelled remark ("4 kap. 1 § SoL. Anm.: Placering längre än
    30 dygn beslutas av EC"): the lagrum, and the remark added to the row's condition."""
    if not lagrum:
        return lagrum, condition
    first, labels = inline_labels(lagrum)
    remarks = [value for name, value in labels if label_field(name) == "condition"]
    if not remarks:
        return lagrum, condition
    return first.strip(" .") or None, ". ".join(x.rstrip(" .") for x in (condition, *remarks) if x)


def _deciders_of(
    row: DelegationRow, reader: DeciderReader, condition: str | None
) -> list[tuple[str, str | None]]:
    """The row's delegate cell with its condition; in a delegation matrix, where each decider has a
    column of its own, every marked column with what its cell says ("upp till 5 mnkr") before the
    row's remark."""
    names = row.delegate.split(", ")
    if len(row.cells) < 3 or not all(row.cells.get(n) for n in names) or row.delegate in row.cells.values():
        return [(row.delegate, condition)]
    out = []
    for name in names:
        if not reader.knows(name):
            continue  # a column the document's legend does not explain ("BELOPP", "SOL") decides nothing
        cell = "" if _BARE_MARK.match(row.cells[name]) else row.cells[name].strip()
        joined = ". ".join(x.rstrip(" .") for x in (cell, condition or "") if x) or None
        out.append((name, joined))
    return out


def _from_labels(
    doc: DocumentSource, entries: Sequence[LabelledEntry], chunks: Sequence[Chunk], reader: DeciderReader
) -> list[DecisionRecord]:
    out = []
    for entry in entries:
        block = entry.block
        quote = " | ".join(
            x for x in (entry.matter, f"Delegat: {entry.delegate}", entry.lagrum, entry.condition) if x
        )
        out += _table_records(
            doc, reader, entry.matter, entry.delegate, entry.condition, entry.lagrum,
            block.page_start, " > ".join(block.section), quote, entry.number, _chunk_at(chunks, block),
        )  # fmt: skip
    return out


def _table_records(
    doc: DocumentSource,
    reader: DeciderReader,
    matter: str,
    delegate: str,
    condition: str | None,
    lagrum: str | None,
    page: int,
    section: str,
    quote: str,
    number: str | None,
    chunk_id: str | None,
) -> list[DecisionRecord]:
    """The records of one delegation entry (a table row, or a row set as labelled lines): one per
    decider its delegate and condition name."""
    # a limit stated in the matter ("Avskrivning av fordran upp till 50 000 kr") is the row
    # delegate's, where its condition states none
    return [
        DecisionRecord(
            matter=matter,
            decider=d.decider.name,
            decider_code=d.decider.code,
            condition=d.condition,
            limit=d.limit or (parse_limit(matter) if i == 0 else None),
            lagrum=lagrum,
            document_id=doc.document_id,
            file=doc.file,
            page=page,
            section=section,
            source="table",
            quote=quote,
            number=number,
            chunk_id=chunk_id,
        )
        for i, d in enumerate(row_decisions(delegate, condition, reader))
    ]


def _chunk_at(chunks: Sequence[Chunk], block: Block) -> str | None:
    return next((c.chunk_id for c in chunks if c.char_start <= block.char_start < c.char_end), None)


def _from_text(
    doc: DocumentSource, blocks: Sequence[Block], chunks: Sequence[Chunk], reader: DeciderReader
) -> list[DecisionRecord]:
    own = reader.board
    text_chunks = [c for c in chunks if c.kind is ChunkKind.TEXT]
    out = []
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH]
    carried = ""  # a sentence the page break cut: finished by the next paragraph, read there
    last_limit: Limit | None = None
    listing: tuple[Decider, int, str] | None = None  # "Nämnden beslutar om:" and the list items after it
    for index, block in enumerate(paragraphs):
        chunk_id = next(
            (c.chunk_id for c in text_chunks if c.char_start <= block.char_start < c.char_end), None
        )
        previous = ""
        said = sentences(block.text)
        if carried and block.continues and said:
            said[0] = f"{carried} {said[0]}"
        carried = ""
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if said and following is not None and following.continues and not ends_clause(said[-1].rstrip()):
            carried = said.pop()
        if listing is not None and _is_item(block.text) and block.section_id == listing[1]:
            item = _tidy_item(block.text)  # "Nämnden beslutar om:" then "• bidrag upp till 50 000 kr"
            quote = f"{listing[2]} {block.text}"
            out.append(_record(doc, item, listing[0], None, parse_limit(f"{item} "), block, chunk_id, quote))
            continue
        listing = None
        if said and (lead := lead_decider(said[-1], reader)) is not None:
            listing = (lead, block.section_id, " ".join(said[-1].split()))
        for sentence in said[:-1] if listing else said:  # a lead ("Nämnden beslutar om:") says no matter
            for st in statements(sentence, reader):
                condition = st.condition
                limit = parse_limit(f"{st.matter} {condition or ''}")
                if limit is None and last_limit is not None and means_beyond(st.matter):
                    # "... med högst 50 procent, beslutas av BC. Större nedsättning beslutas av AU."
                    limit = complement(last_limit)
                    condition = (
                        condition or f"{'över' if limit.bound == 'min' else 'under'} {limit.amount_text()}"
                    )
                last_limit = limit or last_limit
                quote = " ".join(sentence.split())
                if len(st.matter.split()) <= 2 and previous:  # "Tillstånd beslutas av ...": say of what
                    quote = f"{previous} {quote}"
                matter = _in_context(_this_document(st.matter, doc), block)
                out.append(_record(doc, matter, st.decider, condition, limit, block, chunk_id, quote))
            previous = " ".join(sentence.split())
            if own is None:  # "Nämnden beslutar ..." after "... bereds av samhällsbyggnadsnämnden"
                named = [m.name for m in find_bodies(sentence) if _is_namnd(m.name)]
                reader.board = named[-1] if named else reader.board
    return out


_NUMBERING = re.compile(r"^(?:\d+\s*(?:§|kap\.)|§\s*\d+\s*\w?|\d+(?:\.\d+)*\.?|[A-ZÅÄÖ][.)])(?:\s+|$)")
_GENERIC = frozenset(
    "beslut beslutet besluten ansökan ansökningar ärendet ärenden frågan frågor det detta dessa".split()
)


def _in_context(matter: str, block: Block) -> str:
    """A matter that says nothing alone ("Beslut fattas av ...", "Vissa beslut ...") gets the heading
    it stands under: "Beslut (Ansökan om skolskjuts)"."""
    words = matter.lower().split()
    heading = _NUMBERING.sub("", block.section[-1]).strip() if block.section else ""
    if not re.search(r"[a-zåäö]{3}", heading) or len(words) > 2 or words[-1] not in _GENERIC:
        return matter
    if heading.lower() in matter.lower():
        return matter
    return f"{matter} ({heading})"


def _is_item(text: str) -> bool:
    return bool(re.match(r"^(?:[•\-–*▪]|[a-zåäö\d]{1,2}[.)])\s+\S", text))


def _tidy_item(text: str) -> str:
    text = re.sub(r"^(?:[•\-–*▪]|[a-zåäö\d]{1,2}[.)])\s+", "", text).strip(" ,;.")
    return re.sub(r"[,;]?\s+(?:och|samt|eller)$", "", text).strip(" ,;.")


def _record(
    doc: DocumentSource,
    matter: str,
    decider: Decider,
    condition: str | None,
    limit: Limit | None,
    block: Block,
    chunk_id: str | None,
    quote: str,
) -> DecisionRecord:
    """A decision right stated in prose, at ``block``."""
    return DecisionRecord(
        matter=matter,
        decider=decider.name,
        decider_code=decider.code,
        condition=condition,
        limit=limit,
        lagrum=None,
        document_id=doc.document_id,
        file=doc.file,
        page=block.page_start,
        section=" > ".join(block.section),
        source="text",
        quote=quote,
        chunk_id=chunk_id,
    )


def _this_document(matter: str, doc: DocumentSource) -> str:
    """ "Programmet" in a program is this program: its title is added ("Programmet (Program för
    näringsliv och företagande)"), so the record says which one. In another document's text
    ("Verksamhetsplanen beslutas av förvaltningschef" in the styrmodell) the type stays a type."""
    words = matter.split()
    if not doc.title or not doc.doc_type or len(words) > 2:
        return matter
    forms = next((t.forms for t in vocabulary().doc_type if t.name == doc.doc_type), ())
    if len(forms) > 1 and words[0].lower() == forms[1]:
        return f"{matter} ({doc.title})"
    return matter


def _is_namnd(name: str) -> bool:
    return name.endswith("nämnden") and name not in GENERIC_BOARDS
