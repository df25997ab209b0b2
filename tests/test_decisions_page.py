"""The staff app's "Vem beslutar vad" page without a browser: filters, the table, the route."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import build_app
from config.settings import Settings
from store.decision_list import decisions_as_of
from webapp import decisions_page as page
from webapp.testing import demo_assistant, local_client

TODAY = dt.date(2026, 11, 26)
DELEG = "delegationsordning-samhallsbyggnadsnamnden-2024"


@pytest.fixture(scope="module")
def entries(store):  # the session store: fixture collection and the styrmodell
    return decisions_as_of(store.registry, TODAY)


def test_search_narrows_by_every_word(entries) -> None:
    rivning = page.filter_entries(entries, "rivningslov")
    assert [(e.record.number, e.record.decider) for e in rivning] == [("B.4", "bygglovshandläggare")]
    assert page.filter_entries(entries, "RIVNINGSLOV bygglovshandläggare") == rivning  # case aside
    assert page.filter_entries(entries, "rivningslov kommunfullmäktige") == []
    program = page.filter_entries(entries, "program kommunfullmäktige")
    assert any(e.record.matter == "Ett program" for e in program)


def test_nämnd_and_document_filters(entries) -> None:
    bodies, docs = page.choices(entries)
    assert ("samhällsbyggnadsnämnden", "samhällsbyggnadsnämnden") in bodies
    assert (("Alla dokument", page.ALL)) == docs[0] and any(v == DELEG for _, v in docs)
    sbn = page.filter_entries(entries, namnd="samhällsbyggnadsnämnden")
    assert sbn and all("samhällsbyggnadsnämnden" in page.namnd_of(e) for e in sbn)
    assert {e.document.document_id for e in sbn} >= {DELEG}
    one = page.filter_entries(entries, document_id=DELEG)
    assert {e.document.document_id for e in one} == {DELEG} and len(one) < len(entries)


def test_table_links_each_row_to_its_pdf_page_and_escapes(entries) -> None:
    rivning = page.filter_entries(entries, "rivningslov")
    html = page.table_html(rivning, total=len(entries))
    assert f'href="/pdf/{DELEG}#page=2"' in html and ">Sida 2<" in html
    assert f"1 av {len(entries)} beslutsrätter" in html
    assert "bygglovshandläggare" in html and "(BLH)" in html and "9 kap. 34 § PBL" in html
    record = rivning[0].record
    hostile = rivning[0].__class__(
        record.__class__(**{**record.__dict__, "matter": "<script>alert(1)</script>"}),
        rivning[0].document,
        rivning[0].status,
    )
    assert "<script>" not in page.table_html([hostile]) and "&lt;script&gt;" in page.table_html([hostile])
    assert "Inga beslutsrätter" in page.table_html([])


def test_limits_are_shown_where_the_condition_does_not_say_them(entries) -> None:
    deleg = page.filter_entries(entries, "byggsanktionsavgift", document_id=DELEG)
    html = page.table_html(deleg)
    assert "Om avgiften är högst 50 000 kronor" in html
    assert "över 50 000 kr" in html  # the nämnd's share: the other side of the delegate's limit


def test_the_page_is_a_route_of_the_staff_app(tmp_path: Path) -> None:
    with local_client(build_app(Settings(store=tmp_path), demo_assistant(tmp_path))) as client:
        assert client.get(page.PATH).status_code == 200
        pages = client.get("/config").json()["pages"]
    assert ["vem-beslutar-vad", page.TITLE, True] in pages


def test_a_store_without_decision_records_shows_an_empty_table(tmp_path: Path) -> None:
    ctx = build_app(Settings(store=tmp_path), demo_assistant(tmp_path)).state.context
    assert page.load_entries(ctx, TODAY) == []
