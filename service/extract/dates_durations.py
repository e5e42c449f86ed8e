"""Rules for durations: "three weeks", "1 hour and 30 minutes", "two days ago", "in 5 minutes".

Registered into `dates_rules.RULES` on import, like the calendar rules. A duration counted from
the reference ("two weeks ago", "in 5 minutes") becomes the point it names; a clock-sized one
is a TIME when the reference carries a time of day, else the reference's day.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .dates_context import Context, Draft
from .dates_regex import alternation, initials
from .dates_rules import rule
from .timex_resolve import shift_value
from .timex_vocab import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    UNIT_ABBREVIATIONS,
    UNIT_FACTORS,
    UNITS,
    VAGUE_AMOUNTS,
)

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = alternation(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 20 and len(w) > 2)
NUMBER = (
    rf"\d+(?:\.\d+)?|(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_SMALL}|a[^\S\n]+couple[^\S\n]+of|"
    r"a[^\S\n]+few|a[^\S\n]+dozen|several|few|many|a|an|single|hundreds[^\S\n]+of|dozens[^\S\n]+of|"
    r"half[^\S\n]+an?|½"
)
# The letters a number phrase (or "the" before it) can start with; see `initials`.
NUMBER_START = initials(
    [*NUMBER_WORDS, "several", "few", "many", "hundreds", "dozens", "half"], "t½0123456789"
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
    rf"[^\S\n]+)?(?P<num>{NUMBER})(?P<frac>{_FRACTION})?(?:[- ]|(?<=\d)){UNIT}\b"
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
        ):
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
        return _point(ctx, sign * amount, unit, end)
    if re.search(r"\bin[^\S\n]+$", before) and ctx.reference is not None and amount is not None:
        tense = ctx.tense(m.start(), m.end())
        if tense == "future" or (tense is None and ctx.now is not None and unit in _CLOCK_UNITS):
            # "will leave in two weeks": a point that far ahead, not a stretch of time.
            return _point(ctx, amount, unit, None)
    return Draft("DURATION", duration_value(amount, m["unit"]))


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
    "duration_range",
    rf"\b{NUMBER_START}(?P<num>{NUMBER})(?=[^\S\n]+(?:and|to|or)[^\S\n]+(?:{NUMBER})[- ]{UNIT}\b)",
)
def duration_range(m: re.Match[str], ctx: Context) -> Draft | None:
    """The first bound of "between 60 and 90 days" is a duration in the same unit."""
    if m["num"].lower() in ("a", "an"):
        return None
    return Draft("DURATION", duration_value(parse_number(m["num"]), m["unit"]))
