"""Examples for dates/rules/clock_range.py (clock-time ranges: "from 5 to 6pm", "between 10 and
11:30 this morning"; each end a TIME). Each row: text and reference day in, (text, value) of
each TIME fact out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.dates.helpers import THURSDAY, ClockTimes, Reference, clock_times_of

CLOCK_TIMES: list[tuple[str, Reference, ClockTimes]] = [
    # the bare end takes the other end's meridiem when that keeps the ends in order
    ("I'll be out 5 to 6pm.", THURSDAY, [("5", "2018-11-01T17:00"), ("6pm", "2018-11-01T18:00")]),
    (
        "I'll be out from 2:00 to 2:30 pm.",
        THURSDAY,
        [("2:00", "2018-11-01T14:00"), ("2:30 pm", "2018-11-01T14:30")],
    ),
    (
        "It ran 2:30 to 2:15 pm.",
        THURSDAY,
        [("2:30", "2018-11-01T02:30"), ("2:15 pm", "2018-11-01T14:15")],
    ),
    ("It ran from 8am-3.", THURSDAY, [("8am", "2018-11-01T08:00"), ("3", "2018-11-01T15:00")]),
    ("It ran 11 to 1pm.", THURSDAY, [("11", "2018-11-01T11:00"), ("1pm", "2018-11-01T13:00")]),
    (
        "It ran 11:30 am to 12:30.",
        THURSDAY,
        [("11:30 am", "2018-11-01T11:30"), ("12:30", "2018-11-01T12:30")],
    ),
    ("It ran 3-8pm.", THURSDAY, [("3", "2018-11-01T15:00"), ("8pm", "2018-11-01T20:00")]),
    (
        "It ran from 9.30-4.30pm.",
        THURSDAY,
        [("9.30", "2018-11-01T09:30"), ("4.30pm", "2018-11-01T16:30")],
    ),
    (
        "It ran between 2:20 to 3pm.",
        THURSDAY,
        [("2:20", "2018-11-01T14:20"), ("3pm", "2018-11-01T15:00")],
    ),
    (
        "It ran 19:00 - 21:00.",
        THURSDAY,
        [("19:00", "2018-11-01T19:00"), ("21:00", "2018-11-01T21:00")],
    ),
    (
        "It ran from 10:30 to 3 on 1/1/2015.",
        THURSDAY,
        [("10:30", "2015-01-01T10:30"), ("3 on 1/1/2015", "2015-01-01T15:00")],
    ),
    (
        "Polls open 9 to 5 o'clock.",
        THURSDAY,
        [("9", "2018-11-01T09:00"), ("5 o'clock", "2018-11-01T17:00")],
    ),
    (
        "Talks run 14:00-16:30 GMT.",
        THURSDAY,
        [("14:00", "2018-11-01T14:00Z"), ("16:30 GMT", "2018-11-01T16:30Z")],
    ),
    # or the meridiem of a part of the day next to the range, and that part's day
    (
        "I'll be out between 5 and 6 in the afternoon.",
        THURSDAY,
        [("5", "2018-11-01T17:00"), ("6 in the afternoon", "2018-11-01T18:00")],
    ),
    (
        "I was out between 7 and 9:30 last night.",
        THURSDAY,
        [
            ("7", "2018-10-31T19:00"),
            ("9:30", "2018-10-31T21:30"),
            ("last night", "2018-10-31TNI"),
        ],
    ),
    (
        "It happens between 10 and 11:30 this morning.",
        THURSDAY,
        [
            ("10", "2018-11-01T10:00"),
            ("11:30", "2018-11-01T11:30"),
            ("this morning", "2018-11-01TMO"),
        ],
    ),
    (
        "We meet this evening from 7 to 7:30.",
        THURSDAY,
        [
            ("this evening", "2018-11-01TEV"),
            ("7", "2018-11-01T19:00"),
            ("7:30", "2018-11-01T19:30"),
        ],
    ),
    (
        "We meet tonight from 11 to 1.",
        THURSDAY,
        [("tonight", "2018-11-01TNI"), ("11", "2018-11-01T23:00"), ("1", "2018-11-02T01:00")],
    ),
    (
        "We meet next evening between 10:30 and 11:45.",
        THURSDAY,
        [("10:30", "2018-11-02T22:30"), ("11:45", "2018-11-02T23:45")],
    ),
    (
        "It ran from 11 to 1 in the afternoon.",
        THURSDAY,
        [("11", "2018-11-01T11:00"), ("1 in the afternoon", "2018-11-01T13:00")],
    ),
    (
        "I'll be out 5 to seven in the morning.",
        THURSDAY,
        [("5", "2018-11-01T05:00"), ("seven in the morning", "2018-11-01T07:00")],
    ),
    # the day comes from the sentence
    (
        "Are you available between 3 and 8am next Monday?",
        THURSDAY,
        [("3", "2018-11-05T03:00"), ("8am next Monday", "2018-11-05T08:00")],
    ),
    (
        "Are you free next Monday 1-3 pm or 5-6 pm?",
        THURSDAY,
        [
            ("next Monday 1", "2018-11-05T13:00"),
            ("3 pm", "2018-11-05T15:00"),
            ("5", "2018-11-05T17:00"),
            ("6 pm", "2018-11-05T18:00"),
        ],
    ),
    (
        "Are you available next Monday morning 6-8?",
        THURSDAY,
        [("morning", "2018-11-05TMO"), ("6", "2018-11-05T06:00"), ("8", "2018-11-05T08:00")],
    ),
    (
        "I'll be out on December 12th at 4 - 6:30 pm.",
        THURSDAY,
        [("December 12th at 4", "2018-12-12T16:00"), ("6:30 pm", "2018-12-12T18:30")],
    ),
    (
        "I'll be away from 2pm till tomorrow 4:30pm.",
        THURSDAY,
        [("2pm", "2018-11-01T14:00"), ("tomorrow 4:30pm", "2018-11-02T16:30")],
    ),
    # bare numbers are not hours
    ("There were 5 to 6 people.", THURSDAY, []),
    ("Arsenal won 3-2 last night.", THURSDAY, [("last night", "2018-10-31TNI")]),
    ("Prices rose 10 to 12 percent in the morning.", THURSDAY, [("the morning", "2018-11-01TMO")]),
    ("Read pages 5-6 tonight.", THURSDAY, [("tonight", "2018-11-01TNI")]),
    ("After Tuesday night 3-2 win, fans cheered.", THURSDAY, [("night", "2018-10-30TNI")]),
    ("The score was between 10 and 20.", THURSDAY, []),
    ("Children aged 5 to 12 in the morning class.", THURSDAY, []),
    ("See John 3:16-18 for details.", THURSDAY, [("3:16", "2018-11-01T03:16")]),
    # two times, not a range, and a clock time said in minutes to the hour
    ("It starts at 5 and 6pm.", THURSDAY, [("6pm", "2018-11-01T18:00")]),
    ("He arrives at 10 to 5.", THURSDAY, []),
]


@pytest.mark.parametrize("text, reference, expected", CLOCK_TIMES)
def test_clock_range_clock_times(
    nlp: Any, text: str, reference: Reference, expected: ClockTimes
) -> None:
    assert clock_times_of(nlp, text, reference) == expected


def test_without_reference_the_ends_keep_their_clock(nlp: Any) -> None:
    assert clock_times_of(nlp, "I was out between 7 and 9 last night.", None) == [
        ("7", "XXXX-XX-XXT19:00"),
        ("9", "XXXX-XX-XXT21:00"),
        ("last night", "XXXX-XX-XXTNI"),
    ]
