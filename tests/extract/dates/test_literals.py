"""The date rules' prefilter: a rule skips a text only when it truly cannot match there."""

from __future__ import annotations

import re

import pytest

from eval.conformance import DEFAULT_DIR, load_cases
from eval.gold import DEFAULT_GOLD, load_gold
from service.extract.dates import rules  # noqa: F401  (registers every rule)
from service.extract.dates.literals import fold, required_literals
from service.extract.dates.registry import RULES


def _texts() -> list[str]:
    """Every input the rules are known on, also in upper case and title case: the case-blind
    rules match those too, and the literals must still be found in the folded text."""
    texts = [doc.text for doc in load_gold(DEFAULT_GOLD)]
    for path in sorted(DEFAULT_DIR.glob("*.jsonl")):
        texts += [case["input"] for case in load_cases(path)]
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_every_match_contains_a_needed_literal(texts: list[str]) -> None:
    missed = [
        (rule.name, m[0])
        for rule in RULES
        if rule.needs is not None
        for text in texts
        for m in rule.pattern.finditer(text)
        if m.end() > m.start() and not any(word in fold(m[0]) for word in rule.needs)
    ]
    assert missed == []


def test_the_prefilter_only_skips_texts_without_matches(texts: list[str]) -> None:
    for rule in RULES:
        for text in texts:
            if not rule.may_match(fold(text)):
                assert rule.pattern.search(text) is None, (rule.name, text)


def test_fold_covers_every_case_blind_twin_of_an_ascii_letter() -> None:
    """`re.IGNORECASE` lets a few other characters ("ſ", the Kelvin sign) match an ASCII letter;
    `fold` must turn each into that letter, or a rule could match where its literal is not."""
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for twin in re.findall(letter, others, re.IGNORECASE):
            assert fold(twin) == letter, (letter, twin)


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"\bweekend(?P<plural>s)?\b", re.I, {"weekend"}),
        # Alternatives each need one of their own; a string holding another adds nothing.
        (r"(?:last|next)[^\S\n]+(?:monday|mondays|friday)", 0, {"monday", "friday"}),
        # Literal runs join across groups into the longer, rarer string.
        (r"(?:the|The)[^\S\n]+day[^\S\n]+(?P<dir>after|before)", 0, {"after", "before"}),
        (r"(?:t|T)(?:mrw|omorrow)\b", 0, {"tmrw", "tomorrow"}),
        (r"fiscal\s+(?P<y>\d{4})", 0, {"fiscal"}),
        # A lookaround's text may lie outside the match: it is not used.
        (r"(?<=fiscal )year", 0, {"year"}),
        (r"\d+(?=[^\S\n]+days)", 0, None),
        # Optional parts need nothing; an alternative without any literal spoils the whole.
        (r"(?:week)?\d+", 0, None),
        (r"(?:week|\d+)", 0, None),
        # Non-ASCII letters are left out: their case-blind twins are not folded.
        (r"é", re.I, None),
    ],
)
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected
