"""Whether a sentence says yes or no to a yes/no question, when it settles it in so many words.

Two readings, both general: a sentence that says a thing is free of charge answers "Är det
gratis?" yes and "Kostar det något?" no; a sentence that covers what the question asks almost
word for word ("Matavfall ... ingår i hämtningsavgiften" for "Ingår matavfall i
hämtningsavgiften?") says yes, or no when one of the two negates and the other does not. Anything
less leaves the question open (None): the answer then quotes without a verdict.
"""

from __future__ import annotations

import re

AFFIRMS = 0.85  # share of the question's weighted content words the sentence must cover to settle it

_W = r"(?<![\wåäö])"
_FREE = re.compile(
    rf"{_W}(?:avgiftsfri\w*|kostnadsfri\w*|gratis|ingen (?:avgift|kostnad)|utan (?:avgift|kostnad))"
    r"(?![\wåäö])",
    re.I,
)
_ASKS_FREE = re.compile(rf"{_W}(?:gratis|avgiftsfri\w*|kostnadsfri\w*|free of charge|free)(?![\wåäö])", re.I)
_ASKS_COST = re.compile(rf"{_W}(?:kosta\w*|betala\w*|avgift\w*|cost\w*|pay\w*|fee\w*)(?![\wåäö])", re.I)
_NEGATION = re.compile(rf"{_W}(?:inte|ej|icke|aldrig|ingen|inget|inga|not|never|no)(?![\wåäö])", re.I)


_NOT_POLAR = re.compile(
    r"^\s*(?:var|vad|vem|vems|vilken|vilket|vilka|när|hur|varför|where|what|who|which|when|how|why)\b"
    r"|^\s*(?:är|var|blir)\s+det\s+\S+(?:\s+\S+){0,3}?\s+(?:som|eller)\b"  # "Är det X som ...", "X eller Y"
    r"|\beller\b",  # an alternative question, not a polar one
    re.I,
)
# a sentence that sets a contrast or a condition, or a question about all of something, is not settled
# by one sentence: "..., men vissa ...", "om du inte har andra inkomster", "gratis nattetid"
_OPEN = re.compile(
    rf"{_W}(?:men|dock|utom|undantag\w*|förutom|om|såvida|endast|enbart|bara|under förutsättning|"
    rf"utan även|nattetid|dagtid|de första|except|but|if|only|unless)(?![\wåäö])",
    re.I,
)
_UNIVERSAL = re.compile(rf"{_W}(?:alla|samtliga|allt|alltid|aldrig|every|all|always|never)(?![\wåäö])", re.I)
_EXEMPT = re.compile(rf"{_W}(?:befri\w*|slipp\w*|undantag\w*|exempt\w*)(?![\wåäö])", re.I)


def verdict(question: str, sentence: str, support: float, row: bool = False) -> bool | None:
    """Yes (True), no (False) or open (None), from the sentence that answers ``question``;
    ``support`` is the share of the question's content words the sentence covers. A table row
    states no proposition, and a sentence that sets a contrast ("..., men vissa ...") or a question
    that asks which of two, or who ("Är det X som ...?"), is not settled this way.

    >>> verdict("Är kulturskolan gratis för tredje barnet?", "För tredje barnet tas ingen avgift ut.", 0.6)
    True
    >>> verdict("Kostar det något att läsa en handling på plats?", "Att läsa på plats är avgiftsfritt.", 0.6)
    False
    >>> verdict("Ingår matavfall i hämtningsavgiften?", "Matavfall ingår i hämtningsavgiften.", 1.0)
    True
    >>> verdict("Ingår matavfall i hämtningsavgiften?", "Matavfall ingår inte i hämtningsavgiften.", 1.0)
    False
    >>> verdict("Ingår matavfall i avgiften?", "Matavfall ingår och ingen extra kostnad tillkommer.", 1.0)
    >>> verdict("Ingår trädgårdsavfall i avgiften?", "Matavfall ingår i hämtningsavgiften.", 0.5) is None
    True
    >>> verdict("Finns dokumenten på hemsidan?", "Dokumenten finns där, men vissa på intranätet.", 1.0)
    >>> verdict("Är det nämnden som beslutar om taxan?", "Nämnden beslutar om taxan.", 1.0)
    >>> verdict("Var förvaras lösenordet?", "Lösenordet förvaras i ett kassaskåp.", 1.0)
    >>> verdict("Är tjänsten avgiftsfri?", "Tjänsten är inte avgiftsfri.", 1.0)
    >>> verdict("Slipper jag betala för kopior?", "För kopior tas ingen avgift ut.", 0.6)
    True
    >>> verdict("Är parkeringen gratis?", "Parkeringen är gratis nattetid.", 1.0)
    >>> verdict("Kan jag få bidrag?", "Bidrag lämnas om du inte har andra inkomster.", 1.0)
    >>> verdict("Finns alla styrdokument på hemsidan?", "Styrdokumenten finns på hemsidan.", 1.0)
    """
    if _NOT_POLAR.search(question) or _UNIVERSAL.search(question) or _OPEN.search(sentence):
        return None
    negations = len(_NEGATION.findall(sentence))
    if _NEGATION.search(question) or negations > 1:
        return None  # "inte ... ingen": no plain reading
    if (free := _FREE.search(sentence)) and support >= AFFIRMS / 2:
        if negations and not _NEGATION.fullmatch(free.group(0).split()[0]):
            return None  # "Tjänsten är inte avgiftsfri"
        if _ASKS_FREE.search(question) or _EXEMPT.search(question):
            return True
        if _ASKS_COST.search(question):
            return False
        return None
    if row or support < AFFIRMS:
        return None
    if negations == 0:
        return True
    return False if _negates_asked(question, sentence) else None


def _negates_asked(question: str, sentence: str) -> bool:
    """Does the sentence's negation stand beside a word of the question ("får inte
    vidaredelegera", "serveras aldrig"), rather than in a clause of its own ("och ingen extra
    kostnad tillkommer")?"""
    asked = {w[:5].lower() for w in re.findall(r"[\wåäö]{3,}", question)}
    words = re.findall(r"[\wåäö]+", sentence)
    for i, w in enumerate(words):
        if _NEGATION.fullmatch(w):
            near = [x for x in words[max(0, i - 1) : i + 2] if x is not w and len(x) >= 3]
            if any(x[:5].lower() in asked for x in near):
                return True
    return False
