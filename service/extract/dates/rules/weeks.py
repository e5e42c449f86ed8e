"""Rules for weeks named by their place: a weekday of a named week, the n-th week of a year.

A bare "Week 3" is left out on purpose: sports, TV and trials number their weeks by the season
or the case ("Week 3 of the NFL season", "week 5 of the strike"), so `week_number` asks for a
calendar cue.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import (
    DAY,
    FULL_WEEKDAY,
    MONTH,
    NUMBER,
    ORDINAL,
    SPELLED_DAY,
    WEEKDAY,
    YEAR,
    day_number,
    month_number,
    stated_direction,
)
from ..registry import rule
from ..resolve import iso_week_value, nth_weekday, resolve_weekday
from ..vocab import ORDINALS, WEEKDAYS
from .durations import parse_number

_S = r"[^\S\n]+"
# Which week a modifier names, counted from the week of the reference (or of the day last
# spoken of, for "the following week", which points from the story's own time).
_STEPS = {"this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1,
          "following": 1, "prior": -1}  # fmt: skip
_ANAPHORIC = frozenset({"following", "prior"})
_WEEK_REL = r"(?:the[^\S\n]+)?(?P<rel{n}>this|next|coming|last|previous|past|following|prior)"


@rule(
    "weekday_of_week",
    rf"\b(?P<wd>{WEEKDAY})[^\S\n]+of[^\S\n]+{_WEEK_REL.format(n=1)}[^\S\n]+week\b"
    rf"|\b{_WEEK_REL.format(n=2)}[^\S\n]+week(?:'s)?(?:[^\S\n]*[-,]?[^\S\n]*(?:on[^\S\n]+)?)"
    rf"(?P<wd2>{WEEKDAY})(?![a-z])",
)
def weekday_of_week(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Tuesday of last week", "next week on Monday": that weekday inside that week."""
    rel = (m["rel1"] or m["rel2"]).lower()
    number = WEEKDAYS[(m["wd"] or m["wd2"]).lower().rstrip(".")]
    if rel in _ANAPHORIC:
        anchor = ctx.previous("day")
        origin = date.fromisoformat(anchor) if anchor and anchor[:1].isdigit() else None
    else:
        origin = ctx.reference
    if origin is None:
        return None
    monday = origin - timedelta(days=origin.isoweekday() - 1) + timedelta(weeks=_STEPS[rel])
    day = monday + timedelta(days=number - 1)
    # The optional dot belongs to abbreviations ("Mon."); after "Monday" it ends the sentence.
    end = m.end() - 1 if m[0].endswith("day.") else None
    return Draft("DATE", day.isoformat(), relative=True, end=end)


@rule(
    "weekday_day",
    rf"\b(?:on[^\S\n]+)?(?P<wd>{WEEKDAY}),?[^\S\n]+(?P<the>the[^\S\n]+)?(?P<day>{DAY}|{SPELLED_DAY})\b"
    rf"(?![^\S\n]*(?:of[^\S\n]+)?{MONTH}|:|[.,/]\d)",
)
def weekday_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Mon 13th", "Tuesday the eleventh": the nearest month whose day that is that weekday."""
    day_text = m["day"]
    if day_text.isdigit() and not re.match(r"[^\S\n]*(?:[!?.,;)]|$)", ctx.text[m.end() :]):
        return None  # "on Friday 3 people died": a bare number after a weekday counts
    reference = ctx.reference
    if reference is None:
        return None
    number, day = WEEKDAYS[m["wd"].lower().rstrip(".")], day_number(day_text)
    step = 1 if ctx.direction(*m.span()) == "future" else -1
    # The reference's own month first, then months further away in the clause's direction.
    for offset in (0, *(step * k for k in range(1, 25))):
        month_index = reference.year * 12 + reference.month - 1 + offset
        try:
            found = date(month_index // 12, month_index % 12 + 1, day)
        except ValueError:
            continue
        if found.isoweekday() == number:
            return Draft("DATE", found.isoformat(), relative=True, start=m.start("wd"))
    return None


_GAP = r"[^\S\n]+"
# What may follow a calendar week number: the end of the phrase, or a clock time of that week.
_WEEK_NUMBER_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$|\d{1,2}(?::\d\d)?[^\S\n]*[ap]\.?m\b)", re.I)
_CALENDAR_CUE = re.compile(rf"\b(?:calendar|iso){_GAP}$", re.I)
_AFTER_THE = re.compile(rf"\bthe{_GAP}$", re.I)
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY},?{_GAP}$", re.I)
_WORK_BEFORE = re.compile(
    rf"\b(?P<rel>this|next|coming|last|previous|past|current){_GAP}work(?:ing{_GAP}|{_GAP}|-)?$",
    re.I,
)


# One pattern for the three, each led by the literal "week": a literal start is what lets
# `re` skip through the text fast, so the words before it are read by the handler.
@rule(
    "numbered_week",
    rf"week(?:(?P<we>end)?{_GAP}(?P<dir>after{_GAP}next|before{_GAP}last)\b"
    rf"|{_GAP}(?P<n>\d{{1,2}})(?![\d:.,/-]?\w)"
    rf"(?:{_GAP}of{_GAP}(?P<year>{YEAR}|(?:this|last|next){_GAP}year)\b"
    # "week 3 of 2019's season" counts the season's weeks.
    rf"(?!['’]s\b|{_GAP}(?:(?-i:[A-Z]{{2,}})|season|campaign|regular)\b))?"
    r"|\b(?:(?<=work\sweek)|(?<=working\sweek)|(?<=workweek)|(?<=work-week)))",
)
def numbered_week(m: re.Match[str], ctx: Context) -> Draft | None:
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    if m["n"]:
        return _week_number(m, ctx, before)
    if ctx.reference is None:
        return None
    if m["dir"]:
        # "the week after next" is two weeks ahead; "the weekend before last" two back.
        lead = _AFTER_THE.search(before)
        if lead is None:
            return None
        step = 2 if m["dir"].lower().startswith("after") else -2
        value = iso_week_value(ctx.reference + timedelta(weeks=step))
        start = m.start() - len(before) + lead.start()
        return Draft("DATE", value + ("-WE" if m["we"] else ""), relative=True, start=start)
    # "this working week", "next workweek": TimeML has no value for the working days alone,
    # so the ISO week that holds them.
    work = _WORK_BEFORE.search(before)
    if work is None:
        return None
    step = {"current": 0, **_STEPS}[work["rel"].lower()]
    value = iso_week_value(ctx.reference + timedelta(weeks=step))
    return Draft("DATE", value, relative=True, start=m.start() - len(before) + work.start())


def _week_number(m: re.Match[str], ctx: Context, before: str) -> Draft | None:
    """ISO weeks by number: "week 3 of 2027", "calendar week 31", "the week 1", "Thursday, week 23".

    A year or "calendar"/"ISO" makes it the ISO week. Otherwise only a lower-case "week" that
    stands alone (nothing after it but punctuation or a clock time) after "the" or a weekday:
    "Week 3" as a title, "week 3 of the trial" and "the week 3 game" count something else.
    """
    if before[-1:].isalnum():
        return None  # "midweek 3"
    number, start = int(m["n"]), m.start()
    year_text = (m["year"] or "").lower()
    if cue := _CALENDAR_CUE.search(before):
        start -= len(before) - cue.start()
    elif not year_text:
        if not m[0].startswith("week") or not _WEEK_NUMBER_END.match(ctx.text, m.end()):
            return None
        if not (_AFTER_THE.search(before) or _WEEKDAY_BEFORE.search(before)):
            # At the very start of a line only before a clock time ("week 10 8 p.m.").
            if before.rstrip(" \t")[-1:] not in ("", "\n") or not re.match(
                r"[^\S\n]+\d", ctx.text[m.end() :]
            ):
                return None
    if year_text[:1].isdigit():
        year: str | None = year_text
    elif year_text and ctx.reference is not None:
        step = {"this": 0, "last": -1, "next": 1}[year_text.split()[0]]
        year = str(ctx.reference.year + step)
    else:
        year = ctx.previous("year")
    if year is None:
        return Draft("DATE", f"XXXX-W{number:02d}", relative=True, start=start)
    try:
        date.fromisocalendar(int(year), number, 1)
    except ValueError:
        return None  # week 0, or a week 53 the year does not have
    return Draft("DATE", f"{year}-W{number:02d}", relative=not year_text[:1].isdigit(), start=start)


@rule(
    "weekday_of_month",
    rf"\b(?:the[^\S\n]+)?(?P<nth>{ORDINAL})[^\S\n]+(?P<wd>{WEEKDAY})[^\S\n]+(?:of|in)[^\S\n]+"
    rf"(?:(?P<rel>last|next|this)[^\S\n]+)?(?P<mon>{MONTH})(?:,?[^\S\n]+(?P<year>{YEAR}))?\b",
)
def weekday_of_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the first Friday of March 2016", "the last Sunday of May": that weekday of that month,
    of the year named, else the story's, else the one the reference sees in the clause's tense."""
    month, weekday = month_number(m["mon"]), WEEKDAYS[m["wd"].lower().rstrip(".")]
    stated = stated_direction((m["rel"] or "").lower())
    year = int(m["year"]) if m["year"] else ctx.month_year(month, *m.span(), stated)
    if year is None:
        return None
    day = nth_weekday(year, month, weekday, ORDINALS[m["nth"].lower()])
    return None if day is None else Draft("DATE", day.isoformat(), relative=not m["year"])


@rule(
    "counted_weekdays",
    rf"\b(?P<num>{NUMBER}){_S}(?P<wd>{FULL_WEEKDAY})s{_S}(?P<dir>from{_S}now|ago|hence)\b",
)
def counted_weekdays(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "two Mondays from now": the second Monday after the reference; "three Fridays ago" the
    third before it."""
    count = parse_number(m["num"].lower())
    if ctx.reference is None or count is None or count != int(count) or count < 1:
        return None
    ahead = not m["dir"].lower().startswith("ago")
    first = resolve_weekday(ctx.reference, WEEKDAYS[m["wd"].lower()], "future" if ahead else "past")
    step = timedelta(weeks=int(count) - 1)
    return Draft("DATE", (first + step if ahead else first - step).isoformat(), relative=True)
