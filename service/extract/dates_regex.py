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
