"""Years before 1500, which a bare number of three digits could as well count: years only where
the wording says so.

    "(c. 347 – 30 September 420)"   a life span in parentheses: both ends are years
    "30 September 420"              a day and a month before it
    "in December of 384"            a month "of" it
    "In 348 Pachomius died", "around 328.", "until about 360 - 366"
                                    after "in", "until", "around" ... with no noun after it, but
                                    only in a text that names such a year as plainly as above
                                    (or with its era, "AD 347"): a history, not a news story
                                    counting "in 300 cases"
    "Jerome in His Study (1480)"    alone in parentheses, in such a text too
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft, concrete
from ..patterns import DAY, MONTH, day_number, month_number
from ..registry import rule

EARLY = r"(?:1[0-4]\d\d|[1-9]\d\d)"  # 100 to 1499; later years are the calendar rules'
_GAP = r"[^\S\n]+"
_DASH = r"[^\S\n]*[-–—][^\S\n]*"
# What opens a life span: "(" right after a name ("Theodorus (314 – 368)"), "; " after a name's
# spellings, "c." / "ca." / "circa". After a common noun ("the score (314 – 368)") it is none.
_SPAN_OPENING = re.compile(
    r"(?:\b[A-Z][\w'’.-]*[^\S\n]*\(|;|\b[cC]\.|\b[cC]a\.|\b[cC]irca)[^\S\n]*$"
)
_LIFE_SPAN = (
    rf"(?<![\d.,])(?P<a>{EARLY}){_DASH}"
    rf"(?:(?P<day>{DAY}){_GAP}(?P<mon>{MONTH}){_GAP})?(?P<b>{EARLY})(?=[^\S\n]*\))"
)
_DAY_MONTH_YEAR = (
    rf"(?<![\d.,])\b(?P<day>{DAY}){_GAP}(?P<mon>{MONTH}){_GAP}(?P<year>{EARLY})\b(?![,.]?\d)"
)
_MONTH_OF_YEAR = rf"(?P<mon>{MONTH}){_GAP}of{_GAP}(?P<year>{EARLY})\b(?![,.]?\d)"
_ERA_YEAR = rf"\b(?:{EARLY}[^\S\n]?(?:AD|A\.D\.|CE|C\.E\.)|(?:AD|A\.D\.)[^\S\n]?{EARLY})(?!\w)"
_DATED_FORMS = tuple(
    re.compile(pattern, re.IGNORECASE) for pattern in (_DAY_MONTH_YEAR, _MONTH_OF_YEAR)
)
_ERA_YEARS = re.compile(_ERA_YEAR, re.IGNORECASE)
_LIFE_SPANS = re.compile(_LIFE_SPAN, re.IGNORECASE)


def names_early_years(text: str) -> str | None:
    """How `text` names a year before 1500 plainly: "dated" (a life span, a dated day, a month
    "of" it), "era" (only with its era, "AD 347", which news of a find may name in passing), or
    None."""
    if any(form.search(text) for form in _DATED_FORMS) or any(
        _opens_span(text, match.start()) for match in _LIFE_SPANS.finditer(text)
    ):
        return "dated"
    return "era" if _ERA_YEARS.search(text) else None


def _opens_span(text: str, offset: int) -> bool:
    return _SPAN_OPENING.search(text, max(0, offset - 40), offset) is not None


def _followed_by_noun(ctx: Context, end: int) -> bool:
    """Whether a noun comes right after the number ending at `end` ("420 people")."""
    token = ctx.doc_token_at(end - 1)
    if token is None or token.i + 1 >= len(ctx.doc):
        return False
    return bool(token.nbor(1).pos_ in ("NOUN", "NUM") or token.nbor(1).lower_ in ("%", "per"))


def _year(text: str) -> str:
    return f"{int(text):04d}"


def _day(m: re.Match[str], year: str) -> str | None:
    try:
        return date(int(year), month_number(m["mon"]), day_number(m["day"])).isoformat()
    except ValueError:
        return None


@rule("early_life_span", _LIFE_SPAN)
def early_life_span(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "(c. 347 – 30 September 420)", "(314 – 368)": a life or a reign, a lifetime long."""
    if not _opens_span(ctx.text, m.start()) or not 0 < int(m["b"]) - int(m["a"]) <= 120:
        return None
    closing = _day(m, m["b"]) if m["day"] else _year(m["b"])
    if closing is None:
        return None
    last = Draft("DATE", closing, start=m.start("day") if m["day"] else m.start("b"), end=m.end())
    return Draft("DATE", _year(m["a"]), end=m.end("a"), follow=last)


@rule("early_day_month_year", _DAY_MONTH_YEAR)
def early_day_month_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "30 September 420": a day of that year, unless the number counts what follows."""
    if _followed_by_noun(ctx, m.end()):
        return None
    value = _day(m, m["year"])
    return concrete(value) if value else None


@rule("early_month_of_year", _MONTH_OF_YEAR)
def early_month_of_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "December of 384": that month of that year."""
    if _followed_by_noun(ctx, m.end()):
        return None
    return concrete(f"{_year(m['year'])}-{month_number(m['mon']):02d}")


@rule(
    "early_year_after",
    rf"\b(?:in|until|till|since|by|from|around|about|circa|c\.){_GAP}"
    rf"(?:(?:about|around|circa|c\.){_GAP})?(?P<y>{EARLY})(?:{_DASH}(?P<b>{EARLY}))?\b"
    r"(?![,.:]?\d|[^\S\n]*%)",
)
def early_year_after(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "In 348 Pachomius died", "around 328.", "until about 360 - 366": years, in a text that
    names years before 1500 plainly elsewhere, when no noun follows the number."""
    if not ctx.early_years or _followed_by_noun(ctx, m.end()):
        return None
    if m["b"] and not 0 < int(m["b"]) - int(m["y"]) <= 120:
        return None
    last = Draft("DATE", _year(m["b"]), start=m.start("b"), end=m.end()) if m["b"] else None
    return Draft("DATE", _year(m["y"]), start=m.start("y"), end=m.end("y"), follow=last)


@rule("early_year_in_parentheses", rf"(?<=\()(?P<y>{EARLY})(?=\))")
def early_year_in_parentheses(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Jerome in His Study (1480)": a work's year, in a text that names early years plainly."""
    return concrete(_year(m["y"])) if ctx.early_years else None
