"""What the date example tables share: the reference days they resolve against, and readers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from service.extract.dates import extract_dates

# Reference days the examples are written against.
FRIDAY = date(2023, 4, 7)  # the Newsweek article's publication date, a Friday
MONDAY = date(2016, 11, 7)
THURSDAY = date(2018, 11, 1)
JULY_2018 = date(2018, 7, 2)  # a Monday, ISO week 2018-W27
JULY_2019 = date(2019, 7, 4)  # in 2019-Q3
JUNE_2019 = date(2019, 6, 18)
MAY_20 = datetime(2019, 5, 20, 12, 0)  # with a time of day, for counts in hours and minutes

Reference = date | datetime | None
Facts = list[tuple[str, str, str]]
FactsWithMods = list[tuple[str, str, str, str | None]]
ClockTimes = list[tuple[str, str]]


def facts_of(nlp: Any, text: str, reference: Reference) -> Facts:
    """(text, type, value) of every date fact, in text order."""
    return [(f.text, f.type, f.value) for f in extract_dates(nlp(text), reference=reference)]


def facts_with_mods(nlp: Any, text: str, reference: Reference) -> FactsWithMods:
    """(text, type, value, mod) of every date fact, in text order."""
    found = extract_dates(nlp(text), reference=reference)
    return [(f.text, f.type, f.value, f.mod) for f in found]


def clock_times_of(nlp: Any, text: str, reference: Reference) -> ClockTimes:
    """(text, value) of the TIME facts only: what a clock reading turned into."""
    facts = extract_dates(nlp(text), reference=reference)
    return [(f.text, f.value) for f in facts if f.type == "TIME"]


FirstRange = tuple[str, str, str | None]


def first_range_of(nlp: Any, text: str, reference: Reference) -> FirstRange:
    """(text, value, last day) of the first fact: how a range reads, from its start to its end."""
    first = extract_dates(nlp(text), reference=reference)[0]
    return (first.text, first.value, first.range.end if first.range else None)
