"""Building blocks for the date rules: regex builders, the pieces many rules share (a month, a
day, a year, a number), and readers of what those pieces match."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .resolve import Direction
from .vocab import (
    DAY_ORDINALS,
    DAY_TENS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    WEEKDAYS,
)


def alternation(words: Iterable[str]) -> str:
    """Words as one regex alternation, longest first so "sept" is not cut to "sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def initials(words: Iterable[str], extra: str = "") -> str:
    """A lookahead on a rule's possible first letters (patterns ignore case): `re` tries each
    branch of a long alternation at every word boundary; one character class rejects most first."""
    chars = sorted({w[0].lower() for w in words if w} | set(extra))
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


# Why the two helpers below: `re` scans for a match with a fast C loop only when the pattern's
# first consumed item is a literal or a plain character class that case-insensitive matching
# does not touch. A leading `\b`, lookaround or optional group, or a letter under IGNORECASE,
# makes it try the whole pattern at every position of the text (several ms per rule over the
# gold texts). Likewise, in an alternation `re` skips a branch on one comparison when the branch
# starts with a plain literal or class, but enters every branch that starts with an
# IGNORECASE letter.

# What `re.IGNORECASE` matches to an ASCII letter besides its two cases ("ſ" to "s", ...).
_CASE_TWINS = "İıſ\u212a"


def _cased_class(letters: Iterable[str]) -> str:
    """A case-sensitive class of every character `re.IGNORECASE` matches to one of `letters`."""
    chars: dict[str, None] = {}
    for letter in letters:
        for c in (letter.lower(), letter.upper(), *_CASE_TWINS):
            if re.fullmatch(re.escape(letter), c, re.IGNORECASE):
                chars[c] = None
    return "(?-i:[" + "".join(re.escape(c) for c in chars) + "])"


def _by_initial(words: Iterable[str]) -> dict[str, list[str]]:
    """The escaped rests of `words` under their lower-case first letter, in `alternation` order
    (longest first, which is all that order needs: words that can match at one place are then
    prefixes of each other)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: len(re.escape(w)), reverse=True):
        groups.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    return groups


def initial_alternation(words: Iterable[str]) -> str:
    """`alternation(words)` for an IGNORECASE pattern, grouped by first letter, which is written
    as a case-sensitive class: the branches of other letters are skipped on one comparison."""
    return "|".join(
        f"{_cased_class(letter)}(?:{'|'.join(rests)})"
        for letter, rests in _by_initial(words).items()
    )


def word_start(words: Iterable[str]) -> str:
    """`\\b(?:alternation(words))` for an IGNORECASE pattern that starts with it, written so that
    `re` can skip to the candidate first letters: a case-sensitive class of them comes first, the
    word boundary is checked behind it, and each rest of a word checks its whole word behind it.
    The order stays that of `alternation`, so the matches (and the groups around) are the same;
    every word must start with a letter or digit, for which `(?<=\\b.)` is the `\\b` before it."""
    ordered = sorted(words, key=lambda w: len(re.escape(w)), reverse=True)
    rests = "|".join(f"{re.escape(w[1:])}(?<={re.escape(w)})" for w in ordered)
    return rf"{_cased_class(w[0] for w in ordered)}(?<=\b.)(?:{rests})"


# The word lists below go into IGNORECASE patterns only: see `initial_alternation`.
# An abbreviation's full stop belongs to it ("Feb."); after a whole name it ends the sentence.
_NOT_AFTER_WHOLE_NAME = "".join(
    f"(?<!{end})" for end in ("ary", "march", "april", "may", "june", "july", "august", "ber")
)
MONTH = rf"(?:{initial_alternation(MONTHS)})(?:{_NOT_AFTER_WHOLE_NAME}\.)?"
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
YEAR_TAIL = rf"(?:,?[^\S\n]+(?:(?:of|in)[^\S\n]+)?|-)(?P<year>{YEAR})\b"
# A count in digits or words, and the letters such a phrase can start with (IGNORECASE only).
_TENS = initial_alternation(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
)
_SMALL = initial_alternation(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 20 and len(w) > 2)
NUMBER = (
    rf"\d+(?:\.\d+)?|(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_SMALL}|a[^\S\n]+couple[^\S\n]+of|"
    r"a[^\S\n]+few|a[^\S\n]+dozen|several|few|many|a|an|single|hundreds[^\S\n]+of|dozens[^\S\n]+of|"
    r"half[^\S\n]+an?|½"
)
# The letters a number phrase (or "the" before it) can start with; see `initials`.
NUMBER_START = initials(
    [*NUMBER_WORDS, "several", "few", "many", "hundreds", "dozens", "half"], "t½0123456789"
)


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
