"""Years said in words: "nineteen eighty six", "two thousand and five", with or without a date;
and days named as the nth day of a month ("the twenty-sixth day of the month").

Spoken years come as a century and a two-digit rest ("nineteen ninety six", "seventeen hundred
thirty three") or as "two thousand (and) N". A bare "two thousand" is a count unless a month
comes right before it, and a year alone must follow a preposition and end its phrase, so that
"in two thousand and fifteen cases" stays a number.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..context import Context, Draft
from ..patterns import (
    DAY,
    FULL_MONTH,
    MONTH,
    SPELLED_DAY,
    YEAR,
    alternation,
    day_number,
    month_number,
)
from ..registry import rule
from ..vocab import NUMBER_WORDS
from .calendar_units import month_and_year
from .day_forms import full_day, resolve_day

_S = r"[^\S\n]+"
_UNIT = alternation(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and len(w) > 2)
_TEEN = alternation(w for w, n in NUMBER_WORDS.items() if 10 <= n <= 19)
_TENS = alternation(w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10))
_TWO = rf"(?:(?:{_TENS})(?:[- ](?:{_UNIT}))?|{_TEEN})(?![\w-])"
_LOW = rf"(?:{_TWO}|(?:{_UNIT})(?![\w-]))"
_YEAR = (
    rf"(?P<c>{_TEEN}|twenty){_S}(?:hundred(?:{_S}and)?{_S}(?P<r1>{_LOW})|(?P<r2>{_TWO}))"
    rf"|two{_S}thousand(?:{_S}and{_S}(?P<r3>{_LOW})|{_S}(?P<r4>{_LOW}))?(?![\w-])"
)
# A day before or after the month: digits, an ordinal or a cardinal ("twenty five", "fifteen").
_DAY = rf"(?:{DAY}|{SPELLED_DAY}|(?:{_TEEN})(?![\w-]))"
# The day before the month is read back from the text, so the scan is anchored on the month.
_DAY_BEFORE = re.compile(rf"\b(?P<pre>{_DAY}){_S}(?:of{_S})?$", re.I)


def _number(words: str) -> int:
    return sum(NUMBER_WORDS.get(w, 0) for w in words.lower().replace("-", " ").split())


def _year(m: re.Match[str]) -> int:
    if m["c"]:
        return NUMBER_WORDS[m["c"].lower()] * 100 + _number(m["r1"] or m["r2"])
    return 2000 + _number(m["r3"] or m["r4"] or "")


@rule(
    "date_spelled_year",
    rf"(?=[adfjmnos])\b(?P<mon>{MONTH})(?:{_S}(?:the{_S})?(?P<post>{_DAY}))?,?{_S}(?:{_YEAR})",
)
def date_spelled_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "January twenty five nineteen eighty six" = 1986-01-25; "October two thousand" = 2000-10."""
    if not m["mon"][0].isupper() and m["mon"].lower().rstrip(".") in ("may", "march"):
        return None  # the verbs
    before = None if m["post"] else ctx.before(_DAY_BEFORE, m.start(), 20)
    year, month = _year(m), month_number(m["mon"])
    day_word = before["pre"] if before else m["post"]
    if not day_word:
        return Draft("DATE", f"{year}-{month:02d}")
    try:
        day = date(year, month, day_number(day_word)).isoformat()
        return Draft("DATE", day, start=before.start() if before else None)
    except ValueError:
        return None


@rule("spelled_year", rf"(?=[iosbuf])\b(?:in|of|since|by|until|from){_S}(?P<yr>{_YEAR})")
def spelled_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "in nineteen ninety six" = 1996, where the phrase ends with the year."""
    if not (m["c"] or m["r3"] or m["r4"]):
        return None  # "in two thousand" is a count
    if re.match(r"[^\S\n]+(?!(?:and|or|to|but|when|after|before)\b)[a-z]", ctx.text[m.end() :]):
        return None  # "since two thousand and five votes were cast"
    return Draft("DATE", str(_year(m)), start=m.start("yr"))


# "the 15th day of next month", "twenty third day of September". The scan opens on the
# plain words "day of", which `re` finds fast; the day and an "after"/"before" in front of it
# are read back from the text.
@rule(
    "day_of_named_month",
    rf"day{_S}of{_S}(?i:(?P<rel>this|next|last|the){_S}month|(?P<mon>{FULL_MONTH})"
    rf"(?:,?{_S}(?P<year>{YEAR}))?)\b",
    0,
)
def day_of_named_month(m: re.Match[str], ctx: Context) -> Draft | None:
    before = ctx.before(_ORDINAL_BEFORE, m.start(), 40)
    if before is None:
        last = ctx.before(_LAST_BEFORE, m.start(), 30)
        return None if last is None else _last_day_of(m, ctx, last)
    day, mod = day_number(before["day"]), MODS.get((before["mod"] or "").lower())
    if m["mon"]:
        if not m["mon"][0].isupper() and m["mon"].lower() in ("may", "march"):
            return None
        month = month_number(m["mon"])
        if m["year"]:
            draft = full_day(int(m["year"]), month, day)
        else:
            value = resolve_day(ctx, before.start(), m.end(), month, day)
            draft = None if value is None else Draft("DATE", value, relative=True)
    else:
        draft = day_of_month(ctx, m["rel"].lower(), day)
    if draft is not None:
        draft.mod, draft.start = mod, before.start()
    return draft


def _last_day_of(m: re.Match[str], ctx: Context, last: re.Match[str]) -> Draft | None:
    """ "the last day of the month", "the last day of June 2024": that month's final day."""
    if m["mon"]:
        if not m["mon"][0].isupper() and m["mon"].lower() in ("may", "march"):
            return None
        named = month_and_year(m, ctx)
        if named is None:
            return None
        month, year = named
    else:
        rel = m["rel"].lower()
        base = ctx.previous("month") if rel == "the" else _month_of(ctx, rel)
        if base is None:
            return None
        year, month = int(base[:4]), int(base[5:7])
    day = date(year, month, monthrange(year, month)[1])
    mod = MODS.get((last["mod"] or "").lower())
    return Draft("DATE", day.isoformat(), mod=mod, relative=not m["year"], start=last.start())


def day_of_month(ctx: Context, rel: str, day: int) -> Draft | None:
    """Day `day` of this, next or last month, or of "the month" spoken of."""
    base = ctx.previous("month") if rel == "the" else _month_of(ctx, rel)
    found = None if base is None else full_day(int(base[:4]), int(base[5:7]), day)
    return None if found is None else Draft("DATE", found.value, relative=True)


MODS = {"after": "AFTER", "before": "BEFORE"}
LEAD = rf"(?:\b(?P<mod>after|before){_S})?(?:\bthe{_S})?"
_ORDINAL_BEFORE = re.compile(
    rf"{LEAD}(?<![\w-])(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{SPELLED_DAY}){_S}$",
    re.IGNORECASE,
)


def _month_of(ctx: Context, rel: str) -> str | None:
    if ctx.reference is None:
        return None
    step = {"this": 0, "next": 1, "last": -1}[rel]
    index = ctx.reference.month - 1 + step
    return f"{ctx.reference.year + index // 12}-{index % 12 + 1:02d}"


_LAST_BEFORE = re.compile(rf"{LEAD}(?<![\w-])(?:last|final){_S}$", re.I)


# "the third month of 2021", "the 9th month of next year": a month counted into a year. Like
# "day of", the scan opens on the plain words and reads the ordinal back from the text.
@rule(
    "month_of_year", rf"month{_S}of{_S}(?i:(?P<year>{YEAR})|(?P<rel>this|next|last){_S}year)\b", 0
)
def month_of_year(m: re.Match[str], ctx: Context) -> Draft | None:
    last = ctx.before(_LAST_BEFORE, m.start(), 30)
    before = last or ctx.before(_ORDINAL_BEFORE, m.start(), 40)
    if before is None:
        return None
    number = 12 if last else day_number(before["day"])
    if not 1 <= number <= 12:
        return None
    if m["year"]:
        value, relative = f"{m['year']}-{number:02d}", False
    elif ctx.reference is None:
        value, relative = f"XXXX-{number:02d}", True
    else:
        year = ctx.reference.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
        value, relative = f"{year}-{number:02d}", True
    mod = MODS.get((before["mod"] or "").lower())
    return Draft("DATE", value, mod=mod, relative=relative, start=before.start())
