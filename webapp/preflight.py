"""Checks before serving, light enough for the supervisor of several workers to run them once.

``styrsvar serve --workers N`` runs these in its own process, which never opens the store or
imports the web app (each worker does that), so that a misconfiguration is one clear line, not N
worker tracebacks.
"""

from __future__ import annotations

from config.settings import Settings, SettingsError
from webapp.auth import staff_users
from webapp.ratelimit import PublicRateLimit, RateLimitUnavailable


def check_serving(settings: Settings) -> PublicRateLimit:
    """Refuse what would serve unsafely or not at all, before anything binds: an exposed host
    without staff logins, an unreachable rate-limit storage. Returns the rate limit's counter.

    Raises:
        SettingsError: with the setting to change.
    """
    staff_users(settings)
    limit = PublicRateLimit(settings.public_rate_limit, settings.rate_limit_storage)
    if not settings.rate_limit_storage.startswith("memory://"):
        try:
            limit.check()
        except RateLimitUnavailable as exc:
            raise SettingsError(
                f"STYRSVAR_RATE_LIMIT_STORAGE cannot be reached ({exc}): start Redis there, or use memory://"
            ) from exc
    return limit
