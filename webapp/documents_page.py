"""The staff app's "Dokument" page (``/dokument``): the collection as a table with filters and
sorting, the supersession chains, and the health report by the styrmodell's rules.

Everything on it comes from the registry through :mod:`governance`, the same report
``styrsvar report`` prints, so the page and the command line never disagree.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import gradio as gr

from governance.chains import supersession_chains
from governance.report import DocumentHealth, build_report, summary
from governance.rulebook import default_rulebook
from webapp.context import AppContext, staff_pdf_link
from webapp.documents_view import (
    ALL,
    COLUMNS,
    FINDING_CHOICES,
    TableQuery,
    chains_html,
    choices,
    findings_html,
    select,
    table_html,
)
from webapp.protocols import RegistryLike

logger = logging.getLogger(__name__)

PATH = "dokument"
MAIN_PAGE = "Chatt"  # the navbar's name for the staff chat at "/"
INTRO = (
    "## Dokument\n"
    "Samlingens styrdokument med status per datum, vilka dokument som ersatt vilka, och avvikelser "
    "mot reglerna i *Styrmodellen i Askersunds kommun*. En uppgift som inte kunde läsas ur dokumentet "
    "visas som okänd."
)
BAD_DATE = "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-11-26."
FAILED = "Dokumentregistret kunde inte läsas. Försök igen, eller kontakta den som förvaltar tjänsten."
LANG_JS = "() => { document.documentElement.lang = 'sv'; }"


def _as_of(value: Any) -> dt.date:
    text = str(value or "").strip()
    return dt.date.fromisoformat(text[:10]) if text else dt.date.today()


def _report(ctx: AppContext, as_of: dt.date) -> tuple[list[DocumentHealth], RegistryLike]:
    store = ctx.assistant.store
    try:
        store.refresh()
    except Exception:
        logger.exception("store refresh failed; reporting on the current generation")
    registry = store.registry
    return build_report(registry, as_of), registry


def _rule_link(registry: RegistryLike) -> Callable[[int], str | None]:
    """Opens the styrmodell at a rule's page, when the styrmodell is in the collection."""
    source = default_rulebook().source
    model = next((d for d in registry.documents() if d.meta.title == source), None)
    if model is None:
        return lambda page: None
    return lambda page: staff_pdf_link(model.document_id, page)


def query(
    doc_type: str | None,
    status: str | None,
    decided_by: str | None,
    findings: str | None,
    text: str | None,
    sort: str | None,
    descending: bool | None,
) -> TableQuery:
    """The controls' values (None when Gradio sends nothing) as a table query."""
    return TableQuery(
        doc_type or ALL, status or ALL, decided_by or ALL, findings or ALL, text or "", sort or COLUMNS[0],
        bool(descending),
    )  # fmt: skip


def page_content(ctx: AppContext, date: Any, q: TableQuery) -> tuple[str, str, str, str]:
    """(summary, table, chains, findings) as Markdown and HTML for a date and a table query."""
    try:
        as_of = _as_of(date)
    except ValueError:
        return BAD_DATE, "", "", ""
    try:
        report, registry = _report(ctx, as_of)
        chains = supersession_chains(registry, as_of)
    except Exception:
        logger.exception("the Dokument page could not read the registry")
        return FAILED, "", "", ""
    shown = len(select(report, q))
    head = f"**Per {as_of.isoformat()}:** {summary(report)} Tabellen visar {shown}."
    return head, table_html(report, q), chains_html(chains), findings_html(report, _rule_link(registry))


def add_documents_page(demo: gr.Blocks, ctx: AppContext) -> None:
    """Add the page to ``demo`` (call after the main page's ``with demo:`` block has closed)."""
    with demo.route("Dokument", PATH):
        gr.Navbar(main_page_name=MAIN_PAGE)
        gr.Markdown(INTRO, elem_id="sv-doc-intro")
        with gr.Row():
            as_of = gr.Textbox(label="Per datum", placeholder="ÅÅÅÅ-MM-DD (tomt = i dag)", max_lines=1)
            search = gr.Textbox(label="Sök titel eller fil", max_lines=1)
            findings = gr.Dropdown(FINDING_CHOICES, value=ALL, label="Avvikelser")
        with gr.Row():
            doc_type = gr.Dropdown([("Alla dokumenttyper", ALL)], value=ALL, label="Dokumenttyp")
            status = gr.Dropdown([("Alla statusar", ALL)], value=ALL, label="Status")
            body = gr.Dropdown([("Alla beslutande organ", ALL)], value=ALL, label="Beslutad av")
            sort = gr.Dropdown(COLUMNS, value=COLUMNS[0], label="Sortera efter")
            descending = gr.Checkbox(False, label="Fallande ordning")
        head = gr.Markdown(elem_id="sv-doc-summary")
        rows = gr.HTML(elem_id="sv-doc-table-box")
        gr.Markdown("### Ersättningskedjor")
        chains = gr.HTML(elem_id="sv-doc-chains")
        gr.Markdown("### Avvikelser mot styrmodellen")
        report = gr.HTML(elem_id="sv-doc-findings")

        controls = [as_of, doc_type, status, body, findings, search, sort, descending]
        outputs = [head, rows, chains, report]

        def refresh(date: Any, *values: Any) -> tuple[str, str, str, str]:
            return page_content(ctx, date, query(*values))

        def load_choices(date: Any) -> tuple[Any, Any, Any]:
            try:
                found = choices(_report(ctx, _as_of(date))[0])
            except Exception:  # a bad date or an unreadable registry: page_content says which
                return gr.update(), gr.update(), gr.update()
            return (
                gr.update(choices=found["doc_type"]),
                gr.update(choices=found["status"]),
                gr.update(choices=found["decided_by"]),
            )

        for box in (as_of, search):
            box.submit(refresh, controls, outputs, api_visibility="private")
        for choice in (doc_type, status, body, findings, sort):
            choice.change(refresh, controls, outputs, api_visibility="private")
        descending.change(refresh, controls, outputs, api_visibility="private")
        as_of.submit(load_choices, [as_of], [doc_type, status, body], api_visibility="private")
        demo.load(refresh, controls, outputs, api_visibility="private")
        demo.load(load_choices, [as_of], [doc_type, status, body], api_visibility="private")
        demo.load(None, None, None, js=LANG_JS)
