"""Clock times said in words: "ten past 9 in the evening", "7 in the morning", "tonight at 7".

The clock rule reads digits with a meridiem; these read the spoken forms where the part of the
day (or "tonight") does the meridiem's work. Each pattern is anchored on a rare word ("past",
"in the morning", "tonight", "-ish") so the scan stays cheap.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .dates_context import Context, Draft
from .dates_regex import alternation
from .dates_rules import rule
from .timex_vocab import NUMBER_WORDS

_S = r"[^\S\n]+"
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


# The minutes before "past", read back from the text so the scan is anchored on "past".
_MINUTES = re.compile(
    rf"\b(?P<min>[1-5]?\d|quarter|half|{alternation(_MINUTE_WORD)})(?:{_S}min(?:ute)?s?)?{_S}$",
    re.I,
)


def _hour(word: str) -> int:
    return int(word) if word[0].isdigit() else _HOUR_WORD[word.lower()]


def _afternoon(hour: int, m: re.Match[str]) -> int:
    """The 24-hour clock value of an hour said with a part of day."""
    part, night = (m["part"] or "").lower(), m.groupdict().get("night")
    if part in ("afternoon", "evening") or (night and hour >= 6):
        return hour + 12 if hour < 12 else hour
    return 0 if hour == 12 and part == "morning" else hour


@rule(
    "minutes_past",
    rf"(?=p)\bpast{_S}(?P<h>{_HOUR})(?:{_PART})?",
)
def minutes_past(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "ten past 9 in the evening" = T21:10; "half past eight" = T08:30."""
    lead = _MINUTES.search(ctx.text, max(0, m.start() - 20), m.start())
    if lead is None:
        return None
    word = lead["min"].lower()
    minute = {"quarter": 15, "half": 30}.get(word) or (
        int(word) if word.isdigit() else _MINUTE_WORD.get(word, 0)
    )
    if not 1 <= minute < 60:
        return None
    if not (m["part"] or m["night"]) and re.match(r"[^\S\n]*\w", ctx.text[m.end() :]):
        return None  # "two past presidents", "10 past 3 games"
    clock = f"T{_afternoon(_hour(m['h']), m):02d}:{minute:02d}"
    return Draft("TIME", clock, start=lead.start())


_HOUR_BEFORE = re.compile(rf"\b(?P<h>{_HOUR}){_S}$", re.I)


@rule(
    "hour_part",
    rf"(?=[ia])\b(?:in{_S}the{_S}(?P<part>morning|afternoon|evening)|at{_S}(?P<night>night))\b"
    r"(?![^\S\n]*(?:-|\w+[^\S\n]+(?:of|for)\b))",
)
def hour_part(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "at 5 in the morning" = T05, only where a cue word shows the number is an hour."""
    hour = _HOUR_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
    if hour is None or _CUE.search(ctx.text[max(0, hour.start() - 8) : hour.start()]) is None:
        return None
    token = ctx.doc_token_at(m.end() - 1)
    if token is not None and token.dep_ == "compound":
        return None  # "at 6 in the morning session"
    return Draft("TIME", f"T{_afternoon(_hour(hour['h']), m):02d}:00", start=hour.start())


@rule(
    "part_then_hour",
    rf"(?=i)\bin{_S}the{_S}(?P<part>morning|afternoon|evening){_S}at{_S}(?P<h>{_HOUR})"
    r"(?![^\S\n]*[ap]\.?m\b)",
)
def part_then_hour(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "in the afternoon at 7" = T19."""
    return Draft("TIME", f"T{_afternoon(_hour(m['h']), m):02d}:00")


@rule(
    "tonight_at",
    rf"(?=[tl])\b(?P<day>tonight|this{_S}evening|last{_S}night){_S}(?:at|around|about){_S}"
    rf"(?P<h>{_HOUR})(?::(?P<mi>[0-5]\d))?(?![^\S\n]*[ap]\.?m\b)",
)
def tonight_at(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "tonight around 7" = the reference day at 19:00; "last night at 8" the day before."""
    hour = _hour(m["h"])
    hour = hour + 12 if hour < 12 else hour
    clock = f"T{hour:02d}:{m['mi'] or '00'}"
    if ctx.reference is None:
        return Draft("TIME", clock)
    day = ctx.reference - timedelta(days=1 if m["day"].lower().startswith("last") else 0)
    return Draft("TIME", day.isoformat() + clock, relative=True)


@rule(
    "about_hour",
    r"(?=[\dnm])\b(?:(?:(?P<h>1[0-2]|0?[1-9])|(?P<word>noon|midnight))ish|mid[^\S\n]night)\b",
)
def about_hour(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "noonish", "11ish" (about that hour) and "mid night" (midnight)."""
    hour = int(m["h"]) if m["h"] else 12 if (m["word"] or "").lower() == "noon" else 0
    return Draft("TIME", f"T{hour:02d}:00", mod="APPROX" if m["h"] or m["word"] else None)
