"""Calendar rules: explicit dates, months, years, decades, seasons, quarters, weekdays, deixis.

Each rule is a regular expression plus a handler turning its match into a `Draft`. The
extractor runs every rule over the text, keeps the longest non-overlapping matches and calls
the handlers in text order, so a handler can use what was mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .dates_context import Context, Draft
from .dates_literals import Literals, required_literals
from .dates_regex import alternation, initial_alternation, initials, word_start
from .timex_resolve import (
    Direction,
    resolve_month_day,
    resolve_month_year,
    resolve_season_year,
    resolve_weekday,
)
from .timex_vocab import (
    AMBIGUOUS_NAMES,
    DAY_ORDINALS,
    DAY_TENS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
)

Handler = Callable[[re.Match[str], Context], Draft | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # One of these is in the folded text (`dates_literals.fold`) wherever the rule matches.
    needs: Literals | None = None

    def may_match(self, folded: str) -> bool:
        """False when the rule cannot match the text: none of the literals it needs is there."""
        return self.needs is None or any(word in folded for word in self.needs)


# The word lists below go into IGNORECASE patterns only: see `initial_alternation`.
MONTH = rf"(?:{initial_alternation(MONTHS)})\.?"
FULL_MONTH = initial_alternation(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
WEEKDAY = rf"(?:{initial_alternation(WEEKDAYS)})\.?"
FULL_WEEKDAY = initial_alternation(k for k in WEEKDAYS if k.endswith("day"))
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A YEAR not glued to a number or an amount before it. The lookbehind (on the character before
# the year) sits after the first two digits, so the pattern starts with literals `re` skips to.
FREE_YEAR = r"(?:1[5-9]|20)(?<![\d$£€.,:/#-]..)\d\d"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL = initial_alternation(ORDINALS)
# A day written out: "ninth", "twenty-first", and after the tens a cardinal ("twenty nine").
_UNIT_DAYS = initial_alternation(
    [w for w, n in DAY_ORDINALS.items() if n < 10]
    + [w for w, n in NUMBER_WORDS.items() if 1 <= n < 10 and len(w) > 2]
)
SPELLED_DAY = (
    rf"(?:(?:{alternation(DAY_TENS)})[- ](?:{_UNIT_DAYS})|{initial_alternation(DAY_ORDINALS)})"
    r"(?![-\w])"
)
# The year after a day: "March 3, 2011", "July 4th of 1995", "28 June in 2020".
_YEAR_TAIL = rf"(?:,?[^\S\n]+(?:(?:of|in)[^\S\n]+)?|-)(?P<year>{YEAR})\b"
RULES: list[Rule] = []


def rule(name: str, pattern: str, flags: int = re.IGNORECASE) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        compiled = re.compile(pattern, flags)
        RULES.append(Rule(name, compiled, handler, required_literals(compiled)))
        return handler

    return register


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    if word[:1].isdigit():
        return int(re.sub(r"\D", "", word))
    parts = word.lower().replace("-", " ").split()
    words = {**DAY_ORDINALS, **NUMBER_WORDS}
    return sum(DAY_TENS.get(p) or words.get(p, 0) for p in parts)


def stated_direction(word: str) -> Direction | None:
    """The direction a modifier word states outright ("last Friday", "next spring")."""
    return {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
            "this": "this"}.get(word)  # type: ignore[return-value]  # fmt: skip


def concrete(value: str, relative: bool = False, type_: str = "DATE") -> Draft:
    return Draft(type_, value, relative=relative)


@rule(
    "month_day",
    rf"\b{initials([*WEEKDAYS, *MONTHS])}(?:(?P<wd>{WEEKDAY}),?[^\S\n]+)?(?P<mon>{MONTH})"
    rf"(?:[^\S\n]*|/|(?P<the>[^\S\n]+the[^\S\n]+))"
    rf"(?P<day>{DAY}|{SPELLED_DAY})\b(?!:|\.\d|,\d|/)(?:[^\S\n]*{_YEAR_TAIL})?",
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
    rf"(?P<link>[^\S\n]+of[^\S\n]+|[^\S\n]+|-)(?P<mon>{MONTH})(?:{_YEAR_TAIL})?(?![a-z])",
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
    if ctx.reference is None:
        return concrete(f"XXXX-{month:02d}-{day:02d}", relative=True)
    tense = ctx.tense(m.start(), m.end())
    found = resolve_month_day(ctx.reference, month, day, "this" if tense is None else tense)  # type: ignore[arg-type]
    return concrete(found.isoformat(), relative=True) if found else None


@rule("numeric_date", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
def numeric_date(m: re.Match[str], ctx: Context) -> Draft | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    year += 0 if year > 99 else (2000 if year < 50 else 1900)
    # US order (month first) unless the first number cannot be a month.
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return concrete(date(year, month, day).isoformat())
    except ValueError:
        return None


# Hyphens may touch the date ("report-2018-09-23-page"), but not a digit beyond them.
@rule(
    "iso_date",
    # The lookbehinds follow the first digit so that the pattern starts with a character class.
    r"(?P<y>[12](?<!\d.)(?<!\d-.)\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d|-\d)",
)
def iso_date(m: re.Match[str], ctx: Context) -> Draft | None:
    try:
        return concrete(date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat())
    except ValueError:
        return None


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


# Words that make "the 90s" (or "the nineties") a temperature.
WEATHER = re.compile(
    r"\b(?:temperatures?|temps?|degrees|fahrenheit|celsius|highs?|lows?|mercury|heat)\b|°", re.I
)


@rule(
    "decade",
    # Starts only after a non-letter: the lookbehind rejects most positions before the rest.
    r"(?<![a-z])(?=[emltao'’\d])(?:\b(?P<mod>early|mid|late)[- ](?:the[^\S\n]+)?)?"
    r"(?P<lead>\bthe[^\S\n]+|'|’|\b(?:and|or)[^\S\n]+)?"
    r"(?P<dec>(?:1[5-9]|20)\d0|(?<!\d)\d0)(?:'?s|(?P<gap>[^\S\n])s)\b",
)
def decade(m: re.Match[str], ctx: Context) -> Draft | None:
    digits = m["dec"]
    if len(digits) == 2:
        if not m["lead"] or m["gap"]:
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
    if ctx.reference is None:
        return Draft("DATE", f"XXXX-{month:02d}", mod=mod, relative=True)
    direction = stated_direction(rel) or ctx.direction(m.start("mon"), m.end("mon"))
    year = resolve_month_year(ctx.reference, month, direction)
    return Draft("DATE", f"{year}-{month:02d}", mod=mod, relative=True)
