"""Hostile and careless input to the app: each test here failed before its fix (issue 12, A-D and minor).

In-process through the app's own client; the bound address is the ASGI ``server`` of the scope,
so a non-loopback address is simulated without sending a packet anywhere.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app import build_app
from config.settings import Settings
from webapp.testing import FakeAssistant, demo_assistant

ORIGIN = "https://www.askersund.se"
LOCAL = "http://127.0.0.1:7860"
SURROGATE_BODY = b'{"question": "\\ud800 rivningslov"}'


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture()
def assistant(folder: Path) -> FakeAssistant:
    return demo_assistant(folder)


def client_for(app: object, base_url: str = LOCAL, peer: str = "127.0.0.1") -> TestClient:
    return TestClient(app, base_url=base_url, client=(peer, 50000), raise_server_exceptions=False)  # type: ignore[arg-type]


@pytest.fixture()
def client(folder: Path, assistant: FakeAssistant) -> Iterator[TestClient]:
    settings = Settings(store=folder, allowed_origins=ORIGIN, public_rate_limit=1000)
    with client_for(build_app(settings, assistant)) as c:
        yield c


def public(c: TestClient, content: bytes, **headers: str) -> object:
    return c.post(
        "/api/public/ask",
        content=content,
        headers={"Origin": ORIGIN, "Content-Type": "application/json", **headers},
    )


# A. A lone surrogate is a broken character, not a server error.


def test_lone_surrogate_is_answered_on_both_ask_routes(client: TestClient, assistant: FakeAssistant) -> None:
    for path, headers in (("/api/public/ask", {"Origin": ORIGIN}), ("/api/ask", {})):
        r = client.post(path, content=SURROGATE_BODY, headers={"Content-Type": "application/json", **headers})
        assert r.status_code == 200, (path, r.text)
        assert assistant.calls[-1].question == "\ufffd rivningslov"
        assert r.json()["question"] == "\ufffd rivningslov"


def test_surrogates_in_history_id_and_filters_are_replaced(
    client: TestClient, assistant: FakeAssistant
) -> None:
    body = (
        b'{"question": "Vad g\\u00e4ller?", "id": "\\udfff", "history": [{"question": "\\ud83d", '
        b'"answer": "ok"}], "filters": {"doc_type": "\\udc00policy"}}'
    )
    r = client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    call = assistant.calls[-1]
    assert call.id == "\ufffd" and call.history == (("\ufffd", "ok"),)
    assert call.filters is not None and call.filters.doc_type == "\ufffdpolicy"
    assert r.json()["id"] == "\ufffd"


def test_a_body_that_is_not_utf8_gets_a_swedish_message(client: TestClient, assistant: FakeAssistant) -> None:
    before = len(assistant.calls)
    for path, headers in (("/api/public/ask", {"Origin": ORIGIN}), ("/api/ask", {})):
        body = b'{"question": "\xff\xfe rivningslov"}'
        r = client.post(path, content=body, headers={"Content-Type": "application/json", **headers})
        assert r.status_code == 400, (path, r.text)
        assert r.json() == {"error": r.json()["error"]} and "UTF-8" in r.json()["error"]
        assert "parsing" not in r.text
    assert len(assistant.calls) == before


def test_a_valid_surrogate_pair_stays_one_character(client: TestClient, assistant: FakeAssistant) -> None:
    r = public(client, b'{"question": "Vad g\\u00e4ller \\ud83d\\ude00?"}')
    assert r.status_code == 200
    assert assistant.calls[-1].question == "Vad gäller \U0001f600?"


# B. Bodies are capped while they stream in, on every route, and invalid bodies count.


def test_chunked_public_body_over_the_cap_is_refused(client: TestClient, assistant: FakeAssistant) -> None:
    before = len(assistant.calls)

    def chunks() -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding chunked
        yield b'{"question": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'"}'

    r = client.post(
        "/api/public/ask", content=chunks(), headers={"Origin": ORIGIN, "Content-Type": "application/json"}
    )
    assert r.status_code == 413
    assert r.json()["error"].startswith("Förfrågan är för stor")
    assert r.headers["access-control-allow-origin"] == ORIGIN  # the widget can read why
    assert len(assistant.calls) == before


@pytest.mark.parametrize("path", ["/api/ask", "/api/feedback", "/gradio_api/queue/join"])
def test_every_route_caps_its_body(client: TestClient, path: str) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(1100):
            yield b" " * 1024

    r = client.post(path, content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413, r.text
    assert "error" in r.json()


def test_a_lying_content_length_is_refused(client: TestClient) -> None:
    r = client.post("/api/ask", content=b"{}", headers={"Content-Length": "99999999999"})
    assert r.status_code == 413


def test_invalid_bodies_count_toward_the_public_limit(folder: Path, assistant: FakeAssistant) -> None:
    settings = Settings(store=folder, allowed_origins=ORIGIN, public_rate_limit=3)
    with client_for(build_app(settings, assistant)) as c:
        assert public(c, b"{nej").status_code == 422
        assert public(c, b'{"question": 5}').status_code == 422
        assert public(c, b"[" * 70_000).status_code == 413
        r = public(c, b'{"question": "Vad g\\u00e4ller?"}')
        assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 60


# C. X-Forwarded-For picks no client unless it comes from a proxy named in the settings.


def test_forwarded_for_from_an_untrusted_peer_does_not_make_a_new_client(
    folder: Path, assistant: FakeAssistant
) -> None:
    settings = Settings(store=folder, allowed_origins=ORIGIN, public_rate_limit=2)
    with client_for(build_app(settings, assistant)) as c:
        codes = [
            public(c, b'{"question": "Vad?"}', **{"X-Forwarded-For": f"198.51.100.{i}"}).status_code
            for i in range(3)
        ]
        assert codes == [200, 200, 429]


def test_forwarded_for_from_a_trusted_proxy_names_the_client(folder: Path, assistant: FakeAssistant) -> None:
    settings = Settings(
        store=folder, allowed_origins=ORIGIN, public_rate_limit=1, trusted_proxies="127.0.0.1, 10.0.0.0/8"
    )
    with client_for(build_app(settings, assistant)) as c:
        ok = [
            public(c, b'{"question": "Vad?"}', **{"X-Forwarded-For": f"198.51.100.{i}, 10.1.2.3"}).status_code
            for i in range(3)
        ]
        assert ok == [200, 200, 200]  # three clients behind two trusted proxies
        again = public(c, b'{"question": "Vad?"}', **{"X-Forwarded-For": "198.51.100.1, 10.1.2.3"})
        assert again.status_code == 429
        # a client cannot forge its way past the proxy: the proxy appends the real address last
        forged = public(c, b'{"question": "Vad?"}', **{"X-Forwarded-For": "203.0.113.9, 198.51.100.2"})
        assert forged.status_code == 429


# D. Without staff logins, staff routes answer only connections that arrived on a loopback address.


@pytest.mark.parametrize("path", ["/", "/docs", "/openapi.json", "/pdf/lonepolicy-intern", "/config"])
def test_staff_routes_are_closed_on_a_non_loopback_address_without_logins(
    folder: Path, assistant: FakeAssistant, path: str
) -> None:
    app = build_app(Settings(store=folder, allowed_origins=ORIGIN), assistant)  # host says 127.0.0.1
    with client_for(app, base_url="http://192.0.2.10:7860", peer="192.0.2.99") as c:
        r = c.get(path)
        assert r.status_code == 403, path
        assert "STYRSVAR_STAFF_USERS" in r.json()["error"]
        asked = c.post("/api/ask", json={"question": "Vad säger den interna policyn?"})
        assert asked.status_code == 403 and "särskilda regler" not in asked.text
        assert c.get("/widget.js").status_code == 200
        assert public(c, b'{"question": "Vad?"}').status_code == 200


@pytest.mark.parametrize("header", ["X-Forwarded-For", "Forwarded", "X-Real-IP"])
def test_a_request_forwarded_over_loopback_is_not_local(client: TestClient, header: str) -> None:
    """A reverse proxy on the same machine reaches the app over loopback on behalf of others."""
    r = client.get("/pdf/lonepolicy-intern", headers={header: "203.0.113.7"})
    assert r.status_code == 403 and "STYRSVAR_STAFF_USERS" in r.json()["error"]
    assert client.get("/widget.js", headers={header: "203.0.113.7"}).status_code == 200


def test_staff_routes_stay_open_on_loopback_without_logins(client: TestClient) -> None:
    assert client.get("/").status_code == 200
    assert client.get("/pdf/lonepolicy-intern").status_code == 200


def test_with_logins_the_bound_address_does_not_matter(folder: Path, assistant: FakeAssistant) -> None:
    app = build_app(Settings(store=folder, staff_users="anna:hemligt1"), assistant)
    login = {"Authorization": "Basic " + base64.b64encode(b"anna:hemligt1").decode()}
    for base in (LOCAL, "http://192.0.2.10:7860"):
        with client_for(app, base_url=base) as c:
            assert c.get("/pdf/lonepolicy-intern").status_code == 401
            assert c.get("/pdf/lonepolicy-intern", headers=login).status_code == 200


# Minor: Swedish JSON for unknown paths, 405 for a wrong method.


@pytest.mark.parametrize("path", ["/nope", "/api/nope", "/gradio_api/nope", "/pdf/a/b"])
def test_unknown_paths_get_swedish_json(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json() == {"error": "Hittades inte."}


@pytest.mark.parametrize(
    "method,path,allow",
    [("GET", "/api/public/ask", "POST"), ("GET", "/api/ask", "POST"), ("PUT", "/api/feedback", "POST")],
)
def test_wrong_method_is_405_with_allow(client: TestClient, method: str, path: str, allow: str) -> None:
    r = client.request(method, path, headers={"Origin": ORIGIN})
    assert r.status_code == 405
    assert allow in r.headers["allow"]
    assert r.json()["error"] == "Metoden stöds inte här."
