"""Examples for dates/rules/formats.py (rules for dates written compactly: file names, URLs, forms
and spreadsheet columns). Each row: text and reference day in, (text, type, value) of each fact
out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import JULY_2019, JUNE_2019, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # compact written forms
    ("See report-20170302.html for details.", None, [("20170302", "DATE", "2017-03-02")]),
    ("Revenue of 20161016 dollars", None, []),
    ("Due 2019-aug-01 at the latest", None, [("2019-aug-01", "DATE", "2019-08-01")]),
    ("Due 23/Sep/2020 at the latest", None, [("23/Sep/2020", "DATE", "2020-09-23")]),
    ("Due Sep-23-2020 at the latest", None, [("Sep-23-2020", "DATE", "2020-09-23")]),
    ("Sales in 2015-12 fell.", None, [("2015-12", "DATE", "2015-12")]),
    ("Sales in 12-2015 fell.", None, [("12-2015", "DATE", "2015-12")]),
    ("Growth slowed in 2017 q1.", None, [("2017 q1", "DATE", "2017-Q1")]),
    ("Growth slowed in Q3-2019.", None, [("Q3-2019", "DATE", "2019-Q3")]),
    # a day and a deadline clock time: one TIME, the link word its mod (see test_mods too)
    ("Growth slows in 2019 H2.", None, [("2019 H2", "DATE", "2019-H2")]),
    # quarters
    ("Over the past quarter century, the city grew.", JULY_2019, []),
    ("He scored 12 points in the fourth quarter.", JULY_2019, []),
    (
        "q1 and q2 could be any year",
        date(2019, 11, 7),
        [("q1", "DATE", "2019-Q1"), ("q2", "DATE", "2019-Q2")],
    ),
    ("Q4 sales fell sharply.", JULY_2019, [("Q4", "DATE", "2018-Q4")]),
    ("Apple's Q1 results beat forecasts.", JULY_2019, [("Q1", "DATE", "2019-Q1")]),
    ("Revenue in Q2 of last year fell.", JULY_2019, [("Q2 of last year", "DATE", "2018-Q2")]),
    ("Audi Q3 sales rose.", JULY_2019, []),
    ("Q1: What is your name?", JULY_2019, []),
    # fiscal, school and calendar years
    ("Show sales in the fiscal year 2008", JUNE_2019, [("fiscal year 2008", "DATE", "FY2008")]),
    ("It reported fiscal 2008 results.", JUNE_2019, [("fiscal 2008", "DATE", "FY2008")]),
    (
        "Revenue rose in fiscal year 2018-19.",
        JUNE_2019,
        [("fiscal year 2018-19", "DATE", "FY2019")],
    ),
    (
        "Sales fell in FY2008 and FY 18.",
        JUNE_2019,
        [("FY2008", "DATE", "FY2008"), ("FY 18", "DATE", "FY2018")],
    ),
    ("I had gains in last fiscal year.", JUNE_2019, [("last fiscal year", "DATE", "FY2018")]),
    ("Show sales in fiscal year", JUNE_2019, [("fiscal year", "DATE", "FYXXXX")]),
    ("Each fiscal year the budget grows.", JUNE_2019, []),
    ("The fiscal year budget grows.", JUNE_2019, []),
    ("I had gains in this school year.", JUNE_2019, [("this school year", "DATE", "SY2019")]),
    ("Show sales in the school year 2008", JUNE_2019, [("school year 2008", "DATE", "SY2008")]),
    ("Show sales in the sy18", JUNE_2019, [("sy18", "DATE", "SY2018")]),
    ("Show sales in the cy18", JUNE_2019, [("cy18", "DATE", "2018")]),
    ("I had gains in this calendar year.", JUNE_2019, [("this calendar year", "DATE", "2019")]),
    ("Cy 18 and Sy 20 are names.", JUNE_2019, []),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_formats(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_fiscal_year_has_no_concrete_range(nlp: Any) -> None:
    """A fiscal year may start in any month: its value says which one, its range stays open."""
    (fact,) = extract_dates(nlp("Sales fell in FY2008."), reference=JUNE_2019)
    assert fact.range is None
