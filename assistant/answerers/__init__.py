"""One answerer per question kind, chosen from a table by the kind the question has.

Each answerer takes a :class:`~assistant.answerers.base.Context` and returns a
:class:`~assistant.answerers.base.Draft` or ``None``. :data:`ROUTES` lists, per kind, the answerers
to try in order: when one has nothing, or its draft does not pass the gate, the next is tried.
"""

from __future__ import annotations

from assistant.answerers import documents, facts, who_decides
from assistant.answerers.base import TYPE_RULE, Answerer
from assistant.question import DOC_DECISION, FACT, SUPERSESSION, WHICH_APPLIES, WHO_DECIDES

__all__ = ["ANSWERERS", "ROUTES", "TYPE_RULE"]

ANSWERERS: dict[str, Answerer] = {
    "who_decides": who_decides.answer,
    "documents": documents.answer,
    "fact": facts.answer,
}
ROUTES: dict[str, tuple[str, ...]] = {
    TYPE_RULE: ("who_decides",),
    WHO_DECIDES: ("who_decides", "fact"),
    WHICH_APPLIES: ("documents", "fact"),
    SUPERSESSION: ("documents", "fact"),
    DOC_DECISION: ("documents", "fact"),
    FACT: ("fact",),
}
