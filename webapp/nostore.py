"""What the app serves before anything is ingested: a clear Swedish message, not a crash.

``styrsvar serve`` on a fresh checkout would otherwise die with a store error that staff (and
the widget's residents) never see; this page tells whoever opens the app what to do.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

MESSAGE = "Styrsvar har inget index ännu, så det finns inga styrdokument att svara utifrån."


def _page(store: Path) -> str:
    where = html.escape(str(store))
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Styrsvar – inget index ännu</title>
<style>body{{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24;
line-height:1.5}}code{{background:#eef0f3;padding:.1em .3em;border-radius:4px}}</style></head>
<body><main><h1>Inget index ännu</h1>
<p>{MESSAGE}</p>
<p>Läs in dokumenten med <code>styrsvar ingest corpus --store {where}</code> och starta sedan om
tjänsten med <code>styrsvar serve --store {where}</code>.</p></main></body></html>"""


def no_index_app(store: Path) -> FastAPI:
    """A tiny app answering every path with 503: an HTML page for people, JSON for the API."""
    app = FastAPI(title="Styrsvar (inget index)", openapi_url=None, docs_url=None, redoc_url=None)
    page = _page(store)

    @app.api_route("/{path:path}", methods=["GET", "POST", "OPTIONS", "HEAD"], include_in_schema=False)
    def unavailable(path: str, request: Request) -> Response:
        if path.startswith("api/") or path == "widget.js":
            return JSONResponse({"error": MESSAGE + " Försök igen senare."}, status_code=503)
        return HTMLResponse(page, status_code=503)

    return app
