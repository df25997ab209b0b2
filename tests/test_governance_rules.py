"""The rule file: every quote is the styrmodell's own words on the page it cites, and a broken rule
file fails with a message that names the entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from governance.rulebook import RULES_FILE, GovernanceError, default_rulebook, load_rulebook

ROOT = Path(__file__).resolve().parent.parent
STYRMODELL = ROOT / "corpus" / "styrmodellen-askersund.pdf"


def test_every_rule_is_quoted_verbatim_from_the_page_it_cites():
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(STYRMODELL).pages]
    book = default_rulebook()
    assert book.source == "Styrmodellen i Askersunds kommun" and pages[0].startswith(book.source)
    for rule_id, rule in book.rules.items():
        assert rule.quote in pages[rule.page - 1], f"{rule_id}: not on page {rule.page}"
        assert rule.section in " ".join(pages[rule.page - 2 : rule.page]), f"{rule_id}: section not found"


def test_every_kind_names_a_rule_and_a_severity():
    book = default_rulebook()
    assert book.expires_within_days == 90 and book.program_max_pages == 4
    for name, kind in book.kinds.items():
        assert kind.rule in book.rules, name
        assert book.rule(kind.rule).id == kind.rule
    assert {k for k, v in book.kinds.items() if v.note_sv} == {"expires_soon", "missing_decision_date"}


def test_deciders_by_document_type():
    book = default_rulebook()
    program = book.decider("Program")
    assert program is not None and program.allows("kommunfullmäktige")
    assert not program.allows("kommunstyrelsen")
    mission = book.decider("uppdragsplan")
    assert mission is not None and mission.allows("socialnämnden") and mission.allows("kommunstyrelsen")
    assert not mission.allows("förvaltningschef") and not mission.allows("kommunfullmäktige")
    assert book.decider("policy") is None and book.decider(None) is None


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_kind_naming_an_unknown_rule_is_refused(tmp_path):
    text = RULES_FILE.read_text(encoding="utf-8")
    text = text.replace('rule = "program_length"', 'rule = "program_lenght"')
    with pytest.raises(GovernanceError, match="kinds.program_too_long names rule 'program_lenght'"):
        load_rulebook(write(tmp_path, text))


def test_a_kind_missing_from_the_rule_file_is_named(tmp_path):
    text = RULES_FILE.read_text(encoding="utf-8")
    start = text.index("[kinds.expires_soon]")
    book = load_rulebook(write(tmp_path, text[:start] + text[text.index("[kinds.program_too_long]") :]))
    with pytest.raises(GovernanceError, match=r"no \[kinds.expires_soon\]: add its label"):
        book.kind("expires_soon")


def test_unknown_keys_and_bad_toml_are_refused(tmp_path):
    text = RULES_FILE.read_text(encoding="utf-8")
    text = text.replace('severity = "low"', 'severity = "low"\nsevertiy = 1')
    with pytest.raises(GovernanceError, match="kinds.program_review_due.severtiy: Extra inputs.*fix that"):
        load_rulebook(write(tmp_path, text))
    with pytest.raises(GovernanceError, match="not valid TOML"):
        load_rulebook(write(tmp_path, "[rules\n"))
    with pytest.raises(GovernanceError, match="cannot read the rule file"):
        load_rulebook(tmp_path / "missing.toml")
