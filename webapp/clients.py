"""Who is asking: the client address that the public rate limit counts by.

``X-Forwarded-For`` is written by whoever sends the request, so it names the client only when the
connection comes from a reverse proxy named in ``STYRSVAR_TRUSTED_PROXIES``; then the address is the
rightmost one in the header that is not itself a trusted proxy (a client may prepend anything, but
each proxy appends the address it saw). Requests that carry the header from anyone else share one
bucket: a caller cannot pick a fresh client per request by rewriting it.

``styrsvar serve`` runs uvicorn without its own proxy-header handling, so the peer address seen
here is the real one; started directly, uvicorn needs ``--no-proxy-headers`` for the same.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.types import Scope

logger = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
UNTRUSTED_FORWARDER = "forwarded-by-untrusted-peer"
_warned = False


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def is_trusted(host: str, proxies: Sequence[Network]) -> bool:
    addr = _address(host)
    return addr is not None and any(addr in net for net in proxies)


def client_key(scope: Scope, proxies: Sequence[Network]) -> str:
    """The address to count a request by (see the module docstring for the rules)."""
    client = scope.get("client") or ("unknown", 0)
    peer = str(client[0])
    forwarded = Headers(scope=scope).getlist("x-forwarded-for")
    if not forwarded:
        return peer
    if is_trusted(peer, proxies):
        hops = [h.strip() for h in ",".join(forwarded).split(",") if h.strip()]
        for hop in reversed(hops):
            if not is_trusted(hop, proxies):
                addr = _address(hop)
                return str(addr) if addr is not None else UNTRUSTED_FORWARDER
        return peer
    _warn_if_rewritten(client)
    return UNTRUSTED_FORWARDER


def _warn_if_rewritten(client: Sequence[object]) -> None:
    """uvicorn's own proxy-header handling replaces the peer with a header address and port 0."""
    global _warned
    if not _warned and len(client) > 1 and client[1] == 0:
        _warned = True
        logger.warning(
            "the server replaced the client address from X-Forwarded-For; start uvicorn with "
            "--no-proxy-headers and name reverse proxies in STYRSVAR_TRUSTED_PROXIES"
        )
