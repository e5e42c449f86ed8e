"""Rules for weeks named by their place: a weekday of a named week, the n-th week of a year.

Registered into `dates_rules.RULES` on import, like the calendar rules. "Week 31" on its own is
left out on purpose: sports news numbers its weeks by the season, not by the calendar.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates_context import Context, Draft
from .dates_rules import DAY, MONTH, SPELLED_DAY, WEEKDAY, YEAR, day_number, rule
from .timex_resolve import iso_week_value
from .timex_vocab import ORDINALS, WEEKDAYS

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
    "week_of_year",
    rf"\b(?:the[^\S\n]+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
    rf"[^\S\n]+week[^\S\n]+of[^\S\n]+(?P<year>{YEAR})\b",
)
def week_of_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the first week of 2015" is ISO week 1; "the last week of 2016" its last ISO week."""
    year, number = int(m["year"]), ORDINALS[m["ord"].lower()]
    if number > 0:
        return Draft("DATE", f"{year}-W{number:02d}")
    last = date(year, 12, 28)  # always in the year's last ISO week
    return Draft("DATE", iso_week_value(last))


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
