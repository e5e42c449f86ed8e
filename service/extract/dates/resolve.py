"""Calendar arithmetic: anchoring relative expressions on a reference date, and value ranges.

Everything here is pure date maths over `datetime.date`; the rules that recognise text live in
`rules`. A `reference` of None means the article date is unknown: functions then return the part
of the value that is still known (XXXX-11, XXXX-WXX-5) instead of inventing one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from service.extract.shared.facts import DateRange

from .vocab import SEASON_MONTHS

# "past": on or before the reference (news default), "future": on or after it,
# "last"/"next": strictly before/after, "this": within the reference's own week/year.
Direction = Literal["past", "future", "last", "next", "this"]


def iso_week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def resolve_weekday(reference: date, weekday: int, direction: Direction) -> date:
    """The date of ISO `weekday` (Monday = 1) seen from `reference` in `direction`."""
    delta = weekday - reference.isoweekday()
    if direction == "this":
        return reference + timedelta(days=delta)
    if direction in ("past", "last"):
        back = (-delta) % 7
        if back == 0 and direction == "last":
            back = 7
        return reference - timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and direction == "next":
        ahead = 7
    return reference + timedelta(days=ahead)


def resolve_month_year(reference: date, month: int, direction: Direction) -> int:
    """The year of the month named without one ("in November", "last February")."""
    if direction == "last":
        return reference.year - 1
    if direction == "next":
        return reference.year + 1
    if direction == "past" and month > reference.month:
        return reference.year - 1
    if direction == "future" and month < reference.month:
        return reference.year + 1
    return reference.year


def resolve_month_day(reference: date, month: int, day: int, direction: Direction) -> date | None:
    """A day and month without a year: the reference year unless the tense clearly says otherwise.

    News mostly names days close to publication, so only a date more than a month on the wrong
    side of the reference for the sentence's tense moves to the neighbouring year.
    """
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        gap = (candidate - reference).days
        if direction in ("past", "last") and gap > 31 and year == reference.year:
            continue
        if direction in ("future", "next") and gap < -31 and year == reference.year:
            continue
        if year != reference.year and abs(gap) > 200:
            continue
        return candidate
    # A future tense and the distance rule out every year ("will go back Oct 2" written in
    # November): the reference year is still the likeliest reading. A past tense keeps the
    # drop: "bought it for $12 December 27" is no December 12.
    if direction not in ("future", "next"):
        return None
    try:
        return date(reference.year, month, day)
    except ValueError:
        return None


def resolve_season_year(reference: date, code: str, direction: Direction) -> int:
    """The year of a season named without one (winter belongs to the year it starts in).

    Seen from the reference, a season that has not begun yet is last year's in a past context
    ("the winter offensive" written in April is 2022-WI) and one that is over is next year's in
    a future context.
    """
    first, last = SEASON_MONTHS[code]
    year = reference.year - 1 if code == "WI" and reference.month <= last else reference.year
    if direction == "last":
        return year - 1
    if direction == "next":
        return year + 1
    starts = date(year, first, 1)
    end_year = year + 1 if last < first else year
    ends = date(end_year, last, calendar.monthrange(end_year, last)[1])
    if direction == "future" and ends < reference:
        return year + 1
    if direction != "future" and starts > reference:
        return year - 1
    return year


def shift_value(reference: date, amount: float, unit: str) -> str:
    """The value `amount` units away from `reference` ("two weeks ago" has amount -2).

    The result is the day that far away ("two months ago" on 17 October is 17 August): the
    expression counts from the reference day, and the day keeps both readings, since its range
    lies inside the month or year a coarser value would name. Only decades stay coarse.
    """
    whole = int(amount)
    if unit in ("second", "minute", "hour"):
        return reference.isoformat()
    if unit == "decade":
        return f"{(reference.year + 10 * whole) // 10}"
    return shift_day(reference, whole, unit).isoformat()


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` ISO `weekday` of the month ("the first Friday of March 2016"); -1 is the last.
    None when the month has no such day (a fifth Monday)."""
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        return day if day.month == month else None
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def shift_day(day: date, amount: int, unit: str) -> date:
    """`day` moved by a whole number of days, weeks, fortnights, months or years."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "fortnight"):
        return day + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return day + relativedelta(months=amount)
    return day + relativedelta(years=amount)


def resolve_relative_date(reference: date | None, expression: str) -> str | None:
    """TIMEX3 value of a deictic day/week/month/year expression ("yesterday", "last month").

    Returns None for expressions this function does not know.
    """
    words = expression.lower().split()
    if words == ["today"] or words == ["tonight"]:
        return reference.isoformat() if reference else "PRESENT_REF"
    if words in (["yesterday"], ["tomorrow"]):
        if reference is None:
            return "XXXX-XX-XX"
        step = -1 if words[0] == "yesterday" else 1
        return (reference + timedelta(days=step)).isoformat()
    if len(words) != 2 or words[0] not in ("this", "last", "next", "past", "previous", "coming"):
        return None
    step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[words[0]]
    unit = words[1]
    if reference is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
        return unknown.get(unit)
    if unit in ("week", "weekend"):
        value = iso_week_value(reference + timedelta(weeks=step))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return (reference + relativedelta(months=step)).strftime("%Y-%m")
    if unit == "year":
        return str(reference.year + step)
    if unit == "quarter":
        index = (reference.month - 1) // 3 + step
        return f"{reference.year + index // 4}-Q{index % 4 + 1}"
    return None


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


def value_range(value: str) -> DateRange | None:
    """First and last day covered by a concrete DATE/TIME value; None when it is not concrete."""
    start: date
    end: date
    if m := _DAY.match(value):
        start = end = date(int(m[1]), int(m[2]), int(m[3]))
    elif m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    elif m := _YEAR.match(value):
        start, end = date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    elif m := _DECADE.match(value):
        start, end = date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    elif m := _CENTURY.match(value):
        start, end = date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    elif m := _WEEK.match(value):
        start = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        end = start + timedelta(days=1 if m[3] else 6)
    elif m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        start = date(year, 3 * quarter - 2, 1)
        end = date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    elif m := _HALF.match(value):
        year, half = int(m[1]), int(m[2])
        start, end = date(year, 6 * half - 5, 1), date(year, 6 * half, 30 if half == 1 else 31)
    elif m := _SEASON.match(value):
        year, (first, last) = int(m[1]), SEASON_MONTHS[m[2]]
        end_year = year + 1 if last < first else year
        start = date(year, first, 1)
        end = date(end_year, last, calendar.monthrange(end_year, last)[1])
    else:
        return None
    return DateRange(start.isoformat(), end.isoformat())
