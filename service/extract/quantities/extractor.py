"""Quantities: how many, how much.

Scans the tokens for number phrases (`numbers`), drops the ones that are dates, ranks, names or
numbering (`context`), then grows each span left over a qualifier and currency symbol and right
over a range end, the unit or counted noun, and a rate ("per day").
"""

from __future__ import annotations

import math
from typing import Any

from service.extract.shared.facts import NumberRange, Quantity
from service.extract.shared.parsing import doc_text, token_strings

from .compound import minor_part, percent_before, ratio
from .context import (
    in_date_entity,
    is_code,
    is_list_number,
    is_name_part,
    is_phone_number,
    is_year,
    lower,
    read_age,
    read_change,
    read_rate,
)
from .digits import read_digits
from .nouns import noun_after
from .numbers import NumberPhrase, may_start_phrase, read_phrase
from .units import read_unit
from .vocab import (
    CURRENCY_SYMBOLS,
    MILLION_CODES,
    NEGATIVE_WORDS,
    QUALIFIERS,
    SCALE_WORDS,
)

_HYPHENS = frozenset({"-", "–", "‐"})
_RANGE_WORDS = frozenset({"to", "-", "–", "and"})


# A distance per unit of time is a speed unit of its own ("km/h", "m/ms").
_SPEEDS = {"km": "km/h", "mi": "mph"}
_LENGTHS = frozenset({"km", "m", "cm", "mm", "mi", "ft"})
_TIME_SYMBOLS = {"hour": "h", "hr": "h", "minute": "min", "second": "s", "millisecond": "ms"}


def extract_quantities(doc: Any) -> list[Quantity]:
    """Return the quantities in `doc`, in text order."""
    found: list[Quantity] = []
    lowers, texts = token_strings(doc, "LOWER"), token_strings(doc, "ORTH")
    i = floor = 0
    while i < len(doc):
        # Most tokens are words no number starts with: skip them without the full reader.
        phrase = read_phrase(doc, i) if may_start_phrase(lowers[i], texts[i]) else None
        if phrase is None:
            i += 1
            continue
        quantity, after = _build(doc, phrase, floor)
        # A scale word can push a long figure past float range; infinity is no quantity.
        if quantity is not None and math.isfinite(quantity.value):
            found.append(quantity)
            floor = after
        i = max(after, i + 1)
    return found


def _build(doc: Any, phrase: NumberPhrase, floor: int) -> tuple[Quantity | None, int]:
    """The quantity around one number phrase, and the token index to resume scanning at."""
    symbol_start = _currency_before(doc, phrase.start, floor)
    if symbol_start is None and _not_a_quantity(doc, phrase):
        return None, phrase.end
    age = read_age(doc, phrase)
    if age is not None:
        start, end, age_unit = age
        return _make(doc, start, end, phrase.value, age_unit, "age"), end
    left = phrase.start
    currency = None
    value = phrase.value
    if symbol_start is not None:
        symbol = _symbol_text(doc, symbol_start, left)
        currency = CURRENCY_SYMBOLS.get(symbol) or MILLION_CODES[symbol]
        value *= 1e6 if symbol in MILLION_CODES else 1
        left = symbol_start
    elif phrase.currency in CURRENCY_SYMBOLS:
        currency = CURRENCY_SYMBOLS[phrase.currency]
    if lower(doc, left - 1) in ("-", "−") and not doc[left - 1].whitespace_:
        if left - 1 == 0 or doc[left - 2].whitespace_ and read_digits(doc[left - 2].text) is None:
            value, left = -value, left - 1
    elif lower(doc, left - 1) in NEGATIVE_WORDS:
        value, left = -value, left - 1
    shares = ratio(doc, phrase) if currency is None else None
    if shares is not None:
        sign = -1 if value < 0 else 1
        matched = _qualifier_before(doc, left)
        share = _make(
            doc, matched[0] if matched else left, shares[0], sign * shares[1], None, "count"
        )
        share.qualifier = matched[1] if matched else None  # type: ignore[assignment]
        return share, shares[0]
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
    unit = read_unit(doc, last, currency)
    if unit is None:
        return None, last.end
    value *= unit.factor
    if unit.kind == "money" and not phrase.scale and lower(doc, unit.end) in SCALE_WORDS:
        value *= SCALE_WORDS[lower(doc, unit.end)]  # "75 USD million"
        unit.end += 1
    minor = minor_part(doc, unit.end, unit.unit, unit.kind) if number_range is None else None
    if minor is not None:
        unit.end, value = minor[0], value + minor[1]
    if unit.kind == "count" and number_range is None:
        # A year before a noun names the year ("the 2008 model year"), unless it counts a plural.
        if is_year(doc, phrase) and (unit.unit is None or doc[unit.end - 1].tag_ != "NNS"):
            return None, last.end
        # "one" alone is mostly a pronoun or idiom ("at one point", "one of them").
        if phrase.spelled and value == 1:
            return None, last.end
    end = unit.end
    per = None
    rate = read_rate(doc, end)
    if rate is not None and unit.unit is not None:
        end, per = rate
        if per in ("hour", "hr") and unit.unit in _SPEEDS:
            unit.unit, per = _SPEEDS[unit.unit], None
        elif per in _TIME_SYMBOLS and unit.unit in _LENGTHS:
            unit.unit, per = f"{unit.unit}/{_TIME_SYMBOLS[per]}", None
    qualifier = None
    percent_start = percent_before(doc, left) if unit.unit is None else None
    if percent_start is not None:
        left, unit.unit, unit.kind = percent_start, "percent", "percent"
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


def _currency_before(doc: Any, i: int, floor: int) -> int | None:
    """Start token of a currency symbol right before token i ("$", "US$", PTB-split "c $").

    Not one the previous quantity used ("10 rmb 20 usd"), nor the article in "a $48 million".
    """
    for start in (i - 2, i - 1):
        if start < floor:
            continue
        symbol = _symbol_text(doc, start, i)
        if symbol in CURRENCY_SYMBOLS or symbol in MILLION_CODES:
            if start == i - 2 and lower(doc, start) in ("a", "an") and doc[start].whitespace_:
                continue
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
    text = doc_text(doc)[start_char:end_char]
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


def _qualifier_before(doc: Any, left: int) -> tuple[int, str] | None:
    for length in (3, 2, 1):
        start = left - length
        if start < 0:
            continue
        key = " ".join(lower(doc, k) for k in range(start, left))
        if key in QUALIFIERS:
            return start, QUALIFIERS[key]
    return None
