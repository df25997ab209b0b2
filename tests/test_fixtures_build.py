"""The committed fixtures and corpus PDF are current, deterministic, and shaped as tests expect.

Regenerating into a temporary folder must give byte-identical files; if this fails after a change
to tests/fixtures/fixture_docs, run ``.venv/bin/python tests/fixtures/build_fixtures.py`` (and for
the corpus ``scripts/make_corpus_pdf.py``) and commit the result.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SEED = REPO.parent / "shared" / "seed" / "styrmodellen-askersund.txt"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixtures")
    _load("build_fixtures", FIXTURES / "build_fixtures.py").build(out)
    return out


def _outputs(root: Path) -> list[str]:
    files = [p for sub in ("pdf", "bad") for p in sorted((root / sub).iterdir())]
    return [str(p.relative_to(root)) for p in files] + ["expected_metadata.json"]


def test_fixtures_are_up_to_date(rebuilt: Path) -> None:
    assert _outputs(rebuilt) == _outputs(FIXTURES)
    stale = [
        name for name in _outputs(rebuilt) if (rebuilt / name).read_bytes() != (FIXTURES / name).read_bytes()
    ]
    assert not stale, f"regenerate with tests/fixtures/build_fixtures.py: {stale}"


def test_every_page_is_marked_fictitious() -> None:
    for pdf in sorted((FIXTURES / "pdf").glob("*.pdf")):
        for number, page in enumerate(PdfReader(pdf).pages, start=1):
            assert "Fiktivt testdokument" in page.extract_text(), f"{pdf.name} page {number}"


def test_collection_shape() -> None:
    pdfs = sorted((FIXTURES / "pdf").glob("*.pdf"))
    assert len(pdfs) == 13
    gold = json.loads((FIXTURES / "expected_metadata.json").read_text(encoding="utf-8"))
    assert {g["publication"] for g in gold.values()} == {"extern", "intern"}
    assert sum(len(PdfReader(p).pages) for p in pdfs) == 24


def test_delegation_table_crosses_a_page_break_with_its_header_repeated() -> None:
    reader = PdfReader(FIXTURES / "pdf" / "delegationsordning-samhallsbyggnadsnamnden-2024.pdf")
    pages = [page.extract_text().splitlines() for page in reader.pages]
    assert len(pages) == 3
    header = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]
    for lines in pages[1:]:  # the table starts on page 2 and goes on to page 3
        stripped = [line.strip() for line in lines]
        start = stripped.index("Nr")
        assert stripped[start : start + 5] == header
    assert "B.15" in [line.strip() for line in pages[1]] and "B.16" in [line.strip() for line in pages[2]]
    rows = [line.strip() for lines in pages for line in lines if line.strip()[:2] in ("A.", "B.", "C.")]
    assert len([r for r in rows if r[2:].isdigit()]) == 43


@pytest.mark.parametrize("name", ["corrupt.pdf", "truncated.pdf", "not-a-pdf.pdf"])
def test_broken_files_do_not_open(name: str) -> None:
    with pytest.raises(PdfReadError):
        PdfReader(FIXTURES / "bad" / name)


def test_empty_encrypted_and_scanned() -> None:
    assert (FIXTURES / "bad" / "empty.pdf").stat().st_size == 0
    encrypted = PdfReader(FIXTURES / "bad" / "encrypted.pdf")
    assert encrypted.is_encrypted
    assert encrypted.decrypt("hemligt") != 0  # the user password is "hemligt"
    scanned = PdfReader(FIXTURES / "bad" / "scanned.pdf")
    assert len(scanned.pages) == 1
    assert scanned.pages[0].extract_text().strip() == ""
    assert len(scanned.pages[0].images) == 1


@pytest.mark.skipif(not SEED.is_file(), reason="shared/seed is not beside the repository")
def test_corpus_pdf_is_up_to_date(tmp_path: Path) -> None:
    make = _load("make_corpus_pdf", REPO / "scripts" / "make_corpus_pdf.py")
    out = tmp_path / "styrmodellen-askersund.pdf"
    pages = make.render(SEED, out)
    assert out.read_bytes() == (REPO / "corpus" / "styrmodellen-askersund.pdf").read_bytes()
    assert pages == len(PdfReader(out).pages) == 8


def test_corpus_pdf_keeps_the_seed_text() -> None:
    if not SEED.is_file():
        pytest.skip("shared/seed is not beside the repository")
    text = " ".join(
        page.extract_text() for page in PdfReader(REPO / "corpus" / "styrmodellen-askersund.pdf").pages
    )
    words = " ".join(text.split())
    for sentence in (
        "Verksamhetsplanen beslutas av förvaltningschef och respekterar de riktlinjer",
        "Uppdragsplanen omfattar ett år.",
    ):
        assert sentence in words
