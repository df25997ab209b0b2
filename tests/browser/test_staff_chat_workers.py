"""The staff chat in headless Chromium against `styrsvar serve --workers 2`: every event of one
conversation may reach either worker, so the conversation must live in the page, not a process."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from store.audit import AuditLog
from tests.servers import styrsvar_serve

QUESTION = "#sv-question textarea"


def test_a_conversation_across_two_workers(page: Any, fixture_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(fixture_store, store, ignore=shutil.ignore_patterns("audit.sqlite*"))
    with styrsvar_serve(store, tmp_path / "serve.log", workers=2) as base:
        page.goto(base + "/")
        page.wait_for_selector(QUESTION)
        for n, question in enumerate(
            [
                "Vem beslutar om rivningslov?",
                "Vilken representationspolicy gäller nu?",
                "Och vem beslutade den?",
            ],
            start=1,
        ):
            page.fill(QUESTION, question)
            page.keyboard.press("Enter")
            page.wait_for_function(f"document.querySelectorAll('.sv-answer').length >= {n}", timeout=60_000)
        answers = page.locator(".sv-answer").all_inner_texts()
        assert "Bygglovshandläggare" in answers[0]
        assert "Representationspolicy" in answers[1]
        assert "2024-04-22" in answers[2], answers[2]  # "den" was read through the earlier turns
        page.locator('button[aria-label="Gilla"], button[aria-label="Like"]').first.click()
        log = AuditLog(store / "audit.sqlite")
        for _ in range(100):  # the feedback event reaches whichever worker; wait until it is written
            liked = [t for t in log.turns(limit=10) if t["feedback"] == 1]
            if liked:
                break
            page.wait_for_timeout(100)
    turns = log.turns(limit=10)
    assert len([t for t in turns if t["channel"] == "staff"]) == 3
    assert liked and liked[0]["question"] == "Vem beslutar om rivningslov?"
