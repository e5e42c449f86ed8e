"""A cheap prefilter for the date rules: words a rule's every match must contain.

Most rule patterns start with `\\b`, a lookahead or an optional group, so `re` tries them at every
position of the text; a rule whose trigger words ("weekend", "fiscal", a weekday name) are absent
from an article cannot match it, and `str.__contains__` finds that out far faster than the scan.

The literals are read off the pattern's own parse tree rather than written by hand, so they cannot
drift from the pattern: a sequence needs what any one of its parts needs, an alternation needs one
of what each branch needs, and runs of literal characters join into longer (rarer) strings. Only
consumed text counts (a lookaround's text may lie outside the match), and when in doubt the
analysis gives up, which leaves the rule scanning every text as before.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

Literals = frozenset[str]

# A set of more strings costs about as much to check (one `in` each) as the scan it could save.
_MAX_LITERALS = 64
# `re.IGNORECASE` matches these to an ASCII letter, but `str.lower` keeps them (or, for "İ",
# adds a combining dot): fold them first so a match in the text is a match in its folded form.
_IGNORECASE_TWINS = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}
_IGNORECASE_FOLDS = str.maketrans(_IGNORECASE_TWINS)
_EMPTY: Literals = frozenset({""})
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """The text as the literals are written: lower case, with `re`'s case-insensitive twins of
    ASCII letters made ASCII. Any match of a rule in `text` is, folded, in `fold(text)`."""
    if any(twin in text for twin in _IGNORECASE_TWINS):  # rare; `translate` is slow
        text = text.translate(_IGNORECASE_FOLDS)
    return text.lower()


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Lower-case strings such that every match of `pattern` contains one of them, once folded;
    None when the analysis finds none worth checking."""
    _exact, needed = _sequence(sre_parser.parse(pattern.pattern, pattern.flags))
    if needed is None:
        return None
    # A string that contains another one adds nothing: keep the shorter one.
    return frozenset(s for s in needed if not any(t != s and t in s for t in needed))


def _sequence(items: Any) -> tuple[Literals | None, Literals | None]:
    """(exact, needed) for consecutive items: `exact` is the set of strings the whole sequence
    can match (None if not a small finite set), `needed` a set one of which any match contains."""
    run: Literals | None = _EMPTY  # strings the current stretch of exact items can match
    needed: Literals | None = None
    whole = True
    for op, av in items:
        exact, inner = _item(op, av)
        needed = _better(needed, inner)
        if run is not None and exact is not None and len(run) * len(exact) <= _MAX_LITERALS:
            run = frozenset(a + b for a in run for b in exact)
            continue
        needed, run, whole = _better(needed, run), exact, False
    return (run if whole else None), _better(needed, run)


def _folded(code: int) -> str | None:
    """A literal character as `fold` leaves it in the text, if ASCII (a twin like "ſ" is)."""
    char = fold(chr(code))
    return char if char.isascii() else None


def _item(op: Any, av: Any) -> tuple[Literals | None, Literals | None]:
    if op is sre_constants.LITERAL:
        char = _folded(av)
        return (frozenset({char}), None) if char is not None else (None, None)
    if op is sre_constants.IN:
        # A class of plain characters, as the parser writes "[- ]" or a case pair like "[Tt]".
        chars = [_folded(a) if o is sre_constants.LITERAL else None for o, a in av]
        if len(av) <= _MAX_LITERALS and all(c is not None for c in chars):
            return frozenset(c for c in chars if c is not None), None
        return None, None
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[3])
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre_constants.BRANCH:
        return _branch([_sequence(branch) for branch in av[1]])
    if op in _REPEATS:
        low, high, body = av
        if low == 0:
            return None, None
        exact, needed = _sequence(body)
        return (exact if low == high == 1 else None), _better(needed, exact)
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _EMPTY, None  # consumes nothing: the literals around it stay adjacent
    return None, None  # any character, a category, a back reference: no literal


def _branch(
    branches: list[tuple[Literals | None, Literals | None]],
) -> tuple[Literals | None, Literals | None]:
    exact: Literals | None = None
    if all(e is not None for e, _n in branches):
        exact = frozenset().union(*(e for e, _n in branches if e is not None))
        if len(exact) > _MAX_LITERALS:
            exact = None
    needed: set[str] = set()
    for branch_exact, branch_needed in branches:
        best = _better(branch_needed, branch_exact)
        if best is None:
            return exact, None  # a branch without literals: the alternation needs none
        needed |= best
    return exact, _better(None, frozenset(needed))


def _better(current: Literals | None, other: Literals | None) -> Literals | None:
    """The more selective of two sets: longer shortest string, then fewer strings."""
    if other is None or "" in other or len(other) > _MAX_LITERALS:
        return current
    if current is None:
        return other
    rank = (min(map(len, current)), -len(current))
    return other if (min(map(len, other)), -len(other)) > rank else current
