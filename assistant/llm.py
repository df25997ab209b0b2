"""Chat models as an option: one setting string picks any LangChain chat model.

``ollama:<model>`` (needs langchain-ollama), ``openai:<model>`` (hosted, OPENAI_API_KEY), or the
URL of any OpenAI-compatible server (vLLM, llama.cpp, LM Studio): ``http://127.0.0.1:8080/v1#<model>``.
"""

from __future__ import annotations

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.errors import LLMError

# An answer is at most four sentences with short quotes (prompts/answer.txt). OpenAI-compatible
# servers default to generating until the context is full (llama.cpp: no limit), which a model
# that does not stop turns into minutes of work and a client time-out.
MAX_ANSWER_TOKENS = 512


def make_chat_model(spec: str, *, api_key: str | None = None, timeout: float = 60.0) -> BaseChatModel:
    """Build the chat model named by ``spec``. Raises :class:`LLMError` with a fix when it cannot."""
    spec = spec.strip()
    if spec.startswith("ollama:"):
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise LLMError(
                "ollama models need the langchain-ollama package: pip install langchain-ollama"
            ) from exc
        return ChatOllama(model=spec[len("ollama:") :], temperature=0)
    from langchain_openai import ChatOpenAI

    if spec.startswith("openai:"):
        if not api_key:
            raise LLMError("openai: models need an API key: set STYRSVAR_LLM_API_KEY")
        return ChatOpenAI(model=spec[len("openai:") :], api_key=api_key, temperature=0, timeout=timeout)  # type: ignore[arg-type]
    if spec.startswith(("http://", "https://")):
        base, _, model = spec.partition("#")
        return ChatOpenAI(
            base_url=base,
            model=model or "local",
            api_key=api_key or "not-needed",  # type: ignore[arg-type]
            temperature=0,
            timeout=timeout,
            max_retries=1,
            # sent as `max_tokens`, which every such server reads; ChatOpenAI(max_tokens=...) would
            # send `max_completion_tokens`, which llama.cpp's Python server ignores
            extra_body={"max_tokens": MAX_ANSWER_TOKENS},
        )
    raise LLMError(
        f"unknown LLM setting {spec!r}: use ollama:<model>, openai:<model> or http://host:port/v1#<model>"
    )
