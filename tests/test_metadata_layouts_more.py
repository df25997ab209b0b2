"""Metadata in further real-world arrangements: a band of labels over values at the foot of a page,
a decision stamped at the head of an attachment, a title set in capitals or printed twice, and a
decision whose body another passage gives. Every PDF here is a fictitious test document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdfgen import placed_pdf

from ingest.meta.title import tidy_title
from ingest.metadata import extract_metadata
from ingest.pdf import read_pages

MARK = (20, 290, 7, "Fiktivt testdokument")


def _meta(tmp_path: Path, items: list[tuple]) -> object:
    pdf = placed_pdf(tmp_path / "dokument.pdf", [[*items, MARK]])
    return extract_metadata(read_pages(pdf))


def test_a_band_of_labels_over_values_at_the_foot_of_the_page(tmp_path: Path) -> None:
    """ "FASTSTÄLLD/SENAST ÄNDRAD" is one label; the postal address under the band is no row of it."""
    meta = _meta(
        tmp_path,
        [
            (20, 20, 18, "Delegationsordning för kulturnämnden"),
            (20, 32, 10, "Nämnden uppdrar åt förvaltningen att besluta i de ärenden som anges nedan."),
            (20, 250, 7, "DIARIENUMMER"), (60, 250, 7, "FASTSTÄLLD/SENAST ÄNDRAD"),
            (110, 250, 7, "BESLUTSINSTANS"),
            (20, 255, 8, "KN 2025/77"), (60, 255, 8, "2025-05-06, § 41"), (110, 255, 8, "Kulturnämnden"),
            (20, 275, 7, "POSTADRESS Box 1, 000 00 Orten"), (110, 275, 7, "TELEFON 000-00 00 00"),
        ],
    )  # fmt: skip
    assert meta.decided_by == "kulturnämnden"  # type: ignore[attr-defined]
    assert meta.decision_date == dt.date(2025, 5, 6)  # type: ignore[attr-defined]
    assert meta.paragraph == "§ 41"  # type: ignore[attr-defined]
    assert meta.diarienummer == "KN 2025/77"  # type: ignore[attr-defined]


def test_a_decision_stamped_at_the_head_of_an_attachment(tmp_path: Path) -> None:
    """ "KF 2025-11-24 § 118" at the top right is the document's own decision; the earlier decision
    its text mentions is not."""
    meta = _meta(
        tmp_path,
        [
            (20, 15, 9, "Askersunds kommun"), (20, 15, 9, "Bilaga 3", "right"),
            (20, 20, 9, "KF 2025-11-24 § 118", "right"), (20, 25, 9, "Dnr KS 2025/262", "right"),
            (20, 40, 18, "Taxa för upplåtelse av torgplatser"),
            (20, 52, 10, "1 § Avgift tas ut enligt föreskrifterna (kommunfullmäktige 2019-10-21, § 88)."),
        ],
    )  # fmt: skip
    assert meta.decided_by == "kommunfullmäktige"  # type: ignore[attr-defined]
    assert meta.decision_date == dt.date(2025, 11, 24)  # type: ignore[attr-defined]
    assert meta.paragraph == "§ 118"  # type: ignore[attr-defined]


def test_a_title_is_tidied_into_a_name() -> None:
    assert tidy_title("DELEGATIONSORDNING FÖR SOCIALNÄMNDEN – delegationsförteckning") == (
        "Delegationsordning för socialnämnden"
    )
    # a qualifier after the dash tells two documents apart (part 1 and part 2 are not two versions)
    for title in (
        "Delegationsordning för socialnämnden – individ- och familjeomsorg",
        "Delegationsordning för socialnämnden, del 2 – vård och omsorg",
    ):
        assert tidy_title(title) == title
    assert (
        tidy_title("Reglemente för socialnämnden Reglemente för socialnämnden")
        == "Reglemente för socialnämnden"
    )
    text = "Riktlinje för hantering av ska deståndsanspråk. Ett skadeståndsanspråk ska vara skriftligt."
    assert tidy_title("Riktlinje för hantering av ska deståndsanspråk", text) == (
        "Riktlinje för hantering av skadeståndsanspråk"
    )
    assert tidy_title("Avfallsplan 2027–2030") == "Avfallsplan 2027–2030"
    assert tidy_title("Program för kultur – en plats för alla", "") == "Program för kultur"
    assert (
        tidy_title("Riktlinje för IT – Säkerhet") == "Riktlinje för IT – Säkerhet"
    )  # not a lower-case subtitle
