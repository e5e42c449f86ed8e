"""Examples for dates/rules/weeks.py (rules for weeks named by their place: a weekday of a named
week, the n-th week of a year). Each row: text and reference day in, (text, type, value) of each
fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import FRIDAY, JULY_2018, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # weekdays counted from the reference
    ("We meet two mondays from now.", FRIDAY, [("two mondays from now", "DATE", "2023-04-17")]),
    # the n-th (or last) weekday of a month, of the year named or the reference's
    (
        "It opened on the first friday of march 2016.",
        None,
        [("the first friday of march 2016", "DATE", "2016-03-04")],
    ),
    (
        "We met on the last Sunday of May.",
        FRIDAY,
        [("the last Sunday of May", "DATE", "2022-05-29")],
    ),
    (
        "the fifth Monday of February 2023",
        None,
        [("Monday", "DATE", "XXXX-WXX-1"), ("February 2023", "DATE", "2023-02")],
    ),
    # a weekday of a named week; the n-th week of a year
    (
        "We met on Tuesday of last week.",
        FRIDAY,
        [("Tuesday of last week", "DATE", "2023-03-28")],
    ),
    (
        "Schedule it next week on Monday.",
        FRIDAY,
        [("next week on Monday", "DATE", "2023-04-10")],
    ),
    # a weekday with a day number: the nearest month where that day is that weekday
    ("The vote was held on Mon 13th.", FRIDAY, [("Mon 13th", "DATE", "2023-03-13")]),
    ("They met on Tuesday the fourth.", FRIDAY, [("Tuesday the fourth", "DATE", "2023-04-04")]),
    ("On Friday 3 people died.", FRIDAY, [("Friday", "DATE", "2023-04-07")]),
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
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_weeks(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
