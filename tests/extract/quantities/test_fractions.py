"""Spelled fractions (quantities/fractions.py): the longest denominator that reads as a number."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities

VALUES = [
    ("Two-thirds of voters agreed.", ("Two-thirds", 2 / 3)),
    ("A third of the budget went.", ("A third", 1 / 3)),
    # spelled fractions: the longest denominator that reads as a number
    ("The answer is twenty-three fifths.", ("twenty-three fifths", 23 / 5)),
    ("The answer is one hundred thirty fifths.", ("one hundred thirty fifths", 100 / 35)),
    ("The answer is three twenty-firsts.", ("three twenty-firsts", 3 / 21)),
    ("It weighs five and a quarter.", ("five and a quarter", 5.25)),
    ("The value is forty two and a third.", ("forty two and a third", 42 + 1 / 3)),
    ("I counted six million and two thirds.", ("six million and two thirds", 2e7 / 3)),
    ("They won two thirds of a million.", ("two thirds of a million", 2e6 / 3)),
    ("It has one billion and a half million.", ("one billion and a half million", 1.0005e9)),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_values(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    found = [(q.text, q.value) for q in extract_quantities(nlp(text))]
    assert found == [(expected[0], pytest.approx(expected[1]))]
