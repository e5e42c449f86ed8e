"""Recurring times (TIMEX3 SET) the frequency rule does not cover, and counted weekends.

"Tuesdays at 9am" and "Friday mornings" recur on a weekday at a time of day; "weekends",
"any weekend" recur every weekend; "the 19th of every month" recurs monthly on a day. Values
follow Recognizers-Text where TimeML leaves the spelling open (XXXX-WXX-2T09, P1WE, XXXX-XX-19).
"""

from __future__ import annotations

import re

from ..context import Context, Draft
from ..patterns import DAY, FULL_WEEKDAY, NUMBER, day_number
from ..registry import rule
from ..vocab import PARTS_OF_DAY, WEEKDAYS
from .durations import parse_number

_S = r"[^\S\n]+"
# A clock time after "at": only with minutes or a meridiem, since "Mondays at 9" may be a count.
_AT_TIME = (
    rf"(?:{_S}at{_S}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?"
    r"(?:[^\S\n]*(?P<ap>[ap]\.m\.|[ap]m\b))?)?"
)


@rule(
    "recurring_weekday",
    rf"(?=[emtwfs])\b(?:(?P<q>every|each){_S}(?:other{_S})?)?(?P<wd>{FULL_WEEKDAY})(?P<plural>s)?\b"
    rf"(?:{_S}(?P<part>morning|afternoon|evening|night)(?P<parts>s)?\b)?{_AT_TIME}",
)
def recurring_weekday(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Tuesdays at 9am", "each Monday at 4pm", "Friday mornings": a weekday that recurs."""
    if not (m["q"] or m["plural"] or m["parts"]):
        return None  # one weekday: the weekday rule's
    value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"
    end = m.end("parts") if m["part"] else m.end("wd") + len(m["plural"] or "")
    if m["part"]:
        value += f"T{PARTS_OF_DAY[m['part'].lower()]}"
    elif m["h"] and (m["mi"] or m["ap"]):
        hour = int(m["h"])
        meridiem = (m["ap"] or "").lower()[:1]
        if meridiem and not 1 <= hour <= 12:
            return None
        hour = (
            hour + 12
            if meridiem == "p" and hour < 12
            else 0
            if meridiem == "a" and hour == 12
            else hour
        )
        value += f"T{hour:02d}" + (f":{m['mi']}" if m["mi"] else "")
        end = m.end()
    return Draft("SET", value, end=end)


# Anchored on "weekend" (rare); the count or quantifier before it is read back from the text.
_WEEKEND_LEAD = re.compile(rf"\b(?:(?P<q>any|all)|(?P<count>{NUMBER})){_S}$", re.I)


@rule("weekends", r"(?=w)\bweekend(?P<plural>s)?\b")
def weekends(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "weekends", "any weekend" recur (P1WE); "three weekends" lasts (P3WE)."""
    lead = ctx.before(_WEEKEND_LEAD, m.start(), 24)
    q, count = (lead["q"], lead["count"]) if lead else (None, None)
    start = lead.start() if lead else m.start()
    if count:
        amount = parse_number(count)
        if amount is None or amount != int(amount) or count.lower() in ("a", "an"):
            return None
        if amount > 1 and not m["plural"]:
            return None
        return Draft("DURATION", f"P{int(amount)}WE", start=start)
    if q and q.lower() == "all" and not m["plural"]:
        return Draft("DURATION", "P1WE", start=start)  # "all weekend" is the whole of one
    if q or m["plural"]:
        return Draft("SET", "P1WE", start=start)
    return None


@rule(
    "day_of_every_month",
    rf"(?=[t\d])\b(?:the{_S})?(?P<day>{DAY}){_S}of{_S}(?:every|each){_S}month\b",
)
def day_of_every_month(m: re.Match[str], ctx: Context) -> Draft | None:
    day = day_number(m["day"])
    return Draft("SET", f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None


@rule("all_unit", rf"(?=a)\ball{_S}(?P<unit>day|night|week|month|year)\b(?!-)")
def all_unit(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "all day", "all week": the whole of one such period, a duration."""
    unit = m["unit"].lower()
    return Draft("DURATION", "P1D" if unit == "night" else f"P1{unit[0].upper()}")
