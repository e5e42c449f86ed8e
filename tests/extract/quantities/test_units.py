"""What a number measures, read from the words after it (quantities/units.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quantities.helpers import quantities_of

QUANTITIES = [
    # money
    ("It raised $2.5bn last week.", ("$2.5bn", 2.5e9, "USD", "money", None)),
    ("Totaling US$180 billion, it ended.", ("US$180 billion", 1.8e11, "USD", "money", None)),
    ("The fine was €40 million.", ("€40 million", 4e7, "EUR", "money", None)),
    ("He paid £500 for it.", ("£500", 500, "GBP", "money", None)),
    ("They pay 5,000 hryvnias in fees.", ("5,000 hryvnias", 5000, "UAH", "money", None)),
    ("It cost 200 rubles.", ("200 rubles", 200, "RUB", "money", None)),
    ("It earned 361 million pounds.", ("361 million pounds", 3.61e8, "GBP", "money", None)),
    # percent
    (
        "Around 84 percent of visitors came.",
        ("Around 84 percent", 84, "percent", "percent", "approximately"),
    ),
    ("Support was 45% on Monday.", ("45%", 45, "percent", "percent", None)),
    ("Turnout was 60 per cent.", ("60 per cent", 60, "percent", "percent", None)),
    # measures
    ("The road is 120 km long.", ("120 km", 120, "km", "measure", None)),
    ("It carries twenty tonnes of equipment.", ("twenty tonnes", 20, "t", "measure", None)),
    ("Temperatures hit 40 degrees Celsius.", ("40 degrees Celsius", 40, "°C", "measure", None)),
    ("The plant makes 500 MW of power.", ("500 MW", 500, "MW", "measure", None)),
    ("It has a 3.5-inch screen.", ("3.5-inch", 3.5, "in", "measure", None)),
    ("He weighs 200lbs.", ("200lbs", 200, "lb", "measure", None)),
    # money: article before "$", codes glued or prefixed with M, minor units
    (
        "It won a $48.2 million contract.",
        ("$48.2 million", 48.2e6, "USD", "money", None),
    ),
    ("The fee is USD115.5 now.", ("USD115.5", 115.5, "USD", "money", None)),
    ("They lost 75 USD million.", ("75 USD million", 75e6, "USD", "money", None)),
    ("Losses reached 30 MUSD.", ("30 MUSD", 30e6, "USD", "money", None)),
    (
        "It cost a quarter million us dollars.",
        ("a quarter million us dollars", 250000, "USD", "money", None),
    ),
    ("Hey, the cost is 100元!", ("100元", 100, "CNY", "money", None)),
    ("It was a one-yen bid.", ("one-yen", 1, "JPY", "money", None)),
    # measures: glued letters, brackets, compound feet, speeds, case
    ("I'm 1.8m tall.", ("1.8m", 1.8, "m", "measure", None)),
    (
        "It moves 50 meters per millisecond.",
        ("50 meters per millisecond", 50, "m/ms", "measure", None),
    ),
    ("Keep it at 75 degrees f today.", ("75 degrees f", 75, "°F", "measure", None)),
    # percent named before the number
    (
        "They scored 4 percentage points.",
        ("4 percentage points", 4, "percentage point", "percent", None),
    ),
]


@pytest.mark.parametrize("text, expected", QUANTITIES)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert quantities_of(nlp, text) == [expected]
