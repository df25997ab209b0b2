"""A collective body in the vocabulary ("tjänstemannaorganisationen") stands for every body of one kind."""

from __future__ import annotations

import pytest

from store.vocabulary import acts_within


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ("förvaltningschef", "tjänstemannaorganisationen", True),
        ("enhetschefen", "Tjänstemannaorganisationen", True),
        ("kommundirektören", "förvaltningen", True),
        ("kommunstyrelsen", "tjänstemannaorganisationen", False),  # a board, not an official
        ("tjänstemannaorganisationen", "förvaltningschef", False),  # the whole is not within a part
        ("förvaltningschef", "kommunfullmäktige", False),
    ],
)
def test_an_official_acts_within_the_officials_as_a_whole(part, whole, expected):
    assert acts_within(part, whole) is expected
