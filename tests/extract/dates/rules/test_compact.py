"""Examples for dates/rules/compact.py (compact spellings: joined durations ("1 hour and 30
minutes"), unit letters ("for 3Y"), a day before a zero-padded month ("on 22/04"), and days
written with digits in rarer ways: "on 11/20, 11/22 or 11/25", "18 and 19 June", "2016 10 16",
"23-2020-September"). Each row: text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # joined durations, largest unit first
    (
        "It took 1 hour and 30 minutes.",
        None,
        [("1 hour and 30 minutes", "DURATION", "PT1H30M")],
    ),
    ("He served 2 years and 3 months.", None, [("2 years and 3 months", "DURATION", "P2Y3M")]),
    ("It took 3 days, 2 hours.", None, [("3 days, 2 hours", "DURATION", "P3DT2H")]),
    (
        "It took 5 minutes and 2 hours.",
        None,
        [("5 minutes", "DURATION", "PT5M"), ("2 hours", "DURATION", "PT2H")],
    ),
    # unit letters after a word asking for a length
    ("The plants were grown for 3Y.", None, [("3Y", "DURATION", "P3Y")]),
    ("The cold lasted 2W", None, [("2W", "DURATION", "P2W")]),
    ("I'll leave for 10D", None, [("10D", "DURATION", "P10D")]),
    ("It was built for 3D printing.", None, []),
    ("It sold for 10M.", None, []),
    # a day over 12 before a zero-padded month
    ("I'll go back on 22/04", date(2016, 11, 7), [("22/04", "DATE", "2017-04-22")]),
    ("We met on 22/04.", date(2016, 11, 7), [("22/04", "DATE", "2016-04-22")]),
    ("Open 24/7 and 15/2 odds.", date(2016, 11, 7), []),
    ("The ratio was 4/05.", date(2016, 11, 7), []),
    # month and day without a year, where the words around make it a date
    (
        "The date? 11/20, 12 of Nov?",
        date(2018, 11, 28),
        [("11/20", "DATE", "2018-11-20"), ("12 of Nov", "DATE", "2018-11-12")],
    ),
    # the nth day of a month
    (
        "Set something up around the 21st this month.",
        date(2018, 8, 8),
        [("the 21st this month", "DATE", "2018-08-21")],
    ),
    # rarer spellings
    (
        "I am looking at 18 and 19 June.",
        date(2018, 8, 29),
        [("18", "DATE", "2018-06-18"), ("19 June", "DATE", "2018-06-19")],
    ),
    ("On 2016 10 16, the conference started.", None, [("2016 10 16", "DATE", "2016-10-16")]),
    ("In 2015 12 people died.", None, [("2015", "DATE", "2015")]),
    ("i'll go back 23-2020-September", None, [("23-2020-September", "DATE", "2020-09-23")]),
    # "N later": from the day last spoken of, else from the reference
    (
        "I left here 2 years 1 month 21 days later",
        date(2017, 11, 23),
        [("2 years 1 month 21 days later", "DATE", "2020-01-13")],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_compact(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
