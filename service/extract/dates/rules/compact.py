"""Compact spellings: joined durations ("1 hour and 30 minutes"), unit letters ("for 3Y"), a day
before a zero-padded month ("on 22/04"), and days written with digits in rarer ways: "on 11/20,
11/22 or 11/25", "18 and 19 June", "2016 10 16", "23-2020-September".

Each pattern starts on a digit, a number word or a rare cue word, so the scan stays cheap.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft, concrete
from ..patterns import MONTH, NUMBER, NUMBER_START, YEAR, initials, month_number
from ..registry import rule
from ..vocab import AMBIGUOUS_NAMES
from .durations import LATER_WORD, later_point, parse_number
from .spelled import LEAD, MODS, day_of_month

_S = r"[^\S\n]+"
# Largest first: a joined duration names its parts in this order ("2 years and 3 months").
_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_DESIGNATOR = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
               "second": "S"}  # fmt: skip
_PART = rf"(?:{NUMBER})[- ](?:{'|'.join(_ORDER)})s?\b"
_LINK = rf"(?:,?{_S}and{_S}|,{_S}|{_S})"
_ONE = re.compile(rf"(?P<num>{NUMBER})[- ](?P<unit>{'|'.join(_ORDER)})s?\b", re.IGNORECASE)


@rule("joined_duration", rf"\b{NUMBER_START}{_PART}(?:{_LINK}{_PART})+")
def joined_duration(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "1 hour and 30 minutes" = PT1H30M: one stretch, its units named largest first."""
    parts = [(parse_number(p["num"]), p["unit"].lower()) for p in _ONE.finditer(m.group())]
    ranks = [_ORDER.index(unit) for _, unit in parts]
    if len(parts) < 2 or ranks != sorted(set(ranks)) or any(a is None for a, _ in parts):
        return None  # "3 days 2 days", "5 minutes, 2 hours": a list, not one stretch
    later = LATER_WORD.match(ctx.text, m.end())
    if later:
        # "2 years 1 month 21 days later": the day that far on.
        moved = later_point(ctx, [(a, u) for a, u in parts if a is not None])
        if moved is not None:
            return Draft(moved[0], moved[1], relative=True, end=later.end())
    date_part = "".join(f"{a:g}{_DESIGNATOR[u]}" for a, u in parts if _ORDER.index(u) < 4)
    time_part = "".join(f"{a:g}{_DESIGNATOR[u]}" for a, u in parts if _ORDER.index(u) >= 4)
    return Draft("DURATION", f"P{date_part}{'T' + time_part if time_part else ''}")


# "grown for 3Y", "lasted 2W": only after a word that asks for a length, and only where the
# number ends the clause: "for 3D printing" and "a 5W charger" name no time. Case kept: "3y" is
# rarely a duration. M is left out ("for 10M" is ten million).
@rule(
    "unit_letter_duration",
    rf"\b{initials(['for', 'lasted', 'lasts', 'over', 'within', 'took'])}"
    rf"(?i:for|lasted|lasts|over|within|took){_S}(?P<num>\d{{1,3}})(?P<unit>[DWY])\b"
    r"(?=[^\S\n]*(?:[.,;:!?)]|$))",
    flags=0,
)
def unit_letter_duration(m: re.Match[str], ctx: Context) -> Draft | None:
    return Draft("DURATION", f"P{int(m['num'])}{m['unit']}", start=m.start("num"))


# "on 22/04": the day first, known to be one because it is over 12, and the month written with
# two digits; "24/7" and "15/2" (a ratio, a score) keep a one-digit second number.
@rule(
    "day_slash_month",
    r"(?<![\d/.,:$£€])\b(?=[123])(?P<day>1[3-9]|2\d|3[01])/(?P<mon>0[1-9]|1[0-2])\b(?![/.,:]?\d)",
    flags=0,
)
def day_slash_month(m: re.Match[str], ctx: Context) -> Draft | None:
    day, month = int(m["day"]), int(m["mon"])
    return _without_year(ctx, m, month, day)


# The forms that start on a digit share one scan, and it opens on a bare character class so
# that `re` skips to the next digit at C speed; each form's own pattern then reads the words.
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_FORMS = {
    # "2016 10 16": year, month and day with single spaces.
    "ymd": re.compile(rf"(?P<y>{YEAR}) (?P<m>1[0-2]|0?[1-9]) (?P<d>{_DAY_NUMBER})(?![^\S\n]*\d)"),
    # "on 11/20": month first, as US text writes it.
    "md": re.compile(r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![/.,:]?\d|%)"),
    # "18 and 19 June": two days sharing one month.
    "two": re.compile(
        rf"(?P<d>{_DAY_NUMBER})(?:st|nd|rd|th)?{_S}(?:and|or|&){_S}(?P<d2>{_DAY_NUMBER})"
        rf"(?:st|nd|rd|th)?(?:{_S}of)?{_S}(?P<mon>{MONTH})(?:,?{_S}(?P<y>{YEAR}))?",
        re.IGNORECASE,
    ),
    # "23-2020-September": the year between the day and the month.
    "dym": re.compile(rf"(?P<d>{_DAY_NUMBER})-(?P<y>{YEAR})-(?P<mon>{MONTH})", re.IGNORECASE),
    # "the 21st this month", "after the 3rd of next month".
    "dom": re.compile(
        rf"(?P<d>{_DAY_NUMBER})(?:st|nd|rd|th)(?:{_S}of)?{_S}(?P<rel>this|next|last){_S}month",
        re.IGNORECASE,
    ),
}
_SCAN = (
    r"[0-9](?:(?<=[12])[0-9]{3} [0-9]{1,2} [0-9]{1,2}|[0-9]?/[0-9]{1,2}"
    r"|[0-9]?(?:st|nd|rd|th)?[^\S\n]+(?:and|or|&)[^\S\n]+[0-9]{1,2}(?:st|nd|rd|th)?"
    r"(?:[^\S\n]+of)?[^\S\n]+[A-Za-z]+\.?(?:,?[^\S\n]+[12][0-9]{3})?"
    r"|[0-9]?-[12][0-9]{3}-[A-Za-z]+"
    r"|[0-9]?(?:st|nd|rd|th)(?:[^\S\n]+of)?[^\S\n]+(?i:this|next|last)[^\S\n]+month\b)"
)


@rule("number_forms", _SCAN, flags=0)
def number_forms(m: re.Match[str], ctx: Context) -> Draft | None:
    previous = ctx.text[m.start() - 1 : m.start()]
    if previous.isalnum() or previous in _NOT_BEFORE or _MORE_DIGITS.match(ctx.text, m.end()):
        return None  # part of a longer number, a price or a longer date
    # The scan takes a full stop after a word; it is the month's only if it abbreviates it.
    texts = [m.group(), m.group()[:-1]] if m.group().endswith(".") else [m.group()]
    for name, pattern in _FORMS.items():
        form = next((f for t in texts if (f := pattern.fullmatch(t)) is not None), None)
        if form is not None:
            return _FORM_HANDLERS[name](form, m, ctx)
    return None


_MORE_DIGITS = re.compile(r"[^\S\n]*\d|[/.,:-]\d|%")
_NOT_BEFORE = frozenset("/.,:$£€-")


def _spaced(form: re.Match[str], m: re.Match[str], ctx: Context) -> Draft | None:
    try:
        return concrete(date(int(form["y"]), int(form["m"]), int(form["d"])).isoformat())
    except ValueError:
        return None


# What makes a month/day without a year a date: a word asking for a day before it, or another
# date beside it in a list or range ("on 11/20, 11/22 or 11/25", "11/20, 12 of Nov").
_LIST_MD = r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])"
_CUE_BEFORE = re.compile(
    rf"(?:\b(?:on|by|until|till|from|since|before|after|between|through)|"
    rf"\b{_LIST_MD}[^\S\n]*(?:,|-|–|\bor\b|\band\b|\bto\b|\bthrough\b))[^\S\n]*$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    rf"[^\S\n]*(?:,|-|–|\bor\b|\band\b|\bto\b)[^\S\n]*(?:{_LIST_MD}\b(?![/.,]\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:{_S}of)?{_S}{MONTH}\b)",
    re.IGNORECASE,
)


def _month_slash_day(form: re.Match[str], m: re.Match[str], ctx: Context) -> Draft | None:
    month, day = int(form["m"]), int(form["d"])
    if day <= 10 and month < day or (month, day) == (9, 11):
        return None  # "1/2", "3/4": fractions; "9/11" names the 2001 attacks, not a day this year
    before = ctx.before(_CUE_BEFORE, m.start(), 16)
    if before is None and _DATE_AFTER.match(ctx.text, m.end()) is None:
        return None
    return _without_year(ctx, m, month, day)


def _two_days(form: re.Match[str], m: re.Match[str], ctx: Context) -> Draft | None:
    """ "18 and 19 June": the first day is a day of its own, in the second's month."""
    first, second = int(form["d"]), int(form["d2"])
    word = form["mon"]
    if word.lower().rstrip(".") in AMBIGUOUS_NAMES and not word[0].isupper():
        return None
    if not first < second:
        return None
    days = [_in_month(ctx, m, form, day) for day in (first, second)]
    if days[0] is None or days[1] is None:
        return None
    days[0].end = m.start() + form.end("d")
    days[1].start, days[1].end = m.start() + form.start("d2"), m.start() + form.end()
    days[0].follow = days[1]
    return days[0]


def _in_month(ctx: Context, m: re.Match[str], form: re.Match[str], day: int) -> Draft | None:
    month = month_number(form["mon"])
    if form["y"]:
        try:
            return concrete(date(int(form["y"]), month, day).isoformat())
        except ValueError:
            return None
    return _without_year(ctx, m, month, day)


def _day_year_month(form: re.Match[str], m: re.Match[str], ctx: Context) -> Draft | None:
    try:
        return concrete(date(int(form["y"]), month_number(form["mon"]), int(form["d"])).isoformat())
    except (ValueError, KeyError):
        return None


def _day_of_month(form: re.Match[str], m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the 21st this month": the day and an "after"/"before" in front are read back."""
    draft = day_of_month(ctx, form["rel"].lower(), int(form["d"]))
    lead = ctx.before(_LEAD, m.start(), 14)
    if draft is not None and lead is not None:
        draft.start, draft.mod = lead.start(), MODS.get((lead["mod"] or "").lower())
    return draft


_LEAD = re.compile(rf"{LEAD}$", re.IGNORECASE)
_FORM_HANDLERS = {
    "ymd": _spaced,
    "md": _month_slash_day,
    "two": _two_days,
    "dym": _day_year_month,
    "dom": _day_of_month,
}


def _without_year(ctx: Context, m: re.Match[str], month: int, day: int) -> Draft | None:
    value = ctx.day_without_year(month, day, m.start(), m.end())
    return concrete(value, relative=True) if value else None
