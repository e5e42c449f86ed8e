"""Rules for periods named by a bare noun: "for the month", "end of year", "the week of May 4".

Each is anchored on a rare word ("week", "month", "year", "weekend", "EOY") so that the pattern
stays cheap.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import DAY, FULL_WEEKDAY, MONTH, day_number, month_number
from ..registry import rule
from ..resolve import (
    iso_week_value,
    resolve_month_day,
    resolve_relative_date,
    resolve_weekday,
    shift_day,
)
from ..vocab import WEEKDAYS

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
    rf"(?=[foiel])\b(?:(?:for|of|in)|(?P<rel>earlier|later){_GAP}in)(?=[^\S\n]+the[^\S\n]+[dwmy])"
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


_THE_BEFORE = re.compile(r"\bthe[^\S\n]+$", re.I)
# "up to date" is current, "month-to-date" a period of its own.
_TO_BEFORE = re.compile(
    r"(?<!\bup[ -])(?<!month[ -])(?<!quarter[ -])\b(?:to|till|until)[^\S\n]+$", re.I
)


def _inside_word(ctx: Context, offset: int) -> bool:
    return offset > 0 and ctx.text[offset - 1].isalnum()


# Case-sensitive, anchored on the words themselves (rules over the whole text must stay cheap).
@rule(
    "end_of_day",
    rf"(?:e(?:nd of (?:the )?(?P<day>day)|od)|EOD)\b(?!-| (?:one|two|three|\d))"
    rf"(?:,?{_GAP}(?:on{_GAP})?(?P<wd>(?i:{FULL_WEEKDAY}|today|tomorrow))\b)?",
    flags=0,
)
def end_of_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "by end of day", "EOD": the day spoken of (else the article's), with mod END.

    TimeML writes the day with mod END where Recognizers-Text writes T23:59:59. "at the end
    of the day" is mostly the idiom ("ultimately") and "the end of the day" the part_of_period
    rule's; this one reads the business spellings without the article.
    """
    if _inside_word(ctx, m.start()) or (m["day"] and ctx.before(_THE_BEFORE, m.start(), 4)):
        return None  # "legend of the day"
    token = ctx.doc_token_at(m.end() - 1)
    if token is not None and token.dep_ == "compound" and not m["wd"]:
        return None  # "EOD reports"
    value = ctx.previous("day")
    if m["wd"] and ctx.reference is not None:
        # "by end of day Friday": that day's end.
        word = m["wd"].lower()
        value = (
            resolve_relative_date(ctx.reference, word)
            or resolve_weekday(
                ctx.reference, WEEKDAYS[word], ctx.direction(*m.span("wd"))
            ).isoformat()
        )
    if value is None:
        return None
    return Draft("DATE", value, mod="END", relative=True)


@rule(
    "present_time",
    r"t th(?:e (?P<present>present) time|is (?:point in )?time|e minute)\b"
    r"(?![^\S\n]*,?[^\S\n]*(?:of|last|next|on|in|when|that|tomorrow|yesterday|today)\b)",
    flags=0,
)
def present_time(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at the present time", "not commenting at this time", "at the minute": now.

    "At this time" in a past-tense clause is a time the story spoke of, not the present.
    """
    start = m.start() - 1
    if start < 0 or ctx.text[start] not in "aA" or _inside_word(ctx, start):
        return None
    if not m["present"] and ctx.tense(start, m.end()) == "past":
        return None
    return Draft("DATE", "PRESENT_REF", start=start)


@rule("to_date", r"date\b(?!-|[^\S\n]*(?:\d|of\b|and\b))", flags=0)
def to_date(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the biggest loss to date": up to now (PRESENT_REF, mod BEFORE).

    Not "up to date" (current) nor the verb ("wanted to date her"); "year to date" is the
    year_to_date rule's (a longer match).
    """
    lead = ctx.before(_TO_BEFORE, m.start(), 8)
    if lead is None or _inside_word(ctx, m.start()):
        return None
    token = ctx.doc_token_at(m.end() - 1)
    if token is not None and token.pos_ == "VERB":
        return None
    return Draft("DATE", "PRESENT_REF", mod="BEFORE", start=lead.start())


@rule("on_this_day", r"otd\b(?<=\botd)", flags=0)
def on_this_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "died otd" (on this day): the article's day. Lower case only: "OTD" is also on-time
    delivery in business copy."""
    if ctx.reference is None:
        return None
    return Draft("DATE", ctx.reference.isoformat(), relative=True)


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
    "same_unit_a_year_off",
    rf"\bthe{_GAP}same{_GAP}(?P<unit>day|week|month|quarter){_GAP}(?:a|one){_GAP}year"
    rf"{_GAP}(?P<dir>earlier|ago|before|later|on)\b",
)
def same_unit_a_year_off(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the same week a year earlier": the week of the day last spoken of (else the
    article's), a year back; "a year later" or "on", a year ahead."""
    day = ctx.memory.get("day")
    origin = date.fromisoformat(day) if day else ctx.reference
    if origin is None:
        return None
    step = 1 if m["dir"].lower() in ("later", "on") else -1
    moved = shift_day(origin, step, "year")
    unit = m["unit"].lower()
    if unit == "day":
        value = moved.isoformat()
    elif unit == "week":
        value = iso_week_value(moved)
    elif unit == "month":
        value = moved.strftime("%Y-%m")
    else:
        value = f"{moved.year}-Q{(moved.month - 1) // 3 + 1}"
    return Draft("DATE", value, relative=True)


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
