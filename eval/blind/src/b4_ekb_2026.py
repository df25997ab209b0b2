"""B4: Riktlinjer för ekonomiskt bistånd, version beslutad 2026."""
import pathlib
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame
from reportlab.lib.units import mm
from common import W, H, styles, numbered_canvas
import lay_b4
import ekb_content

ST = styles("Helvetica", 10, 14)


def build(out_path: pathlib.Path) -> None:
    doc = BaseDocTemplate(str(out_path), pagesize=(W, H), invariant=1,
                          title=ekb_content.TITLE, author="Askersunds kommun",
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=28 * mm,
                          bottomMargin=18 * mm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[
        Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")])])
    doc.build(ekb_content.story(2026, ST), canvasmaker=numbered_canvas(lay_b4.page_fn(
        "Riktlinje", "Socialnämnden", "Dnr SN 2026/33", "Beslutad av socialnämnden 2026-04-22, § 38", "Gäller från 2026-06-01")))
