"""The assistant tells what the health report finds about a document it cites as applying: that it
expires soon, or that it states no decision date; nothing about a sound document. Dates pinned."""

from __future__ import annotations

import datetime as dt

AS_OF = dt.date(2026, 11, 26)


def test_a_document_expiring_within_90_days_is_said_to_expire(assistant):
    ans = assistant.ask("Vilken skattesats gäller 2026?", as_of=AS_OF)
    assert {c.file for c in ans.citations} == {"mal-och-budget-2026.pdf"}
    note = "Observera: Mål och budget 2026 gäller bara till och med 2026-12-31."
    assert ans.answer.endswith(note), ans.answer
    half_year = assistant.ask("Vilken skattesats gäller 2026?", as_of=dt.date(2026, 6, 1))
    assert not half_year.abstained and "gäller bara till och med" not in half_year.answer


def test_a_document_without_a_decision_date_is_said_to_lack_one(assistant):
    ans = assistant.ask("Vem beslutar om verksamhetsplanen?", as_of=AS_OF)
    assert {c.file for c in ans.citations} == {"styrmodellen-askersund.pdf"}
    assert "Observera: Styrmodellen i Askersunds kommun anger inget beslutsdatum." in ans.answer


def test_a_missing_decision_date_is_told_to_staff_not_to_residents(assistant):
    for audience in ("employee", "politician"):
        staff = assistant.ask("Vem beslutar om verksamhetsplanen?", as_of=AS_OF, audience=audience)
        assert "anger inget beslutsdatum" in staff.answer, audience
    resident = assistant.ask("Vem beslutar om verksamhetsplanen?", as_of=AS_OF, audience="resident")
    assert {c.file for c in resident.citations} == {"styrmodellen-askersund.pdf"}
    assert not resident.abstained and "Observera" not in resident.answer
    expiring = assistant.ask("Vilken skattesats gäller 2026?", as_of=AS_OF, audience="resident")
    assert expiring.answer.endswith("Observera: Mål och budget 2026 gäller bara till och med 2026-12-31.")


def test_a_sound_document_gets_no_note(assistant):
    ans = assistant.ask("Vem beslutar om rivningslov?", as_of=AS_OF)
    assert {c.file for c in ans.citations} == {"delegationsordning-samhallsbyggnadsnamnden-2024.pdf"}
    assert "Observera" not in ans.answer


def test_a_health_note_is_given_once_in_a_conversation(assistant):
    first = assistant.ask("Vem beslutar om verksamhetsplanen?", as_of=AS_OF)
    note = "Styrmodellen i Askersunds kommun anger inget beslutsdatum."
    assert note in first.answer
    history = [("Vem beslutar om verksamhetsplanen?", first.answer)]
    again = assistant.ask("Vem beslutar om uppdragsplanen?", as_of=AS_OF, history=history)
    assert {c.file for c in again.citations} == {"styrmodellen-askersund.pdf"}
    assert not again.abstained and note not in again.answer and "Observera" not in again.answer
    # another conversation, or one whose earlier answers did not say it, hears it
    fresh = assistant.ask("Vem beslutar om uppdragsplanen?", as_of=AS_OF, history=[("Hej", "Hej!")])
    assert note in fresh.answer


def test_an_undated_document_is_not_said_to_apply_on_another_date(assistant):
    then = assistant.ask("Vilken styrmodell gällde 2019?", as_of=AS_OF)
    assert {c.file for c in then.citations} == {"styrmodellen-askersund.pdf"}
    assert then.answer.startswith("Jag kan inte säga om Styrmodellen i Askersunds kommun gäller den 2019-")
    assert "Gällande" not in then.answer
    now = assistant.ask("Vilken styrmodell gäller nu?", as_of=AS_OF)
    assert now.answer.startswith("Gällande är Styrmodellen i Askersunds kommun")
