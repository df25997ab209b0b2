"""Decision records in the registry and `styrsvar decisions`: written with the document, read back,
listed as of a date."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from store.decision_list import decisions_as_of
from store.layout import read_current
from store.reader import Store
from store.schema import Limit
from styrsvar.cli import main
from tests.conftest import CORPUS, FIXTURES

DELEG = "delegationsordning-samhallsbyggnadsnamnden-2024.pdf"


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["decisions", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_decisions_json_holds_table_rows_and_the_styrmodell_rules(fixture_store, capsys) -> None:
    records = _cli_json(capsys, "--store", str(fixture_store), "--as-of", "2026-11-26")
    assert {r["source"] for r in records} == {"table", "text"}
    assert all(isinstance(r["page"], int) and r["page"] >= 1 for r in records)
    rivning = [r for r in records if r["file"] == DELEG and r["number"] == "B.4"]
    assert [(r["matter"], r["decider"], r["decider_code"], r["lagrum"], r["page"]) for r in rivning] == [
        ("Beslut om rivningslov", "bygglovshandläggare", "BLH", "9 kap. 34 § PBL", 2)
    ]
    sanction = [(r["decider"], r["limit"]) for r in records if r["file"] == DELEG and r["number"] == "B.16"]
    assert sanction == [
        ("bygglovschef", {"amount": 50000.0, "unit": "kr", "bound": "max", "floor": None}),
        ("samhällsbyggnadsnämnden", {"amount": 50000.0, "unit": "kr", "bound": "min", "floor": None}),
    ]
    styrmodell = {(r["matter"], r["decider"]) for r in records if r["file"] == "styrmodellen-askersund.pdf"}
    assert {("Ett program", "kommunfullmäktige"), ("Verksamhetsplanen", "förvaltningschef")} <= styrmodell
    # the replaced 2021 version is not listed as applying today
    assert not any(r["file"].endswith("2021.pdf") for r in records)


def test_as_of_lists_the_version_in_force_that_day(fixture_store, capsys) -> None:
    records = _cli_json(capsys, "--store", str(fixture_store), "--as-of", "2022-06-01")
    rivning = {(r["file"], r["decider"]) for r in records if r["matter"] == "Beslut om rivningslov"}
    assert rivning == {("delegationsordning-samhallsbyggnadsnamnden-2021.pdf", "bygglovschef")}
    assert any(r["file"] == "styrmodellen-askersund.pdf" for r in records)  # no dates stated: listed


def test_decisions_text_listing(fixture_store, capsys) -> None:
    assert main(["decisions", "--store", str(fixture_store), "--as-of", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    assert "styrmodellen-askersund.pdf: Styrmodellen i Askersunds kommun [okänd]" in out
    assert "Planerna -> kommunfullmäktige (om lagstiftningen kräver det)" in out
    assert "B.16" in out and "högst 50 000 kr" in out


def test_decisions_without_a_store_says_what_to_do(tmp_path, capsys) -> None:
    assert main(["decisions", "--store", str(tmp_path / "none")]) == 2
    assert "styrsvar ingest" in capsys.readouterr().err


def test_registry_reads_decisions_per_document(store) -> None:
    reg = store.registry
    every = reg.decisions()
    deleg = reg.decisions(["delegationsordning-samhallsbyggnadsnamnden-2024"])
    assert deleg and set(every) >= set(deleg)
    assert {d.document_id for d in deleg} == {"delegationsordning-samhallsbyggnadsnamnden-2024"}
    assert [d.number for d in deleg if d.source == "table"][:3] == ["A.1", "A.2", "A.3"]  # document order
    assert all(d.chunk_id and reg.chunk(d.chunk_id) for d in deleg)
    entries = decisions_as_of(reg, dt.date(2026, 11, 26), ["delegationsordning-samhallsbyggnadsnamnden-2021"])
    assert entries == []  # replaced on that day


def test_reingest_is_idempotent_and_a_replaced_file_replaces_its_records(
    tmp_path, warm_store_dir, embeddings
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(FIXTURES / DELEG, folder / "deleg.pdf")
    shutil.copy(CORPUS / "styrmodellen-askersund.pdf", folder / "styrmodellen-askersund.pdf")
    ingest([folder], warm_store_dir, embeddings)
    first = Store.open(warm_store_dir).registry.decisions()
    assert ingest([folder], warm_store_dir, embeddings).generation is None  # nothing changed
    shutil.copy(FIXTURES / DELEG, folder / "deleg.pdf")
    (folder / "deleg.pdf").touch()
    report = ingest([folder], warm_store_dir, embeddings)
    assert report.generation is None  # same bytes: still nothing to do
    assert Store.open(warm_store_dir).registry.decisions() == first
    shutil.copy(FIXTURES / "delegationsordning-samhallsbyggnadsnamnden-2021.pdf", folder / "deleg.pdf")
    ingest([folder], warm_store_dir, embeddings)
    after = Store.open(warm_store_dir).registry.decisions(["deleg"])
    assert {d.decider for d in after if d.matter == "Beslut om rivningslov"} == {"bygglovschef"}
    assert len([d for d in after if d.source == "table"]) == 14  # the old version's 51 are gone


def test_a_store_from_before_decision_records_is_read_again(tmp_path, warm_store_dir, embeddings):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "styrmodellen-askersund.pdf", folder / "styrmodellen-askersund.pdf")
    ingest([folder], warm_store_dir, embeddings)
    registry_file = read_current(warm_store_dir).registry_path(warm_store_dir)  # type: ignore[union-attr]
    with sqlite3.connect(registry_file) as db:
        db.execute("DROP TABLE decisions")  # as a store written by an earlier Styrsvar
    assert Store.open(warm_store_dir).registry.decisions() == []
    report = ingest([folder], warm_store_dir, embeddings)
    assert [f.outcome for f in report.files] == ["updated"]
    assert len(Store.open(warm_store_dir).registry.decisions()) == 16


def test_cli_lists_nothing_for_an_empty_day(tmp_path: Path, fixture_store, capsys) -> None:
    records = _cli_json(capsys, "--store", str(fixture_store), "--as-of", "1990-01-01")
    assert {r["file"] for r in records} == {"styrmodellen-askersund.pdf"}  # only the undated styrmodell


def test_a_registry_from_before_range_limits_is_read_and_given_the_column(tmp_path: Path) -> None:
    """A registry written before limits had a lower end: read as it is, and given the column when
    opened for writing (so that re-ingesting fills it)."""
    from store.registry import Registry

    path = tmp_path / "registry.sqlite"
    Registry(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE decisions")  # as written by an earlier Styrsvar
        db.execute(
            "CREATE TABLE decisions (document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, "
            "matter TEXT NOT NULL, decider TEXT NOT NULL, decider_code TEXT, condition TEXT, "
            "limit_amount REAL, limit_unit TEXT, limit_bound TEXT, lagrum TEXT, file TEXT NOT NULL, "
            "page INTEGER NOT NULL, section TEXT NOT NULL, source TEXT NOT NULL, quote TEXT NOT NULL, "
            "number TEXT, chunk_id TEXT, PRIMARY KEY (document_id, ordinal))"
        )
        db.execute(
            "INSERT INTO decisions VALUES ('d', 0, 'Inköp', 'rektor', 'R', 'Högst 100 000 kr', 100000, 'kr', "
            "'max', NULL, 'd.pdf', 1, '', 'table', 'q', '1', NULL)"
        )
    old = Registry(path, readonly=True).decisions()
    assert [(d.decider, d.limit) for d in old] == [("rektor", Limit(100000, "kr", "max"))]
    Registry(path).close()
    with sqlite3.connect(path) as db:
        assert "limit_floor" in {row[1] for row in db.execute("PRAGMA table_info(decisions)")}
    assert Registry(path, readonly=True).decisions()[0].limit == Limit(100000, "kr", "max", None)
