"""Spelled fractions: "two-thirds", "a third of", "one hundred and three quarters", "3/21".

A run of number words ending in a fraction word is split into numerator and denominator. The
denominator is itself a number ("twenty-fifths" is 25), so "one twenty-fifth" is 1/25 while
"twenty-one fifths" is 21/5: the longest denominator that reads as a number, with a numerator
that also reads as one, wins; a hyphen binds its two words, and a denominator never starts with
a scale word. After "and", a proper fraction is added to what came before ("five and a quarter").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .vocab import FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS

_HYPHENS = frozenset({"-", "–", "‐"})
# Spelled scale words only: "k" or "bn" are never part of a spelled fraction.
_SPELLED_SCALES = {w: v for w, v in SCALE_WORDS.items() if len(w) > 3 or w == "hundred"}
# "first" and "second" are fractions only inside a compound denominator ("three twenty-firsts").
_COMPOUND_ONLY = {"first": 1.0, "firsts": 1.0, "second": 2.0, "seconds": 2.0}
_MAX_WINDOW = 16

Item = float | str  # a number word's value, "and", or "a" (one, before a scale or fraction)


@dataclass
class Fraction:
    end: int  # token index after the phrase
    value: float
    scale: float | None


def words_value(items: list[Item]) -> float | None:
    """The value of number words in order, or None when they do not spell one number."""
    total = current = 0.0
    last = ""  # kind of the previous item: unit, teen, tens, hundred, scale, and, a
    before_and = ""
    top = 0.0
    for index, item in enumerate(items):
        if item == "and":
            if last in ("", "and", "a"):
                return None
            before_and, last = last, "and"
            continue
        if item == "a":
            if index != 0:
                return None
            current, last = 1.0, "a"
            continue
        value = float(item)
        kind = last if last != "and" else before_and
        if value < 100:
            if last == "a":
                return None
            if kind == "tens" and 0 < value < 10:
                pass
            elif kind in ("", "hundred", "scale") and current % 100 == 0:
                pass
            else:
                return None
            current += value
            last = "tens" if value >= 20 and value % 10 == 0 else "unit" if value < 10 else "teen"
        elif value == 100:
            if current % 100 == 0 and current > 0 and last != "a":
                return None
            current = (current or 1) * 100
            last = "hundred"
        else:
            if last == "scale" and current == 0 and total and value > top:
                total *= value  # "three lakh crore"
            elif top and value >= top:
                return None
            else:
                total += (current or 1) * value
                current = 0
            top = max(top, value)
            last = "scale"
    if last == "a":
        return 1.0 if len(items) == 1 else None
    if last in ("and", ""):
        return None
    return total + current


def _split(
    words: list[Item], bound: list[bool], denominator: float, compound: bool
) -> float | None:
    """numerator / denominator, choosing how many trailing words belong to the denominator."""
    for k in range(1, len(words) + 1):
        if k < len(words):
            first = words[k]
            if bound[k] or first in ("and", "a") or float(first) >= 100:
                continue
            low = words_value(words[k:] + [denominator])
        elif compound:
            return None  # "seconds" alone is time, not a fraction
        else:
            low = denominator
        high = words_value(words[:k])
        if low and high is not None:
            return high / low
    return None


def read_fraction(doc: Any, start: int) -> Fraction | None:
    """A spelled fraction starting at token `start`, or None when the words hold none."""
    words: list[Item] = []
    bound: list[bool] = []
    hyphen = False
    j = start
    while j < len(doc) and j - start < _MAX_WINDOW:
        token = doc[j]
        word = str(token.lower_)
        if token.is_space:
            j += 1
            continue
        if word in _HYPHENS and words:
            hyphen = True
        elif word in FRACTION_WORDS or word in _COMPOUND_ONLY:
            return _finish(doc, j, word, words, bound)
        elif word in NUMBER_WORDS or word in _SPELLED_SCALES:
            words.append(
                float(NUMBER_WORDS[word] if word in NUMBER_WORDS else _SPELLED_SCALES[word])
            )
            bound.append(hyphen)
            hyphen = False
        elif word in ("a", "an") and (not words or words[-1] == "and"):
            words.append("a")
            bound.append(False)
        elif word == "and" and words:
            words.append("and")
            bound.append(False)
        else:
            return None
        j += 1
    return None


def _finish(doc: Any, j: int, word: str, words: list[Item], bound: list[bool]) -> Fraction | None:
    if words and words[-1] == "and":
        words, bound = words[:-1], bound[:-1]  # "one one hundred and fifth"
    if not words:
        return None
    singular = not word.endswith("s") or word == "halves"
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if word in _COMPOUND_ONLY:
        tens = words[-1]
        if isinstance(tens, str) or tens < 20 or tens % 10 or bound[-1]:
            return None
        denominator = _COMPOUND_ONLY[word]
    else:
        denominator = FRACTION_WORDS[word]
    # "the third quarter", "a second time": an ordinal before a noun is a rank.
    if singular and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and word != "half":
        if str(nxt.lower_) not in _SPELLED_SCALES:
            return None
    end = j + 1
    scale = None
    after = str(doc[end].lower_) if end < len(doc) else ""
    if after in _SPELLED_SCALES and _SPELLED_SCALES[after] >= 1000:
        scale, end = _SPELLED_SCALES[after], end + 1
    elif after == "of" and end + 2 < len(doc) and str(doc[end + 1].lower_) in ("a", "an"):
        if str(doc[end + 2].lower_) in _SPELLED_SCALES:
            scale, end = (
                _SPELLED_SCALES[str(doc[end + 2].lower_)],
                end + 3,
            )  # "two thirds of a million"
    value = _value(words, bound, denominator, scale, word in _COMPOUND_ONLY)
    return None if value is None else Fraction(end, value, scale)


def _value(
    words: list[Item], bound: list[bool], denominator: float, scale: float | None, compound: bool
) -> float | None:
    if "and" in words:
        cut = len(words) - 1 - words[::-1].index("and")
        part = _split(words[cut + 1 :], bound[cut + 1 :], denominator, compound)
        whole = words_value(words[:cut])
        if part is not None and part < 1 and whole is not None:
            big = max((float(w) for w in words[:cut] if w not in ("and", "a")), default=0.0)
            if scale:
                # "two and a half million" scales both; "one billion and a half million" the half.
                return whole + part * scale if big >= 1000 else (whole + part) * scale
            return whole + part * big if big >= 1000 else whole + part
    value = _split(words, bound, denominator, compound)
    if value is None:
        return None
    return value * scale if scale else value
