"""Read a PDF's pages with pypdf, or say precisely why it cannot be read.

Every way a file can be bad (not a PDF, empty, corrupt, password-protected, scanned) ends in one
:class:`~ingest.errors.UnreadablePDF` with a short, actionable reason, so a batch ingest can
report the file and go on. pypdf's own warnings about sloppy-but-readable files are routed to
this module's logger at DEBUG level instead of the console.

Example:
    >>> from pathlib import Path
    >>> from ingest.pdf import read_pdf
    >>> content = read_pdf(Path("corpus/styrmodellen-askersund.pdf"))  # doctest: +SKIP
    >>> content.pages[0].number, content.warnings  # doctest: +SKIP
    (1, [])
"""

from __future__ import annotations

import functools
import io
import logging
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import DependencyError, FileNotDecryptedError

from ingest.errors import UnreadablePDF
from ingest.meta.styled import styled_lines
from ingest.types import Page

logger = logging.getLogger(__name__)

_HEADER_WINDOW = 1024  # the PDF spec lets junk precede %PDF- within the first KiB
_MIN_TEXT_CHARS = 1  # a page with fewer non-space characters has no text layer
_STYLED_PAGES = 2  # pages read with font sizes too (a title is on the first page, or after a cover)

# Bullet glyphs that fonts map to odd code points (reportlab's bullet extracts as DEL).
_TRANSLATE = str.maketrans(
    {
        "\x00": None,
        "\r": "\n",
        "\xad": None,  # soft hyphen: invisible in print, breaks words in search
        "\xa0": " ",
        "\x7f": "•",
        "\uf0b7": "•",
        "\uf0a7": "•",
        "\u25cf": "•",
        "\u25aa": "•",
        "\uf02d": "-",
        "\ufb00": "ff",  # ligatures: "ﬁnns" must match a search for "finns"
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)


@dataclass(frozen=True)
class PdfContent:
    """The pages of one PDF plus what the pipeline should tell the user about them.

    ``textless_pages`` lists pages with no text layer (probably scanned) when other pages do
    have text; the file is still ingested, but those pages are not searchable.
    """

    pages: list[Page]
    textless_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_pdf(path: Path) -> PdfContent:
    """Extract plain and layout text of every page.

    Args:
        path: the PDF file.

    Returns:
        The pages (1-based numbers) and warnings about pages that could not be read.

    Raises:
        UnreadablePDF: for any file that cannot be ingested; never anything else for bad input.
    """
    data = _read_bytes(path)
    with _quiet_pypdf():
        reader = _open(path, data)
        count = _page_count(path, reader)
        pages: list[Page] = []
        failed: list[int] = []
        upright = functools.cache(lambda: PdfWriter(clone_from=reader))  # made once, for rotated pages only
        for index in range(count):
            page = _extract(reader, index, upright)
            if page is None:
                failed.append(index + 1)
                page = Page(number=index + 1, text="", layout="")
            pages.append(page)
    if len(failed) == count:
        raise UnreadablePDF(path, "corrupt or truncated PDF: no page could be read; export the file again")
    textless = [p.number for p in pages if _is_textless(p) and p.number not in failed]
    if len(textless) + len(failed) == count:
        raise UnreadablePDF(
            path, "no text layer on any page (scanned?); scanned pages need OCR, which is not supported yet"
        )
    notes = [f"page {n} could not be read (damaged content)" for n in failed]
    notes += [f"page {n} has no text layer (scanned?); OCR is not supported yet" for n in textless]
    for note in notes:
        logger.warning("%s: %s", path.name, note)
    return PdfContent(pages=pages, textless_pages=textless, warnings=notes)


def read_pages(path: Path) -> list[Page]:
    """Return the pages of ``path``; see :func:`read_pdf` for the warnings and errors."""
    return read_pdf(path).pages


def _read_bytes(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadablePDF(path, "file not found") from None
    except IsADirectoryError:
        raise UnreadablePDF(path, "is a directory, not a PDF file") from None
    except OSError as exc:
        raise UnreadablePDF(path, f"cannot read the file ({exc.strerror or exc})") from None
    if not data:
        raise UnreadablePDF(path, "the file is empty (0 bytes); copy or export it again")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise UnreadablePDF(
            path, "not a PDF file (no %PDF header); save or export it as PDF and ingest again"
        )
    return data


def _open(path: Path, data: bytes) -> PdfReader:
    """Open leniently, then decrypt with the empty password if the file is encrypted.

    Many municipal PDFs are "encrypted" only to restrict printing; they open with an empty user
    password and must be ingested like any other file.
    """
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # pypdf raises many types on broken input; all mean "corrupt"
        raise UnreadablePDF(
            path, f"corrupt or truncated PDF ({_short(exc)}); export the file again"
        ) from None
    try:
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            raise UnreadablePDF(path, "the PDF is password-protected; remove the password and ingest again")
    except UnreadablePDF:
        raise
    except DependencyError:
        raise UnreadablePDF(
            path,
            "the PDF is AES-encrypted; remove the encryption (or install 'cryptography') and ingest again",
        ) from None
    except Exception as exc:
        raise UnreadablePDF(path, f"cannot decrypt the PDF ({_short(exc)}); remove the password") from None
    return reader


def _page_count(path: Path, reader: PdfReader) -> int:
    try:
        count = len(reader.pages)
    except FileNotDecryptedError:
        raise UnreadablePDF(
            path, "the PDF is password-protected; remove the password and ingest again"
        ) from None
    except Exception as exc:
        raise UnreadablePDF(
            path, f"corrupt or truncated PDF ({_short(exc)}); export the file again"
        ) from None
    if count == 0:
        raise UnreadablePDF(path, "corrupt or truncated PDF: no pages found; export the file again")
    return count


def _extract(reader: PdfReader, index: int, upright: Callable[[], PdfWriter]) -> Page | None:
    """Both extractions of one page; ``None`` if the page cannot be parsed at all."""
    try:
        page = reader.pages[index]
        text = page.extract_text()
    except Exception as exc:
        logger.debug("page %d: plain extraction failed: %s", index + 1, exc)
        return None
    try:
        layout = page.extract_text(extraction_mode="layout")
        if page.rotation % 360 and _chars(layout) < _chars(text) // 2:
            layout = _upright_layout(upright, index) or layout
    except Exception as exc:  # layout mode is younger and fails on odd fonts; plain still helps
        logger.debug("page %d: layout extraction failed, using plain text: %s", index + 1, exc)
        layout = text
    styled = styled_lines(page) if index < _STYLED_PAGES else ()
    return Page(number=index + 1, text=_clean(text), layout=_clean(layout), styled=styled)


def _chars(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _upright_layout(upright: Callable[[], PdfWriter], index: int) -> str:
    """Layout text of a page printed rotated (/Rotate 90, as a landscape table inserted in a portrait
    document): pypdf's layout mode gives nothing for rotated text, so the rotation is moved into the
    page's content first, on the document's copy ``upright`` gives."""
    try:
        page = upright().pages[index]
        page.transfer_rotation_to_content()
        return page.extract_text(extraction_mode="layout")
    except Exception as exc:
        logger.debug("page %d: rotated page could not be set upright: %s", index + 1, exc)
        return ""


def _clean(text: str) -> str:
    """Normalise what differs between PDF producers but not between readers of the text."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_TRANSLATE))


def _is_textless(page: Page) -> bool:
    return _chars(page.text) < _MIN_TEXT_CHARS


def _short(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:120]


class _ToDebug(logging.Handler):
    """Re-emit pypdf's records on our logger at DEBUG: seen when asked for, silent otherwise."""

    def emit(self, record: logging.LogRecord) -> None:
        logger.debug("pypdf: %s", record.getMessage())


_quiet_lock = threading.Lock()
_quiet_depth = 0
_quiet_handler = _ToDebug()
_saved_propagate = True


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Route pypdf's log records and Python warnings to DEBUG for the duration of one read."""
    global _quiet_depth, _saved_propagate
    pypdf_logger = logging.getLogger("pypdf")
    with _quiet_lock:
        if _quiet_depth == 0:
            _saved_propagate = pypdf_logger.propagate
            pypdf_logger.addHandler(_quiet_handler)
            pypdf_logger.propagate = False
        _quiet_depth += 1
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        for item in caught:
            logger.debug("pypdf warning: %s", item.message)
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                pypdf_logger.removeHandler(_quiet_handler)
                pypdf_logger.propagate = _saved_propagate
