"""Fakes of the assistant and the store, for tests, screenshots and demos of the web app.

The web app depends only on :mod:`webapp.protocols`; these fakes implement them with canned
answers and a tiny in-memory registry, so the app's routes, security checks and browser
behaviour can be tested in-process and fast, independently of retrieval quality.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer import Answer, Citation, Retrieved
from assistant.filters import Filters
from store.schema import Audience, Chunk, DocumentMeta, DocumentRecord, Publication
from store.status import StatusAt, status_at
from webapp.protocols import AssistantLike

MINIMAL_PDF_PAGES = 3


def minimal_pdf(pages: int = MINIMAL_PDF_PAGES) -> bytes:
    """A valid, tiny PDF with ``pages`` blank pages (no PDF library needed)."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_document(
    folder: Path,
    document_id: str,
    *,
    title: str,
    publication: Publication,
    doc_type: str = "policy",
    decided_by: str = "kommunfullmäktige",
    decided: dt.date = dt.date(2023, 5, 15),
) -> DocumentRecord:
    """A registry record whose PDF really exists under ``folder``."""
    path = folder / f"{document_id}.pdf"
    path.write_bytes(minimal_pdf())
    meta = DocumentMeta(
        title=title,
        doc_type=doc_type,
        decided_by=decided_by,
        decision_date=decided,
        paragraph="§ 87",
        publication=publication,
        valid_from=decided,
    )
    return DocumentRecord(
        document_id=document_id,
        file=f"{publication}/{path.name}",
        source_path=str(path),
        sha256="0" * 64,
        pages=MINIMAL_PDF_PAGES,
        meta=meta,
    )


class FakeRegistry:
    def __init__(self, documents: Sequence[DocumentRecord]) -> None:
        self._docs = {d.document_id: d for d in documents}

    def get(self, document_id: str) -> DocumentRecord | None:
        return self._docs.get(document_id)

    def documents(self) -> list[DocumentRecord]:
        return list(self._docs.values())

    def replaced_by(self, document_id: str) -> list[DocumentRecord]:
        return [d for d in self._docs.values() if d.replaces_document_id == document_id]

    def status(self, doc: DocumentRecord, as_of: dt.date) -> StatusAt:
        return status_at(doc, as_of, self.replaced_by(doc.document_id))

    def chunks(self, document_id: str | None = None) -> list[Chunk]:
        return []  # the fakes have no text


class FakeStore:
    def __init__(self, documents: Sequence[DocumentRecord]) -> None:
        self.registry = FakeRegistry(documents)
        self.refreshes = 0

    def refresh(self) -> bool:
        self.refreshes += 1
        return False


def citation(
    doc: DocumentRecord,
    page: int = 2,
    quote: str = "",
    status: str = "gällande",
    status_date: str | None = None,
) -> Citation:
    m = doc.meta
    return Citation(
        file=doc.file,
        document_id=doc.document_id,
        title=m.title or doc.file,
        page=page,
        section="3. Beslut",
        quote=quote or f"Citat ur {m.title}.",
        decided_by=m.decided_by,
        decision_date=m.decision_date.isoformat() if m.decision_date else None,
        status=status,
        paragraph=m.paragraph,
        status_date=status_date,
    )


def answer_citing(question: str, text: str, *docs: DocumentRecord, page: int = 2) -> Answer:
    """A non-abstained answer citing ``docs`` (and having retrieved them) at ``page``."""
    return Answer(
        question=question,
        answer=text,
        abstained=False,
        citations=[citation(d, page) for d in docs],
        retrieved=[
            Retrieved(
                d.file,
                d.document_id,
                page,
                "3. Beslut",
                f"Text ur {d.meta.title}.",
                0.9,
                f"{d.document_id}:0001",
            )
            for d in docs
        ],
    )


@dataclass
class Call:
    question: str
    audience: Audience
    as_of: dt.date | None
    history: tuple[tuple[str, str], ...]
    filters: Filters | None
    id: str | None


@dataclass
class FakeAssistant:
    """Answers with ``respond(question, audience)``; records every call for assertions."""

    store: FakeStore
    respond: Callable[[str, Audience], Answer]
    calls: list[Call] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ask(
        self,
        question: str,
        *,
        audience: Audience = Audience.EMPLOYEE,
        as_of: dt.date | None = None,
        history: Sequence[tuple[str, str]] = (),
        filters: Filters | None = None,
        id: str | None = None,
    ) -> Answer:
        with self._lock:
            self.calls.append(Call(question, audience, as_of, tuple(history), filters, id))
        if not question.strip():
            return Answer(question=question, answer="Skriv en fråga.", abstained=True, id=id)
        answer = self.respond(question, audience)
        return Answer(**{**answer.__dict__, "id": id})


@dataclass
class Scenario:
    """An assistant and the questions that exercise it end to end (browser tests, screenshots)."""

    assistant: AssistantLike
    store_dir: Path  # where the app keeps its audit log
    staff_question: str  # answered with at least one citation for staff
    resident_question: str  # answered with at least one (public) citation for residents
    internal_question: str  # about an internal document: residents must get no internal source
    internal_document_ids: frozenset[str]


def demo_scenario(folder: Path) -> Scenario:
    return Scenario(
        assistant=demo_assistant(folder),
        store_dir=folder,
        staff_question="Vem beslutar om rivningslov?",
        resident_question="Vilken representationspolicy gäller nu?",
        internal_question="Vad säger den interna lönepolicyn?",
        internal_document_ids=frozenset({"lonepolicy-intern"}),
    )


def demo_assistant(folder: Path) -> FakeAssistant:
    """Two documents (one public, one internal) and canned answers keyed by words in the question.

    "intern" cites the internal document (whatever the audience: a buggy assistant, to prove the
    public endpoint withholds it); "närmast" abstains and points to a page of each document (the
    internal one too, for the same reason); "rivningslov" and anything else cite the public policy;
    "krasch" raises, to prove errors never leak a trace.
    """
    policy = make_document(
        folder, "representationspolicy-2024", title="Representationspolicy", publication=Publication.EXTERN
    )
    internal = make_document(
        folder,
        "lonepolicy-intern",
        title="Intern lönepolicy",
        publication=Publication.INTERN,
        decided_by="kommunstyrelsen",
    )

    def respond(question: str, audience: Audience) -> Answer:
        q = question.lower()
        if "krasch" in q:
            raise RuntimeError("/secret/path/registry.sqlite is locked")
        if "närmast" in q:
            pointers = [citation(policy, page=2, quote="Representation ska vara måttfull.")]
            if "lön" in q:
                pointers.append(citation(internal, page=3, quote="Särskilda regler gäller."))
            return Answer(question=question, answer="Jag hittar inget stöd.", abstained=True, nearby=pointers)
        if "intern" in q:
            return answer_citing(
                question, "Enligt den interna lönepolicyn gäller särskilda regler.", internal, page=3
            )
        if "rivningslov" in q:
            return answer_citing(question, "Bygglovshandläggaren beslutar om rivningslov.", policy, page=2)
        return answer_citing(question, "Representationspolicyn från 2024 gäller nu.", policy, page=1)

    return FakeAssistant(store=FakeStore([policy, internal]), respond=respond)


LOCAL_BASE_URL = "http://127.0.0.1:7860"


def local_client(app: Any, **kwargs: Any) -> Any:
    """The app's in-process test client, as a connection that arrived on 127.0.0.1 (the staff
    routes answer it without logins, as on a loopback bind)."""
    from fastapi.testclient import TestClient

    kwargs.setdefault("base_url", LOCAL_BASE_URL)
    kwargs.setdefault("client", ("127.0.0.1", 50000))
    return TestClient(app, **kwargs)
