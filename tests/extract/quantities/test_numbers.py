"""Number phrases read off the tokens (quantities/numbers.py): spelled numbers and scale words."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # spelled numbers
    ("They offer three meals.", ("three meals", 3, "meal", "count", None)),
    ("We saw twenty-one ships.", ("twenty-one ships", 21, "ship", "count", None)),
    ("He bought a dozen eggs.", ("a dozen eggs", 12, "egg", "count", None)),
    (
        "It cost half a million dollars.",
        ("half a million dollars", 500000, "USD", "money", None),
    ),
    (
        "The firm will cut three thousand employees.",
        ("three thousand employees", 3000, "employee", "count", None),
    ),
    # scales and counted nouns past adjectives
    (
        "Over 14 million people called.",
        ("Over 14 million people", 14000000, "people", "count", "more than"),
    ),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]


VALUES = [
    # a scale joined by a hyphen
    ("A judge approved a $64-million settlement.", ("$64-million", 64000000)),
    ("They signed a 12-million-dollar deal.", ("12-million-dollar", 12000000)),
    ("It is 1.2 trillion yen.", ("1.2 trillion yen", 1.2e12)),
    ("They found thousands of pages.", ("thousands of pages", 1000)),
    # ratios, powers, groupings and scale letters
    ("The total is three lakh crore.", ("three lakh crore", 3e12)),
    ("I can give you 10M.", ("10M.", 1e7)),
    ("We ordered half a  dozen.", ("half a  dozen", 6)),
    ("The answer is minus one.", ("minus one", -1)),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_values(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    found = [(q.text, q.value) for q in extract_quantities(nlp(text))]
    assert found == [(expected[0], pytest.approx(expected[1]))]
