"""The quantities extractor as a whole (quantities/extractor.py): qualifiers and range ends around
the number, the seed article."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from service.extract.shared.facts import NumberRange
from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # qualifiers
    (
        "There were around 3,500 appeals.",
        ("around 3,500 appeals", 3500, "appeal", "count", "approximately"),
    ),
    ("Nearly 500 homes burned.", ("Nearly 500 homes", 500, "home", "count", "approximately")),
    ("At least 12 people died.", ("At least 12 people", 12, "people", "count", "at least")),
    ("It seats up to 840 people.", ("up to 840 people", 840, "people", "count", "up to")),
    ("Fewer than 50 staff remain.", ("Fewer than 50 staff", 50, "staff", "count", "less than")),
    ("Stocks fell below 9,000 today.", ("below 9,000", 9000, None, "count", "less than")),
    (
        "No more than 20 guests came.",
        ("No more than 20 guests", 20, "guest", "count", "at most"),
    ),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between 10 and 20 people attended.", (10, 20, "people")),
        ("Growth of between 5 and 7% is expected.", (5, 7, "percent")),
        ("Demand rose 15-20% this year.", (15, 20, "percent")),
        ("Some 25,000 to 30,000 positions go.", (25000, 30000, "position")),
        ("Losses were 5 to 7 million dollars.", (5e6, 7e6, "USD")),
    ],
)
def test_ranges(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    low, high, unit = expected
    found = extract_quantities(nlp(text))
    assert [(q.value, q.range, q.unit) for q in found] == [(low, NumberRange(low, high), unit)]


def test_seed_article(nlp: Any, seed: dict[str, Any]) -> None:
    found = extract_quantities(nlp(seed["text"]))
    for gold in seed["gold"]["quantities"]:
        matches = [q for q in found if q.start < gold["end"] and gold["start"] < q.end]
        assert matches, gold["text"]
        q = matches[0]
        assert (q.text, q.value, q.unit, q.qualifier) == (
            gold["text"],
            gold["value"],
            gold["unit"],
            gold.get("qualifier"),
        )
