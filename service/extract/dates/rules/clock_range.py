"""Clock-time ranges: "from 5 to 6pm", "between 10 and 11:30 this morning"; each end a TIME.

One end often leaves its meridiem to the other ("5 to 6pm" is 17:00-18:00) or to a part of
the day nearby ("between 7 and 9 last night"). Bare numbers joined by "to" or a dash are far
more often counts, scores and percentages than hours, so a range is read only when an end
carries am/pm, o'clock or a clock form (10:30), or a part of the day stands right next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..context import Context, Draft
from ..patterns import alternation
from ..registry import rule
from ..vocab import NUMBER_WORDS, TIME_ZONES, UTC_ZONES

_S = r"[^\S\n]+"
_AP = r"[ap][^\S\n]?\.[^\S\n]?m(?:[^\S\n]?\.(?!\w))?|[ap][^\S\n]?m(?!\w)"
_OCLOCK = r"[^\S\n]+o[’']?clock\b"
_HOUR_WORD = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12 and len(w) > 2}
# The opening end: not part of a larger number, date or price ("1/1/2015", "$5", "3.5"). It
# begins with the digit itself, which lets `re` skip ahead to the next digit.
_FIRST = (
    rf"(?P<h1>\d(?<![\w:.,$£€#/’'-]\d)\d?)(?:(?P<sep1>[:.])(?P<m1>[0-5]\d))?(?![\d/%]|[:.,]\d)"
    rf"(?:[^\S\n]*(?P<ap1>{_AP}))?(?P<oc1>{_OCLOCK})?"
)
_LINK = rf"(?:[^\S\n]*(?P<dash>[-–—])[^\S\n]*|{_S}(?P<link>to|till|til|until|through|thru|and){_S})"
# "till tomorrow 4:30pm": the closing end on another day.
_SECOND = (
    rf"(?:(?P<day2>tomorrow|tonight|today){_S})?"
    rf"(?:(?P<h2>[01]?\d|2[0-3])(?:(?P<sep2>[:.])(?P<m2>[0-5]\d))?(?![\d/%]|[-:.,]\d)"
    rf"|(?P<w2>{alternation(_HOUR_WORD)})\b)"
    rf"(?:[^\S\n]*(?P<ap2>{_AP}))?(?P<oc2>{_OCLOCK})?"
    rf"(?:{_S}(?P<tz>{alternation(TIME_ZONES)})\b)?"
    rf"(?:{_S}(?:in{_S}the{_S}(?P<part>morning|afternoon|evening)|at{_S}(?P<night>night))\b)?"
)
PATTERN = _FIRST + _LINK + _SECOND

_PARTS = r"morning|afternoon|evening|night|tonight"
# A part of the day just before the range ("this evening from 7 to 7:30", "Monday morning 6-8").
_PART_BEFORE = re.compile(
    rf"(?:\b(?P<the>the{_S})?(?P<rel>\w+){_S})?\b(?P<part>{_PARTS})"
    rf"(?:{_S}(?:from|between|at))?{_S}$",
    re.I,
)
# ... or just after it ("between 7 and 9 last night", "from 8am-3 yesterday afternoon").
_PART_AFTER = re.compile(
    rf"{_S}(?:(?P<rel>this|last|next|yesterday|tomorrow){_S}(?P<part>morning|afternoon|evening|night)"
    rf"|(?P<tonight>tonight))\b",
    re.I,
)
_OPENER = re.compile(rf"\b(?P<word>from|between|at|around|about){_S}$", re.I)
# Days the deictic parts of day stand for, from the article's date.
_DAY_STEP = {"this": 0, "tonight": 0, "today": 0, "last": -1, "yesterday": -1, "next": 1,
             "tomorrow": 1}  # fmt: skip
# Words before bare numbers that show them to be counts, not hours ("aged 5 to 12").
_COUNTING = frozenset({"age", "aged", "ages", "of", "by", "for"})


@dataclass
class _End:
    hour: int
    minute: int
    meridiem: str  # "a", "p" or "" when the end has none
    clock: bool  # written with ":" minutes

    def at(self, meridiem: str) -> int:
        """Minutes after midnight with this meridiem ("" = as written)."""
        hour = self.hour
        if meridiem == "a" and hour == 12:
            hour = 0
        elif meridiem == "p" and hour < 12:
            hour += 12
        return hour * 60 + self.minute

    @property
    def fixed(self) -> bool:
        return bool(self.meridiem) or not 1 <= self.hour <= 12


def _end(m: re.Match[str], n: int) -> _End | None:
    word = m.groupdict().get(f"w{n}")
    hour = _HOUR_WORD[word.lower()] if word else int(m[f"h{n}"])
    meridiem = (m[f"ap{n}"] or "").lower()[:1]
    if meridiem and not 1 <= hour <= 12:
        return None
    return _End(hour, int(m[f"m{n}"] or 0), meridiem, m[f"sep{n}"] == ":")


def _part_meridiem(part: str, end: _End) -> str:
    if part == "morning":
        return "a"
    if part in ("night", "tonight"):
        return "p" if 6 <= end.hour < 12 else "a"
    return "p"


def _times(first: _End, second: _End, part: str) -> tuple[int, int]:
    """Both ends in minutes after midnight: a bare end reads like the other end or the part
    of the day when that puts the ends in order, else as written (a closing end may also
    take the other meridiem: "8am-3" ends at 15:00)."""

    def own(end: _End) -> list[str]:  # fmt: skip
        return [_part_meridiem(part, end)] if part else []

    if not first.fixed and not second.fixed:
        if part in ("night", "tonight"):
            return first.at(own(first)[0]), second.at(own(second)[0])  # "11 to 1 at night"
        # "11 to 1 in the afternoon" opens at 11:00, "10:30 to 3" closes at 15:00.
        for opening in [*own(first), ""]:
            for closing in [*own(second), "", "p"]:
                if second.at(closing) > first.at(opening):
                    return first.at(opening), second.at(closing)
        return first.at([*own(first), ""][0]), second.at([*own(second), ""][0])
    if not first.fixed:
        close = second.at(second.meridiem)
        other = second.meridiem or ("p" if close >= 12 * 60 else "a")
        for meridiem in [*own(first), other]:
            if first.at(meridiem) < close:
                return first.at(meridiem), close
        return first.at(""), close
    start = first.at(first.meridiem)
    if not second.fixed:
        other = first.meridiem or ("p" if start >= 12 * 60 else "a")
        for meridiem in [*own(second), other, "a" if other == "p" else "p"]:
            if second.at(meridiem) > start:
                return start, second.at(meridiem)
        return start, second.at("")
    return start, second.at(second.meridiem)


@rule("clock_range", PATTERN)
def clock_range(m: re.Match[str], ctx: Context) -> Draft | None:
    first, second = _end(m, 1), _end(m, 2)
    if first is None or second is None or first.hour > 23:
        return None
    text = ctx.text
    opener = _OPENER.search(text, max(0, m.start() - 10), m.start())
    word = opener["word"].lower() if opener else ""
    if m["link"] and m["link"].lower() == "and" and word != "between":
        return None  # "5 and 6pm" names two times, not the hours between them
    bare = not (first.meridiem or first.clock or m["oc1"])
    if word in ("at", "around", "about") and m["link"] and m["link"].lower() == "to" and bare:
        return None  # "at 10 to 5" is ten minutes to five
    before = _PART_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = _PART_AFTER.match(text, m.end())
    part = (m["part"] or m["night"] or "").lower()
    part = part or (before["part"].lower() if before else "")
    part = part or ((after["part"] or after["tonight"]).lower() if after else "")
    if not _licensed(m, first, second, part, bool(before), word, ctx):
        return None
    start, close = _times(first, second, part)
    zone = "Z" if (m["tz"] or "").lower() in UTC_ZONES else ""
    opening_day = closing_day = _deictic_day(ctx, before, after)
    if m["day2"]:
        # "from 2pm till tomorrow 4:30pm" starts today and ends on the day named.
        opening_day = _day_after(ctx, 0)
        closing_day = _day_after(ctx, _DAY_STEP[m["day2"].lower()])
    if closing_day is not None and close < start:
        closing_day += timedelta(days=1)  # "tonight from 11 to 1" ends after midnight
    end_first = max(m.end(g) for g in ("h1", "m1", "ap1", "oc1") if m[g])
    draft = _draft(opening_day, start, zone, m.start(), end_first)
    second_start = m.start("day2") if m["day2"] else m.start("h2") if m["h2"] else m.start("w2")
    draft.follow = _draft(closing_day, close, zone, second_start, m.end())
    return draft


def _licensed(
    m: re.Match[str], first: _End, second: _End, part: str, part_before: bool, opener: str,
    ctx: Context,
) -> bool:  # fmt: skip
    """Whether the numbers are hours: a meridiem, a clock form or a part of the day says so."""
    if first.meridiem or second.meridiem or m["oc1"] or m["oc2"]:
        return True
    if first.clock and second.clock:
        return True  # "19:00 - 21:00"
    ranged = opener in ("from", "between")
    if (first.clock or second.clock) and ranged:
        return True  # "from 10:30 to 3"; without "from", "John 3:16-18" is a verse
    if not part:
        return False
    if m["dash"] and not ranged and _noun_follows(ctx, m.end()):
        return False  # "Tuesday night's 3-2 win" is a score
    if ranged or part_before:
        return True  # "between 7 and 9 last night", "Monday morning 6-8"
    if m["dash"]:
        return False  # "won 3-2 last night" is a score
    token = ctx.doc_token_at(m.start())
    previous = token.nbor(-1) if token is not None and token.i > 0 else None
    if previous is None:
        return True
    # "out 5 to seven in the morning", not "aged 5 to 12 in the morning" or "a 5 to 6 ..."
    return previous.lower_ not in _COUNTING and previous.pos_ not in ("NUM", "NOUN", "DET", "ADJ")


def _noun_follows(ctx: Context, end: int) -> bool:
    token = ctx.doc_token_at(end - 1)
    if token is None or token.i + 1 >= len(ctx.doc):
        return False
    return bool(token.nbor(1).pos_ in ("NOUN", "PROPN"))


def _deictic_day(
    ctx: Context, before: re.Match[str] | None, after: re.Match[str] | None
) -> date | None:
    """The day a part of day names from the article's date ("last night", "this morning")."""
    if ctx.reference is None:
        return None
    word = ""
    if before is not None and not before["the"]:
        word = (
            before["part"].lower()
            if before["part"].lower() == "tonight"
            else (before["rel"] or "").lower()
        )
    elif after is not None:
        word = (after["rel"] or after["tonight"]).lower()
    step = _DAY_STEP.get(word)
    return None if step is None else ctx.reference + timedelta(days=step)


def _day_after(ctx: Context, step: int) -> date | None:
    return None if ctx.reference is None else ctx.reference + timedelta(days=step)


def _draft(day: date | None, minutes: int, zone: str, start: int, end: int) -> Draft:
    hour, minute = divmod(minutes % (24 * 60), 60)
    clock = f"T{hour:02d}:{minute:02d}{zone}"
    if day is None:
        return Draft("TIME", clock, start=start, end=end)
    return Draft("TIME", day.isoformat() + clock, relative=True, start=start, end=end)
