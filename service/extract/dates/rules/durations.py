"""Rules for durations: "three weeks", "1 hour and 30 minutes", "two days ago", "in 5 minutes".

A duration counted from the reference ("two weeks ago", "in 5 minutes") becomes the point it
names; a clock-sized one is a TIME when the reference carries a time of day, else the
reference's day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..context import Context, Draft
from ..patterns import NUMBER, NUMBER_START, alternation
from ..registry import rule
from ..resolve import shift_day, shift_value
from ..vocab import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    UNIT_ABBREVIATIONS,
    UNIT_FACTORS,
    UNITS,
    VAGUE_AMOUNTS,
)

UNIT = (
    r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)"
    rf"|(?<=[\d ])(?:{alternation(UNIT_ABBREVIATIONS)})(?=s?\b))s?"
)
# "and a half" after the number or after the unit.
_FRACTION = rf"[^\S\n]+and[^\S\n]+(?:a[^\S\n]+)?(?:{alternation(FRACTION_WORDS)})"


def unit_name(text: str) -> str:
    """ "Hours" -> "hour", "mins" -> "minute", "centuries" -> "century"."""
    unit = text.lower().removesuffix("ie").removesuffix("s")
    unit = "century" if unit.startswith("centur") else unit
    return UNIT_ABBREVIATIONS.get(unit, unit)


def parse_number(text: str) -> float | None:
    """The amount a number phrase names; None when it names no definite one ("several")."""
    words = re.sub(r"[^\S\n]+", " ", text.lower()).replace("-", " ")
    if words in VAGUE_AMOUNTS or words.endswith(" of") and words != "a couple of":
        return None
    if words == "a couple of":
        return 2
    if words == "a dozen":
        return 12
    if words in ("half a", "half an", "½"):
        return 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    parts = words.split()
    if all(p in NUMBER_WORDS for p in parts):
        return float(sum(NUMBER_WORDS[p] for p in parts))
    return None


def duration_value(amount: float | None, unit: str) -> str:
    unit = unit_name(unit)
    designator, is_time = UNITS[unit]
    if amount is not None:
        amount *= UNIT_FACTORS.get(unit, 1)
    number = "X" if amount is None else (f"{amount:g}")
    return f"P{'T' if is_time else ''}{number}{designator}"


@rule(
    "duration",
    rf"\b{NUMBER_START}(?:the[^\S\n]+(?P<det>past|last|next|first|previous|coming|following)"
    rf"[^\S\n]+)?(?P<num>{NUMBER})(?P<frac>{_FRACTION})?"
    rf"(?:[^\S\n]+(?:more|additional|extra|further))?(?:[- ]|(?<=\d)){UNIT}\b"
    rf"(?P<half>{_FRACTION}(?![- ]of\b|-))?"
    r"(?![- ](?:old|of[^\S\n]+age))",
)
def duration(m: re.Match[str], ctx: Context) -> Draft | None:
    number = m["num"].lower()
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if number in ("a", "an", "single") and not m["det"]:
        # "a day when ..." is rarely a duration; after a qualifier or "for" it is.
        if not re.search(
            r"(than|over|for|within|nearly|almost|about|around|after|in)[^\S\n]+$", before
        ) and not (LATER_WORD.match(ctx.text, m.end()) or _COUNTED_FROM.match(ctx.text, m.end())):
            return None
    following = ctx.text[m.end() : m.end() + 12].lower()
    if unit_name(m["unit"]) == "second" and amount_is_ordinal(number, following):
        return None
    if m["num"][0].isdigit() and re.search(r"[$£€]\s*$", before):
        return None
    amount = parse_number(number)
    fraction = m["frac"] or m["half"]
    if amount is not None and fraction:
        amount += FRACTION_WORDS[fraction.split()[-1].lower()]
    unit = unit_name(m["unit"])
    if re.match(r"[^\S\n]+(ago|from now|hence)\b", following) and ctx.reference is not None:
        if amount is None:
            return Draft("DATE", "PAST_REF", relative=True)
        sign = 1 if not following.strip().startswith("ago") else -1
        end = m.end() + len(re.match(r"[^\S\n]+\w+(?: now)?", following)[0])  # type: ignore[index]
        if unit == "year" and sign < 0 and amount == int(amount):
            # "twelve years ago" names a year, as TimeML annotators read it ("in 3 years" keeps
            # the day, as Recognizers-Text does).
            return Draft("DATE", str(ctx.reference.year - int(amount)), relative=True, end=end)
        return _point(ctx, sign * amount, unit, end)
    if re.search(r"\bin[^\S\n]+$", before) and ctx.reference is not None and amount is not None:
        if _ahead(ctx, m, unit):
            # "will leave in two weeks": a point that far ahead, not a stretch of time.
            return _point(ctx, amount, unit, None)
    later = LATER_WORD.match(ctx.text, m.end())
    if (
        later
        and not m["det"]
        and amount is not None
        and (unit not in _CLOCK_UNITS or ctx.now is not None)
    ):
        story = ctx.story_year()
        if unit == "year" and story is not None and amount == int(amount):
            # "Two years later" in a life told year by year: the story's year moved on.
            return Draft("DATE", str(story + int(amount)), relative=True, end=later.end())
        moved = later_point(ctx, [(amount, unit)])
        if moved is not None:
            return Draft(moved[0], moved[1], relative=True, end=later.end())
    return Draft("DURATION", duration_value(amount, m["unit"]))


# "an hour from now", "a week from tomorrow", "a year ago": a day counted off another.
_COUNTED_FROM = re.compile(
    r"[^\S\n]+(?:ago|hence|from[^\S\n]+(?:now|today|tomorrow|yesterday))\b", re.I
)
# "a fortnight later", "three weeks later": not "two days later than planned", nor "30
# minutes later this week", where "later" goes with the week.
LATER_WORD = re.compile(
    r"[^\S\n]+later\b(?![^\S\n]+(?:than|this|that|next|in|on|today|tonight|tomorrow)\b)", re.I
)
# Words before "in two weeks" that make it the stretch a record is measured over: "the highest
# level in two years", "the first time in a decade", "twice in three days".
_OF_AFTER = re.compile(r"[^\S\n]+of\b")
_MEASURED_OVER = frozenset({"time", "first", "once", "twice", "times", "ever", "only"})


def _ahead(ctx: Context, m: re.Match[str], unit: str) -> bool:
    """Whether "in two weeks" points ahead: a future clause, or one with no past tense that
    measures no record ("we meet in two weeks"; not "sold out in two weeks")."""
    token = ctx.doc_token_at(m.start())
    if token is not None and _measures_a_record(ctx, token):
        return False  # "plans to tour for the first time in eight years", whatever the tense
    tense = ctx.tense(m.start(), m.end())
    if tense is not None:
        return tense == "future"
    if unit in _CLOCK_UNITS:
        return ctx.now is not None
    if unit in ("year", "decade", "century"):
        return False  # "crime falls 20% in 10 years": untensed years are mostly a stretch
    if _OF_AFTER.match(ctx.text, m.end()):
        return False  # "in two days of talks"
    if token is None:
        return False
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return bool(verb.tag_ != "VBN")  # "tickets sold out in two weeks", parsed as a bare participle


def _measures_a_record(ctx: Context, token: Any) -> bool:
    """ "the highest level in two years", "the first time in a decade", "twice in three days":
    a superlative or a count of times just before "in"."""
    before = ctx.doc[max(token.sent.start, token.i - 8) : token.i]
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in _MEASURED_OVER for t in before)


def later_point(ctx: Context, parts: list[tuple[float, str]]) -> tuple[str, str] | None:
    """(type, value) of "N units later": counted from the day last spoken of, else from the
    reference; a count in whole years or months from a year or month spoken of stays that
    coarse ("founded in 2001 ... three years later" is 2004)."""
    if ctx.reference is None or any(a != int(a) for a, _ in parts):
        return None
    if all(u in _CLOCK_UNITS for _, u in parts):
        assert ctx.now is not None
        moment = ctx.now + sum((timedelta(**{u + "s": a}) for a, u in parts), timedelta())
        return "TIME", moment.isoformat(timespec="seconds" if moment.second else "minutes")
    if any(u in _CLOCK_UNITS or u in ("decade", "century") for _, u in parts):
        return None
    memory = ctx.memory
    units = {u for _, u in parts}
    if "day" not in memory and "year" in memory and units <= {"year", "month"}:
        months = sum(int(a) * (12 if u == "year" else 1) for a, u in parts)
        if units == {"year"} and "month" not in memory:
            return "DATE", str(int(memory["year"]) + months // 12)
        if "month" in memory:
            year, month = divmod(
                int(memory["month"][:4]) * 12 + int(memory["month"][5:]) - 1 + months, 12
            )
            return "DATE", f"{year}-{month + 1:02d}"
    day = date.fromisoformat(memory.get("day") or ctx.reference.isoformat())
    for amount, unit in parts:
        day = shift_day(day, int(amount), unit)
    return "DATE", day.isoformat()


_CLOCK_UNITS = frozenset({"second", "minute", "hour"})


def _point(ctx: Context, amount: float, unit: str, end: int | None) -> Draft:
    """The moment `amount` units from the reference: a clock time when the reference has one."""
    if unit in _CLOCK_UNITS and ctx.now is not None:
        moment = ctx.now + timedelta(**{unit + "s": amount})
        spec = "seconds" if moment.second else "minutes"
        return Draft("TIME", moment.isoformat(timespec=spec), relative=True, end=end)
    assert ctx.reference is not None
    return Draft("DATE", shift_value(ctx.reference, amount, unit), relative=True, end=end)


def amount_is_ordinal(number: str, following: str) -> bool:
    """ "a second consecutive day": "second" counts, it does not measure."""
    word = re.match(r"[^\S\n]+([a-z]+)", following)
    return number in ("a", "an") and word is not None and word[1] not in ("ago", "later", "or")


@rule(
    "recent_unit",
    r"\bthe[^\S\n]+past[^\S\n]+(?P<unit>day|week|month|year|decade)\b"
    r"(?![^\S\n]+(?:of|before|and|or|in|to)\b|')",
)
def recent_unit(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "over the past week": the stretch of one unit up to now ("the last year" and "the
    previous month" are the deictic and anaphoric rules')."""
    return Draft("DURATION", duration_value(1, m["unit"]))


@rule(
    "duration_range",
    rf"\b{NUMBER_START}(?P<num>{NUMBER})(?=[^\S\n]+(?:and|to|or)[^\S\n]+(?:{NUMBER})[- ]{UNIT}\b)",
)
def duration_range(m: re.Match[str], ctx: Context) -> Draft | None:
    """The first bound of "between 60 and 90 days" is a duration in the same unit."""
    if m["num"].lower() in ("a", "an"):
        return None
    return Draft("DURATION", duration_value(parse_number(m["num"]), m["unit"]))
