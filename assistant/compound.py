"""A question that asks two things at once: its parts, each a question of its own.

"Jag ska installera en värmepump. Vad kostar anmälan och vem på miljökontoret fattar beslutet?"
asks for a fee and for a decider, which two different passages answer. Each part is asked with
the situation told before it ("Jag ska installera en värmepump."), and the answers are given
together. A part that is no question of its own ("... och när?", "... och hur ofta?") keeps the
question whole: the registry answers "vem beslutade X och när" in one go.
"""

from __future__ import annotations

import re

_WH = r"(?:vem|vems|vad|när|hur|vilken|vilket|vilka|var|vart|varför|who|whom|what|when|how|which|where|why)"
# ", och vem ...", " och vad ...", "; and who ...": the second question starts with its own question word
_JOIN = re.compile(rf",?\s+(?:och|samt|and)\s+(?={_WH}\b)|;\s+(?={_WH}\b)", re.I)
_FIRST = re.compile(
    rf"(?:^|\s){_WH}\b|^\s*(?:får|kan|måste|ska|skall|gäller|finns|ingår|godtas|ryms|är|har|behöver|"
    r"can|may|must|does|do|is|are)\b",
    re.I,
)
# "..., och hur länge gäller den?": the second part speaks of the first's document; asked alone it
# would not know which, so the question stays whole (the registry answers both from one document)
_BACK = re.compile(r"(?<![\wåäö])(?:den|det|dess|denna|detta|dessa|it|its)(?![\wåäö])", re.I)
# "Ska jag följa delegationsordningen från 2024 eller 2026 ...": a choice between versions is the
# question's point, which the whole question's route (which applies) answers
_CHOICE = re.compile(r"(?<![\wåäö])(?:eller|or)(?![\wåäö])", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-ZÅÄÖ])")
MIN_WORDS = 3  # a part shorter than this ("och när?") is no question of its own


def parts(question: str) -> list[str]:
    """The questions ``question`` asks, when it asks two; else [] (it is one question).

    >>> parts("Jag säljer fyrverkerier. Vem ger tillstånd och vad kostar ett tillstånd?")
    ['Jag säljer fyrverkerier. Vem ger tillstånd?', 'Jag säljer fyrverkerier. Vad kostar ett tillstånd?']
    >>> parts("Vem har beslutat policyn och när?")
    []
    >>> parts("När beslutade fullmäktige policyn för sponsring, och hur länge gäller den?")
    []
    >>> parts("Vad gäller för bidrag och stöd till föreningar?")
    []
    """
    text = " ".join(question.split())
    sentences = _SENTENCE_END.split(text)
    situation, asked = " ".join(sentences[:-1]), sentences[-1]
    pieces = _JOIN.split(asked, maxsplit=1)
    if len(pieces) != 2:
        return []
    first, second = (p.strip(" ,;?") for p in pieces)
    if len(first.split()) < MIN_WORDS or len(second.split()) < MIN_WORDS or not _FIRST.search(first):
        return []
    if _BACK.search(second) or _CHOICE.search(first):
        return []
    out = []
    for part in (first, second):
        part = part[:1].upper() + part[1:] + "?"
        out.append(f"{situation} {part}".strip())
    return out
