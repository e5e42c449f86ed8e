"""Holiday dates from the `holidays` package: "Easter 2018", "Eid al-Fitr", "Diwali next year".

The package keeps each country's calendar, the moving feasts computed (Easter, Thanksgiving's
fourth Thursday, the Islamic, Hebrew, Hindu and Chinese calendars); `HOLIDAY_CALENDARS` in
`shared.feasts` says which country's entry an English phrase means. A calendar is built once per
country and year, and kept.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from functools import lru_cache

import holidays

from service.extract.shared.feasts import (
    DAYS_AFTER_HOLIDAY,
    HOLIDAY_CALENDARS,
    UNLISTED_HOLIDAYS,
)

# Notes the package adds to a name where a date is an estimate or a day off in lieu.
_ESTIMATED = " (estimated)"
_OBSERVED = "(observed)"
# Years to compare to tell a holiday on a fixed day from one that moves.
_SAMPLE_YEARS = (2023, 2024, 2025, 2026)


@lru_cache(maxsize=256)
def _calendar(country: str, year: int) -> dict[str, date]:
    """English holiday name -> its (first) day in that country's calendar for that year."""
    probe = holidays.country_holidays(country)
    language = "en_US" if "en_US" in probe.supported_languages else None
    with warnings.catch_warnings():
        # A year the package's tables do not reach warns; it simply has no such day.
        warnings.simplefilter("ignore", UserWarning)
        days = holidays.country_holidays(
            country, years=year, language=language, categories=probe.supported_categories
        )
    found: dict[str, date] = {}
    for day, names in sorted(days.items()):
        for name in names.split("; "):
            if _OBSERVED not in name:
                found.setdefault(name.removesuffix(_ESTIMATED), day)
    return found


def holiday_on(phrase: str, year: int) -> date | None:
    """The day the holiday falls on in `year`, or None where the calendar has no such day."""
    if phrase in DAYS_AFTER_HOLIDAY:
        base, days = DAYS_AFTER_HOLIDAY[phrase]
        day = holiday_on(base, year)
        return None if day is None else day + timedelta(days=days)
    if phrase in UNLISTED_HOLIDAYS:
        return date(year, *UNLISTED_HOLIDAYS[phrase])
    country, name = HOLIDAY_CALENDARS[phrase]
    return _calendar(country, year).get(name)


@lru_cache(maxsize=256)
def yearless_value(phrase: str) -> str | None:
    """A TIMEX3 value for the holiday with no year known: "XXXX-12-25" for one on a fixed day,
    "XXXX-11" for one that keeps its month, None for one that moves across months (Easter)."""
    days = [holiday_on(phrase, year) for year in _SAMPLE_YEARS]
    if any(day is None for day in days):
        return None
    if len({(d.month, d.day) for d in days if d}) == 1:
        return f"XXXX-{days[0].month:02d}-{days[0].day:02d}" if days[0] else None
    if len({d.month for d in days if d}) == 1:
        return f"XXXX-{days[0].month:02d}" if days[0] else None
    return None
