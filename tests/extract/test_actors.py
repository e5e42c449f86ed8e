"""Actors: grouping, types, titles, mentions and salience on short made-up texts."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.actors.names import initials, name_key
from service.extract.shared.facts import Actor


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


def _mentions(actor: Actor) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in actor.mentions]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # Organisations are "it"/"its" when they are the subject just before.
        ("Chrysler said on Monday that it would cut jobs.", "Chrysler", ("it", "pronoun")),
        # A relative pronoun names the noun it hangs off.
        (
            "Boeing, which builds airliners, won the contract.",
            "Boeing",
            ("which", "pronoun"),
        ),
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
    ],
)
def test_pronoun_and_nominal_mentions(
    nlp: Any, text: str, name: str, mention: tuple[str, str]
) -> None:
    actors = _by_name(nlp, text)
    assert name in actors, sorted(actors)
    assert mention in _mentions(actors[name])


def test_gender_keeps_she_off_a_man(nlp: Any) -> None:
    text = "Mr Tom Baker met Anna Wells in Paris on Monday. She said the talks went well."
    actors = _by_name(nlp, text)
    assert ("She", "pronoun") not in _mentions(actors["Tom Baker"])


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # Two places never touch without a comma: the pair is a person's name.
        ("Valeska Paris, an Australian woman, spoke on Monday.", "Valeska Paris", "person"),
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
        # A stance prefix is not part of the name.
        (
            "Voters backed the pro-European Liberal Democratic Party on Sunday.",
            "Liberal Democratic Party",
            "organization",
        ),
        # An untagged acronym a person belongs to is an organisation.
        ("Frederick Fung of ADPL lost his seat.", "ADPL", "organization"),
        # Hyphenated given names are kept whole.
        ("Wong Yeung-tat was defeated in the district.", "Wong Yeung-tat", "person"),
        # A quoted name before an organisation noun is an organisation.
        (
            'Ivan Petrov, spokesperson for the "I Want to Live" hotline, said appeals doubled.',
            "I Want to Live",
            "organization",
        ),
        # A proper noun modifying a region noun is a place.
        ("Men were held captive in the Donetsk region in eastern Ukraine.", "Donetsk", "location"),
        # Untagged capitalised words ending on a place word name a place.
        ("A crane fell into Mecca's Grand Mosque on Friday.", "Grand Mosque", "location"),
        # "the town of X" names a place.
        (
            "South Korea evacuated people in the town of Yeoncheon after the shelling.",
            "Yeoncheon",
            "location",
        ),
        # "X in France": a lone name followed by a country is a place.
        ("The plane took off from Toulouse in France on Wednesday.", "Toulouse", "location"),
        # An untagged name a person is "of" is an organisation, nationality words and all.
        ("Nathan Law of Demosisto won a seat in the election.", "Demosisto", "organization"),
        ("Gary Fan of the Neo Democrats lost his seat.", "Neo Democrats", "organization"),
        # A legal form after the name belongs to it.
        (
            "The deal was approved by the chairman of Chrysler LLC Jim Press on Monday.",
            "Chrysler LLC",
            "organization",
        ),
    ],
)
def test_types_fixed_from_the_text(nlp: Any, text: str, name: str, type_: str) -> None:
    actors = _by_name(nlp, text)
    assert name in actors, sorted(actors)
    assert actors[name].type == type_


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
    actors = _by_name(nlp, text)
    assert name in actors, sorted(actors)
    assert alias in actors[name].aliases


def test_title_from_be_after_a_heading(nlp: Any) -> None:
    text = "About the writer\nFatma Jones is a Newsweek weekend reporter based in New York City."
    actors = _by_name(nlp, text)
    assert "Newsweek weekend reporter" in actors["Fatma Jones"].titles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A maker's name on a model number names the product.
        ("Chinese airlines agreed to buy Boeing 787 Dreamliners worth billions.", "Boeing"),
        # A name before "index" names a market index.
        ("In Hong Kong, the Hang Seng index fell 5.5 percent on Monday.", "Hang Seng"),
        # A lower-case first letter marks a product.
        ("Apple sold more of its iPod players in March.", "iPod"),
        # A sentence's first word tagged as a common noun is no name.
        ("Localist group Civic Passion lost two seats.", "Localist"),
    ],
)
def test_not_actors(nlp: Any, text: str, absent: str) -> None:
    actors = _by_name(nlp, text)
    assert all(absent not in [a.name, *a.aliases] for a in actors.values()), sorted(actors)


@pytest.mark.parametrize(
    ("text", "name", "alias", "place"),
    [
        # A country before an organisation's name is a place; the organisation keeps both forms.
        (
            "The GAO called for a rerun of the US Air Force tanker contract.",
            "Air Force",
            "US Air Force",
            "US",
        ),
        (
            "Fiat told the US Treasury that it would buy more shares.",
            "Treasury",
            "US Treasury",
            "US",
        ),
    ],
)
def test_country_prefix_split(nlp: Any, text: str, name: str, alias: str, place: str) -> None:
    actors = _by_name(nlp, text)
    assert name in actors, sorted(actors)
    assert alias in actors[name].aliases
    assert actors[place].type == "location"
