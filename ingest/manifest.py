"""The corpus manifest: governance metadata supplied by hand, beside the PDFs, and the collection's rules.

Many styrdokument do not state who adopted them or whether they are public, and some state it
wrongly. ``corpus/manifest.toml`` lets an administrator supply or correct those facts without
touching the PDF. A ``[[document]]`` value always wins over what was read from the document, and
the document's ``sources`` record it as ``"manifest"`` so a health report can tell them apart.

A ``[defaults]`` table states the collection's own rule for what a document leaves unsaid. Today it
holds ``publication``: Askersund's styrmodell says that all documents are on the public website
unless they are of clearly internal character, so ``publication = "extern"`` makes a document that
states nothing public; one that marks itself internal stays internal. Without a declared default a
document that states nothing stays ``okänd`` (unreachable for residents). A default is recorded as
``"manifest [defaults]"``.

Example::

    [defaults]
    publication = "extern"

    [[document]]
    file = "styrmodellen-askersund.pdf"
    doc_type = "styrmodell"

>>> manifest = read_manifest(Path("corpus/manifest.toml"))  # doctest: +SKIP
>>> entry = manifest.entry(pdf.name)  # doctest: +SKIP
>>> meta = apply_manifest(extract_metadata(pages), entry, manifest.defaults)  # doctest: +SKIP
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
from store.schema import DEFAULT_SOURCE, MANIFEST_SOURCE, DocumentMeta, Publication

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


class ManifestDefaults(BaseModel):
    """The collection's rule for a field a document does not state (``[defaults]``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    publication: Literal["extern", "intern"] | None = None


class Manifest(BaseModel):
    """The whole manifest file: ``[defaults]`` and a list of ``[[document]]`` tables."""

    model_config = ConfigDict(extra="forbid")

    defaults: ManifestDefaults = Field(default_factory=ManifestDefaults)
    document: list[ManifestEntry] = Field(default_factory=list)

    def entry(self, file: str) -> ManifestEntry | None:
        return next((e for e in self.document if e.file == file), None)


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


def read_manifest(path: Path) -> Manifest:
    """Read the manifest at ``path``: its defaults and its entries.

    A missing manifest is not an error (most corpora need none) and gives an empty manifest.

    Raises:
        ManifestError: the file is not valid TOML, has unknown keys or bad values, or lists the
            same file twice. The message names the file, the entry and what to fix.
    """
    if not path.is_file():
        logger.debug("no manifest at %s", path)
        return Manifest()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc}). Fix the syntax and ingest again.") from exc
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise ManifestError(
            f"{path}: {_describe(exc, data)}. Allowed keys per [[document]]: "
            f"{', '.join(ManifestEntry.model_fields)}; in [defaults]: "
            f"{', '.join(ManifestDefaults.model_fields)}; "
            'dates as 2024-03-01, publication "extern" or "intern".'
        ) from exc
    seen: set[str] = set()
    for entry in manifest.document:
        if entry.file in seen:
            raise ManifestError(f"{path}: {entry.file!r} is listed twice. Merge the two [[document]] tables.")
        seen.add(entry.file)
    logger.info("manifest %s: %d entries, defaults %s", path, len(seen), manifest.defaults.model_dump())
    return manifest


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    """The manifest's ``[[document]]`` entries, keyed by each entry's ``file`` (see :func:`read_manifest`)."""
    return {entry.file: entry for entry in read_manifest(path).document}


def apply_manifest(
    meta: DocumentMeta, entry: ManifestEntry | None, defaults: ManifestDefaults | None = None
) -> DocumentMeta:
    """Return ``meta`` with every field the entry sets overriding the extracted value, and the
    collection's defaults filling what neither the document nor the entry states.

    ``meta`` itself is left untouched (it is frozen); fields the entry does not set keep their
    extracted value and source. A document that states its publication (internal marks included)
    keeps it whatever the default says.
    """
    overrides: dict[str, object] = {}
    sources = dict(meta.sources)
    if entry is not None:
        for name, value in entry.model_dump(exclude_unset=True, exclude={"file"}).items():
            if value is None:
                continue
            overrides[name] = Publication(value) if name == "publication" else value
            sources[name] = MANIFEST_SOURCE
    publication = overrides.get("publication", meta.publication)
    if publication is Publication.UNKNOWN and defaults is not None and defaults.publication is not None:
        overrides["publication"] = Publication(defaults.publication)
        sources["publication"] = DEFAULT_SOURCE
    if not overrides:
        return meta
    return dataclasses.replace(meta, **overrides, sources=sources)  # type: ignore[arg-type]
