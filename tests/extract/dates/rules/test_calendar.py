"""Examples for dates/rules/calendar.py (calendar rules: explicit dates, months, years, decades,
seasons, quarters, weekdays). Each row: text and reference day in, (text, type, value) of each
fact or (text, type, value, mod) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import (
    FRIDAY,
    JULY_2018,
    MONDAY,
    Facts,
    FactsWithMods,
    Reference,
    facts_of,
    facts_with_mods,
)

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # explicit dates in common written forms
    ("It was signed on May 7, 2015.", None, [("May 7, 2015", "DATE", "2015-05-07")]),
    (
        "Published Thursday, May 7, 2015",
        None,
        [("Thursday, May 7, 2015", "DATE", "2015-05-07")],
    ),
    ("It opened on 14th February 2019.", None, [("14th February 2019", "DATE", "2019-02-14")]),
    ("They met in July 2003.", None, [("July 2003", "DATE", "2003-07")]),
    ("The plant closed in 1998.", None, [("1998", "DATE", "1998")]),
    ("Cars of the 1990s were boxy.", None, [("the 1990s", "DATE", "199")]),
    ("Deliveries resume in spring 2024.", None, [("spring 2024", "DATE", "2024-SP")]),
    # relative expressions anchored on the reference
    ("The ministry said on Friday that it agreed.", FRIDAY, [("Friday", "DATE", "2023-04-07")]),
    ("The talks collapsed on Tuesday.", FRIDAY, [("Tuesday", "DATE", "2023-04-04")]),
    ("The trial will begin on Wednesday.", FRIDAY, [("Wednesday", "DATE", "2023-04-12")]),
    ("Russia invaded Ukraine last February.", FRIDAY, [("last February", "DATE", "2022-02")]),
    ("The expected spring counteroffensive", FRIDAY, [("spring", "DATE", "2023-SP")]),
    # no reference: keep what is known, never invent a day
    ("The ministry said on Friday that it agreed.", None, [("Friday", "DATE", "XXXX-WXX-5")]),
    ("There were appeals in November.", None, [("November", "DATE", "XXXX-11")]),
    # spans written as one expression, centuries, holidays, lower-case and dashed months
    ("Troops will march in May.", FRIDAY, [("May", "DATE", "2023-05")]),
    ("What is your plan for Dec-2018?", None, [("Dec-2018", "DATE", "2018-12")]),
    (
        "GM admitted Thursday night that the loss grew.",
        date(2006, 1, 27),
        [("Thursday", "DATE", "2006-01-26"), ("night", "TIME", "2006-01-26TNI")],
    ),
    # month and day written with a slash
    ("I'll go back Oct/2.", None, [("Oct/2", "DATE", "XXXX-10-02")]),
    # days written out, and the year after "of"/"in"
    (
        "They met on February twenty second.",
        FRIDAY,
        [("February twenty second", "DATE", "2023-02-22")],
    ),
    (
        "It began on the fourth of July of 1995.",
        None,
        [("the fourth of July of 1995", "DATE", "1995-07-04")],
    ),
    ("She left on 28 June in 2020.", None, [("28 June in 2020", "DATE", "2020-06-28")]),
    ("It was April the ninth.", FRIDAY, [("April the ninth", "DATE", "2023-04-09")]),
    ("We march first to the square.", FRIDAY, []),
    ("The first May Day rally drew crowds.", FRIDAY, [("May Day", "DATE", "2022-05-01")]),
    ("In May the 3 firms merged.", FRIDAY, [("May", "DATE", "2022-05")]),
    # compact written forms
    ("Filed as archive-2018-09-23-page-01", None, [("2018-09-23", "DATE", "2018-09-23")]),
    # a future date the distance rules out still takes the reference year; a past one not
    ("I'll go back Oct/2", date(2016, 11, 7), [("Oct/2", "DATE", "2016-10-02")]),
    ("He bought it on Dec 12.", date(2019, 7, 15), []),
    # decades
    ("Who were presidents in 1990 s.", JULY_2018, [("1990 s", "DATE", "199")]),
    # the present progressive arranges what lies ahead: "I'm going to Italy in November"
    (
        "I'm going to Italy in November and to Mexico in January.",
        date(2013, 10, 9),
        [("November", "DATE", "2013-11"), ("January", "DATE", "2014-01")],
    ),
    # a range of years whose second year keeps two digits; a lower number is no year
    (
        "In 1890 – 91, he wrote his Dumky Trio.",
        None,
        [("1890 – 91", "DATE", "1890"), ("1890", "DATE", "1890"), ("91", "DATE", "1891")],
    ),
    (
        "Her first period (1892–94) was short.",
        None,
        [("1892–94", "DATE", "1892"), ("1892", "DATE", "1892"), ("94", "DATE", "1894")],
    ),
    ("It lost 1990 - 45 to the visitors.", None, [("1990", "DATE", "1990")]),
    # a year written with an apostrophe after a word that leads to a year; a date without
    # zero padding
    ("He graduated in '95.", FRIDAY, [("'95", "DATE", "1995")]),
    ("The class of '19 met.", FRIDAY, [("'19", "DATE", "2019")]),
    ("He scored '95 points.", FRIDAY, []),
    ("It was filed on 2019-3-7.", None, [("2019-3-7", "DATE", "2019-03-07")]),
    # numbers with dots (day first) or hyphens (month first), two-digit years; not a version
    ("It was signed 3.7.19 in Paris.", None, [("3.7.19", "DATE", "2019-07-03")]),
    ("Payment is due 7-3-19.", None, [("7-3-19", "DATE", "2019-07-03")]),
    ("Python 3.7.19 was released.", None, []),
    # years of the common era however short; ISO dates with slashes
    ("He was born around 347 AD.", None, [("347 AD", "DATE", "0347")]),
    ("Rome burned in AD 64.", None, [("AD 64", "DATE", "0064")]),
    ("It was filed on 2024/06/05.", None, [("2024/06/05", "DATE", "2024-06-05")]),
    # a month of a year named by its place; a decade with its mod after "the"
    ("Sales peaked in March of last year.", FRIDAY, [("March of last year", "DATE", "2022-03")]),
    ("Music of the late 90s returned.", FRIDAY, [("the late 90s", "DATE", "199")]),
]


EXAMPLES_WITH_MODS: list[tuple[str, Reference, FactsWithMods]] = [
    # the end of a day: the day with mod END, as TimeML writes it
    ("The deal will close by end of June.", MONDAY, [("end of June", "DATE", "2017-06", "END")]),
    # "mid-2019": the year, its mod from the word before; "year end" is the reference's
    ("Growth slowed in mid-2019.", MONDAY, [("mid-2019", "DATE", "2019", "MID")]),
    ("Profits will rise by year end.", MONDAY, [("year end", "DATE", "2016", "END")]),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_calendar(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize("text, reference, expected", EXAMPLES_WITH_MODS)
def test_calendar_with_mods(
    nlp: Any, text: str, reference: Reference, expected: FactsWithMods
) -> None:
    assert facts_with_mods(nlp, text, reference) == expected
