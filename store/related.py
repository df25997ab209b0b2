"""Related words of municipal Swedish (``store/related.txt``), matched by stem.

A question and a document often name one thing in different words: "kollega" and "medarbetare",
"villa" and "enbostadshus", "taket" and "högst". The list is data, kept beside the analyser so
that both the lexical search and the evidence check read it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from store.analysis import normalize, tokenize

RELATED_FILE = Path(__file__).with_name("related.txt")


class RelatedWordsError(ValueError):
    """The related-words file cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Group:
    """Words covered by ``covers``: all of them by each other, or ``words`` by ``covers`` only."""

    words: tuple[str, ...]
    covers: tuple[str, ...]
    line: int


def parse(text: str, source: str = "related words") -> tuple[Group, ...]:
    """Groups of ``text``, one per non-comment line (see ``related.txt`` for the format)."""
    groups: list[Group] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left, arrow, right = line.partition("->")
        words = _words(left, source, n)
        covers = _words(right, source, n) if arrow else words
        if len(set(words) | set(covers)) < 2:
            raise RelatedWordsError(f"{source} line {n}: a group needs at least two different words")
        groups.append(Group(words, covers, n))
    return tuple(groups)


def _words(part: str, source: str, line: int) -> tuple[str, ...]:
    out: list[str] = []
    for item in part.split(","):
        word = normalize(item.strip())
        if not word:
            raise RelatedWordsError(f"{source} line {line}: an empty word (two commas, or one at the end)")
        if not tokenize(word):
            raise RelatedWordsError(f"{source} line {line}: {item.strip()!r} is a stop word and cannot match")
        if len(tokenize(word)) != 1:
            raise RelatedWordsError(
                f"{source} line {line}: {item.strip()!r} is not one word; write compounds as one word"
            )
        out.append(word)
    return tuple(out)


@lru_cache(maxsize=1)
def default_groups() -> tuple[Group, ...]:
    """The groups of the bundled ``related.txt``."""
    try:
        text = RELATED_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise RelatedWordsError(f"cannot read {RELATED_FILE}: {exc.strerror}") from exc
    return parse(text, str(RELATED_FILE))


class Related:
    """Which stems cover a stem: ``covering("kolleg")`` holds ``"medarbet"`` (via the analyser's stems)."""

    def __init__(self, groups: Iterable[Group], stem_of: Callable[[str], str]) -> None:
        """``stem_of`` gives a word's stem as the index analyses it, or "" for a stop word."""
        table: dict[str, set[str]] = {}
        for group in groups:
            stems = {w: stem_of(w) for w in (*group.words, *group.covers)}
            if empty := [w for w, s in stems.items() if not s]:
                raise RelatedWordsError(f"line {group.line}: {empty[0]!r} is a stop word and cannot match")
            words = {stems[w] for w in group.words}
            covers = {stems[w] for w in group.covers}
            for s in words:
                table.setdefault(s, set()).update(covers - {s})
        self._table: Mapping[str, frozenset[str]] = {s: frozenset(c) for s, c in table.items() if c}

    def covering(self, stem: str) -> frozenset[str]:
        """Stems that stand for ``stem`` in a document (empty when the list knows none)."""
        return self._table.get(stem, frozenset())

    def __len__(self) -> int:
        return len(self._table)
