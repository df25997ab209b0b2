"""Prompts are data: one template file per prompt in ``prompts/``, checked for its variables."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.errors import AssistantError

PROMPT_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=16)
def load_prompt(name: str, required: tuple[str, ...]) -> str:
    """The template ``prompts/<name>.txt``; raises if it lacks a required ``{variable}``."""
    path = PROMPT_DIR / f"{name}.txt"
    if not path.exists():
        raise AssistantError(f"prompt template {path} is missing; restore it from the repository")
    text = path.read_text(encoding="utf-8")
    present = set(re.findall(r"\{(\w+)\}", text))
    missing = [v for v in required if v not in present]
    if missing:
        raise AssistantError(f"prompt {path.name} lacks the variables {missing}; add them to the template")
    return text
