"""Every setting, declared as data and read from the environment at the edge (CLI, app).

Library code never reads ``os.environ``: it receives a :class:`Settings` or plain arguments.
Each field's description is the documentation; a test checks that the README lists them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
    port: int = Field(default=7860, description="Port the app listens on.")
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
        default=20, description="Questions per minute per client on the public endpoint."
    )
    max_question_chars: int = Field(default=1000, description="Longest question accepted, in characters.")
    public_url: str | None = Field(
        default=None,
        description="Public base URL of the app, used in widget source links (default: the request's host).",
    )

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
