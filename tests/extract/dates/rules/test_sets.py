"""Examples for dates/rules/sets.py (recurring times (TIMEX3 SET) the frequency rule does not
cover, and counted weekends). Each row: text and reference day in, (text, type, value) of each
fact out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.dates.helpers import Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # sets
    ("The board meets Tuesdays at 9am.", None, [("Tuesdays at 9am", "SET", "XXXX-WXX-2T09")]),
    ("The shop shuts Friday mornings.", None, [("Friday mornings", "SET", "XXXX-WXX-5TMO")]),
    (
        "Rent is due on the 3rd of every month.",
        None,
        [("the 3rd of every month", "SET", "XXXX-XX-03")],
    ),
    ("The market opens weekends.", None, [("weekends", "SET", "P1WE")]),
    ("The festival runs three weekends.", None, [("three weekends", "DURATION", "P3WE")]),
    ("Crews worked all day.", None, [("all day", "DURATION", "P1D")]),
    ("She came back for a weekend.", None, []),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_sets(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
