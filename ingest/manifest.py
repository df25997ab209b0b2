"""The corpus manifest: governance metadata supplied by hand, beside the PDFs.

Many styrdokument do not state who adopted them or whether they are public, and some state it
wrongly. ``corpus/manifest.toml`` lets an administrator supply or correct those facts without
touching the PDF. A manifest value always wins over what was read from the document, and the
document's ``sources`` record it as ``"manifest"`` so a health report can tell them apart.

Example::

    [[document]]
    file = "styrmodellen-askersund.pdf"
    doc_type = "styrmodell"
    publication = "extern"

>>> entries = load_manifest(Path("corpus/manifest.toml"))  # doctest: +SKIP
>>> meta = apply_manifest(extract_metadata(pages), entries.get(pdf.name))  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.errors import ManifestError
from store.schema import DocumentMeta, Publication

logger = logging.getLogger(__name__)


class ManifestEntry(BaseModel):
    """One document's hand-supplied metadata. Only ``file`` is required; absent keys mean "read it
    from the PDF"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str = Field(min_length=1)
    title: str | None = None
    doc_type: str | None = None
    decided_by: str | None = None
    decision_date: dt.date | None = None
    paragraph: str | None = None
    diarienummer: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    replaces: str | None = None
    scope: str | None = None
    publication: Literal["extern", "intern"] | None = None
    owner: str | None = None
    review_date: dt.date | None = None


class Manifest(BaseModel):
    """The whole manifest file: a list of ``[[document]]`` tables."""

    model_config = ConfigDict(extra="forbid")

    document: list[ManifestEntry] = Field(default_factory=list)


def _describe(error: ValidationError, data: dict[str, object]) -> str:
    """Turn pydantic's errors into lines that name the entry (by its file) and the bad key."""
    documents = data.get("document")
    lines = []
    for item in error.errors():
        loc = list(item["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == "document" and isinstance(loc[1], int) and isinstance(documents, list):
            entry = documents[loc[1]] if loc[1] < len(documents) else {}
            named = isinstance(entry, dict) and "file" in entry
            name = repr(entry["file"]) if named else f"number {loc[1] + 1}"
            key = ".".join(str(part) for part in loc[2:]) or "(entry)"
            where = f"[[document]] {name}, key {key!r}"
        lines.append(f"{where}: {item['msg']}")
    return "; ".join(lines)


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Read the manifest at ``path``, keyed by each entry's ``file``.

    A missing manifest is not an error (most corpora need none) and gives an empty mapping.

    Raises:
        ManifestError: the file is not valid TOML, has unknown keys or bad values, or lists the
            same file twice. The message names the file, the entry and what to fix.
    """
    if not path.is_file():
        logger.debug("no manifest at %s", path)
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc}). Fix the syntax and ingest again.") from exc
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise ManifestError(
            f"{path}: {_describe(exc, data)}. Allowed keys per [[document]]: "
            f'{", ".join(ManifestEntry.model_fields)}; dates as 2024-03-01, publication "extern" or "intern".'
        ) from exc
    entries: dict[str, ManifestEntry] = {}
    for entry in manifest.document:
        if entry.file in entries:
            raise ManifestError(f"{path}: {entry.file!r} is listed twice. Merge the two [[document]] tables.")
        entries[entry.file] = entry
    logger.info("manifest %s: %d entries", path, len(entries))
    return entries


def apply_manifest(meta: DocumentMeta, entry: ManifestEntry | None) -> DocumentMeta:
    """Return ``meta`` with every field the entry sets overriding the extracted value.

    ``meta`` itself is left untouched (it is frozen); fields the entry does not set keep their
    extracted value and source.
    """
    if entry is None:
        return meta
    overrides: dict[str, object] = {}
    for name, value in entry.model_dump(exclude_unset=True, exclude={"file"}).items():
        if value is None:
            continue
        overrides[name] = Publication(value) if name == "publication" else value
    if not overrides:
        return meta
    sources = dict(meta.sources)
    sources.update({name: "manifest" for name in overrides})
    return dataclasses.replace(meta, **overrides, sources=sources)  # type: ignore[arg-type]
