"""Digit forms: one digit token's value (read_digits), and the forms spaCy splits or glues
oddly, read off the text: "1.3x10^6", "40 000" with a narrow space, "12,34,567.89" (Indian
grouping), "1.111,11" and "5,00" (decimal comma), "USD115".
"""

from __future__ import annotations

import re
from typing import Any

from service.extract.shared.parsing import doc_text

from .vocab import FRACTION_CHARS

# Digits with optional sign, thousands separators and decimals, then anything glued on
# ("2.5bn", "200lbs", "15%"). The separator group needs exactly three digits so "1,2" is not 12.
_DIGITS = re.compile(r"^([-+−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?([^\d].*)?$")
_DECIMAL_ONLY = re.compile(r"^([-+−]?)\.(\d+)$")
_SLASH_FRACTION = re.compile(r"^([-−]?)(\d+)/(\d+)$")

_POWER = re.compile(r"([-+−]?)(\d+(?:\.\d+)?)([x×]10)?\^([-+]*)(\d{1,3})")
_NARROW_GROUPS = re.compile(r"\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
# One comma and one or two digits: a decimal comma ("1,3"), not a list ("22,24,26").
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}(?![\d,])")
# A currency code glued before or after the digits ("USD115", "115.5USD", "nzd$15").
_CODE_BEFORE = re.compile(r"^([A-Za-z]{1,3}\$|[A-Z]{3}|[a-z]{3}\$?)(\d+(?:\.\d+)?)$")
_CODE_AFTER = re.compile(r"^(\d+(?:\.\d+)?)([A-Z]{3})$")
_WINDOW = 48


def _token_end(doc: Any, i: int, end_char: int) -> int | None:
    """Index after the last token the match covers, when the match ends at a token edge."""
    j = i
    while j < len(doc) and doc[j].idx < end_char:
        j += 1
    last = doc[j - 1]
    return j if last.idx + len(last.text) == end_char else None


def read_text_number(doc: Any, i: int) -> tuple[int, float] | None:
    """(end token, value) of a digit form starting at token i that the token reader misses."""
    start = doc[i].idx
    window = doc_text(doc)[start : start + _WINDOW]
    match = _POWER.match(window)
    if match:
        sign, base, times_ten, exp_sign, exponent = match.groups()
        power = int(exponent) * (-1 if exp_sign.count("-") % 2 else 1)
        value = float(base) * 10.0**power if times_ten else float(base) ** power
        end = _token_end(doc, i, start + match.end())
        return (end, -value if sign in ("-", "−") else value) if end else None
    for pattern, convert in (
        (_NARROW_GROUPS, lambda t: re.sub(r"[\u202f\u00a0]", "", t)),
        (_INDIAN, lambda t: t.replace(",", "")),
        (_EUROPEAN, lambda t: t.replace(".", "").replace(",", ".")),
        (_DECIMAL_COMMA, lambda t: t.replace(",", ".")),
    ):
        match = pattern.match(window)
        if match:
            end = _token_end(doc, i, start + match.end())
            if end is not None and (end > i + 1 or pattern is not _NARROW_GROUPS):
                return end, float(convert(match.group()))
    return None


def split_code(text: str) -> tuple[str, float, str] | None:
    """("prefix", value, "suffix") of a token that glues a currency code to digits."""
    match = _CODE_BEFORE.match(text)
    if match:
        return match.group(1).lower(), float(match.group(2)), ""
    match = _CODE_AFTER.match(text)
    if match:
        return "", float(match.group(1)), match.group(2).lower()
    return None


# No figure in news runs longer; longer digit strings are codes or garbage, and converting them
# is slow (and past Python's int limit, an error).
MAX_NUMBER_CHARS = 40


def read_digits(text: str) -> tuple[float, str] | None:
    """Value and glued suffix of a digit token, or None if it is not one."""
    if len(text) > MAX_NUMBER_CHARS:
        return None
    if text in FRACTION_CHARS:
        return FRACTION_CHARS[text], ""
    match = _SLASH_FRACTION.match(text)
    if match and int(match.group(3)) != 0:
        value = int(match.group(2)) / int(match.group(3))
        return (-value if match.group(1) else value), ""
    match = _DIGITS.match(text)
    if match:
        sign, whole, decimals, exponent, suffix = match.groups()
        value = float(whole.replace(",", "") + (decimals or "") + (exponent or ""))
        return (-value if sign in ("-", "−") else value), (suffix or "")
    match = _DECIMAL_ONLY.match(text)
    if match:
        value = float("0." + match.group(2))
        return (-value if match.group(1) in ("-", "−") else value), ""
    return None
