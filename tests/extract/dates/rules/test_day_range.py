"""Examples for dates/rules/day_range.py (day ranges inside one month, and month pairs written
with one year). The rules emit the two ends; compose joins them into one range. Each row: text
and reference day in, (text, value, last day) of the first fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import FRIDAY, FirstRange, Reference, first_range_of

EXAMPLES: list[tuple[str, Reference, FirstRange]] = [
    # two months with the year written after the second
    (
        "I will leave from May to Oct 2020.",
        FRIDAY,
        ("from May to Oct 2020", "2020-05", "2020-10-31"),
    ),
    # day ranges with the month written once
    ("Talks ran May 3-5, 2021.", None, ("May 3-5, 2021", "2021-05-03", "2021-05-05")),
    (
        "We were off april 9th through 17th.",
        FRIDAY,
        ("april 9th through 17th", "2023-04-09", "2023-04-17"),
    ),
    (
        "Shops will shut between 3 and 12 of Sept.",
        FRIDAY,
        ("between 3 and 12 of Sept.", "2023-09-03", "2023-09-12"),
    ),
    (
        "The fair runs from ninth till seventeenth of April.",
        FRIDAY,
        ("from ninth till seventeenth of April", "2023-04-09", "2023-04-17"),
    ),
    (
        "Sales from april to June in 2017 were low.",
        date(2019, 5, 16),
        ("from april to June in 2017", "2017-04", "2017-06-30"),
    ),
    # two months, the year written once; the year turns between them where it must
    (
        "What will happen from May to September",
        date(2018, 9, 7),
        ("from May to September", "2018-05", "2018-09-30"),
    ),
    (
        "What will happen from Nov to March",
        date(2018, 9, 7),
        ("from Nov to March", "2018-11", "2019-03-31"),
    ),
    (
        "Where were you from March to May",
        date(2018, 9, 7),
        ("from March to May", "2018-03", "2018-05-31"),
    ),
    ("APEC will happen in Korea Jan-Feb 2017", None, ("Jan-Feb 2017", "2017-01", "2017-02-28")),
    # month/day pairs need an opener or a year; a bare closing weekday follows the opening
    (
        "from 10/25 to 01/25",
        date(2018, 10, 24),
        ("from 10/25 to 01/25", "2018-10-25", "2019-01-25"),
    ),
    ("The period is 10/1-11/2/2017", None, ("10/1-11/2/2017", "2017-10-01", "2017-11-02")),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_day_range(nlp: Any, text: str, reference: Reference, expected: FirstRange) -> None:
    assert first_range_of(nlp, text, reference) == expected
