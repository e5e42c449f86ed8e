"""Joining neighbouring facts that the text presents as one: ranges and a day with its clock time.

Runs over finished `DateFact`s in text order, after every rule has spoken, so each rule stays
about one expression and the joins are decided once, from the words between two facts.
A range ("from 2019 to 2021") becomes one DATE whose `range` runs from the first day of its
opening end to the last day of its closing end; its two ends stay facts of their own, since a
timeline wants both the interval and the dates that bound it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from service.extract.shared.facts import DateFact, DateRange

from .offsets import join_adjacent, join_offsets
from .resolve import value_range

# Words that link the two ends of a range ("from 2019 to 2021", "May 3-5", "2014~2018").
# "the end of" may close the range: "from April until the end of June" still ends with June.
_RANGE_LINK = re.compile(
    r"[^\S\n]*(?:[-–—~]|to|through|thru|till|until|and)(?:[^\S\n]+the[^\S\n]+end[^\S\n]+of)?"
    r"[^\S\n]*",
    re.I,
)
# The opening word is part of the range's span; "between" is what licenses "and" as a link.
_RANGE_OPENER = re.compile(r"(?:\b(?:from|between)[^\S\n]+)$", re.I)
# A clock time joins the day written right next to it ("tomorrow at 10am", "09:30 UTC Friday").
# Not across a comma: "4/8/2023, 5:55 p.m." in a dateline is written as two facts.
# "Thursday before 5pm": a deadline on that day, the time keeping the qualifier as its mod.
_DAY_THEN_TIME = re.compile(r"[^\S\n]*(?:at|@|on|from|(?P<mod>before|by|after))?[^\S\n]*", re.I)
_LINK_MODS = {"before": "BEFORE", "by": "BEFORE", "after": "AFTER"}
_TIME_THEN_DAY = re.compile(r"[^\S\n]*(?:on|of)?[^\S\n]*", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def compose(text: str, facts: list[DateFact], anchor: date | None = None) -> list[DateFact]:
    """Join counted days and ranges (their ends are dates), then clock times with their day."""
    return _join_day_times(text, _join_ranges(text, join_offsets(text, facts), anchor))


def _join_ranges(text: str, facts: list[DateFact], anchor: date | None) -> list[DateFact]:
    def spanning(first: DateFact, second: DateFact) -> list[DateFact] | None:
        return _range_of(text, first, second, anchor)

    return join_adjacent(facts, spanning)


def _range_of(
    text: str, first: DateFact, second: DateFact, anchor: date | None
) -> list[DateFact] | None:
    """The range and its two ends, the ends made to agree with it; None when no range is written."""
    if first.type != "DATE" or second.type != "DATE" or first.mod not in (None, "START"):
        return None
    if second.mod not in (None, "END"):
        return None  # "from 2007 to the end of 2008" still ends with 2008; "mid" does not
    link = _RANGE_LINK.fullmatch(text, first.end, second.start)
    if link is None:
        return None
    opener = _RANGE_OPENER.search(text, max(0, first.start - 9), first.start)
    if "and" in link[0].lower() and (opener is None or opener[0][0].lower() != "b"):
        return None  # "in 2019 and 2021" names two dates, not the years between them
    # "between now and May 21": now is the reference day, as either end; its fact stays as it is.
    today = anchor.isoformat() if anchor is not None else None
    if first.value == "PRESENT_REF":
        value: str | None = today
    else:
        value = _with_year_of(first.value, second.value) if _bare(first) else first.value
    start_range = value_range(value) if value is not None else None
    if second.value == "PRESENT_REF":
        end_range = DateRange(today, today) if today is not None else None
    else:
        if start_range is not None:
            second = _weekday_after(second, start_range.start)
        end_range = second.range
    if value is None or start_range is None or end_range is None:
        return None
    if start_range.start > end_range.end:
        return None
    if end_range.start <= start_range.start and start_range.end <= end_range.end:
        return None  # "March 12 - this year": the second names the period around the first
    start = opener.start() if opener is not None else first.start
    joined = DateFact(
        text=text[start : second.end],
        start=start,
        end=second.end,
        type="DATE",
        value=value,
        range=DateRange(start_range.start, end_range.end),
        relative=first.relative or second.relative,
    )
    if first.value != "PRESENT_REF" and value != first.value:
        first = replace(first, value=value, range=start_range)  # the year the range gave it
    return [joined, first, second]


# What makes an opening end's own reading stronger than the year of the closing one.
_STATED = re.compile(
    r"\d{4}|\b(?:next|last|this|coming|past|previous|today|tomorrow|yesterday|"
    r"mon|tue|wed|thu|fri|sat|sun)", re.I
)  # fmt: skip
_WEEKDAY_ONLY = re.compile(
    r"(?:on[^\S\n]+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?", re.I
)


def _bare(fact: DateFact) -> bool:
    """A month or day named without year or deixis takes its year from the range's other end."""
    return fact.relative and _STATED.search(fact.text) is None


def _weekday_after(closing: DateFact, opening_day: str) -> DateFact:
    """ "from next Monday to Friday": a bare closing weekday is the one after the opening."""
    if closing.range is None or closing.range.end >= opening_day:
        return closing
    if not _WEEKDAY_ONLY.fullmatch(closing.text) or not _DAY.match(closing.value):
        return closing
    day = (date.fromisoformat(closing.value) + timedelta(days=7)).isoformat()
    return replace(closing, value=day, range=DateRange(day, day))


def _with_year_of(value: str, closing: str) -> str:
    """ "from May to Oct 2020": the opening end takes its year from the closing one.

    It is the same year when the opening month comes first, else the year before
    ("Nov 18-Dec 19, 2015" and "Nov-Feb 2017" both start in the year they need).
    """
    opening, closing_match = _MONTH.match(value), _MONTH.match(closing)
    if opening is None or closing_match is None:
        return value
    year = int(closing_match[1]) - (1 if opening[2] > closing_match[2] else 0)
    day = f"-{opening[3]}" if opening[3] else ""
    try:
        if opening[3]:
            date(year, int(opening[2]), int(opening[3]))
    except ValueError:
        return value
    return f"{year}-{opening[2]}{day}"


def _join_day_times(text: str, facts: list[DateFact]) -> list[DateFact]:
    out: list[DateFact] = []
    for fact in facts:
        previous = out[-1] if out else None
        link = None if previous is None else _same_moment(text, previous, fact)
        if previous is not None and link is not None:
            day, time = (previous, fact) if previous.type == "DATE" else (fact, previous)
            out[-1] = replace(
                time,
                text=text[previous.start : fact.end],
                start=previous.start,
                end=fact.end,
                value=day.value + time.value[10:],
                mod=_LINK_MODS.get((link.groupdict().get("mod") or "").lower(), time.mod),
                range=DateRange(day.value, day.value),
                relative=day.relative,
            )
            continue
        out.append(fact)
    return out


def _same_moment(text: str, first: DateFact, second: DateFact) -> re.Match[str] | None:
    """A single day and a clock time written side by side name one moment: the words between."""
    if {first.type, second.type} != {"DATE", "TIME"}:
        return None
    day, time = (first, second) if first.type == "DATE" else (second, first)
    if not _DAY.match(day.value) or day.mod or not re.match(r"^[\dX-]{10}T\d", time.value):
        return None
    link = (_DAY_THEN_TIME if first is day else _TIME_THEN_DAY).fullmatch(
        text, first.end, second.start
    )
    if link is not None and link.groupdict().get("mod") and time.mod:
        return None  # the time has a qualifier of its own
    return link
