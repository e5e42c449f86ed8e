"""What a number measures, from the words after it: a currency, percent, a unit or the noun it
counts; None when the words say it is no amount ("33 years" is a duration, "5G" a generation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from service.extract.shared.facts import QuantityKind
from service.extract.shared.parsing import token_strings

from .compound import bracketed_unit
from .context import is_time_noun, lower
from .nouns import counted_noun
from .numbers import NumberPhrase, read_phrase
from .vocab import (
    ATTACHED_UNIT_MIN_LEN,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    MEASURE_UNITS,
    MILLION_CODES,
    MINOR_CURRENCY,
    PERCENT_POINT_WORDS,
    PERCENT_WORDS,
)

_HYPHENS = frozenset({"-", "–", "‐"})
# Unit keys that are also everyday words or letters; trusted only when glued to the digits.
_GLUED_ONLY = frozenset({"in", "t", "g", "l", "p", "pm", "m", "real", "won", "mt", "c.", "b"})


@dataclass
class Unit:
    end: int  # token index after the unit
    unit: str | None
    kind: QuantityKind
    factor: float = 1.0  # "30 MUSD" is 30 million


def _match_words(doc: Any, j: int, table: dict[str, Any] | frozenset[str]) -> tuple[str, int]:
    """Longest key of `table` spelled by tokens from j (last token may be a lemma).

    A key that is also a word or letter ("m", "in") counts only glued to the digits ("1.8m"),
    or for "m" when nothing wordlike follows ("1 m x 1 m").
    """
    # An upper-case letter glued on is no unit: "5G" is a network generation, "10M" a scale.
    glued = 0 < j < len(doc) and not doc[j - 1].whitespace_ and not doc[j].text.isupper()
    spaced_m = lower(doc, j) == "m" and (
        not lower(doc, j + 1).isalpha() or lower(doc, j + 1) == "x"
    )
    lowers = token_strings(doc, "LOWER")
    for length in (3, 2, 1):
        if j + length > len(doc):
            continue
        words = lowers[j : j + length]
        lemma = str(doc[j + length - 1].lemma_).lower()
        singular = words[-1][:-1] if words[-1].endswith("s") else words[-1]
        keys = (" ".join(words), " ".join([*words[:-1], lemma]), " ".join([*words[:-1], singular]))
        for key in keys:
            loose = length == 1 and key in _GLUED_ONLY and not glued and not spaced_m
            if key in table and not loose:
                return key, j + length
    return "", j


def read_unit(doc: Any, phrase: NumberPhrase, currency: str | None) -> Unit | None:
    """What the number measures, from the words after it; None when it is not a quantity."""
    j = phrase.end
    if phrase.suffix:
        return _glued_unit(phrase.suffix, j, currency)
    if currency is not None:
        code, end = _match_words(doc, j, CURRENCY_NAMES)
        if code and CURRENCY_NAMES[code] == currency:
            return Unit(end, currency, "money")
        return Unit(j, currency, "money")
    if j < len(doc) and lower(doc, j) in _HYPHENS and not doc[j].whitespace_:
        key, end = _match_words(doc, j + 1, MEASURE_UNITS)
        if key:
            return Unit(end, MEASURE_UNITS[key], "measure")
        key, end = _match_words(doc, j + 1, CURRENCY_NAMES)
        if key:
            return Unit(end, CURRENCY_NAMES[key], "money")  # "a one-yen bid"
    if after_code := MILLION_CODES.get(lower(doc, j)):
        return Unit(j + 1, after_code, "money", 1e6)
    bracketed = bracketed_unit(doc, j)
    if bracketed is not None:
        return Unit(bracketed[0], bracketed[1], "measure")
    after = lower(doc, j)
    if after in CURRENCY_SYMBOLS and not after.isalpha() and read_phrase(doc, j + 1) is None:
        return Unit(j + 1, CURRENCY_SYMBOLS[after], "money")  # "10 €"
    if after in ("pound", "pounds") and (phrase.scale or lower(doc, j + 1) == "sterling"):
        end = j + 2 if lower(doc, j + 1) == "sterling" else j + 1
        return Unit(end, "GBP", "money")  # "361 million pounds" is money, "200 pounds" weight
    for table, kind in ((PERCENT_POINT_WORDS, "percentage point"), (PERCENT_WORDS, "percent")):
        key, end = _match_words(doc, j, table)
        if key:
            return Unit(end, kind, "percent")
    key, end = _match_words(doc, j, CURRENCY_NAMES)
    if key:
        return Unit(end, CURRENCY_NAMES[key], "money")
    key, end = _match_words(doc, j, MINOR_CURRENCY)
    if key:
        return Unit(end, MINOR_CURRENCY[key], "money")
    key, end = _match_words(doc, j, MEASURE_UNITS)
    if key:
        return Unit(end, MEASURE_UNITS[key], "measure")
    if j < len(doc) and not doc[j - 1].whitespace_ and doc[j].text.isalpha():
        return None  # letters glued on that are no unit: "5G", "3D", "4K" name things
    noun = counted_noun(doc, phrase)
    if noun is None:
        return Unit(j, None, "count")
    if is_time_noun(noun):
        return None  # "33 years", "three days": a duration, which the dates extractor reports
    lemma = str(noun.lemma_).lower() if noun.pos_ == "NOUN" else str(noun.lower_)
    return Unit(noun.i + 1, lemma, "count")


def _glued_unit(suffix: str, end: int, currency: str | None) -> Unit | None:
    key = suffix.lower().lstrip("-")
    if key == "%":
        return Unit(end, "percent", "percent")
    if currency is None and key in CURRENCY_SYMBOLS and not key.isascii():
        return Unit(end, CURRENCY_SYMBOLS[key], "money")  # "100元"
    if currency is None and len(key) >= ATTACHED_UNIT_MIN_LEN and key in MEASURE_UNITS:
        return Unit(end, MEASURE_UNITS[key], "measure")
    if currency is None and key in MEASURE_UNITS and key in ("m", "t", "g", "l"):
        return Unit(end, MEASURE_UNITS[key], "measure")
    return None  # "1990s", "5G", "10th": not an amount
