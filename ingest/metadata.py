"""Governance metadata read from a styrdokument's own text, whatever its layout.

Styrdokument state who decided them, when, for how long and for whom, each in its own way: a
header table, a grid, a right-aligned block, a one-line header ("Socialnämnden · Beslutad
2025-06-10, § 57 · Dnr SN 2025/31"), a footer, a cover page, a KFS banner, a decision history, or
sentences anywhere ("Riktlinjen antogs av socialnämnden den 3 mars 2021, § 12, och gäller från och
med ..."). A few general readers propose candidates (:mod:`ingest.meta.labels`,
:mod:`ingest.meta.history`, :mod:`ingest.meta.prose`, :mod:`ingest.meta.title`) over one date
vocabulary (:mod:`ingest.dates`) and one vocabulary of bodies and types (:mod:`store.vocabulary`);
:mod:`ingest.meta.candidates` prefers what the document says about itself over what it mentions.

A field that is not written stays ``None``: a decision date is not a start of validity, and a
document that does not say where it is published is ``Publication.UNKNOWN`` (the collection's
manifest may declare a default, see :mod:`ingest.manifest`). ``sources`` records where each value
was read ("sida 1, tabell", "sida 1, text", "sida 2, sidfot", "sida 1, historik").

>>> meta = extract_metadata(["Riktlinje för X\\nBeslutad av: Kommunstyrelsen\\nDatum: 2021-06-14"])
>>> meta.decided_by, meta.decision_date.isoformat(), meta.doc_type
('kommunstyrelsen', '2021-06-14', 'riktlinje')
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence

from ingest.dates import find_period
from ingest.meta.candidates import RANK_SELF, Candidate, Candidates, choose, final_value
from ingest.meta.document import DocView, build_view
from ingest.meta.labels import bare_body, read_labels
from ingest.meta.prose import read_marks, read_prose, type_from_subjects
from ingest.meta.protocol import protocol_title, read_protocol
from ingest.meta.title import find_title, tidy_title
from ingest.meta.vocab import bare_type, bodies_in, doc_type_of
from ingest.types import Page
from store.schema import DocumentMeta, Publication

logger = logging.getLogger(__name__)

FIELDS = ("title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer", "valid_from",
          "valid_to", "replaces", "scope", "publication", "owner", "review_date")  # fmt: skip


def _pages(pages: Sequence[str | Page]) -> tuple[list[str], list[str], list[Page]]:
    texts = [p if isinstance(p, str) else p.text for p in pages]
    layouts = [p if isinstance(p, str) else (p.layout or p.text) for p in pages]
    return texts, layouts, [p for p in pages if isinstance(p, Page)]


def _known_bodies(texts: Sequence[str]) -> list[str]:
    """Every body the document names, for reading its codes ("BMN" for bygg- och miljönämnden)."""
    names: list[str] = []
    for mention in bodies_in("\n".join(texts)):
        if mention.kind != "role" and mention.name not in names and mention.name != "nämnden":
            names.append(mention.name)
    return names


_TITLE_PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b")


def _period_in_title(title: str | None, out: Candidates) -> None:
    """A year range in the title ("Bostadsförsörjningsprogram 2024–2027") is the period the document
    covers, when nothing else in it states its validity."""
    found = _TITLE_PERIOD_RE.search(title or "")
    if found is None or out.of("valid_from") or out.of("valid_to"):
        return
    start, end = find_period(found.group(0))
    if start is None or end is None or start >= end:
        return
    decided = [c.value for c in out.of("decision_date") if isinstance(c.value, dt.date)]
    if not any(d > start for d in decided):  # a programme adopted in June 2024 does not apply from January
        out.add("valid_from", start, rank=RANK_SELF + 3, group="title", source="sida 1, titel")
    out.add("valid_to", end, rank=RANK_SELF + 3, group="title", source="sida 1, titel")


def _doc_type(view: DocView, out: Candidates, title: str | None) -> None:
    """The type from a label (read already), else the title's head word, else a cover's type word."""
    if title is not None:
        out.add("doc_type", doc_type_of(title), rank=RANK_SELF + 1, group="title", source="sida 1, text")
    for line in view.lines:
        if line.page <= 2 and line.zone != "body":
            for cell in line.cells:
                for segment in cell.segments:
                    found = bare_type(segment)
                    if found:
                        source = f"sida {line.page}, text"
                        out.add("doc_type", found, rank=RANK_SELF + 2, group="type-word", source=source)


def _the_body_named(view: DocView, title: str | None, out: Candidates) -> str | None:
    """The nämnd a document names as its own, for a statement that says only "nämnden": in its
    title, in a band or block on its first pages, else the first one named on page 1."""
    if title:
        boards = [m.name for m in bodies_in(title) if m.kind == "board" and m.name != "nämnden"]
        if boards:
            return boards[0]
    bands = [c.value for c in out.of("decided_by") if c.bare]
    if bands:
        return str(bands[0])
    for line in view.lines:
        if line.page == 1 and line.zone != "body":
            found = next((bare_body(s) for c in line.cells for s in c.segments if bare_body(s)), None)
            if found:
                return found
    for paragraph in view.paragraphs:
        if paragraph.page == 1:
            boards = [m.name for m in bodies_in(paragraph.text) if m.kind == "board" and m.name != "nämnden"]
            if boards:
                return boards[0]
    return None


def extract_metadata(pages: Sequence[str | Page]) -> DocumentMeta:
    """Read governance metadata from a document's pages (pypdf :class:`~ingest.types.Page`, or
    plain page texts as pypdf's ``extract_text`` gives them).

    Example:
        >>> extract_metadata(["Policy för X\\nAntagen av KF 2021-06-14, § 87"]).paragraph
        '§ 87'
    """
    if not pages:
        return DocumentMeta()
    texts, layouts, parsed = _pages(pages)
    styled = parsed[0].styled if parsed else ()
    view = build_view(texts, layouts, styled)
    known = _known_bodies(texts)
    out = Candidates()
    read_labels(view, known, out)
    read_protocol(view, known, out)
    read_marks(view, out)
    title = find_title(view) or protocol_title(view)
    labelled_title = next((c.value for c in out.of("title")), None)
    title = str(labelled_title) if labelled_title else title
    prose = " ".join(p.text for p in view.paragraphs)
    title = tidy_title(title, prose) if title else None
    out.add("title", title, rank=RANK_SELF + 1, group="title", source="sida 1, text")
    _doc_type(view, out, title)
    if not out.of("doc_type"):
        out.add(
            "doc_type", type_from_subjects(view), rank=RANK_SELF + 3, group="prose", source="sida 1, text"
        )
    chosen_type = choose(out).get("doc_type")
    read_prose(view, str(chosen_type.value) if chosen_type else None, title, known, out)
    _period_in_title(title, out)
    chosen = choose(out)
    found: dict[str, object] = {}
    sources: dict[str, str] = {}
    for name in FIELDS:
        candidate: Candidate | None = chosen.get(name)
        if candidate is None:
            continue
        value = final_value(candidate, chosen)
        if name == "title" and isinstance(value, str):
            value = tidy_title(value, prose)
        if name == "decided_by" and value == "nämnden":
            value = _the_body_named(view, title, out)
        if value is None:
            continue
        found[name] = value
        sources[name] = candidate.source
    found.setdefault("publication", Publication.UNKNOWN)
    logger.debug("metadata: %s", found)
    return DocumentMeta(**found, sources=sources)  # type: ignore[arg-type]
