"""The staff app's "Dokument" page: table filters and sorting, supersession chains and the findings
report over the health collection's real registry, and the route behind the staff login."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from health_docs import AS_OF

from app import build_app
from config.settings import Settings
from governance.chains import supersession_chains
from governance.report import DocumentHealth, build_report
from store.registry import open_registry
from store.schema import DocumentMeta, DocumentRecord
from webapp.context import AppContext
from webapp.documents_page import BAD_DATE, page_content, query
from webapp.documents_view import (
    HIGH_FINDINGS,
    WITH_FINDINGS,
    WITHOUT_FINDINGS,
    TableQuery,
    chains_html,
    choices,
    findings_html,
    row,
    select,
    table,
    table_html,
)
from webapp.testing import FakeRegistry, FakeStore, demo_assistant


@pytest.fixture(scope="module")
def registry(health_store: Path):
    reg = open_registry(health_store)
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def report(registry) -> list[DocumentHealth]:
    return build_report(registry, AS_OF)


def files(report, **q) -> list[str]:
    return [e.doc.file for e in select(report, TableQuery(**q))]


def test_filters_by_type_status_body_findings_and_text(report):
    assert len(files(report)) == 20
    assert files(report, doc_type="program") == [
        "program-folkhalsa.pdf",
        "program-idrott.pdf",
        "program-kultur.pdf",
        "program-landsbygd.pdf",
        "program-natur.pdf",
        "program-ungdom.pdf",
    ]
    assert files(report, status="upphävd") == ["riktlinje-tjansteresor-2020.pdf"]
    assert files(report, decided_by="kommundirektör") == [
        "riktlinje-kameraovervakning.pdf",
        "riktlinje-losenord.pdf",
    ]
    assert (
        len(files(report, findings=WITHOUT_FINDINGS)) == 7
        and len(files(report, findings=WITH_FINDINGS)) == 13
    )
    assert set(files(report, findings=HIGH_FINDINGS)) == {
        "riktlinje-tjansteresor-2020.pdf",
        "handlingsplan-klimat-2021-2023.pdf",
        "plan-avfall.pdf",
        "plan-avfall-2024.pdf",
        "riktlinje-kameraovervakning.pdf",
    }
    assert files(report, text="AVFALL") == ["plan-avfall.pdf", "plan-avfall-2024.pdf"]
    assert files(report, doc_type="program", findings=WITHOUT_FINDINGS) == [
        "program-kultur.pdf",
    ]


def test_sorting_puts_unknown_values_last_in_both_directions(report):
    up = files(report, sort="Beslutsdatum")
    down = files(report, sort="Beslutsdatum", descending=True)
    assert (
        up[:2] == ["program-ungdom.pdf", "riktlinje-tjansteresor-2020.pdf"] and down[0] == "program-natur.pdf"
    )
    assert set(up[-2:]) == set(down[-2:]) == {"plan-beredskap.pdf", "program-folkhalsa.pdf"}  # no date
    by_findings = files(report, sort="Avvikelser", descending=True)
    assert by_findings[0] == "plan-beredskap.pdf"  # four findings
    assert files(report, sort="Gäller till")[:2] == [
        "handlingsplan-klimat-2021-2023.pdf",
        "taxa-parkering-2026.pdf",
    ]


def test_rows_say_unknown_rather_than_leave_a_blank(report):
    by_file = {e.doc.file: row(e) for e in report}
    assert by_file["plan-beredskap.pdf"] == [
        "Plan för krisberedskap", "plan", "okänd", "okänt", "Status okänd", "ej angivet", "okänd",
        "beslutande okänd; beslutsdatum okänt; giltighetstid okänd; omfattning okänd", "plan-beredskap.pdf",
    ]  # fmt: skip
    assert by_file["riktlinje-tjansteresor-2020.pdf"][4] == "Upphävd sedan 2025-02-01"
    assert by_file["policy-informationssakerhet.pdf"][7] == "inga"
    assert len(table(report, TableQuery(findings=WITHOUT_FINDINGS))) == 7


def test_choices_are_what_the_collection_holds(report):
    found = choices(report)
    assert ("program", "program") in found["doc_type"] and found["doc_type"][0][1] == ""
    assert [v for _, v in found["status"]] == ["", "gällande", "okänd", "upphävd", "utgången"]


def test_chains_oldest_first(registry):
    chains = supersession_chains(registry, AS_OF)
    assert [[link.doc.file for link in c.links] for c in chains] == [
        ["riktlinje-tjansteresor-2020.pdf", "riktlinje-tjansteresor-2025.pdf"]
    ]
    html = chains_html(chains)
    assert html.index("riktlinje-tjansteresor-2020.pdf") < html.index("→") < html.index("2025.pdf")
    assert "Upphävd sedan 2025-02-01" in html and "Gällande" in html


def test_a_predecessor_outside_the_collection_and_a_cycle(tmp_path):
    def rec(doc_id: str, replaces_id: str | None = None, **meta) -> DocumentRecord:
        meta.setdefault("title", "Taxa")
        return DocumentRecord(
            doc_id, f"{doc_id}.pdf", "/x", "0", 1, DocumentMeta(**meta), replaces_document_id=replaces_id
        )

    alone = rec("ny", replaces="Taxa för torghandel, antagen 2015-03-02", decision_date=dt.date(2024, 1, 1))
    [chain] = supersession_chains(FakeRegistry([alone]), AS_OF)
    assert chain.unheld_predecessor == "Taxa för torghandel, antagen 2015-03-02"
    assert "(finns inte i samlingen)" in chains_html([chain])
    cycle = supersession_chains(FakeRegistry([rec("a", "b"), rec("b", "a")]), AS_OF)
    assert cycle == []  # each replaces the other: no first link, and no endless chain
    assert "Inga dokument" in chains_html([])


def test_findings_html_cites_the_rule_and_escapes_the_documents(registry, report):
    html = findings_html(report, lambda page: f"/pdf/styrmodellen#page={page}")
    assert "Plan för krisberedskap" in html and "beslutsdatum okänt" in html
    assert "Varje program ska aktualitetsgranskas minst en gång per mandatperiod" in html
    assert 'href="/pdf/styrmodellen#page=6"' in html
    assert "policy-informationssakerhet.pdf" not in html  # sound: not in the findings report
    evil = DocumentRecord("x", "x.pdf", "/x", "0", 1, DocumentMeta(title="<script>alert(1)</script>"))
    out = table_html(build_report(FakeRegistry([evil]), AS_OF), TableQuery()) + findings_html(
        build_report(FakeRegistry([evil]), AS_OF), lambda page: None
    )
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_table_html_marks_the_sorted_column_and_says_when_nothing_matches(report):
    html = table_html(report, TableQuery(sort="Beslutsdatum", descending=True))
    assert '<th scope="col" aria-sort="descending">Beslutsdatum</th>' in html
    assert html.count("<tr data-file=") == 20
    assert (
        table_html(report, TableQuery(text="finns inte"))
        == '<p class="sv-empty">Inga dokument matchar filtren.</p>'
    )


def test_page_content_over_the_app_context(health_store, tmp_path):
    from store.audit import AuditLog

    registry = open_registry(health_store)
    assistant = demo_assistant(tmp_path)
    assistant.store = FakeStore(registry.documents())
    assistant.store.registry = registry  # type: ignore[assignment]
    ctx = AppContext(assistant=assistant, audit=AuditLog(tmp_path / "audit.sqlite"), max_question_chars=100)
    head, table_part, chains_part, findings_part = page_content(
        ctx, "2026-11-26", query("program", None, None, None, None, None, None)
    )
    assert head.startswith("**Per 2026-11-26:** 20 dokument: 13 med avvikelser, 7 utan.")
    assert head.endswith("Tabellen visar 6.") and table_part.count("<tr data-file=") == 6
    assert "riktlinje-tjansteresor-2020.pdf" in chains_part and "Program för idrott" in findings_part
    assert page_content(ctx, "26/11 2026", TableQuery())[0] == BAD_DATE
    registry.close()


def test_the_route_is_a_staff_page(tmp_path):
    settings = Settings(store=tmp_path, staff_users="anna:hemligt")
    with TestClient(build_app(settings, demo_assistant(tmp_path))) as client:
        assert client.get("/dokument").status_code == 401
        auth = {"Authorization": "Basic " + base64.b64encode(b"anna:hemligt").decode()}
        page = client.get("/dokument", headers=auth)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        pages = client.get("/config", headers=auth).json()["pages"]
        assert [p[:2] for p in pages] == [
            ["", "Home"], ["dokument", "Dokument"], ["vem-beslutar-vad", "Vem beslutar vad"]
        ]
