"""Publication by the collection's own rule, end to end: ingest a folder whose manifest declares
``[defaults] publication = "extern"`` and list what residents may read."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from ingest.pipeline import ingest
from store.reader import Store
from store.schema import Audience
from styrsvar.documents import list_documents
from tests.conftest import FIXTURES
from tests.pdfgen import placed_pdf

TEXT = "Rutinen beskriver hur förvaltningen hanterar ärenden och vad medarbetare ska göra när något händer."


def _collection(folder: Path) -> Path:
    folder.mkdir()
    placed_pdf(
        folder / "rutin-utan-uppgift.pdf", [[(20, 20, 18, "Rutin för felanmälan"), (20, 30, 10, TEXT)]]
    )
    internal = [(20, 10, 9, "INTERNT – får inte spridas"), (20, 20, 18, "Rutin för larm"), (20, 30, 10, TEXT)]
    placed_pdf(folder / "rutin-intern.pdf", [internal])
    shutil.copy(
        FIXTURES / "riktlinje-it-incidenter.pdf", folder / "riktlinje-it-incidenter.pdf"
    )  # "Publicering: Intranät"
    (folder / "manifest.toml").write_text(
        '[defaults]\npublication = "extern"\n\n'
        '[[document]]\nfile = "riktlinje-it-incidenter.pdf"\nowner = "IT-chef"\n',
        encoding="utf-8",
    )
    return folder


def test_default_makes_unmarked_documents_public_and_internal_ones_stay_internal(
    tmp_path: Path, warm_store_dir: Path, embeddings: object
) -> None:
    folder = _collection(tmp_path / "samling")
    report = ingest([folder], warm_store_dir, embeddings)  # type: ignore[arg-type]
    assert report.exit_code == 0
    entries = {e["file"]: e for e in list_documents(Store.open(warm_store_dir), dt.date(2026, 11, 26))}
    assert {f: (e["publication"], e["publication_source"]) for f, e in entries.items()} == {
        "rutin-utan-uppgift.pdf": ("extern", "default"),
        "rutin-intern.pdf": ("intern", "document"),
        "riktlinje-it-incidenter.pdf": ("intern", "document"),
    }
    readable = {f for f, e in entries.items() if Audience.RESIDENT.may_read(e["publication"])}
    assert readable == {"rutin-utan-uppgift.pdf"}


def test_without_a_declared_default_unknown_stays_unreachable(
    tmp_path: Path, warm_store_dir: Path, embeddings: object
) -> None:
    folder = _collection(tmp_path / "samling")
    (folder / "manifest.toml").unlink()
    ingest([folder], warm_store_dir, embeddings)  # type: ignore[arg-type]
    entries = {e["file"]: e for e in list_documents(Store.open(warm_store_dir), dt.date(2026, 11, 26))}
    unmarked = entries["rutin-utan-uppgift.pdf"]
    assert (unmarked["publication"], unmarked["publication_source"]) == ("okänd", None)
    assert not Audience.RESIDENT.may_read(unmarked["publication"])


def test_changing_the_default_re_reads_the_collection(
    tmp_path: Path, warm_store_dir: Path, embeddings: object
) -> None:
    folder = _collection(tmp_path / "samling")
    (folder / "manifest.toml").write_text("", encoding="utf-8")
    ingest([folder], warm_store_dir, embeddings)  # type: ignore[arg-type]
    (folder / "manifest.toml").write_text('[defaults]\npublication = "extern"\n', encoding="utf-8")
    again = ingest([folder], warm_store_dir, embeddings)  # type: ignore[arg-type]
    assert {f.file: f.outcome for f in again.files} == {
        "riktlinje-it-incidenter.pdf": "updated",
        "rutin-intern.pdf": "updated",
        "rutin-utan-uppgift.pdf": "updated",
    }
