"""Open the store and the assistant named by the settings, and build the app over them.

Used by ``app.create_app`` (uvicorn's factory) and ``styrsvar serve``: the one place where the
concrete assistant, its optional chat model and the store are chosen.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

from assistant.llm import make_chat_model
from assistant.service import Assistant
from config.settings import Settings
from store.errors import StoreNotFound
from store.reader import Store
from webapp.factory import build_app
from webapp.nostore import no_index_app
from webapp.preflight import check_serving

logger = logging.getLogger(__name__)


def make_assistant(settings: Settings, store: Store) -> Assistant:
    llm = make_chat_model(settings.llm, api_key=settings.llm_api_key) if settings.llm else None
    return Assistant(store, llm=llm, max_question_chars=settings.max_question_chars)


def open_app(settings: Settings) -> FastAPI:
    """The app for ``settings``; a message page (HTTP 503) when the store has no index yet.

    Raises:
        SettingsError: an exposed host without staff logins (checked even for the message page), or
            a rate-limit storage that cannot be reached.
        StoreError: the store exists but cannot be opened (e.g. built with other embeddings).
        LLMError: the configured chat model cannot be built.
    """
    limit = check_serving(settings)
    try:
        store = Store.open(settings.store, settings.chroma_url)
    except StoreNotFound:
        logger.warning(
            "no index in %s yet: serving a message page until `styrsvar ingest` has run", settings.store
        )
        return no_index_app(settings.store)
    store.preload()  # the first question does not wait for the vectors
    return build_app(settings, make_assistant(settings, store), rate_limit=limit)
