"""The web app's edge: ``build_app(settings, assistant)`` and uvicorn's ``create_app()``.

Run it with ``styrsvar serve``, or directly with uvicorn::

    uvicorn app:create_app --factory --no-proxy-headers --host 127.0.0.1 --port 7860

``create_app`` reads the ``STYRSVAR_*`` environment here, at the edge, and passes a Settings
object inward; nothing else in the app reads the environment.
"""

from __future__ import annotations

import os
import sys

from fastapi import FastAPI

from assistant.errors import AssistantError
from config.settings import Settings, SettingsError
from store.errors import StoreError
from webapp.boot import open_app
from webapp.factory import build_app

__all__ = ["build_app", "create_app"]


def create_app() -> FastAPI:
    """The app for the environment's settings (uvicorn ``--factory`` entry point).

    A setting that cannot be used stops the server with one line that names it, not a traceback.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see styrsvar.cli.main
    try:
        return open_app(Settings.from_env(os.environ))
    except (SettingsError, StoreError, AssistantError) as exc:
        print(f"styrsvar: {exc}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
