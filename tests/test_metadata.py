"""Governance metadata from a document's text: every fixture against its gold, and each writing style.

The fixture test compares all fields of every PDF in tests/fixtures/pdf with the hand-written gold
(expected_metadata.json) and reports the accuracy the benchmark uses (scripts/metadata_accuracy.py).
The unit tests feed pypdf-like page text directly, one style per test, so a failure names the style.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ingest.metadata import FIELDS, extract_metadata
from store.schema import Publication

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
GOLD = json.loads((FIXTURES / "expected_metadata.json").read_text(encoding="utf-8"))


def _accuracy_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "metadata_accuracy", REPO / "scripts" / "metadata_accuracy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


accuracy = _accuracy_module()


@pytest.mark.parametrize("name", sorted(GOLD))
def test_fixture_metadata_matches_gold(name: str) -> None:
    meta = extract_metadata(accuracy.read_pages(FIXTURES / "pdf" / name))
    got = {field: accuracy.as_json_value(getattr(meta, field)) for field in FIELDS}
    expected = {field: GOLD[name][field] for field in FIELDS}
    assert got == expected
    assert meta.sources == GOLD[name]["sources"]


def test_metadata_accuracy_on_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    report = accuracy.measure(accuracy.COLLECTIONS["fixtures"])
    with capsys.disabled():
        print(f"\n{report.summary()}")
    assert report.total == len(GOLD) * len(FIELDS)
    assert report.accuracy == 1.0, report.mismatches


def test_gold_covers_every_fixture_pdf() -> None:
    assert sorted(GOLD) == sorted(p.name for p in (FIXTURES / "pdf").glob("*.pdf"))


# --- one style per test ------------------------------------------------------------------------


def test_header_table_label_and_value_on_one_line() -> None:
    page = "\n".join(
        [
            "Riktlinje för inköp",
            "Beslutsinstans Kommunstyrelsen",
            "Datum för beslut 2021-06-14",
            "Paragraf 87",
            "Diarienummer KS 2021/123",
            "Gäller fr.o.m. 2021-07-01",
            "Gäller t.o.m. 2024-12-31",
            "Omfattning Hela kommunkoncernen inklusive bolag och förbund",
            "Dokumentansvarig Inköpschef",
            "Aktualitetsprövas 2024-06-30",
        ]
    )
    meta = extract_metadata([page])
    assert meta.title == "Riktlinje för inköp"
    assert meta.doc_type == "riktlinje"
    assert meta.decided_by == "kommunstyrelsen"
    assert meta.decision_date == dt.date(2021, 6, 14)
    assert meta.paragraph == "§ 87"
    assert meta.diarienummer == "KS 2021/123"
    assert (meta.valid_from, meta.valid_to) == (dt.date(2021, 7, 1), dt.date(2024, 12, 31))
    assert meta.scope == "hela kommunkoncernen inklusive bolag och förbund"
    assert meta.owner == "Inköpschef"
    assert meta.review_date == dt.date(2024, 6, 30)
    assert meta.sources["decided_by"] == "sida 1, tabell"


def test_header_table_label_and_value_on_consecutive_lines_with_wrapped_value() -> None:
    page = "\n".join(
        [
            "Policy för X",
            " Beslutad av",
            "Socialnämnden",
            "Beslutsdatum",
            "2023-05-10",
            "Ersätter",
            "Policy för X,",
        ]
        + ["antagen 2019-01-01", "Giltighetstid", "2023-06-01 -- 2026-05-31", "1. Syfte", "Text."]
    )
    meta = extract_metadata([page])
    assert meta.decided_by == "socialnämnden"
    assert meta.decision_date == dt.date(2023, 5, 10)
    assert meta.replaces == "Policy för X, antagen 2019-01-01"
    assert (meta.valid_from, meta.valid_to) == (dt.date(2023, 6, 1), dt.date(2026, 5, 31))


def test_cover_page() -> None:
    cover = (
        "Askersunds kommun\nFiktivt testdokument\nArbetsmiljöpolicy\nBeslutad av: Kommunfullmäktige\n"
        "Datum: 2021-06-14\nPubliceras: Intranät"
    )
    meta = extract_metadata([cover, "1. Inledning\nArbetsmiljön ska vara god."])
    assert meta.title == "Arbetsmiljöpolicy"
    assert meta.doc_type == "policy"
    assert meta.decided_by == "kommunfullmäktige"
    assert meta.decision_date == dt.date(2021, 6, 14)
    assert meta.publication is Publication.INTERN


def test_prose_with_replaced_document() -> None:
    page = (
        "Riktlinje för X\nAntagen av kommunfullmäktige 2021-06-14, § 87. Ersätter Riktlinje för X antagen "
        "2015-03-02.\nRiktlinjen gäller för socialnämndens verksamheter."
    )
    meta = extract_metadata([page])
    assert (meta.decided_by, meta.decision_date, meta.paragraph) == (
        "kommunfullmäktige",
        dt.date(2021, 6, 14),
        "§ 87",
    )
    assert meta.replaces == "Riktlinje för X antagen 2015-03-02"
    assert meta.scope == "socialnämndens verksamheter"
    assert meta.valid_from is None  # a decision date is not a start of validity
    assert meta.sources["decision_date"] == "sida 1, text"


def test_prose_passive_and_active_voice_with_dates_in_words() -> None:
    passive = extract_metadata(["Plan för Y\nDokumentet fastställdes av kommunstyrelsen den 3 mars 2022."])
    assert (passive.decided_by, passive.decision_date) == ("kommunstyrelsen", dt.date(2022, 3, 3))
    active = extract_metadata(["Vision 2040\nKommunfullmäktige antog visionen den första juni 2020 (§ 61)."])
    assert (active.decided_by, active.decision_date, active.paragraph) == (
        "kommunfullmäktige",
        dt.date(2020, 6, 1),
        "§ 61",
    )
    assert active.doc_type == "vision"


def test_prose_validity_is_not_the_decision_date() -> None:
    meta = extract_metadata(
        ["Rutin för Z\nRutinen fastställdes av förvaltningschefen och gäller från 2023-10-01."]
    )
    assert meta.decided_by == "förvaltningschef"
    assert meta.decision_date is None
    assert meta.valid_from == dt.date(2023, 10, 1)


def test_footer_line_repeated_on_every_page() -> None:
    footer = "Fastställd av KS 2023-02-01 § 12 | Dnr KS 2023/45 | Gäller t.o.m. 2026-12-31"
    pages = [
        f"Riktlinje för medborgardialog\nText om dialog.\n{footer}\nSida 1 av 2",
        f"Mer text.\n{footer}\nSida 2 av 2",
    ]
    meta = extract_metadata(pages)
    assert meta.decided_by == "kommunstyrelsen"
    assert meta.decision_date == dt.date(2023, 2, 1)
    assert meta.paragraph == "§ 12"
    assert meta.diarienummer == "KS 2023/45"
    assert meta.valid_to == dt.date(2026, 12, 31)
    assert meta.valid_from is None
    assert meta.sources["valid_to"] == "sida 1, sidfot"


def test_footer_on_a_later_page_names_that_page() -> None:
    pages = [
        "Reglemente för valnämnden\nText.",
        "Mer text.\nBeslutad av KF 2022-11-28 § 168 | Dnr KS 2022/301 | Sida 2",
    ]
    meta = extract_metadata(pages)
    assert meta.decided_by == "kommunfullmäktige"
    assert meta.sources["decided_by"] == "sida 2, sidfot"


@pytest.mark.parametrize(
    ("value", "body"),
    [
        ("KF", "kommunfullmäktige"),
        ("Fullmäktige", "kommunfullmäktige"),
        ("KS", "kommunstyrelsen"),
        ("Kommunstyrelsen", "kommunstyrelsen"),
        ("Socialnämnden", "socialnämnden"),
        ("Samhällsbyggnadsnämnd", "samhällsbyggnadsnämnden"),
        ("Kultur- och fritidsnämnden", "kultur- och fritidsnämnden"),
        ("Kommundirektören", "kommundirektör"),
        ("Förvaltningschef, socialförvaltningen", "förvaltningschef"),
    ],
)
def test_deciding_body_is_normalised(value: str, body: str) -> None:
    assert extract_metadata([f"Riktlinje för X\nBeslutad av: {value}"]).decided_by == body


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Representationspolicy", "policy"),
        ("Delegationsordning för samhällsbyggnadsnämnden", "delegationsordning"),
        ("Handlingsplan för trygghet 2020–2022", "handlingsplan"),
        ("Mål och budget 2026", "mål och budget"),
        ("Reglemente för socialnämnden", "reglemente"),
        ("Riktlinjer för bisysslor", "riktlinje"),
        ("Styrmodellen i Askersunds kommun", "styrmodell"),
        ("Taxa för prövning och tillsyn", "taxa"),
        ("Lokala ordningsföreskrifter", "föreskrifter"),
        ("Uppdragsplan 2025 för socialnämnden", "uppdragsplan"),
        ("Ordningsstadga", None),
    ],
)
def test_doc_type_from_title(title: str, doc_type: str | None) -> None:
    assert extract_metadata([f"{title}\nText."]).doc_type == doc_type


def test_doc_type_label_wins_over_title() -> None:
    meta = extract_metadata(["Riktlinjer och rutiner för X\nDokumenttyp: Rutin"])
    assert meta.doc_type == "rutin"
    assert meta.sources["doc_type"] == "sida 1, tabell"


@pytest.mark.parametrize(
    ("value", "publication"),
    [
        ("Extern webb", Publication.EXTERN),
        ("Kommunens webbplats", Publication.EXTERN),
        ("Intranät", Publication.INTERN),
        ("Intern", Publication.INTERN),
        ("Intranät – får inte publiceras externt", Publication.INTERN),
        ("Extern webb och intranät", Publication.EXTERN),
        ("Ja", Publication.UNKNOWN),
    ],
)
def test_publication(value: str, publication: Publication) -> None:
    assert extract_metadata([f"Policy för X\nPublicering: {value}"]).publication is publication


def test_nothing_stated_means_nothing_guessed() -> None:
    meta = extract_metadata(
        ["Askersunds kommun\nFiktivt testdokument\nPlan för Y\nVinterberedskapen gäller från den 1 november."]
    )
    assert meta.title == "Plan för Y"
    for field in FIELDS:
        if field not in ("title", "doc_type", "publication"):
            assert getattr(meta, field) is None, field
    assert meta.publication is Publication.UNKNOWN
    assert set(meta.sources) == {"title", "doc_type"}


def test_wrapped_prose_line_starting_with_a_label_word_is_not_a_label() -> None:
    page = (
        "Program för Z\nKommunen har under lång tid arbetat med frågan och har beslutat att den nya planen\n"
        "ersätter tidigare arbetssätt för hela verksamheten under perioden\nAnsvarig nämnd bereder frågan."
    )
    meta = extract_metadata([page])
    assert meta.replaces is None
    assert meta.owner is None


def test_corpus_styrmodell_states_no_decision_metadata() -> None:
    pdf = REPO / "corpus" / "styrmodellen-askersund.pdf"
    meta = extract_metadata(accuracy.read_pages(pdf))
    assert (meta.title, meta.doc_type) == ("Styrmodellen i Askersunds kommun", "styrmodell")
    assert set(meta.sources) == {"title", "doc_type"}  # nothing invented: the rest comes from the manifest


def test_empty_document() -> None:
    meta = extract_metadata([])
    assert meta.title is None and meta.publication is Publication.UNKNOWN and meta.sources == {}
