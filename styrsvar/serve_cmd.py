"""`styrsvar serve`: the staff chat, the JSON API and the residents' widget, with uvicorn.

Binds 127.0.0.1 by default. Binding any other address requires staff logins
(``STYRSVAR_STAFF_USERS``); without them the command refuses to start and says why.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from config.settings import Settings

logger = logging.getLogger(__name__)


def cmd_serve(args: argparse.Namespace) -> int:
    # Imported here, not at the top: gradio takes seconds to import, and every other
    # subcommand (ingest, ask, documents) loads this module through the CLI's registry.
    import uvicorn

    from webapp.boot import open_app

    settings = Settings.from_env(
        os.environ, store=args.store, chroma_url=args.chroma_url, host=args.host, port=args.port
    )
    try:
        app = open_app(settings)
    except AssistantError as exc:  # a misconfigured chat model: say so in one line
        print(f"styrsvar: {exc}", file=sys.stderr)
        return 2
    print(f"Styrsvar: http://{settings.host}:{settings.port}/ (store {settings.store}); Ctrl+C avslutar")
    uvicorn.run(app, host=settings.host, port=settings.port, proxy_headers=True)
    return 0


def register(sub: Any) -> None:
    """Add ``serve`` to the CLI's subcommands (called by :mod:`styrsvar.cli`)."""
    p = sub.add_parser("serve", help="serve the staff chat, the JSON API and the widget")
    p.add_argument("--store", type=Path, help="store folder (default: STYRSVAR_STORE or ./.styrsvar)")
    p.add_argument("--chroma-url", help="Chroma server URL (default: STYRSVAR_CHROMA_URL, else embedded)")
    p.add_argument("--host", help="address to bind (default: STYRSVAR_HOST or 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: STYRSVAR_PORT or 7860)")
    p.set_defaults(func=cmd_serve)
