"""People named by a relation the text has stated (actors/relations.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import actor_named, mention_pairs

RELATIONS = [
    # Stated beside the name, then used alone.
    (
        "Zaha Hadid was born in Baghdad. Her father, Mohammed Hadid, was an industrialist. "
        "She admired her father.",
        "Mohammed Hadid",
        "father",
    ),
    # Stated the other way round: a son of Johann makes Johann the son's father.
    (
        "Daniel Bernoulli was a son of Johann Bernoulli. Daniel Bernoulli quarrelled with his "
        "father.",
        "Johann Bernoulli",
        "father",
    ),
    # Relations beyond kin: a teacher's student, a friend.
    (
        "Anne Sullivan taught Helen Keller, her most famous student, for years. Later Anne "
        "Sullivan praised her student.",
        "Helen Keller",
        "student",
    ),
    (
        "Jerome went to Rome with his friend Bonosus in 360. Years later, Jerome wrote a long "
        "letter to his friend.",
        "Bonosus",
        "friend",
    ),
    # Marriage makes each the other's spouse.
    (
        "Yuen Ren Chao returned to China, marrying Yang Buwei. Chao and his wife left.",
        "Yang Buwei",
        "wife",
    ),
]


@pytest.mark.parametrize(("text", "relative", "word"), RELATIONS)
def test_a_stated_relation_names_the_relative(
    nlp: Any, text: str, relative: str, word: str
) -> None:
    last = actor_named(nlp, text, relative).mentions[-1]
    assert (last.start, last.kind) == (text.rindex(word), "nominal")


def test_an_unstated_relation_names_no_one(nlp: Any) -> None:
    text = "Daniel Bernoulli met Johann Gessner in Basel. Daniel Bernoulli wrote to his father."
    for name in ("Johann Gessner", "Daniel Bernoulli"):
        assert ("father", "nominal") not in mention_pairs(actor_named(nlp, text, name))


def test_a_place_in_apposition_passes_a_kin_noun_to_who_was_born_there(nlp: Any) -> None:
    text = (
        "Jeanne Moreau was born in Paris, the daughter of Katherine Buckley. "
        "Moreau later lived with her mother in Paris."
    )
    assert ("mother", "nominal") in mention_pairs(actor_named(nlp, text, "Katherine Buckley"))
    assert ("daughter", "nominal") not in mention_pairs(actor_named(nlp, text, "Paris"))


def test_a_parent_known_as_a_woman_is_no_father(nlp: Any) -> None:
    text = (
        "Jeanne Moreau was born in Paris, the daughter of Katherine (née Buckley), a dancer. "
        "Moreau's father was French."
    )
    assert ("father", "nominal") not in mention_pairs(actor_named(nlp, text, "Katherine"))
