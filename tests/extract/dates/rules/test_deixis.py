"""Examples for dates/rules/deixis.py (rules for expressions that point from the article date:
deixis, parts of day, days of month). Each row: text and reference day in, (text, type, value)
of each fact or (text, type, value, mod) of each fact out."""

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
    # relative expressions anchored on the reference
    ("Appeals doubled from last month.", FRIDAY, [("last month", "DATE", "2023-03")]),
    ("A storm yesterday caused damage.", FRIDAY, [("yesterday", "DATE", "2023-04-06")]),
    ("Sales fell this week.", FRIDAY, [("this week", "DATE", "2023-W14")]),
    # two days away; abbreviated units; "this past"
    (
        "We met the day before yesterday.",
        FRIDAY,
        [("the day before yesterday", "DATE", "2023-04-05")],
    ),
    (
        "Come back the day after tomorrow.",
        FRIDAY,
        [("the day after tomorrow", "DATE", "2023-04-09")],
    ),
    ("Sales fell last yr.", FRIDAY, [("last yr", "DATE", "2022")]),
    ("Prices rose this past month.", FRIDAY, [("this past month", "DATE", "2023-03")]),
    ("Talks resume in the coming weeks.", FRIDAY, [("coming weeks", "DATE", "FUTURE_REF")]),
    (
        "Crowds are expected the upcoming weekend.",
        FRIDAY,
        [("upcoming weekend", "DATE", "2023-W15-WE")],
    ),
    # words that name no time of day
    ("She appeared on Good Morning America.", MONDAY, []),
    ("She took the morning after pill.", MONDAY, []),
    ("He read it in the morning papers.", MONDAY, []),
    ("The morning session ended.", MONDAY, []),
    ("Early morning raids netted 12 suspects.", MONDAY, []),
    ("In the evening of his career, he turned to painting.", MONDAY, []),
    ("It was a late night for the negotiators.", MONDAY, []),
    ("The late-night show was cancelled.", MONDAY, []),
    ("They stayed overnight.", MONDAY, []),
]


EXAMPLES_WITH_MODS: list[tuple[str, Reference, FactsWithMods]] = [
    # a part of day a preposition or "early"/"late" marks: that part of the sentence's day
    ("Let's meet in the morning.", MONDAY, [("the morning", "TIME", "2016-11-07TMO", None)]),
    ("Rebels attacked during the night.", MONDAY, [("the night", "TIME", "2016-11-07TNI", None)]),
    ("They worked in the daytime.", MONDAY, [("the daytime", "TIME", "2016-11-07TDT", None)]),
    (
        "Meet me next year in morning.",
        MONDAY,
        [("next year", "DATE", "2017", None), ("morning", "TIME", "2016-11-07TMO", None)],
    ),
    (
        "I'll go back tuesday in the morning.",
        MONDAY,
        [
            ("tuesday", "DATE", "2016-11-08", None),
            ("the morning", "TIME", "2016-11-08TMO", None),
        ],
    ),
    (
        "Police arrived late afternoon.",
        MONDAY,
        [("late afternoon", "TIME", "2016-11-07TAF", "END")],
    ),
    (
        "It happened early in the morning.",
        MONDAY,
        [("early in the morning", "TIME", "2016-11-07TMO", "START")],
    ),
    (
        "We spoke later in the evening.",
        MONDAY,
        [("later in the evening", "TIME", "2016-11-07TEV", "END")],
    ),
    ("The strike began mid-morning.", MONDAY, [("mid-morning", "TIME", "2016-11-07TMO", "MID")]),
    ("I'll be out in the mornings.", MONDAY, [("the mornings", "SET", "TMO", None)]),
    (
        "He was killed on the night of August 4.",
        MONDAY,
        [
            ("the night", "TIME", "2016-08-04TNI", None),
            ("August 4", "DATE", "2016-08-04", None),
        ],
    ),
    (
        "Set it up for Wednesday evening next week.",
        MONDAY,
        [("Wednesday evening next week", "TIME", "2016-11-16TEV", None)],
    ),
    ("See you Wednesday next week.", MONDAY, [("Wednesday next week", "DATE", "2016-11-16", None)]),
    ("see you tonite, honey!", MONDAY, [("tonite", "TIME", "2016-11-07TNI", None)]),
    (
        "The door is open from today pm to tomorrow am.",
        MONDAY,
        [
            ("today pm", "TIME", "2016-11-07TAF", None),
            ("tomorrow am", "TIME", "2016-11-08TMO", None),
        ],
    ),
    # the end of a day: the day with mod END, as TimeML writes it
    ("I'll go back end of tomorrow", MONDAY, [("end of tomorrow", "DATE", "2016-11-08", "END")]),
    # the closing end of a clock range stays the range rule's
    (
        "I'll be out between 7 and 9 last night.",
        MONDAY,
        [
            ("7", "TIME", "2016-11-06T19:00", None),
            ("9", "TIME", "2016-11-06T21:00", None),
            ("last night", "TIME", "2016-11-06TNI", None),
        ],
    ),
    ("Police arrested 5 last night.", MONDAY, [("last night", "TIME", "2016-11-06TNI", None)]),
    ("Police arrested 5 in the morning.", MONDAY, []),
    (
        "She went to bed at 11, tonight being the exception.",
        MONDAY,
        [("tonight", "TIME", "2016-11-07TNI", None)],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_deixis(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize("text, reference, expected", EXAMPLES_WITH_MODS)
def test_deixis_with_mods(
    nlp: Any, text: str, reference: Reference, expected: FactsWithMods
) -> None:
    assert facts_with_mods(nlp, text, reference) == expected


def test_without_reference_keeps_the_part(nlp: Any) -> None:
    assert facts_with_mods(nlp, "Let's meet in the evening.", None) == [
        ("the evening", "TIME", "XXXX-XX-XXTEV", None)
    ]
