"""Styrsvar's hybrid search as a LangChain ``BaseRetriever``, with the same filters as the assistant.

Example:
    >>> store = Store.open(Path(".styrsvar"))  # doctest: +SKIP
    >>> retriever = StyrsvarRetriever(store=store, audience="resident")  # doctest: +SKIP
    >>> docs = retriever.invoke("Vem beslutar om rivningslov?", k=3)  # doctest: +SKIP
    >>> docs[0].metadata["file"], docs[0].metadata["page"]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from assistant.filters import Filters, Scope
from assistant.retrieval import HybridSearch
from store.reader import Store
from store.schema import Audience


class StyrsvarRetriever(BaseRetriever):
    """Dense + BM25 retrieval over a Styrsvar store; filters are applied inside both searches."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    k: int = 8
    audience: Audience = Audience.EMPLOYEE
    as_of: dt.date | None = None
    filters: Filters = Filters()

    _search: HybridSearch | None = PrivateAttr(default=None)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None, **_: Any
    ) -> list[Document]:
        if self._search is None:
            self._search = HybridSearch(self.store)
        scope = Scope(Audience(self.audience), self.as_of or dt.date.today(), self.filters)
        found = self._search.search(query, scope, k or self.k)
        return [
            Document(
                page_content=c.chunk.text,
                id=c.chunk.chunk_id,
                metadata={
                    "chunk_id": c.chunk.chunk_id,
                    "document_id": c.doc.document_id,
                    "file": c.doc.file,
                    "title": c.doc.meta.title or c.doc.file,
                    "page": c.chunk.page_start,
                    "section": c.chunk.section,
                    "status": str(c.status.status),
                    "publication": str(c.doc.meta.publication),
                    "score": c.score,
                },
            )
            for c in found
        ]
