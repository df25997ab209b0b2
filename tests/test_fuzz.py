"""Fuzzing with Hypothesis: the public API, the staff API and the question path, over the real
assistant and store (the fictitious fixture collection, internal documents included).

Whatever text, JSON shape or headers arrive: no 5xx, no traceback, a JSON body that says what
went wrong, and nothing from a document that is not published externally on the public side.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config.settings import Settings
from eval.questions import load_set, resolve_sets
from store.schema import Audience, Publication
from webapp.factory import build_app
from webapp.testing import local_client

ORIGIN = "https://www.askersund.se"
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
EXPECTED = {200, 400, 403, 405, 413, 415, 422, 429}

# Words of real questions, so that generated questions reach classification and composition too.
WORDS = sorted(
    {w for path in resolve_sets(None) for q in load_set(path).questions for w in q.question.split()}
)
ODD = [
    "\ud800",
    "\udfff",
    "\x00",
    "\u202e",
    "\ufeff",
    "\u0301",
    "§",
    "070-123 45 67",
    "19121212-1212",
    "\n",
    "{{x}}",
]

characters = st.one_of(
    st.characters(), st.characters(categories=["Cs"]), st.sampled_from([c for c in ODD if len(c) == 1])
)
texts = st.one_of(
    st.text(characters, max_size=300),
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(characters, max_size=8)), max_size=25
    ).map(" ".join),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
history_turns = st.lists(
    st.one_of(st.fixed_dictionaries({"question": texts, "answer": texts}), json_values), max_size=3
)
public_bodies = st.one_of(
    st.fixed_dictionaries({"question": texts}, optional={"history": history_turns, "audience": json_values}),
    st.dictionaries(st.sampled_from(["question", "history", "audience", "filters", "id", "x"]), json_values),
    json_values,
)
staff_bodies = st.one_of(
    st.fixed_dictionaries(
        {"question": texts},
        optional={
            "audience": st.sampled_from(["employee", "politician", "resident", ""]) | json_values,
            "as_of": st.sampled_from(["2024-05-01", "2024-13-40", "", "1900-01-01"]) | json_values,
            "history": history_turns,
            "filters": st.fixed_dictionaries(
                {},
                optional={
                    "doc_type": texts,
                    "decided_by": texts,
                    "year": st.integers(),
                    "include_repealed": st.booleans(),
                },
            )
            | json_values,
            "id": texts | json_values,
        },
    ),
    json_values,
)
header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=60
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "Origin": st.sampled_from([ORIGIN, "null", "https://evil.example", ""]) | header_text,
        "Content-Type": st.sampled_from(
            ["application/json", "text/plain", "application/x-www-form-urlencoded", ""]
        ),
        "X-Forwarded-For": header_text,
        "Accept-Language": header_text,
        "X-Random": header_text,
    },
)


def latin1(headers: dict[str, str]) -> dict[str, bytes]:
    """Header values as the bytes a client sends (any Latin-1 character, as HTTP allows)."""
    return {name: value.encode("latin-1") for name, value in headers.items()}


def encode(body: Any, raw: bytes | None) -> bytes:
    """JSON as a client writes it: lone surrogates become \\udxxx escapes (valid JSON text)."""
    return raw if raw is not None else json.dumps(body, ensure_ascii=True).encode()


@pytest.fixture(scope="module")
def internal_ids(store: Any) -> set[str]:
    return {d.document_id for d in store.registry.documents() if d.meta.publication is not Publication.EXTERN}


@pytest.fixture(scope="module")
def client(assistant: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    app_settings = Settings(
        store=folder, allowed_origins=ORIGIN, public_rate_limit=0, max_question_chars=1000
    )
    with local_client(build_app(app_settings, assistant), raise_server_exceptions=False) as c:
        yield c


def check_error_free(r: Any) -> Any:
    assert r.status_code in EXPECTED, (r.status_code, r.text[:500])
    assert "Traceback" not in r.text and 'File "/' not in r.text
    data = r.json()
    if r.status_code != 200:
        assert isinstance(data, dict) and isinstance(data.get("error"), str) and data["error"], data
    return data


@FUZZ
@given(body=public_bodies, raw=st.none() | st.binary(max_size=200), extra=headers)
def test_public_endpoint_never_fails_or_leaks(
    client: Any, internal_ids: set[str], body: Any, raw: bytes | None, extra: dict[str, str]
) -> None:
    r = client.post("/api/public/ask", content=encode(body, raw), headers=latin1({"Origin": ORIGIN, **extra}))
    data = check_error_free(r)
    if r.status_code == 200:
        cited = {c["document_id"] for c in data["citations"]} | {p["document_id"] for p in data["retrieved"]}
        assert not cited & internal_ids
        for doc_id in internal_ids:
            assert doc_id not in r.text


@FUZZ
@given(body=staff_bodies, raw=st.none() | st.binary(max_size=200), extra=headers)
def test_staff_endpoint_never_fails(client: Any, body: Any, raw: bytes | None, extra: dict[str, str]) -> None:
    extra.pop("Origin", None)  # a cross-origin staff request is the CORS policy's business
    r = client.post("/api/ask", content=encode(body, raw), headers=latin1(extra))
    check_error_free(r)


@FUZZ
@given(
    path=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="?#"), max_size=40),
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
)
def test_any_path_and_method_gets_a_clear_answer(client: Any, path: str, method: str) -> None:
    r = client.request(method, "/" + path.lstrip("/"), headers={"Origin": ORIGIN})
    assert r.status_code < 500, (method, path, r.status_code, r.text[:300])
    assert "Traceback" not in r.text


@FUZZ
@given(question=texts, history=st.lists(st.tuples(texts, texts), max_size=2))
def test_question_path_answers_anything_and_residents_see_only_public_documents(
    assistant: Any, internal_ids: set[str], question: str, history: list[tuple[str, str]]
) -> None:
    from webapp.sanitize import clean_text  # what every channel does before asking

    for audience in (Audience.RESIDENT, Audience.EMPLOYEE):
        answer = assistant.ask(
            clean_text(question),
            audience=audience,
            history=[(clean_text(q), clean_text(a)) for q, a in history],
        )
        assert isinstance(answer.answer, str) and answer.answer.strip()
        if audience is Audience.RESIDENT:
            used = {c.document_id for c in answer.citations} | {r.document_id for r in answer.retrieved}
            assert not used & internal_ids, used & internal_ids


def test_the_raw_question_path_survives_lone_surrogates(assistant: Any) -> None:
    """The embeddings take broken text too (a CLI batch line can carry one), not only the app's."""
    answer = assistant.ask("\ud800 Vem beslutar om rivningslov?\udfff")
    assert re.search(r"bygglovshandläggare", answer.answer, re.I), answer.answer
