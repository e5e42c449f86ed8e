"""Calendar units named by number or place: ISO weeks, weeks of a month, decades, quarters,
fiscal, school and calendar years. Each row: (text, reference) in, (text, type, value) out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates

JULY_2018 = date(2018, 7, 2)  # a Monday, ISO week 2018-W27
JULY_2019 = date(2019, 7, 4)  # in 2019-Q3
JUNE_2019 = date(2019, 6, 18)


def facts_of(nlp: Any, text: str, reference: date | None) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in extract_dates(nlp(text), reference=reference)]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # ISO weeks by number: a year, "calendar week", "the week N" or a weekday before it
        ("Show sales in the week 31", JULY_2018, [("week 31", "DATE", "2018-W31")]),
        ("Show sales in the week 1", date(2019, 3, 2), [("week 1", "DATE", "2019-W01")]),
        ("Sales in week 3 of 2027 fell.", JULY_2018, [("week 3 of 2027", "DATE", "2027-W03")]),
        (
            "Show sales in the week 27 of last year",
            JULY_2018,
            [("week 27 of last year", "DATE", "2017-W27")],
        ),
        ("Output rose in calendar week 12.", JULY_2018, [("calendar week 12", "DATE", "2018-W12")]),
        (
            "Let's meet on Thursday, week 23",
            JULY_2018,
            [("Thursday", "DATE", "2018-06-28"), ("week 23", "DATE", "2018-W23")],
        ),
        (
            "week 10 8 p.m. works.",
            date(2019, 7, 11),
            [("week 10", "DATE", "2019-W10"), ("8 p.m.", "TIME", "2019-07-11T20:00")],
        ),
        # 2021 has 52 ISO weeks: only the year is left
        ("It is in the week 53 of 2021.", JULY_2018, [("2021", "DATE", "2021")]),
        # weeks numbered by a season, a show or a trial are not calendar weeks
        ("In week 3 of the NFL season, the Patriots lost.", JULY_2018, []),
        ("The Week 1 opener was a blowout.", JULY_2018, []),
        ("It was week 5 of the strike.", JULY_2018, []),
        ("Brady was hurt in the week 3 loss.", JULY_2018, []),
        ("Week 3 of 2019's season was wild.", JULY_2018, [("2019", "DATE", "2019")]),
        # weeks counted from this one
        (
            "Show sales in the week after next",
            JULY_2018,
            [("the week after next", "DATE", "2018-W29")],
        ),
        (
            "We left the weekend before last.",
            JULY_2018,
            [("the weekend before last", "DATE", "2018-W25-WE")],
        ),
        (
            "It will happen this working week",
            JULY_2018,
            [("this working week", "DATE", "2018-W27")],
        ),
        ("It will happen on next workweek", JULY_2018, [("next workweek", "DATE", "2018-W28")]),
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
        ("Who were presidents in 1990 s.", JULY_2018, [("1990 s", "DATE", "199")]),
        ("Who were presidents in nineties", JULY_2018, [("nineties", "DATE", "199")]),
        (
            "Music from the early sixties is back.",
            JULY_2018,
            [("the early sixties", "DATE", "196")],
        ),
        ("She is in her nineties.", JULY_2018, []),
        ("He finished in 90 s.", JULY_2018, []),  # ninety seconds
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
        ("Over the past quarter century, the city grew.", JULY_2019, []),
        ("He scored 12 points in the fourth quarter.", JULY_2019, []),
        (
            "GDP grew 0.3 percentage points in the first quarter.",
            JULY_2019,
            [("the first quarter", "DATE", "2019-Q1")],
        ),
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
    ],
)
def test_calendar_units(
    nlp: Any, text: str, reference: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_fiscal_year_has_no_concrete_range(nlp: Any) -> None:
    """A fiscal year may start in any month: its value says which one, its range stays open."""
    (fact,) = extract_dates(nlp("Sales fell in FY2008."), reference=JUNE_2019)
    assert fact.range is None


def test_week_of_month_range(nlp: Any) -> None:
    """ "the last week of December 2016" holds 26-31 December (and 1 January)."""
    (fact,) = extract_dates(nlp("Book the last week of December 2016."), reference=None)
    assert (fact.value, fact.range and (fact.range.start, fact.range.end)) == (
        "2016-W52",
        ("2016-12-26", "2017-01-01"),
    )
