"""What the words around a number say (quantities/context.py): no quantity at all, an age, a
change, a rate."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from service.extract.shared.facts import Change
from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # ages
    ("Barra, 51, will lead the company.", ("51", 51, "year", "age", None)),
    # ... after a name the model mistook for a firm or a place, or left untagged
    (
        "Lafferty, 52, sat with other defendants, keeping his face turned away.",
        ("52", 52, "year", "age", None),
    ),
    (
        "He said nothing. Lafferty, 52, sat with other defendants in the courtroom.",
        ("52", 52, "year", "age", None),
    ),
    ("A 51-year-old man was arrested.", ("51-year-old", 51, "year", "age", None)),
    ("The victim, aged 34, was released.", ("aged 34", 34, "year", "age", None)),
    ("She was five years old then.", ("five years old", 5, "year", "age", None)),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Appeals doubled from last month to 3,000 appeals.",
            ("3,000 appeals", Change("increase", factor=2)),
        ),
        ("Prices halved to 40 dollars.", ("40 dollars", Change("decrease", factor=0.5))),
        ("The Dow fell by 340 points on Friday.", ("340 points", Change("decrease", delta=340))),
        ("Sales rose by 12% last year.", ("12%", Change("increase", delta=12))),
        ("The index was up 5% at noon.", ("5%", Change("increase", delta=5))),
        ("The Dow was down 3.76% at noon.", ("3.76%", Change("decrease", delta=3.76))),
        ("It saw a 45% drop in sales.", ("45%", Change("decrease", delta=45))),
        ("Claims rose to 444,000 claims.", ("444,000 claims", Change("increase"))),
        ("The company employs 500 workers.", ("500 workers", None)),
    ],
)
def test_change(nlp: Any, text: str, expected: tuple[str, Change | None]) -> None:
    found = [(q.text, q.change) for q in extract_quantities(nlp(text))]
    assert expected in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They get three meals per day.", ("three meals per day", "meal", "day")),
        ("Workers earn $5 an hour.", ("$5 an hour", "USD", "hour")),
        ("Output is 200 barrels a day.", ("200 barrels a day", "bbl", "day")),
    ],
)
def test_rates(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    found = [(q.text, q.unit, q.per) for q in extract_quantities(nlp(text))]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022.",
        "It happened on April 8.",
        "He served for 33 years.",
        "The meeting starts at 10:30.",
        "Results came in the third quarter.",
        "She finished 1st in the race.",
        "COVID-19 spread quickly.",
        "Apollo 11 landed on the moon.",
        "The F-16 flew overhead.",
        "The G7 met in Japan.",
        "Call 555-1234 for help.",
        "The Nikkei 225 index fell.",
        "Upgrade to version 10.4 now.",
        "At 0800 UTC the bank opened.",
        "They flew in the 1990s.",
        "At one point the talks stalled.",
        "The 5G network launched.",
        "Results came in the past three quarters.",
        "He had a second thought.",
    ],
)
def test_not_quantities(nlp: Any, text: str) -> None:
    assert quantities_of(nlp, text) == []


def test_numbered_list_is_not_a_quantity(nlp: Any) -> None:
    text = "Steps:\n1. Open the door\n2. Walk in"
    assert quantities_of(nlp, text) == []
