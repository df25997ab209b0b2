"""The corpus manifest: loading, actionable errors, and overriding extracted metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.errors import IngestError, ManifestError
from ingest.manifest import ManifestDefaults, ManifestEntry, apply_manifest, load_manifest, read_manifest
from ingest.pdf import read_pages
from store.schema import DocumentMeta, Publication

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manifest.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_keyed_by_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[document]]
file = "a.pdf"
decided_by = "kommunfullmäktige"
decision_date = 2021-06-14
publication = "extern"

[[document]]
file = "b.pdf"
valid_from = "2024-03-01"
""",
    )
    entries = load_manifest(path)
    assert sorted(entries) == ["a.pdf", "b.pdf"]
    assert entries["a.pdf"].decision_date == dt.date(2021, 6, 14)
    assert entries["b.pdf"].valid_from == dt.date(2024, 3, 1)  # a quoted ISO date is accepted too
    assert entries["b.pdf"].publication is None


def test_missing_manifest_is_empty(tmp_path: Path) -> None:
    assert load_manifest(tmp_path / "manifest.toml") == {}


def test_empty_manifest_is_empty(tmp_path: Path) -> None:
    assert load_manifest(write(tmp_path, "# nothing yet\n")) == {}


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ('[[document]\nfile = "a.pdf"\n', ["not valid TOML", "manifest.toml"]),
        ('[[document]]\nfile = "a.pdf"\ndecided = "KF"\n', ["'a.pdf'", "'decided'", "Allowed keys"]),
        ('[[document]]\nfile = "a.pdf"\npublication = "public"\n', ["'a.pdf'", "'publication'", "extern"]),
        ('[[document]]\nfile = "a.pdf"\ndecision_date = "14 juni"\n', ["'a.pdf'", "'decision_date'"]),
        ('[[document]]\ntitle = "Utan fil"\n', ["number 1", "'file'"]),
        ('[[documents]]\nfile = "a.pdf"\n', ["documents"]),
        ('[[document]]\nfile = "a.pdf"\n[[document]]\nfile = "a.pdf"\n', ["listed twice"]),
    ],
)
def test_invalid_manifest_says_what_and_where(tmp_path: Path, text: str, needles: list[str]) -> None:
    with pytest.raises(ManifestError) as error:
        load_manifest(write(tmp_path, text))
    assert isinstance(error.value, IngestError)
    message = str(error.value)
    assert str(tmp_path / "manifest.toml") in message
    for needle in needles:
        assert needle in message, message


def test_apply_overrides_only_what_the_entry_sets() -> None:
    extracted = DocumentMeta(
        title="Styrmodellen i Askersunds kommun",
        doc_type="styrmodell",
        decided_by="kommunstyrelsen",
        sources={"title": "sida 1, text", "doc_type": "sida 1, text", "decided_by": "sida 1, text"},
    )
    entry = ManifestEntry(file="x.pdf", decided_by="kommunfullmäktige", publication="extern")
    merged = apply_manifest(extracted, entry)
    assert merged.decided_by == "kommunfullmäktige"
    assert merged.publication is Publication.EXTERN
    assert merged.title == "Styrmodellen i Askersunds kommun"
    assert merged.sources == {
        "title": "sida 1, text",
        "doc_type": "sida 1, text",
        "decided_by": "manifest",
        "publication": "manifest",
    }
    assert extracted.decided_by == "kommunstyrelsen" and extracted.sources["decided_by"] == "sida 1, text"


def test_apply_dates_and_no_entry() -> None:
    meta = DocumentMeta()
    assert apply_manifest(meta, None) is meta
    merged = apply_manifest(meta, ManifestEntry(file="x.pdf", valid_to=dt.date(2026, 12, 31)))
    assert merged.valid_to == dt.date(2026, 12, 31)
    assert merged.sources == {"valid_to": "manifest"}
    assert apply_manifest(meta, ManifestEntry(file="x.pdf")) is meta


def test_corpus_manifest_describes_the_styrmodell_without_inventing_decisions() -> None:
    manifest = read_manifest(REPO / "corpus" / "manifest.toml")
    entries = load_manifest(REPO / "corpus" / "manifest.toml")
    entry = entries["styrmodellen-askersund.pdf"]
    assert (entry.title, entry.doc_type) == ("Styrmodellen i Askersunds kommun", "styrmodell")
    assert entry.publication is None  # public by the collection's rule, not by a per-file claim
    assert manifest.defaults.publication == "extern"
    assert entry.decided_by is None and entry.decision_date is None
    assert entry.valid_from is None and entry.valid_to is None
    for name in entries:
        assert (REPO / "corpus" / name).is_file(), f"manifest lists {name}, which is not in corpus/"


def test_corpus_default_cites_the_styrmodell_rule() -> None:
    """The default is the styrmodell's own rule, quoted from the document in corpus/."""
    text = (REPO / "corpus" / "manifest.toml").read_text(encoding="utf-8")
    start = text.index("\n[defaults]\n")
    defaults = text[start : text.index("\n[[document]]", start)]
    quote = "Som utgångspunkt finns alla dokument på den externa hemsidan"
    assert quote in " ".join(line.lstrip("# ") for line in defaults.splitlines())
    pages = read_pages(REPO / "corpus" / "styrmodellen-askersund.pdf")
    assert quote in " ".join(" ".join(p.text for p in pages).split())


def test_defaults_table_is_read_and_checked(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, '[defaults]\npublication = "extern"\n'))
    assert manifest.defaults.publication == "extern" and manifest.document == []
    with pytest.raises(ManifestError) as error:
        read_manifest(write(tmp_path, '[defaults]\npublication = "public"\n'))
    assert "defaults.publication" in str(error.value) and '"extern" or "intern"' in str(error.value)
    with pytest.raises(ManifestError) as error:
        read_manifest(write(tmp_path, '[defaults]\ndecided_by = "KF"\n'))
    assert "defaults.decided_by" in str(error.value) and "in [defaults]: publication" in str(error.value)


def test_default_fills_only_an_unstated_publication() -> None:
    public = ManifestDefaults(publication="extern")
    unstated = apply_manifest(DocumentMeta(title="X"), None, public)
    assert unstated.publication is Publication.EXTERN
    assert unstated.sources["publication"] == "manifest [defaults]"
    assert unstated.publication_source == "default"
    internal = DocumentMeta(publication=Publication.INTERN, sources={"publication": "sida 1, sidhuvud"})
    kept = apply_manifest(internal, None, public)
    assert kept.publication is Publication.INTERN and kept.publication_source == "document"
    entry = apply_manifest(DocumentMeta(), ManifestEntry(file="x.pdf", publication="intern"), public)
    assert entry.publication is Publication.INTERN and entry.publication_source == "manifest"
    no_rule = apply_manifest(DocumentMeta(), None, ManifestDefaults())
    assert no_rule.publication is Publication.UNKNOWN and no_rule.publication_source is None
