"""Reading a number off spaCy tokens: digits, spelled words, scales, fractions.

Works on token indices so that the caller can extend the span left (qualifier, currency) and
right (unit, counted noun) without re-tokenising.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from service.extract.shared.parsing import doc_text, token_strings

from .digits import read_digits, read_text_number, split_code
from .fractions import read_fraction
from .vocab import (
    ATTACHED_SCALES,
    CASED_SCALES,
    DOZEN_WORDS,
    FRACTION_CHARS,
    GROUP_WORDS,
    NUMBER_WORDS,
    SCALE_WORDS,
    VAGUE_PLURALS,
)

_HYPHENS = frozenset({"-", "–", "‐"})
# The words read_phrase reads a number from; any other token needs digits (see may_start_phrase).
_NUMBER_STARTS = frozenset({*VAGUE_PLURALS, *NUMBER_WORDS, "a", "an", "half", "quarter"})
_DIGIT = re.compile(r"\d")


@dataclass
class NumberPhrase:
    """Tokens [start, end) that spell one number."""

    start: int
    end: int
    value: float
    scale: float | None = None  # the largest scale word used, carried to the low end of ranges
    scale_letter: str = ""  # "m" glued to digits: million after "$", metres otherwise
    suffix: str = ""  # letters glued to the last digit token that were not a scale ("GB")
    spelled: bool = False
    vague: bool = False  # "thousands of": an order of magnitude, not a count
    fraction: bool = False
    currency: str = ""  # a currency code glued to the digits ("USD115" -> "usd")


def _lower(doc: Any, i: int) -> str:
    lowers = token_strings(doc, "LOWER")
    return lowers[i] if 0 <= i < len(lowers) else ""


def may_start_phrase(lower: str, text: str) -> bool:
    """Whether read_phrase can find a number at a token with this lower-case form and text.

    A number word, or else a digit form: every reader of those (read_text_number, split_code,
    read_digits) needs a digit in the token, a sign that digits follow ("-5^3"), or a fraction
    character. Most tokens are neither, and this spares them the readers' regexes.
    """
    if lower in _NUMBER_STARTS:
        return True
    return text[:1] in "-+−" or text in FRACTION_CHARS or _DIGIT.search(text) is not None


def _glued(doc: Any, i: int) -> bool:
    """Token i is written straight after token i-1, with no space."""
    return i > 0 and not doc[i - 1].whitespace_


def _next_word(doc: Any, i: int) -> int:
    """Index of the first token from i that is not whitespace ("half a  dozen")."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def read_phrase(doc: Any, i: int) -> NumberPhrase | None:
    """The longest number phrase starting at token i, or None."""
    if not 0 <= i < len(doc):
        return None
    word = _lower(doc, i)
    if not may_start_phrase(word, token_strings(doc, "ORTH")[i]):
        return None
    nxt = _lower(doc, _next_word(doc, i + 1))
    if word in VAGUE_PLURALS:
        if nxt == "of" and _lower(doc, i + 2) in VAGUE_PLURALS:
            value = VAGUE_PLURALS[word] * VAGUE_PLURALS[_lower(doc, i + 2)]
            return NumberPhrase(i, i + 3, value, spelled=True, vague=True)
        return NumberPhrase(i, i + 1, VAGUE_PLURALS[word], spelled=True, vague=True)
    if word in NUMBER_WORDS or word in ("a", "an"):
        fraction = read_fraction(doc, i)
        if fraction:
            return NumberPhrase(
                i, fraction.end, fraction.value, scale=fraction.scale, spelled=True,
                fraction=fraction.scale is None,
            )  # fmt: skip
        if word in ("a", "an") and nxt not in SCALE_WORDS and nxt not in DOZEN_WORDS:
            return None
        return _continue(doc, i + 1, i, NUMBER_WORDS.get(word, 1.0), spelled=True)
    if word in ("half", "quarter"):
        share = GROUP_WORDS[word]
        k = _next_word(doc, i + 1)
        after = _lower(doc, _next_word(doc, k + 1))
        if nxt in ("a", "an") and (after in SCALE_WORDS or after in DOZEN_WORDS):
            return _continue(doc, _next_word(doc, k + 1), i, share, spelled=True)
        if nxt in SCALE_WORDS:
            return _continue(doc, k, i, share, spelled=True)
        if nxt == "of":
            return NumberPhrase(
                i, i + 1, 0.5 if word == "half" else 0.25, spelled=True, fraction=True
            )
        return None
    special = read_text_number(doc, i)
    if special is not None:
        return NumberPhrase(i, special[0], special[1])
    coded = split_code(doc[i].text)
    if coded is not None:
        prefix, amount, code = coded
        return NumberPhrase(i, i + 1, amount, currency=prefix or code)
    digits = read_digits(doc[i].text)
    if digits is None:
        return None
    value, suffix = digits
    # "10M." ends a sentence: the full stop is not part of the scale letter.
    bare = suffix[:-1] if suffix.endswith(".") and len(suffix) > 1 else suffix
    scale = CASED_SCALES.get(bare) or ATTACHED_SCALES.get(bare.lower()) if bare else None
    if scale:
        letter = "m" if bare == "m" else ""
        return NumberPhrase(i, i + 1, value * scale, scale=scale, scale_letter=letter)
    if suffix:
        return NumberPhrase(i, i + 1, value, suffix=suffix)
    nxt_digits = read_digits(doc[i + 1].text) if i + 1 < len(doc) else None
    if nxt_digits and "/" in doc[i + 1].text and value == int(value) and doc[i].whitespace_:
        return NumberPhrase(i, i + 2, value + nxt_digits[0])  # "10 1/2"
    return _continue(doc, i + 1, i, value, spelled=False)


def _grouped_thousands(doc: Any, j: int, current: float) -> int:
    """End of "1 234 567": digit groups of three separated by one (thin) space."""
    end = j
    while end < len(doc) and re.fullmatch(r"\d{3}", doc[end].text):
        gap = doc_text(doc)[doc[end - 1].idx + len(doc[end - 1].text) : doc[end].idx]
        if gap not in (" ", "\u202f", "\u00a0"):
            break
        end += 1
    return end


def _decimal_words(doc: Any, j: int) -> tuple[str, int]:
    """Digits spelled after "point": "point zero three" -> "03", "point seventy-one" -> "71"."""
    digits = ""
    while j < len(doc):
        word = _lower(doc, j)
        if word in _HYPHENS and digits:
            j += 1
            continue
        if word not in NUMBER_WORDS or NUMBER_WORDS[word] >= 100:
            break
        value = int(NUMBER_WORDS[word])
        if value < 10 and digits.endswith("0") and _lower(doc, j - 1) in _HYPHENS | {"ty"}:
            digits = digits[:-1] + str(value)  # "seventy-one": the tens digit takes the unit
        elif value < 10 and len(digits) >= 2 and digits[-1] == "0" and _tens_before(doc, j):
            digits = digits[:-1] + str(value)
        else:
            digits += str(value)
        j += 1
    return digits, j


def _tens_before(doc: Any, j: int) -> bool:
    word = _lower(doc, j - 1)
    return word in NUMBER_WORDS and 20 <= NUMBER_WORDS[word] < 100


def _continue(doc: Any, j: int, start: int, first: float, *, spelled: bool) -> NumberPhrase:
    """Extend a phrase with further number words, "and", hyphens and scale words."""
    total = 0.0
    current = first
    top_scale: float | None = None
    last_small = first if spelled and first < 100 else None  # tens/units still open to extend
    end = j
    if not spelled and re.fullmatch(r"\d{1,3}", doc[start].text):
        grouped = _grouped_thousands(doc, j, first)
        if grouped > j:
            text = "".join(doc[k].text for k in range(start, grouped))
            return NumberPhrase(start, grouped, float(text))
    after_scale = False
    last_scale = 0.0
    while j < len(doc):
        word = _lower(doc, j)
        if doc[j].is_space:
            j += 1
            continue
        if word in _HYPHENS:
            following = _lower(doc, j + 1)
            if following in SCALE_WORDS and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
                j += 1  # "$64-million settlement", "a 12-million-dollar deal"
                continue
            if last_small is not None and last_small % 10 == 0 and following in NUMBER_WORDS:
                if NUMBER_WORDS[following] < 10:
                    j += 1
                    continue
            break
        if word == "point" and spelled:
            decimals, k = _decimal_words(doc, j + 1)
            if decimals:
                current += float("0." + decimals)
                end = j = k
            break
        if (
            word == "and"
            and _lower(doc, j + 1) in ("a", "an", "one")
            and (_lower(doc, j + 2) in ("half", "quarter"))
        ):
            share = GROUP_WORDS[_lower(doc, j + 2)]
            if current == 0 and top_scale:
                total += share * top_scale
            else:
                current += share
            end = j = j + 3
            continue
        if word in DOZEN_WORDS and (current or word == "dozen"):
            # "three hundred and two dozens": the dozens multiply the part after the hundreds.
            small = current % 100 if current >= 100 and current % 100 else current
            current = current - small + (small or 1) * 12
            end = j = j + 1
            continue
        digits = read_digits(doc[j].text) if after_scale else None
        if (
            digits
            and not digits[1]
            and 0 < digits[0] < last_scale
            and digits[0] == int(digits[0])
            and SCALE_WORDS.get(_lower(doc, j + 1), 0) < last_scale
        ):
            current += digits[0]  # "4 thousand 3 hundred and 21"
            last_small = None
            after_scale = False
            end = j = j + 1
            continue
        cased = CASED_SCALES.get(doc[j].text) if not spelled else None
        if (
            cased
            and (_glued(doc, j) or not _lower(doc, j + 1).isalpha())
            and (cased < 1e9 or current >= 10)
        ):
            word, scale = "", cased  # "10M", "1,674.5 G"; "5G" is a network generation
        elif word in SCALE_WORDS and (
            word not in ("k", "mn", "tn") or _glued(doc, j) or not _lower(doc, j + 1).isalpha()
        ):
            scale = SCALE_WORDS[word]
        else:
            scale = 0.0
        if scale:
            if after_scale and current == 0 and total and scale > last_scale:
                total *= scale  # "three lakh crore", "a thousand million"
                top_scale = max(top_scale or 0, total)
                last_scale = scale
                end = j = j + 1
                continue
            last_scale = scale
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
                top_scale = max(top_scale or 0, scale)
            last_small = None
            after_scale = True
            end = j = j + 1
            continue
        if word == "and" and (spelled or after_scale) and end > start + 1:
            k = j + 1
            while k < len(doc) and doc[k].is_space:
                k += 1
            following = _lower(doc, k)
            if (
                following in NUMBER_WORDS
                or after_scale
                and k < len(doc)
                and read_digits(doc[k].text)
            ):
                j = k
                continue
        if (spelled or after_scale) and word in NUMBER_WORDS:
            small = NUMBER_WORDS[word]
            # "twenty one" continues; "one two" or "five fifteen" are separate numbers.
            if last_small is None and current % 100 == 0 and small < 100:
                pass
            elif last_small is not None and last_small % 10 == 0 and 0 < small < 10:
                if last_small < 20:
                    break
            else:
                break
            current += small
            last_small = small
            end = j = j + 1
            continue
        break
    return NumberPhrase(start, end, total + current, scale=top_scale, spelled=spelled)
