"""Quantities written in two parts: "3 dollars 50 cents", "5 ft 2 in", "one over three",
"2 out of 5", "percent of 10"; and units in brackets ("20 (kg)").
"""

from __future__ import annotations

from typing import Any

from .context import lower
from .numbers import NumberPhrase, read_phrase
from .vocab import MEASURE_UNITS, MINOR_CURRENCY, PERCENT_WORDS

# A major unit and the minor unit written after it, with how many minor units make one major.
_SUBUNITS: dict[str, tuple[frozenset[str], float]] = {
    "ft": (frozenset({"in", "inch", "inches", '"'}), 12),
    "lb": (frozenset({"oz", "ounce", "ounces"}), 16),
}
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# "1 in 21" and "one out of three" state a share; "over" reads as one only between bare numbers.
_RATIO_WORDS = ("over", "in", "out of")


def minor_part(doc: Any, j: int, unit: str | None, kind: str) -> tuple[int, float] | None:
    """End and value (in the major unit) of "50 cents" or "2 in" after "3 dollars" / "5 ft"."""
    k = j + 1 if lower(doc, j) == "and" else j
    part = read_phrase(doc, k)
    if part is None or part.suffix or part.value != int(part.value) or part.value <= 0:
        return None
    if doc[part.start].is_sent_start:
        return None
    after = lower(doc, part.end)
    if kind == "money" and unit is not None and unit.isupper() and part.value < 100:
        if after in MINOR_CURRENCY and MINOR_CURRENCY[after] == "cent":
            return part.end + 1, part.value / 100
        # "15 dollars 50": a bare number after the major unit, when nothing follows it.
        if after in ("", ".", ",", "!", "?", ";") or after == "and" and k == j:
            return part.end, part.value / 100
        return None
    if unit in _SUBUNITS:
        words, size = _SUBUNITS[unit]
        if after in words and part.value < size:
            return part.end + 1, part.value / size
    return None


def bracketed_unit(doc: Any, j: int) -> tuple[int, str] | None:
    """ "20 (kg)": a unit symbol alone in brackets right after the number."""
    opener = lower(doc, j)
    if opener not in _BRACKETS or lower(doc, j + 2) != _BRACKETS[opener]:
        return None
    key = lower(doc, j + 1)
    return (j + 3, MEASURE_UNITS[key]) if key in MEASURE_UNITS else None


def ratio(doc: Any, phrase: NumberPhrase) -> tuple[int, float] | None:
    """End and value of "one over three", "1 in 21", "two out of five hundred"."""
    j = phrase.end
    word = lower(doc, j)
    if word == "out" and lower(doc, j + 1) == "of":
        word, j = "out of", j + 1
    if word not in _RATIO_WORDS or phrase.suffix or phrase.currency or phrase.vague:
        return None
    low = read_phrase(doc, j + 1)
    if low is None or low.value == 0 or low.suffix or low.vague:
        return None
    following = doc[low.end] if low.end < len(doc) else None
    # "1 in 5 Americans" and "$2000 over 3 years" count people and years; "out of" never does.
    if word != "out of" and following is not None and following.pos_ in ("NOUN", "PROPN"):
        return None
    if word != "out of" and following is not None and following.is_alpha:
        return None
    if phrase.value > low.value and word != "over":
        return None
    return low.end, phrase.value / low.value


def percent_before(doc: Any, start: int) -> int | None:
    """Start of "percent of" / "per cent of" right before the number ("percent of 10")."""
    if lower(doc, start - 1) != "of":
        return None
    for length in (2, 1):
        first = start - 1 - length
        if first < 0:
            continue
        words = " ".join(lower(doc, k) for k in range(first, start - 1))
        if words in PERCENT_WORDS or words.rstrip("s") in PERCENT_WORDS:
            before = doc[first - 1] if first > 0 else None
            if before is None or read_phrase(doc, first - 1) is None and not before.like_num:
                return first
    return None
