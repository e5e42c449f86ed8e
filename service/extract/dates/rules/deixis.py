"""Rules for expressions that point from the article date: deixis, parts of day, days of month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import DAY, FULL_WEEKDAY, MONTH, alternation, day_number, month_number
from ..registry import RULES, rule
from ..resolve import (
    resolve_month_day,
    resolve_relative_date,
)
from ..vocab import (
    AMBIGUOUS_NAMES,
    MERIDIEM_PARTS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    WEEKDAYS,
)

_S = r"[^\S\n]+"
_PART = r"morning|afternoon|evening|night"


@rule(
    "deictic",
    r"(?=[eltynpcu])\b(?:(?:earlier|later)[^\S\n]+)?"
    r"(?:the[^\S\n]+day[^\S\n]+(?P<beyond>before|after)[^\S\n]+(?=yesterday|tomorrow))?"
    r"(?P<expr>(?P<day>today|yesterday|tomorrow)"
    r"(?:[^\S\n]+(?P<ap>[ap]\.m\.|[ap]m\b)(?![^\S\n]+I\b))?|tonight|tonite|"
    r"(?:this|last|next|previous|coming|upcoming|this[^\S\n]+past)[^\S\n]+"
    r"(?:week|weekend|month|year|quarter|(?P<short>yr|wk|mo|qtr)\b\.?))(?:'?s)?\b",
)
def deictic(m: re.Match[str], ctx: Context) -> Draft | None:
    if m["beyond"]:
        # "the day before yesterday", "the day after tomorrow": two days away.
        before, day = m["beyond"].lower() == "before", m["day"].lower()
        if before != (day == "yesterday") or m["ap"]:
            return None  # "the day before tomorrow" is today, and nobody writes it
        if ctx.reference is None:
            return Draft("DATE", "XXXX-XX-XX", relative=True)
        step = -2 if before else 2
        return Draft("DATE", (ctx.reference + timedelta(days=step)).isoformat(), relative=True)
    if m["ap"]:
        # "today pm", "tomorrow a.m.": the afternoon or morning of that day.
        day = _day_word(ctx, m["day"].lower())
        return Draft("TIME", f"{day}T{MERIDIEM_PARTS[m['ap'].lower()]}", relative=True)
    if re.search(r"(?:coming|past)[^\S\n]+\w+s$", m[0].lower()):
        # "in the coming weeks", "the past months": some time ahead or behind, not one unit.
        ahead = "coming" in m[0].lower()
        return Draft("DATE", "FUTURE_REF" if ahead else "PAST_REF", relative=True)
    expression = re.sub(r"[^\S\n]+", " ", m["expr"].lower().rstrip("."))
    expression = expression.replace("tonite", "tonight")
    # "this past month" is last month; "last yr" is last year.
    words = expression.replace("this past", "last").replace("upcoming", "next").split()
    expression = " ".join([*words[:-1], _UNIT_ABBREVIATIONS.get(words[-1], words[-1])])
    value = resolve_relative_date(ctx.reference, expression)
    if value is None:
        return None
    type_ = "TIME" if expression == "tonight" else "DATE"
    if type_ == "TIME" and ctx.reference is not None:
        value += "TNI"
    return Draft(type_, value, relative=True)


_UNIT_ABBREVIATIONS = {"yr": "year", "wk": "week", "mo": "month", "qtr": "quarter"}


def _day_word(ctx: Context, word: str) -> str:
    """The day "today", "tomorrow" ... name, XXXX-XX-XX without a reference."""
    day = resolve_relative_date(ctx.reference, word) or "XXXX-XX-XX"
    return "XXXX-XX-XX" if day == "PRESENT_REF" else day


@rule(
    "part_of_day",
    r"(?=[tyle])\b(?P<rel>this|yesterday|tomorrow|last(?=[^\S\n]+night)|"
    r"(?:early|late|later|earlier)[^\S\n]+in[^\S\n]+the)"
    r"[^\S\n]+(?P<part>morning|afternoon|evening|night|day)\b",
)
def part_of_day(m: re.Match[str], ctx: Context) -> Draft | None:
    rel, part = m["rel"].lower(), m["part"].lower()
    if rel.endswith("the"):
        mod = "START" if rel.startswith("early") else "END"
        if part != "day":
            # "later in the afternoon": that part of the day of its sentence (or the article's).
            code = f"T{PARTS_OF_DAY[part]}"
            return None if _modifies_noun(ctx, m.end()) else Draft("TIME", code, mod=mod)
        # "late in the day": the day spoken of, else the article's.
        return Draft("DATE", ctx.previous("day") or "XXXX-XX-XX", mod=mod, relative=True)
    if part == "day":
        return None
    day = _day_word(ctx, {"this": "today", "last": "yesterday"}.get(rel, rel))
    value = f"{day}T{PARTS_OF_DAY[part]}"
    if rel in ("this", "last"):
        return Draft("TIME", value, relative=True)
    # "yesterday afternoon": the day is a DATE of its own, the afternoon a TIME of that day.
    draft = Draft("DATE", day, relative=True, end=m.end("rel"))
    draft.follow = Draft("TIME", value, relative=True, start=m.start("part"), end=m.end("part"))
    return draft


_HYPHEN_NEXT = re.compile(r"-\w")


def _modifies_noun(ctx: Context, end: int) -> bool:
    """ "in the morning session", "late-night show": the part of day only describes a noun."""
    if _HYPHEN_NEXT.match(ctx.text, end):
        return True
    token = ctx.doc_token_at(end - 1)
    return token is not None and token.dep_ == "compound"


# What shows a bare part of day to be a time, read back from the text before it.
_PART_LEAD = re.compile(
    rf"(?:\b(?P<prep>in|during|on){_S})?(?:\b(?P<the>the){_S})?"
    rf"(?:\b(?P<mod>early|late|mid)(?:-|{_S})?)?$",
    re.I,
)
_ARTICLE_BEFORE = re.compile(rf"\ban?{_S}$", re.I)
# "arrested 5 in the morning": an hour or a count; the hour_part rule decides, else nothing.
_HOURS = alternation(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and len(w) > 2)
_NUMBER_BEFORE = re.compile(rf"(?<![\d.,])\b(?:1[0-2]|0?[1-9]|{_HOURS}){_S}$", re.I)
# A day of the month right before: "mar4 night", "May 5 evening".
_MONTH_DAY_BEFORE = re.compile(rf"\b(?P<mon>{MONTH})[^\S\n]*(?P<day>{DAY}){_S}$", re.I)
# The days "the night of ..." may name: the calendar rules read them, this one only looks.
_DAY_RULES = ("month_day", "day_month", "weekday_day", "weekday", "iso_date", "numeric_date")
_OF = re.compile(rf"{_S}of{_S}", re.I)
_DAY_VALUE = re.compile(r"[\dX]{4}-(?:\d\d-\d\d|WXX-\d)")
_MODS = {"early": "START", "late": "END", "mid": "MID"}


def _day_after_of(ctx: Context, offset: int) -> str | None:
    """The day in "of May 4" after a part of day; "" when "of" leads elsewhere ("of his life")."""
    of = _OF.match(ctx.text, offset)
    if of is None:
        return None
    for day_rule in (r for r in RULES if r.name in _DAY_RULES):
        found = day_rule.pattern.match(ctx.text, of.end())
        draft = day_rule.handler(found, ctx) if found else None
        if draft is not None and _DAY_VALUE.fullmatch(draft.value):
            return draft.value
    return ""


# Case-sensitive and anchored on the word itself: "Good Morning America" is a title.
@rule("bare_part_of_day", rf"(?:daytime|night-?time|{_PART})(?P<plural>s)?\b", flags=0)
def bare_part_of_day(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "in the morning", "during the night", "late afternoon", "on the night of May 4".

    A part of day that a preposition or "early"/"late" shows to be a time: the part of the day
    of its sentence (or of the article's day); "the night of May 4" and "May 5 evening" name
    their own day. Written as a modifier ("morning papers") it is none.
    """
    text, start = ctx.text, m.start()
    lead = _PART_LEAD.search(text, max(0, start - 20), start)
    if lead is None:
        return None
    prep, word = (lead["prep"] or "").lower(), (lead["mod"] or "").lower()
    part = m[0][: len(m[0]) - len(m["plural"] or "")]
    if not lead[0] and start and text[start - 1].isalpha():
        return None  # "overnight", "fortnight"
    if (word == "mid" and part == "night") or _modifies_noun(ctx, m.end()):
        return None  # "midnight" is a clock time
    day = _day_after_of(ctx, m.end()) if not m["plural"] else None
    if day is None and not (prep or word or lead["the"]):
        return _month_day_part(ctx, m, part)
    if day == "" or (day is None and (prep == "on" or not (prep or word))):
        return None  # "in the evening of his life"; "the morning" alone names no time
    if not (prep or lead["the"]) and _ARTICLE_BEFORE.search(
        text, max(0, lead.start() - 3), lead.start()
    ):
        return None  # "it was a late night"
    if prep == "in" and _NUMBER_BEFORE.search(text, max(0, lead.start() - 10), lead.start()):
        return None
    first = lead.start("the") if lead["the"] else lead.start("mod") if word else start
    code = f"T{PARTS_OF_DAY[part]}"
    if m["plural"]:
        # "in the mornings": every morning, as the frequency rule writes "every morning".
        return Draft("SET", code, mod=_MODS.get(word), start=first) if prep != "on" else None
    return Draft("TIME", (day or "") + code, mod=_MODS.get(word), start=first, relative=True)


def _month_day_part(ctx: Context, m: re.Match[str], part: str) -> Draft | None:
    """ "mar4 night": a part of day right after a month and day vouches for "mar" or "may"."""
    before = ctx.before(_MONTH_DAY_BEFORE, m.start(), 14)
    if before is None:
        return None
    month, number = month_number(before["mon"]), day_number(before["day"])
    if ctx.reference is None:
        value = f"XXXX-{month:02d}-{number:02d}"
    else:
        tense = ctx.tense(before.start(), m.end())
        direction = "this" if tense is None else tense
        found = resolve_month_day(ctx.reference, month, number, direction)  # type: ignore[arg-type]
        if found is None:
            return None
        value = found.isoformat()
    # The calendar rule reads "May 5" on its own; only the words it declines join the part.
    mon = before["mon"].lower().rstrip(".")
    start = before.start() if mon in AMBIGUOUS_NAMES and before["mon"].islower() else m.start()
    return Draft("TIME", f"{value}T{PARTS_OF_DAY[part]}", start=start, relative=True)


@rule(
    "weekday_part_of_week",
    rf"day(?:{_S}(?P<part>{_PART}))?{_S}(?P<rel>next|last|this){_S}week\b",
    flags=0,
)
def weekday_part_of_week(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Wednesday evening next week": that weekday of the week named (and its part of day)."""
    weekday = _WEEKDAY_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start() + 3)
    if weekday is None:
        return None
    number = WEEKDAYS[weekday[0].lower()]
    if ctx.reference is None:
        value = f"XXXX-WXX-{number}"
    else:
        step = {"next": 1, "last": -1, "this": 0}[m["rel"]]
        monday = ctx.reference - timedelta(days=ctx.reference.isoweekday() - 1)
        value = (monday + timedelta(weeks=step, days=number - 1)).isoformat()
    if m["part"]:
        value += f"T{PARTS_OF_DAY[m['part']]}"
    return Draft("TIME" if m["part"] else "DATE", value, relative=True, start=weekday.start())


_WEEKDAY_BEFORE = re.compile(rf"\b(?:{FULL_WEEKDAY})$", re.I)


@rule("day_of_month", rf"\bthe[^\S\n]+(?P<day>{DAY})\b(?=[^\S\n]*(?:[.,;)]|$))")
def day_of_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "on the 18th": a day of the month last spoken of, else of the article's month."""
    if not re.search(r"(st|nd|rd|th)$", m["day"]):
        return None
    day = day_number(m["day"])
    month = ctx.previous("month")
    if month is None:
        return Draft("DATE", f"XXXX-XX-{day:02d}", relative=True)
    try:
        return Draft("DATE", date(int(month[:4]), int(month[5:7]), day).isoformat(), relative=True)
    except ValueError:
        return None
