"""Examples for dates/rules/anchored_days.py (days named from another day or from a word for one:
"the following Friday", "the day after?", "tmrw", "five days before new year"). Each row: text
and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # days named from the day last spoken of, else from the reference
    (
        "What's your plan for the day after?",
        date(2018, 11, 8),
        [("the day after", "DATE", "2018-11-09")],
    ),
    (
        "Do you have any arrangement on following Friday?",
        date(2019, 1, 31),
        [("following Friday", "DATE", "2019-02-01")],
    ),
    (
        "He was charged on Monday, March 2. The previous Wednesday he had fled.",
        date(2015, 5, 7),
        [
            ("Monday, March 2", "DATE", "2015-03-02"),
            ("previous Wednesday", "DATE", "2015-02-25"),
        ],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_anchored_days(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
