"""Actors: grouping, types, titles, mentions and salience on short made-up texts."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.facts import Actor
from service.extract.names import initials, name_key


def _by_name(nlp: Any, text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(nlp(text))}


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
    actors = _by_name(nlp, text)
    name = expected[0]
    assert name in actors, sorted(actors)
    actor = actors[name]
    assert (actor.name, actor.type, tuple(actor.aliases)) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Russian President Vladimir Putin visited Minsk on Monday.",
            "Vladimir Putin",
            "Russian President",
        ),
        (
            "Mark Jones, a senior adviser at the Brookings Institution, "
            "told reporters it was over.",
            "Mark Jones",
            "senior adviser at the Brookings Institution",
        ),
        (
            "Anna Petrova, spokesperson for the city council, said the road would reopen.",
            "Anna Petrova",
            "spokesperson for the city council",
        ),
    ],
)
def test_titles(nlp: Any, text: str, name: str, title: str) -> None:
    actors = _by_name(nlp, text)
    assert title in actors[name].titles


def test_two_people_sharing_a_surname_stay_apart(nlp: Any) -> None:
    text = (
        "John Smith met Mary Smith in London on Monday. John Smith later said the talks went well."
    )
    people = sorted(a.name for a in extract_actors(nlp(text)) if a.type == "person")
    assert people == ["John Smith", "Mary Smith"]


def test_pronoun_mention_resolves_to_preceding_subject(nlp: Any) -> None:
    text = "Angela Brown won the vote in Ohio. She thanked her supporters."
    actor = _by_name(nlp, text)["Angela Brown"]
    assert [(m.text, m.kind) for m in actor.mentions] == [
        ("Angela Brown", "name"),
        ("She", "pronoun"),
        ("her", "pronoun"),
    ]


def test_offsets_match_text_and_salience_in_range(nlp: Any) -> None:
    text = (
        "The Ukrainian defense ministry said troops left Kyiv. "
        "Ukraine's defense ministry added more."
    )
    doc = nlp(text)
    actors = extract_actors(doc)
    for actor in actors:
        assert 0.0 <= actor.salience <= 1.0
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
    ministries = [a for a in actors if "ministry" in a.name]
    assert [(a.name, a.type, a.aliases) for a in ministries] == [
        ("Ukrainian defense ministry", "organization", ["Ukraine's defense ministry"])
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Kremlin's", "kremlin"),
        ('"Acme Corp."', "acme"),
        ("U.S.", "us"),
        ("Apple Inc.", "apple"),
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


def test_seed_article_actors(nlp: Any, seed: dict[str, Any]) -> None:
    actors = extract_actors(nlp(seed["text"]))
    found = {(a.name, a.type) for a in actors}
    for expected in [
        ("Vladimir Putin", "person"),
        ("Mark F. Cancian", "person"),
        ("Center for Strategic and International Studies", "organization"),
        ("Kyiv", "location"),
        ("Kherson", "location"),
        ("Odessa", "location"),
    ]:
        assert expected in found
