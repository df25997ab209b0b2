"""What the assistant returns: typed records, and their JSON form (the public API contract)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A claim's source: a person can open ``file`` at ``page`` and find ``quote`` there."""

    file: str
    document_id: str
    title: str
    page: int
    section: str
    quote: str
    decided_by: str | None
    decision_date: str | None  # YYYY-MM-DD
    status: str  # gällande, upphävd, utgången, ej ikraft, okänd (as of the question's date)
    paragraph: str | None = None  # "§ 87"
    status_date: str | None = None  # when the status began (e.g. the date it was repealed)


@dataclass(frozen=True)
class Retrieved:
    """A passage the answer was built from (top-k after filtering), in rank order."""

    file: str
    document_id: str
    page: int
    section: str
    text: str
    score: float
    chunk_id: str = ""


@dataclass(frozen=True)
class Answer:
    """One answer. ``abstained`` answers cite nothing."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[Retrieved] = field(default_factory=list)
    id: str | None = None
    kind: str = ""  # who_decides, which_applies, replaces, replaced_by, fact, out_of_scope ...
    filters: dict[str, Any] = field(default_factory=dict)  # the filters applied, for audit
    model: str = "extractive"
    # An abstention's pointers: the sentences of the documents nearest the question, one per page.
    # Not an answer, and shown as such; every other answer leaves it empty.
    nearby: list[Citation] = field(default_factory=list)

    def shown_sources(self) -> list[dict[str, Any]]:
        """What the asker was shown as sources, for the audit log: the citations, then an
        abstention's pointers, each marked ``"pointer": true``."""
        return [asdict(c) for c in self.citations] + [{**asdict(c), "pointer": True} for c in self.nearby]

    def to_dict(self) -> dict[str, Any]:
        """The JSON answer object of the CLI and the API."""
        data = asdict(self)
        data.pop("kind")
        data.pop("filters")
        data.pop("model")
        return data
