"""The LLM path with a fake chat model: citations parsed, verified, and the fallback on failure."""

from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.generate import llm_answer, verify
from assistant.service import Assistant


def _extractive(assistant):
    return assistant.ask("Vem beslutar om rivningslov?")


def _candidates(assistant):
    from assistant.filters import Filters, Scope
    from store.schema import Audience

    scope = Scope(Audience.EMPLOYEE, assistant.today(), Filters())
    return assistant.search.search("Vem beslutar om rivningslov?", scope, 8)


def test_verified_llm_answer_replaces_the_extractive_one(assistant):
    cands = _candidates(assistant)
    n = next(i for i, c in enumerate(cands, 1) if "rivningslov" in c.chunk.text)
    reply = f'Rivningslov beslutas av bygglovshandläggaren [{n}: "Beslut om rivningslov"].'
    ans = llm_answer(FakeListChatModel(responses=[reply]), _extractive(assistant), cands)
    assert ans.answer.startswith("Rivningslov beslutas") and f"[{n}]" in ans.answer
    assert ans.citations[0].file == cands[n - 1].doc.file
    assert ans.model != "extractive"


def test_invented_quote_or_source_falls_back_to_extractive(assistant):
    cands = _candidates(assistant)
    extractive = _extractive(assistant)
    for reply in (
        'Kommunfullmäktige beslutar [1: "kommunfullmäktige beslutar om allt"].',
        "Det gör nämnden [99].",
        "Det gör nämnden.",
        "INGET_SVAR",
    ):
        ans = llm_answer(FakeListChatModel(responses=[reply]), extractive, cands)
        assert ans == extractive, reply
    assert verify("inga källor här", cands) is None


def test_llm_is_not_asked_when_the_documents_say_nothing(store):
    class Exploding(FakeListChatModel):
        def invoke(self, *a, **k):  # type: ignore[override]
            raise AssertionError("the LLM must not answer without evidence")

    assistant = Assistant(store, llm=Exploding(responses=["x"]))
    ans = assistant.ask("Vad kostar en parkeringsplats på månen?")
    assert ans.abstained


def test_failing_llm_server_falls_back(assistant):
    class Broken(FakeListChatModel):
        def invoke(self, *a, **k):  # type: ignore[override]
            raise ConnectionError("connection refused")

    extractive = _extractive(assistant)
    assert llm_answer(Broken(responses=["x"]), extractive, _candidates(assistant)) == extractive


def test_answer_cut_off_at_the_token_limit_falls_back(assistant):
    from langchain_core.messages import AIMessage

    cands = _candidates(assistant)
    n = next(i for i, c in enumerate(cands, 1) if "rivningslov" in c.chunk.text)

    class CutOff(FakeListChatModel):
        def invoke(self, *a, **k):  # type: ignore[override]
            text = f'Rivningslov beslutas av bygglovshandläggaren [{n}: "Beslut om rivningslov"] om inte'
            return AIMessage(content=text, response_metadata={"finish_reason": "length"})

    extractive = _extractive(assistant)
    assert llm_answer(CutOff(responses=["x"]), extractive, cands) == extractive


def test_openai_compatible_server_gets_an_answer_limit():
    from assistant.llm import MAX_ANSWER_TOKENS, make_chat_model

    model = make_chat_model("http://127.0.0.1:9/v1#local")
    # `max_tokens` in the request body: llama.cpp's server ignores ChatOpenAI's `max_completion_tokens`
    assert model.extra_body == {"max_tokens": MAX_ANSWER_TOKENS}  # type: ignore[attr-defined]
    assert model.max_tokens is None  # type: ignore[attr-defined]


def test_llm_answer_from_an_ended_document_keeps_its_status_note(store):
    """The model writes the text, but a cited version that no longer applies is still said to be so."""
    import re

    from langchain_core.messages import AIMessage

    question = "Vad står det om arbetsmåltid vid internt sammanträde i representationspolicyn från 2019?"

    class CitesTheOldPolicy(FakeListChatModel):
        def invoke(self, prompt, *a, **k):  # type: ignore[override]
            text = prompt if isinstance(prompt, str) else str(prompt)
            blocks = re.findall(r"\[(\d+)\] ([^\n]*)\n(.*?)(?=\n\[\d+\] |\Z)", text, re.S)
            n = next(num for num, head, body in blocks if "högst 150 kronor" in body)
            reply = f'En arbetsmåltid fick kosta 150 kronor [{n}: "högst 150 kronor per person"].'
            return AIMessage(content=reply)

    extractive = Assistant(store).ask(question)
    assert "representationspolicy-2019.pdf" in {c.file for c in extractive.citations}
    assert "gäller inte längre" in extractive.answer
    ans = Assistant(store, llm=CitesTheOldPolicy(responses=["x"])).ask(question)
    assert ans.model != "extractive" and ans.answer.startswith("En arbetsmåltid fick kosta 150 kronor")
    assert "gäller inte längre" in ans.answer and "upphävd" in ans.answer
