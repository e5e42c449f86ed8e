"""Rules for expressions that point from the article date: deixis, parts of day, days of month.

Registered into `dates_rules.RULES` on import, like the calendar rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates_context import Context, Draft
from .dates_rules import DAY, FULL_MONTH, ORDINAL, day_number, month_number, rule
from .timex_resolve import iso_week_value, resolve_month_year, resolve_relative_date
from .timex_vocab import ORDINALS, PARTS_OF_DAY


@rule(
    "deictic",
    r"\b(?:(?:earlier|later)[^\S\n]+)?(?P<expr>today|yesterday|tomorrow|tonight|"
    r"(?:this|last|next|previous|coming)[^\S\n]+(?:week|weekend|month|year|quarter))(?:'?s)?\b",
)
def deictic(m: re.Match[str], ctx: Context) -> Draft | None:
    expression = re.sub(r"[^\S\n]+", " ", m["expr"].lower())
    value = resolve_relative_date(ctx.reference, expression)
    if value is None:
        return None
    type_ = "TIME" if expression == "tonight" else "DATE"
    if type_ == "TIME" and ctx.reference is not None:
        value += "TNI"
    return Draft(type_, value, relative=True)


@rule(
    "part_of_day",
    r"\b(?P<rel>this|yesterday|tomorrow|last(?=[^\S\n]+night)|(?:early|late|later|earlier)[^\S\n]+in[^\S\n]+the)"
    r"[^\S\n]+(?P<part>morning|afternoon|evening|night|day)\b",
)
def part_of_day(m: re.Match[str], ctx: Context) -> Draft | None:
    rel, part = m["rel"].lower(), m["part"].lower()
    if rel.endswith("the"):
        # "late in the day": the day spoken of, else the article's.
        if part != "day":
            return None
        mod = "START" if rel.startswith("early") else "END"
        return Draft("DATE", ctx.previous("day") or "XXXX-XX-XX", mod=mod, relative=True)
    if part == "day":
        return None
    word = {"this": "today", "last": "yesterday"}.get(rel, rel)
    day = resolve_relative_date(ctx.reference, word) or "XXXX-XX-XX"
    day = "XXXX-XX-XX" if day == "PRESENT_REF" else day
    value = f"{day}T{PARTS_OF_DAY[part]}"
    if rel in ("this", "last"):
        return Draft("TIME", value, relative=True)
    # "yesterday afternoon": the day is a DATE of its own, the afternoon a TIME of that day.
    draft = Draft("DATE", day, relative=True, end=m.end("rel"))
    draft.follow = Draft("TIME", value, relative=True, start=m.start("part"), end=m.end("part"))
    return draft


@rule(
    "week_of_month",
    rf"\b(?:the[^\S\n]+)?(?P<ord>{ORDINAL})[^\S\n]+week[^\S\n]+of[^\S\n]+(?P<mon>{FULL_MONTH})\b",
)
def week_of_month(m: re.Match[str], ctx: Context) -> Draft | None:
    month, number = month_number(m["mon"]), ORDINALS[m["ord"].lower()]
    if ctx.reference is None or number > 4:
        return None
    year = resolve_month_year(ctx.reference, month, ctx.direction(*m.span()))
    first = date(year, month, 1)
    if number > 0:
        day = first + timedelta(weeks=number - 1)
    else:
        # The last week that lies wholly inside the month.
        day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=7)
    return Draft("DATE", iso_week_value(day), relative=True)


@rule("day_of_month", rf"\bthe[^\S\n]+(?P<day>{DAY})\b(?=[^\S\n]*(?:[.,;)]|$))")
def day_of_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "on the 18th": a day of the month last spoken of, else of the article's month."""
    if not re.search(r"(st|nd|rd|th)$", m["day"]):
        return None
    day = day_number(m["day"])
    month = ctx.previous("month")
    if month is None:
        return Draft("DATE", f"XXXX-XX-{day:02d}", relative=True)
    try:
        return Draft("DATE", date(int(month[:4]), int(month[5:7]), day).isoformat(), relative=True)
    except ValueError:
        return None
