"""Versions the text does not link: two documents of one type and title are a conflict, not two truths.

The later decision is the version in force and the older is treated as replaced by it, in the
supersession graph, the registry and the `documents` listing (with a status note). Statuses are
asked on pinned dates, never today.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from store.registry import Registry
from store.schema import DocumentMeta, DocumentRecord, ParsedDocument, Status
from store.status import status_at
from store.supersession import VersionConflict, find_conflicts, same_document
from styrsvar.documents import document_entry

D = dt.date


def doc(doc_id: str, file: str | None = None, **meta: object) -> DocumentRecord:
    meta.setdefault("doc_type", "riktlinje")
    return DocumentRecord(doc_id, file or f"{doc_id}.pdf", f"/x/{doc_id}.pdf", "0", 1, DocumentMeta(**meta))  # type: ignore[arg-type]


OLD = doc("old", title="Riktlinje för skolskjuts", decision_date=D(2022, 5, 17), valid_from=D(2022, 7, 1))
NEW = doc("new", title="Riktlinjer för skolskjuts", decision_date=D(2025, 3, 18), valid_from=D(2025, 7, 1))


def test_same_type_and_title_are_one_document() -> None:
    assert same_document(OLD, NEW)  # "Riktlinje" and "Riktlinjer" are one type word
    assert not same_document(OLD, doc("o", title="Riktlinje för skolskjuts", doc_type="rutin"))
    assert not same_document(OLD, doc("o", title="Riktlinje för färdtjänst"))
    assert not same_document(doc("a", title="Avfallsplan 2020–2026"), doc("b", title="Avfallsplan 2027–2030"))
    assert same_document(OLD, doc("k", title="Riktlinje för skolskjuts i Askersunds kommun"))


def test_the_later_decision_replaces_the_older() -> None:
    conflicts = find_conflicts([NEW, OLD], {})
    assert conflicts == [VersionConflict("old", "new", ordered=True)]
    assert status_at(OLD, D(2025, 6, 30), [NEW]).status is Status.IN_FORCE  # the newer starts later
    repealed = status_at(OLD, D(2026, 11, 26), [NEW])
    assert (repealed.status, repealed.since, repealed.by_document_id) == (
        Status.REPEALED,
        D(2025, 7, 1),
        "new",
    )


def test_no_conflict_when_linked_or_when_one_ended_first() -> None:
    assert find_conflicts([OLD, NEW], {"new": "old", "old": None}) == []
    ended = doc("ended", title="Riktlinje för skolskjuts", valid_from=D(2019, 1, 1), valid_to=D(2021, 12, 31))
    assert find_conflicts([ended, NEW], {}) == []


def test_order_from_the_file_name_year_and_unknown_order() -> None:
    a = doc("a", file="riktlinje-x-2019.pdf", title="Riktlinje för X")
    b = doc("b", file="riktlinje-x-2023.pdf", title="Riktlinje för X")
    assert find_conflicts([b, a], {}) == [VersionConflict("a", "b", ordered=True)]
    c, d = doc("c", title="Riktlinje för Y"), doc("d", title="Riktlinje för Y")
    assert find_conflicts([c, d], {}) == [VersionConflict("c", "d", ordered=False)]


def _registry(tmp_path: Path, docs: list[DocumentRecord]) -> Registry:
    reg = Registry(tmp_path / "registry.sqlite")
    for d in docs:
        reg.put(ParsedDocument(d, []))
    reg.relink()
    reg.commit()
    return reg


def test_registry_records_conflicts_and_the_older_is_replaced(tmp_path: Path) -> None:
    unordered = [doc("c", title="Riktlinje för Y"), doc("d", title="Riktlinje för Y")]
    reg = _registry(tmp_path, [OLD, NEW, *unordered])
    assert [d.document_id for d in reg.replaced_by("old")] == ["new"]
    assert reg.status(OLD, D(2026, 11, 26)).status is Status.REPEALED
    assert reg.status(NEW, D(2026, 11, 26)).status is Status.IN_FORCE
    assert reg.conflicts("new") == reg.conflicts("old") == [VersionConflict("old", "new", True)]
    assert reg.replaced_by("c") == reg.replaced_by("d") == []  # order unknown: neither is replaced
    assert [d.document_id for d in reg.replaced("new")] == ["old"]  # the later replaces the earlier
    assert reg.replaced("old") == [] and reg.replaced("c") == reg.replaced("d") == []
    reopened = Registry(tmp_path / "registry.sqlite", readonly=True)
    assert reopened.conflicts("old") == [VersionConflict("old", "new", True)]
    reg.delete("new")
    reg.commit()
    assert reg.conflicts("old") == [] and reg.replaced_by("old") == []


def test_a_registry_written_before_conflicts_were_recorded_still_opens(tmp_path: Path) -> None:
    _registry(tmp_path, [OLD]).close()
    with sqlite3.connect(tmp_path / "registry.sqlite") as db:
        db.execute("DROP TABLE version_conflicts")
    reg = Registry(tmp_path / "registry.sqlite", readonly=True)
    assert reg.conflicts("old") == [] and reg.status(OLD, D(2026, 11, 26)).status is Status.IN_FORCE


def test_documents_listing_reports_the_conflict_and_the_publication_source(tmp_path: Path) -> None:
    reg = _registry(tmp_path, [OLD, NEW])
    store = SimpleNamespace(registry=reg)
    old = document_entry(store, OLD, D(2026, 11, 26))  # type: ignore[arg-type]
    new = document_entry(store, NEW, D(2026, 11, 26))  # type: ignore[arg-type]
    assert (old["status"], old["replaced_by"]) == ("upphävd", "new.pdf")
    assert "new.pdf" in old["status_note"] and "beslutad 2025-03-18" in old["status_note"]
    assert "inte detta" in old["status_note"]
    assert new["status"] == "gällande" and "old.pdf" in new["status_note"]
    assert "detta senare beslut" in new["status_note"]
    assert old["publication_source"] is None  # nothing stated, no collection default applied


def test_two_documents_of_no_known_type_are_versions_only_under_the_very_same_title() -> None:
    a = doc("a", title="Attestordning för Granåsa kommun", doc_type=None)
    b = doc("b", title="Attestordning för Granåsa kommun", doc_type=None)
    assert same_document(a, b)
    assert not same_document(a, doc("c", title="Attestordning för Granåsa kommuns bolag", doc_type=None))
    assert not same_document(a, doc("d", title="Attestordning för Granåsa kommun"))  # a riktlinje


def test_the_version_in_force_names_the_decided_one_to_come(tmp_path: Path) -> None:
    """Asked which version applies between the newer's decision (2025-03-18) and its start
    (2025-07-01), the answer names the older as in force and says when the newer begins; asked on a
    date before the newer was decided, it says nothing of it."""
    from assistant.compose_registry import which_applies

    reg = _registry(tmp_path, [OLD, NEW])
    family = [OLD, NEW]
    between = which_applies(reg, OLD, family, D(2025, 5, 1), family, asked_version=False, today=D(2025, 5, 1))
    assert "Riktlinje för skolskjuts" in between.text and "gäller först från 2025-07-01" in between.text
    before = which_applies(reg, OLD, family, D(2024, 5, 1), family, asked_version=False, today=D(2025, 5, 1))
    assert "Riktlinje för skolskjuts" in before.text and "gäller först" not in before.text
