"""Examples for dates/rules/clock_words.py (clock times said in words: "ten past 9 in the evening",
"7 in the morning", "tonight at 7"). Each row: text and reference day in, (text, type, value) of
each fact or (text, type, value, mod) of each fact out."""

from __future__ import annotations

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
    # the 24-hour clock with an "h", after a word that asks for a time of day; not after "for"
    ("The show starts at 21h.", FRIDAY, [("21h", "TIME", "2023-04-07T21:00")]),
    ("Doors open from 9h30.", FRIDAY, [("9h30", "TIME", "2023-04-07T09:30")]),
    ("He worked for 12h straight.", FRIDAY, [("12h", "DURATION", "PT12H")]),
    # minutes to an hour, past an hour with its meridiem, noon and midnight
    ("We met at a quarter to noon.", FRIDAY, [("a quarter to noon", "TIME", "2023-04-07T11:45")]),
    (
        "The train left ten minutes past 6pm on Friday.",
        FRIDAY,
        [("ten minutes past 6pm on Friday", "TIME", "2023-04-07T18:10")],
    ),
    (
        "Doors open at ten minutes to 8 p.m.",
        FRIDAY,
        [("ten minutes to 8 p.m.", "TIME", "2023-04-07T19:50")],
    ),
    ("They counted from 5 to 6 in turn.", FRIDAY, []),
    ("At half past four he left.", FRIDAY, [("half past four", "TIME", "2023-04-07T04:30")]),
    # a weekday's part of day with the hour; a line that is only an hour and "tonight"
    (
        "We will meet Monday morning at 8.",
        FRIDAY,
        [("Monday morning at 8", "TIME", "2023-04-10T08:00")],
    ),
    ("9 tonight", FRIDAY, [("9 tonight", "TIME", "2023-04-07T21:00")]),
    # o'clock; a part of the day named with its day before the hour
    ("They met at eight o'clock.", FRIDAY, [("eight o'clock", "TIME", "2023-04-07T08:00")]),
    (
        "Dinner is at 8 o'clock tonight.",
        FRIDAY,
        [("8 o'clock tonight", "TIME", "2023-04-07T20:00")],
    ),
    ("We met this morning at 9.", FRIDAY, [("this morning at 9", "TIME", "2023-04-07T09:00")]),
    (
        "Come tomorrow afternoon at 3.",
        FRIDAY,
        [("tomorrow afternoon at 3", "TIME", "2023-04-08T15:00")],
    ),
    ("Police arrested 5 tonight.", FRIDAY, [("tonight", "TIME", "2023-04-07TNI")]),
    # clock times in words
    (
        "It rang at ten past 9 in the evening.",
        FRIDAY,
        [("ten past 9 in the evening", "TIME", "2023-04-07T21:10")],
    ),
    (
        "The vote ended at 5 in the morning.",
        FRIDAY,
        [("5 in the morning", "TIME", "2023-04-07T05:00")],
    ),
    (
        "We land in the afternoon at 3.",
        FRIDAY,
        [("in the afternoon at 3", "TIME", "2023-04-07T15:00")],
    ),
    ("We meet tonight around 7.", FRIDAY, [("tonight around 7", "TIME", "2023-04-07T19:00")]),
    ("Be there noonish.", FRIDAY, [("noonish", "TIME", "2023-04-07T12:00")]),
    ("Police arrested 5 in the morning.", FRIDAY, []),
    ("Two past presidents attended.", None, []),
    # words that name no time of day
    ("We will have lunch together with Jim.", MONDAY, []),
    ("They met after dinner with the president.", MONDAY, []),
    ("He spoke at a lunch hosted by the mayor.", MONDAY, []),
    ("Breakfast at Tiffany's is a film.", MONDAY, []),
]


EXAMPLES_WITH_MODS: list[tuple[str, Reference, FactsWithMods]] = [
    # an hour with a part of day or a deictic day
    (
        "The polls close at eight tonight.",
        MONDAY,
        [("eight tonight", "TIME", "2016-11-07T20:00", None)],
    ),
    ("I'll go back 10, tonight", MONDAY, [("10, tonight", "TIME", "2016-11-07T22:00", None)]),
    (
        "I'll go back at five-thirty tomorrow evening",
        MONDAY,
        [("five-thirty tomorrow evening", "TIME", "2016-11-08T17:30", None)],
    ),
    (
        "He arrived at 7 this morning.",
        MONDAY,
        [("7 this morning", "TIME", "2016-11-07T07:00", None)],
    ),
    (
        "The event starts on Sunday late evening at 10:00",
        MONDAY,
        [("Sunday late evening at 10:00", "TIME", "2016-11-06T22:00", None)],
    ),
    # meals: the part of day that holds them (TimeML has no meal codes)
    ("The lunchtime crowd thinned.", MONDAY, [("lunchtime", "TIME", "2016-11-07TMI", None)]),
    ("The talks resumed after lunch.", MONDAY, [("after lunch", "TIME", "2016-11-07TMI", "AFTER")]),
    (
        "Take medicines after dinner tomorrow",
        MONDAY,
        [
            ("after dinner", "TIME", "2016-11-08TEV", "AFTER"),
            ("tomorrow", "DATE", "2016-11-08", None),
        ],
    ),
    ("Let's meet around dinner.", MONDAY, [("around dinner", "TIME", "2016-11-07TEV", "APPROX")]),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_clock_words(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize("text, reference, expected", EXAMPLES_WITH_MODS)
def test_clock_words_with_mods(
    nlp: Any, text: str, reference: Reference, expected: FactsWithMods
) -> None:
    assert facts_with_mods(nlp, text, reference) == expected


def test_decimal_is_no_hour(nlp: Any) -> None:
    assert facts_with_mods(nlp, "My temperature was 37.1 in the morning", MONDAY) == [
        ("the morning", "TIME", "2016-11-07TMO", None)
    ]
