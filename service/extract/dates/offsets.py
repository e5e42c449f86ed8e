"""Days counted from another day: "three days after January 12th", "two weeks before today".

Runs over finished `DateFact`s in text order (from `compose`): a duration, a linking word
and a single day written next to each other name the day that far from it. The day that
anchors the count stays a fact of its own; the duration becomes the counted day, whose span
covers all three parts. A weekday written beside a counted day ("Monday two weeks from now",
"3 weeks after Christmas on Friday") names that weekday in the counted day's week.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from service.extract.shared.facts import DateFact, DateRange

from .patterns import FULL_WEEKDAY, MONTH, NUMBER
from .resolve import shift_day
from .vocab import WEEKDAYS

# Only whole calendar units move a day; "PT3H after noon" is a clock matter.
_COUNT = re.compile(r"^P(\d+)([DWMY])$")
_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# "after"/"from" count forward, "before" back; "since" ("two years since 2011") is left out,
# news uses it for the time elapsed, not for a day.
_LINK = re.compile(r"[^\S\n]+(?P<word>after|from|before)[^\S\n]+", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_S = r"[^\S\n]+"
# A day counted from another: "two weeks from now", "3 weeks after Christmas", "3 days".
_COUNTED_TEXT = re.compile(rf"^(?:{NUMBER})[- ](?:day|week|fortnight|month|year)s?\b", re.I)
_THE_DAY = re.compile(r"the[^\S\n]+day", re.I)
_CALENDAR_NAME = re.compile(rf"^(?:{MONTH}|{FULL_WEEKDAY})$", re.I)
_WEEKDAY_TEXT = re.compile(rf"^(?:on{_S})?(?P<wd>{FULL_WEEKDAY})$", re.I)
# How a weekday sits beside the counted day: before it ("Monday two weeks from now", "Thursday,
# two years from now") or after it with "on" ("in 3 days on Friday").
_WEEKDAY_BEFORE = re.compile(r"[^\S\n]*,?[^\S\n]*")
_WEEKDAY_AFTER = re.compile(rf"{_S}(?:on{_S})?")


def join_adjacent(
    facts: list[DateFact], join: Callable[[DateFact, DateFact], list[DateFact] | None]
) -> list[DateFact]:
    """Walk neighbouring pairs in text order; where `join` accepts a pair, its facts replace
    the pair and the walk goes on after it, so a fact takes part in one join at most."""
    out: list[DateFact] = []
    index = 0
    while index < len(facts):
        first = facts[index]
        joined = join(first, facts[index + 1]) if index + 1 < len(facts) else None
        if joined is None:
            out.append(first)
            index += 1
        else:
            out.extend(joined)
            index += 2
    return out


def join_offsets(text: str, facts: list[DateFact]) -> list[DateFact]:
    """ "3 days after January 12th": the counted day, keeping the anchor date as its own fact."""

    def counted(first: DateFact, second: DateFact) -> list[DateFact] | None:
        day = _counted(text, first, second)
        return None if day is None else [day, second]

    joined = join_adjacent(_drop_nested(facts), counted)
    # "the day" counts only where a day follows it ("the day after Thanksgiving").
    joined = [f for f in joined if not (f.type == "DURATION" and _THE_DAY.fullmatch(f.text))]
    return _weekday_in_week(text, joined)


def _drop_nested(facts: list[DateFact]) -> list[DateFact]:
    """A date read back from its digits ("this Friday 5/12", "October, 1st", "15 April of 87")
    covers the weekday or month that another rule took alone: that shorter fact is dropped when
    it opens the longer one or is a bare calendar name inside it."""
    dates = [f for f in facts if f.type == "DATE"]
    return [f for f in facts if not any(_covers(outer, f) for outer in dates)]


def _covers(outer: DateFact, inner: DateFact) -> bool:
    if inner is outer or inner.type != "DATE" or inner.mod is not None:
        return False
    if not outer.start <= inner.start < inner.end <= outer.end:
        return False
    if outer.end - outer.start <= inner.end - inner.start:
        return False
    return outer.start == inner.start or _CALENDAR_NAME.match(inner.text) is not None


def _weekday_in_week(text: str, facts: list[DateFact]) -> list[DateFact]:
    """ "Sunday 3 weeks after January 15th": the Sunday of the week that holds the counted day.

    The week runs from Sunday to Saturday, as US calendars print it, so "Sunday" opens it. The
    weekday fact and the counted day become one fact; the anchor ("January 15th") stays.
    """
    out = list(facts)
    for weekday in facts:
        name = _WEEKDAY_TEXT.match(weekday.text)
        if name is None or not _DAY.match(weekday.value) or weekday.mod:
            continue
        for counted in facts:
            if not _COUNTED_TEXT.match(counted.text) or not _DAY.match(counted.value):
                continue
            if counted.start > weekday.end:
                beside = _WEEKDAY_BEFORE.fullmatch(text, weekday.end, counted.start)
            else:
                beside = _WEEKDAY_AFTER.fullmatch(text, counted.end, weekday.start)
            if beside is None or counted not in out or weekday not in out:
                continue
            day = date.fromisoformat(counted.value)
            sunday = day - timedelta(days=day.isoweekday() % 7)
            found = sunday + timedelta(days=WEEKDAYS[name["wd"].lower()] % 7)
            start, end = min(weekday.start, counted.start), max(weekday.end, counted.end)
            joined = replace(
                counted,
                text=text[start:end],
                start=start,
                end=end,
                value=found.isoformat(),
                range=DateRange(found.isoformat(), found.isoformat()),
            )
            out[out.index(counted)] = joined
            out.remove(weekday)
            break
    return out


def _counted(text: str, first: DateFact, second: DateFact) -> DateFact | None:
    if first.type != "DURATION" or first.mod or second.type != "DATE" or second.mod:
        return None
    count, link = _COUNT.match(first.value), _LINK.fullmatch(text, first.end, second.start)
    if count is None or link is None or not _DAY.match(second.value):
        return None
    sign = -1 if link["word"].lower() == "before" else 1
    day = shift_day(date.fromisoformat(second.value), sign * int(count[1]), _UNIT[count[2]])
    return replace(
        first,
        text=text[first.start : second.end],
        end=second.end,
        type="DATE",
        value=day.isoformat(),
        range=DateRange(day.isoformat(), day.isoformat()),
        relative=second.relative,
    )
