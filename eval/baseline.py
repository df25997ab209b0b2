"""The baseline: LangChain's tutorial RAG recipe, scored side by side with the system.

PyPDFLoader per PDF, RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200), the same
embeddings object, an in-memory Chroma collection, ``similarity_search(question, k=8)``. Its answer
is the top chunk's text, it never abstains and it has no audience filter: that is the recipe, and
what the system's extra machinery must beat to be worth having.

Example:
    >>> from store.embeddings import make_embeddings
    >>> rag = TutorialRAG.build([Path("corpus")], make_embeddings("e5-small"))  # doctest: +SKIP
    >>> rag.ask("Vem beslutar om kommunens vision?")["citations"][0]["page"]  # doctest: +SKIP
    3
"""

from __future__ import annotations

import logging
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

with warnings.catch_warnings():  # langchain-community announces its sunset on import; it is the recipe
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.document_loaders import PyPDFLoader

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 8


def load_pages(folders: Sequence[Path]) -> list[Document]:
    """One Document per PDF page, ``file`` relative to its folder as the system names it."""
    pages: list[Document] = []
    for folder in folders:
        pdfs = [folder] if folder.is_file() else sorted(p for p in folder.rglob("*.pdf") if p.is_file())
        for pdf in pdfs:
            file = pdf.name if folder.is_file() else pdf.relative_to(folder).as_posix()
            try:
                docs = PyPDFLoader(str(pdf)).load()
            except Exception as exc:  # the recipe has no error handling; we only keep going
                logger.warning("baseline skips %s: %s", file, exc)
                continue
            for doc in docs:
                doc.metadata["file"] = file
            pages.extend(docs)
    return pages


class TutorialRAG:
    """An in-memory index of the recipe's chunks; build it with :meth:`build`."""

    def __init__(self, store: Chroma, chunks: int) -> None:
        self.store = store
        self.chunks = chunks

    @classmethod
    def build(cls, folders: Sequence[Path], embeddings: Embeddings) -> TutorialRAG:
        pages = load_pages(folders)
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        chunks = splitter.split_documents(pages)
        client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
        # Ephemeral clients share one in-memory system per process: a fresh name keeps runs apart.
        store = Chroma(
            collection_name=f"baseline-{uuid.uuid4().hex[:12]}", embedding_function=embeddings, client=client
        )
        if chunks:
            store.add_documents(chunks, ids=[f"c{i:05d}" for i in range(len(chunks))])
        logger.info("baseline: %d pages, %d chunks", len(pages), len(chunks))
        return cls(store, len(chunks))

    def ask(self, question: str, k: int = TOP_K) -> dict[str, Any]:
        """The answer object, in the system's JSON form so that one scorer judges both."""
        hits = self.store.similarity_search(question, k=k)
        retrieved = [
            {
                "file": d.metadata.get("file", ""),
                "page": int(d.metadata.get("page", 0)) + 1,  # PyPDFLoader pages are 0-based
                "text": d.page_content,
            }
            for d in hits
        ]
        top = retrieved[0] if retrieved else None
        return {
            "question": question,
            "answer": top["text"] if top else "",
            "abstained": False,
            "citations": [{"file": top["file"], "page": top["page"], "status": ""}] if top else [],
            "retrieved": retrieved,
        }

    def close(self) -> None:
        try:
            self.store.delete_collection()
        except Exception:  # already gone
            logger.debug("baseline collection already deleted")
