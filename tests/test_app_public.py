"""The residents' endpoint: allowed origins only, resident audience always, nothing internal, no traces."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app import build_app
from config.settings import Settings
from store.audit import AuditLog
from store.schema import Audience
from webapp.public import WITHHELD
from webapp.testing import FakeAssistant, demo_assistant, local_client

ORIGIN = "https://www.askersund.se"
OTHER = "https://evil.example"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("public")


@pytest.fixture(scope="module")
def assistant(folder: Path) -> FakeAssistant:
    return demo_assistant(folder)


@pytest.fixture(scope="module")
def client(folder: Path, assistant: FakeAssistant) -> Iterator[TestClient]:
    settings = Settings(
        store=folder,
        allowed_origins=f"{ORIGIN}, https://askersund.se/",
        public_rate_limit=1000,
        max_question_chars=200,
    )
    with local_client(build_app(settings, assistant), raise_server_exceptions=False) as c:
        yield c


def ask(client: TestClient, body: Mapping[str, object], origin: str | None = ORIGIN) -> Any:
    headers = {"Origin": origin} if origin else {}
    return client.post("/api/public/ask", json=body, headers=headers)


def test_allowed_origin_gets_answer_with_public_links_and_cors(client: TestClient) -> None:
    r = ask(client, {"question": "Vem beslutar om rivningslov?"})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == ORIGIN
    data = r.json()
    assert data["answer"] == "Bygglovshandläggaren beslutar om rivningslov."
    [c] = data["citations"]
    assert c["url"] == "http://127.0.0.1:7860/public/pdf/representationspolicy-2024#page=2"
    assert c["file"] == "representationspolicy-2024.pdf"  # no folder structure
    assert all(r["url"].startswith("http://127.0.0.1:7860/public/pdf/") for r in data["retrieved"])


def test_trailing_slash_in_setting_still_matches(client: TestClient) -> None:
    assert ask(client, {"question": "Vad gäller?"}, origin="https://askersund.se").status_code == 200


@pytest.mark.parametrize("origin", [OTHER, None, "null", ORIGIN + ".evil.example", "http://www.askersund.se"])
def test_other_origins_are_refused(client: TestClient, assistant: FakeAssistant, origin: str | None) -> None:
    before = len(assistant.calls)
    r = ask(client, {"question": "Vem beslutar om rivningslov?"}, origin=origin)
    assert r.status_code == 403
    assert "access-control-allow-origin" not in r.headers
    assert r.json()["error"]
    assert len(assistant.calls) == before  # never reached the assistant


def test_preflight_allowed_origin_only(client: TestClient) -> None:
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    ok = client.options("/api/public/ask", headers={"Origin": ORIGIN, **pre})
    assert ok.status_code == 204
    assert ok.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in ok.headers["access-control-allow-methods"]
    assert "content-type" in ok.headers["access-control-allow-headers"].lower()
    refused = client.options("/api/public/ask", headers={"Origin": OTHER, **pre})
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers


def test_audience_is_always_resident(client: TestClient, assistant: FakeAssistant) -> None:
    r = ask(
        client,
        {
            "question": "Vilken policy gäller? (employee)",
            "audience": "employee",
            "filters": {"include_repealed": True},
        },
    )
    assert r.status_code == 200
    call = assistant.calls[-1]
    assert call.question == "Vilken policy gäller? (employee)"
    assert call.audience is Audience.RESIDENT
    assert call.filters is None


def test_history_is_passed_on(client: TestClient, assistant: FakeAssistant) -> None:
    body = {
        "question": "Och när beslutades den?",
        "history": [{"question": "Vilken policy?", "answer": "Den."}],
    }
    assert ask(client, body).status_code == 200
    assert assistant.calls[-1].history == (("Vilken policy?", "Den."),)


def test_internal_document_is_never_returned(client: TestClient, folder: Path) -> None:
    r = ask(client, {"question": "Vad säger den interna policyn om lön?"})
    assert r.status_code == 200
    data = r.json()
    text = r.text
    assert data["abstained"] is True
    assert data["citations"] == [] and data["retrieved"] == []
    for leak in ("lonepolicy-intern", "intern/", "/pdf/", str(folder), "särskilda regler", "lönepolicy"):
        assert leak not in text


def test_an_abstentions_pointers_reach_residents_only_when_every_one_is_public(
    client: TestClient, folder: Path
) -> None:
    data = ask(client, {"question": "Vad ligger närmast frågan om representation?"}).json()
    assert data["abstained"] is True and data["citations"] == []
    [pointer] = data["nearby"]
    assert pointer["file"] == "representationspolicy-2024.pdf"
    assert pointer["url"] == "http://127.0.0.1:7860/public/pdf/representationspolicy-2024#page=2"
    [shown] = AuditLog(folder / "audit.sqlite").turns(limit=1)[0]["citations"]  # what the asker saw
    assert shown["pointer"] is True and shown["document_id"] == "representationspolicy-2024"
    r = ask(client, {"question": "Vad ligger närmast frågan om lön?"})
    assert r.json()["nearby"] == [] and r.json()["answer"] == WITHHELD
    assert "lonepolicy-intern" not in r.text and "Särskilda regler" not in r.text


def test_public_answer_is_audited_as_public_resident(client: TestClient, folder: Path) -> None:
    ask(client, {"question": "Vem beslutar om rivningslov? Ring 070-123 45 67"})
    turn = AuditLog(folder / "audit.sqlite").turns(limit=1)[0]
    assert (turn["channel"], turn["audience"]) == ("public", "resident")
    assert "070-123" not in turn["question"]
    assert turn["retrieved"] == ["representationspolicy-2024:0001"]


def test_question_length_is_capped(client: TestClient, assistant: FakeAssistant) -> None:
    before = len(assistant.calls)
    r = ask(client, {"question": "x" * 201})
    assert r.status_code == 413
    assert "200 tecken" in r.json()["error"]
    assert r.headers["access-control-allow-origin"] == ORIGIN  # the widget can read the message
    assert len(assistant.calls) == before


def test_oversized_body_is_refused_before_parsing(client: TestClient) -> None:
    r = client.post(
        "/api/public/ask",
        content=b"{" + b" " * 70_000 + b"}",
        headers={"Origin": ORIGIN, "Content-Type": "application/json"},
    )
    assert r.status_code == 413


@pytest.mark.parametrize("body", [{}, {"question": 5}, {"question": "ok", "history": "nej"}])
def test_invalid_bodies_get_swedish_json(client: TestClient, body: dict[str, object]) -> None:
    r = ask(client, body)
    assert r.status_code == 422
    assert r.json()["error"].startswith("Förfrågan kunde inte tolkas")


def test_malformed_json_gets_swedish_json(client: TestClient) -> None:
    r = client.post(
        "/api/public/ask", content=b"{nej", headers={"Origin": ORIGIN, "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert "JSON" in r.json()["error"]


def test_errors_never_leak_a_trace(client: TestClient) -> None:
    r = ask(client, {"question": "krasch"})
    assert r.status_code == 500
    assert r.json() == {"error": "Något gick fel hos oss. Försök igen om en stund."}
    assert "Traceback" not in r.text and "/secret/path" not in r.text and "RuntimeError" not in r.text


def test_public_pdf_serves_extern_only(client: TestClient) -> None:
    ok = client.get("/public/pdf/representationspolicy-2024")
    assert ok.status_code == 200
    assert ok.headers["content-type"] == "application/pdf"
    assert ok.content.startswith(b"%PDF")
    for doc_id in ("lonepolicy-intern", "no-such-document", "..%2F..%2Fetc%2Fpasswd"):
        r = client.get(f"/public/pdf/{doc_id}")
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/json")


def test_widget_script_is_served_with_inlined_css(client: TestClient) -> None:
    r = client.get("/widget.js")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/javascript")
    assert "__STYRSVAR_WIDGET_CSS__" not in r.text
    assert "attachShadow" in r.text and ":host" in r.text
    for external in ("@import", "url(http", "fonts.g", "cdn"):  # no CDN, no web fonts
        assert external not in r.text.lower()


def test_public_endpoint_is_documented(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    schema = paths["/api/public/ask"]["post"]
    assert "audience" not in str(schema["requestBody"])
    assert {"200", "403", "429"} <= set(schema["responses"])


def test_rate_limit_per_client_with_retry_after(folder: Path, assistant: FakeAssistant) -> None:
    settings = Settings(store=folder, allowed_origins=ORIGIN, public_rate_limit=2)
    with local_client(build_app(settings, assistant)) as c:
        codes = [ask(c, {"question": "Vad gäller?"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        r = ask(c, {"question": "Vad gäller?"})
        assert r.status_code == 429
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert r.headers["access-control-allow-origin"] == ORIGIN
        assert "Vänta" in r.json()["error"]
