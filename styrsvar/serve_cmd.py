"""`styrsvar serve`: the staff chat, the JSON API and the residents' widget, with uvicorn.

Binds 127.0.0.1 by default. Binding any other address requires staff logins
(``STYRSVAR_STAFF_USERS``); without them the command refuses to start and says why.

``--workers N`` runs N worker processes on the one port (uvicorn's supervisor), so that every core
answers; each worker opens the store itself and reads the settings from the environment, which
this command sets from its flags. The public rate limit is then shared only through Redis
(``STYRSVAR_RATE_LIMIT_STORAGE=redis://...``): in memory, each worker counts for itself.

Forwarded headers are never rewritten by uvicorn here: the app trusts ``X-Forwarded-For`` only from
``STYRSVAR_TRUSTED_PROXIES`` (see :mod:`webapp.clients`).
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

    from webapp.preflight import check_serving

    settings = Settings.from_env(
        os.environ,
        store=args.store,
        chroma_url=args.chroma_url,
        host=args.host,
        port=args.port,
        workers=args.workers,
    )
    common: dict[str, Any] = {"host": settings.host, "port": settings.port, "proxy_headers": False}
    try:
        if settings.workers == 1:
            from webapp.boot import open_app  # the app and its store, in this process

            app = open_app(settings)
        else:
            check_serving(settings)  # fail here, once, rather than in every worker
    except AssistantError as exc:  # a misconfigured chat model: say so in one line
        print(f"styrsvar: {exc}", file=sys.stderr)
        return 2
    url = f"http://{settings.host}:{settings.port}/"
    if settings.workers == 1:
        print(f"Styrsvar: {url} (store {settings.store}); Ctrl+C avslutar", flush=True)
        uvicorn.run(app, **common)
        return 0
    if settings.rate_limit_storage.startswith("memory://"):
        print(
            f"styrsvar: warning: {settings.workers} workers count the public rate limit each for itself; "
            "set STYRSVAR_RATE_LIMIT_STORAGE=redis://... to share it",
            file=sys.stderr,
        )
    os.environ.update(settings.to_env())  # the workers read the same settings, flags included
    # One process per core already uses every core; the embedding engine's OpenMP threads on top
    # would only make the workers take cores from each other.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    print(
        f"Styrsvar: {url} (store {settings.store}, {settings.workers} workers); Ctrl+C avslutar", flush=True
    )
    uvicorn.run("app:create_app", factory=True, workers=settings.workers, **common)
    return 0


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers from 1 to 64")
    return n


def register(sub: Any) -> None:
    """Add ``serve`` to the CLI's subcommands (called by :mod:`styrsvar.cli`)."""
    p = sub.add_parser("serve", help="serve the staff chat, the JSON API and the widget")
    p.add_argument("--store", type=Path, help="store folder (default: STYRSVAR_STORE or ./.styrsvar)")
    p.add_argument("--chroma-url", help="Chroma server URL (default: STYRSVAR_CHROMA_URL, else embedded)")
    p.add_argument("--host", help="address to bind (default: STYRSVAR_HOST or 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: STYRSVAR_PORT or 7860)")
    p.add_argument(
        "--workers", type=_workers, help="worker processes (default: STYRSVAR_WORKERS or 1; one per core)"
    )
    p.set_defaults(func=cmd_serve)
