"""Examples for dates/rules/durations.py (rules for durations: "three weeks", "1 hour and 30
minutes", "two days ago", "in 5 minutes"). Each row: text and reference day in, (text, type,
value) of each fact out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from tests.extract.dates.helpers import FRIDAY, MAY_20, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # relative expressions anchored on the reference
    ("It happened two weeks ago.", FRIDAY, [("two weeks ago", "DATE", "2023-03-24")]),
    # durations, qualified ones included; ages and counts are not dates
    (
        "After more than a year of the conflict",
        FRIDAY,
        [("more than a year", "DURATION", "P1Y")],
    ),
    ("She has been with the firm for 33 years.", None, [("33 years", "DURATION", "P33Y")]),
    ("The flight took 3 hours.", None, [("3 hours", "DURATION", "PT3H")]),
    ("Barra, who is 51 years old, was named chief.", None, []),
    ("Some 2,000 troops and 1500 tanks moved.", None, []),
    # counts from the reference keep the day; counts from a named day are that day moved
    (
        "Typhoon Xangsane hit two months ago.",
        FRIDAY,
        [("two months ago", "DATE", "2023-02-07")],
    ),
    ("I will leave in 3 years.", FRIDAY, [("3 years", "DATE", "2026-04-07")]),
    ("Give me 5 more minutes.", None, [("5 more minutes", "DURATION", "PT5M")]),
    # "a" counts where a day is counted off another; "now" is read with its count
    (
        "We meet a week from tomorrow.",
        FRIDAY,
        [("a week from tomorrow", "DATE", "2023-04-15"), ("tomorrow", "DATE", "2023-04-08")],
    ),
    ("It ships a year from now.", FRIDAY, [("a year from now", "DATE", "2024-04-07")]),
    ("It ships three days from now.", FRIDAY, [("three days from now", "DATE", "2023-04-10")]),
    # "the past week" is a stretch up to now
    ("Prices rose over the past week.", FRIDAY, [("the past week", "DURATION", "P1W")]),
    # ... but years ago name a year
    ("The plant closed twelve years ago.", FRIDAY, [("twelve years ago", "DATE", "2011")]),
    # durations: abbreviations, fractions
    ("The outage lasted 3h.", None, [("3h", "DURATION", "PT3H")]),
    ("The outage lasted 5 mins.", None, [("5 mins", "DURATION", "PT5M")]),
    ("It took 3.5years to build.", None, [("3.5years", "DURATION", "P3.5Y")]),
    ("It took one and a half hours.", None, [("one and a half hours", "DURATION", "PT1.5H")]),
    ("It took one hour and half.", None, [("one hour and half", "DURATION", "PT1.5H")]),
    (
        "It ran for a year and a quarter.",
        None,
        [("a year and a quarter", "DURATION", "P1.25Y")],
    ),
    ("A ½ hour call", None, [("½ hour", "DURATION", "PT0.5H")]),
    # clock-sized counts from a reference that carries a time of day
    (
        "We meet in half an hour.",
        datetime(2022, 1, 7, 18, 55),
        [("half an hour", "TIME", "2022-01-07T19:25")],
    ),
    (
        "The fire started two hours ago.",
        datetime(2022, 1, 7, 18, 55),
        [("two hours ago", "TIME", "2022-01-07T16:55")],
    ),
    (
        "The fire started two hours ago.",
        date(2022, 1, 7),
        [("two hours ago", "DATE", "2022-01-07")],
    ),
    # month and day without a year, where the words around make it a date
    (
        "Find us 30 minutes on 11/20, 11/22 or 11/25",
        date(2018, 11, 28),
        [
            ("30 minutes", "DURATION", "PT30M"),
            ("11/20", "DATE", "2018-11-20"),
            ("11/22", "DATE", "2018-11-22"),
            ("11/25", "DATE", "2018-11-25"),
        ],
    ),
    ("He won 3/4 of the vote on 1/2 of the days.", MAY_20, []),
    ("Since 9/11 the city has changed.", MAY_20, []),
    # "in two weeks": a point ahead unless the clause is past or measures a record
    (
        "We will meet in 2 weeks, so please schedule a meeting in 2 weeks.",
        date(2018, 3, 23),
        [("2 weeks", "DATE", "2018-04-06"), ("2 weeks", "DATE", "2018-04-06")],
    ),
    ("The tickets sold out in 2 weeks.", date(2018, 3, 23), [("2 weeks", "DURATION", "P2W")]),
    ("Oil is at its highest level in two years.", MAY_20, [("two years", "DURATION", "P2Y")]),
    ("in a fortnight's time", date(2021, 5, 20), [("a fortnight", "DATE", "2021-06-03")]),
    # "N later": from the day last spoken of, else from the reference
    (
        "He was arrested on March 3. Two days later, he was freed.",
        date(2015, 5, 7),
        [("March 3", "DATE", "2015-03-03"), ("Two days later", "DATE", "2015-03-05")],
    ),
    (
        "The company was founded in 2001. Three years later it went public.",
        date(2015, 5, 7),
        [("2001", "DATE", "2001"), ("Three years later", "DATE", "2004")],
    ),
    (
        "It played out in Kolkata a fortnight later.",
        date(2021, 5, 20),
        [("a fortnight later", "DATE", "2021-06-03")],
    ),
    (
        "Let's take a walk 30 minutes later",
        datetime(2019, 5, 27, 12, 0),
        [("30 minutes later", "TIME", "2019-05-27T12:30")],
    ),
    ("It arrives three days later than planned.", MAY_20, [("three days", "DURATION", "P3D")]),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_durations(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
