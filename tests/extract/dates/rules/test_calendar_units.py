"""Examples for dates/rules/calendar_units.py (calendar units named by number or place: weeks of a
month, decades, quarters, fiscal years). Each row: text and reference day in, (text, type,
value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import FRIDAY, JULY_2018, JULY_2019, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # quarters written short
    ("Sales in the 2nd qtr rose.", FRIDAY, [("2nd qtr", "DATE", "2023-Q2")]),
    ("See the 3rd qtr 2022 results.", FRIDAY, [("3rd qtr 2022", "DATE", "2022-Q3")]),
    # half years
    ("Profit rose in H1 2024.", None, [("H1 2024", "DATE", "2024-H1")]),
    (
        "Profit rose in the first half of 2024.",
        None,
        [("the first half of 2024", "DATE", "2024-H1")],
    ),
    (
        "Sales fell in the second half of the year.",
        FRIDAY,
        [("the second half of the year", "DATE", "2023-H2")],
    ),
    ("They led in the first half of the match.", FRIDAY, []),
    # explicit dates in common written forms
    (
        "Losses in the fourth quarter of 2005 grew.",
        None,
        [("the fourth quarter of 2005", "DATE", "2005-Q4")],
    ),
    # a weekday of a named week; the n-th week of a year
    (
        "How about the first week of 2015?",
        None,
        [("the first week of 2015", "DATE", "2015-W01")],
    ),
    ("How about the last week of 2019?", None, [("the last week of 2019", "DATE", "2019-W52")]),
    (
        "How about 3rd week of January?",
        date(2018, 11, 29),
        [("3rd week of January", "DATE", "2018-W03")],
    ),
    # the n-th week of a month: the ISO week holding the month's n-th Thursday
    (
        "How about first week of Jan 2015",
        None,
        [("first week of Jan 2015", "DATE", "2015-W01")],
    ),
    ("How about last week of Dec 2016", None, [("last week of Dec 2016", "DATE", "2016-W52")]),
    (
        "The first week of March 2020 was calm.",
        None,
        [("The first week of March 2020", "DATE", "2020-W10")],
    ),
    (
        "How about 3rd week of Jan",
        date(2018, 11, 29),
        [("3rd week of Jan", "DATE", "2018-W03")],
    ),
    (
        "Show statistics from the last week of this month",
        date(2021, 10, 10),
        [("the last week of this month", "DATE", "2021-W43")],
    ),
    (
        "1st week of Oct. on Friday.",
        date(2019, 11, 7),
        [("1st week of Oct. on Friday", "DATE", "2019-10-04")],
    ),
    ("How about the last week of 2019?", None, [("the last week of 2019", "DATE", "2019-W52")]),
    (
        "It happened in the last week of March.",
        date(2015, 5, 7),
        [("the last week of March", "DATE", "2015-W13")],
    ),
    # decades
    ("Who were presidents in nineties", JULY_2018, [("nineties", "DATE", "199")]),
    (
        "Music from the early sixties is back.",
        JULY_2018,
        [("the early sixties", "DATE", "196")],
    ),
    ("She is in her nineties.", JULY_2018, []),
    ("He finished in 90 s.", JULY_2018, []),
    ("Highs will be in the nineties.", JULY_2018, []),
    ("Highs will be in the 90s.", JULY_2018, []),
    ("It should start in the next decade", JULY_2018, [("the next decade", "DATE", "202")]),
    ("This decade has been hard.", JULY_2018, [("This decade", "DATE", "201")]),
    ("Spending will rise over the next decade.", JULY_2018, []),
    # quarters
    ("Sales for current quarter", JULY_2019, [("current quarter", "DATE", "2019-Q3")]),
    ("Sales for past quarter", JULY_2019, [("past quarter", "DATE", "2019-Q2")]),
    ("Work on the following quarter.", JULY_2019, [("following quarter", "DATE", "2019-Q4")]),
    (
        "Profit fell in the first quarter of 2015 and rose the following quarter.",
        JULY_2019,
        [
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("following quarter", "DATE", "2015-Q2"),
        ],
    ),
    (
        "GDP grew 0.3 percentage points in the first quarter.",
        JULY_2019,
        [("the first quarter", "DATE", "2019-Q1")],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_calendar_units(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_week_of_month_range(nlp: Any) -> None:
    """ "the last week of December 2016" holds 26-31 December (and 1 January)."""
    (fact,) = extract_dates(nlp("Book the last week of December 2016."), reference=None)
    assert (fact.value, fact.range and (fact.range.start, fact.range.end)) == (
        "2016-W52",
        ("2016-12-26", "2017-01-01"),
    )
