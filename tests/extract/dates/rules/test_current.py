"""Examples for dates/rules/current.py (rules for periods named by a bare noun: "for the month",
"end of year", "the week of May 4"). Each row: text and reference day in, (text, type, value) of
each fact or (text, type, value, mod) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import (
    FRIDAY,
    MONDAY,
    Facts,
    FactsWithMods,
    Reference,
    facts_of,
    facts_with_mods,
)

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # the same unit a year off, from the day last named or the article's
    (
        "Sales fell 5% from the same week a year earlier.",
        FRIDAY,
        [("the same week a year earlier", "DATE", "2022-W14")],
    ),
    (
        "Profit rose from the same quarter a year ago.",
        FRIDAY,
        [("the same quarter a year ago", "DATE", "2022-Q2")],
    ),
    # a bare period after "for/of/in" at a clause's end; awards and "in the year 2000" are not
    ("I'm away for the month.", date(2018, 5, 22), [("the month", "DATE", "2018-05")]),
    ("She was blocked for the day.", date(2018, 5, 22), [("the day", "DATE", "2018-05-22")]),
    (
        "We met earlier in the week.",
        date(2018, 5, 31),
        [("earlier in the week", "DATE", "2018-W22")],
    ),
    ("He won Player of the Year.", date(2018, 5, 22), []),
    (
        "The month's sales were in the month of May.",
        date(2018, 5, 22),
        [("May", "DATE", "2018-05")],
    ),
    # "end of year" without articles, "EOY", "year to date"
    ("The party is at the EOY.", date(2018, 11, 23), [("EOY", "DATE", "2018")]),
    ("Pay them end of month.", date(2018, 11, 27), [("end of month", "DATE", "2018-11")]),
    (
        "The stock is down 20% year to date.",
        date(2018, 9, 7),
        [("year to date", "DATE", "2018")],
    ),
    ("The eoy report is out.", date(2018, 11, 23), []),
    # weeks named from another day, or from nothing
    (
        "I was not there that weekend.",
        date(2016, 11, 11),
        [("that weekend", "DATE", "XXXX-WXX-WE")],
    ),
    ("He left the same week.", date(2017, 11, 17), [("the same week", "DATE", "XXXX-WXX")]),
    (
        "Book it for the following week.",
        date(2018, 7, 31),
        [("the following week", "DATE", "2018-W32")],
    ),
    # the week holding a day
    (
        "Free the week of April 10th.",
        date(2018, 3, 14),
        [("the week of April 10th", "DATE", "2018-W15")],
    ),
    ("Meet w/c Feb 4.", date(2019, 1, 7), [("w/c Feb 4", "DATE", "2019-W06")]),
    ("He was in the week of mourning.", date(2019, 1, 7), []),
    # words that name no time of day
    ("The software is up to date.", MONDAY, []),
    ("He wanted to date her.", MONDAY, []),
    ("EOD reports are due.", MONDAY, []),
    ("The OTD metric improved.", MONDAY, []),
    ("At this time of year the roads are busy.", MONDAY, []),
]


EXAMPLES_WITH_MODS: list[tuple[str, Reference, FactsWithMods]] = [
    # the present
    (
        "We are working on that at the present time.",
        MONDAY,
        [("at the present time", "DATE", "PRESENT_REF", None)],
    ),
    (
        "Officials declined to comment at this time.",
        MONDAY,
        [("at this time", "DATE", "PRESENT_REF", None)],
    ),
    ("At the minute I'm ok.", MONDAY, [("At the minute", "DATE", "PRESENT_REF", None)]),
    (
        "The company has shut 40 stores to date.",
        MONDAY,
        [("to date", "DATE", "PRESENT_REF", "BEFORE")],
    ),
    ("How many docked till date?", MONDAY, [("till date", "DATE", "PRESENT_REF", "BEFORE")]),
    ("Pierre de Fermat died otd.", MONDAY, [("otd", "DATE", "2016-11-07", None)]),
    # the end of a day: the day with mod END, as TimeML writes it
    ("Reports are due by end of day.", MONDAY, [("end of day", "DATE", "2016-11-07", "END")]),
    # ... and an order ("Submit it") looks ahead to the coming Friday
    ("Submit it by EOD Friday.", MONDAY, [("EOD Friday", "DATE", "2016-11-11", "END")]),
    # news: "at this time" in a past clause is the story's time, not now
    ("Police were not commenting at this time.", MONDAY, []),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_current(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize("text, reference, expected", EXAMPLES_WITH_MODS)
def test_current_with_mods(
    nlp: Any, text: str, reference: Reference, expected: FactsWithMods
) -> None:
    assert facts_with_mods(nlp, text, reference) == expected
