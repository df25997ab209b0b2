"""The "Dokument" page's content: the table of the collection, its filters and sorting, the
supersession chains and the findings report, as plain data and escaped HTML.

Kept apart from the Gradio wiring (:mod:`webapp.documents_page`) so that what a case officer sees
can be tested without a browser. A value the registry does not hold is shown as unknown
("okänd", "ej angivet"), never left blank, so an empty cell cannot be read as "nothing to say".
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from governance.chains import Chain
from governance.report import DocumentHealth, Finding
from governance.rulebook import SEVERITY_SV, Severity
from webapp.render import status_label

COLUMNS = [
    "Titel",
    "Typ",
    "Beslutad av",
    "Beslutsdatum",
    "Status",
    "Gäller till",
    "Publicering",
    "Avvikelser",
    "Fil",
]
ALL = ""  # the "no filter" choice
WITH_FINDINGS, WITHOUT_FINDINGS, HIGH_FINDINGS = "med", "utan", "hög"
FINDING_CHOICES = [
    ("Alla dokument", ALL),
    ("Med avvikelser", WITH_FINDINGS),
    ("Med allvarliga avvikelser", HIGH_FINDINGS),
    ("Utan avvikelser", WITHOUT_FINDINGS),
]
_BADGE = {"gällande": "sv-ok", "upphävd": "sv-bad", "utgången": "sv-bad", "ej ikraft": "sv-warn"}
_SEVERITY_CLASS = {Severity.HIGH: "sv-bad", Severity.MEDIUM: "sv-warn", Severity.LOW: "sv-unknown"}
NO_MATCH = "Inga dokument matchar filtren."
NO_CHAINS = "Inga dokument i samlingen ersätter eller anger att de ersätter något annat."
NO_FINDINGS = "Inga avvikelser: alla dokument följer styrmodellens regler så långt de går att kontrollera."


@dataclass(frozen=True)
class TableQuery:
    """What the page's controls ask for; empty strings mean "all"."""

    doc_type: str = ALL
    status: str = ALL
    decided_by: str = ALL
    findings: str = ALL
    text: str = ""
    sort: str = "Titel"
    descending: bool = False


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def row(entry: DocumentHealth) -> list[str]:
    """One table row, in :data:`COLUMNS` order."""
    m = entry.doc.meta
    return [
        m.title or entry.doc.file,
        m.doc_type or "okänd",
        m.decided_by or "okänd",
        _iso(m.decision_date) or "okänt",
        status_label(str(entry.status.status), _iso(entry.status.since)),
        _iso(m.valid_to) or "ej angivet",
        str(m.publication),
        "; ".join(f.label for f in entry.findings) or "inga",
        entry.doc.file,
    ]


def _matches(entry: DocumentHealth, q: TableQuery) -> bool:
    m = entry.doc.meta
    if q.doc_type and (m.doc_type or "") != q.doc_type:
        return False
    if q.status and str(entry.status.status) != q.status:
        return False
    if q.decided_by and (m.decided_by or "") != q.decided_by:
        return False
    if q.findings == WITH_FINDINGS and not entry.findings:
        return False
    if q.findings == WITHOUT_FINDINGS and entry.findings:
        return False
    if q.findings == HIGH_FINDINGS and not any(f.severity == "high" for f in entry.findings):
        return False
    needle = q.text.strip().lower()
    return not needle or needle in f"{m.title or ''} {entry.doc.file}".lower()


def _sort_key(column: str) -> Callable[[DocumentHealth], Any]:
    """Unknown values sort last whichever the direction; findings sort by count, then severity."""
    if column == "Avvikelser":
        return lambda e: (len(e.findings), sum(f.severity == "high" for f in e.findings))
    fields: dict[str, Callable[[DocumentHealth], Any]] = {
        "Titel": lambda e: (e.doc.meta.title or e.doc.file).lower(),
        "Typ": lambda e: e.doc.meta.doc_type,
        "Beslutad av": lambda e: e.doc.meta.decided_by,
        "Beslutsdatum": lambda e: e.doc.meta.decision_date,
        "Status": lambda e: str(e.status.status),
        "Gäller till": lambda e: e.doc.meta.valid_to,
        "Publicering": lambda e: str(e.doc.meta.publication),
        "Fil": lambda e: e.doc.file,
    }
    return fields.get(column, fields["Titel"])


def select(report: Sequence[DocumentHealth], q: TableQuery) -> list[DocumentHealth]:
    """The documents the query selects, sorted as it asks (unknown values last)."""
    chosen = [e for e in report if _matches(e, q)]
    key = _sort_key(q.sort)
    known = sorted((e for e in chosen if key(e) is not None), key=key, reverse=q.descending)
    return known + [e for e in chosen if key(e) is None]


def table(report: Sequence[DocumentHealth], q: TableQuery) -> list[list[str]]:
    """The selected rows as text, in :data:`COLUMNS` order."""
    return [row(e) for e in select(report, q)]


def table_html(report: Sequence[DocumentHealth], q: TableQuery) -> str:
    """The selected documents as an HTML table: the file under the title, status and findings as
    badges, and the sorted column marked for screen readers (``aria-sort``)."""
    e = html.escape
    shown = [c for c in COLUMNS if c != "Fil"]
    order = "descending" if q.descending else "ascending"
    sorted_by = {q.sort: f' aria-sort="{order}"'}
    head = "".join(f'<th scope="col"{sorted_by.get(c, "")}>{e(c)}</th>' for c in shown)
    body = []
    for entry, cells in ((x, row(x)) for x in select(report, q)):
        status = str(entry.status.status)
        badges = " ".join(
            f'<span class="sv-badge {_SEVERITY_CLASS[f.severity]}">{e(f.label)}</span>'
            for f in entry.findings
        )
        body.append(
            f'<tr data-file="{e(entry.doc.file)}">'
            f"<td><strong>{e(cells[0])}</strong><br><code>{e(cells[8])}</code></td>"
            + "".join(f"<td>{e(c)}</td>" for c in cells[1:4])
            + f'<td><span class="sv-badge {_BADGE.get(status, "sv-unknown")}">{e(cells[4])}</span></td>'
            + "".join(f"<td>{e(c)}</td>" for c in cells[5:7])
            + f"<td>{badges or 'inga'}</td></tr>"
        )
    if not body:
        return f'<p class="sv-empty">{NO_MATCH}</p>'
    return f'<table class="sv-doc-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def choices(report: Sequence[DocumentHealth]) -> dict[str, list[tuple[str, str]]]:
    """The filter dropdowns' choices: the types, statuses and bodies present in the collection."""
    types = sorted({e.doc.meta.doc_type for e in report if e.doc.meta.doc_type})
    statuses = sorted({str(e.status.status) for e in report})
    bodies = sorted({e.doc.meta.decided_by for e in report if e.doc.meta.decided_by})
    return {
        "doc_type": [("Alla dokumenttyper", ALL)] + [(t, t) for t in types],
        "status": [("Alla statusar", ALL)] + [(s, s) for s in statuses],
        "decided_by": [("Alla beslutande organ", ALL)] + [(b, b) for b in bodies],
    }


def _link_html(entry_title: str, file: str, status: str, since: str | None, decided: str) -> str:
    e = html.escape
    badge = _BADGE.get(status, "sv-unknown")
    return (
        f'<span class="sv-chain-doc"><strong>{e(entry_title)}</strong> <code>{e(file)}</code>'
        f"{' · ' + e(decided) if decided else ''} "
        f'<span class="sv-badge {badge}">{e(status_label(status, since))}</span></span>'
    )


def chains_html(chains: Sequence[Chain]) -> str:
    """Each chain of replacements as one line, oldest first: A → B → C."""
    if not chains:
        return f'<p class="sv-empty">{NO_CHAINS}</p>'
    items = []
    for chain in chains:
        parts = []
        if chain.unheld_predecessor:
            parts.append(
                f'<span class="sv-chain-unheld">”{html.escape(chain.unheld_predecessor)}” '
                "(finns inte i samlingen)</span>"
            )
        for link in chain.links:
            m = link.doc.meta
            decided = " ".join(p for p in (m.decided_by, _iso(m.decision_date)) if p)
            parts.append(
                _link_html(
                    m.title or link.doc.file,
                    link.doc.file,
                    str(link.status.status),
                    _iso(link.status.since),
                    decided,
                )
            )
        items.append(
            '<li class="sv-chain">'
            + ' <span class="sv-arrow" aria-label="ersätts av">→</span> '.join(parts)
            + "</li>"
        )
    return f'<ol class="sv-chains">{"".join(items)}</ol>'


def _finding_html(f: Finding, rule_href: str | None) -> str:
    e = html.escape
    page = f"s. {f.rule.page}"
    if rule_href:
        page = f'<a class="sv-link" href="{e(rule_href)}" target="_blank" rel="noopener">{page}</a>'
    where = f"{e(f.rule.source)}, {page}, {e(f.rule.section)}"
    return (
        f'<li class="sv-finding" data-kind="{e(f.kind)}">'
        f'<span class="sv-badge {_SEVERITY_CLASS[f.severity]}">{e(SEVERITY_SV[f.severity])}</span> '
        f"<strong>{e(f.label)}</strong>: {e(f.message)}"
        f'<div class="sv-rule">Regel ({where}): ”{e(f.rule.quote)}”</div></li>'
    )


def findings_html(report: Sequence[DocumentHealth], rule_link: Callable[[int], str | None]) -> str:
    """The findings, document by document; ``rule_link(page)`` opens the styrmodell at a page (or
    None when the styrmodell is not in the collection)."""
    flagged = [e for e in report if e.findings]
    if not flagged:
        return f'<p class="sv-empty">{NO_FINDINGS}</p>'
    blocks = []
    for entry in flagged:
        title = html.escape(entry.doc.meta.title or entry.doc.file)
        items = "".join(_finding_html(f, rule_link(f.rule.page)) for f in entry.findings)
        blocks.append(
            f'<section class="sv-health-doc" data-file="{html.escape(entry.doc.file)}">'
            f"<h4>{title} <code>{html.escape(entry.doc.file)}</code></h4><ul>{items}</ul></section>"
        )
    return "".join(blocks)


DOCUMENTS_CSS = """
.sv-doc-table { width: 100%; border-collapse: collapse; font-size: .9em; }
.sv-doc-table th, .sv-doc-table td { border-bottom: 1px solid #d5d9e0; padding: .4em .5em; text-align: left;
  vertical-align: top; }
.sv-doc-table th { background: #eef1f5; color: #1b1f24; }
.sv-doc-table th[aria-sort="ascending"]::after { content: " ▲"; }
.sv-doc-table th[aria-sort="descending"]::after { content: " ▼"; }
.sv-doc-table code { font-size: .85em; color: #3d4652; }
.sv-doc-table .sv-badge { display: inline-block; margin: .1em 0; }
#sv-doc-table-box { overflow-x: auto; }
.sv-chains, .sv-health-doc ul { padding-left: 1.2em; margin: .3em 0; }
.sv-chain { margin: .35em 0; line-height: 1.8; }
.sv-arrow { font-weight: 700; margin: 0 .3em; }
.sv-chain-unheld { color: #3d4652; font-style: italic; }
.sv-health-doc h4 { margin: .8em 0 .2em 0; }
.sv-finding { margin: .3em 0; }
.sv-rule { color: #3d4652; font-size: .9em; margin-top: .15em; }
.sv-rule a.sv-link { padding: 0 !important; margin: 0 !important; }
.sv-empty { color: #3d4652; }
"""
