"""Codes explained in a form no legend reader knows, found where the document uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import story_pdf

from ingest.chunker import chunk_document
from ingest.legend_usage import codes_in_cells, expansion_after, usage_entries
from ingest.pdf import read_pages

_TABLE = (
    "table",
    [
        ["Nr", "Ärende", "Delegat", "Anmärkning"],
        ["1", "Beslut om skolskjuts", "FC", ""],
        ["2", "Ledighet för elev upp till tio dagar", "R", ""],
        ["3", "Avstängning av elev", "FC", "Efter samråd med R"],
    ],
)


@pytest.mark.parametrize(
    "explained",
    [
        "Delegater i tabellen: FC förvaltningschef, R rektor.",  # a run-in list after the table
        "I tabellen står FC för förvaltningschef och R för rektor.",  # a sentence
        "FC: förvaltningschef R: rektor",  # pairs on one line, no title
        "Delegatkoder som används – FC förvaltningschef | R rektor",  # a box of pairs
    ],
)
def test_codes_in_delegate_cells_are_spelled_out_from_where_the_document_explains_them(
    tmp_path: Path, explained: str
) -> None:
    blocks = [("h", "Delegationsförteckning"), _TABLE, ("p", explained)]
    pdf = story_pdf(tmp_path / "d.pdf", blocks, footer="Fiktivt testdokument")
    chunks, rows, abbreviations = chunk_document("d", read_pages(pdf))
    assert {(a.abbreviation, a.expansion) for a in abbreviations} == {
        ("FC", "förvaltningschef"),
        ("R", "rektor"),
    }
    assert "Delegat: FC (förvaltningschef)" in next(c.text for c in chunks if "skolskjuts" in c.text)
    assert "Delegat: R (rektor)" in next(c.text for c in chunks if "Ledighet" in c.text)


def test_words_after_a_code_count_only_when_they_name_a_role_its_letters_stand_for() -> None:
    assert (
        expansion_after("MAS", " = medicinskt ansvarig sjuksköterska") == "medicinskt ansvarig sjuksköterska"
    )
    assert expansion_after("FC", " beslutar om skolskjuts") is None  # a sentence: no role
    assert expansion_after("FC", " rektor") is None  # a role the letters do not stand for
    assert expansion_after("BLH", " bygglovshandläggare inom") == "bygglovshandläggare"


def test_a_code_the_document_never_explains_stays_a_code() -> None:
    assert usage_entries({"FC"}, ["FC beslutar om skolskjuts.", "Beslut fattas av FC."]) == []


def test_codes_are_taken_from_delegate_columns_only() -> None:
    cells = [{"Ärende": "Beslut enligt SoL", "Delegat": "SC / Ordf", "Lagrum": "KL"}, {"Delegat": "R"}]
    assert codes_in_cells(cells) == {"SC", "Ordf", "R"}
