"""Examples for dates/rules/spelled.py (years said in words: "nineteen eighty six", "two thousand
and five", with or without a date; and days named as the nth day of a month ("the twenty-sixth
day of the month")). Each row: text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import FRIDAY, MAY_20, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # the last day of a month
    (
        "Rent is due the last day of the month.",
        FRIDAY,
        [("the last day of the month", "DATE", "2023-04-30")],
    ),
    (
        "It ended on the last day of June 2023.",
        None,
        [("the last day of June 2023", "DATE", "2023-06-30")],
    ),
    ("He wrote on the last day of his life.", FRIDAY, []),
    # years in words
    ("He was born in nineteen sixty two.", None, [("nineteen sixty two", "DATE", "1962")]),
    (
        "It opened March two thousand and nine.",
        None,
        [("March two thousand and nine", "DATE", "2009-03")],
    ),
    (
        "They met on fifth May nineteen eighty one.",
        None,
        [("fifth May nineteen eighty one", "DATE", "1981-05-05")],
    ),
    ("In two thousand and five cases the court agreed.", None, []),
    # a month counted into a year
    (
        "They leave the third month of 2021.",
        None,
        [("the third month of 2021", "DATE", "2021-03")],
    ),
    (
        "The 9th month of next year.",
        FRIDAY,
        [("The 9th month of next year", "DATE", "2024-09")],
    ),
    ("In the last month of 2020.", None, [("the last month of 2020", "DATE", "2020-12")]),
    ("A month of 2021 sales.", None, [("2021", "DATE", "2021")]),
    # the nth day of a month
    (
        "We will come back on the 15th day of next month",
        date(2020, 7, 1),
        [("the 15th day of next month", "DATE", "2020-08-15")],
    ),
    (
        "We will come back on the twenty third day of September",
        date(2020, 7, 1),
        [("the twenty third day of September", "DATE", "2020-09-23")],
    ),
    ("Police said on the 15th day of the hunger strike he collapsed.", MAY_20, []),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_spelled(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_after_before_qualify_the_nth_day(nlp: Any) -> None:
    """The mod of "after the 15th day of June" comes with the words in front of the day."""
    (fact,) = extract_dates(
        nlp("We will come back after the 15th day of next month"), reference=date(2020, 7, 1)
    )
    assert (fact.text, fact.value, fact.mod) == (
        "after the 15th day of next month",
        "2020-08-15",
        "AFTER",
    )
