"""Do two documents look like versions of the same document?

Versions of a styrdokument keep their title and change their year ("Representationspolicy 2019",
"Representationspolicy 2024"), or change a letter ("Riktlinje för X", "Riktlinjer för X"). Two
documents of different subjects often share most of a title ("Delegationsordning för
socialnämnden" / "... för kulturnämnden"), so likeness is an edit distance of one or two
characters after years and dates are removed, never a ratio of shared characters.

>>> looks_like_same_title("Representationspolicy 2019", "Representationspolicy (2024)")
True
>>> looks_like_same_title("Delegationsordning för socialnämnden", "Delegationsordning för kulturnämnden")
False
"""

from __future__ import annotations

import re

_NOISE = re.compile(r"\d+|\b(?:version|ver|rev|reviderad|utgåva|uppdaterad)\b\.?", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-zåäöéü]+")
SHORT_TITLE = 24  # below this many characters only one edit is allowed


def title_key(title: str) -> str:
    """A title without years, dates, version words, punctuation or case."""
    text = _NOISE.sub(" ", title.lower())
    return " ".join(_NON_WORD.sub(" ", text).split())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def looks_like_same_title(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same document, up to years and a letter or two."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    limit = 1 if min(len(ka), len(kb)) < SHORT_TITLE else 2
    return edit_distance(ka, kb, limit) <= limit


def names_title(text: str, title: str) -> bool:
    """Does ``text`` (an "ersätter ..." line) name the document titled ``title``?"""
    key = title_key(title)
    return bool(key) and key in title_key(text)
