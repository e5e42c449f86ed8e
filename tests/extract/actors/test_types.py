"""Types the text itself corrects (actors/types.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import actor_named

TYPES = [
    # A newspaper's name ends on a newspaper word.
    ("The report appeared in the Edmonton Sun on Friday.", "Edmonton Sun", "organization"),
    # A common noun before the name says what it is.
    (
        "Localist group Civic Passion lost two seats. Civic Passion said it would regroup.",
        "Civic Passion",
        "organization",
    ),
    # "Toulouse, France": a name followed by a country is a place.
    ("The plane was flown to Toulouse, France for the ceremony.", "Toulouse", "location"),
    # "X in France": a lone name followed by a country is a place.
    ("The plane took off from Toulouse in France on Wednesday.", "Toulouse", "location"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TYPES)
def test_types_fixed_from_the_text(nlp: Any, text: str, name: str, type_: str) -> None:
    assert actor_named(nlp, text, name).type == type_
