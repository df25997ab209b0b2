"""``GET /docs``: the OpenAPI description as a plain HTML page, without any CDN.

FastAPI's own /docs and /redoc pages load Swagger UI / ReDoc from a CDN, which an offline
server cannot reach (the page stays blank). This page renders the same ``/openapi.json`` on
the server: each route with its description, request body and responses, schemas as JSON.
"""

from __future__ import annotations

import html
import json
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1b1f24;line-height:1.5}h2{border-top:1px solid #c7ccd4;padding-top:1rem}
code,pre{background:#eef0f3;border-radius:4px}pre{padding:.75rem;overflow:auto;font-size:.85rem}
.m{font-weight:700;color:#0b4f8a}"""


def _schema(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    name = ref.rsplit("/", 1)[-1]
    body = spec.get("components", {}).get("schemas", {}).get(name, schema) if ref else schema
    title = f"<p><code>{html.escape(name)}</code></p>" if name else ""
    return title + f"<pre>{html.escape(json.dumps(body, ensure_ascii=False, indent=2))}</pre>"


def render(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    parts = [
        f"<h1>{html.escape(info.get('title', 'API'))} {html.escape(str(info.get('version', '')))}</h1>",
        f"<p>{html.escape(info.get('description', '')).replace(chr(10), '<br>')}</p>",
        '<p>Maskinläsbar beskrivning: <a href="/openapi.json">/openapi.json</a></p>',
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            parts.append(f'<h2><span class="m">{method.upper()}</span> <code>{html.escape(path)}</code></h2>')
            parts.append(f"<p>{html.escape(op.get('description') or op.get('summary') or '')}</p>")
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                parts.append("<h3>Förfrågan</h3>" + _schema(spec, body))
            for status, response in op.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                description = html.escape(response.get("description", ""))
                parts.append(f"<h3>Svar {html.escape(status)}</h3><p>{description}</p>")
                if schema:
                    parts.append(_schema(spec, schema))
    return (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>API</title>'
        f"<style>{_STYLE}</style></head><body><main>{''.join(parts)}</main></body></html>"
    )


def install_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render(app.openapi()))
