"""Examples for dates/offsets.py (days counted from another day ("three days after January 12th")).
Each row: text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import FRIDAY, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # "the day" after or before a date is one day off it; alone it counts nothing
    (
        "Sales soared the day after Thanksgiving.",
        date(2024, 6, 7),
        [
            ("the day after Thanksgiving", "DATE", "2023-11-24"),
            ("Thanksgiving", "DATE", "2023-11-23"),
        ],
    ),
    ("The day before Trump won, markets fell.", date(2024, 6, 7), []),
    # counts from the reference keep the day; counts from a named day are that day moved
    (
        "It happened 3 days after January 12th.",
        FRIDAY,
        [
            ("3 days after January 12th", "DATE", "2023-01-15"),
            ("January 12th", "DATE", "2023-01-12"),
        ],
    ),
    (
        "Where were you two days before yesterday?",
        FRIDAY,
        [
            ("two days before yesterday", "DATE", "2023-04-04"),
            ("yesterday", "DATE", "2023-04-06"),
        ],
    ),
    (
        "The talks lasted 3 hours after noon.",
        FRIDAY,
        [("3 hours", "DURATION", "PT3H"), ("noon", "TIME", "2023-04-07T12:00")],
    ),
    # counted from a day named by a rare word
    (
        "Are you available three weeks from tmrw?",
        date(2018, 5, 31),
        [("three weeks from tmrw", "DATE", "2018-06-22"), ("tmrw", "DATE", "2018-06-01")],
    ),
    (
        "We will meet 5 days before new year.",
        date(2016, 11, 7),
        [("5 days before new year", "DATE", "2016-12-27"), ("new year", "DATE", "2017-01-01")],
    ),
    ("Sales rose after new year celebrations.", date(2016, 11, 7), []),
    # a weekday qualifying a counted day: that weekday in the counted day's week
    (
        "I'll go back Monday two weeks from now.",
        date(2016, 11, 9),
        [("Monday two weeks from now", "DATE", "2016-11-21")],
    ),
    (
        "I'll go back 3 weeks after Christmas on Friday.",
        date(2021, 1, 2),
        [
            ("3 weeks after Christmas on Friday", "DATE", "2022-01-14"),
            ("Christmas", "DATE", "2021-12-25"),
        ],
    ),
    (
        "I'll go back Sunday 3 weeks after January 15th.",
        date(2021, 1, 2),
        [
            ("Sunday 3 weeks after January 15th", "DATE", "2021-01-31"),
            ("January 15th", "DATE", "2021-01-15"),
        ],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_offsets(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
