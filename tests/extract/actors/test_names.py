"""Grouping surface forms into one referent (actors/names.py): aliases, acronyms, surnames."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.actors.names import initials, name_key
from tests.extract.actors.helpers import actor_named, names_and_aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin spoke on Monday. Putin said little.",
            ("Vladimir Putin", "person", ("Putin",)),
        ),
        (
            "Analysts at the Center for Strategic and International Studies (CSIS) disagreed. "
            "CSIS published a report.",
            ("Center for Strategic and International Studies", "organization", ("CSIS",)),
        ),
        (
            "Apple Inc. released a phone. Apple said sales were strong.",
            ("Apple Inc.", "organization", ("Apple",)),
        ),
    ],
)
def test_groups_surface_forms(
    nlp: Any, text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    actor = actor_named(nlp, text, expected[0])
    assert (actor.name, actor.type, tuple(actor.aliases)) == expected


def test_two_people_sharing_a_surname_stay_apart(nlp: Any) -> None:
    text = (
        "John Smith met Mary Smith in London on Monday. John Smith later said the talks went well."
    )
    people = sorted(a.name for a in extract_actors(nlp(text)) if a.type == "person")
    assert people == ["John Smith", "Mary Smith"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # A legal form picks the company among names sharing the first word.
        (
            "Ford Motor Company cut jobs. The Ford Taurus will end. Ford said sales fell.",
            "Ford Motor Company",
            "Ford",
        ),
        # The part after "of" names the organisation too.
        (
            "Critics wrote to the Church of Satan. Satan said little.",
            "Church of Satan",
            "Satan",
        ),
    ],
)
def test_short_forms_fold_into_the_full_name(nlp: Any, text: str, name: str, alias: str) -> None:
    assert alias in actor_named(nlp, text, name).aliases


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Kremlin's", "kremlin"),
        ('"Acme Corp."', "acme"),
        ("U.N.", "un"),
        ("U.S.", "united states"),
        ("Apple Inc.", "apple"),
        ("Zahā Ḥadīd", "zaha hadid"),
        ("Antonín Dvořák", "antonin dvorak"),
        ("St. Jerome", "saint jerome"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Center for Strategic and International Studies", "CSIS"),
        ("World Health Organization", "WHO"),
    ],
)
def test_initials(text: str, expected: str) -> None:
    assert initials(text) == expected


def test_a_shared_surname_alone_is_the_person_introduced_first(nlp: Any) -> None:
    text = (
        "Jared Padalecki is an American actor. He was born in San Antonio to Gerald and "
        "Sherri Padalecki. Padalecki attended James Madison High School."
    )
    assert "Padalecki" in actor_named(nlp, text, "Jared Padalecki").aliases
    assert "Padalecki" not in actor_named(nlp, text, "Sherri Padalecki").aliases


def test_a_countrys_other_names_are_its_aliases(nlp: Any) -> None:
    text = (
        "The United States imposed tariffs on Monday. Officials said America would not back "
        "down. Britain objected, and the United Kingdom filed a complaint."
    )
    assert names_and_aliases(nlp, text) >= {"United States", "America"}
    assert actor_named(nlp, text, "United States").aliases.count("America") == 1
    assert "Britain" in actor_named(nlp, text, "United Kingdom").aliases


def test_saint_and_st_name_one_person(nlp: Any) -> None:
    text = (
        "Jerome translated the Bible into Latin. A painting of Saint Jerome hangs in Venice, "
        "and a church of St. Jerome stands in Rome."
    )
    people = [a for a in extract_actors(nlp(text)) if a.type == "person"]
    assert len(people) == 1
    assert {"Jerome", "Saint Jerome", "St. Jerome"} <= {people[0].name, *people[0].aliases}
