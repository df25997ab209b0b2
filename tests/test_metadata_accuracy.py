"""scripts/metadata_accuracy.py: how values are compared, what each collection scores, and that a
blind collection is reported as aggregates only."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.pdfgen import placed_pdf

REPO = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "metadata_accuracy", REPO / "scripts" / "metadata_accuracy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


acc = _load()


@pytest.mark.parametrize(
    ("truth", "got", "right"),
    [
        # dates in any form, § and content words; inflection and case do not count
        ("Riktlinjer för hemtjänst, antagna av socialnämnden den 24 januari 2017, § 7",
         "Riktlinjer för hemtjänst och ledsagning, antagna av Socialnämnden 2017-01-24 § 7", True),
        ("riktlinjen för ekonomiskt bistånd, beslutad av socialnämnden 2022-11-15, § 96",
         "riktlinje för ekonomiskt bistånd, beslutad 2022-11-15, § 96", False),  # the body is missing
        ("riktlinjen för ekonomiskt bistånd, § 96", "riktlinjen för ekonomiskt bistånd, § 69", False),
        ("kultur- och fritidschef", "Kultur- och fritidschef", True),
        ("samtliga förvaltningar", "samtliga förvaltningar " + "och därtill mycket mer text " * 6, False),
    ],
)  # fmt: skip
def test_free_text_is_compared_by_its_key_tokens(truth: str, got: str, right: bool) -> None:
    assert acc.field_correct("replaces", truth, got) is right


def test_other_fields_are_exact_after_normalising() -> None:
    assert acc.field_correct("title", "Avfallsplan 2027–2030", "avfallsplan 2027-2030.")
    assert not acc.field_correct("title", "Riktlinje för X", "Riktlinje för X och Y")
    assert acc.field_correct("decided_by", "socialnämnden", "Socialnämnden")
    assert not acc.field_correct("decision_date", None, "2024-01-01")  # a guess is wrong
    assert not acc.field_correct("scope", "alla", None)


def test_fixtures_and_the_broad_collection() -> None:
    fixtures = acc.measure(acc.COLLECTIONS["fixtures"])
    assert fixtures.accuracy == 1.0, fixtures.mismatches
    broad = acc.measure(acc.COLLECTIONS["broad"])
    assert broad.documents == 22 and broad.accuracy >= 0.99, broad.mismatches
    assert broad.other_decision == 0
    assert broad.status_correct == broad.status_total == 22, broad.mismatches
    # three more collections in other layouts, each written apart by someone who had not read the code
    second = acc.measure(acc.COLLECTIONS["broad2"])
    assert second.documents == 12 and second.accuracy >= 0.97, second.mismatches
    third = acc.measure(acc.COLLECTIONS["broad3"])
    assert third.documents == 12 and third.accuracy >= 0.95, third.mismatches
    fourth = acc.measure(acc.COLLECTIONS["broad4"])
    assert fourth.documents == 10 and fourth.accuracy >= 0.95, fourth.mismatches
    fifth = acc.measure(acc.COLLECTIONS["broad5"])
    assert fifth.documents == 10 and fifth.accuracy >= 0.97, fifth.mismatches
    assert second.other_decision == third.other_decision == fourth.other_decision == fifth.other_decision == 0


def _blind_collection(folder: Path) -> None:
    (folder / "pdf").mkdir(parents=True)
    page = [(20, 20, 18, "Hemlig titel för riktlinje"), (20, 30, 10, "Beslutad av: Kommunstyrelsen"),
            (20, 36, 10, "Beslutsdatum: 2023-03-14")]  # fmt: skip
    placed_pdf(folder / "pdf" / "hemligt-dokument.pdf", [page])
    (folder / "pdf" / "trasigt-dokument.pdf").write_bytes(b"%PDF-1.7 inte en pdf")
    truth = {"layout": "X", "title": "Hemlig titel för riktlinje", "decided_by": "kommunfullmäktige",
             "decision_date": "2023-03-14", "status_2026_11_26": "gällande"}  # fmt: skip
    (folder / "truth.json").write_text(
        json.dumps({"hemligt-dokument.pdf": truth, "trasigt-dokument.pdf": truth}), encoding="utf-8"
    )


def test_blind_mode_prints_aggregates_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _blind_collection(tmp_path / "blind")
    assert acc.main(["blind", "--blind-dir", str(tmp_path / "blind")]) == 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert "blind: 2 documents, 1 unreadable" in text and "decided_by" in text and "overall" in text
    for secret in (
        "hemligt",
        "trasigt",
        "hemlig titel",
        "kommunfullmäktige",
        "kommunstyrelsen",
        "2023-03-14",
    ):
        assert secret not in text.lower(), secret
    with pytest.raises(SystemExit):
        acc.main(["blind", "-v", "--blind-dir", str(tmp_path / "blind")])
