"""Answer units: sentences and rows split from chunks, embedded and indexed on their own."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest.pipeline import ingest
from store.layout import read_current
from store.reader import Store
from store.schema import Chunk, ChunkKind
from store.units import is_heading, split_units
from tests.conftest import FIXTURES


def chunk(text: str, kind: ChunkKind = ChunkKind.TEXT) -> Chunk:
    return Chunk("doc:0003", "doc", 3, text, 2, 2, "4. Avgifter", 0, len(text), kind)


def test_sentences_are_split_and_headings_left_out() -> None:
    text = "4. Avgifter\nTimavgiften är 1 200 kr. Den räknas upp\nvarje år. Se 6 kap. 39 § KL."
    units = split_units(chunk(text))
    assert [u.text for u in units] == [
        "Timavgiften är 1 200 kr.", "Den räknas upp varje år.", "Se 6 kap. 39 § KL."
    ]
    assert [u.unit_id for u in units] == ["doc:0003.00", "doc:0003.01", "doc:0003.02"]
    assert all(u.page == 2 and u.section == "4. Avgifter" and not u.is_row for u in units)


def test_a_table_row_is_one_unit() -> None:
    row = "Nr: B.4 | Ärende: Beslut om rivningslov. Gäller även | Delegat: BLH"
    units = split_units(chunk(row, ChunkKind.TABLE_ROW))
    assert len(units) == 1 and units[0].is_row and units[0].text == row


def test_bullets_stay_apart_and_short_lines_answer_nothing() -> None:
    items = ["– Ordföranden beslutar i brådskande ärenden", "– Sida 3", "– Nämnden beslutar om taxan"]
    units = split_units(chunk("\n".join(items)))
    assert [u.text for u in units] == [items[0], items[2]]


def test_is_heading() -> None:
    assert is_heading("3.2 Ansvar och roller")
    assert not is_heading("Nämnden ansvarar för uppföljningen.")
    assert not is_heading("Avgift 1 200 kr")


def test_units_are_indexed_and_a_store_without_them_is_rebuilt(tmp_path: Path, warm_store_dir, embeddings):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(FIXTURES / "representationspolicy-2024.pdf", folder)
    ingest([folder], warm_store_dir, embeddings)
    store = Store.open(warm_store_dir, embeddings=embeddings)
    chunks = store.registry.chunks()
    expected = [u for c in chunks for u in split_units(c)]
    assert expected and store.units.count() == len(expected)
    hits = store.units.query(embeddings.embed_query("alkohol vid representation"), 3)
    assert hits and hits[0].chunk_id in {u.unit_id for u in expected}
    assert [cid for cid, _ in store.unit_lexical.search("alkohol", 50)]
    # a generation from before units existed: the next ingest rebuilds it, though nothing changed
    gen = read_current(warm_store_dir)
    assert gen is not None
    gen.units_lexical_path(warm_store_dir).unlink()
    again = ingest([folder], warm_store_dir, embeddings)
    assert again.generation is not None and again.generation != gen.id
    assert Store.open(warm_store_dir, embeddings=embeddings).units.count() == len(expected)
