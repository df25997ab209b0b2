"""Text from requests made safe to answer, store and send back: no lone surrogates, no NUL.

JSON may carry ``"\\ud800"``, half of a UTF-16 pair; Python decodes it to a string that no UTF-8
encoder accepts, so it crashed the embedding, the audit log and the JSON response (a 500). A broken
character is replaced by U+FFFD, as a browser shows it; a well-formed pair stays one character.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, surrogate pairs joined, and NUL characters removed."""
    if text.isascii():
        return text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text.replace("\x00", "")


def _clean_input(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


CleanStr = Annotated[str, BeforeValidator(_clean_input)]
"""A request string field, cleaned before it is validated (a length limit cannot read a lone
surrogate, so cleaning after validation would turn it into a 422)."""
