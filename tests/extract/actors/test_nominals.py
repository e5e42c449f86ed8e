"""Nominal mentions: descriptions tied to a known actor (actors/nominals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import (
    actor_named,
    mention_pairs,
)

NOMINALS = [
    # A definite noun that repeats a word of the name.
    (
        "The Bank of America lost money in March. Analysts said the bank would recover.",
        "Bank of America",
        ("bank", "nominal"),
    ),
    # A generic organisation noun takes the latest organisation.
    (
        "Toyota sold fewer cars in May. The company blamed high prices.",
        "Toyota",
        ("company", "nominal"),
    ),
    # Apposition and words before the name describe the actor.
    (
        "Steve Jobs, founder of Apple, resigned on Tuesday.",
        "Steve Jobs",
        ("founder", "nominal"),
    ),
    (
        "Uralsib analyst Chris Weafer said prices would fall.",
        "Chris Weafer",
        ("analyst", "nominal"),
    ),
]


@pytest.mark.parametrize(("text", "name", "mention"), NOMINALS)
def test_nominal_mentions(nlp: Any, text: str, name: str, mention: tuple[str, str]) -> None:
    assert mention in mention_pairs(actor_named(nlp, text, name))
