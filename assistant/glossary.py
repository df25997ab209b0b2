"""English municipal words to the Swedish ones the documents use (``glossary_en_sv.txt``).

An English question shares only names and figures with Swedish documents; "Who decides on a
demolition permit?" must find "rivningslov". The glossary adds the Swedish words to what the
question is searched and judged by; the answer still quotes the Swedish text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GLOSSARY_FILE = Path(__file__).with_name("glossary_en_sv.txt")


class GlossaryError(ValueError):
    """The glossary cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Glossary:
    """English phrases and the Swedish words the documents use for them."""

    pattern: re.Pattern[str] | None
    swedish: dict[str, tuple[str, ...]]  # English phrase (lower case) -> Swedish words

    def swedish_words(self, text: str, first_only: bool = False) -> list[str]:
        """Swedish words for the English phrases in ``text``, in order, each once.

        With ``first_only``, one word per phrase: "complaint" is synpunkter *or* klagomål, and a
        question judged by both words would ask for both.
        """
        if self.pattern is None:
            return []
        out: list[str] = []
        for m in self.pattern.finditer(text):
            phrase = " ".join(re.split(r"[\s-]+", m[1].lower()))
            words = self.swedish.get(phrase, ())
            for word in words[:1] if first_only else words:
                if word not in out:
                    out.append(word)
        return out


def without_glossed(glossary: Glossary, text: str) -> str:
    """``text`` with its glossary phrases taken out ("personal data" is personuppgifter, not the
    Swedish words "personal" and "data"); their Swedish words stand for them."""
    return text if glossary.pattern is None else glossary.pattern.sub(" ", text)


def parse(text: str, source: str = "glossary") -> Glossary:
    """The glossary in ``text`` (format: see ``glossary_en_sv.txt``)."""
    swedish: dict[str, tuple[str, ...]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        english, eq, svenska = line.partition("=")
        phrases = [" ".join(re.split(r"[\s-]+", p.lower().strip())) for p in english.split("|")]
        words = tuple(w.strip() for w in svenska.split(",") if w.strip())
        if not eq or not words or not all(phrases):
            raise GlossaryError(
                f"{source} line {n}: write 'english | other form = svenskt ord, svenskt ord', got {raw!r}"
            )
        for phrase in phrases:
            swedish[phrase] = tuple(dict.fromkeys(swedish.get(phrase, ()) + words))
    if not swedish:
        return Glossary(None, {})
    alternatives = sorted(swedish, key=len, reverse=True)  # longest first: "delegation order" before "order"
    body = "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", p))) for p in alternatives)
    # not after a hyphen: "non-binding" is not binding
    return Glossary(re.compile(rf"(?<![\w-])({body})(?:s|es)?(?!\w)", re.I), swedish)


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary."""
    try:
        text = GLOSSARY_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise GlossaryError(f"cannot read {GLOSSARY_FILE}: {exc.strerror}") from exc
    return parse(text, str(GLOSSARY_FILE))
