"""Dates: temporal expressions as TIMEX3 values (stub until written)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .facts import DateFact


def extract_dates(doc: Any, *, reference: date | datetime | None) -> list[DateFact]:
    """Return the temporal expressions in `doc`, relative ones resolved against `reference`."""
    return []
