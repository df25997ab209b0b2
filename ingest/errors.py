"""Errors of the ingest layer. Messages say what happened and what to do."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """Base of every error ingest reports to a user."""


class UnreadablePDF(IngestError):
    """A file that cannot be ingested; it is reported and skipped, the rest goes on."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class ManifestError(IngestError):
    """The corpus manifest is malformed."""
