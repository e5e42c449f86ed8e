"""Days named from another day or from a word for one: "the following Friday", "the day
after?", "tmrw", "five days before new year".

"the following Friday" and "the day after" count from the day last spoken of (`Context.previous`);
the counts themselves ("three days after January 12th") are joined over finished facts in
`offsets`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import FULL_WEEKDAY
from ..registry import rule
from ..resolve import Direction, resolve_weekday
from ..vocab import WEEKDAYS

_S = r"[^\S\n]+"


# These rules open on plain lower- or title-case words (no `\b`, no IGNORECASE at the start), so
# that `re` can skip ahead to their first letters; the word boundary is checked in the handler.
def _inside_word(ctx: Context, start: int) -> bool:
    return ctx.text[start - 1 : start].isalnum()


# "the following Friday", "previous Wednesday": counted from the day last spoken of.
@rule(
    "weekday_from_day",
    rf"(?:previous|following|Previous|Following){_S}(?P<wd>(?i:{FULL_WEEKDAY}))\b(?!s)",
    0,
)
def weekday_from_day(m: re.Match[str], ctx: Context) -> Draft | None:
    anchor = ctx.previous("day")
    if anchor is None or _inside_word(ctx, m.start()):
        return None
    direction: Direction = "last" if m.group()[0] in "pP" else "next"
    found = resolve_weekday(date.fromisoformat(anchor), WEEKDAYS[m["wd"].lower()], direction)
    return Draft("DATE", found.isoformat(), relative=True)


# "the day after?", "the day before!": a question or exclamation closes the phrase too (the
# anaphoric rule takes it before other punctuation).
@rule("day_next_to", r"(?:the|The)[^\S\n]+day[^\S\n]+(?P<dir>after|before)(?=[^\S\n]*[?!])", 0)
def day_next_to(m: re.Match[str], ctx: Context) -> Draft | None:
    anchor = ctx.previous("day")
    if anchor is None or _inside_word(ctx, m.start()):
        return None
    step = 1 if m["dir"] == "after" else -1
    day = date.fromisoformat(anchor) + timedelta(days=step)
    return Draft("DATE", day.isoformat(), relative=True)


# Chat spellings of "tomorrow".
@rule("tomorrow_short", r"(?:tmrw|Tmrw|2moro|2morrow)\b", 0)
def tomorrow_short(m: re.Match[str], ctx: Context) -> Draft | None:
    if _inside_word(ctx, m.start()):
        return None
    if ctx.reference is None:
        return Draft("DATE", "XXXX-XX-XX", relative=True)
    return Draft("DATE", (ctx.reference + timedelta(days=1)).isoformat(), relative=True)


# "5 days before new year": the holiday in lower case (the holiday rule takes "New Year"), only
# after a word that points at a day, and not as the noun before "eve", "resolutions" ...
@rule(
    "new_year_day",
    r"new[^\S\n]+year(?:'s(?:[^\S\n]+day)?)?\b(?!'s|[^\S\n]+(?:eve|resolutions?|holidays?|"
    r"celebrations?|part(?:y|ies)|message|speech|sales?|period|honou?rs|day|festival|break)\b)",
    0,
)
def new_year_day(m: re.Match[str], ctx: Context) -> Draft | None:
    prep = ctx.before(_DAY_WORD_BEFORE, m.start(), 8)
    if prep is None:
        return None
    if ctx.reference is None:
        return Draft("DATE", "XXXX-01-01", relative=True)
    past = ctx.tense(m.start(), m.end()) == "past" or prep[1].lower() in ("since", "from")
    year = ctx.reference.year if past else ctx.reference.year + 1
    return Draft("DATE", f"{year}-01-01", relative=True)


_DAY_WORD_BEFORE = re.compile(r"\b(before|after|until|till|since|from|by)[^\S\n]+$", re.I)


@rule("the_day_counted", r"\bthe[^\S\n]+day(?=[^\S\n]+(?:after|before)[^\S\n]+[A-Z0-9])", 0)
def the_day_counted(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the day after Thanksgiving", "the day before May 5": one day counted off the date
    that follows (`offsets` joins them; a "the day" left alone is dropped there)."""
    return Draft("DURATION", "P1D")
