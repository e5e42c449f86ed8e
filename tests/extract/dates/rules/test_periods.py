"""Examples for dates/rules/periods.py (rules for sets, clock times, present/past/future references
and anaphora). Each row: text and reference day in, (text, type, value) of each fact or (text,
value) of each TIME fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import (
    FRIDAY,
    THURSDAY,
    ClockTimes,
    Facts,
    Reference,
    clock_times_of,
    facts_of,
)

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # a deadline at the end of the year: this year's in the present tense, else the year named
    (
        "It opened in 2004. They are looking at rules by the end of the year.",
        date(2006, 2, 23),
        [("2004", "DATE", "2004"), ("the end of the year", "DATE", "2006")],
    ),
    (
        "In 2004 they said it would close by the end of the year.",
        date(2006, 2, 23),
        [("2004", "DATE", "2004"), ("the end of the year", "DATE", "2004")],
    ),
    # relative expressions anchored on the reference
    (
        "There were 3,500 appeals in November, which is the same month when it began.",
        FRIDAY,
        [("November", "DATE", "2022-11"), ("the same month", "DATE", "2022-11")],
    ),
    # "that year", "that same year": the year last named
    (
        "He returned to China in 1920, marrying Yang Buwei there that year.",
        date(2019, 7, 20),
        [("1920", "DATE", "1920"), ("that year", "DATE", "1920")],
    ),
    (
        "She joined in 2005. That same year, she was cast as Sam.",
        date(2019, 7, 20),
        [("2005", "DATE", "2005"), ("That same year", "DATE", "2005")],
    ),
    # sets
    ("They get three meals per day.", None, [("per day", "SET", "P1D")]),
    ("The group meets every Monday.", None, [("every Monday", "SET", "XXXX-WXX-1")]),
    ("Claims are published weekly.", None, [("weekly", "SET", "P1W")]),
    ("The club meets every other day.", None, [("every other day", "SET", "P2D")]),
    ("Reports are filed each quarter.", None, [("each quarter", "SET", "P3M")]),
    ("Dividends are paid semi-annually.", None, [("semi-annually", "SET", "P0.5Y")]),
    ("Guards patrol every night.", None, [("every night", "SET", "TNI")]),
    ("It is an everyday chore.", None, [("everyday", "SET", "P1D")]),
    # references to the present and past
    ("She is currently the head of product.", None, [("currently", "DATE", "PRESENT_REF")]),
    ("Markets have recently fallen.", None, [("recently", "DATE", "PAST_REF")]),
    # clock-time spellings: spaced or dotted meridiems, spelled hours, "at 9a"
    ("Create an appointment at 3 p . m .", FRIDAY, [("3 p . m .", "TIME", "2023-04-07T15:00")]),
    ("Dinner is at seven p.m. sharp.", FRIDAY, [("seven p.m.", "TIME", "2023-04-07T19:00")]),
    ("I'll be back at 9.am.", FRIDAY, [("9.am", "TIME", "2023-04-07T09:00")]),
    ("Book a call today at 9p.", FRIDAY, [("today at 9p", "TIME", "2023-04-07T21:00")]),
    ("Section 9a of the law applies.", FRIDAY, []),
    ("Sales of 5 a month are low.", FRIDAY, []),
]


CLOCK_TIMES: list[tuple[str, Reference, ClockTimes]] = [
    # spelled-together clock times
    ("I'll be back 1140 a.m.", THURSDAY, [("1140 a.m.", "2018-11-01T11:40")]),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_periods(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize("text, reference, expected", CLOCK_TIMES)
def test_periods_clock_times(
    nlp: Any, text: str, reference: Reference, expected: ClockTimes
) -> None:
    assert clock_times_of(nlp, text, reference) == expected
