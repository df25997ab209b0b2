"""The staff chat's example questions are ones the real corpus answers: a first click shows an
answer, not "Jag hittar inget stöd". Dates pinned."""

from __future__ import annotations

import datetime as dt

from webapp.ui import EXAMPLES

AS_OF = dt.date(2026, 11, 26)


def test_the_staff_chats_examples_are_answered_by_the_real_corpus(assistant):
    for question in EXAMPLES:
        ans = assistant.ask(question, as_of=AS_OF)
        assert not ans.abstained, question
        assert {c.file for c in ans.citations} == {"styrmodellen-askersund.pdf"}, question
