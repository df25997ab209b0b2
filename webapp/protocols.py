"""What the web app needs from the assistant and the store, as structural types.

The app depends on these small protocols rather than on the concrete classes so that tests can
pass fakes, and so that the app does not pull in retrieval machinery just to type-check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from assistant.answer import Answer
from assistant.filters import Filters
from store.schema import Audience, Chunk, DocumentRecord
from store.status import StatusAt


class RegistryLike(Protocol):
    """The registry as the app reads it: documents, and what the Dokument page's report needs."""

    def get(self, document_id: str) -> DocumentRecord | None: ...

    def documents(self) -> list[DocumentRecord]: ...

    def replaced_by(self, document_id: str) -> list[DocumentRecord]: ...

    def status(self, doc: DocumentRecord, as_of: dt.date) -> StatusAt: ...

    def chunks(self, document_id: str | None = None) -> list[Chunk]: ...


class StoreLike(Protocol):
    @property
    def registry(self) -> RegistryLike: ...

    def refresh(self) -> bool: ...


class AssistantLike(Protocol):
    """The interface of ``assistant.service.Assistant``."""

    @property
    def store(self) -> StoreLike: ...

    def ask(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        id: str | None = None,
    ) -> Answer: ...
