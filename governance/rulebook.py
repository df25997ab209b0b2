"""The styrmodell's rules and the kinds of finding, loaded from ``rules.toml``.

The rules are data so that a rule that is worded differently, a new kind of document with a
fixed decider, or a clearer message is one edit in one file, not a change of code; the file is
validated on load (unknown keys, a kind naming a rule that does not exist) so a typo fails loudly.
"""

from __future__ import annotations

import functools
import re
import tomllib
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

RULES_FILE = Path(__file__).with_name("rules.toml")


class GovernanceError(Exception):
    """The rule file cannot be used; the message says which entry and how to fix it."""


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
SEVERITY_SV = {Severity.HIGH: "hög", Severity.MEDIUM: "medel", Severity.LOW: "låg"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    """One rule of the styrmodell, quoted verbatim with the page it stands on."""

    id: str = ""
    section: str
    page: int = Field(ge=1)
    quote: str = Field(min_length=10)
    source: str = ""

    def citation(self) -> str:
        """ "Styrmodellen i Askersunds kommun, s. 6 (Program i Askersunds kommun): ”Varje program …”" """
        return f"{self.source}, s. {self.page} ({self.section}): ”{self.quote}”"


class Kind(_Strict):
    """A kind of finding: how severe it is, which rule it comes from, and what to say."""

    label: str  # a few Swedish words for a table cell
    severity: Severity
    rule: str
    message: str
    note_sv: str | None = None  # a short sentence for the assistant's answers, if it matters to users
    note_en: str | None = None
    # the audiences told the note ("employee", "politician", "resident"); empty: all of them
    note_audiences: list[str] = []


class Decider(_Strict):
    """Who decides a type of document, by the styrmodell."""

    doc_type: str
    decided_by: str  # a regular expression, matched against the whole lower-case body name
    expected: str
    rule: str

    def allows(self, body: str) -> bool:
        return re.fullmatch(self.decided_by, body.strip().lower()) is not None


class Rulebook(_Strict):
    source: str
    expires_within_days: int = Field(ge=1)
    program_max_pages: int = Field(ge=1)
    rules: dict[str, Rule]
    deciders: list[Decider] = []
    kinds: dict[str, Kind]

    @model_validator(mode="after")
    def _rules_exist(self) -> Rulebook:
        named = [(f"kinds.{k}", v.rule) for k, v in self.kinds.items()]
        named += [(f"deciders ({d.doc_type})", d.rule) for d in self.deciders]
        for where, rule in named:
            if rule not in self.rules:
                raise ValueError(f"{where} names rule {rule!r}, which is not among [rules.*]")
        return self

    def kind(self, name: str) -> Kind:
        """The kind of finding a check names.

        Raises:
            GovernanceError: the rule file does not describe it.
        """
        if name not in self.kinds:
            raise GovernanceError(
                f"the rule file has no [kinds.{name}]: add its label, severity, rule and message"
            )
        return self.kinds[name]

    def rule(self, rule_id: str) -> Rule:
        found = self.rules[rule_id]
        return found.model_copy(update={"id": rule_id, "source": found.source or self.source})

    def decider(self, doc_type: str | None) -> Decider | None:
        if not doc_type:
            return None
        return next((d for d in self.deciders if d.doc_type == doc_type.strip().lower()), None)


def load_rulebook(path: Path = RULES_FILE) -> Rulebook:
    """Read and validate a rule file.

    Raises:
        GovernanceError: the file is missing, not TOML, or an entry is wrong.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Rulebook.model_validate(data)
    except OSError as exc:
        raise GovernanceError(f"cannot read the rule file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GovernanceError(f"{path} is not valid TOML: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the file"
        raise GovernanceError(f"{path}: {where}: {first['msg']}; fix that entry") from exc


@functools.cache
def default_rulebook() -> Rulebook:
    """The rule file shipped with Styrsvar (read once)."""
    return load_rulebook()
