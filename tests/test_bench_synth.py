"""The benchmark's inputs: N distinct documents per fixture (manifests carried over), staff questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.synth import copy_name, pick_questions, synthesize
from ingest.pipeline import discover, document_id_for

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "fixtures" / "pdf", ROOT / "corpus"]
ORIGINALS = len(list(SOURCES[0].glob("*.pdf"))) + len(list(SOURCES[1].glob("*.pdf")))


def test_copies_are_distinct_documents_with_plain_counts(tmp_path: Path) -> None:
    coll = synthesize(SOURCES, tmp_path / "x3", 3)
    assert coll.originals == ORIGINALS == 14
    assert coll.documents == 3 * ORIGINALS == len(list((tmp_path / "x3").glob("*.pdf")))
    found = discover([coll.folder])  # what ingest would read
    ids = {document_id_for(src.file) for src in found}
    assert len(found) == len(ids) == 3 * ORIGINALS
    assert "s002-representationspolicy-2024" in ids
    original = (SOURCES[0] / "representationspolicy-2024.pdf").read_bytes()
    assert (coll.folder / "s002-representationspolicy-2024.pdf").read_bytes() == original


def test_manifest_entries_follow_every_copy(tmp_path: Path) -> None:
    coll = synthesize(SOURCES, tmp_path / "x2", 2)
    found = discover([coll.folder])
    entries = {src.file: src.manifest for src in found if src.manifest is not None}
    assert sorted(entries) == ["s000-styrmodellen-askersund.pdf", "s001-styrmodellen-askersund.pdf"]
    kept = {(e.title, e.doc_type) for e in entries.values()}
    assert kept == {("Styrmodellen i Askersunds kommun", "styrmodell")}
    # the corpus's publication rule (its [defaults]) travels with the copies
    assert {src.defaults.publication for src in found if src.defaults is not None} == {"extern"}


def test_names_sort_and_refuse_bad_input(tmp_path: Path) -> None:
    assert copy_name(7, "a.pdf", 100) == "s007-a.pdf"
    assert copy_name(7, "a.pdf", 5000) == "s0007-a.pdf"
    with pytest.raises(ValueError):
        synthesize(SOURCES, tmp_path / "none", 0)
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "stray.pdf").write_bytes(b"%PDF")
    with pytest.raises(ValueError, match="not empty"):
        synthesize(SOURCES, tmp_path / "used", 1)


def test_questions_are_staff_questions_spread_over_the_sets() -> None:
    questions = pick_questions(60)
    assert len(questions) == 60 and len(set(questions)) >= 50
    assert {audience for _, audience, _ in questions} <= {"employee", "politician"}  # /api/ask accepts these
    assert any(q.startswith("Vem") for q, _, _ in questions) and len({q[:3] for q, _, _ in questions}) > 3
