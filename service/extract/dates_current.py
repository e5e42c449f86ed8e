"""Rules for periods named by a bare noun: "for the month", "end of year", "the week of May 4".

Registered into `dates_rules.RULES` on import, like the calendar rules. Each is anchored on a
rare word ("week", "month", "year", "weekend", "EOY") so that the pattern stays cheap.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates_context import Context, Draft
from .dates_rules import DAY, MONTH, day_number, month_number, rule
from .timex_resolve import iso_week_value, resolve_month_day

_GAP = r"[^\S\n]+"


def _period(ctx: Context, unit: str) -> str | None:
    """The week, month or year spoken of: the day last named, else the article's."""
    day = ctx.memory.get("day")
    if unit == "week":
        origin = date.fromisoformat(day) if day else ctx.reference
        return iso_week_value(origin) if origin is not None else None
    return ctx.previous(unit)


@rule(
    "bare_period",
    rf"\b(?:(?:for|of|in)|(?P<rel>earlier|later){_GAP}in)(?=[^\S\n]+the[^\S\n]+[dwmy])"
    rf"{_GAP}(?P<span>the{_GAP}(?P<unit>day|week|month|year))\b(?=[^\S\n]*(?:[.,;!?)]|$))",
)
def bare_period(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "away for the month", "for the day", "earlier in the week": the period spoken of.

    Only at the end of a clause, so that "in the year 2000" or "of the month's sales" are
    left to other rules; a capital ("Player of the Year") is an award's name, not a date.
    """
    if not m["unit"].islower() or (m["rel"] and m["unit"] == "day"):
        return None  # "later in the day" is the part_of_day rule's
    value = _period(ctx, m["unit"])
    if value is None:
        return None
    return Draft("DATE", value, relative=True, start=None if m["rel"] else m.start("span"))


@rule(
    "end_of_period",
    rf"\b(?:(?-i:EOY)|end{_GAP}of{_GAP}(?:the{_GAP}(?P<week>week)|(?P<unit>month|year)))\b",
)
def end_of_period(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "end of year", "EOY", "end of the week": the period spoken of, with mod END.

    "the end of the year" is the part_of_period rule's (a longer match); this one covers the
    spellings without articles, common in schedules and business copy.
    """
    unit = "week" if m["week"] else (m["unit"] or "year").lower()
    value = _period(ctx, unit)
    if value is None:
        return None
    return Draft("DATE", value, mod="END", relative=True)


@rule("year_to_date", rf"\b(?=y)year(?:{_GAP}|-)to(?:{_GAP}|-)date\b")
def year_to_date(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "up 20% year to date": the article's year (so far)."""
    if ctx.reference is None:
        return None
    return Draft("DATE", str(ctx.reference.year), relative=True)


@rule(
    "week_anaphora",
    rf"\b(?:that{_GAP}(?P<we>weekend)|the{_GAP}(?P<rel>same|following){_GAP}week)\b",
)
def week_anaphora(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "that weekend", "the same week", "the following week": from the day last spoken of.

    With no day named before, "that weekend" and "the same week" are weeks not known
    (XXXX-WXX); "the following week" counts from the article's week.
    """
    day = ctx.memory.get("day")
    origin = date.fromisoformat(day) if day else None
    if m["rel"] and m["rel"].lower() == "following":
        origin = origin or ctx.reference
        if origin is None:
            return None
        return Draft("DATE", iso_week_value(origin + timedelta(weeks=1)), relative=True)
    value = iso_week_value(origin) if origin is not None else "XXXX-WXX"
    return Draft("DATE", value + ("-WE" if m["we"] else ""), relative=True)


@rule(
    "week_of_day",
    rf"\b(?:the{_GAP}week{_GAP}(?:of|beginning|starting|commencing)(?:{_GAP}on)?|w/c)"
    rf"{_GAP}(?:(?P<mon>{MONTH})[^\S\n]*(?P<day>{DAY})|the{_GAP}(?P<day2>{DAY})"
    rf"|(?P<day3>{DAY}){_GAP}(?:of{_GAP})?(?P<mon3>{MONTH}))\b(?![^\S\n]*,?[^\S\n]*\d)",
)
def week_of_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the week of April 10th", "w/c Feb 4": the (Monday-to-Sunday) week holding that day.

    A year after the day ("the week of May 4, 2020") is left to the full-date rules.
    """
    if ctx.reference is None:
        return None
    if m["day2"]:
        month = ctx.previous("month")
        if month is None:
            return None
        try:
            day = date(int(month[:4]), int(month[5:7]), day_number(m["day2"]))
        except ValueError:
            return None
    else:
        mon, number = m["mon"] or m["mon3"], day_number(m["day"] or m["day3"])
        found = resolve_month_day(
            ctx.reference, month_number(mon), number, ctx.direction(*m.span())
        )
        if found is None:
            return None
        day = found
    return Draft("DATE", iso_week_value(day), relative=True)
