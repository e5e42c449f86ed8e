"""Descriptions predicated of a known mention, and definite nouns that repeat one
(actors/descriptions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import actor_named, mention_pairs

# What a verb predicates of a mention, a pronoun's included (add_descriptions).
DESCRIPTIONS = [
    ("Antonin Dvorak was born in 1841. He was a Czech composer.", "Antonin Dvorak", "composer"),
    (
        "Maria Lopez moved to Texas in 1990. She became an American citizen in 1995.",
        "Maria Lopez",
        "citizen",
    ),
    ("John Smith served as the interpreter for the delegation.", "John Smith", "interpreter"),
    (
        "An unskilled cricketer, John Smith nevertheless played for Kent.",
        "John Smith",
        "unskilled cricketer",
    ),
    # After a verb of regarding, "as" describes the object; after others, the subject.
    ("Critics described Zaha Hadid as a visionary.", "Zaha Hadid", "visionary"),
    ("Mary Barra joined the firm as an engineer.", "Mary Barra", "engineer"),
    # A clause without a subject of its own shares the subject's; a promotion's rank; "one of".
    (
        "Antonin Dvorak showed his gifts early, being an apt violin student from age six.",
        "Antonin Dvorak",
        "apt violin student",
    ),
    ("Patrick Gordon was promoted to major-general in 1678.", "Patrick Gordon", "major-general"),
    (
        "Charles Fillmore is one of the founders of cognitive linguistics.",
        "Charles Fillmore",
        "founders",
    ),
    # What an organisation is, by a noun WordNet does not class as a group.
    ("Acme Corp is a bank based in Ohio.", "Acme Corp", "bank"),
    # A name in apposition to the subject; coordinated descriptions.
    ("His father, Anthony Goode, was a geologist.", "Anthony Goode", "geologist"),
    (
        "Jennifer Goode is a nurse and amateur theatre director.",
        "Jennifer Goode",
        "amateur theatre director",
    ),
]


@pytest.mark.parametrize(("text", "name", "description"), DESCRIPTIONS)
def test_descriptions(nlp: Any, text: str, name: str, description: str) -> None:
    assert (description, "nominal") in mention_pairs(actor_named(nlp, text, name))


def test_a_denied_description_is_no_mention(nlp: Any) -> None:
    actor = actor_named(nlp, "John Smith is not a doctor, the hospital said.", "John Smith")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


def test_an_idiom_after_as_describes_no_one(nlp: Any) -> None:
    actor = actor_named(nlp, "As a result, John Smith resigned.", "John Smith")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


def test_what_is_not_an_organisation_describes_none(nlp: Any) -> None:
    text = "ShoreTel was a washout with investors on Monday, when its shares fell 54%."
    actor = actor_named(nlp, text, "ShoreTel")
    assert "washout" not in [mention for mention, _ in mention_pairs(actor)]


def test_a_clause_with_a_subject_of_its_own_describes_no_one(nlp: Any) -> None:
    text = "Johann Bernoulli urged his son to study business, there being poor rewards in it."
    actor = actor_named(nlp, text, "Johann Bernoulli")
    assert "poor rewards" not in [mention for mention, _ in mention_pairs(actor)]


def test_a_definite_noun_repeating_a_description_takes_the_described(nlp: Any) -> None:
    text = (
        "Antonin Dvorak was a Czech composer. Johannes Brahms admired his work. "
        "The critics praised the composer in 1878."
    )
    pairs = mention_pairs(actor_named(nlp, text, "Antonin Dvorak"))
    assert pairs.count(("composer", "nominal")) == 2  # the description, then the repeat


def test_a_repeated_description_of_another_kind_takes_no_one(nlp: Any) -> None:
    # "pseudonym" stands for no person, whatever it once described.
    text = "Jenna Marbles is a pseudonym. Fans liked the pseudonym."
    pairs = mention_pairs(actor_named(nlp, text, "Jenna Marbles"))
    assert [p for p in pairs if p[0] == "pseudonym"] == [("pseudonym", "nominal")]
