"""Examples for dates/rules/spans.py (rules for spans written as one expression: year ranges,
centuries, holidays, lower-case months). Each row: text and reference day in, (text, type,
value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import FRIDAY, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # spans written as one expression, centuries, holidays, lower-case and dashed months
    (
        "Play resumed in the 2014-15 season.",
        None,
        [("2014-15", "DATE", "2014"), ("2014", "DATE", "2014"), ("15", "DATE", "2015")],
    ),
    ("Is this a valid date? 2015-32", None, []),
    ("Wars of the 21st century differ.", None, [("the 21st century", "DATE", "20")]),
    ("He read a 17th-century poet.", None, [("17th-century", "DATE", "16")]),
    ("Wars of the last century differ.", FRIDAY, [("last century", "DATE", "19")]),
    ("They met on Christmas.", FRIDAY, [("Christmas", "DATE", "2022-12-25")]),
    ("Sales peaked at Thanksgiving 2021.", None, [("Thanksgiving 2021", "DATE", "2021-11-25")]),
    ("I went back in april.", FRIDAY, [("april", "DATE", "2023-04")]),
    # holidays that move with Easter or follow Thanksgiving; "previous"/"following"
    ("Shops opened on Easter 2018.", None, [("Easter 2018", "DATE", "2018-04-01")]),
    ("It was signed on Good Friday.", FRIDAY, [("Good Friday", "DATE", "2023-04-07")]),
    ("Sales rose on Black Friday 2010.", None, [("Black Friday 2010", "DATE", "2010-11-26")]),
    (
        "They met the previous Christmas.",
        FRIDAY,
        [("previous Christmas", "DATE", "2022-12-25")],
    ),
    # holidays of other calendars, from the holidays package: Orthodox, Islamic, Hindu,
    # Hebrew, Chinese; with a year, "next year", or none (a holiday that moves has no value then)
    ("Orthodox Easter 2024 came late.", None, [("Orthodox Easter 2024", "DATE", "2024-05-05")]),
    (
        "They will meet after Eid al-Fitr next year.",
        date(2024, 6, 1),
        [("Eid al-Fitr next year", "DATE", "2025-03-30")],
    ),
    ("Pilgrims prayed on Eid al-Adha 2023.", None, [("Eid al-Adha 2023", "DATE", "2023-06-28")]),
    ("Lights went up for Diwali 2024.", None, [("Diwali 2024", "DATE", "2024-10-31")]),
    ("Markets shut on Yom Kippur 2023.", None, [("Yom Kippur 2023", "DATE", "2023-09-25")]),
    (
        "Crowds gathered on Lunar New Year 2023.",
        None,
        [("Lunar New Year 2023", "DATE", "2023-01-22")],
    ),
    (
        "Offices close on Martin Luther King Jr. Day.",
        None,
        [("Martin Luther King Jr. Day", "DATE", "XXXX-01")],
    ),
    ("Markets close for Yom Kippur.", None, []),
    # other spellings and other countries' days
    (
        "Parades filled the streets on Mardi Gras 2024.",
        None,
        [("Mardi Gras 2024", "DATE", "2024-02-13")],
    ),
    ("Veterans marched on ANZAC Day 2024.", None, [("ANZAC Day 2024", "DATE", "2024-04-25")]),
    ("Cards sold out before Valentines Day.", None, [("Valentines Day", "DATE", "XXXX-02-14")]),
    # compact written forms
    (
        "The 2010-11 season",
        None,
        [("2010-11", "DATE", "2010"), ("2010", "DATE", "2010"), ("11", "DATE", "2011")],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_spans(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
