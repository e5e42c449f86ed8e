"""Recognizers-Text unit names -> the unit strings our Quantity facts use.

Why a table: the specs name units in words ("Dollar", "Canadian dollar", "Kilogram", "C"), our
extractor writes ISO 4217 codes for money and symbols for measures ("USD", "kg", "°C"). This is
the one place that translation lives; it is written by hand from the spec files (not derived from
service/extract/quantities/vocab.py, so a wrong entry there still shows up as a failed case). Each
entry lists every spelling of ours that counts as the same unit. A unit missing here makes its
cases fail visibly rather than pass by accident. For currency, the spec's `iso_currency` wins
when present.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from service.extract.shared.facts import Quantity

# The number files scored besides datetime, in report order (number_range and temperature are the
# extra rows).
NUMBER_FILES: tuple[str, ...] = (
    "number", "percent", "currency", "dimension", "age", "number_range", "temperature",
)  # fmt: skip

PERCENT_UNITS: dict[str, tuple[str, ...]] = {"%": ("percent",)}

# Money without `iso_currency`. "Pound" in the currency file is sterling; in the dimension file
# it is weight (below). Minor units have no ISO code; we keep them as words.
CURRENCY_UNITS: dict[str, tuple[str, ...]] = {
    "Dollar": ("USD",), "United States dollar": ("USD",), "Euro": ("EUR",), "Pound": ("GBP",),
    "British pound": ("GBP",), "Yen": ("JPY",), "Japanese yen": ("JPY",),
    "Canadian dollar": ("CAD",), "Australian dollar": ("AUD",), "Hong Kong dollar": ("HKD",),
    "New Zealand dollar": ("NZD",), "Chinese yuan": ("CNY",), "Franc": ("CHF",),
    "Swiss franc": ("CHF",), "Rupee": ("INR",), "Sri Lankan rupee": ("LKR",),
    "Turkish lira": ("TRY",), "Mexican peso": ("MXN",), "Finnish markka": ("FIM",),
    "Peseta": ("ESP",), "Netherlands guilder": ("NLG",), "Bitcoin": ("BTC",),
    "Costa Rican colón": ("CRC",), "Georgian lari": ("GEL",), "Lao kip": ("LAK",),
    "Cent": ("cent",), "Pence": ("penny",), "Penny": ("penny",), "Sen": ("sen",),
    "Satoshi": ("satoshi",),
}  # fmt: skip

DIMENSION_UNITS: dict[str, tuple[str, ...]] = {
    "Meter": ("m",), "Kilometer": ("km",), "Centimeter": ("cm",), "Millimeter": ("mm",),
    "Decimeter": ("dm",), "Picometer": ("pm",), "Mile": ("mi",), "Foot": ("ft",),
    "Inch": ("in",), "Yard": ("yd",), "Kilogram": ("kg",), "Gram": ("g",),
    "Microgram": ("µg",), "Milligram": ("mg",), "Pound": ("lb",), "Ounce": ("oz",),
    "Ton": ("t",), "Metric ton": ("t",), "Square meter": ("m2",), "Square kilometer": ("km2",),
    "Acre": ("acre",), "Cubic foot": ("ft3",), "Gallon": ("gal",), "Milliliter": ("ml",),
    "Barrel": ("bbl",), "Cup": ("cup",), "Tablespoon": ("tbsp",), "Teaspoon": ("tsp",),
    "Dram": ("dram",), "Kilometer per hour": ("km/h",), "Mile per hour": ("mph",),
    "Meter per millisecond": ("m/ms",), "Centimeter per millisecond": ("cm/ms",),
    "Kilometer per millisecond": ("km/ms",), "Bit": ("bit",), "Megabit": ("Mb",),
    "Megabyte": ("MB",), "Degree": ("°",), "Radian": ("rad",), "Turn": ("turn",),
}  # fmt: skip

# "age 87" has the spec unit "Age"; an age in years is what it means.
AGE_UNITS: dict[str, tuple[str, ...]] = {
    "Year": ("year",), "Month": ("month",), "Week": ("week",), "Day": ("day",), "Age": ("year",),
}  # fmt: skip

# A bare "Degree" has no scale in the spec; ours is the plain degree sign.
TEMPERATURE_UNITS: dict[str, tuple[str, ...]] = {"C": ("°C",), "F": ("°F",), "Degree": ("°",)}

UNIT_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "percent": PERCENT_UNITS,
    "currency": CURRENCY_UNITS,
    "dimension": DIMENSION_UNITS,
    "age": AGE_UNITS,
    "temperature": TEMPERATURE_UNITS,
}

# Negative cases: correct when we report no quantity of the file's kind ("All 70 of us." is no
# currency, but 70 is still a count).
_TEMPERATURE_SIGNS = frozenset(u for units in TEMPERATURE_UNITS.values() for u in units)
NEGATIVE_KINDS: dict[str, Callable[[Quantity], bool]] = {
    "number": lambda q: True,
    "percent": lambda q: q.kind == "percent",
    "currency": lambda q: q.kind == "money",
    "dimension": lambda q: q.kind == "measure",
    "age": lambda q: q.kind == "age",
    "number_range": lambda q: q.range is not None or q.qualifier is not None,
    "temperature": lambda q: q.unit in _TEMPERATURE_SIGNS,
}


def expected_units(kind: str, expected: dict[str, Any]) -> tuple[str, ...] | None:
    """Our acceptable unit strings for one expected entity; None when no unit is expected."""
    unit = expected.get("unit")
    if unit is None or kind not in UNIT_TABLES:
        return None
    if kind == "currency" and expected.get("iso_currency"):
        return (expected["iso_currency"],)
    return UNIT_TABLES[kind].get(unit, (f"<unmapped {unit}>",))
