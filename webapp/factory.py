"""Assemble the app: JSON API, public routes, widget, and the Gradio staff chat mounted at "/".

Routes are registered before Gradio is mounted, because a mount at "/" answers every path that
no earlier route claimed. Middleware order (outermost first): Swedish error bodies, staff login
(public paths pass; without logins, loopback connections only), the public origin check (only the
public endpoint), the public rate limit (counted before the body is read), the body cap (while
the body streams in), then a CORS policy allowing no other cross-origin access at all.
"""

from __future__ import annotations

import logging
import warnings

import gradio as gr
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from config.settings import Settings
from store.audit import AuditLog
from webapp.api import staff_router
from webapp.apidocs import install_docs
from webapp.auth import StaffAuthMiddleware, staff_users
from webapp.bodylimit import MAX_BODY, BodyLimitMiddleware
from webapp.context import AppContext
from webapp.documents_view import DOCUMENTS_CSS
from webapp.errors import SwedishErrorsMiddleware, install_error_handlers, install_method_guards
from webapp.origin import PublicOriginMiddleware
from webapp.protocols import AssistantLike
from webapp.public import public_router
from webapp.ratelimit import PublicRateLimit, RateLimitMiddleware
from webapp.render import UI_CSS
from webapp.ui import build_ui, theme

logger = logging.getLogger(__name__)

AUDIT_FILE = "audit.sqlite"
MAX_PUBLIC_BODY = 64 * 1024  # a question and a short history; anything larger is not a widget request
DESCRIPTION = """Frågor och svar om Askersunds kommuns styrdokument, med källhänvisningar.

* `POST /api/ask` – medarbetare och förtroendevalda (kräver inloggning när tjänsten nås utifrån).
* `POST /api/public/ask` – invånare, via widgeten `/widget.js` på godkända webbplatser.
"""


def build_app(
    settings: Settings, assistant: AssistantLike, rate_limit: PublicRateLimit | None = None
) -> FastAPI:
    """The whole web app for ``settings``, answering with ``assistant``.

    Args:
        rate_limit: the public limit's counter; by default one over ``settings.rate_limit_storage``.

    Raises:
        SettingsError: the app would be reachable from other machines without staff logins.

    Example:
        >>> app = build_app(Settings(store=Path(".styrsvar")), Assistant(Store.open(...)))  # doctest: +SKIP
        >>> uvicorn.run(app, host=settings.host, port=settings.port)  # doctest: +SKIP
    """
    users = staff_users(settings)  # first: refuse an exposed bind without logins before doing anything
    ctx = AppContext(
        assistant=assistant,
        audit=AuditLog(settings.store / AUDIT_FILE),
        max_question_chars=settings.max_question_chars,
        public_url=settings.public_url,
    )
    app = FastAPI(title="Styrsvar", description=DESCRIPTION, version="1.0", docs_url=None, redoc_url=None)
    install_error_handlers(app)
    install_docs(app)  # FastAPI's own docs pages load Swagger UI from a CDN

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    for router in (staff_router(ctx), public_router(ctx)):
        install_method_guards(router)
        app.include_router(router)
    install_method_guards(app)
    limit = rate_limit or PublicRateLimit(settings.public_rate_limit, settings.rate_limit_storage)
    # add_middleware puts each one outside the ones added before it.
    # No cross-origin access to staff routes. Gradio would otherwise reflect any Origin with
    # Allow-Credentials on a non-localhost host, letting a foreign page read staff answers with a
    # staff member's cached login; it stands back when the parent app has a CORSMiddleware.
    app.add_middleware(CORSMiddleware, allow_origins=[])
    app.add_middleware(BodyLimitMiddleware, limit=MAX_BODY, per_path={"/api/public/ask": MAX_PUBLIC_BODY})
    app.add_middleware(RateLimitMiddleware, limit=limit, proxies=settings.proxies())
    app.add_middleware(PublicOriginMiddleware, origins=settings.origins())
    app.add_middleware(StaffAuthMiddleware, users=users)
    app.add_middleware(SwedishErrorsMiddleware)
    app.state.context = ctx
    app.state.rate_limit = limit
    demo = build_ui(ctx)
    with warnings.catch_warnings():
        # Gradio warns that a multi-page app cannot use SSR even when SSR is off, as it is here.
        warnings.filterwarnings("ignore", message="SSR mode is not supported with multi-page apps")
        return gr.mount_gradio_app(
            app,
            demo,
            path="/",
            css=UI_CSS + DOCUMENTS_CSS,
            theme=theme(),
            footer_links=[],
            run_history=False,
            ssr_mode=False,
            show_error=False,
            mcp_server=False,
        )
