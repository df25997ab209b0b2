"""Status as of a date: in force, repealed, expired, not yet, unknown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from store.schema import DocumentMeta, DocumentRecord, Status
from store.status import status_at
from store.supersession import resolve_replaces

D = dt.date


def doc(doc_id: str, **meta) -> DocumentRecord:
    return DocumentRecord(doc_id, f"{doc_id}.pdf", f"/x/{doc_id}.pdf", "0", 1, DocumentMeta(**meta))


OLD = doc("old", title="Representationspolicy", decision_date=D(2019, 4, 15), valid_from=D(2019, 5, 1))
NEW = doc(
    "new",
    title="Representationspolicy",
    decision_date=D(2024, 4, 22),
    valid_from=D(2024, 5, 1),
    replaces="Representationspolicy, antagen av kommunfullmäktige 2019-04-15",
)


def test_in_force_until_the_replacing_document_takes_effect():
    assert status_at(OLD, D(2024, 4, 30), [NEW]).status is Status.IN_FORCE
    st = status_at(OLD, D(2024, 5, 1), [NEW])
    assert st.status is Status.REPEALED and st.since == D(2024, 5, 1) and st.by_document_id == "new"


def test_not_yet_and_expired():
    later = doc("later", valid_from=D(2027, 1, 1))
    assert status_at(later, D(2026, 11, 26)).status is Status.NOT_YET
    expired = doc("exp", valid_from=D(2020, 1, 1), valid_to=D(2022, 12, 31))
    assert status_at(expired, D(2022, 12, 31)).status is Status.IN_FORCE
    st = status_at(expired, D(2023, 1, 1))
    assert st.status is Status.EXPIRED and st.since == D(2023, 1, 1)


def test_unknown_dates_give_unknown_not_in_force():
    assert status_at(doc("styrmodell", title="Styrmodellen"), D(2026, 1, 1)).status is Status.UNKNOWN


def test_decision_date_counts_as_start_when_no_valid_from():
    d = doc("d", decision_date=D(2025, 6, 1))
    assert status_at(d, D(2025, 5, 31)).status is Status.NOT_YET
    assert status_at(d, D(2025, 6, 1)).status is Status.IN_FORCE


def test_resolve_replaces_reads_a_title_in_either_word_order_and_the_named_decision_day():
    """ "Kommunstyrelsens delegationsordning antagen 2023-03-14, § 38" names "Delegationsordning för
    kommunstyrelsen", decided that day; a same-titled document decided another day scores lower."""
    old = doc("ks-2023", title="Delegationsordning för kommunstyrelsen", decision_date=D(2023, 3, 14))
    older = doc("ks-2019", title="Delegationsordning för kommunstyrelsen", decision_date=D(2019, 1, 30))
    new = doc(
        "ks-2026",
        title="Kommunstyrelsens delegationsordning",
        decision_date=D(2026, 2, 10),
        replaces="Kommunstyrelsens delegationsordning antagen 2023-03-14, § 38",
    )
    assert resolve_replaces(new, [older, old, new]) == "ks-2023"
    other = doc("sn", title="Delegationsordning för socialnämnden", decision_date=D(2023, 3, 14))
    assert resolve_replaces(new, [other, new]) is None  # the day alone names no document


def test_resolve_replaces_picks_the_older_version_by_title_and_year():
    other = doc("other", title="Riktlinje för medborgardialog", decision_date=D(2019, 1, 1))
    assert resolve_replaces(NEW, [OLD, NEW, other]) == "old"
    assert resolve_replaces(OLD, [OLD, NEW, other]) is None
    unknown = doc(
        "u", title="X", replaces="Representationspolicy antagen 2011-01-01", valid_from=D(2012, 1, 1)
    )
    assert resolve_replaces(unknown, [OLD, NEW]) is None  # named year not in the collection


def test_resolve_replaces_reads_a_shortened_title_with_the_named_decision_day():
    """ "Attestordning antagen av kommunfullmäktige 2021-03-22, § 31" names "Attestordning för X"
    decided that day; a line that names another subject does not."""
    old = doc("a-2021", title="Attestordning för Granåsa kommun", decision_date=D(2021, 3, 22))
    new = doc(
        "a-2025",
        title="Attestordning för Granåsa kommun",
        decision_date=D(2025, 4, 28),
        replaces="Attestordning antagen av kommunfullmäktige 2021-03-22, § 31",
    )
    assert resolve_replaces(new, [old, new]) == "a-2021"
    other_day = doc("x", title="Attestordning för Granåsa kommun", decision_date=D(2021, 3, 23))
    assert resolve_replaces(new, [other_day, new]) is None
    narrower = replace(new, meta=replace(new.meta, replaces="Attestordning för bolagen antagen 2021-03-22"))
    assert resolve_replaces(narrower, [old, narrower]) is None
