"""The staff app's "Vem beslutar vad" page: the register of decision rights as a searchable table.

Every decision record of the documents that apply on a date (default today): the matter, who
decides it spelled out, the condition or amount limit, the document, and a link that opens the
PDF at the page. A search box narrows it by any words of the row; two lists narrow it by nämnd
(the body whose document it is, or that decides) and by document. The rows come from
``Registry.decisions()`` through :mod:`store.decision_list`, as ``styrsvar decisions`` lists them.

The page is added to the staff app's Blocks with one call inside a route::

    with demo.route("Vem beslutar vad", "/vem-beslutar-vad"):
        decisions_page(ctx, demo)
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

import gradio as gr

from store.decision_list import DecisionEntry, condition_text, decisions_as_of
from store.schema import DecisionRecord, DocumentRecord
from store.status import StatusAt
from webapp.context import AppContext, staff_pdf_link

logger = logging.getLogger(__name__)

PATH = "/vem-beslutar-vad"
TITLE = "Vem beslutar vad"
ALL = ""
PLACEHOLDER = "Till exempel rivningslov, upphandling, prisbasbelopp"
CSS = (
    "<style>.sv-decisions{width:100%;border-collapse:collapse;font-size:0.95em}"
    ".sv-decisions th,.sv-decisions td{text-align:left;vertical-align:top;padding:6px 8px;"
    "border-bottom:1px solid #d0d7de}.sv-decisions th{background:#f3f5f7}"
    ".sv-decisions .sv-meta,.sv-decisions .sv-code,.sv-decisions .sv-nr{color:#57606a}</style>"
)
MAX_ROWS = 500  # a page of a few hundred rows stays quick in a browser; the search narrows the rest
INTRO = (
    f"## {TITLE}\n"
    "Beslutsrätter ur kommunens styrdokument: delegationsordningarnas rader och reglerna i löptext "
    "(till exempel styrmodellens regler för vem som fastställer ett program). Visar dokument som gäller "
    "på det valda datumet. Kontrollera alltid i dokumentet via länken."
)


@runtime_checkable
class DecisionRegistry(Protocol):
    """What the page needs of the registry (``store.registry.Registry`` provides it)."""

    def decisions(self, document_ids: Iterable[str] | None = None) -> list[DecisionRecord]: ...

    def statuses(self, as_of: dt.date) -> dict[str, StatusAt]: ...

    def get(self, document_id: str) -> DocumentRecord | None: ...


def load_entries(ctx: AppContext, as_of: dt.date) -> list[DecisionEntry]:
    """The records that apply on ``as_of``, after picking up a newer store generation."""
    store = ctx.assistant.store
    try:
        store.refresh()
    except Exception:
        logger.exception("store refresh failed; listing the current generation")
    registry = store.registry
    if not isinstance(registry, DecisionRegistry):
        return []
    return decisions_as_of(registry, as_of)  # type: ignore[arg-type]


def namnd_of(entry: DecisionEntry) -> set[str]:
    """The bodies an entry belongs to: its document's deciding body and a body that decides."""
    found = {entry.document.meta.decided_by or ""}
    decider = entry.record.decider
    if re.search(r"nämnd|styrelse|fullmäktige|utskott", decider):
        found.add(re.sub(r"s (?:arbetsutskott|ordförande)$", "", decider))
        found.add(decider)
    return {f for f in found if f}


def filter_entries(
    entries: Sequence[DecisionEntry], query: str = "", namnd: str = ALL, document_id: str = ALL
) -> list[DecisionEntry]:
    """Entries whose text holds every word of ``query`` (case aside), of ``namnd`` and ``document_id``."""
    words = [w for w in query.lower().split() if w]
    out = []
    for e in entries:
        if namnd and namnd not in namnd_of(e):
            continue
        if document_id and e.document.document_id != document_id:
            continue
        r = e.record
        text = " ".join(
            x or ""
            for x in (r.matter, r.decider, r.decider_code, r.condition, r.limit.text() if r.limit else "",
                      r.lagrum, r.section, r.quote, e.document.meta.title, e.document.file)
        ).lower()  # fmt: skip
        if all(w in text for w in words):
            out.append(e)
    return out


def choices(entries: Sequence[DecisionEntry]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The nämnd and document lists for the filters, from the entries shown."""
    bodies = sorted({n for e in entries for n in namnd_of(e)})
    docs = {e.document.document_id: e.document.meta.title or e.document.file for e in entries}
    return (
        [("Alla", ALL)] + [(b, b) for b in bodies],
        [("Alla dokument", ALL)] + sorted(((t, i) for i, t in docs.items()), key=lambda x: x[0].lower()),
    )


def table_html(entries: Sequence[DecisionEntry], total: int | None = None) -> str:
    """The table; everything from the documents is escaped."""
    e = html.escape
    if not entries:
        return '<p class="sv-empty">Inga beslutsrätter matchar. Ändra sökningen eller filtren.</p>'
    rows = []
    for entry in entries[:MAX_ROWS]:
        r, doc = entry.record, entry.document
        condition = condition_text(r)
        code = f' <span class="sv-code">({e(r.decider_code)})</span>' if r.decider_code else ""
        number = f'<span class="sv-nr">{e(r.number)}</span> ' if r.number else ""
        source = "tabell" if r.source == "table" else "text"
        href = e(staff_pdf_link(doc.document_id, r.page))
        rows.append(
            f'<tr data-document-id="{e(doc.document_id)}" data-page="{r.page}">'
            f"<td>{number}{e(r.matter)}</td>"
            f"<td>{e(r.decider)}{code}</td>"
            f"<td>{e(condition)}</td>"
            f'<td>{e(doc.meta.title or doc.file)}<br><span class="sv-meta">{source}'
            f"{' · ' + e(r.lagrum) if r.lagrum else ''}</span></td>"
            f'<td><a href="{href}" target="_blank" rel="noopener">Sida {r.page}</a></td>'
            "</tr>"
        )
    shown = min(len(entries), MAX_ROWS)
    count = f"{shown} av {total}" if total is not None and total != shown else f"{shown}"
    more = f" (de första {MAX_ROWS}; sök för att se fler)" if len(entries) > MAX_ROWS else ""
    return (
        f'{CSS}<p class="sv-count">{count} beslutsrätter{more}</p>'
        '<table class="sv-decisions"><thead><tr><th scope="col">Ärende</th><th scope="col">Beslutar</th>'
        '<th scope="col">Villkor eller beloppsgräns</th><th scope="col">Dokument</th>'
        '<th scope="col">Sida</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )


def _as_of(value: Any) -> dt.date:
    text = str(value or "").strip()
    return dt.date.fromisoformat(text[:10]) if text else dt.date.today()


def decisions_page(ctx: AppContext, page: gr.Blocks) -> None:
    """Build the page's components in ``page``'s current route (see the module docstring); the
    table fills when the page loads, so it shows what the store holds at that moment."""
    gr.Markdown(INTRO, elem_id="sv-decisions-intro")
    with gr.Row():
        query = gr.Textbox(
            label="Sök", placeholder=PLACEHOLDER, scale=3, max_lines=1, elem_id="sv-decisions-search"
        )
        namnd = gr.Dropdown([("Alla", ALL)], value=ALL, label="Nämnd", scale=2)
        document = gr.Dropdown([("Alla dokument", ALL)], value=ALL, label="Dokument", scale=2)
        as_of = gr.Textbox(
            label="Gäller per datum",
            placeholder="ÅÅÅÅ-MM-DD (tomt = i dag)",
            scale=1,
            elem_id="sv-decisions-date",
        )
    table = gr.HTML(elem_id="sv-decisions")

    def show(q: str, n: str, d: str, date: str) -> tuple[Any, Any, str]:
        try:
            day = _as_of(date)
        except ValueError:
            return gr.update(), gr.update(), '<p class="sv-empty">Datumet ska skrivas ÅÅÅÅ-MM-DD.</p>'
        entries = load_entries(ctx, day)
        bodies, docs = choices(entries)
        n = n if n in {v for _, v in bodies} else ALL
        d = d if d in {v for _, v in docs} else ALL
        shown = filter_entries(entries, q or "", n, d)
        return (
            gr.update(choices=bodies, value=n),
            gr.update(choices=docs, value=d),
            table_html(shown, total=len(entries)),
        )

    inputs = [query, namnd, document, as_of]
    outputs = [namnd, document, table]
    gr.on([query.submit, query.change, namnd.input, document.input, as_of.submit], show, inputs, outputs,
          api_visibility="private")  # fmt: skip
    page.load(show, inputs, outputs, api_visibility="private")
