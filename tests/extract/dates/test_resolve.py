"""Calendar arithmetic in dates/resolve.py: relative expressions anchored on a reference, and the
concrete range of a TIMEX value."""

from __future__ import annotations

from datetime import date

import pytest

from service.extract.dates.resolve import resolve_relative_date, value_range
from tests.extract.dates.helpers import FRIDAY


@pytest.mark.parametrize(
    "expression, reference, expected",
    [
        ("yesterday", FRIDAY, "2023-04-06"),
        ("next week", FRIDAY, "2023-W15"),
        ("last year", FRIDAY, "2022"),
        ("this quarter", FRIDAY, "2023-Q2"),
        ("last month", None, "XXXX-XX"),
        ("the other day", FRIDAY, None),
    ],
)
def test_resolve_relative_date(expression: str, reference: date | None, expected: str) -> None:
    assert resolve_relative_date(reference, expression) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-W14-WE", ("2023-04-08", "2023-04-09")),
        ("2023-Q1", ("2023-01-01", "2023-03-31")),
        ("199", ("1990-01-01", "1999-12-31")),
        ("20", ("2000-01-01", "2099-12-31")),
        ("P1Y", None),
    ],
)
def test_value_range(value: str, expected: tuple[str, str] | None) -> None:
    found = value_range(value)
    assert (None if found is None else (found.start, found.end)) == expected
