"""LangChain's standard retriever conformance tests, on the real store and embeddings."""

from __future__ import annotations

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.retriever import StyrsvarRetriever


class TestStyrsvarRetriever(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _store(self, store):
        self._the_store = store

    @property
    def retriever_constructor(self) -> type[StyrsvarRetriever]:
        return StyrsvarRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"store": self._the_store}

    @property
    def retriever_query_example(self) -> str:
        return "Vem beslutar om rivningslov?"


def test_resident_retriever_never_returns_internal(store):
    retriever = StyrsvarRetriever(store=store, audience="resident", k=20)
    docs = retriever.invoke("Hur hanteras IT-incidenter och vem ska kontaktas vid en incident?")
    assert docs, "expected some external passages"
    assert all(d.metadata["publication"] == "extern" for d in docs)
    staff = StyrsvarRetriever(store=store, audience="employee", k=20).invoke(
        "Hur hanteras IT-incidenter och vem ska kontaktas vid en incident?"
    )
    assert any(d.metadata["publication"] == "intern" for d in staff)
