"""Follow-up questions: an elliptic question is read as the previous one with its new part put in.

"Vem beslutar om rivningslov?" then "Och om marklov?" asks the same about marklov: the new word
takes the place of the previous question's subject (its rarest word). "Och samhällsbyggnads-
nämndens?" after "Vilken driftram har socialnämnden?" swaps one body for another. A follow-up
that only points back ("Gällde samma gräns 2022?", "När antogs den?") keeps the previous subject
whole. The result is one standalone question to search and judge by.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence import Evidence
from assistant.question import Question
from store.vocabulary import find_bodies

_POINTS_BACK = re.compile(r"\b(samma|den|det|dess|denna|detta|dem|de|där|it|its|that|same)\b", re.I)


def standalone(q: Question, previous: str, evidence: Evidence) -> Question:
    """``q`` (a follow-up of ``previous``) as a question that stands on its own."""
    if not q.follow_up:
        return q
    own = evidence.words(q.text)
    if not own or (_POINTS_BACK.search(q.text) and len(own) <= 1):
        return replace(q, search_text=f"{q.text} {previous}")
    text = previous
    new_bodies = find_bodies(q.text)
    old_bodies = find_bodies(previous)
    if new_bodies and old_bodies:  # one body for another: "och samhällsbyggnadsnämndens?"
        old = old_bodies[-1]
        text = previous[: old.start] + new_bodies[0].text + previous[old.end :]
        rest = [w.token for w in own if not any(w.token in b.text for b in new_bodies)]
    else:  # the new subject takes the place of the previous one's rarest word
        prev_words = [w for w in evidence.words(previous) if not w.token.isdigit()]
        if not prev_words:
            return replace(q, search_text=f"{q.text} {previous}")
        subject = max(prev_words, key=lambda w: w.weight)
        lead = max(own, key=lambda w: w.weight)
        text = re.sub(rf"\b{re.escape(subject.token)}\b", lead.token, previous, count=1)
        rest = [w.token for w in own if w.token != lead.token]
    return replace(q, search_text=" ".join([text, *rest]))
