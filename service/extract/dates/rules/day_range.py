"""Day ranges inside one month: "May 3-5, 2021", "April 9th through 17th", "3 to 12 of June".

Two dates written in full are joined later, in `compose`; here the month is written once, so no
single date rule sees the second end. The rule emits the two end days as facts of their own;
`compose` then joins them into the range (it reads the same links and openers), as it does for
two dates written in full.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft
from ..patterns import DAY, MONTH, SPELLED_DAY, YEAR, YEAR_TAIL, day_number, initials, month_number
from ..registry import rule
from ..resolve import resolve_month_day, resolve_month_year
from ..vocab import AMBIGUOUS_NAMES, DAY_ORDINALS, DAY_TENS, MONTHS

_GAP = r"[^\S\n]*"
_LINK = rf"{_GAP}(?P<link>[-–]|to|through|thru|till|until|and){_GAP}(?:the[^\S\n]+)?"
# After the closing number, words that make it a count or a clock time, not a day.
_NOT_A_DAY = (
    r"(?!:|\.\d|,\d|/|[^\S\n]*(?:%|percent|per\b|[ap]\.?m\b|times\b|hours?\b|days?\b|"
    r"weeks?\b|months?\b|years?\b|million\b|billion\b|people\b))"
)
_DAYS = rf"(?:{DAY}|{SPELLED_DAY})"
_DAYS_START = initials(["between", "from", "the", *DAY_ORDINALS, *DAY_TENS], "0123456789")
_OPENER = r"(?:(?P<open>between|from)[^\S\n]+)?"


@rule(
    "month_day_range",
    rf"\b{initials([*MONTHS, 'between', 'from'])}{_OPENER}(?P<mon>{MONTH})[^\S\n]+"
    rf"(?:the[^\S\n]+)?(?P<d1>{_DAYS}){_LINK}(?P<d2>{_DAYS})\b{_NOT_A_DAY}"
    rf"(?![^\S\n]*(?:{MONTH})\b)(?:{YEAR_TAIL})?",
)
def month_day_range(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "May 3-5": the month comes first, the closing day stands alone."""
    return _day_range(
        m, ctx, first_end=(m.start("mon"), m.end("d1")), second=(m.start("d2"), m.end())
    )


@rule(
    "day_range_month",
    rf"\b{_DAYS_START}{_OPENER}(?:the[^\S\n]+)?"
    rf"(?P<d1>{_DAYS}){_LINK}(?P<d2>{_DAYS})(?:[^\S\n]+of)?[^\S\n]+(?P<mon>{MONTH})(?![a-z])"
    rf"(?:{YEAR_TAIL})?",
)
def day_range_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "3 to 12 of June": the opening day stands alone, the month closes the range."""
    written = m["open"] or "of" in m.string[m.end("d2") : m.start("mon")] or m["year"]
    if not (written or m["link"] in "-–" or not m["d1"].isdigit()):
        return None  # "rose 2 to 3 March": a count unless something marks the days
    end = m.end()
    if not m["year"] and m["mon"].endswith(".") and len(m["mon"]) > 5:
        end -= 1  # "of April." ends a sentence; "of Sept." is an abbreviation
    return _day_range(m, ctx, first_end=m.span("d1"), second=(m.start("d2"), end))


def _day_range(
    m: re.Match[str], ctx: Context, first_end: tuple[int, int], second: tuple[int, int]
) -> Draft | None:
    word = m["mon"].lower().rstrip(".")
    if word in AMBIGUOUS_NAMES and not m["mon"][0].isupper():
        return None  # "we may 3 to 5": the verb
    if m["link"].lower() == "and" and (m["open"] or "").lower() != "between":
        return None  # "on May 3 and 5" names two days, not the days between them
    month, first, last = month_number(word), day_number(m["d1"]), day_number(m["d2"])
    if not 1 <= first < last <= 31:
        return None
    opening = _resolve(m, ctx, month, first)
    if opening is None:
        return None
    try:
        closing = opening.replace(day=last)
    except ValueError:
        return None
    relative = not m["year"]
    start_value, end_value = opening.isoformat(), closing.isoformat()
    if ctx.reference is None and relative:
        start_value, end_value = f"XXXX-{month:02d}-{first:02d}", f"XXXX-{month:02d}-{last:02d}"
    closing_day = Draft("DATE", end_value, relative=relative, start=second[0], end=second[1])
    return Draft(
        "DATE",
        start_value,
        relative=relative,
        start=first_end[0],
        end=first_end[1],
        follow=closing_day,
    )


def _resolve(m: re.Match[str], ctx: Context, month: int, day: int) -> date | None:
    if m["year"]:
        try:
            return date(int(m["year"]), month, day)
        except ValueError:
            return None
    value = ctx.day_without_year(month, day, m.start(), m.end())
    if value is None:
        return None
    if value.startswith("XXXX"):
        return date(2000, month, day)  # a leap year, only to check the day exists
    return date.fromisoformat(value)


_STATED_BEFORE = re.compile(r"\b(?:this|last|next|coming|past|early|late|mid)[^\S\n-]*-?$", re.I)


# "from May to September", "Jan-Feb 2017": both ends are months, so even an abbreviation or
# "May" is a month here; the year, written once after the closing month, serves both ends.
@rule(
    "month_pair",
    rf"\b{initials([*MONTHS, 'between', 'from'])}{_OPENER}(?P<m1>{MONTH}){_LINK}"
    rf"(?P<m2>{MONTH})(?:,?[^\S\n]+(?:(?:in|of)[^\S\n]+)?(?P<year>{YEAR})\b)?"
    r"(?![^\S\n]*(?:\d|the\b)|[a-z])",
)
def month_pair(m: re.Match[str], ctx: Context) -> Draft | None:
    if ctx.before(_STATED_BEFORE, m.start(), 8):
        return None  # "from this May to Oct 2020": "this May" keeps its own year
    first, last = month_number(m["m1"]), month_number(m["m2"])
    if first == last or m["link"].lower() == "and" and (m["open"] or "").lower() != "between":
        return None  # "in May and June" names two months, not the ones between
    if not (m["m1"][0].isupper() or m["m2"][0].isupper() or m["open"]):
        return None  # "may to mar": lower-case words need an opener to read as months
    if m["year"]:
        closing_year = int(m["year"])
    elif ctx.reference is None:
        return _month_ends(m, f"XXXX-{first:02d}", f"XXXX-{last:02d}", relative=True)
    else:
        direction = ctx.direction(m.start("m2"), m.end("m2"))
        closing_year = resolve_month_year(ctx.reference, last, direction)
    opening_year = closing_year - (1 if first > last else 0)
    return _month_ends(
        m, f"{opening_year}-{first:02d}", f"{closing_year}-{last:02d}", relative=not m["year"]
    )


def _month_ends(m: re.Match[str], opening: str, closing: str, *, relative: bool) -> Draft:
    """The two months as facts of their own; `compose` joins them into the range."""
    closing_month = Draft("DATE", closing, relative=relative, start=m.start("m2"), end=m.end())
    return Draft(
        "DATE", opening, relative=relative, start=m.start("m1"), end=m.end("m1"),
        follow=closing_month,
    )  # fmt: skip


# "from 10/1 to 11/7", "between 10/1-11/7", "10/1-11/2/2017": month/day pairs (US order). Without
# a year only an opener makes them dates; "1/2-3/4" alone may well be fractions.
@rule(
    "slash_day_pair",
    rf"(?<![\d/.])(?=[bf\d])(?:(?P<open>between|from)[^\S\n]+)?(?P<a1>1[0-2]|0?[1-9])/"
    rf"(?P<b1>[0-3]?\d)"
    rf"{_GAP}(?P<link>[-–]|to|through|thru|till|until|and){_GAP}(?P<a2>1[0-2]|0?[1-9])/"
    rf"(?P<b2>[0-3]?\d)(?:/(?P<y>{YEAR})|,[^\S\n]*(?P<year>{YEAR}))?(?![\d/])",
    re.IGNORECASE,
)
def slash_day_pair(m: re.Match[str], ctx: Context) -> Draft | None:
    year_text = m["y"] or m["year"]
    if not (m["open"] or year_text) or m["link"].lower() == "and" and m["open"] != "between":
        return None
    (mon1, day1), (mon2, day2) = (int(m["a1"]), int(m["b1"])), (int(m["a2"]), int(m["b2"]))
    turns = 1 if (mon2, day2) < (mon1, day1) else 0  # "from 10/25 to 01/25" ends a year on
    if year_text:
        opening_year = int(year_text) - turns
    elif ctx.reference is None:
        return None
    else:
        found = resolve_month_day(ctx.reference, mon1, day1, "this")
        if found is None:
            return None
        opening_year = found.year
    closing_year = opening_year + turns
    try:
        opening, closing = date(opening_year, mon1, day1), date(closing_year, mon2, day2)
    except ValueError:
        return None
    start = m.start("a1")
    closing_day = Draft(
        "DATE", closing.isoformat(), relative=not year_text, start=m.start("a2"), end=m.end()
    )
    return Draft(
        "DATE", opening.isoformat(), relative=not year_text, start=start, end=m.end("b1"),
        follow=closing_day,
    )  # fmt: skip
