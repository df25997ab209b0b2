"""The staff chat (Gradio Blocks): questions, answers with source cards, filters, feedback.

Built with Blocks rather than ``gr.ChatInterface`` because each answer must keep its audit turn
id (for thumbs up/down) and the plain answer text (for follow-up history) beside the rendered
HTML, and the filters must be read on every turn.

Nothing of a conversation lives in the server: the session (earlier turns, turn ids) is a hidden
component the browser sends with every event, and no event uses Gradio's queue, whose jobs and
``gr.State`` live in one process. So any worker process (``styrsvar serve --workers N``), or any
app process behind a load balancer, can answer any request of any conversation. A question shows
at once with a "searching" line; the answer replaces it when it is ready.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import gradio as gr

from assistant.filters import Filters
from store.schema import Audience
from webapp import decisions_page
from webapp.context import AppContext
from webapp.documents_page import MAIN_PAGE, add_documents_page
from webapp.models import MAX_HISTORY_TURNS
from webapp.render import answer_html

logger = logging.getLogger(__name__)

# Questions the documents in corpus/ answer, so that a first click shows what Styrsvar does
EXAMPLES = [
    "Vem beslutar om verksamhetsplanen?",
    "Vem fastställer ett program?",
    "Var publiceras kommunens styrdokument?",
    "Vad är syftet med intern kontroll?",
]
AUDIENCES = [("Medarbetare", str(Audience.EMPLOYEE)), ("Förtroendevald", str(Audience.POLITICIAN))]
ALL = ""  # the "no filter" choice of a dropdown
SEARCHING = "Söker i styrdokumenten …"
FAILED = "Något gick fel när svaret skulle tas fram. Försök igen, eller kontakta den som förvaltar tjänsten."
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
    """Per-browser state, kept in the page: [question, answer text] pairs for follow-ups, message
    index (as a string: JSON keys) -> audit turn id, and the question waiting for its answer."""
    return {"pairs": [], "turns": {}, "pending": None}


def session_of(value: Any) -> dict[str, Any]:
    """The session as the page sent it back, or a new one if it is not one (a hand-made request)."""
    if not isinstance(value, dict):
        return new_session()
    sent, turns, pending = value.get("pairs"), value.get("turns"), value.get("pending")
    pairs = [
        (str(p[0]), str(p[1]))
        for p in (sent if isinstance(sent, list) else [])
        if isinstance(p, list | tuple) and len(p) == 2
    ]
    return {
        "pairs": pairs[-MAX_HISTORY_TURNS:],
        "turns": dict(turns) if isinstance(turns, dict) else {},
        "pending": pending if isinstance(pending, str) else None,
    }


def parse_as_of(value: Any) -> dt.date | None:
    """The sidebar's date (a string, a timestamp or empty) as a date; empty means today."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value).date()
    return dt.date.fromisoformat(str(value).strip()[:10])


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
        session = gr.JSON(new_session(), visible=False)
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

        def submit(message: str, history: list[Any], state: Any) -> tuple[Any, list[Any], dict[str, Any]]:
            """Step one, at once: the question and a searching line in the chat."""
            state = session_of(state)
            message = (message or "").strip()
            if not message:
                return gr.update(), list(history or []), state
            history = [
                *(history or []),
                {"role": "user", "content": message},
                {"role": "assistant", "content": SEARCHING},
            ]
            return "", history, {**state, "pending": message}

        def respond(
            history: list[Any],
            state: Any,
            who: str,
            kind: str,
            decider: str,
            date: str,
            include_repealed: bool,
        ) -> tuple[list[Any], dict[str, Any]]:
            """Step two: the answer replaces the searching line."""
            state = session_of(state)
            message, history = state["pending"], list(history or [])
            if not message or not history:
                return history, state
            state = {**state, "pending": None}
            try:
                as_of_date = parse_as_of(date)
            except ValueError:
                history[-1] = {
                    "role": "assistant",
                    "content": "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2024-05-01.",
                }
                return history, state
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
                return history, state
            history[-1] = {"role": "assistant", "content": answer_html(turn.answer)}
            turns = dict(state["turns"])
            if turn.turn_id:
                turns[str(len(history) - 1)] = turn.turn_id
            pairs = [*state["pairs"], (message, turn.answer.answer)][-MAX_HISTORY_TURNS:]
            return history, {"pairs": pairs, "turns": turns, "pending": None}

        asked = [question, chatbot, session]
        settings = [chatbot, session, audience, doc_type, body, as_of, repealed]
        quick: dict[str, Any] = {"queue": False, "api_visibility": "private"}
        for trigger in (question.submit, send.click):
            trigger(submit, asked, asked, **quick).then(respond, settings, [chatbot, session], **quick)

        def pick_example(evt: gr.SelectData) -> str:
            return str(evt.value.get("text", "")) if isinstance(evt.value, dict) else str(evt.value)

        chatbot.example_select(pick_example, None, question, **quick).then(
            submit, asked, asked, **quick
        ).then(respond, settings, [chatbot, session], **quick)

        def on_feedback(state: Any, data: gr.LikeData) -> None:
            index = data.index[0] if isinstance(data.index, list | tuple) else data.index
            turn_id = session_of(state)["turns"].get(str(index))
            if not isinstance(turn_id, str) or data.liked not in (True, False):
                return
            ctx.audit.feedback(turn_id, 1 if data.liked else -1)

        chatbot.like(on_feedback, [session], None, **quick)

        def reset() -> tuple[list[Any], dict[str, Any], str]:
            return [], new_session(), ""

        clear.click(reset, None, [chatbot, session, question], **quick)
        chatbot.clear(reset, None, [chatbot, session, question], **quick)

        def load_choices() -> tuple[Any, Any]:
            t, b = filter_choices(ctx)
            return gr.update(choices=t), gr.update(choices=b)

        demo.load(load_choices, None, [doc_type, body], **quick)
        demo.load(None, None, None, js=PAGE_SETUP_JS)
    add_documents_page(demo, ctx)
    with demo.route(decisions_page.TITLE, decisions_page.PATH):
        decisions_page.decisions_page(ctx, demo)
        demo.load(None, None, None, js=PAGE_SETUP_JS)
    return demo
