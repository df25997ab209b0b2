"""Governance metadata read from a styrdokument's own text.

Styrdokument state who decided them, when, for how long and for whom, but each in its own way: a
label/value table on page 1, a cover page ("Beslutad av: Kommunfullmäktige"), a sentence
("Antagen av kommunfullmäktige den tjugoandra april 2024, § 51."), or a footer line repeated on
every page ("Fastställd av KS 2023-02-01 § 12 | Dnr KS 2023/45 | Gäller t.o.m. 2026-12-31").
:func:`extract_metadata` reads all of these from pypdf's plain text per page.

A field that is not written stays ``None``: a decision date is not a start of validity, and a
document that does not say where it is published is ``Publication.UNKNOWN``, never public by
default. ``sources`` records where each value was read ("sida 1, tabell", "sida 1, text",
"sida 2, sidfot") so that a wrong value can be traced to its line.

>>> meta = extract_metadata(["Riktlinje för X\\nBeslutad av: Kommunstyrelsen\\nDatum: 2021-06-14"])
>>> meta.decided_by, meta.decision_date.isoformat(), meta.doc_type
('kommunstyrelsen', '2021-06-14', 'riktlinje')
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter

from ingest import metadata_vocab as vocab
from ingest.dates import DATE_RE, find_dates, find_period
from store.schema import DocumentMeta, Publication

logger = logging.getLogger(__name__)

FIELDS = ("title", "doc_type", "decided_by", "decision_date", "paragraph", "diarienummer", "valid_from",
          "valid_to", "replaces", "scope", "publication", "owner", "review_date")  # fmt: skip
_FREE_TEXT = {"title", "replaces", "scope", "owner", "decided_by"}  # values that may wrap onto a next line
_DEN_RE = re.compile(r"\s*(?:den\s+)?", re.IGNORECASE)


class _Collector:
    """First value found wins; each value remembers where it came from."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.sources: dict[str, str] = {}

    def put(self, name: str, value: object, source: str) -> None:
        if value is None or value == "" or name in self.values:
            return
        self.values[name] = value
        self.sources[name] = source


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _repeated_lines(pages: list[list[str]]) -> tuple[dict[str, int], set[str]]:
    """Header and footer lines: those repeated on at least half of the pages (digits ignored).

    Returns the normalised line -> the first page (1-based) it appears on, and the repeated lines
    whose digits change from page to page (page numbers).
    """
    if len(pages) < 2:
        return {}, set()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    variants: dict[str, set[str]] = {}
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            variants.setdefault(_norm(line), set()).add(" ".join(line.split()))
        for key in {_norm(line) for line in lines if line.strip()}:
            counts[key] += 1
            first.setdefault(key, number)
    repeated = {key: first[key] for key, n in counts.items() if n >= 2 and n * 2 >= len(pages)}
    return repeated, {key for key in repeated if len(variants[key]) > 1}


def _date_after(text: str, pos: int) -> dt.date | None:
    """The date written right after ``pos`` (after an optional "den"), or ``None``."""
    skip = _DEN_RE.match(text, pos)
    match = DATE_RE.match(text, skip.end() if skip else pos)
    return find_dates(match.group(0))[0].date if match else None


def _read_decision(text: str, out: _Collector, source: str, body: bool = True) -> None:
    """Body, date and paragraph of a decision clause: "KS 2023-02-01 § 12", "kommunfullmäktige den
    tjugoandra april 2024, § 51". The date must come before the clause says anything else."""
    end = vocab.CLAUSE_END_RE.search(text)
    clause = text[: end.start()] if end else text
    if body:
        out.put("decided_by", vocab.find_body(clause[:60]), source)
    dates = find_dates(clause)
    if dates:
        out.put("decision_date", dates[0].date, source)
        out.put("paragraph", vocab.find_paragraph(clause[dates[0].start :]), source)


def _put_labelled(name: str, value: str, out: _Collector, source: str) -> None:
    """Store a labelled value, parsing it according to the field it belongs to."""
    value = vocab.clean_text(value)
    if not value:
        return
    if name == "decided_by":
        _read_decision(value, out, source)
    elif name == "decision_date":
        _read_decision(value, out, source, body=False)
    elif name in ("valid_from", "valid_to", "review_date"):
        dates = find_dates(value)
        out.put(name, dates[0].date if dates else None, source)
    elif name == "period":
        start, end = find_period(value)
        out.put("valid_from", start, source)
        out.put("valid_to", end, source)
    elif name == "paragraph":
        out.put(name, vocab.find_paragraph(value if "§" in value else f"§ {value}"), source)
    elif name == "diarienummer":
        out.put(name, vocab.find_dnr(value, labelled=True), source)
    elif name == "publication":
        out.put(name, vocab.publication_of(value), source)
    elif name == "doc_type":
        out.put(name, vocab.doc_type_of(value), source)
    elif name == "scope":
        out.put(name, vocab.scope_of(value), source)
    else:
        out.put(name, value, source)


def _match_label(line: str) -> tuple[str, str] | None:
    """(field, value) when ``line`` starts with a metadata label written as labels are: capitalised."""
    stripped = line.strip()
    if not stripped or not (stripped[0].isupper() or stripped[0] == "§"):
        return None
    for name, pattern in vocab.LABEL_RES:
        match = pattern.match(stripped)
        if match:
            return name, stripped[match.end() :]
    return None


def _is_prose(previous: str, line: str, value: str) -> bool:
    """A label word that merely starts a wrapped line of running text is not a label. A colon or a
    wide gap (layout text) after the label means a label; otherwise a value holding a sentence, or
    a line continuing a long unfinished line, is prose."""
    label_part = line[: len(line) - len(value)]
    if ":" in label_part or label_part.endswith("  "):
        return False
    if re.search(r"\.\s+\S", value) or value.endswith("."):
        return True
    previous = " ".join(previous.split())
    return len(previous) > 60 and not previous.endswith((".", ":"))


def _read_labels(lines: list[str], page: int, out: _Collector) -> set[int]:
    """Label/value pairs: on one line ("Dnr KS 2023/45", "Datum: 2021-06-14") or with the value on
    the following line(s), as pypdf extracts a two-column table. Returns the indices used."""
    used: set[int] = set()
    source = f"sida {page}, tabell"
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        found = _match_label(line)
        previous = lines[index - 1].strip() if index else ""
        if found is None or (found[1] and _is_prose(previous, line, found[1])):
            index += 1
            continue
        name, value = found
        used.add(index)
        if not value and index + 1 < len(lines) and _match_label(lines[index + 1]) is None:
            index += 1
            value = lines[index].strip()
            used.add(index)
        while name in _FREE_TEXT and index + 1 < len(lines) and lines[index + 1].strip()[:1].islower():
            index += 1
            value = f"{value} {lines[index].strip()}"
            used.add(index)
        _put_labelled(name, value, out, source)
        index += 1
    return used


def _read_footers(pages: list[list[str]], repeated: dict[str, int], out: _Collector) -> None:
    """Footer/header lines: repeated lines and "|"-separated lines, read segment by segment."""
    seen: set[str] = set()
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            key = _norm(line)
            if key in seen or (key not in repeated and line.count("|") < 2):
                continue
            seen.add(key)
            source = f"sida {repeated.get(key, number)}, sidfot"
            for segment in line.split("|"):
                found = _match_label(segment)
                if found:
                    _put_labelled(found[0], found[1], out, source)
                else:
                    _read_prose(segment.strip(), out, source)


def _read_prose(text: str, out: _Collector, source: str) -> None:
    """Metadata written as sentences."""
    text = " ".join(text.split())
    replaced = vocab.REPLACES_RE.search(text)
    if replaced:
        out.put("replaces", vocab.clean_text(replaced["v"]), source)
        text = text[: replaced.start()] + " " * (replaced.end() - replaced.start()) + text[replaced.end() :]
    decision = vocab.DECISION_RE.search(text)
    if decision:
        _read_decision(text[decision.end() :], out, source)
    active = vocab.ACTIVE_RE.search(text)
    if active and "decided_by" not in out.values:
        out.put("decided_by", vocab.find_body(active.group(1)), source)
        _read_decision(text[active.end() :], out, source, body=False)
    for pattern, name in (
        (vocab.VALID_FROM_RE, "valid_from"),
        (vocab.VALID_TO_RE, "valid_to"),
        (vocab.REVIEW_RE, "review_date"),
    ):
        for match in pattern.finditer(text):
            value = _date_after(text, match.end())
            if value is not None:
                out.put(name, value, source)
                break
    for pattern, name in ((vocab.SCOPE_RE, "scope"), (vocab.OWNER_RE, "owner")):
        found = pattern.search(text)
        # "Budgeten gäller för år 2026" states a period, not whom the document applies to.
        if found is None or find_dates(found["v"]) or re.search(r"\b(?:år|budgetår)\w*\s+\d{4}", found["v"]):
            continue
        out.put(name, vocab.scope_of(found["v"]) if name == "scope" else vocab.clean_text(found["v"]), source)
    out.put("diarienummer", vocab.find_dnr(text), source)
    published = vocab.PUBLISH_RE.search(text)
    if published:
        publication = vocab.publication_of(published.group(0))
        out.put("publication", None if publication is Publication.UNKNOWN else publication, source)


def _find_title(lines: list[str], numbered: set[str], values: set[str]) -> str | None:
    """The first prominent line of page 1: not a marker, the municipality's name, a label or its
    value, or a page number. A running header may repeat the title, so repeated lines count unless
    they are numbered from page to page. A title wrapped over two lines continues with a lower-case
    word; a sentence (final full stop) or a long line means body text, so no title."""
    for index, line in enumerate(lines):
        text = line.strip()
        if not text or vocab.NOT_TITLE_RE.search(text) or _match_label(text) or "|" in text or text in values:
            continue
        if _norm(text) in numbered or (find_dates(text) and len(text) < 30):
            continue
        parts = [text]
        for following in lines[index + 1 :]:
            if not following.strip()[:1].islower() or len(parts) >= 3:
                break
            parts.append(following.strip())
        title = " ".join(" ".join(parts).split())
        return vocab.clean_text(title) if len(title) <= 120 and not title.endswith(".") else None
    return None


def extract_metadata(pages: list[str]) -> DocumentMeta:
    """Read governance metadata from the plain text of a document's pages (pypdf ``extract_text``).

    Page 1 is read for label/value pairs and metadata sentences, every page for repeated
    header/footer lines, and page 2 only when page 1 is a bare cover that stated nothing. The first
    value found for a field wins, in the order table, footer, text.
    """
    split = [page.splitlines() for page in pages]
    repeated, numbered = _repeated_lines(split)
    body = [[line for line in lines if _norm(line) not in repeated] for lines in split]
    out = _Collector()
    used = _read_labels(body[0], 1, out) if body else set()
    _read_footers(split, repeated, out)
    if body:
        _read_prose(" ".join(line for i, line in enumerate(body[0]) if i not in used), out, "sida 1, text")
    if len(body) > 1 and not out.values and len(" ".join(body[0]).split()) < 60:
        used_2 = _read_labels(body[1], 2, out)
        _read_prose(" ".join(line for i, line in enumerate(body[1]) if i not in used_2), out, "sida 2, text")
    if "title" not in out.values and body:
        label_values = {body[0][i].strip() for i in used}
        out.put("title", _find_title(split[0], numbered, label_values), "sida 1, text")
    if "doc_type" not in out.values and "title" in out.values:
        out.put("doc_type", vocab.doc_type_of(str(out.values["title"])), out.sources["title"])
    found = {name: out.values[name] for name in FIELDS if name in out.values}
    found.setdefault("publication", Publication.UNKNOWN)
    sources = {name: out.sources[name] for name in found if name in out.sources}
    logger.debug("metadata: %s", found)
    return DocumentMeta(**found, sources=sources)  # type: ignore[arg-type]
