"""Digit forms (quantities/digits.py): separators, signs, spaced and Indian grouping, powers."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # digits and separators
    ("Officials received 3,000 appeals.", ("3,000 appeals", 3000, "appeal", "count", None)),
    ("The rate was 3.5 points higher.", ("3.5 points", 3.5, "point", "count", None)),
    ("It closed at 1,234.5 yesterday.", ("1,234.5", 1234.5, None, "count", None)),
    # negatives
    (
        "The index closed at -366.94 points.",
        ("-366.94 points", -366.94, "point", "count", None),
    ),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]


VALUES = [
    ("There are 1 234 567 residents.", ("1 234 567 residents", 1234567)),
    # ratios, powers, groupings and scale letters
    ("The value is 1.3x10^6 now.", ("1.3x10^6", 1.3e6)),
    ("The result is 12,34,567.89", ("12,34,567.89", 1234567.89)),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_values(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    found = [(q.text, q.value) for q in extract_quantities(nlp(text))]
    assert found == [(expected[0], pytest.approx(expected[1]))]
