"""Calendar units named by number or place: weeks of a month, decades, quarters, fiscal years.

"Q3", "FY2008" and the fiscal, school and calendar years are in `formats`; weeks by number in
`weeks`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import MONTH, ORDINAL, WEEKDAY, YEAR, initials, month_number
from ..registry import rule
from ..resolve import iso_week_value, resolve_relative_date
from ..vocab import AMBIGUOUS_NAMES, MONTHS, ORDINALS, WEEKDAYS
from .calendar import WEATHER

_GAP = r"[^\S\n]+"
STEPS = {"this": 0, "current": 0, "present": 0, "next": 1, "coming": 1, "following": 1,
          "last": -1, "past": -1, "previous": -1, "prior": -1}  # fmt: skip


@rule(
    "month_week",
    rf"{initials([*ORDINALS, 'the'])}\b(?:the{_GAP})?(?P<ord>{ORDINAL}){_GAP}week{_GAP}of{_GAP}"
    rf"(?:(?P<mon>{MONTH})(?:,?{_GAP}(?P<year>{YEAR}))?(?![a-z])"
    rf"|(?P<rel>this|next|last|previous|the{_GAP}(?:same|following|previous)){_GAP}month\b"
    rf"|(?P<whole>{YEAR})\b)"
    rf"(?:{_GAP}on{_GAP}(?P<wd>{WEEKDAY})(?![a-z]))?",
)
def month_week(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the first week of Jan 2015", "the last week of this month", "the 3rd week of 2018".

    A week belongs to the month holding its Thursday, as an ISO week belongs to a year: the
    first week of March 2020 is 2-8 March, not the week of Sunday 1 March. The value is that ISO
    week (TimeML has no week-of-month value); with "on Friday", that day of it.
    """
    number = ORDINALS[m["ord"].lower()]
    if m["whole"]:
        if m["wd"]:
            return None
        year = int(m["whole"])
        # The year's last ISO week always holds 28 December.
        return Draft(
            "DATE", f"{year}-W{number:02d}" if number > 0 else iso_week_value(date(year, 12, 28))
        )
    if m["mon"]:
        word = m["mon"].lower().rstrip(".")
        if word in AMBIGUOUS_NAMES and not m["mon"][0].isupper():
            return None
        named = month_and_year(m, ctx)
        if named is None:
            return None
        month, year = named
    else:
        rel = m["rel"].lower().split()[-1]
        origin = ctx.previous("month") if rel in ("same", "following") else None
        if rel in ("this", "next", "last", "previous") and ctx.reference is not None:
            origin = ctx.reference.strftime("%Y-%m")
        if origin is None:
            return None
        index = int(origin[:4]) * 12 + int(origin[5:7]) - 1 + STEPS.get(rel, 0)
        year, month = index // 12, index % 12 + 1
    thursdays = [
        day
        for day in (date(year, month, 1) + timedelta(days=k) for k in range(31))
        if day.month == month and day.isoweekday() == 4
    ]
    if number > len(thursdays):
        return None
    monday = thursdays[number - 1 if number > 0 else -1] - timedelta(days=3)
    relative = not m["year"]
    # The optional dot belongs to abbreviations ("Oct."); after "March" it ends the sentence.
    word = (m["wd"] or m["mon"] or "").lower()
    end = m.end() - 1 if m[0].endswith(".") and word.rstrip(".") in _FULL_NAMES else None
    if m["wd"]:
        day = monday + timedelta(days=WEEKDAYS[m["wd"].lower().rstrip(".")] - 1)
        return Draft("DATE", day.isoformat(), relative=relative, end=end)
    return Draft("DATE", iso_week_value(monday), relative=relative, end=end)


_FULL_NAMES = frozenset(
    w for w in [*MONTHS, *WEEKDAYS] if len(w) > 4 or w in ("may", "june", "july", "monday")
)


# The rules below start with the literal unit word ("ties", "decade", "quarter", "year"): a
# literal start lets `re` skip through the text fast. The words before it, which say which
# decade or quarter, are read back from the text and the fact starts there.


# Decades spelled out; "twenties" is left out: ages ("in their twenties") and 1920s or 2020s.
_SPELLED_DECADES = {"thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8, "nine": 9}
_DECADE_LEAD = re.compile(
    rf"(?:\b(?P<word>the|in|during|since|from|of|through|until){_GAP})?"
    rf"(?:\b(?P<mod>early|mid|late)(?:-|{_GAP}))?\b(?P<tens>[a-z]+)$",
    re.I,
)


@rule(
    "spelled_decade",
    r"ties\b(?:" + "|".join(rf"(?<=\b{tens}ties)" for tens in _SPELLED_DECADES) + ")",
)
def spelled_decade(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the nineties", "the early sixties", "in nineties": the decade of the 1900s."""
    lead = ctx.before(_DECADE_LEAD, m.start(), 40)
    if lead is None or not lead["word"]:
        return None  # "in his nineties" is an age; "the sixties" needs its article
    if WEATHER.search(ctx.text, max(0, lead.start() - 40), m.start()):
        return None  # "highs in the nineties" are degrees
    digit = _SPELLED_DECADES[lead["tens"].lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((lead["mod"] or "").lower())
    kept = "word" if lead["word"].lower() == "the" else "mod" if lead["mod"] else "tens"
    return Draft("DATE", f"19{digit}", mod=mod, start=lead.start(kept))


_NAMED_DECADE_LEAD = re.compile(rf"(?:\bthe{_GAP})?\b(?P<rel>this|next){_GAP}$", re.I)


@rule("named_decade", r"decade\b(?!s)")
def named_decade(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "this decade", "in the next decade": the calendar decade (the 2020s seen from 2018).

    "over the next decade" measures ten years from now, so it is left to the durations.
    """
    lead = ctx.before(_NAMED_DECADE_LEAD, m.start(), 40)
    if ctx.reference is None or lead is None:
        return None
    if re.search(
        rf"\b(?:over|for|within|throughout){_GAP}$",
        ctx.text[max(0, lead.start() - 12) : lead.start()],
    ):
        return None
    step = 1 if lead["rel"].lower() == "next" else 0
    return Draft("DATE", str(ctx.reference.year // 10 + step), relative=True, start=lead.start())


def quarter_of(day: date, step: int = 0) -> str:
    index = day.year * 4 + (day.month - 1) // 3 + step
    return f"{index // 4}-Q{index % 4 + 1}"


_QUARTER_LEAD = re.compile(
    rf"(?:\bthe{_GAP})?\b(?P<rel>current|present|past|following){_GAP}$", re.I
)


def month_and_year(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The month a match's `mon` names, and its year: the `year` written, else the year the
    story gives that month (None when it gives none)."""
    month = month_number(m["mon"])
    year = int(m["year"]) if m["year"] else ctx.month_year(month, *m.span())
    return None if year is None else (month, year)


@rule(
    "half_year",
    rf"\b(?:(?P<h>H[12]|[12]H){_GAP}(?P<y>{YEAR})"
    rf"|(?:the{_GAP})?(?P<ord>first|second|1st|2nd)[- ]half{_GAP}of{_GAP}"
    rf"(?P<year>{YEAR}|(?:this|last|next|the){_GAP}year))\b",
)
def half_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "H1 2024", "the second half of 2023", "the first half of the year": TIMEX3 2024-H1."""
    if m["h"]:
        return Draft("DATE", f"{m['y']}-H{m['h'].upper().replace('H', '')}")
    number = 1 if m["ord"].lower() in ("first", "1st") else 2
    year_text = re.sub(r"\s+", " ", m["year"].lower())
    if year_text[:1].isdigit():
        return Draft("DATE", f"{year_text}-H{number}")
    if ctx.reference is None:
        return Draft("DATE", f"XXXX-H{number}", relative=True)
    if year_text == "the year":
        year = ctx.previous("year") or str(ctx.reference.year)
    else:
        year = resolve_relative_date(ctx.reference, year_text) or str(ctx.reference.year)
    return Draft("DATE", f"{year}-H{number}", relative=True)


@rule(
    "quarter_abbreviated",
    rf"\b(?P<ord>{ORDINAL})[- ]qtr\b\.?(?:,?{_GAP}(?P<year>{YEAR}))?",
)
def quarter_abbreviated(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "2nd qtr", "3rd qtr 2023": the quarter, of the year named or the one spoken of."""
    number = ORDINALS[m["ord"].lower()]
    if number > 4:
        return None
    return _quarter(ctx, number, m["year"] or "")


# Led by the literal "quarter" (fast to find); the ordinal or modifier before it is read back.
@rule(
    "quarter",
    r"quarter\b(?:(?:"
    + "|".join(rf"(?<=\b{re.escape(word)}[- ]quarter)" for word in ORDINALS)
    + rf")(?P<ordinal>)(?:{_GAP}of{_GAP}(?P<year>{YEAR}|(?:this|last|next|the){_GAP}year))?)?",
)
def quarter(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the fourth quarter of 2005", "the first quarter", "the current/past/following quarter"."""
    if _NOT_A_QUARTER.match(ctx.text, m.end()):
        return None
    if m["ordinal"] is None:
        return _relative_quarter(m, ctx)
    lead = ctx.before(_QUARTER_ORDINAL, m.start(), 20)
    if lead is None or ORDINALS[lead["ord"].lower()] > 4:
        return None
    year_text = re.sub(r"\s+", " ", (m["year"] or "").lower())
    if not year_text and _GAME.search(_sentence(ctx, m.start())):
        return None  # "scored 12 points in the fourth quarter": a quarter of a game
    draft = _quarter(ctx, ORDINALS[lead["ord"].lower()], year_text)
    draft.start = lead.start()
    if re.fullmatch(r"\d{4}-Q[1-4]", draft.value):
        ctx.memory["quarter"] = draft.value  # what "the following quarter" follows
    return draft


def _relative_quarter(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "the current quarter", "the past quarter" (the latest one), "the following quarter".

    "The following quarter" follows the quarter last spoken of, else the article's.
    """
    lead = ctx.before(_QUARTER_LEAD, m.start(), 40)
    if lead is None:
        return None
    rel = lead["rel"].lower()
    anchor = ctx.memory.get("quarter") if rel == "following" else None
    if anchor is not None:
        value = quarter_of(date(int(anchor[:4]), 3 * int(anchor[-1]), 1), 1)
    elif ctx.reference is None:
        return None
    else:
        value = quarter_of(ctx.reference, STEPS[rel])
    ctx.memory["quarter"] = value
    return Draft("DATE", value, relative=True, start=lead.start("rel"))


_QUARTER_ORDINAL = re.compile(rf"(?:\bthe[^\S\n]+)?\b(?P<ord>{ORDINAL})[- ]$", re.I)
# "the last quarter century", "the first quarter of the 20th century": a quarter of 100 years;
# "a quarter-final", "a quarter of a million": no quarter of a year.
_NOT_A_QUARTER = re.compile(
    r"[^\S\n]*-|[^\S\n]+(?:of[^\S\n]+(?:a|the)[^\S\n]+(?:\w+[^\S\n]+)?)?century", re.I
)
# Words of a game's report: basketball and football play in quarters too.
_GAME = re.compile(
    r"\b(?:touchdowns?|halftime|half-time|overtime|quarterback|rebounds?|three-pointers?|"
    r"free throws?|field goals?|buzzer|scored|scoring|(?<!percentage )(?<!basis )points?)\b",
    re.I,
)


def _sentence(ctx: Context, offset: int) -> str:
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.text if span is not None else ""


def _quarter(ctx: Context, number: int, year_text: str) -> Draft:
    relative = not year_text[:1].isdigit()
    if year_text[:1].isdigit():
        year = year_text
    elif ctx.reference is None:
        return Draft("DATE", "XXXX-QX" if number < 0 else f"XXXX-Q{number}", relative=True)
    elif year_text and year_text != "the year":
        year = resolve_relative_date(ctx.reference, year_text) or str(ctx.reference.year)
    elif number < 0 and not year_text:
        return Draft(
            "DATE", resolve_relative_date(ctx.reference, "last quarter") or "", relative=True
        )
    else:
        year = ctx.previous("year") or str(ctx.reference.year)
    return Draft("DATE", f"{year}-Q{4 if number < 0 else number}", relative=relative)
