"""Render the seed text of "Styrmodellen i Askersunds kommun" into the corpus PDF.

The municipality publishes its styrmodell as a PDF; we only have the text that was extracted from
it (``shared/seed/styrmodellen-askersund.txt``). This script rebuilds a realistic PDF from that
text, word for word, so that ingest is exercised on the same kind of file it meets in production:
a title, bold headings, running paragraphs, bullet items, a repeated page header and a
"Sida N av M" footer that the parser must drop.

The seed keeps traces of the original layout that we reuse:

* headings are the short lines without a final full stop;
* a line starting with a space and a heading marks the start of an original page, so a new page
  starts there;
* a line starting with a space and a term followed by a colon ("Målområden: ...") is a bullet;
* a paragraph that goes on after a blank line with a lower-case letter continues the paragraph
  before it (the original page break fell inside it).

The output is deterministic (reportlab ``invariant``), so regenerating gives the same bytes.

Usage::

    .venv/bin/python scripts/make_corpus_pdf.py [SEED_TXT] [--out corpus/styrmodellen-askersund.pdf]
"""

from __future__ import annotations

import argparse
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED = REPO.parent / "shared" / "seed" / "styrmodellen-askersund.txt"
DEFAULT_OUT = REPO / "corpus" / "styrmodellen-askersund.pdf"
TITLE = "Styrmodellen i Askersunds kommun"
RUNNING_HEADER = "Styrmodellen i Askersunds kommun"

BULLET_RE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ -]{1,40}: ")
MAX_HEADING_CHARS = 90


@dataclass
class Block:
    """One unit of the rendered document: the title, a heading, a paragraph or a bullet item."""

    kind: str  # "title" | "heading" | "paragraph" | "bullet"
    lines: list[str] = field(default_factory=list)
    new_page: bool = False

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.lines).split())


def _is_heading(text: str, after_break: bool, next_line: str) -> bool:
    """A heading stands on its own line after a break, is short, has no final full stop, and the
    line after it starts a sentence (a paragraph's first line is followed by its lower-case rest)."""
    return (
        after_break
        and len(text) <= MAX_HEADING_CHARS
        and not next_line.strip()[:1].islower()
        and text[:1].isupper()
        and not text.endswith((".", ",", ":", ";"))
    )


def parse_seed(text: str) -> list[Block]:
    """Split the seed text into blocks, reading headings, bullets and page starts from the layout."""
    blocks: list[Block] = []
    current: Block | None = None
    after_break = True
    lines = text.splitlines()
    for index, raw in enumerate(lines):
        line = raw.rstrip()
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        stripped = line.strip()
        if not stripped:
            current, after_break = None, True
            continue
        leading_space = line.startswith(" ")
        if not blocks:
            blocks.append(Block("title", [stripped]))
            after_break = False
            continue
        if leading_space and BULLET_RE.match(stripped):
            current = Block("bullet", [stripped])
            blocks.append(current)
        elif _is_heading(stripped, after_break or leading_space, next_line):
            blocks.append(Block("heading", [stripped], new_page=leading_space))
            current = None
        elif current is not None:
            current.lines.append(stripped)
        elif stripped[:1].islower() and blocks[-1].kind in ("paragraph", "bullet"):
            current = blocks[-1]  # the original page broke inside this paragraph
            current.lines.append(stripped)
        else:
            current = Block("paragraph", [stripped])
            blocks.append(current)
        after_break = False
    return blocks


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=7, alignment=TA_LEFT
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=16
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "paragraph": body,
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=8 * mm, bulletIndent=3 * mm),
    }


def build_story(blocks: list[Block]) -> list[Flowable]:
    """Turn blocks into reportlab flowables; a bullet's term is bold, as in the original."""
    styles = _styles()
    story: list[Flowable] = []
    for block in blocks:
        if block.new_page and story:
            story.append(PageBreak())
        text = _escape(block.text)
        if block.kind == "bullet":
            term, rest = text.split(": ", 1)
            story.append(Paragraph(f"<b>{term}:</b> {rest}", styles["bullet"], bulletText="\u2013"))
        else:
            story.append(Paragraph(text, styles[block.kind]))
        if block.kind == "title":
            story.append(Spacer(1, 4 * mm))
    return story


class NumberedCanvas(canvas.Canvas):
    """Draws the running header and "Sida N av M" once the total page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.saveState()
        self.setFont("Helvetica", 8)
        if self._pageNumber > 1:
            self.drawString(20 * mm, height - 12 * mm, RUNNING_HEADER)
            self.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
        self.drawRightString(width - 20 * mm, 12 * mm, f"Sida {self._pageNumber} av {total}")
        self.restoreState()


def render(seed: Path, out: Path) -> int:
    """Render ``seed`` to ``out`` and return the number of pages."""
    blocks = parse_seed(seed.read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=TITLE,
        author="Askersunds kommun",
        subject="Styrmodell",
        creator="styrsvar scripts/make_corpus_pdf.py",
        invariant=1,
    )
    doc.build(build_story(blocks), canvasmaker=NumberedCanvas)
    logger.info("wrote %s (%d blocks, %d pages)", out, len(blocks), doc.page)
    return doc.page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", nargs="?", type=Path, default=DEFAULT_SEED, help="seed text file")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PDF to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.seed.is_file():
        parser.error(f"seed text not found: {args.seed} (expected shared/seed beside the repository)")
    render(args.seed, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
