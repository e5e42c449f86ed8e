"""Word lists for temporal expressions: the only place English calendar vocabulary lives.

Rules elsewhere build their patterns from these tables, so adding a spelling here teaches every
rule at once.
"""

from __future__ import annotations

# Abbreviations are listed because newswire datelines use them ("Sept. 4", "Jan 2019").
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# ISO weekday numbers (Monday = 1), the numbering TIMEX3 uses in XXXX-WXX-5.
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

# Abbreviated names that are also ordinary words ("may", "sat", "sun", "mar") only count as
# calendar words in a date-shaped context; bare ones are matched from full names only.
AMBIGUOUS_NAMES = frozenset({"may", "mar", "sat", "sun", "wed", "dec", "jan"})

# TIMEX3 season codes; northern-hemisphere months give the concrete range.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
}  # fmt: skip

# TIMEX3 part-of-day codes, appended to a date as in 2006-01-26TNI. TimeML has no code for
# the small hours, so "night-time" is the night (Recognizers-Text's TNT is not TimeML).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "tonite": "NI", "midday": "MI", "noon": "MI", "daytime": "DT", "night-time": "NI",
    "nighttime": "NI",
}  # fmt: skip
# Meals as times of day: TimeML has no meal codes (Recognizers-Text's TMEB/TMEL/TMED are its own),
# so a meal is the part of the day that holds it, which any TIMEX3 consumer can read.
MEALS: dict[str, str] = {
    "breakfast": "MO", "brunch": "MO", "lunch": "MI", "luncheon": "MI", "dinner": "EV",
    "supper": "EV",
}  # fmt: skip
# "am"/"pm" after a day word name its half: "today pm" is this afternoon.
MERIDIEM_PARTS: dict[str, str] = {"am": "MO", "a.m.": "MO", "pm": "AF", "p.m.": "AF"}

# Duration unit -> (TIMEX3 designator, whether it sits after the "T" of a duration).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip
# Unit abbreviations as written after a number ("3h", "5 min", "2 yrs").
UNIT_ABBREVIATIONS: dict[str, str] = {
    "h": "hour", "hr": "hour", "min": "minute", "sec": "second", "yr": "year", "wk": "week",
}  # fmt: skip
# Fractions spoken after a number or unit ("one and a half hours", "a year and a quarter").
FRACTION_WORDS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
# Units measured as a multiple of another one ("a fortnight" is two weeks).
UNIT_FACTORS: dict[str, int] = {"fortnight": 2}

# Frequency adverbs and adjectives that denote a recurring period (TIMEX3 SET).
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "biannually": "P6M",
    "everyday": "P1D",
    # Recognizers-Text writes half a year this way; the value means the same as P6M.
    "semiannually": "P0.5Y", "semi-annually": "P0.5Y", "semiannual": "P0.5Y",
    "semi-annual": "P0.5Y",
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1, "couple": 2, "dozen": 12,
}  # fmt: skip
# Quantity words with no definite number: the TIMEX3 value keeps an X ("several years" = PXY).
VAGUE_AMOUNTS = frozenset({"several", "few", "a few", "many", "some", "recent", "the past few"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "5th": 5, "final": -1, "last": -1,
}  # fmt: skip

# Days of the month written out ("January twenty-fourth", "the ninth of April"). The tens
# combine with the units below ten ("thirty first"); spoken dates also use cardinals there.
DAY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
DAY_TENS: dict[str, int] = {"twenty": 20, "thirty": 30}

# Words before a temporal expression that qualify it, with their TIMEX3 mod.
MOD_WORDS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "MORE_THAN", "just over": "MORE_THAN",
    "early": "START", "earlier in": "START", "late": "END", "later in": "END", "mid": "MID",
    "the start of": "START", "the beginning of": "START", "the middle of": "MID",
    "the end of": "END", "the close of": "END",
    # Schedules drop the article: "by end of June", "end of tomorrow", "start of 2020".
    "end of": "END", "start of": "START", "beginning of": "START",
}  # fmt: skip

# Deictic words whose TIMEX3 value is a reference to the present, past or future, not a date.
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "right now": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "recent years": "PAST_REF", "in the past": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
}  # fmt: skip

# Verbs that put an infinitive after them in the future ("set to open on Friday").
FUTURE_VERBS = frozenset({"set", "schedule", "expect", "plan", "due", "intend", "go", "hope", "aim",
                          "want", "promise", "vow", "prepare", "agree", "be", "predict",
                          "forecast", "project"})  # fmt: skip

# Time zones whose offset is zero: TIMEX3 writes them as a trailing Z.
UTC_ZONES = frozenset({"utc", "gmt", "z"})
TIME_ZONES = frozenset({
    "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "bst", "cet", "cest", "msk", "ist", "jst", "aest",
})  # fmt: skip

# Prepositions after which a lower-case month name is still a month ("back in april"); "may"
# and "march" are left out, being far more often a verb.
MONTH_PREPOSITIONS = frozenset({
    "in", "from", "to", "until", "till", "since", "of", "by", "before", "after", "during",
    "between", "and", "early", "late", "mid", "last", "next", "this", "through",
})  # fmt: skip
