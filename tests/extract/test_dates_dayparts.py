"""Table tests for parts of the day, meals, the present and the end of a day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates

MONDAY = date(2016, 11, 7)


def facts_of(nlp: Any, text: str, reference: date | None) -> list[tuple[str, str, str, str | None]]:
    found = extract_dates(nlp(text), reference=reference)
    return [(f.text, f.type, f.value, f.mod) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of day a preposition or "early"/"late" marks: that part of the sentence's day
        ("Let's meet in the morning.", [("the morning", "TIME", "2016-11-07TMO", None)]),
        ("Rebels attacked during the night.", [("the night", "TIME", "2016-11-07TNI", None)]),
        ("They worked in the daytime.", [("the daytime", "TIME", "2016-11-07TDT", None)]),
        (
            "Meet me next year in morning.",
            [("next year", "DATE", "2017", None), ("morning", "TIME", "2016-11-07TMO", None)],
        ),
        (
            "I'll go back tuesday in the morning.",
            [
                ("tuesday", "DATE", "2016-11-08", None),
                ("the morning", "TIME", "2016-11-08TMO", None),
            ],
        ),
        ("Police arrived late afternoon.", [("late afternoon", "TIME", "2016-11-07TAF", "END")]),
        (
            "It happened early in the morning.",
            [("early in the morning", "TIME", "2016-11-07TMO", "START")],
        ),
        (
            "We spoke later in the evening.",
            [("later in the evening", "TIME", "2016-11-07TEV", "END")],
        ),
        ("The strike began mid-morning.", [("mid-morning", "TIME", "2016-11-07TMO", "MID")]),
        ("I'll be out in the mornings.", [("the mornings", "SET", "TMO", None)]),
        (
            "He was killed on the night of August 4.",
            [
                ("the night", "TIME", "2016-08-04TNI", None),
                ("August 4", "DATE", "2016-08-04", None),
            ],
        ),
        (
            "Set it up for Wednesday evening next week.",
            [("Wednesday evening next week", "TIME", "2016-11-16TEV", None)],
        ),
        ("See you Wednesday next week.", [("Wednesday next week", "DATE", "2016-11-16", None)]),
        ("see you tonite, honey!", [("tonite", "TIME", "2016-11-07TNI", None)]),
        (
            "The door is open from today pm to tomorrow am.",
            [
                ("today pm", "TIME", "2016-11-07TAF", None),
                ("tomorrow am", "TIME", "2016-11-08TMO", None),
            ],
        ),
        # an hour with a part of day or a deictic day
        (
            "The polls close at eight tonight.",
            [("eight tonight", "TIME", "2016-11-07T20:00", None)],
        ),
        ("I'll go back 10, tonight", [("10, tonight", "TIME", "2016-11-07T22:00", None)]),
        (
            "I'll go back at five-thirty tomorrow evening",
            [("five-thirty tomorrow evening", "TIME", "2016-11-08T17:30", None)],
        ),
        ("He arrived at 7 this morning.", [("7 this morning", "TIME", "2016-11-07T07:00", None)]),
        (
            "The event starts on Sunday late evening at 10:00",
            [("Sunday late evening at 10:00", "TIME", "2016-11-06T22:00", None)],
        ),
        # meals: the part of day that holds them (TimeML has no meal codes)
        ("The lunchtime crowd thinned.", [("lunchtime", "TIME", "2016-11-07TMI", None)]),
        ("The talks resumed after lunch.", [("after lunch", "TIME", "2016-11-07TMI", "AFTER")]),
        (
            "Take medicines after dinner tomorrow",
            [
                ("after dinner", "TIME", "2016-11-08TEV", "AFTER"),
                ("tomorrow", "DATE", "2016-11-08", None),
            ],
        ),
        ("Let's meet around dinner.", [("around dinner", "TIME", "2016-11-07TEV", "APPROX")]),
        # the present
        (
            "We are working on that at the present time.",
            [("at the present time", "DATE", "PRESENT_REF", None)],
        ),
        (
            "Officials declined to comment at this time.",
            [("at this time", "DATE", "PRESENT_REF", None)],
        ),
        ("At the minute I'm ok.", [("At the minute", "DATE", "PRESENT_REF", None)]),
        ("The company has shut 40 stores to date.", [("to date", "DATE", "PRESENT_REF", "BEFORE")]),
        ("How many docked till date?", [("till date", "DATE", "PRESENT_REF", "BEFORE")]),
        ("Pierre de Fermat died otd.", [("otd", "DATE", "2016-11-07", None)]),
        # the end of a day: the day with mod END, as TimeML writes it
        ("Reports are due by end of day.", [("end of day", "DATE", "2016-11-07", "END")]),
        ("Submit it by EOD Friday.", [("EOD Friday", "DATE", "2016-11-04", "END")]),
        ("I'll go back end of tomorrow", [("end of tomorrow", "DATE", "2016-11-08", "END")]),
        ("The deal will close by end of June.", [("end of June", "DATE", "2017-06", "END")]),
    ],
)
def test_parts_of_day_and_present(nlp: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert facts_of(nlp, text, MONDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on Good Morning America.",
        "She took the morning after pill.",
        "He read it in the morning papers.",
        "The morning session ended.",
        "Early morning raids netted 12 suspects.",
        "In the evening of his career, he turned to painting.",
        "It was a late night for the negotiators.",
        "The late-night show was cancelled.",
        "They stayed overnight.",
        "We will have lunch together with Jim.",
        "They met after dinner with the president.",
        "He spoke at a lunch hosted by the mayor.",
        "Breakfast at Tiffany's is a film.",
        "The software is up to date.",
        "He wanted to date her.",
        "EOD reports are due.",
        "The OTD metric improved.",
        "At this time of year the roads are busy.",
    ],
)
def test_no_time_of_day(nlp: Any, text: str) -> None:
    assert facts_of(nlp, text, MONDAY) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # news: "at this time" in a past clause is the story's time, not now
        ("Police were not commenting at this time.", []),
        # the closing end of a clock range stays the range rule's
        (
            "I'll be out between 7 and 9 last night.",
            [
                ("7", "TIME", "2016-11-06T19:00", None),
                ("9", "TIME", "2016-11-06T21:00", None),
                ("last night", "TIME", "2016-11-06TNI", None),
            ],
        ),
        ("Police arrested 5 last night.", [("last night", "TIME", "2016-11-06TNI", None)]),
        ("Police arrested 5 in the morning.", []),
        (
            "She went to bed at 11, tonight being the exception.",
            [("tonight", "TIME", "2016-11-07TNI", None)],
        ),
    ],
)
def test_guards(nlp: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert facts_of(nlp, text, MONDAY) == expected


def test_without_reference_keeps_the_part(nlp: Any) -> None:
    assert facts_of(nlp, "Let's meet in the evening.", None) == [
        ("the evening", "TIME", "XXXX-XX-XXTEV", None)
    ]


def test_month_day_then_part(nlp: Any) -> None:
    """ "mar4 night": the part of day takes the day before it, even a lower-case "mar"."""
    values = [
        f.value for f in extract_dates(nlp("I drank a coffee on mar4 night."), reference=MONDAY)
    ]
    assert "2016-03-04TNI" in values


def test_decimal_is_no_hour(nlp: Any) -> None:
    assert facts_of(nlp, "My temperature was 37.1 in the morning", MONDAY) == [
        ("the morning", "TIME", "2016-11-07TMO", None)
    ]
