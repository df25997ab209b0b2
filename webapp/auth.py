"""Staff login: HTTP Basic authentication in front of every route except the public ones.

Without logins configured, the staff routes answer only connections that arrived on a loopback
address of this machine (the ASGI ``server`` of the request, i.e. the address actually bound and
reached) and were not forwarded by a proxy, however the app was started: ``uvicorn
app:create_app --factory --host 0.0.0.0`` gives other machines a 403 that says what to set, never
the internal documents, and so does a reverse proxy on the same machine that passes others on.

Deny by default: the few public routes are listed exactly (not by prefix), and everything else
(the Gradio UI and all its internal routes, ``/api/ask``, ``/pdf``, the OpenAPI docs) needs a
staff login. Basic auth, unlike Gradio's own login form, also covers the JSON API and PDF links,
and a browser re-sends it to the same origin without further prompts. Expose the app only
behind HTTPS (a reverse proxy), since Basic auth sends the password with each request.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import json
import logging
import re

from starlette.types import ASGIApp, Receive, Scope, Send

from config.settings import Settings, SettingsError

logger = logging.getLogger(__name__)

PUBLIC_PATHS = frozenset({"/api/public/ask", "/widget.js", "/healthz"})
_PUBLIC_PATTERNS = (re.compile(r"/public/pdf/[^/]+"),)


def is_public_path(path: str) -> bool:
    return path in PUBLIC_PATHS or any(p.fullmatch(path) for p in _PUBLIC_PATTERNS)


def is_loopback(host: str) -> bool:
    """Only a loopback bind keeps the staff routes private without a login."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name or 0.0.0.0-like wildcard: reachable from elsewhere


def staff_users(settings: Settings) -> list[tuple[str, str]]:
    """The staff logins, refusing an exposed bind without any (a clear, early failure)."""
    users = settings.users()
    if not users and not is_loopback(settings.host):
        raise SettingsError(
            f"host {settings.host} is reachable from other machines, and staff routes (chat, /api/ask, /pdf) "
            "would be open to anyone: set STYRSVAR_STAFF_USERS=user:password[,user2:password2] "
            "(and serve behind HTTPS), or bind 127.0.0.1"
        )
    return users


NO_LOGINS = (
    "Den här sidan är för kommunens medarbetare och nås bara från servern själv, eftersom inga "
    "inloggningar är inställda (STYRSVAR_STAFF_USERS)."
)


FORWARDING_HEADERS = (b"x-forwarded-for", b"forwarded", b"x-real-ip")


def arrived_on_loopback(scope: Scope) -> bool:
    """Whether the request came from this machine itself: it reached a loopback address and no
    proxy forwarded it (a reverse proxy on the same machine connects over loopback for others)."""
    server = scope.get("server")
    if server is None or not is_loopback(str(server[0])):
        return False
    return not any(name in FORWARDING_HEADERS for name, _ in scope.get("headers") or [])


class StaffAuthMiddleware:
    """Require one of ``users`` (Basic auth) on every non-public path; with no users, a loopback
    connection."""

    def __init__(self, app: ASGIApp, users: list[tuple[str, str]], realm: str = "Styrsvar") -> None:
        self.app = app
        self._users = [(u.encode(), p.encode()) for u, p in users]
        self._challenge = f'Basic realm="{realm}", charset="UTF-8"'.encode()

    def _authorized(self, scope: Scope) -> bool:
        header = dict(scope.get("headers") or []).get(b"authorization", b"")
        scheme, _, token = header.partition(b" ")
        if scheme.lower() != b"basic" or not token:
            return False
        try:
            user, sep, password = base64.b64decode(token.strip(), validate=True).partition(b":")
        except (binascii.Error, ValueError):
            return False
        ok = False
        for u, p in self._users:  # compare with every pair, in constant time per comparison
            ok |= hmac.compare_digest(user, u) & hmac.compare_digest(password, p) & bool(sep)
        return ok

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or is_public_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        allowed = self._authorized(scope) if self._users else arrived_on_loopback(scope)
        if allowed:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        if self._users:
            status, message = 401, "Inloggning krävs för kommunens medarbetare."
            extra = [(b"www-authenticate", self._challenge)]
        else:
            logger.warning(
                "staff path %s refused: no logins configured and not a loopback connection", scope["path"]
            )
            status, message, extra = 403, NO_LOGINS, []
        body = json.dumps({"error": message}, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    *extra,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
