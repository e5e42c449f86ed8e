"""Rules for spans written as one expression: year ranges, centuries, holidays, lower-case months.

Ranges written with two separate dates ("from May to July") are joined later, in `compose`.
"""

from __future__ import annotations

import re

from service.extract.shared.feasts import holiday_names

from ..calendars import holiday_on, yearless_value
from ..context import Context, Draft
from ..patterns import FREE_YEAR, YEAR, alternation, month_number, stated_direction, word_start
from ..registry import rule
from ..vocab import MONTH_PREPOSITIONS, MONTHS


@rule(
    "year_span",
    rf"(?P<a>{FREE_YEAR})(?:[^\S\n]*[-–~][^\S\n]*(?P<b>{YEAR})"
    r"|(?:[-–—]|[^\S\n][-–—][^\S\n])(?P<short>\d\d))"
    r"(?![\d%-]|[.,:/]\d)",
)
def year_span(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "2014-2018", "the 2014-15 season", "1890 – 91": each year a fact; `compose` joins the
    range."""
    closing = m["b"] or m["a"][:2] + m["short"]
    if not 0 < int(closing) - int(m["a"]) <= (200 if m["b"] else 10):
        return None  # "2015-32" or a score, not a span of years
    last = Draft("DATE", closing, start=m.start("b") if m["b"] else m.start("short"), end=m.end())
    return Draft("DATE", m["a"], end=m.end("a"), follow=last)


@rule(
    "century",
    r"\b(?:the[^\S\n]+)?(?P<num>[12]?\d)(?:st|nd|rd|th)(?:[^\S\n]+|-)century\b",
)
def century(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the 21st century" is TIMEX3 20 (the years 2000-2099)."""
    number = int(m["num"])
    if not 1 <= number <= 30:
        return None
    return Draft("DATE", f"{number - 1:02d}")


@rule("named_century", r"\b(?P<rel>this|last|next|previous)[^\S\n]+century\b")
def named_century(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "this century" seen from 2024 is 20 (the 2000s); "last century" 19."""
    if ctx.reference is None:
        return None
    step = {"this": 0, "next": 1}.get(m["rel"].lower(), -1)
    return Draft("DATE", f"{ctx.reference.year // 100 + step:02d}", relative=True)


# "the following Easter" points from the reference like "next"; "previous" like "last". The
# word is read back from before the name, so that the scan opens on the names themselves.
_HOLIDAY_LEAD = re.compile(r"\b(?P<rel>this|last|next|previous|following|coming)[^\S\n]+$", re.I)
_HOLIDAY_REL = {"previous": "last", "following": "next", "coming": "next"}


@rule(
    "holiday",
    rf"(?P<name>{word_start(holiday_names())})"
    r"(?:'s)?"
    rf"(?:[^\S\n]+(?:of[^\S\n]+)?(?P<year>{YEAR}|this[^\S\n]+year|last[^\S\n]+year|next[^\S\n]+year))?\b",
    re.IGNORECASE,
)
def holiday(m: re.Match[str], ctx: Context) -> Draft | None:
    name = re.sub(r"[^\S\n]+", " ", m["name"].lower()).replace("’", "'")
    if name in ("may day", "new year", "pentecost") and not m["name"][0].isupper():
        return None
    lead = ctx.before(_HOLIDAY_LEAD, m.start(), 14)
    draft = _holiday(m, ctx, name, lead["rel"].lower() if lead else "")
    if draft is not None and lead is not None and not (m["year"] or "")[:1].isdigit():
        draft.start = lead.start()
    return draft


def _holiday(m: re.Match[str], ctx: Context, name: str, rel: str) -> Draft | None:
    year_text = re.sub(r"[^\S\n]+", " ", (m["year"] or "").lower())
    if year_text[:1].isdigit():
        found = holiday_on(name, int(year_text))
        return None if found is None else Draft("DATE", found.isoformat())
    if ctx.reference is None:
        value = yearless_value(name)
        return None if value is None else Draft("DATE", value, relative=True)
    shift = {"this year": 0, "last year": -1, "next year": 1}.get(year_text)
    if shift is not None:
        found = holiday_on(name, ctx.reference.year + shift)
        return None if found is None else Draft("DATE", found.isoformat(), relative=True)
    direction = stated_direction(_HOLIDAY_REL.get(rel, rel)) or ctx.direction(*m.span())
    found = holiday_on(name, ctx.reference.year)
    if found is None:
        return None
    if direction in ("past", "last") and found > ctx.reference:
        found = holiday_on(name, ctx.reference.year - 1)
    elif direction in ("future", "next") and found < ctx.reference:
        found = holiday_on(name, ctx.reference.year + 1)
    return None if found is None else Draft("DATE", found.isoformat(), relative=True)


_LOWER_MONTH = alternation(k for k in MONTHS if len(k) > 3 and k not in ("may", "march"))


@rule(
    "lower_month",
    rf"\b(?P<prep>{alternation(MONTH_PREPOSITIONS)})[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<mon>{_LOWER_MONTH})\b(?![^\S\n]+\d)",
    0,
)
def lower_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "back in april": conversational text leaves month names in lower case."""
    month, rel = month_number(m["mon"]), m["prep"]
    year = ctx.month_year(month, m.start("mon"), m.end("mon"), stated_direction(rel))
    start = m.start() if year is not None and rel in ("last", "next", "this") else m.start("mon")
    return Draft("DATE", f"{year or 'XXXX'}-{month:02d}", relative=True, start=start)
