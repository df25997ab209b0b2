"""ingest.pdf: every bad file ends in one UnreadablePDF with a short, actionable reason."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pdfgen import encrypted_pdf, lines_pdf

from ingest.errors import UnreadablePDF
from ingest.pdf import read_pages, read_pdf

BAD_FIXTURES = Path(__file__).parent / "fixtures" / "bad"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "good.pdf"
    pages = [["Styrmodellen i Askersunds kommun", "Beslut fattas på lägsta möjliga nivå."], ["Sista sidan."]]
    return lines_pdf(path, pages, footer="Sida {page} av {pages}")


def test_reads_plain_and_layout_text(good: Path) -> None:
    pages = read_pages(good)
    assert [p.number for p in pages] == [1, 2]
    assert "Beslut fattas på lägsta möjliga nivå." in pages[0].text
    assert "Beslut fattas på lägsta möjliga nivå." in pages[0].layout
    assert "Sida 2 av 2" in pages[1].text


def _reason(path: Path) -> str:
    with pytest.raises(UnreadablePDF) as info:
        read_pdf(path)
    assert info.value.path == path
    return info.value.reason


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert "empty (0 bytes)" in _reason(tmp_path / "empty.pdf")


def test_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "text.pdf").write_text("Det här är en textfil.\n", encoding="utf-8")
    assert "not a PDF" in _reason(tmp_path / "text.pdf")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "not found" in _reason(tmp_path / "missing.pdf")
    (tmp_path / "folder.pdf").mkdir()
    assert "directory" in _reason(tmp_path / "folder.pdf")


def test_truncated_and_corrupt(good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    (tmp_path / "half.pdf").write_bytes(data[: len(data) // 2])
    assert "corrupt or truncated" in _reason(tmp_path / "half.pdf")
    (tmp_path / "noise.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 16)
    assert "corrupt or truncated" in _reason(tmp_path / "noise.pdf")


def test_any_truncation_is_unreadable_or_read(good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    for cut in range(9, len(data), max(1, len(data) // 25)):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(data[:cut])
        try:
            read_pdf(path)
        except UnreadablePDF:
            pass  # anything else fails the test


def test_password_protected(tmp_path: Path) -> None:
    reason = _reason(encrypted_pdf(tmp_path / "locked.pdf", user_password="hemligt"))
    assert "password-protected" in reason and "remove the password" in reason


def test_encrypted_with_empty_password_is_read(tmp_path: Path) -> None:
    pages = read_pages(encrypted_pdf(tmp_path / "open.pdf", user_password=""))
    assert "Hemlig text om budget." in pages[0].text


def test_scanned_document_needs_ocr(tmp_path: Path) -> None:
    reason = _reason(lines_pdf(tmp_path / "scan.pdf", [[], []]))
    assert "no text layer" in reason and "OCR" in reason


def test_some_pages_without_text_are_reported(tmp_path: Path) -> None:
    content = read_pdf(lines_pdf(tmp_path / "mixed.pdf", [["Första sidan."], [], ["Tredje sidan."]]))
    assert [p.number for p in content.pages] == [1, 2, 3]
    assert content.textless_pages == [2]
    assert content.warnings == ["page 2 has no text layer (scanned?); OCR is not supported yet"]


def test_pypdf_warnings_stay_out_of_the_log(
    good: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = good.read_bytes()
    head, _, _ = data.rpartition(b"startxref")
    (tmp_path / "badxref.pdf").write_bytes(head + b"startxref\n999999\n%%EOF\n")  # pypdf repairs it, noisily
    with caplog.at_level(logging.WARNING):
        pages = read_pages(tmp_path / "badxref.pdf")
    assert "Sista sidan." in pages[1].text
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert logging.getLogger("pypdf").propagate  # restored after the read


@pytest.mark.skipif(not BAD_FIXTURES.is_dir(), reason="fixture collection not built")
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.pdf", "empty"),
        ("not-a-pdf.pdf", "not a PDF"),
        ("corrupt.pdf", "corrupt"),
        ("truncated.pdf", "corrupt or truncated"),
        ("encrypted.pdf", "password-protected"),
        ("scanned.pdf", "OCR"),
    ],
)
def test_bad_fixtures(name: str, expected: str) -> None:
    path = BAD_FIXTURES / name
    if not path.exists():
        pytest.skip(f"{name} not built")
    assert expected in _reason(path)
