"""Clock times said in words: "ten past 9 in the evening", "7 in the morning", "tonight at 7".

The clock rule reads digits with a meridiem; these read the spoken forms where the part of the
day (or "tonight") does the meridiem's work. Each pattern is anchored on a rare word ("past",
"in the morning", "tonight", "-ish") so the scan stays cheap.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..context import Context, Draft
from ..patterns import FULL_WEEKDAY, alternation
from ..registry import rule
from ..resolve import resolve_weekday
from ..vocab import MEALS, NUMBER_WORDS, WEEKDAYS

_S = r"[^\S\n]+"
_PARTS = "morning|afternoon|evening|night"
_HOUR_WORD = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and len(w) > 2}
_HOUR = rf"(?:1[0-2]|0?[1-9]|{alternation(_HOUR_WORD)})(?![\w:]|\.\d)"
_MINUTE_WORD = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n < 60 and len(w) > 2}
# "in the evening" / "at night" turn an hour into the afternoon's or night's one.
_PART = rf"{_S}(?:in{_S}the{_S}(?P<part>morning|afternoon|evening)|at{_S}(?P<night>night))\b"
# What may stand before a bare hour with a part of day: "at 5 in the morning", "around one at
# night". Without one, "arrested 5 in the morning" counts people.
_CUE = re.compile(
    r"(?:\b(?:at|around|about|circa|by|until|till|since|before|after|from)|'s)\s+$", re.I
)


_WORD_NEXT = re.compile(r"[^\S\n]*\w")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.!?;,]|$)")

# The minutes before "past", read back from the text so the scan is anchored on "past".
_MINUTES = re.compile(
    rf"\b(?P<min>[1-5]?\d|quarter|half|{alternation(_MINUTE_WORD)})(?:{_S}min(?:ute)?s?)?{_S}$",
    re.I,
)


def _hour(word: str) -> int:
    return int(word) if word[0].isdigit() else _HOUR_WORD[word.lower()]


def _afternoon(hour: int, m: re.Match[str]) -> int:
    """The 24-hour clock value of an hour said with a part of day."""
    night = "night" if m.groupdict().get("night") else ""
    return _with_part(hour, (m["part"] or "").lower() or night)


def _with_part(hour: int, part: str) -> int:
    """ "7" in the evening is 19:00, "5" at night 05:00 but "10" at night 22:00."""
    if part in ("afternoon", "evening", "tonight") or (part == "night" and 6 <= hour < 12):
        return hour + 12 if hour < 12 else 0 if part != "afternoon" else 12
    return 0 if hour == 12 and part in ("morning", "night") else hour


# The hour after "past" or "to": "9", "6pm", "six p.m.", "noon", "midnight".
_HOUR_OR_NOON = (
    rf"(?:(?P<noon>noon|midday|midnight)\b|(?P<h>1[0-2]|0?[1-9]|{alternation(_HOUR_WORD)})"
    rf"(?:[^\S\n]*(?P<ap>[ap])\.?m\b\.?|(?![\w:]|\.\d)))"
)


def _minute_count(lead: re.Match[str]) -> int:
    word = lead["min"].lower()
    return {"quarter": 15, "half": 30}.get(word) or (
        int(word) if word.isdigit() else _MINUTE_WORD.get(word, 0)
    )


def _hour_of(m: re.Match[str]) -> int:
    """The 24-hour value of the hour after "past" or "to"."""
    if m["noon"]:
        return 0 if m["noon"].lower() == "midnight" else 12
    hour = _hour(m["h"])
    if m["ap"]:
        return hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    return _afternoon(hour, m)


@rule(
    "minutes_past",
    rf"(?=p)\bpast{_S}{_HOUR_OR_NOON}(?:{_PART})?",
)
def minutes_past(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "ten past 9 in the evening" = T21:10; "half past eight" = T08:30; "ten minutes past
    6pm" = T18:10."""
    lead = ctx.before(_MINUTES, m.start(), 20)
    if lead is None:
        return None
    minute = _minute_count(lead)
    if not 1 <= minute < 60:
        return None
    told = m["part"] or m["night"] or m["ap"] or m["noon"] or ctx.before(_CUE, lead.start(), 8)
    if not told and _WORD_NEXT.match(ctx.text, m.end()):
        return None  # "two past presidents", "10 past 3 games"; "at half past four he" is one
    return Draft("TIME", f"T{_hour_of(m):02d}:{minute:02d}", start=lead.start())


# Before "to", only minutes said as such: "a quarter to", "ten minutes to" ("from 5 to 6" and
# "five to six" may be a range).
_MINUTES_TO = re.compile(
    rf"\b(?:(?:a{_S})?(?P<min>quarter)|(?P<num>[1-5]?\d|{alternation(_MINUTE_WORD)}){_S}"
    rf"min(?:ute)?s?){_S}$",
    re.I,
)


@rule(
    "minutes_to",
    rf"(?=t)\bto{_S}{_HOUR_OR_NOON}(?:{_PART})?",
)
def minutes_to(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "a quarter to noon" = T11:45; "ten minutes to 6pm" = T17:50."""
    lead = ctx.before(_MINUTES_TO, m.start(), 24)
    if lead is None:
        return None
    word = (lead["min"] or lead["num"]).lower()
    minute = 15 if word == "quarter" else int(word) if word.isdigit() else _MINUTE_WORD[word]
    told = m["part"] or m["night"] or m["ap"] or m["noon"] or ctx.before(_CUE, lead.start(), 8)
    if not 1 <= minute < 60 or (not told and _WORD_NEXT.match(ctx.text, m.end())):
        return None
    hour = (_hour_of(m) - 1) % 24
    return Draft("TIME", f"T{hour:02d}:{60 - minute:02d}", start=lead.start())


_HOUR_BEFORE = re.compile(rf"\b(?P<h>{_HOUR}){_S}$", re.I)


@rule(
    "hour_part",
    rf"(?=[ia])\b(?:in{_S}the{_S}(?P<part>morning|afternoon|evening)|at{_S}(?P<night>night))\b"
    r"(?![^\S\n]*(?:-|\w+[^\S\n]+(?:of|for)\b))",
)
def hour_part(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at 5 in the morning" = T05, only where a cue word shows the number is an hour."""
    hour = ctx.before(_HOUR_BEFORE, m.start(), 7)
    if hour is None or ctx.before(_CUE, hour.start(), 8) is None:
        return None
    token = ctx.doc_token_at(m.end() - 1)
    if token is not None and token.dep_ == "compound":
        return None  # "at 6 in the morning session"
    return Draft("TIME", f"T{_afternoon(_hour(hour['h']), m):02d}:00", start=hour.start())


# An hour that may carry minutes: "10", "10:00", "five-thirty".
_CLOCK = (
    rf"(?P<h>1[0-2]|0?[1-9]|{alternation(_HOUR_WORD)})"
    r"(?:[:.](?P<mi>[0-5]\d)|-(?P<miw>fifteen|thirty|forty-five))?(?![\w:]|\.\d)"
)


def _minutes(m: re.Match[str]) -> str:
    return m["mi"] or {"fifteen": "15", "thirty": "30", "forty-five": "45"}.get(
        (m["miw"] or "").lower(), "00"
    )


@rule(
    "part_then_hour",
    rf"\b(?=[iel])(?:in{_S}the|(?:early|late))(?:{_S}(?:early|late))?{_S}"
    rf"(?P<part>morning|afternoon|evening|night){_S}at{_S}{_CLOCK}(?![^\S\n]*[ap]\.?m\b)",
)
def part_then_hour(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "in the afternoon at 7" = T19; "late evening at 10:00" = T22:00."""
    return Draft("TIME", f"T{_afternoon(_hour(m['h']), m):02d}:{_minutes(m)}")


@rule(
    "hour_letter",
    rf"\b(?:at|from|until|till|by|before|after|since|around){_S}"
    r"(?P<h>[01]?\d|2[0-3])h(?P<mi>[0-5]\d)?\b(?![^\S\n]*(?:and|or|[-\u2013]|to)\b)",
)
def hour_letter(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at 21h", "from 9h30": the 24-hour clock as much of Europe writes it, after a word that
    asks for a time of day ("for 21h" stays a duration)."""
    return Draft("TIME", f"T{int(m['h']):02d}:{m['mi'] or '00'}", start=m.start("h"))


@rule(
    "oclock",
    rf"\b(?P<h>1[0-2]|0?[1-9]|{alternation(_HOUR_WORD)}){_S}o['’]?clock\b"
    rf"(?:{_PART}|{_S}(?P<tonight>tonight))?",
)
def oclock(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "eight o'clock" = T08:00; "7 o'clock in the evening" and "8 o'clock tonight" the
    evening's hour, tonight's on the reference day."""
    if not m["tonight"]:
        return Draft("TIME", f"T{_afternoon(_hour(m['h']), m):02d}:00")
    clock = f"T{_with_part(_hour(m['h']), 'tonight'):02d}:00"
    day = ctx.reference.isoformat() if ctx.reference else ""  # else the day of its sentence
    return Draft("TIME", day + clock, relative=True)


@rule(
    "weekday_part_at",
    rf"\b(?P<wd>{FULL_WEEKDAY}){_S}(?P<part>morning|afternoon|evening|night){_S}(?:at|around){_S}"
    rf"{_CLOCK}(?![^\S\n]*[ap]\.?m\b)",
)
def weekday_part_at(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Monday morning at 8" = that Monday at 08:00, the Monday the clause's tense points to."""
    clock = f"T{_afternoon(_hour(m['h']), m):02d}:{_minutes(m)}"
    if ctx.reference is None:
        return Draft("TIME", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}{clock}")
    day = resolve_weekday(ctx.reference, WEEKDAYS[m["wd"].lower()], ctx.direction(*m.span()))
    return Draft("TIME", day.isoformat() + clock, relative=True)


@rule(
    "tonight_at",
    rf"(?=[tly])\b(?P<day>tonight|(?P<rel>this|last|tomorrow|yesterday){_S}(?P<part>{_PARTS}))"
    rf"{_S}(?:at|around|about){_S}(?P<h>{_HOUR})(?::(?P<mi>[0-5]\d))?(?![^\S\n]*[ap]\.?m\b)",
)
def tonight_at(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "tonight around 7" = the reference day at 19:00; "last night at 8" the day before;
    "this morning at 9" 09:00, "tomorrow afternoon at 3" 15:00 the next day."""
    rel = (m["rel"] or "tonight").lower()
    if rel == "last" and m["part"].lower() not in ("night", "evening"):
        return None
    hour = _with_part(_hour(m["h"]), (m["part"] or "tonight").lower())
    clock = f"T{hour:02d}:{m['mi'] or '00'}"
    if ctx.reference is None:
        return Draft("TIME", clock)
    day = ctx.reference + timedelta(days=_DAY_STEP[rel])
    return Draft("TIME", day.isoformat() + clock, relative=True)


_RANGE_BEFORE = re.compile(
    rf"(?:\d|\b(?:{alternation(_HOUR_WORD)}))\S*[^\S\n]*(?:[-–—]|\b(?:to|and|till|until|through|thru)\b)"
    r"[^\S\n]*$",
    re.I,
)
_DAY_STEP = {"tonight": 0, "tonite": 0, "this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}


# The hour read back from before "tonight" or "this morning", the rule's (rare) anchor.
_HOUR_THEN = re.compile(rf"\b{_CLOCK}(?P<comma>,)?[^\S\n]*$", re.I)


@rule(
    "hour_then_day_part",
    rf" (?P<day>tonight|tonite|(?P<rel>this|tomorrow|yesterday|last) (?P<part>{_PARTS}))\b"
    r"(?![^\S\n]*[ap]\.?m\b)",
    flags=0,
)
def hour_then_day_part(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at 10 tonight" = T22:00, "five-thirty tomorrow evening" = 17:30 the next day.

    The number is an hour when a cue word ("at", "around") or minutes show it, or when it
    stands alone before "tonight" ("back 10, tonight"); "arrested 5 last night" counts people.
    """
    text = ctx.text
    hour = _HOUR_THEN.search(text, max(0, m.start() - 16), m.start())
    if hour is None or (hour["mi"] and text[hour.start("mi") - 1] == ":"):
        return None  # "10:30" is the clock rule's
    if _RANGE_BEFORE.search(text, max(0, hour.start() - 20), hour.start()):
        return None  # "between 7 and 9:30 last night": the clock_range rule's closing end
    clock_shaped = hour["mi"] or hour["miw"]
    alone = _CLAUSE_END.match(text, m.end()) is not None
    cue = _CUE.search(text, max(0, hour.start() - 8), hour.start()) is not None
    # A line that is only "9 tonight" (a headline, a CMS field) has nothing else to count.
    line_start = text.rfind("\n", 0, hour.start()) + 1
    cue = cue or (alone and not text[line_start : hour.start()].strip())
    if (hour["comma"] and not alone) or not (clock_shaped or cue or hour["comma"]):
        return None  # "at 11, tonight being the exception", "arrested 5 last night"
    rel = m["rel"] or m["day"]
    if rel == "last" and m["part"] not in ("night", "evening"):
        return None
    clock = f"T{_with_part(_hour(hour['h']), m['part'] or 'tonight'):02d}:{_minutes(hour)}"
    if ctx.reference is None:
        return Draft("TIME", clock, start=hour.start())
    day = ctx.reference + timedelta(days=_DAY_STEP[rel])
    return Draft("TIME", day.isoformat() + clock, relative=True, start=hour.start())


_MEAL_MODS = {"before": "BEFORE", "after": "AFTER", "around": "APPROX", "about": "APPROX"}
_MEAL_LEAD = re.compile(
    r"\b(?P<prep>at|before|after|around|about|during|by|until|till)[^\S\n]+$", re.I
)
# What may follow a bare meal that is a time: the clause ends, or a day is named. Anything else
# ("after dinner with the mayor", "at a lunch hosted by") speaks of the meal as an event.
_MEAL_END = re.compile(
    rf"[^\S\n]*(?:[.!?;,)]|$|(?:today|tomorrow|tonight|yesterday|on|this|next|{FULL_WEEKDAY})\b)",
    re.I,
)


# Lower case only: "Breakfast at Tiffany's", "The Last Supper" are titles.
@rule("meal_time", rf"(?P<meal>{alternation(MEALS)})(?P<time>[ -]?time)?\b", flags=0)
def meal_time(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at lunchtime", "before lunch", "after dinner tomorrow": the part of day of the meal.

    TimeML has no meal codes: lunch is midday (TMI), breakfast the morning, dinner the evening.
    A bare meal counts only after a preposition and at the end of its clause or before a day.
    """
    if m.start() and ctx.text[m.start() - 1].isalpha():
        return None
    code = f"T{MEALS[m['meal']]}"
    lead = ctx.before(_MEAL_LEAD, m.start(), 8)
    mod = _MEAL_MODS.get(lead["prep"].lower()) if lead else None
    start = lead.start() if mod and lead else None
    if m["time"]:
        return Draft("TIME", code, mod=mod, start=start)
    if lead is None or _MEAL_END.match(ctx.text, m.end()) is None:
        return None
    return Draft("TIME", code, mod=mod, start=start)


@rule(
    "about_hour",
    r"(?=[\dnm])\b(?:(?:(?P<h>1[0-2]|0?[1-9])|(?P<word>noon|midnight))ish|mid[^\S\n]night)\b",
)
def about_hour(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "noonish", "11ish" (about that hour) and "mid night" (midnight)."""
    hour = int(m["h"]) if m["h"] else 12 if (m["word"] or "").lower() == "noon" else 0
    return Draft("TIME", f"T{hour:02d}:00", mod="APPROX" if m["h"] or m["word"] else None)
