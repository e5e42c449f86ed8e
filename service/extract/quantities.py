"""Quantities: how many, how much.

Scans the tokens for number phrases (numbers.py), drops the ones that are dates, ranks, names or
numbering (quantities_context.py), then grows each span left over a qualifier and currency symbol
and right over a range end, the unit or counted noun, and a rate ("per day").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .facts import NumberRange, Quantity, QuantityKind
from .numbers import NumberPhrase, read_digits, read_phrase
from .quantities_context import (
    in_date_entity,
    is_code,
    is_list_number,
    is_name_part,
    is_phone_number,
    is_time_noun,
    is_year,
    lower,
    read_age,
    read_change,
    read_rate,
)
from .quantities_nouns import counted_noun, noun_after
from .units import (
    ATTACHED_UNIT_MIN_LEN,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    MEASURE_UNITS,
    MINOR_CURRENCY,
    NEGATIVE_WORDS,
    PERCENT_POINT_WORDS,
    PERCENT_WORDS,
    QUALIFIERS,
)

_HYPHENS = frozenset({"-", "–", "‐"})
_RANGE_WORDS = frozenset({"to", "-", "–", "and"})
# Unit keys that are also everyday words or letters; trusted only when glued to the digits.
_GLUED_ONLY = frozenset({"in", "t", "g", "l", "p", "pm", "m", "real", "won", "mt", "c.", "b"})


# A distance per hour is a speed unit of its own.
_SPEEDS = {"km": "km/h", "mi": "mph"}


@dataclass
class _Unit:
    end: int  # token index after the unit
    unit: str | None
    kind: QuantityKind


def extract_quantities(doc: Any) -> list[Quantity]:
    """Return the quantities in `doc`, in text order."""
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        phrase = read_phrase(doc, i)
        if phrase is None:
            i += 1
            continue
        quantity, after = _build(doc, phrase)
        # A scale word can push a long figure past float range; infinity is no quantity.
        if quantity is not None and math.isfinite(quantity.value):
            found.append(quantity)
        i = max(after, i + 1)
    return found


def _build(doc: Any, phrase: NumberPhrase) -> tuple[Quantity | None, int]:
    """The quantity around one number phrase, and the token index to resume scanning at."""
    symbol_start = _currency_before(doc, phrase.start)
    if symbol_start is None and _not_a_quantity(doc, phrase):
        return None, phrase.end
    age = read_age(doc, phrase)
    if age is not None:
        start, end, age_unit = age
        return _make(doc, start, end, phrase.value, age_unit, "age"), end
    left = phrase.start
    currency = None
    if symbol_start is not None:
        currency = CURRENCY_SYMBOLS[_symbol_text(doc, symbol_start, left)]
        left = symbol_start
    value = phrase.value
    if lower(doc, left - 1) in ("-", "−") and not doc[left - 1].whitespace_:
        if left - 1 == 0 or doc[left - 2].whitespace_ and read_digits(doc[left - 2].text) is None:
            value, left = -value, left - 1
    elif lower(doc, left - 1) in NEGATIVE_WORDS:
        value, left = -value, left - 1
    if phrase.scale_letter == "m" and currency is None and noun_after(doc, phrase) is None:
        # "1.8m tall" is metres; "$1.8m" and "1.8m people" are millions.
        return _make(doc, left, phrase.end, value / 1e6, "m", "measure"), phrase.end
    last = phrase
    number_range = None
    high = _range_end(doc, phrase, left)
    if high is not None:
        low_value = value
        if high.scale and not phrase.scale and value < high.value / high.scale:
            low_value = value * high.scale
        number_range = NumberRange(low_value, high.value)
        value, last = low_value, high
        if currency is None and lower(doc, high.start - 1) in CURRENCY_SYMBOLS:
            currency = CURRENCY_SYMBOLS[lower(doc, high.start - 1)]
    unit = _read_unit(doc, last, currency)
    if unit is None:
        return None, last.end
    if unit.kind == "count" and number_range is None:
        # A year before a noun names the year ("the 2008 model year"), unless it counts a plural.
        if is_year(doc, phrase) and (unit.unit is None or doc[unit.end - 1].tag_ != "NNS"):
            return None, last.end
        # "one" alone is mostly a pronoun or idiom ("at one point", "one of them").
        if phrase.spelled and phrase.value == 1:
            return None, last.end
    end = unit.end
    per = None
    rate = read_rate(doc, end)
    if rate is not None and unit.unit is not None:
        end, per = rate
        if per == "hour" and unit.unit in _SPEEDS:
            unit.unit, per = _SPEEDS[unit.unit], None
    qualifier = None
    if lower(doc, left - 1) == "between" and number_range is not None:
        left -= 1
    else:
        matched = _qualifier_before(doc, left)
        if matched is not None:
            left, qualifier = matched
    quantity = _make(doc, left, end, value, unit.unit, unit.kind)
    quantity.qualifier = qualifier  # type: ignore[assignment]
    quantity.range = number_range
    quantity.per = per
    if unit.kind != "money" or lower(doc, left - 1) in ("up", "down", "by", "to"):
        quantity.change = read_change(doc, left, end, value)
    return quantity, end


def _symbol_text(doc: Any, start: int, end: int) -> str:
    return " ".join(lower(doc, k) for k in range(start, end))


def _currency_before(doc: Any, i: int) -> int | None:
    """Start token of a currency symbol right before token i ("$", "US$", PTB-split "c $")."""
    for start in (i - 2, i - 1):
        if start >= 0 and _symbol_text(doc, start, i) in CURRENCY_SYMBOLS:
            return start
    return None


def _not_a_quantity(doc: Any, phrase: NumberPhrase) -> bool:
    if read_age(doc, phrase) is not None:
        return False
    return (
        in_date_entity(doc, phrase)
        or is_name_part(doc, phrase)
        or is_list_number(doc, phrase)
        or is_phone_number(doc, phrase)
        or is_code(doc, phrase)
    )


def _make(doc: Any, start: int, end: int, value: float, unit: str | None, kind: Any) -> Quantity:
    start_char = doc[start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    text = doc.text[start_char:end_char]
    number = int(value) if math.isfinite(value) and value == int(value) else value
    return Quantity(text=text, start=start_char, end=end_char, value=number, unit=unit, kind=kind)


def _range_end(doc: Any, low: NumberPhrase, left: int) -> NumberPhrase | None:
    """The high end of "10 to 20", "10-15", "between 5 and 7" right after the low number."""
    j = low.end
    word = lower(doc, j)
    if word not in _RANGE_WORDS:
        return None
    before = lower(doc, left - 1)
    if word == "and" and before != "between":
        return None
    if word == "to" and before in ("from", "by"):
        return None
    if word in _HYPHENS and (doc[j - 1].whitespace_ or doc[j].whitespace_):
        return None
    k = j + 1
    if lower(doc, k) in CURRENCY_SYMBOLS:
        k += 1
    high = read_phrase(doc, k)
    if high is None or high.suffix and high.suffix != "%":
        return None
    scaled_low = low.value * (high.scale or 1) if not low.scale else low.value
    if high.value <= min(low.value, scaled_low) or is_year(doc, high):
        return None
    return high


def _match_words(doc: Any, j: int, table: dict[str, Any] | frozenset[str]) -> tuple[str, int]:
    """Longest key of `table` spelled by tokens from j (last token may be a lemma)."""
    for length in (3, 2, 1):
        if j + length > len(doc):
            continue
        words = [str(doc[k].lower_) for k in range(j, j + length)]
        lemma = str(doc[j + length - 1].lemma_).lower()
        singular = words[-1][:-1] if words[-1].endswith("s") else words[-1]
        keys = (" ".join(words), " ".join([*words[:-1], lemma]), " ".join([*words[:-1], singular]))
        for key in keys:
            if key in table and not (length == 1 and key in _GLUED_ONLY):
                return key, j + length
    return "", j


def _read_unit(doc: Any, phrase: NumberPhrase, currency: str | None) -> _Unit | None:
    """What the number measures, from the words after it; None when it is not a quantity."""
    j = phrase.end
    if phrase.suffix:
        return _glued_unit(phrase.suffix, j, currency)
    if currency is not None:
        code, end = _match_words(doc, j, CURRENCY_NAMES)
        if code and CURRENCY_NAMES[code] == currency:
            return _Unit(end, currency, "money")
        return _Unit(j, currency, "money")
    if j < len(doc) and lower(doc, j) in _HYPHENS and not doc[j].whitespace_:
        key, end = _match_words(doc, j + 1, MEASURE_UNITS)
        if key:
            return _Unit(end, MEASURE_UNITS[key], "measure")
    after = lower(doc, j)
    if after in CURRENCY_SYMBOLS and not after.isalpha() and read_phrase(doc, j + 1) is None:
        return _Unit(j + 1, CURRENCY_SYMBOLS[after], "money")  # "10 €"
    if after in ("pound", "pounds") and (phrase.scale or lower(doc, j + 1) == "sterling"):
        end = j + 2 if lower(doc, j + 1) == "sterling" else j + 1
        return _Unit(end, "GBP", "money")  # "361 million pounds" is money, "200 pounds" weight
    for table, kind in ((PERCENT_POINT_WORDS, "percentage point"), (PERCENT_WORDS, "percent")):
        key, end = _match_words(doc, j, table)
        if key:
            return _Unit(end, kind, "percent")
    key, end = _match_words(doc, j, CURRENCY_NAMES)
    if key:
        return _Unit(end, CURRENCY_NAMES[key], "money")
    key, end = _match_words(doc, j, MINOR_CURRENCY)
    if key:
        return _Unit(end, MINOR_CURRENCY[key], "money")
    key, end = _match_words(doc, j, MEASURE_UNITS)
    if key:
        return _Unit(end, MEASURE_UNITS[key], "measure")
    noun = counted_noun(doc, phrase)
    if noun is None:
        return _Unit(j, None, "count")
    if is_time_noun(noun):
        return None  # "33 years", "three days": a duration, which the dates extractor reports
    lemma = str(noun.lemma_).lower() if noun.pos_ == "NOUN" else str(noun.lower_)
    return _Unit(noun.i + 1, lemma, "count")


def _glued_unit(suffix: str, end: int, currency: str | None) -> _Unit | None:
    key = suffix.lower().lstrip("-")
    if key == "%":
        return _Unit(end, "percent", "percent")
    if currency is None and len(key) >= ATTACHED_UNIT_MIN_LEN and key in MEASURE_UNITS:
        return _Unit(end, MEASURE_UNITS[key], "measure")
    if currency is None and key in MEASURE_UNITS and key in ("m", "t", "g", "l"):
        return _Unit(end, MEASURE_UNITS[key], "measure")
    return None  # "1990s", "5G", "10th": not an amount


def _qualifier_before(doc: Any, left: int) -> tuple[int, str] | None:
    for length in (3, 2, 1):
        start = left - length
        if start < 0:
            continue
        key = " ".join(str(doc[k].lower_) for k in range(start, left))
        if key in QUALIFIERS:
            return start, QUALIFIERS[key]
    return None
