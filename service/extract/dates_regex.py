"""Building blocks for the date rules' regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """Words as one regex alternation, longest first so "sept" is not cut to "sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def initials(words: Iterable[str], extra: str = "") -> str:
    """A lookahead on a rule's possible first letters (patterns ignore case): `re` tries each
    branch of a long alternation at every word boundary; one character class rejects most first."""
    chars = sorted({w[0].lower() for w in words if w} | set(extra))
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"
