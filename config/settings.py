"""Every setting, declared as data and read from the environment at the edge (CLI, app).

Library code never reads ``os.environ``: it receives a :class:`Settings` or plain arguments.
Each field's description is the documentation; a test checks that the README lists them all.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

ENV_PREFIX = "STYRSVAR_"


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    store: Path = Field(
        default=Path(".styrsvar"), description="Folder of the index (registry, vectors, audit log)."
    )
    corpus: Path = Field(
        default=Path("corpus"), description="Folder of PDFs that `styrsvar ingest` reads by default."
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000); empty = embedded Chroma.",
    )
    embeddings: str = Field(
        default="e5-small",
        description=(
            "Embedding model: e5-small (bundled multilingual-e5-small), minilm, or st:<name or folder>."
        ),
    )
    llm: str | None = Field(
        default=None,
        description=(
            "Optional chat model that writes answers: ollama:<model>, openai:<model> (OPENAI_API_KEY), or "
            "an OpenAI-compatible URL such as http://127.0.0.1:8080/v1#<model>. Empty = extractive answers."
        ),
    )
    llm_api_key: str | None = Field(
        default=None, description="API key for an OpenAI-compatible LLM server, if it needs one."
    )
    host: str = Field(default="127.0.0.1", description="Address the app binds to.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port the app listens on.")
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        description=(
            "Worker processes of `styrsvar serve`; with more than one, set STYRSVAR_RATE_LIMIT_STORAGE "
            "to a Redis URL so that the public limit is shared."
        ),
    )
    staff_users: str | None = Field(
        default=None,
        description=(
            "Staff logins as user:password pairs separated by commas. Required when host is not a "
            "loopback address."
        ),
    )
    allowed_origins: str = Field(
        default="",
        description=(
            "Comma-separated origins (https://www.askersund.se) whose pages may use the widget. Empty = none."
        ),
    )
    public_rate_limit: int = Field(
        default=20, description="Questions per minute per client on the public endpoint (0 = no limit)."
    )
    rate_limit_storage: str = Field(
        default="memory://",
        description=(
            "Where the public rate limit counts: memory:// (one process) or redis://HOST:PORT/DB, shared "
            "by every worker and machine that uses it."
        ),
    )
    trusted_proxies: str = Field(
        default="",
        description=(
            "Comma-separated addresses or networks (10.0.0.5, 10.0.0.0/8) of reverse proxies whose "
            "X-Forwarded-For names the client. Empty = the header is never trusted."
        ),
    )
    max_question_chars: int = Field(default=1000, description="Longest question accepted, in characters.")
    public_url: str | None = Field(
        default=None,
        description="Public base URL of the app, used in widget source links (default: the request's host).",
    )

    @field_validator("staff_users")
    @classmethod
    def _logins_are_complete(cls, value: str | None) -> str | None:
        """A login with a blank user or password would let anyone in: refuse it at start."""
        for n, item in enumerate((value or "").split(","), 1):
            if not item.strip():
                continue
            user, sep, password = item.partition(":")
            if not sep or not user.strip() or not password.strip():
                raise ValueError(
                    f"login {n} ({user.strip() or 'no user'!r}) needs a user name and a password, as "
                    "user:password; blank ones are refused"
                )
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: str) -> str:
        for item in value.split(","):
            if item.strip():
                try:
                    ipaddress.ip_network(item.strip(), strict=False)
                except ValueError:
                    raise ValueError(f"{item.strip()!r} is not an IP address or network") from None
        return value

    @field_validator("rate_limit_storage")
    @classmethod
    def _storage_is_known(cls, value: str) -> str:
        if not value.startswith(("memory://", "redis://", "rediss://", "redis+unix://")):
            raise ValueError("use memory:// or a Redis URL such as redis://127.0.0.1:6379/0")
        return value

    @classmethod
    def from_env(cls, env: Mapping[str, str], **overrides: object) -> Settings:
        """Read ``STYRSVAR_*`` variables; explicit ``overrides`` (CLI flags) win when not None."""
        values: dict[str, object] = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None and raw != "":
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls(**values)  # type: ignore[arg-type]
        except ValidationError as exc:
            problems = "; ".join(
                f"{ENV_PREFIX}{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
            )
            raise SettingsError(f"invalid setting: {problems}") from exc

    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.split(",") if o.strip()]

    def users(self) -> list[tuple[str, str]]:
        pairs = []
        for item in (self.staff_users or "").split(","):
            if ":" in item:
                user, password = item.split(":", 1)
                pairs.append((user.strip(), password))
        return pairs

    def proxies(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [
            ipaddress.ip_network(p.strip(), strict=False)
            for p in self.trusted_proxies.split(",")
            if p.strip()
        ]

    def to_env(self) -> dict[str, str]:
        """The settings as ``STYRSVAR_*`` variables, for worker processes that read them again."""
        return {
            ENV_PREFIX + name.upper(): str(value)
            for name, value in self.model_dump().items()
            if value is not None
        }
