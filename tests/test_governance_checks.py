"""The parts of the health report on their own: mandate periods, title likeness, what the text says
about publication and validity, and the checks at their boundaries (pinned dates, plain records)."""

from __future__ import annotations

import datetime as dt

import pytest

from governance import checks
from governance.checks import Facts
from governance.mandate import mandate_period, previous_period
from governance.notes import notes_for
from governance.rulebook import default_rulebook
from governance.statements import publication_statements, states_until_further_notice
from governance.versions import looks_like_same_title, names_title
from store.schema import Chunk, DocumentMeta, DocumentRecord, Publication
from store.status import status_at

D = dt.date


def doc(doc_id: str = "d", pages: int = 2, **meta) -> DocumentRecord:
    return DocumentRecord(doc_id, f"{doc_id}.pdf", f"/x/{doc_id}.pdf", "0", pages, DocumentMeta(**meta))


def facts(record: DocumentRecord, as_of: dt.date, chunks: list[Chunk] | None = None) -> Facts:
    return Facts(record, status_at(record, as_of), as_of, default_rulebook(), chunks=chunks or [])


def hits(check, record: DocumentRecord, as_of: dt.date, chunks: list[Chunk] | None = None) -> list[str]:
    return [h.kind for h in check(facts(record, as_of, chunks))]


def chunk(text: str, page: int = 1) -> Chunk:
    return Chunk("d:0000", "d", 0, text, page, page, "", 0, len(text))


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (D(2022, 10, 14), D(2018, 10, 15), D(2022, 10, 14)),
        (D(2022, 10, 15), D(2022, 10, 15), D(2026, 10, 14)),
        (D(2026, 10, 14), D(2022, 10, 15), D(2026, 10, 14)),
        (D(2026, 10, 15), D(2026, 10, 15), D(2030, 10, 14)),
        (D(2026, 11, 26), D(2026, 10, 15), D(2030, 10, 14)),
        (D(2030, 1, 1), D(2026, 10, 15), D(2030, 10, 14)),
        (D(2019, 2, 1), D(2018, 10, 15), D(2022, 10, 14)),
    ],
)
def test_mandate_periods_run_four_years_from_15_october_after_the_election(day, start, end):
    period = mandate_period(day)
    assert (period.start, period.end) == (start, end) and day in period


def test_the_previous_period_is_the_last_whole_one():
    assert str(previous_period(D(2026, 11, 26))) == "2022-10-15–2026-10-14"
    assert str(previous_period(D(2026, 10, 14))) == "2018-10-15–2022-10-14"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Representationspolicy", "Representationspolicy 2024", True),
        ("Plan för avfallshantering", "Plan för avfallshantering (reviderad 2024-06-17)", True),
        ("Riktlinje för tjänsteresor", "Riktlinjer för tjänsteresor", True),
        ("Delegationsordning för socialnämnden", "Delegationsordning för kulturnämnden", False),
        ("Policy för IT", "Policy för AI", False),  # short titles: one letter at most
        ("Taxa för bygglov", "Taxa för parkering", False),
        ("2024", "2025", False),  # nothing left to compare
    ],
)
def test_titles_alike_up_to_years_and_a_letter(a, b, same):
    assert looks_like_same_title(a, b) is same


def test_an_ersatter_line_names_a_title():
    assert names_title(
        "Representationspolicy, antagen av kommunfullmäktige 2019-04-15", "Representationspolicy"
    )
    assert not names_title("Riktlinje för resor", "Representationspolicy")


def test_publication_statements_about_the_document_itself():
    found = publication_statements(
        [
            chunk("Riktlinje för X\nPublicering | Intranät – får inte publiceras externt"),
            chunk("Dokumentet publiceras på kommunens webbplats och intranät. Mer text."),
            chunk("Internt dokument"),
            chunk("Vissa bilagor publiceras på intranätet."),  # not about this document
            chunk("Riktlinjen publiceras endast på intranätet.", page=3),  # past the first pages
        ]
    )
    assert [(s.publication, s.page) for s in found] == [
        (Publication.INTERN, 1),
        (Publication.EXTERN, 1),
        (Publication.INTERN, 1),
    ]
    assert found[0].text == "Publicering | Intranät – får inte publiceras externt"
    assert found[1].text == "Dokumentet publiceras på kommunens webbplats och intranät"


def test_the_styrmodells_own_publication_rule_is_not_a_statement_about_itself():
    rule = default_rulebook().rules["publication"].quote
    assert publication_statements([chunk(rule)]) == []


def test_until_further_notice_is_a_stated_period():
    assert states_until_further_notice([chunk("Giltighetstid | Från beslut och tills vidare")])
    assert states_until_further_notice([chunk("Riktlinjen gäller tillsvidare.")])
    assert not states_until_further_notice([chunk("Frågan utreds tills vidare av nämnden.")])
    record = doc(decision_date=D(2025, 1, 10))
    assert hits(checks.missing_validity, record, D(2026, 1, 1)) == ["missing_validity"]
    said = [chunk("Riktlinjen gäller från beslut och tills vidare.")]
    assert hits(checks.missing_validity, record, D(2026, 1, 1), said) == []


@pytest.mark.parametrize(("days", "flagged"), [(-1, False), (0, True), (90, True), (91, False)])
def test_expires_soon_within_90_days_of_the_date(days, flagged):
    as_of = D(2026, 11, 26)
    record = doc(valid_from=D(2026, 1, 1), valid_to=as_of + dt.timedelta(days=days))
    assert hits(checks.expires_soon, record, as_of) == (["expires_soon"] if flagged else [])
    assert (hits(checks.expired, record, as_of) == ["expired"]) is (days < 0)


def test_program_review_is_overdue_after_a_whole_period_without_one_and_due_within_the_current():
    as_of = D(2026, 11, 26)
    program = {"doc_type": "program", "valid_from": D(2019, 1, 1)}
    assert hits(checks.program_review, doc(decision_date=D(2026, 10, 15), **program), as_of) == []
    [due] = list(checks.program_review(facts(doc(decision_date=D(2022, 10, 15), **program), as_of)))
    assert due.kind == "program_review_due" and due.fields["end"] == "2030-10-14"
    assert hits(checks.program_review, doc(decision_date=D(2022, 10, 14), **program), as_of) == [
        "program_review_overdue"
    ]
    deadline = doc(decision_date=D(2018, 5, 1), review_date=D(2022, 12, 31), **program)
    [hit] = list(checks.program_review(facts(deadline, as_of)))
    assert "2022-12-31" in str(hit.fields["review"])  # shown, but a deadline is not a review done
    assert hits(checks.program_review, doc(**program), as_of) == ["program_review_unknown"]
    expired = doc(decision_date=D(2015, 1, 1), doc_type="program", valid_to=D(2020, 12, 31))
    assert hits(checks.program_review, expired, as_of) == []  # no longer applies: nothing to review
    assert hits(checks.program_review, doc(decision_date=D(2015, 1, 1), doc_type="plan"), as_of) == []


def test_a_review_done_is_read_from_the_text_and_a_deadline_is_not():
    from governance.statements import review_dates

    as_of = D(2026, 11, 26)
    said = [
        chunk("Aktualitetsprövad av kommunfullmäktige 2024-03-11."),
        chunk("Senast reviderad den 3 mars 2025"),
        chunk("Revideras senast 2023-12-31"),  # a deadline
        chunk("Nästa revidering: 2025-06-30"),  # a plan
        chunk("Reviderad 2027-01-15"),  # after the date asked about
        chunk("Aktualitetsprövad 2022-01-02", page=3),  # past the first pages
    ]
    assert review_dates(said, as_of) == [D(2024, 3, 11), D(2025, 3, 3)]
    old = doc(decision_date=D(2018, 1, 1), doc_type="program")
    assert hits(checks.program_review, old, as_of) == ["program_review_overdue"]
    assert hits(checks.program_review, old, as_of, said[:1]) == [
        "program_review_due"
    ]  # 2024: done for 2022–2026
    reviewed_now = [chunk("Aktualitetsgranskad 2026-11-02")]
    assert hits(checks.program_review, old, as_of, reviewed_now) == []
    assert hits(checks.program_review, doc(doc_type="program"), as_of, reviewed_now) == []  # no decision date


def test_program_length_counts_pdf_pages():
    assert hits(checks.program_too_long, doc(pages=4, doc_type="program"), D(2026, 1, 1)) == []
    assert hits(checks.program_too_long, doc(pages=5, doc_type="Program"), D(2026, 1, 1)) == [
        "program_too_long"
    ]
    assert hits(checks.program_too_long, doc(pages=9, doc_type="plan"), D(2026, 1, 1)) == []


def test_deciders_by_type_and_unknown_bodies_are_not_judged():
    def judged(doc_type: str, decided_by: str | None = None) -> list[str]:
        return hits(checks.wrong_decider, doc(doc_type=doc_type, decided_by=decided_by), D(2026, 1, 1))

    assert judged("verksamhetsplan", "förvaltningschef") == []
    assert judged("verksamhetsplan", "socialchef") == []  # the chef of socialförvaltningen
    assert judged("verksamhetsplan", "kommundirektör") == []  # a plan for several förvaltningar
    assert judged("verksamhetsplan", "socialnämnden") == ["wrong_decider"]
    assert judged("vision", "kommunstyrelsen") == ["wrong_decider"]
    assert judged("vision") == []  # unknown: missing_decided_by says so
    assert judged("riktlinje", "kommunfullmäktige") == []  # depends on its content: not judged


def test_notes_for_the_assistant_only_for_what_matters_to_a_reader():
    as_of = D(2026, 11, 26)
    sound = doc(title="Policy", decision_date=D(2024, 1, 1), valid_from=D(2024, 2, 1))
    assert notes_for(sound, as_of) == []
    ending = doc(title="Taxa", decision_date=D(2025, 1, 1), valid_to=D(2026, 12, 31))
    assert notes_for(ending, as_of) == ["Taxa gäller bara till och med 2026-12-31."]
    assert notes_for(ending, as_of, "en") == ["Taxa only applies until 2026-12-31."]
    assert notes_for(ending, D(2026, 9, 1)) == []  # 121 days left: not yet worth saying
    undated = doc(title="Styrmodellen i Askersunds kommun")
    assert notes_for(undated, as_of) == ["Styrmodellen i Askersunds kommun anger inget beslutsdatum."]
