"""Measure how well a passage supports a question, and pick the sentences that answer it.

Support is the share of the question's content terms (idf-weighted) that a passage contains;
frame words ("vem", "beslutar", "gäller", "kommunen") say what kind of answer is wanted, not what
it is about, so they do not count. Abstention thresholds on these figures are measured on the
question sets in eval/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.lexical import LexicalIndex

# Words that frame a question rather than name its subject (before stemming).
FRAME_WORDS = (
    "vem vilka vilken vilket vad när hur var varför får ska skall kan finns gäller gällde gällande "
    "beslutar beslut besluta beslutade bestämmer bestämma fattar antar antogs antog fastställer "
    "fastställdes kommun kommunen kommunens askersund askersunds dokument dokumentet styrdokument "
    "enligt nu idag fortfarande aktuell aktuella senaste version versionen ersätter ersatte ersatt "
    "om för och i på av till det den de är ett en who what which when does decide decides the of "
    "och då gäller giltig giltigt ansvarar ansvar"
).split()

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"'(])|\n+")
BODY_WORDS = re.compile(
    r"\b(\w*(fullmäktige|styrelsen?|nämnd\w*|chef\w*|direktör\w*|handläggare\w*|inspektör\w*|ordförande\w*|"
    r"utskott\w*|delegat\w*)|tjänstemannaorganisation\w*|förvaltning\w*|KF|KS)\b",
    re.I,
)
DECISION_VERBS = re.compile(
    r"\b(beslut\w*|fastställ\w*|antar|antas|antogs|bestämmer|delegation\w*|delegera\w*)\b", re.I
)
# A sentence that states who decides: "beslutas av", "beslutar om", "det är X som fastställer".
DECIDES = re.compile(
    r"\b(beslutas av|beslutar om|beslutar i|beslutar|fattar beslut|fastställer|fastställs av|antas av|"
    r"beslutas på|beslutas i|som fastställer|som beslutar|ansvarar för|på delegation)\b",
    re.I,
)
DATE_WORDS = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|"
                        r"september|oktober|november|december) \d{4}\b", re.I)


class Evidence:
    """Term statistics of one lexical index, for scoring passages and sentences against a question."""

    def __init__(self, lexical: LexicalIndex) -> None:
        self.lexical = lexical
        self._frame = {t for w in FRAME_WORDS for t in lexical.terms(w)}

    def content_terms(self, text: str) -> list[str]:
        """The question's subject terms, without frame words, in order, unique."""
        seen: list[str] = []
        for t in self.lexical.terms(text):
            if t not in self._frame and t not in seen:
                seen.append(t)
        return seen

    def idf(self, term: str) -> float:
        return self.lexical.idf(term)

    def support(self, question_terms: Iterable[str], text: str) -> float:
        """Share (0..1) of the question's idf-weighted content terms found in ``text``."""
        terms = list(question_terms)
        if not terms:
            return 0.0
        have = set(self.lexical.terms(text))
        weights = {t: max(self.idf(t), 0.1) for t in terms}
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in have) / total if total else 0.0

    def known_share(self, question_terms: Iterable[str]) -> float:
        """Share of content terms that occur anywhere in the collection (unknown terms: off topic)."""
        terms = list(question_terms)
        if not terms:
            return 1.0
        return sum(1 for t in terms if self.lexical.df(t) > 0) / len(terms)


def sentences(text: str) -> list[str]:
    """Split a passage into sentences (and heading lines), keeping each one verbatim."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if len(p) > 2]


def best_sentences(
    evidence: Evidence, question_terms: list[str], text: str, n: int = 2, want: re.Pattern[str] | None = None
) -> list[tuple[float, str]]:
    """The ``n`` sentences of ``text`` that best cover the question (ties: earlier first)."""
    scored = []
    for i, sent in enumerate(sentences(text)):
        if len(sent) < 15 and not sent.endswith("."):
            continue  # a bare heading is no answer
        score = evidence.support(question_terms, sent)
        if want is not None and want.search(sent):
            score += 0.25
        score -= 0.001 * i
        scored.append((score, sent))
    scored.sort(key=lambda s: -s[0])
    return scored[:n]
