"""Swedish dates as styrdokument write them, and what must not be read as a date."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.dates import ORDINALS, find_dates, find_period, parse_swedish_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-14", dt.date(2021, 6, 14)),
        ("Beslutsdatum: 2024-2-5", dt.date(2024, 2, 5)),
        ("2021.06.14", dt.date(2021, 6, 14)),
        ("14/6 2021", dt.date(2021, 6, 14)),
        ("14/6-2021", dt.date(2021, 6, 14)),
        ("14.6.2021", dt.date(2021, 6, 14)),
        ("1 januari 2021", dt.date(2021, 1, 1)),
        ("den 3 mars 2022", dt.date(2022, 3, 3)),
        ("Dokumentet fastställdes av kommunstyrelsen den 3 mars 2022", dt.date(2022, 3, 3)),
        ("den 1:a januari 2021", dt.date(2021, 1, 1)),
        ("den 3:e mars 2022", dt.date(2022, 3, 3)),
        ("12 okt. 2023", dt.date(2023, 10, 12)),
        ("12 sept 2023", dt.date(2023, 9, 12)),
        ("den första januari 2021", dt.date(2021, 1, 1)),
        ("Antagen den tjugoandra april 2024, § 51", dt.date(2024, 4, 22)),
        ("tjugo andra april 2024", dt.date(2024, 4, 22)),
        ("den trettioförsta december 2027", dt.date(2027, 12, 31)),
        ("DEN FÖRSTA MAJ 2024", dt.date(2024, 5, 1)),
    ],
)
def test_parse_swedish_date(text: str, expected: dt.date) -> None:
    assert parse_swedish_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Dnr KS 2023/45",  # a diarienummer is not a date
        "SBN 2024/12",
        "§ 15",
        "april 2024",  # no day: never guess one
        "den 1 november",  # no year
        "2021-02-30",  # impossible
        "2021-13-01",
        "version 2.1.2021x",
        "Giltighetstid 2022–2025",  # a year range is a period, not a date
    ],
)
def test_not_a_date(text: str) -> None:
    assert parse_swedish_date(text) is None


def test_every_ordinal_from_forsta_to_trettioforsta() -> None:
    assert sorted(ORDINALS.values()) == list(range(1, 32))
    for word, day in ORDINALS.items():
        assert parse_swedish_date(f"den {word} januari 2025") == dt.date(2025, 1, day), word


def test_find_dates_in_reading_order_with_spans() -> None:
    text = "Antagen av KF 2021-06-14, § 87. Ersätter Riktlinje för X antagen den 2 mars 2015."
    found = find_dates(text)
    assert [f.date for f in found] == [dt.date(2021, 6, 14), dt.date(2015, 3, 2)]
    assert text[found[0].start : found[0].end] == "2021-06-14"
    assert found[1].text == "den 2 mars 2015"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-01-01 -- 2025-12-31", (dt.date(2022, 1, 1), dt.date(2025, 12, 31))),
        ("2020-01-01–2022-12-31", (dt.date(2020, 1, 1), dt.date(2022, 12, 31))),
        ("från 1 januari 2026 till 31 december 2026", (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
        ("2022-2025", (dt.date(2022, 1, 1), dt.date(2025, 12, 31))),
        ("2023–2026", (dt.date(2023, 1, 1), dt.date(2026, 12, 31))),
        ("2024-03-01", (dt.date(2024, 3, 1), None)),
        ("tills vidare", (None, None)),
        ("2026–2022", (None, None)),  # backwards: not a period
    ],
)
def test_find_period(text: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert find_period(text) == expected
