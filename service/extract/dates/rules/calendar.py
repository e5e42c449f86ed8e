"""Calendar rules: explicit dates, months, years, decades, seasons, quarters, weekdays.

"May 7, 2015", "14th February 2019", "4/8/2023", "2015-05-07", "July 2003", "1998", "the
1990s", "spring 2024", "on Friday", "in May". A bare weekday, month or season is resolved
against the reference: news speaks of the past unless the clause is in the future tense.
"""

from __future__ import annotations

import re
from datetime import date

from ..context import Context, Draft, concrete
from ..patterns import (
    DAY,
    FREE_YEAR,
    FULL_MONTH,
    FULL_WEEKDAY,
    MONTH,
    SPELLED_DAY,
    WEEKDAY,
    YEAR,
    YEAR_TAIL,
    alternation,
    day_number,
    initials,
    month_number,
    stated_direction,
    word_start,
)
from ..registry import rule
from ..resolve import (
    resolve_relative_date,
    resolve_season_year,
    resolve_weekday,
)
from ..vocab import (
    AMBIGUOUS_NAMES,
    DAY_ORDINALS,
    DAY_TENS,
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
)


@rule(
    "month_day",
    rf"\b{initials([*WEEKDAYS, *MONTHS])}(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?P<mon>{MONTH})"
    rf"(?:[^\S\n]*|/|(?P<the>[^\S\n]+the[^\S\n]+))"
    rf"(?P<day>{DAY}|{SPELLED_DAY})\b(?!:|\.\d|,\d|/)(?:[^\S\n]*{YEAR_TAIL})?",
)
def month_day(m: re.Match[str], ctx: Context) -> Draft | None:
    if m["the"] and m["day"].isdigit():
        return None  # "in May the 3 firms": only an ordinal follows "the" in a date
    return _day_month_year(m, ctx)


_DAY_MONTH_START = initials([*WEEKDAYS, *DAY_ORDINALS, *DAY_TENS, *NUMBER_WORDS], "t0123456789")


@rule(
    "day_month",
    rf"(?<![\d.,])\b{_DAY_MONTH_START}(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?:the[^\S\n]+)?"
    rf"(?P<day>{DAY}|{SPELLED_DAY})"
    rf"(?P<link>[^\S\n]+of[^\S\n]+|[^\S\n]+|-)(?P<mon>{MONTH})(?:{YEAR_TAIL})?(?![a-z])",
)
def day_month(m: re.Match[str], ctx: Context) -> Draft | None:
    if not m["day"][0].isdigit() and "of" not in m["link"]:
        return None  # "the first May Day rally": a spelled day needs "of" before the month
    return _day_month_year(m, ctx)


def _day_month_year(m: re.Match[str], ctx: Context) -> Draft | None:
    month, day = month_number(m["mon"]), day_number(m["day"])
    if m["mon"].lower().rstrip(".") in AMBIGUOUS_NAMES and not m["mon"][0].isupper():
        return None
    if m["mon"] == "march" and not m["day"][0].isdigit():
        return None  # "we march first": the verb
    if m["year"]:
        try:
            return concrete(date(int(m["year"]), month, day).isoformat())
        except ValueError:
            return None
    value = ctx.day_without_year(month, day, m.start(), m.end())
    return concrete(value, relative=True) if value else None


@rule(
    "numeric_date",
    r"(?<![\d/.\w-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![\d/]|[.-]\d)",
)
def numeric_date(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "5/3/18", "10-1-2018", "23.04.2022": slashes and hyphens in US order (month first)
    unless the first number cannot be a month; dots, as Europe writes them, day first."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] != "/" and year <= 99 and _named_before(ctx, m.start()):
        return None  # "Python 3.7.19", "a 3-1-20 score": a version or a tally, not a date
    year += 0 if year > 99 else (2000 if year < 50 else 1900)
    day_first = m["sep"] == "." and second <= 12
    month, day = (second, first) if first > 12 or day_first else (first, second)
    try:
        return concrete(date(year, month, day).isoformat())
    except ValueError:
        return None


def _named_before(ctx: Context, offset: int) -> bool:
    """Whether a noun or a name comes right before `offset`."""
    token = ctx.doc_token_at(offset)
    if token is None or token.i == 0:
        return False
    return bool(token.nbor(-1).pos_ in ("NOUN", "PROPN", "NUM"))


# Hyphens may touch the date ("report-2018-09-23-page"), but not a digit beyond them.
@rule(
    "iso_date",
    # The lookbehinds follow the first digit so that the pattern starts with a character class.
    r"(?P<y>[12](?<!\d.)(?<!\d[-/].)\d{3})(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
    r"(?!\d|[-/]\d)",
)
def iso_date(m: re.Match[str], ctx: Context) -> Draft | None:
    try:
        return concrete(date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat())
    except ValueError:
        return None


@rule(
    "month_of_named_year",
    rf"(?P<mon>{word_start(MONTHS)}\.?)[^\S\n]+of[^\S\n]+(?P<rel>last|next|this)[^\S\n]+year\b",
)
def month_of_named_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "March of last year", "June of next year": that month of the year named."""
    if m["mon"].lower().rstrip(".") in AMBIGUOUS_NAMES and not m["mon"][0].isupper():
        return None
    month = month_number(m["mon"])
    year = resolve_relative_date(ctx.reference, f"{m['rel'].lower()} year") or "XXXX"
    return Draft("DATE", f"{year}-{month:02d}", relative=True)


@rule(
    "month_year",
    rf"(?P<mon>{word_start(MONTHS)}\.?)(?:,?[^\S\n]+(?:of[^\S\n]+)?|[-/])(?P<year>{YEAR})\b",
)
def month_year(m: re.Match[str], ctx: Context) -> Draft | None:
    if m["mon"].lower().rstrip(".") in AMBIGUOUS_NAMES and not m["mon"][0].isupper():
        return None
    return concrete(f"{m['year']}-{month_number(m['mon']):02d}")


@rule("year", rf"{FREE_YEAR}(?![\d%]|,\d|\.\d|-\d|:\d)")
def year(m: re.Match[str], ctx: Context) -> Draft | None:
    token = ctx.doc_token_at(m.start())
    if token is None or token.text != m[0]:
        return None
    following = token.nbor(1) if token.i + 1 < len(ctx.doc) else None
    counted = following is not None and following.pos_ == "NOUN" and following.ent_type_ != "DATE"
    if token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and counted:
        return None
    plural = following is not None and following.tag_ == "NNS"
    if counted and (token.ent_type_ != "DATE" or plural) and following is not None:
        # "2000 troops" counts troops; "the 2014 protests" is a year: only a determiner tells.
        previous = token.nbor(-1) if token.i > 0 else None
        if previous is None or previous.pos_ not in ("DET", "ADP"):
            return None
    return concrete(m[0])


@rule(
    "era_year",
    r"\b(?:(?P<y>\d{1,4})[^\S\n]?(?:AD|A\.D\.|CE|C\.E\.)|(?:AD|A\.D\.)[^\S\n]?(?P<y2>\d{1,4}))(?!\w)",
    0,
)
def era_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "347 AD", "AD 70", "800 CE": a year of the common era, however few its digits."""
    year = int(m["y"] or m["y2"])
    return concrete(f"{year:04d}") if 0 < year <= 2100 else None


@rule("year_after_mod", rf"\b(?:mid|early|late)-(?P<y>{YEAR})\b(?![-%]|[.,:]\d)")
def year_after_mod(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "mid-2019", "late-1990": the year; the word before becomes its mod."""
    return Draft("DATE", m["y"], start=m.start("y"))


# Words after which an apostrophe and two digits are a year: "in '95", "the class of '69".
_SHORT_YEAR_LEAD = re.compile(
    rf"\b(?:in|of|since|from|until|till|by|to|and|through|before|after|summer|spring|fall|"
    rf"autumn|winter|{MONTH})[^\S\n]+$",
    re.IGNORECASE,
)


@rule("apostrophe_year", r"(?<![\w'’])['’](?P<yy>\d\d)\b(?![\d%'’]|s\b)")
def apostrophe_year(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "in '95": the year of the reference's century, or of the one before when that would lie
    ahead ("'95" read in 2024 is 1995, "'19" is 2019)."""
    if ctx.before(_SHORT_YEAR_LEAD, m.start(), 16) is None:
        return None
    if ctx.reference is None:
        return None  # no century to put it in
    now = ctx.reference.year
    year = now // 100 * 100 + int(m["yy"])
    return Draft("DATE", str(year - 100 if year > now + 1 else year), relative=True)


@rule("year_end", r"\byear[- ]end\b")
def year_end(m: re.Match[str], ctx: Context) -> Draft | None:
    """ "by year end", "year-end results": the end of the reference's year (mod END)."""
    if ctx.reference is None:
        return Draft("DATE", "XXXX", mod="END", relative=True)
    return Draft("DATE", str(ctx.reference.year), mod="END", relative=True)


# Words that make "the 90s" (or "the nineties") a temperature.
WEATHER = re.compile(
    r"\b(?:temperatures?|temps?|degrees|fahrenheit|celsius|highs?|lows?|mercury|heat)\b|°", re.I
)


@rule(
    "decade",
    # Starts only after a non-letter: the lookbehind rejects most positions before the rest.
    r"(?<![a-z])(?=[emltao'’\d])(?:\b(?P<lead0>the)[^\S\n]+(?=(?:early|mid|late)[- ]))?"
    r"(?:\b(?P<mod>early|mid|late)[- ](?:the[^\S\n]+)?)?"
    r"(?P<lead>\bthe[^\S\n]+|'|’|\b(?:and|or)[^\S\n]+)?"
    r"(?P<dec>(?:1[5-9]|20)\d0|(?<!\d)\d0)(?:'?s|(?P<gap>[^\S\n])s)\b",
)
def decade(m: re.Match[str], ctx: Context) -> Draft | None:
    digits = m["dec"]
    if len(digits) == 2:
        if not (m["lead"] or m["lead0"]) or m["gap"]:
            return None  # "in their 70s" is an age, "in 90 s" ninety seconds
        if ctx.before(WEATHER, m.start(), 40):
            return None  # "highs in the 90s" are degrees
        digits = ("20" if digits in ("00", "10", "20") else "19") + digits
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    start = m.start("dec") if m["lead"] and not m["lead"].startswith("the") else m.start()
    return Draft("DATE", digits[:3], mod=mod, start=start)


@rule(
    "season",
    rf"\b(?:(?P<rel>this|last|next|early|late|mid|the)[- ])?(?P<season>{alternation(SEASONS)})\b"
    rf"(?:[^\S\n]+(?:of[^\S\n]+)?(?P<year>{YEAR})\b)?",
)
def season(m: re.Match[str], ctx: Context) -> Draft | None:
    word, rel = m["season"].lower(), (m["rel"] or "").lower()
    if word == "fall" and not (rel or m["year"]):
        return None  # the verb
    code = SEASONS[word]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(rel)
    start = m.start("season") if rel == "the" else m.start()
    if m["year"]:
        return Draft("DATE", f"{m['year']}-{code}", mod=mod, start=start)
    if ctx.reference is None:
        return Draft("DATE", f"XXXX-{code}", mod=mod, relative=True, start=start)
    direction = stated_direction(rel) or ctx.direction(*m.span())
    year = resolve_season_year(ctx.reference, code, direction)
    return Draft("DATE", f"{year}-{code}", mod=mod, relative=True, start=start)


@rule(
    "weekday",
    rf"\b(?:(?P<rel>last|next|this|coming|past|on)[^\S\n]+)?(?P<wd>{FULL_WEEKDAY})(?P<plural>s)?\b"
    r"(?:[^\S\n]+(?P<part>morning|afternoon|evening|night)\b)?",
)
def weekday(m: re.Match[str], ctx: Context) -> Draft | None:
    number = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    start = m.start("wd") if rel == "on" else m.start()
    if m["plural"]:
        return Draft("SET", f"XXXX-WXX-{number}", start=start, end=m.end("plural"))
    direction = stated_direction(rel) or ctx.direction(m.start("wd"), m.end("wd"))
    if ctx.reference is None:
        value = f"XXXX-WXX-{number}"
    else:
        value = resolve_weekday(ctx.reference, number, direction).isoformat()
    draft = Draft("DATE", value, relative=True, start=start, end=m.end("wd"))
    if m["part"]:
        part = f"{value}T{PARTS_OF_DAY[m['part'].lower()]}"
        draft.follow = Draft("TIME", part, relative=True, start=m.start("part"), end=m.end("part"))
    return draft


@rule(
    "bare_month",
    rf"\b{initials(MONTHS, 'lntcpem')}"
    rf"(?:(?P<rel>last|next|this|coming|past|early|late|mid|(?:earlier|later|early|late)[^\S\n]+in)"
    rf"[- ])?(?P<mon>{FULL_MONTH})\b(?![^\S\n]+\d)",
)
def bare_month(m: re.Match[str], ctx: Context) -> Draft | None:
    word, rel = m["mon"], re.sub(r"[^\S\n]+", " ", (m["rel"] or "").lower())
    if not word[0].isupper():
        return None
    if word.lower() == "may" and not rel:
        previous = ctx.text[max(0, m.start() - 7) : m.start()].lower().split()
        if not previous or previous[-1] not in ("in", "of", "since", "until", "by", "from", "and"):
            return None
    month = month_number(word)
    mod = {"early": "START", "early in": "START", "earlier in": "START", "mid": "MID",
           "late": "END", "late in": "END", "later in": "END"}.get(rel)  # fmt: skip
    # "early"/"late" state no direction: the story's year or the clause's tense decide.
    year = ctx.month_year(month, m.start("mon"), m.end("mon"), stated_direction(rel))
    return Draft("DATE", f"{year or 'XXXX'}-{month:02d}", mod=mod, relative=True)
