"""Sentences of Swedish running text, split where a full stop ends one (not after "t.ex." or "3.")."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ0-9•\"»(])")
# a statute's section number before its text: "17 § Detta reglemente ...", "§ 5 Nämnden ...", "5 a § ..."
SECTION_MARK_RE = re.compile(r"^(?:\d{1,3}\s*[a-z]?\s*§§?|§\s*\d{1,3}\s*[a-z]?)\s+(?=[A-ZÅÄÖ])")
NO_SPLIT_AFTER = frozenset(
    "t.ex. bl.a. s.k. m.m. m.fl. kap. enl. jfr. ca. resp. dvs. d.v.s. osv. o.s.v. st. p. nr. f.d. "
    "fr.o.m. t.o.m. t.ex bl.a".split()
)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, each with its final punctuation.

    >>> sentences("Beslut fattas enligt 6 kap. 37 § kommunallagen. Nämnden beslutar t.ex. om taxor.")
    ['Beslut fattas enligt 6 kap. 37 § kommunallagen.', 'Nämnden beslutar t.ex. om taxor.']
    """
    found, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = text[start : m.start() + 1].split()[-1].lower()
        if word in NO_SPLIT_AFTER or re.fullmatch(r"\d{1,3}\.|[a-zåäö]\.", word):
            continue
        found.append(text[start : m.start() + 1])
        start = m.end()
    found.append(text[start:])
    return [s for s in found if s.strip()]


def without_section_mark(sentence: str) -> str:
    """``sentence`` without a statute's leading section number.

    >>> without_section_mark("5 §  Nämnden beslutar om namn på gator.")
    'Nämnden beslutar om namn på gator.'
    """
    return SECTION_MARK_RE.sub("", sentence.lstrip())
