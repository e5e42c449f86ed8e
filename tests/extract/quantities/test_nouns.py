"""The noun a number counts (quantities/nouns.py), past the adjectives before it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # scales and counted nouns past adjectives
    (
        "The wives of 21 mobilized Russian soldiers spoke.",
        ("21 mobilized Russian soldiers", 21, "soldier", "count", None),
    ),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]
