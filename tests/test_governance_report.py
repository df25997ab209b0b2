"""The health report over real PDFs through the real ingest: each kind of finding, sound documents
that must produce none, the CLI's JSON shape, and the real styrmodell in corpus/."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from health_docs import AS_OF, EXPECTED

from governance.report import DocumentHealth, build_report
from governance.rulebook import default_rulebook
from store.registry import open_registry
from styrsvar.cli import main


def report_at(store: Path, as_of: dt.date) -> dict[str, DocumentHealth]:
    registry = open_registry(store)
    try:
        return {entry.doc.file: entry for entry in build_report(registry, as_of)}
    finally:
        registry.close()


def kinds(report: dict[str, DocumentHealth]) -> dict[str, set[str]]:
    return {file: {f.kind for f in entry.findings} for file, entry in report.items()}


@pytest.fixture(scope="module")
def health(health_store: Path) -> dict[str, DocumentHealth]:
    return report_at(health_store, AS_OF)


def test_each_document_gets_exactly_its_findings_and_sound_ones_none(health):
    assert kinds(health) == EXPECTED


def test_every_kind_of_finding_is_exercised_by_the_fixture_collection():
    assert set().union(*EXPECTED.values()) == set(default_rulebook().kinds)
    assert sum(not found for found in EXPECTED.values()) >= 7  # and sound documents of many kinds


def _finding(health, file: str, kind: str):
    return next(f for f in health[file].findings if f.kind == kind)


def test_messages_say_what_and_cite_the_rule_verbatim(health):
    book = default_rulebook()
    for entry in health.values():
        for f in entry.findings:
            assert f.message and "{" not in f.message, f.message
            assert f.rule.citation().startswith(f"Styrmodellen i Askersunds kommun, s. {f.rule.page} (")
            assert book.rules[f.rule.id].quote in f.rule.citation()
    superseded = _finding(health, "riktlinje-tjansteresor-2020.pdf", "superseded")
    assert "riktlinje-tjansteresor-2025.pdf" in superseded.message and "från 2025-02-01" in superseded.message
    assert "2023-12-31" in _finding(health, "handlingsplan-klimat-2021-2023.pdf", "expired").message
    soon = _finding(health, "taxa-parkering-2026.pdf", "expires_soon")
    assert "2026-12-31" in soon.message and "35 dagar" in soon.message
    overdue = _finding(health, "program-landsbygd.pdf", "program_review_overdue")
    assert "2022-10-15–2026-10-14" in overdue.message and "från 2021-03-15" in overdue.message
    assert overdue.rule.id == "program_review" and overdue.rule.page == 6
    assert "6 sidor" in _finding(health, "program-idrott.pdf", "program_too_long").message
    wrong = _finding(health, "program-natur.pdf", "wrong_decider")
    assert "kultur- och fritidsnämnden" in wrong.message and wrong.rule.id == "program_decider"
    twin = _finding(health, "plan-avfall.pdf", "duplicate_version")
    assert "plan-avfall-2024.pdf" in twin.message and twin.severity == "high"
    leak = _finding(health, "riktlinje-kameraovervakning.pdf", "internal_published_externally")
    assert "källa: manifest" in leak.message and "får inte publiceras externt" in leak.message
    assert "(sida 1)" in leak.message
    hidden = _finding(health, "policy-klarsprak.pdf", "external_kept_internal")
    assert "Policyn publiceras på kommunens webbplats" in hidden.message and hidden.severity == "medium"


def test_the_date_decides_deadlines_and_mandate_periods(health_store):
    before = kinds(report_at(health_store, dt.date(2026, 10, 14)))  # the 2022–2026 period's last day
    after = kinds(report_at(health_store, dt.date(2026, 10, 15)))
    # decided 2021-03-15: due in the 2022–2026 period until its last day, overdue the day after
    assert before["program-landsbygd.pdf"] == {"program_review_due"}
    assert after["program-landsbygd.pdf"] == {"program_review_overdue"}
    # decided 2019, "Aktualitetsprövad ... 2024-03-11" in its text: done for 2022–2026, due for 2026–2030
    assert before["program-ungdom.pdf"] == set() and after["program-ungdom.pdf"] == {"program_review_due"}
    assert kinds(report_at(health_store, dt.date(2024, 3, 10)))["program-ungdom.pdf"] == {
        "program_review_due"
    }
    later = kinds(report_at(health_store, dt.date(2030, 10, 15)))  # the 2026–2030 period has passed
    assert later["program-ungdom.pdf"] == {"program_review_overdue"}
    assert later["program-kultur.pdf"] == {"program_review_due"}  # decided 2026-10-26: done for 2026–2030
    day_after = kinds(report_at(health_store, AS_OF + dt.timedelta(days=1)))
    assert day_after["taxa-hamnavgifter.pdf"] == {"expires_soon"}  # ends 2027-02-25: now 90 days away
    long_ago = kinds(report_at(health_store, dt.date(2020, 6, 1)))
    assert long_ago["riktlinje-tjansteresor-2020.pdf"] == set()  # in force then, replaced only in 2025
    assert "duplicate_version" not in long_ago["plan-avfall.pdf"]  # the 2024 plan did not exist yet


def test_cli_json_is_a_list_of_documents_with_findings(health_store, capsys):
    assert main(["report", "--store", str(health_store), "--as-of", "2026-11-26", "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert isinstance(documents, list) and {d["file"] for d in documents} == set(EXPECTED)
    for d in documents:
        assert isinstance(d["findings"], list)
        assert {f["kind"] for f in d["findings"]} == EXPECTED[d["file"]]
        for f in d["findings"]:
            assert {"kind", "severity", "message", "rule"} <= set(f)
            assert f["severity"] in ("high", "medium", "low") and f["rule"].startswith("Styrmodellen")


def test_cli_text_lists_findings_sound_documents_and_the_rules(health_store, capsys):
    assert main(["report", "--store", str(health_store), "--as-of", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hälsorapport per 2026-11-26 enligt Styrmodellen i Askersunds kommun\n")
    assert "20 dokument: 13 med avvikelser, 7 utan." in out
    assert "[hög] superseded:" in out and "Utan avvikelser: delegationsordning-kulturnamnden.pdf" in out
    assert "Reglerna:\n  1. Styrmodellen i Askersunds kommun, s. " in out


def test_cli_without_a_store_says_what_to_do(tmp_path, capsys):
    assert main(["report", "--store", str(tmp_path / "none"), "--as-of", "2026-11-26"]) == 2
    assert "run `styrsvar ingest` first" in capsys.readouterr().err


FIXTURE_EXPECTED = {
    "delegationsordning-samhallsbyggnadsnamnden-2021.pdf": {"superseded"},
    "delegationsordning-samhallsbyggnadsnamnden-2024.pdf": set(),
    "handlingsplan-trygghet-2020-2022.pdf": {"expired"},
    "mal-och-budget-2026.pdf": {"expires_soon"},
    "plan-vintervaghallning.pdf": {"missing_decision_date", "missing_validity", "missing_scope"},
    "program-foreningsliv-och-kultur.pdf": {"expires_soon", "program_review_due"},
    "reglemente-socialnamnden.pdf": set(),
    "representationspolicy-2019.pdf": {"superseded"},
    "representationspolicy-2024.pdf": set(),
    "riktlinje-it-incidenter.pdf": set(),
    "riktlinje-medborgardialog.pdf": {"expires_soon"},
    "riktlinje-synpunkter-och-klagomal.pdf": set(),
    "styrmodellen-askersund.pdf": {
        "missing_decided_by",
        "missing_decision_date",
        "missing_validity",
        "missing_scope",
    },
    "taxa-miljobalken-2027.pdf": set(),
}


def test_the_shared_fixture_collection_and_the_real_styrmodell(fixture_store):
    """The older fixtures and corpus/'s styrmodell, which states no decision data of its own."""
    report = report_at(fixture_store, AS_OF)
    assert kinds(report) == FIXTURE_EXPECTED
    styrmodell = report["styrmodellen-askersund.pdf"]
    assert {f.rule.id for f in styrmodell.findings} == {"metadata", "scope"}
    assert all(f.severity == "medium" for f in styrmodell.findings)
