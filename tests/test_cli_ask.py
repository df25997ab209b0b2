"""`styrsvar ask` with broken input: clear messages and answers, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from styrsvar.cli import main as cli_main
from tests.conftest import ROOT


def test_an_argument_that_is_not_utf8_is_answered(fixture_store: Path) -> None:
    """A shell passes bytes; Python hands undecodable ones over as lone surrogates."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "styrsvar.cli",
            "ask",
            "--store",
            str(fixture_store),
            "--json",
            b"\xff Vem beslutar om rivningslov?",
        ],
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=300,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    answer = json.loads(run.stdout)
    assert answer["question"].startswith("\ufffd") and "bygglovshandläggare" in answer["answer"].lower()


def test_batch_lines_with_surrogates_are_answered(
    fixture_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "a", "question": "\\ud800 Vem beslutar om rivningslov?", "history": [["\\udfff", "ok"]]}\n',
        encoding="utf-8",
    )
    assert cli_main(["ask", "--store", str(fixture_store), "--batch", str(batch)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["id"] == "a" and answer["question"].startswith("\ufffd")


@pytest.mark.parametrize(
    "line,message",
    [
        ("[1, 2]", "not an object"),
        ('{"question": "x", "audience": "admin"}', "audience must be one of"),
        ('{"question": "x", "as_of": "1 maj"}', "YYYY-MM-DD"),
        ('{"question": "x", "history": ["a"]}', "history must be a list"),
        ("{nej", "not JSON"),
    ],
)
def test_bad_batch_lines_get_one_clear_line(
    fixture_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text(line + "\n", encoding="utf-8")
    assert cli_main(["ask", "--store", str(fixture_store), "--batch", str(batch)]) == 2
    err = capsys.readouterr().err
    assert "line 1" in err and message in err and "Traceback" not in err


def test_a_bad_batch_line_is_skipped_and_the_rest_answered(
    fixture_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    lines = [
        '{"id": "a", "question": "Vem beslutar om rivningslov?"}',
        "{nej",
        '{"id": "c", "question": "Hej"}',
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli_main(["ask", "--store", str(fixture_store), "--batch", str(batch)]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert "line 2: not JSON" in err and "1 line(s)" in err and "Traceback" not in err


def test_an_abstention_prints_the_pages_nearest_the_question(
    fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    q = "Vad är skillnaden mellan en uppdragsplan och en verksamhetsplan?"
    assert cli_main(["ask", "--store", str(fixture_store), "--as-of", "2026-11-26", q]) == 0
    out = capsys.readouterr().out
    assert "Jag hittar inget stöd" in out and "Inget svar, men det här ligger närmast frågan:" in out
    assert "styrmodellen-askersund.pdf s. 5" in out


def test_output_cut_short_by_a_pipe_is_no_traceback(fixture_store: Path) -> None:
    """`styrsvar decisions | head -3`: the reader closes the pipe early."""
    cli = [sys.executable, "-m", "styrsvar.cli", "decisions", "--store", str(fixture_store)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # as head does once it has its lines
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
