"""Metadata read right in randomly combined layouts (tests/metadata_variants.py), never from a
decision the document only mentions.

Two families with fixed seeds: arrangements of labelled fields (tables, grids, lines, blocks,
one-line headers) and whole-document layouts (covers, footers, KFS banners, decision histories,
closing sentences). The figures are printed so a change that costs accuracy shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import extract_metadata
from ingest.pdf import read_pages
from tests.metadata_variants import DOCUMENT_LAYOUTS, FIELDS, HEADER_LAYOUTS, make_variants
from tests.test_metadata_accuracy import acc


@pytest.mark.parametrize(
    ("family", "layouts", "seed"), [("header", HEADER_LAYOUTS, 3), ("document", DOCUMENT_LAYOUTS, 5)]
)
def test_layout_variants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], family: str, layouts: tuple[str, ...], seed: int
) -> None:
    variants = make_variants(tmp_path, 50, seed, layouts)
    assert {v.layout for v in variants} == set(layouts)  # every layout is drawn
    right = {name: 0 for name in FIELDS}
    misses: list[str] = []
    other_decision = 0
    for variant in variants:
        meta = extract_metadata(read_pages(variant.pdf))
        wrong_decision = False
        for name in FIELDS:
            got = acc.as_json_value(getattr(meta, name))
            if acc.field_correct(name, variant.truth[name], got):
                right[name] += 1
                continue
            misses.append(f"{variant.pdf.name}: {name}: expected {variant.truth[name]!r}, got {got!r}")
            wrong_decision |= name in ("decision_date", "paragraph") and got is not None
        other_decision += wrong_decision
    with capsys.disabled():
        print(f"\n{family} variants: " + ", ".join(f"{k} {v / len(variants):.2f}" for k, v in right.items()))
    assert other_decision == 0, misses
    assert min(right.values()) >= 0.96 * len(variants), misses
    assert sum(right.values()) >= 0.99 * len(variants) * len(FIELDS), misses
