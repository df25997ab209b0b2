"""The LLM path: numbered sources in, citations back, every citation verified.

The LLM only writes when the extractive path found support (it never answers from its own
knowledge); an answer whose citations fail verification is replaced by the extractive one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.answer import Answer, Citation
from assistant.citations import cite
from assistant.prompts import load_prompt
from assistant.retrieval import Candidate

logger = logging.getLogger(__name__)

_CITE = re.compile(r"\[(\d+)(?::\s*[\"“”«]([^\"“”»\]]+)[\"“”»])?\]")
NO_ANSWER = "INGET_SVAR"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def format_sources(candidates: Sequence[Candidate]) -> str:
    blocks = []
    for i, c in enumerate(candidates, 1):
        title = c.doc.meta.title or c.doc.file
        blocks.append(f"[{i}] {title}, sida {c.chunk.page_start}, {c.chunk.section or '-'}\n{c.chunk.text}")
    return "\n\n".join(blocks)


def verify(text: str, candidates: Sequence[Candidate]) -> list[Citation] | None:
    """Citations of an LLM answer, or None if any is invalid (unknown source, quote not in it)."""
    found = _CITE.findall(text)
    if not found:
        return None
    cites: list[Citation] = []
    for num, quote in found:
        n = int(num)
        if not 1 <= n <= len(candidates):
            logger.info("LLM cited source %d of %d", n, len(candidates))
            return None
        c = candidates[n - 1]
        if quote and _norm(quote) not in _norm(c.chunk.text):
            logger.info("LLM quote not in source %d: %r", n, quote)
            return None
        q = quote or c.chunk.text.splitlines()[0]
        citation = cite(c.doc, c.status, c.chunk, q)
        if citation not in cites:
            cites.append(citation)
    return cites


def llm_answer(
    llm: BaseChatModel, extractive: Answer, candidates: Sequence[Candidate], facts: str = ""
) -> Answer:
    """Let ``llm`` write the answer from ``candidates``; fall back to ``extractive`` on any failure."""
    if extractive.abstained or not candidates:
        return extractive
    template = load_prompt("answer", ("question", "sources", "facts"))
    prompt = template.format(
        question=extractive.question, sources=format_sources(candidates), facts=facts or extractive.answer
    )
    try:
        reply = llm.invoke(prompt)
    except Exception as exc:  # network, server, model errors: the extractive answer stands
        logger.warning("LLM failed (%s); using the extractive answer", exc)
        return extractive
    text = str(getattr(reply, "content", reply)).strip()
    if getattr(reply, "response_metadata", {}).get("finish_reason") == "length":
        logger.info("LLM answer cut off at the token limit; using the extractive answer")
        return extractive
    if not text or NO_ANSWER in text:
        return extractive
    cites = verify(text, candidates)
    if cites is None:
        return extractive
    clean = _CITE.sub(lambda m: f"[{m.group(1)}]", text)
    model = str(getattr(llm, "model_name", None) or getattr(llm, "model", None) or type(llm).__name__)
    return replace(extractive, answer=clean, citations=cites, model=model)
