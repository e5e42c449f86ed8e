"""Amounts written in two parts (quantities/compound.py): minor units, compound feet, units in
brackets, ratios, "percent of"."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # money: article before "$", codes glued or prefixed with M, minor units
    ("It only cost 3 dollars 50 cents.", ("3 dollars 50 cents", 3.5, "USD", "money", None)),
    # measures: glued letters, brackets, compound feet, speeds, case
    ("The weight is 20 (kg) net.", ("20 (kg)", 20, "kg", "measure", None)),
    ("He is 5 feet 2 inches.", ("5 feet 2 inches", 5 + 2 / 12, "ft", "measure", None)),
    # percent named before the number
    ("percent of 10", ("percent of 10", 10, "percent", "percent", None)),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]


VALUES = [
    # ratios, powers, groupings and scale letters
    ("The odds are 1 in twenty-one.", ("1 in twenty-one", 1 / 21)),
    ("Two out of five hundred tvs broke.", ("Two out of five hundred", 2 / 500)),
]


@pytest.mark.parametrize("text, expected", VALUES)
def test_values(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    found = [(q.text, q.value) for q in extract_quantities(nlp(text))]
    assert found == [(expected[0], pytest.approx(expected[1]))]
