"""Single days in less common forms: "this Friday 5/12", "next 6th of April", "October, 1st", "April
of '87", "September-2020-23", "mar4".

Where a weekday and an explicit month and day are written together ("this Friday 5/12"), the
month and day win: they are what the writer checked against a calendar. "next" and "last" before
a month and day name the first such day after (before) the reference; "this" the one in the
reference's year.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft
from ..patterns import DAY, FULL_MONTH, MONTH, WEEKDAY, YEAR, day_number, month_number
from ..registry import rule
from ..vocab import AMBIGUOUS_NAMES, PARTS_OF_DAY

_S = r"[^\S\n]+"
# A number right after a numeric day that makes it a measure, not a date ("Friday 7.6 magnitude").
_MEASURE_AFTER = re.compile(
    r"[^\S\n]*(?:%|percent|per\b|points?\b|magnitude|[mb]illion|trillion|bn\b|m\b|km|kg|mph|"
    r"degrees?|inch|feet|ft\b|met(?:er|re)s?|miles?|pounds?|lbs?|seconds?|minutes?|hours?|"
    r"years?|days?|weeks?|months?|times)",
    re.IGNORECASE,
)


def resolve_day(ctx: Context, start: int, end: int, month: int, day: int) -> str | None:
    """A month and day without a year, seen from the reference in the tense of the clause."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return ctx.day_without_year(month, day, start, end)


def stated_day(ctx: Context, rel: str, month: int, day: int, start: int, end: int) -> str | None:
    """ "next 6th of April", "last 5/12": the occurrence after (before) the reference;
    "this 5/12" is the one in the reference's year."""
    if ctx.reference is None or rel not in ("next", "last", "this"):
        return resolve_day(ctx, start, end, month, day)
    years = {"this": [0], "next": [0, 1], "last": [0, -1]}[rel]
    for shift in years:
        try:
            found = date(ctx.reference.year + shift, month, day)
        except ValueError:
            return None
        if rel == "this" or (found > ctx.reference if rel == "next" else found < ctx.reference):
            return found.isoformat()
    return None


def _ambiguous(word: str) -> bool:
    """ "sat", "sun", "wed", "may", "mar" in lower case are rarely calendar words."""
    return word.lower().rstrip(".") in AMBIGUOUS_NAMES and not word[0].isupper()


def _both_cases(words: list[str]) -> str:
    forms = {w for word in words for w in (word, word.capitalize())}
    return "|".join(sorted(forms, key=len, reverse=True))


# These forms are found from their digits: the scan opens on a bare digit class, which `re`
# skips to at C speed, and the words in front (a weekday, a month) are read back from the text.
# The weekday or month that another rule takes alone is dropped when the two facts are joined
# (`offsets`), so "this Friday 5/12" is one fact.
_DIGIT_SCAN = (
    r"[0-9](?:[0-9]?(?<![0-9][0-9][0-9])[/.][0-9]{1,2}"  # "friday 5/12", "this 5/12", "Friday 7.6"
    r"|(?<=[A-Za-z]-[0-9])[0-9]?\)?"  # "Friday-Jun-15", "friday (jun-15)"
    r"|(?<=[A-Za-z], [0-9])[0-9]?(?:st|nd|rd|th)(?:,?[^\S\n]+[12][0-9]{3})?"  # "October, 1st"
    r"|(?:(?<=of [0-9])|(?<=[ f]['’][0-9]))[0-9]"  # "April of 87", "April '87"
    r"|(?<=[12][0-9]{3}-[0-9])[0-9]?)"  # "September-2020-23"
)
_WEEKDAY_BEFORE = re.compile(
    rf"(?:\b(?P<rel>this|next|last|coming){_S})?\b(?P<wd>{WEEKDAY}),?(?:{_S}|-|[^\S\n]*\()"
    rf"(?:(?P<mon>{MONTH})(?:-|{_S}))?$",
    re.IGNORECASE,
)
_MORE_NUMBER = re.compile(r"[.,/:-]?\d|%")
_HINTS = ("day", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "this", "next", "last")
_REL_BEFORE = re.compile(rf"\b(?P<rel>this|next|last){_S}$", re.IGNORECASE)
_MONTH_COMMA = re.compile(rf"\b(?P<mon>{FULL_MONTH}),{_S}$", re.IGNORECASE)
_MONTH_OF = re.compile(
    rf"(?:(?<![\w.,/-])(?P<day>{DAY}){_S})?\b(?P<mon>{FULL_MONTH})(?:{_S}of{_S}['’]?|{_S}['’])$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{MONTH})-(?P<y>{YEAR})-$", re.IGNORECASE)
_NUMERIC = re.compile(r"(?P<m>1[0-2]|0?[1-9])(?P<sep>[/.])(?P<d>3[01]|[12]\d|0?[1-9])")


@rule("digit_day_forms", _DIGIT_SCAN, 0)
def digit_day_forms(m: re.Match[str], ctx: Context) -> Draft | None:
    text, start = ctx.text, m.start()
    if text[start - 1 : start].isdigit() or _MORE_NUMBER.match(text, m.end()):
        return None
    window = max(0, start - 40)
    numeric = _NUMERIC.fullmatch(m.group())
    if numeric:
        return _numeric_day(m, ctx, numeric)
    if text[start - 2 : start] == ", ":
        before = _MONTH_COMMA.search(text, window, start)
        return None if before is None else _month_comma_day(m, ctx, before)
    if before := _MONTH_YEAR.search(text, window, start):
        return _dated(
            full_day(int(before["y"]), month_number(before["mon"]), int(m.group())), before
        )
    if before := _MONTH_OF.search(text, window, start):
        return _month_short_year(m, ctx, before)
    before = _WEEKDAY_BEFORE.search(text, window, start)
    if before is None or before["mon"] is None or _ambiguous(before["wd"]):
        return None
    if _ambiguous(before["mon"]) or (m.group().endswith(")") != ("(" in before.group())):
        return None
    day = int(m.group().rstrip(")"))
    value = resolve_day(ctx, before.start(), m.end(), month_number(before["mon"]), day)
    return _dated(None if value is None else Draft("DATE", value, relative=True), before)


def _numeric_day(m: re.Match[str], ctx: Context, numeric: re.Match[str]) -> Draft | None:
    """ "friday 5/12", "this Friday 7.6": the month and day after a weekday; "next 5/12"."""
    month, day = int(numeric["m"]), int(numeric["d"])
    if day <= 10 and month < day or _MEASURE_AFTER.match(ctx.text, m.end()):
        return None  # "1/2 cup", "Friday 7.6 magnitude": fractions and measures
    window = max(0, m.start() - 40)
    words = ctx.text[window : m.start()].lower()
    if not any(hint in words for hint in _HINTS):
        return None  # most decimals have no weekday nor "this"/"next"/"last" before them
    before = _WEEKDAY_BEFORE.search(ctx.text, window, m.start())
    if before is not None and before["mon"] is None and not _ambiguous(before["wd"]):
        value = resolve_day(ctx, before.start(), m.end(), month, day)
        return _dated(None if value is None else Draft("DATE", value, relative=True), before)
    stated = _REL_BEFORE.search(ctx.text, window, m.start())
    if stated is None or numeric["sep"] != "/":
        return None
    value = stated_day(ctx, stated["rel"].lower(), month, day, stated.start(), m.end())
    return _dated(None if value is None else Draft("DATE", value, relative=True), stated)


def _dated(draft: Draft | None, before: re.Match[str]) -> Draft | None:
    """The draft, its span opening where the words read back begin."""
    if draft is not None:
        draft.start = before.start()
    return draft


def _month_comma_day(m: re.Match[str], ctx: Context, before: re.Match[str]) -> Draft | None:
    """ "October, 1st": a comma between the month and an ordinal day."""
    if not before["mon"][0].isupper():
        return None
    parts = re.match(r"(\d+)\D*?(?:(\d{4}))?$", m.group())
    if parts is None:
        return None
    month, day = month_number(before["mon"]), int(parts[1])
    if parts[2]:
        return _dated(full_day(int(parts[2]), month, day), before)
    value = resolve_day(ctx, before.start(), m.end(), month, day)
    return _dated(None if value is None else Draft("DATE", value, relative=True), before)


def _month_short_year(m: re.Match[str], ctx: Context, before: re.Match[str]) -> Draft | None:
    """ "April of '87", "15 April of 87": a two-digit year after "of" or an apostrophe."""
    if not before["mon"][0].isupper():
        return None
    marked = before.group()[-1] in "'’"
    if not marked and _COUNTED.match(ctx.text, m.end()):
        return None  # "April of 87 people" counts something
    year = full_year(int(m.group()), ctx.reference)
    month = month_number(before["mon"])
    if not before["day"]:
        return _dated(Draft("DATE", f"{year}-{month:02d}"), before)
    return _dated(full_day(year, month, day_number(before["day"])), before)


# "next 6th of April", "last April 6": an explicit day with a stated direction.
@rule(
    "stated_month_day",
    rf"(?:{_both_cases(['this', 'next', 'last'])}){_S}"
    rf"(?=(?:the{_S})?[0-9]|[A-Za-z]{{3,9}}+\.?{_S}[0-9])"
    rf"(?i:(?:the{_S})?(?:(?P<day>{DAY})(?:{_S}of)?{_S}(?P<mon>{MONTH})\b"
    rf"|(?P<mon2>{MONTH}){_S}(?P<day2>{DAY})\b))(?!:|\.\d|,\d)",
    0,
)
def stated_month_day(m: re.Match[str], ctx: Context) -> Draft | None:
    if ctx.text[m.start() - 1 : m.start()].isalnum():
        return None
    word = m["mon"] or m["mon2"]
    if _ambiguous(word):
        return None
    month, day = month_number(word), day_number(m["day"] or m["day2"])
    rel = m.group()[:4].lower()
    value = stated_day(ctx, rel, month, day, m.start(), m.end())
    return None if value is None else Draft("DATE", value, relative=True)


# "mar4", "dec31": a month glued to its day is not the verb or noun the bare word can be (the
# month_day rule takes the other names, and these with a capital).
@rule(
    "glued_month_day",
    rf"(?:mar|may|dec|jan)(?P<day>3[01]|[12]\d|0?[1-9])\b(?!:|[.,]\d)"
    rf"(?:{_S}(?P<part>morning|afternoon|evening|night)\b)?",
    0,
)
def glued_month_day(m: re.Match[str], ctx: Context) -> Draft | None:
    if ctx.text[m.start() - 1 : m.start()].isalnum():
        return None
    month = month_number(m.group()[:3])
    value = resolve_day(ctx, m.start(), m.end(), month, int(m["day"]))
    if value is None:
        return None
    draft = Draft("DATE", value, relative=True)
    if m["part"]:
        draft.end = m.end("day")
        part = f"{value}T{PARTS_OF_DAY[m['part']]}"
        start, end = m.start("part"), m.end("part")
        draft.follow = Draft("TIME", part, relative=True, start=start, end=end)
    return draft


def full_day(year: int, month: int, day: int) -> Draft | None:
    try:
        return Draft("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


# A word after "of 87" that the number counts; a linking word leaves it a year.
_COUNTED = re.compile(
    r"[^\S\n]*(?:percent|per\b|(?!(?:and|or|but|when|in|at|on|to|until|for|with|as|after|before)\b)"
    r"[a-z])",
    re.IGNORECASE,
)


def full_year(short: int, reference: date | None) -> int:
    """ "87" = 1987, "05" = 2005: this century unless that lies over ten years ahead."""
    this_century = (reference.year if reference else 2000) // 100 * 100
    limit = (reference.year if reference else 2040) + 10
    return this_century + short if this_century + short <= limit else this_century - 100 + short
