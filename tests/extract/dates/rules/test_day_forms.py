"""Examples for dates/rules/day_forms.py (single days in less common forms: "this Friday 5/12",
"next 6th of April", "October, 1st", "April of '87", "September-2020-23", "mar4"). Each row:
text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import MAY_20, MONDAY, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # a weekday beside an explicit month and day: the month and day win, in one fact
    ("It is due friday 5/12", MAY_20, [("friday 5/12", "DATE", "2019-05-12")]),
    ("It is due next friday 5/12", MAY_20, [("next friday 5/12", "DATE", "2019-05-12")]),
    (
        "A call on this Friday 7.6 with Jim.",
        MAY_20,
        [("this Friday 7.6", "DATE", "2019-07-06")],
    ),
    (
        "A call this Friday-Jun-15 with Jim",
        date(2018, 6, 20),
        [("this Friday-Jun-15", "DATE", "2018-06-15")],
    ),
    (
        "A call this friday (jun-15) with Jim",
        date(2018, 6, 20),
        [("this friday (jun-15)", "DATE", "2018-06-15")],
    ),
    ("Results are due on Friday, 5/15.", MAY_20, [("Friday, 5/15", "DATE", "2019-05-15")]),
    # a stated direction: next = the first such day after the reference
    ("It is due this 5/12", MAY_20, [("this 5/12", "DATE", "2019-05-12")]),
    ("It is due next 5/12", MAY_20, [("next 5/12", "DATE", "2020-05-12")]),
    ("It is due next 6th of April", MAY_20, [("next 6th of April", "DATE", "2020-04-06")]),
    # month and day without a year, where the words around make it a date
    ("I drank coffee on mar4.", date(2019, 7, 17), [("mar4", "DATE", "2019-03-04")]),
    # rarer spellings
    (
        "Set it up for October, 1st.",
        date(2018, 8, 21),
        [("October, 1st", "DATE", "2018-10-01")],
    ),
    ("I'll go back September-2020-23.", None, [("September-2020-23", "DATE", "2020-09-23")]),
    ("I was born in April of 87", date(2018, 1, 7), [("April of 87", "DATE", "1987-04")]),
    (
        "I was born on 15 April of 87",
        date(2018, 1, 7),
        [("15 April of 87", "DATE", "1987-04-15")],
    ),
    ("He left in April of '05 and came back.", None, [("April of '05", "DATE", "2005-04")]),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_day_forms(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_month_day_then_part(nlp: Any) -> None:
    """ "mar4 night": the part of day takes the day before it, even a lower-case "mar"."""
    values = [
        f.value for f in extract_dates(nlp("I drank a coffee on mar4 night."), reference=MONDAY)
    ]
    assert "2016-03-04TNI" in values
