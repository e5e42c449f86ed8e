"""Rules for dates written compactly: file names, URLs, forms and spreadsheet columns.

"20161016", "2019-aug-01", "23/Sep/2020", "2015-12", "2017 Q1", "2019-H2". Registered into
`dates_rules.RULES` on import, like the calendar rules. News prints these in datelines, links
and tables more than in prose, so each pattern asks for the whole shape, never part of it.
"""

from __future__ import annotations

import re
from datetime import date

from .dates_context import Context, Draft
from .dates_rules import MONTH, YEAR, month_number, rule


def _day(year: str, month: int, day: str) -> Draft | None:
    try:
        return Draft("DATE", date(int(year), month, int(day)).isoformat())
    except ValueError:
        return None


@rule(
    "compact_date",
    r"(?<![\d.,$£€#])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d%])",
)
def compact_date(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "20161016" (ISO 8601 basic format), as in "report-20170302.html"."""
    if re.match(r"[^\S\n]+[a-z]", ctx.text[m.end() : m.end() + 2]):
        return None  # "20161016 dollars" counts something
    return _day(m["y"], int(m["m"]), m["d"])


@rule(
    "named_month_date",
    rf"(?<![\w-])(?:(?P<y>{YEAR})(?P<s>[-/])(?P<mon>{MONTH})(?P=s)(?P<d>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})(?P<s2>[-/])(?P<mon2>{MONTH})(?P=s2)(?P<y2>{YEAR})"
    rf"|(?P<mon3>{MONTH})(?P<s3>[-/])(?P<d3>\d{{1,2}})(?P=s3)(?P<y3>{YEAR})"
    rf"|(?P<y4>{YEAR})(?P<s4>[-/])(?P<d4>\d{{1,2}})(?P=s4)(?P<mon4>{MONTH}))(?![\w-])",
)
def named_month_date(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "2019-aug-01", "23/Sep/2020", "Sep-23-2020", "2020/23/Sep": a named month is unambiguous."""
    year = m["y"] or m["y2"] or m["y3"] or m["y4"]
    month = month_number(m["mon"] or m["mon2"] or m["mon3"] or m["mon4"])
    return _day(year, month, m["d"] or m["d2"] or m["d3"] or m["d4"])


@rule(
    "numeric_month",
    rf"(?<![\d$£€.,:/#-])(?:(?P<y>{YEAR})-(?P<m>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])[-/](?P<y2>{YEAR}))"
    r"(?![\d%/]|-\d|\.\d)",
)
def numeric_month(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "2015-12", "2015-3", "12-2015": a year and a month number."""
    year, month = m["y"] or m["y2"], m["m"] or m["m2"]
    if m["y"] and len(month) == 2 and 0 < int(year[:2] + month) - int(year) <= 10:
        return None  # "2010-11" is a span of years (a season), as `year_span` reads it
    return Draft("DATE", f"{year}-{int(month):02d}")


@rule(
    "year_part",
    rf"\b(?:(?P<y>{YEAR})[^\S\n]?-?[^\S\n]?(?P<k>[QqHh])(?P<n>[1-4])"
    rf"|(?P<k2>[Qq])(?P<n2>[1-4])(?:[^\S\n]+|-|/)(?P<y2>{YEAR}))\b",
)
def year_part(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "2017-q1", "q3 2019", "2019 H2": a quarter or a half of a year."""
    kind, number = (m["k"] or m["k2"]).upper(), int(m["n"] or m["n2"])
    if kind == "H" and number > 2:
        return None
    return Draft("DATE", f"{m['y'] or m['y2']}-{kind}{number}")


@rule("calendar_quarter", rf"\bQ(?P<q>[1-4])(?:[^\S\n]+|-|/)?(?P<year>{YEAR})\b", 0)
def calendar_quarter(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Q1 2019", "Q4/2020", as quarterly reports write them."""
    return Draft("DATE", f"{m['year']}-Q{m['q']}")
