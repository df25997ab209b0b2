"""Staff routes: the JSON API, PDF links, feedback, the staff login, and startup without an index."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app import build_app
from assistant.filters import Filters
from config.settings import Settings, SettingsError
from store.audit import AuditLog
from store.schema import Audience
from styrsvar.cli import main as cli_main
from webapp.auth import is_loopback, is_public_path
from webapp.boot import open_app
from webapp.testing import FakeAssistant, demo_assistant, local_client


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("staff")


@pytest.fixture(scope="module")
def assistant(folder: Path) -> FakeAssistant:
    return demo_assistant(folder)


@pytest.fixture(scope="module")
def client(folder: Path, assistant: FakeAssistant) -> Iterator[TestClient]:
    with local_client(
        build_app(Settings(store=folder, max_question_chars=300), assistant), raise_server_exceptions=False
    ) as c:
        yield c


def test_ask_passes_everything_the_body_sets(client: TestClient, assistant: FakeAssistant) -> None:
    body = {
        "question": "Vem beslutar om rivningslov?",
        "audience": "politician",
        "as_of": "2024-05-01",
        "history": [{"question": "Förra?", "answer": "Svar."}],
        "filters": {
            "doc_type": "delegationsordning",
            "decided_by": "kommunstyrelsen",
            "include_repealed": True,
        },
        "id": "q-17",
    }
    r = client.post("/api/ask", json=body)
    assert r.status_code == 200
    call = assistant.calls[-1]
    assert call.audience is Audience.POLITICIAN
    assert call.as_of == dt.date(2024, 5, 1)
    assert call.history == (("Förra?", "Svar."),)
    assert call.filters == Filters(
        doc_type="delegationsordning", decided_by="kommunstyrelsen", include_repealed=True
    )
    data = r.json()
    assert data["id"] == "q-17"
    assert data["citations"][0]["url"] == "/pdf/representationspolicy-2024#page=2"
    assert set(data) == {"question", "answer", "abstained", "citations", "retrieved", "id", "nearby"}


def test_staff_may_not_claim_resident_or_unknown_fields(client: TestClient) -> None:
    assert client.post("/api/ask", json={"question": "?", "audience": "resident"}).status_code == 422
    assert client.post("/api/ask", json={"question": "?", "role": "admin"}).status_code == 422


def test_staff_reads_internal_documents_and_opens_their_pdf(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "Vad säger den interna policyn?"})
    [c] = r.json()["citations"]
    assert c["url"] == "/pdf/lonepolicy-intern#page=3"
    pdf = client.get(c["url"].split("#")[0])
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("inline")
    assert pdf.content.startswith(b"%PDF")
    assert client.get("/pdf/no-such-document").status_code == 404


def test_turn_is_audited_and_takes_feedback(client: TestClient, folder: Path) -> None:
    r = client.post("/api/ask", json={"question": "Vem beslutar om rivningslov?", "audience": "employee"})
    turn_id = r.headers["x-turn-id"]
    log = AuditLog(folder / "audit.sqlite")
    turn = log.get(turn_id)
    assert turn is not None and (turn["channel"], turn["audience"]) == ("staff", "employee")
    assert turn["citations"][0]["document_id"] == "representationspolicy-2024"
    assert client.post("/api/feedback", json={"turn_id": turn_id, "value": -1}).status_code == 204
    assert log.get(turn_id)["feedback"] == -1  # type: ignore[index]
    assert client.post("/api/feedback", json={"turn_id": "nope", "value": 1}).status_code == 404
    assert client.post("/api/feedback", json={"turn_id": turn_id, "value": 3}).status_code == 422


def test_staff_question_length_is_capped(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "x" * 301})
    assert r.status_code == 413 and "300 tecken" in r.json()["error"]


def test_staff_errors_have_no_trace(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "krasch"})
    assert r.status_code == 500 and "secret" not in r.text and "Traceback" not in r.text


def test_chat_ui_and_api_docs_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "Styrsvar" in page.text
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/public/ask", "/pdf/{document_id}"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/public/ask" in docs.text and "PublicAskRequest" in docs.text
    assert "cdn" not in docs.text.lower() and "<script" not in docs.text


@pytest.mark.parametrize(
    "host,loopback",
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("styrsvar.local", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_exposed_host_without_users_refuses_to_start(folder: Path, assistant: FakeAssistant) -> None:
    with pytest.raises(SettingsError, match="STYRSVAR_STAFF_USERS"):
        build_app(Settings(store=folder, host="0.0.0.0"), assistant)


def test_serve_command_refuses_exposed_host_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["serve", "--store", str(tmp_path), "--host", "0.0.0.0", "--port", "9"]) == 2
    assert "STYRSVAR_STAFF_USERS" in capsys.readouterr().err


def test_public_paths_are_exact() -> None:
    assert (
        is_public_path("/api/public/ask") and is_public_path("/widget.js") and is_public_path("/public/pdf/x")
    )
    for path in ("/", "/api/ask", "/pdf/x", "/public/pdf/x/y", "/api/public/ask/../ask", "/config", "/docs"):
        assert not is_public_path(path)


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_exposed_app_requires_staff_login_but_not_for_public_routes(
    folder: Path, assistant: FakeAssistant
) -> None:
    settings = Settings(
        store=folder,
        host="0.0.0.0",
        staff_users="anna:hemligt1, bo:lösen2",
        allowed_origins="https://www.askersund.se",
    )
    with local_client(build_app(settings, assistant)) as c:
        for method, path in [
            ("GET", "/"),
            ("GET", "/config"),
            ("GET", "/gradio_api/info"),
            ("POST", "/api/ask"),
            ("GET", "/pdf/lonepolicy-intern"),
            ("GET", "/docs"),
            ("GET", "/openapi.json"),
        ]:
            r = c.request(method, path, json={"question": "?"})
            assert r.status_code == 401, path
            assert r.headers["www-authenticate"].startswith("Basic")
        assert c.get("/pdf/lonepolicy-intern", headers=_basic("anna", "fel")).status_code == 401
        assert c.get("/pdf/lonepolicy-intern", headers=_basic("anna", "hemligt1")).status_code == 200
        assert (
            c.post("/api/ask", json={"question": "Vad gäller?"}, headers=_basic("bo", "lösen2")).status_code
            == 200
        )
        assert c.get("/", headers=_basic("bo", "lösen2")).status_code == 200
        assert c.get("/widget.js").status_code == 200
        assert c.get("/public/pdf/representationspolicy-2024").status_code == 200
        r = c.post(
            "/api/public/ask",
            json={"question": "Vad gäller?"},
            headers={"Origin": "https://www.askersund.se"},
        )
        assert r.status_code == 200


def test_without_an_index_a_swedish_message_page_is_served(tmp_path: Path) -> None:
    with local_client(open_app(Settings(store=tmp_path / "tom"))) as c:
        page = c.get("/")
        assert page.status_code == 503
        assert "Inget index ännu" in page.text and "styrsvar ingest" in page.text
        api = c.post("/api/public/ask", json={"question": "?"})
        assert api.status_code == 503 and "index" in api.json()["error"]


def test_foreign_pages_cannot_read_staff_routes_with_a_cached_login(
    folder: Path, assistant: FakeAssistant
) -> None:
    settings = Settings(
        store=folder, host="0.0.0.0", staff_users="anna:hemligt1", allowed_origins="https://www.askersund.se"
    )
    evil = {"Origin": "https://evil.example", **_basic("anna", "hemligt1")}
    with local_client(build_app(settings, assistant)) as c:
        for path in ("/config", "/gradio_api/info", "/pdf/lonepolicy-intern"):
            r = c.get(path, headers=evil)
            assert "access-control-allow-origin" not in r.headers, path
            assert "access-control-allow-credentials" not in r.headers, path
        r = c.post("/api/ask", json={"question": "Vad gäller?"}, headers=evil)
        assert "access-control-allow-origin" not in r.headers
