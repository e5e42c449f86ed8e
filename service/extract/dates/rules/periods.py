"""Rules for sets, clock times, present/past/future references and anaphora."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import FULL_WEEKDAY, NUMBER, alternation, initials, word_start
from ..registry import rule
from ..resolve import iso_week_value, resolve_weekday
from ..vocab import (
    FREQUENCY_WORDS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    REF_WORDS,
    TIME_ZONES,
    UTC_ZONES,
    WEEKDAYS,
)
from .durations import UNIT, duration_value, parse_number


@rule(
    "recent_period",
    r"\b(?P<expr>(?:in[^\S\n]+)?recent[^\S\n]+(?:years|months|weeks|days|times|history))\b",
)
def recent_period(m: re.Match[str], ctx: Context) -> Draft | None:
    start = m.start() + (3 if m["expr"].lower().startswith("in") else 0)
    return Draft("DATE", "PAST_REF", start=start)


@rule("reference_word", rf"\b(?:{alternation(REF_WORDS)}|recent)\b")
def reference_word(m: re.Match[str], ctx: Context) -> Draft | None:
    word = re.sub(r"[^\S\n]+", " ", m[0].lower())
    if word == "now" and re.match(r"[^\S\n]+that\b", ctx.text[m.end() :]):
        return None
    return Draft("DATE", REF_WORDS.get(word, "PAST_REF"))


@rule(
    "frequency",
    # `\w++`: a shorter word is followed by a letter, never by the gap, so backtracking is waste.
    rf"\b(?:(?:once|twice|\w++[^\S\n]+times)[^\S\n]+(?:a|an|per|each)[^\S\n]+|(?:per|every|each)[^\S\n]+"
    rf"(?:(?P<other>other)[^\S\n]+|(?P<num>{NUMBER})[^\S\n]+)?)(?P<what>{UNIT}|weekends?|weekday|quarter|"
    rf"morning|afternoon|evening|night|{FULL_WEEKDAY})\b|\b(?P<word>{alternation(FREQUENCY_WORDS)})\b",
)
def frequency(m: re.Match[str], ctx: Context) -> Draft | None:
    if m["word"]:
        return Draft("SET", FREQUENCY_WORDS[m["word"].lower()])
    what = m["what"].lower()
    if what in WEEKDAYS:
        return Draft("SET", f"XXXX-WXX-{WEEKDAYS[what]}")
    # Recognizers-Text's spelling of these sets ("every weekend" = P1WE, "every morning" = TMO):
    # TimeML leaves it open and no news gold we score writes them otherwise.
    amount = 2.0 if m["other"] else parse_number(m["num"]) if m["num"] else 1.0
    what = "weekend" if what == "weekends" else what
    if what in ("weekend", "weekday", "quarter"):
        count = int(amount or 1)
        unit = {"weekend": "WE", "weekday": "WD"}.get(what)
        return Draft("SET", f"P{count}{unit}" if unit else f"P{3 * count}M")
    night = what == "night" and not m["num"] and m[0][:1].lower() in "e"  # "every night"
    if what in PARTS_OF_DAY and (night or not m["unit"]):
        return Draft("SET", f"T{PARTS_OF_DAY[what]}")
    return Draft("SET", duration_value(amount, m["unit"]))


@rule("annual", r"\b(?:annual|single-day|year-long|yearlong|day-long|week-long|month-long)\b")
def annual(m: re.Match[str], ctx: Context) -> Draft | None:
    unit = {"a": "Y", "s": "D"}.get(m[0][0].lower()) or m[0][0].upper()
    return Draft("DURATION", f"P1{unit}")


_ZONE = alternation(TIME_ZONES)
_NOT_CLOCK = frozenset({"a", "an", "single", "couple", "dozen"})
# Spelled clock hours ("seven p.m."); only ever read before a meridiem. Not "a", "couple",
# "dozen": no clock says them, and words starting with "a" would all be tried.
_CLOCK_WORDS = [w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and w not in _NOT_CLOCK]
_HOUR_WORDS = alternation(_CLOCK_WORDS)

# After an hour: its minutes (running on only after digits: "1140 a.m."), then the meridiem.
_HOUR_TAIL = (
    r"(?:(?:[:.]|(?<=\d))(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?:[^\S\n]*|\.)"
    r"(?P<ap>[ap][^\S\n]?\.[^\S\n]?m(?:[^\S\n]?\.(?!\w))?|[ap][^\S\n]?m(?!\w)|(?<=\d)[ap](?!\w))"
    rf"(?:[^\S\n]+(?P<tz>{_ZONE})\b)?"
)


# Clock times in digits: "9:30pm", "14:05 GMT", "0930 GMT". The whole rule is behind one check
# for a digit because the bare "14:05" may begin inside a word and is tried at every character.
@rule(
    "clock_time",
    rf"(?=\d)(?:(?<!\w)(?P<h>[01]?\d|2[0-3]){_HOUR_TAIL}"
    rf"|(?<![\d:.,$])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?![\d:])(?:[^\S\n]+(?P<tz2>{_ZONE})\b)?"
    rf"|(?<!\w)(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)[^\S\n]+(?P<tz3>UTC|GMT|hours)\b)",
)
def clock_time(m: re.Match[str], ctx: Context) -> Draft | None:
    return _clock(m, ctx)


# Clock times in words: "seven p.m.", "noon", "midnight".
@rule(
    "clock_word",
    rf"\b{initials([*_CLOCK_WORDS, 'noon', 'midnight'])}"
    rf"(?:(?P<h>{_HOUR_WORDS}){_HOUR_TAIL}|(?P<word>noon|midnight)\b)",
)
def clock_word(m: re.Match[str], ctx: Context) -> Draft | None:
    return _clock(m, ctx)


def _clock(m: re.Match[str], ctx: Context) -> Draft | None:
    g = m.groupdict()  # the two rules have different groups
    if g.get("word"):
        hour, minute, zone = (12 if g["word"].lower() == "noon" else 0), 0, ""
    else:
        spelled = g.get("h") or ""
        if spelled and not spelled[0].isdigit():
            hour = NUMBER_WORDS.get(spelled.lower(), 0)
        else:
            hour = int(g.get("h") or g.get("h2") or g.get("h3") or 0)
        minute = int(g.get("mi") or g.get("mi2") or g.get("mi3") or 0)
        zone = (g.get("tz") or g.get("tz2") or g.get("tz3") or "").lower()
        ap = g.get("ap") or ""
        meridiem = ap.lower()[:1]
        if ap and len(ap) == 1 and not ctx.text[: m.start()].endswith("at "):
            return None  # "9a" alone is a label ("Section 9a"); "at 9a" is a time
        if meridiem and not 1 <= hour <= 12:
            return None
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
    second = g.get("s") or g.get("s2")
    seconds = f":{second}" if second else ""
    suffix = f"T{hour:02d}:{minute:02d}{seconds}" + ("Z" if zone in UTC_ZONES else "")
    # The date is filled in by the extractor from a date in the same sentence, if any.
    return Draft("TIME", suffix)


@rule(
    "anaphoric",
    r"\b(?:(?:the|that)[^\S\n]+(?P<same>same)[^\S\n]+(?P<unit>day|week|month|year)(?!-)"
    r"|that[^\S\n]+(?P<unit5>day|month|year)(?![-\w])"
    r"|the[^\S\n]+(?P<unit2>day|week|month|year)[^\S\n]+(?P<dir>before|earlier|previous|prior|after|later)"
    r"(?=[^\S\n]*[,.;:)]|[^\S\n]*$|[^\S\n]+(?:when|and|but)\b)"
    r"|the[^\S\n]+(?P<whole>entire|whole|full)[^\S\n]+(?P<unit4>month|year)"
    r"|the[^\S\n]+(?P<dir2>previous|prior|following|next)[^\S\n]+(?P<unit3>day|month|year))\b",
)
def anaphoric(m: re.Match[str], ctx: Context) -> Draft | None:
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]).lower()
    previous = ctx.previous(unit)
    if previous is None:
        return None
    if m["same"] or m["whole"] or m["unit5"]:  # "that year": the one last named
        return Draft("DATE", previous, relative=True)
    step = (
        -1 if (m["dir"] or m["dir2"]).lower() in ("before", "earlier", "previous", "prior") else 1
    )
    if unit == "year":
        return Draft("DATE", str(int(previous[:4]) + step), relative=True)
    if unit == "month":
        year, month = int(previous[:4]), int(previous[5:7]) + step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return Draft("DATE", f"{year}-{month:02d}", relative=True)
    day = date.fromisoformat(previous) + timedelta(days=step)
    return Draft("DATE", day.isoformat(), relative=True)


@rule(
    "weekend",
    r"\b(?:(?P<rel>this|last|next|past|coming|the)[^\S\n]+)weekend\b(?![^\S\n]+(?:reporter|edition))",
)
def weekend(m: re.Match[str], ctx: Context) -> Draft | None:
    rel = m["rel"].lower()
    if rel != "the" or ctx.reference is None:
        return None  # "this weekend" and friends are deictic rules
    # A Saturday seen from the reference in the tense of the clause.
    direction = ctx.direction(*m.span())
    saturday = resolve_weekday(ctx.reference, 6, direction)
    return Draft("DATE", iso_week_value(saturday) + "-WE", relative=True)


_OPEN_CLOSE_VERBS = (
    "end ends ended ending start starts started starting close closes closed closing "
    "open opens opened opening"
).split()


@rule(
    "the_day",
    rf"{word_start(_OPEN_CLOSE_VERBS)}[^\S\n]+(?P<day>the[^\S\n]+day)\b"
    r"(?![^\S\n]+(?:before|after|of)\b)",
)
def the_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "ended the day down 31 points": the trading day spoken of, else the article's."""
    day = ctx.previous("day")
    if day is None:
        return None
    return Draft("DATE", day, relative=True, start=m.start("day"))


_PART_MODS = {"start": "START", "beginning": "START", "middle": "MID", "end": "END", "close": "END"}


@rule(
    "part_of_period",
    r"\bthe[^\S\n]+(?P<part>start|beginning|middle|end|close)[^\S\n]+of[^\S\n]+the[^\S\n]+"
    r"(?P<unit>day|month|year)\b",
)
def part_of_period(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "by the end of the year": the period spoken of (else the article's), qualified.

    In a sentence with no past tense at all it is the article's own period: "they are looking
    at rules by the end of the year" is not about a year the story mentioned earlier, while
    "in 2004 they said it would close by the end of the year" is.
    """
    unit = m["unit"].lower()
    value = ctx.previous(unit)
    if ctx.reference is not None and unit != "day" and not _past_sentence(ctx, m.start()):
        value = ctx.reference.strftime("%Y-%m" if unit == "month" else "%Y")
    if value is None:
        return None
    return Draft("DATE", value, mod=_PART_MODS[m["part"].lower()], relative=True)


def _past_sentence(ctx: Context, offset: int) -> bool:
    token = ctx.doc_token_at(offset)
    return token is None or any(t.tag_ == "VBD" for t in token.sent)
