"""Nominal mentions: descriptions tied to a known actor (actors/nominals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
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
    # "The organization" and "the group" are as generic as "the company".
    (
        "Amnesty International released a report on Monday. The organization said more "
        "would follow.",
        "Amnesty International",
        ("organization", "nominal"),
    ),
    (
        "The Comic Corps of Canada collected comics at the fair. The group also raised money.",
        "Comic Corps of Canada",
        ("group", "nominal"),
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
    # Words before the name that begin with another actor's name: the rest describes.
    (
        "Apple executive Steve Jobs resigns. Apple said he would stay.",
        "Steve Jobs",
        ("executive", "nominal"),
    ),
    # A noun of the actor's kind right before the name, whatever the parse made of the pair.
    (
        "In 2001, Ortega and his partner Lucas Brandt won the national debate title.",
        "Lucas Brandt",
        ("partner", "nominal"),
    ),
]


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
    # A name in apposition to the subject; coordinated descriptions.
    ("His father, Anthony Goode, was a geologist.", "Anthony Goode", "geologist"),
    (
        "Jennifer Goode is a nurse and amateur theatre director.",
        "Jennifer Goode",
        "amateur theatre director",
    ),
]


@pytest.mark.parametrize(("text", "name", "mention"), NOMINALS)
def test_nominal_mentions(nlp: Any, text: str, name: str, mention: tuple[str, str]) -> None:
    assert mention in mention_pairs(actor_named(nlp, text, name))


@pytest.mark.parametrize(("text", "name", "description"), DESCRIPTIONS)
def test_descriptions(nlp: Any, text: str, name: str, description: str) -> None:
    assert (description, "nominal") in mention_pairs(actor_named(nlp, text, name))


def test_a_denied_description_is_no_mention(nlp: Any) -> None:
    actor = actor_named(nlp, "John Smith is not a doctor, the hospital said.", "John Smith")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


def test_an_idiom_after_as_describes_no_one(nlp: Any) -> None:
    actor = actor_named(nlp, "As a result, John Smith resigned.", "John Smith")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


def test_a_clause_with_a_subject_of_its_own_describes_no_one(nlp: Any) -> None:
    text = "Johann Bernoulli urged his son to study business, there being poor rewards in it."
    actor = actor_named(nlp, text, "Johann Bernoulli")
    assert "poor rewards" not in [mention for mention, _ in mention_pairs(actor)]


def test_a_noun_of_another_kind_before_a_name_describes_no_one(nlp: Any) -> None:
    text = "With the troops under his command Patrick Gordon decided the battle."
    actor = actor_named(nlp, text, "Patrick Gordon")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


@pytest.mark.parametrize(
    "text",
    [
        "That same year, Jenna Mourey started a blog.",  # a time
        "A child holds a lantern. Image: Marco Bellini.",  # a photo credit
    ],
)
def test_times_and_credits_describe_no_one(nlp: Any, text: str) -> None:
    actors = [a for a in extract_actors(nlp(text)) if a.type == "person"]
    assert [pair for a in actors for pair in mention_pairs(a) if pair[1] == "nominal"] == []


def test_the_city_is_no_country_and_the_country_no_city(nlp: Any) -> None:
    text = "Officials in Taipei and Taiwan met on Monday. The city will host the festival."
    assert ("city", "nominal") in mention_pairs(actor_named(nlp, text, "Taipei"))
    text = "Officials in Taipei and Taiwan met on Monday. The country will host the festival."
    assert ("country", "nominal") in mention_pairs(actor_named(nlp, text, "Taiwan"))


def test_the_country_takes_the_only_country_named_however_far_back(nlp: Any) -> None:
    text = (
        "Iodine levels fell in Australia last year. Doctors were worried. Schools were told. "
        "Bakers were asked to help. Parents were warned. Children born in this country are at risk."
    )
    assert ("country", "nominal") in mention_pairs(actor_named(nlp, text, "Australia"))


def test_a_noun_repeating_a_word_inside_a_name_is_not_its_head(nlp: Any) -> None:
    text = "Oxford University Press printed the book in May. The university paid for it."
    actor = actor_named(nlp, text, "Oxford University Press")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


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


def test_a_title_of_the_institution_leaves_the_institution_to_its_noun(nlp: Any) -> None:
    text = (
        "Otto Jespersen taught at the University of Copenhagen and served as Rector of the "
        "university in 1920."
    )
    pairs = mention_pairs(actor_named(nlp, text, "University of Copenhagen"))
    assert ("university", "nominal") in pairs


def test_a_persons_party_is_the_organisation_the_text_ties_them_to(nlp: Any) -> None:
    text = (
        "Tom Reyes of the Green Alliance lost his seat on Sunday. Reyes said his party would "
        "regroup, and that his church had helped him."
    )
    pairs = mention_pairs(actor_named(nlp, text, "Green Alliance"))
    assert ("party", "nominal") in pairs and ("church", "nominal") not in pairs


def test_the_street_points_back_to_a_named_road(nlp: Any) -> None:
    text = "Papers were found on Millbrook Road in Leeds. Police said the street was busy."
    assert ("street", "nominal") in mention_pairs(actor_named(nlp, text, "Millbrook Road"))
