"""Compact spellings: joined durations ("1 hour and 30 minutes"), unit letters ("for 3Y") and
a day before a zero-padded month ("on 22/04").

Registered into `dates_rules.RULES` on import. Each pattern starts on a digit, a number word or
a rare cue word, so the scan stays cheap.
"""

from __future__ import annotations

import re

from .dates_context import Context, Draft
from .dates_durations import NUMBER, NUMBER_START, parse_number
from .dates_regex import initials
from .dates_rules import concrete, rule
from .timex_resolve import resolve_month_day

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
    if ctx.reference is None:
        return concrete(f"XXXX-{month:02d}-{day:02d}", relative=True)
    tense = ctx.tense(m.start(), m.end())
    found = resolve_month_day(ctx.reference, month, day, "this" if tense is None else tense)  # type: ignore[arg-type]
    return concrete(found.isoformat(), relative=True) if found else None
