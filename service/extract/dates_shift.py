"""Days counted from another day: "three days after January 12th", "two weeks before today".

Runs over finished `DateFact`s in text order (from `dates_compose`): a duration, a linking word
and a single day written next to each other name the day that far from it. The day that
anchors the count stays a fact of its own; the duration becomes the counted day, whose span
covers all three parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from .facts import DateFact, DateRange
from .timex_resolve import shift_day

# Only whole calendar units move a day; "PT3H after noon" is a clock matter.
_COUNT = re.compile(r"^P(\d+)([DWMY])$")
_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# "after"/"from" count forward, "before" back; "since" ("two years since 2011") is left out,
# news uses it for the time elapsed, not for a day.
_LINK = re.compile(r"[^\S\n]+(?P<word>after|from|before)[^\S\n]+", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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

    return join_adjacent(facts, counted)


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
