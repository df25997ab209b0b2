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
    pattern: re.Pattern[str] | None
    swedish: dict[str, tuple[str, ...]]  # English phrase (lower case) -> Swedish words

    def swedish_words(self, text: str) -> list[str]:
        """Swedish words for the English phrases in ``text``, in order, each once."""
        if self.pattern is None:
            return []
        out: list[str] = []
        for m in self.pattern.finditer(text):
            phrase = " ".join(m[1].lower().split())
            for word in self.swedish.get(phrase, ()):
                if word not in out:
                    out.append(word)
        return out


def parse(text: str, source: str = "glossary") -> Glossary:
    """The glossary in ``text`` (format: see ``glossary_en_sv.txt``)."""
    swedish: dict[str, tuple[str, ...]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        english, eq, svenska = line.partition("=")
        phrases = [" ".join(p.lower().split()) for p in english.split("|")]
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
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alternatives)
    return Glossary(re.compile(rf"(?<![\w-])({body})(?:s|es)?(?![\w-])", re.I), swedish)


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary."""
    try:
        text = GLOSSARY_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise GlossaryError(f"cannot read {GLOSSARY_FILE}: {exc.strerror}") from exc
    return parse(text, str(GLOSSARY_FILE))
