"""Run the app and a widget host page on local ports, in threads (browser tests, screenshots).

The widget's security rests on origins, so testing it needs the app and the host page on two
different origins: two servers on two free ports of 127.0.0.1.
"""

from __future__ import annotations

import functools
import html
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

# Headless Debian Chromium offline: no sandbox as root, and none of its background network calls.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_app(app: Any, port: int | None = None, timeout: float = 30.0) -> Iterator[str]:
    """Serve an ASGI app with uvicorn in a thread; yields its base URL, stops it on exit."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the app did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve static files from ``folder`` on a free port; yields the base URL (its origin)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_host_page(folder: Path, app_url: str, title: str = "Askersunds kommun") -> Path:
    """A municipal-looking page that embeds the widget with one script tag, and hostile CSS that
    would break a widget not isolated in a Shadow DOM."""
    path = folder / "index.html"
    t = html.escape(title)
    path.write_text(
        f"""<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{t}</title>
<style>* {{ font-family: Georgia, serif !important; }} body {{ margin: 0; color: #222; }}
header {{ background: #7a1f3d; color: #fff; padding: 16px 24px; }}
main {{ padding: 8px 24px; max-width: 46rem; }}
button {{ display: none; }} div {{ border: 5px solid lime; }}</style></head>
<body><header><strong>{t}</strong></header><main><h1>Politik och styrdokument</h1>
<p>Här publicerar kommunen sina styrdokument: policyer, riktlinjer, reglementen och delegationsordningar.</p>
<p>Har du frågor? Använd chatten nere till höger.</p></main>
<script src="{html.escape(app_url)}/widget.js" defer></script></body></html>""",
        encoding="utf-8",
    )
    return path
