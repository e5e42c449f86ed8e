"""Rules for dates written compactly: file names, URLs, forms and spreadsheet columns.

"20161016", "2019-aug-01", "23/Sep/2020", "2015-12", "2017 Q1", "2019-H2". News prints these in
datelines, links and tables more than in prose, so each pattern asks for the whole shape, never
part of it. Business copy adds "Q3", "FY2008", "fiscal 2008" and the school and calendar years.
Fiscal and school years have no fixed calendar (a company's fiscal 2008 may start in any month),
so their values (FY2008, SY2019, FYXXXX: the TIMEX2 spelling) carry no concrete range.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft
from ..patterns import MONTH, YEAR, month_number
from ..registry import rule
from ..resolve import resolve_relative_date
from .calendar_units import STEPS

_GAP = r"[^\S\n]+"


def _day(year: str, month: int, day: str) -> Draft | None:
    try:
        return Draft("DATE", date(int(year), month, int(day)).isoformat())
    except ValueError:
        return None


@rule(
    "compact_date",
    # The lookbehind (on the character before the year) follows the first two digits, so that the
    # pattern starts with literals `re` can skip to.
    r"(?P<y>(?:19|20)(?<![\d.,$£€#]..)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d%])",
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


@rule(
    "year_code",
    rf"(?P<k>[FfSsCc][Yy])(?:[^\S\n]?['’]?(?P<y2>\d\d)|[^\S\n]?(?P<y4>{YEAR}))(?![\w%/-])",
    0,
)
def year_code(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "FY2008", "FY 18", "sy18", "CY2019": a fiscal, school or calendar year by its code.

    Case-sensitive, so "Cy 18" (a name) is left alone; a bare "sy"/"cy" needs the year to touch it
    or a four-digit year, lest a stray "sy 12" be read as a year.
    """
    if ctx.text[max(0, m.start() - 1) : m.start()].isalnum():
        return None  # the \b is checked here: a leading one would slow the scan
    if not (m["k"].isupper() or m["k"].islower()):
        return None  # "Cy 18": a name
    kind = m["k"].upper()
    if m["y2"]:
        if kind != "FY" and m.end("k") != m.start("y2"):
            return None
        year = int(m["y2"]) + (2000 if int(m["y2"]) < 50 else 1900)
    else:
        year = int(m["y4"])
    return Draft("DATE", f"{'' if kind == 'CY' else kind}{year}")


# Words after which "Q3" is a quarter ("in Q3", "Apple's Q1", "Q1 and Q2"); after a name it is
# a product ("Audi Q3").
_BARE_QUARTER_LEAD = re.compile(
    r"(?:^|\n|[(,;]|\b(?:in|during|for|of|by|since|from|until|till|through|to|and|or|the|this|"
    r"last|next|its|their|our|between|before|after|than|[’']s))[^\S\n]*$",
    re.I,
)


@rule(
    "bare_quarter",
    rf"q(?P<n>[1-4])\b(?![:'’-])"
    rf"(?:{_GAP}(?:of{_GAP})?(?P<year>{YEAR}\b|(?:this|last|next){_GAP}year\b))?",
)
def bare_quarter(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "Q3", "q1 of 2017", "Q2 of last year": a quarter, of this year unless said otherwise.

    Without a year, a quarter the tense puts on the other side of the reference moves a year:
    "Q4 sales fell" written in March is last year's fourth quarter.
    """
    if ctx.text[max(0, m.start() - 1) : m.start()].isalnum():
        return None
    number = int(m["n"])
    year_text = (m["year"] or "").lower()
    if year_text[:1].isdigit():
        value = f"{year_text}-Q{number}"
    elif not ctx.before(_BARE_QUARTER_LEAD, m.start(), 12):
        return None
    elif ctx.reference is None:
        value = f"XXXX-Q{number}"
    elif year_text:
        value = f"{resolve_relative_date(ctx.reference, year_text)}-Q{number}"
    elif "year" in ctx.memory:
        value = f"{ctx.memory['year']}-Q{number}"
    else:
        year, first_day = ctx.reference.year, date(ctx.reference.year, 3 * number - 2, 1)
        direction = ctx.direction(*m.span())
        if direction == "past" and first_day > ctx.reference:
            year -= 1
        elif direction == "future" and first_day.replace(month=3 * number) < ctx.reference:
            year += 1
        value = f"{year}-Q{number}"
    if value[:1].isdigit():
        ctx.memory["quarter"] = value
    return Draft("DATE", value, relative=not year_text[:1].isdigit())


_YEAR_KIND_LEAD = re.compile(
    rf"(?:\b(?P<rel>this|next|last|current|previous|past|coming){_GAP})?"
    rf"\b(?P<kind>fiscal|school|calendar){_GAP}$",
    re.I,
)


@rule(
    "worded_year",
    r"year\b(?:(?<=fiscal\syear)|(?<=school\syear)|(?<=calendar\syear))"
    rf"(?![^\S\n]*-)(?:{_GAP}(?P<year>{YEAR})(?:[-/](?P<end>\d\d))?(?![\d%-]))?",
)
def worded_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "fiscal year 2008", "last fiscal year", "this school year", "this calendar year" (a plain
    year). "in fiscal year" alone is a fiscal year not said (FYXXXX)."""
    lead = ctx.before(_YEAR_KIND_LEAD, m.start(), 40)
    if lead is None:
        return None
    kind, rel = lead["kind"].lower(), (lead["rel"] or "").lower()
    prefix = {"fiscal": "FY", "school": "SY", "calendar": ""}[kind]
    if m["year"]:
        if kind == "calendar":
            return None  # the year alone says it
        year = _named_year(int(m["year"]), m["end"], kind)
        return None if year is None else Draft("DATE", f"{prefix}{year}", start=lead.start("kind"))
    if rel and ctx.reference is not None:
        year = ctx.reference.year + STEPS[rel]
        return Draft("DATE", f"{prefix}{year}", relative=True, start=lead.start())
    before = ctx.text[max(0, lead.start() - 12) : lead.start()]
    following = ctx.doc_token_at(m.end() + 1) if m.end() + 1 < len(ctx.text) else None
    # "each fiscal year", "fiscal year results" refer to no one fiscal year.
    if kind != "fiscal" or rel or not re.search(rf"\b(?:in|for|during|the){_GAP}$", before):
        return None
    if following is not None and following.idx > m.end() and following.pos_ in ("NOUN", "PROPN"):
        return None
    return Draft("DATE", "FYXXXX", relative=True, start=lead.start())


def _named_year(year: int, end: str | None, kind: str) -> int | None:
    """A fiscal year named by two years ("fiscal 2018-19") is the later one, as companies
    number it; a school year keeps the first."""
    if not end:
        return year
    if int(end) != (year + 1) % 100:
        return None
    return year + 1 if kind == "fiscal" else year


@rule("fiscal_number", rf"fiscal{_GAP}(?P<year>{YEAR})(?:[-/](?P<end>\d\d))?(?![\d%-])")
def fiscal_number(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "fiscal 2008", as US business news writes a fiscal year."""
    if ctx.text[max(0, m.start() - 1) : m.start()].isalnum():
        return None
    year = _named_year(int(m["year"]), m["end"], "fiscal")
    return None if year is None else Draft("DATE", f"FY{year}")
