"""The staff chat (Gradio Blocks): questions, streamed answers with source cards, filters, feedback.

Built with Blocks rather than ``gr.ChatInterface`` because each answer must keep its audit turn
id (for thumbs up/down) and the plain answer text (for follow-up history) beside the rendered
HTML, and the filters must be read on every turn.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.filters import Filters
from store.schema import Audience
from webapp import decisions_page
from webapp.context import AppContext
from webapp.documents_page import MAIN_PAGE, add_documents_page
from webapp.render import answer_html, answer_text_html

logger = logging.getLogger(__name__)

EXAMPLES = [
    "Vem beslutar om rivningslov?",
    "Vilken representationspolicy gäller nu?",
    "Vem beslutar om verksamhetsplanen?",
    "Vad ersätter delegationsordningen för samhällsbyggnadsnämnden?",
]
AUDIENCES = [("Medarbetare", str(Audience.EMPLOYEE)), ("Förtroendevald", str(Audience.POLITICIAN))]
ALL = ""  # the "no filter" choice of a dropdown
SEARCHING = "Söker i styrdokumenten …"
FAILED = "Något gick fel när svaret skulle tas fram. Försök igen, eller kontakta den som förvaltar tjänsten."
STREAM_STEPS = 25  # how many partial renders an answer streams in, whatever its length
STREAM_DELAY = 0.02  # seconds between partial renders: visibly progressive, never slow
# Gradio runs one call of an event at a time (across all users) unless told otherwise; the
# assistant is thread-safe, so let several staff members be answered at once.
CONCURRENCY = 4
INTRO = (
    "## Styrsvar – frågor om Askersunds kommuns styrdokument\n"
    "Svaren bygger på kommunens styrdokument och visar källan för varje påstående. "
    "Kontrollera alltid källan innan du agerar på ett svar."
)
# Page setup Gradio has no option for: the page's language is Swedish (screen readers pick their
# voice from it; Gradio writes lang="en"); on a phone the open sidebar would cover the chat, so
# it starts closed there (a click on Gradio's toggle: a no-op if Gradio renames its classes);
# and the toggle gets a Swedish name.
PAGE_SETUP_JS = """() => {
  document.documentElement.lang = 'sv';
  const toggle = document.querySelector('div.sidebar > button.toggle-button');
  if (!toggle) { return; }
  toggle.setAttribute('aria-label', 'Visa eller dölj inställningar och filter');
  if (window.innerWidth < 768 && toggle.parentElement.classList.contains('open')) { toggle.click(); }
}"""
PLACEHOLDER = (
    "**Ställ en fråga om kommunens styrdokument**<br>Till exempel vem som beslutar om något, "
    "vilken version som gäller eller vad ett dokument ersätter."
)


def theme() -> gr.themes.Base:
    """Gradio's default look with a blue that keeps white button text at WCAG AA contrast (6.7:1);
    the default orange gives 2.8:1."""
    return gr.themes.Default(primary_hue="blue").set(
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
    )


def new_session() -> dict[str, Any]:
    """Per-browser state: (question, answer text) pairs for follow-ups; message index -> turn id."""
    return {"pairs": [], "turns": {}}


def parse_as_of(value: Any) -> dt.date | None:
    """The sidebar's date (a string, a timestamp or empty) as a date; empty means today."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value).date()
    return dt.date.fromisoformat(str(value).strip()[:10])


def word_prefixes(text: str, steps: int = STREAM_STEPS) -> Iterator[str]:
    """Growing prefixes of ``text`` ending at word boundaries: the streamed form of an answer."""
    words = text.split(" ")
    size = max(1, -(-len(words) // steps))
    for end in range(size, len(words), size):
        yield " ".join(words[:end]) + " …"


def filter_choices(ctx: AppContext) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Document types and deciding bodies present in the registry, for the sidebar."""
    try:
        ctx.assistant.store.refresh()
        docs = ctx.assistant.store.registry.documents()
    except Exception:
        logger.exception("could not read the registry for the filter choices")
        docs = []
    types = sorted({d.meta.doc_type for d in docs if d.meta.doc_type})
    bodies = sorted({d.meta.decided_by for d in docs if d.meta.decided_by})
    return (
        [("Alla dokumenttyper", ALL)] + [(t, t) for t in types],
        [("Alla beslutande organ", ALL)] + [(b, b) for b in bodies],
    )


def build_ui(ctx: AppContext) -> gr.Blocks:
    types, bodies = filter_choices(ctx)
    with gr.Blocks(title="Styrsvar – Askersunds kommun", fill_height=True, analytics_enabled=False) as demo:
        gr.Navbar(main_page_name=MAIN_PAGE)
        session = gr.State(new_session)
        with gr.Sidebar(label="Inställningar och filter", open=True):
            gr.Markdown("### Inställningar")
            audience = gr.Radio(AUDIENCES, value=str(Audience.EMPLOYEE), label="Jag frågar som")
            gr.Markdown("### Filter")
            doc_type = gr.Dropdown(types, value=ALL, label="Dokumenttyp")
            body = gr.Dropdown(bodies, value=ALL, label="Beslutande organ")
            as_of = gr.Textbox(label="Gäller per datum", placeholder="ÅÅÅÅ-MM-DD (tomt = i dag)", max_lines=1)
            repealed = gr.Checkbox(False, label="Visa även upphävda")
        gr.Markdown(INTRO, elem_id="sv-intro")
        chatbot = gr.Chatbot(
            label="Samtal",
            elem_id="sv-chat",
            placeholder=PLACEHOLDER,
            examples=[{"text": q} for q in EXAMPLES],
            feedback_options=("Like", "Dislike"),
            buttons=["copy"],
            height="65vh",
            scale=1,
        )
        with gr.Row():
            question = gr.Textbox(
                label="Din fråga",
                placeholder="Skriv din fråga och tryck Enter",
                elem_id="sv-question",
                max_lines=4,
                scale=6,
                autofocus=True,
            )
            # a narrow minimum keeps the button beside the question on a phone, not below the fold
            send = gr.Button("Skicka", variant="primary", scale=1, min_width=90, elem_id="sv-send")
        clear = gr.Button("Ny konversation", variant="secondary", size="sm")

        def respond(
            message: str,
            history: list[Any],
            state: dict[str, Any],
            who: str,
            kind: str,
            decider: str,
            date: str,
            include_repealed: bool,
        ) -> Iterator[tuple[Any, list[Any], dict[str, Any]]]:
            message = (message or "").strip()
            history = list(history or [])
            if not message:
                yield gr.update(), history, state
                return
            history += [{"role": "user", "content": message}, {"role": "assistant", "content": SEARCHING}]
            yield "", history, state
            try:
                as_of_date = parse_as_of(date)
            except ValueError:
                history[-1] = {
                    "role": "assistant",
                    "content": "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2024-05-01.",
                }
                yield "", history, state
                return
            filters = Filters(
                doc_type=kind or None, decided_by=decider or None, include_repealed=bool(include_repealed)
            )
            try:
                turn = ctx.ask(
                    message,
                    channel="staff",
                    audience=Audience(who or Audience.EMPLOYEE),
                    as_of=as_of_date,
                    history=state["pairs"],
                    filters=filters,
                )
            except Exception:
                logger.exception("staff question failed")
                history[-1] = {"role": "assistant", "content": FAILED}
                yield "", history, state
                return
            for partial in word_prefixes(turn.answer.answer):
                history[-1] = {"role": "assistant", "content": answer_text_html(partial)}
                yield "", history, state
                time.sleep(STREAM_DELAY)
            history[-1] = {"role": "assistant", "content": answer_html(turn.answer)}
            turns = dict(state["turns"])
            if turn.turn_id:
                turns[len(history) - 1] = turn.turn_id
            state = {"pairs": [*state["pairs"], (message, turn.answer.answer)], "turns": turns}
            yield "", history, state

        inputs = [question, chatbot, session, audience, doc_type, body, as_of, repealed]
        outputs = [question, chatbot, session]
        limit: dict[str, Any] = {"concurrency_limit": CONCURRENCY, "concurrency_id": "answer"}
        question.submit(respond, inputs, outputs, api_visibility="private", **limit)
        send.click(respond, inputs, outputs, api_visibility="private", **limit)

        def pick_example(evt: gr.SelectData) -> str:
            return str(evt.value.get("text", "")) if isinstance(evt.value, dict) else str(evt.value)

        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            respond, inputs, outputs, api_visibility="private", **limit
        )

        def on_feedback(state: dict[str, Any], data: gr.LikeData) -> None:
            index = data.index[0] if isinstance(data.index, list | tuple) else data.index
            turn_id = state["turns"].get(index)
            if turn_id is None or data.liked not in (True, False):
                return
            ctx.audit.feedback(turn_id, 1 if data.liked else -1)

        chatbot.like(on_feedback, [session], None, api_visibility="private")

        def reset() -> tuple[list[Any], dict[str, Any], str]:
            return [], new_session(), ""

        clear.click(reset, None, [chatbot, session, question], api_visibility="private")
        chatbot.clear(reset, None, [chatbot, session, question], api_visibility="private")

        def load_choices() -> tuple[Any, Any]:
            t, b = filter_choices(ctx)
            return gr.update(choices=t), gr.update(choices=b)

        demo.load(load_choices, None, [doc_type, body], api_visibility="private")
        demo.load(None, None, None, js=PAGE_SETUP_JS)
    add_documents_page(demo, ctx)
    with demo.route(decisions_page.TITLE, decisions_page.PATH):
        decisions_page.decisions_page(ctx, demo)
        demo.load(None, None, None, js=PAGE_SETUP_JS)
    return demo
