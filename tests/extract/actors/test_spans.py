"""Names the model misses or mislabels, found from the words around them (actors/spans.py)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from service.extract.actors import extract_actors
from service.extract.actors.spans import untagged_countries
from tests.extract.actors.helpers import actor_named, actors_by_name, names_and_aliases

NAMES_AND_TYPES = [
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
    # An untagged name a person is "of" is an organisation, nationality words and all.
    ("Nathan Law of Demosisto won a seat in the election.", "Demosisto", "organization"),
    ("Gary Fan of the Neo Democrats lost his seat.", "Neo Democrats", "organization"),
    # A legal form after the name belongs to it.
    (
        "The deal was approved by the chairman of Chrysler LLC Jim Press on Monday.",
        "Chrysler LLC",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "name", "type_"), NAMES_AND_TYPES)
def test_names_and_types(nlp: Any, text: str, name: str, type_: str) -> None:
    assert actor_named(nlp, text, name).type == type_


NOT_ACTORS = [
    # A maker's name on a model number names the product.
    ("Chinese airlines agreed to buy Boeing 787 Dreamliners worth billions.", "Boeing"),
    # A name before "index" names a market index.
    ("In Hong Kong, the Hang Seng index fell 5.5 percent on Monday.", "Hang Seng"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_ACTORS)
def test_not_actors(nlp: Any, text: str, absent: str) -> None:
    assert absent not in names_and_aliases(nlp, text)


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
    actors = actors_by_name(nlp, text)
    assert name in actors, sorted(actors)
    assert alias in actors[name].aliases
    assert actors[place].type == "location"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # untagged: a given name and a surname
        ("Wikinews interviews writer Aner Shalev on Wednesday. Aner Shalev lives in Israel.",
         "Aner Shalev"),
        # taken for a work of art: the person at its head
        ("We spoke with Isabel Ruiz of Heaven Sent Gaming about the show.", "Isabel Ruiz"),
        # a lone given name the text keeps using as a person
        ("Byron was born in London. Byron studied at Harrow, and Byron left for Greece in "
         "1823. Byron died there. His friends mourned.", "Byron"),
    ],
)  # fmt: skip
def test_people_the_model_misses_found_by_their_given_name(nlp: Any, text: str, name: str) -> None:
    assert actor_named(nlp, text, name).type == "person"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Washington Mutual said on Monday that it would close.", "Washington Mutual",
         "organization"),
        ("She walked through Grant Park on Sunday.", "Grant Park", "location"),
        ("Will Smith said he would stay.", "Will Smith", "person"),
    ],
)  # fmt: skip
def test_a_given_name_does_not_make_every_name_a_person(
    nlp: Any, text: str, name: str, type_: str
) -> None:
    assert actor_named(nlp, text, name).type == type_


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Bernoulli FRS, a Swiss mathematician, was born in 1700. Bernoulli died in 1782.",
        "Professor Jane Doe OBE said the plan was sound. Doe left the hall.",
    ],
)
def test_letters_after_a_name_are_no_part_of_it_and_no_actor(nlp: Any, text: str) -> None:
    # "FRS" and "OBE" are honours: one person, named without them, and no organisation.
    people = {name: a for name, a in actors_by_name(nlp, text).items() if a.type == "person"}
    assert len(people) == 1
    assert next(iter(people)) in {"Daniel Bernoulli", "Jane Doe"}
    assert not [n for n in actors_by_name(nlp, text) if n in {"FRS", "OBE"}]


def test_the_description_after_the_letters_is_the_persons(nlp: Any) -> None:
    text = "Daniel Bernoulli FRS, a Swiss mathematician, was born in 1700."
    assert ("mathematician", "nominal") in [
        (m.text, m.kind) for m in actor_named(nlp, text, "Daniel Bernoulli").mentions
    ]


def test_a_name_cut_on_a_linking_word_runs_on_over_the_capitalised_words(nlp: Any) -> None:
    text = "He did fieldwork for the Institute of History and Philology of Academia Sinica."
    names = names_and_aliases(nlp, text)
    assert "Institute of History and Philology of Academia Sinica" in names
    assert not [n for n in names if n.endswith((" of", " for"))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('He later claimed to be "Protector of Mexico" as well.', "Mexico"),
        ("Stock prices dropped sharply in Europe and Asia Monday.", "Asia"),
    ],
)
def test_countries_and_regions_the_model_leaves_untagged_are_places(
    nlp: Any, text: str, place: str
) -> None:
    assert actor_named(nlp, text, place).type == "location"


def test_a_country_name_inside_a_longer_name_is_not_taken_out(nlp: Any) -> None:
    # As if the model had tagged nothing: "Chad" opens a person's name, "US" modifies "West
    # Coast", while "Mexico" and "Asia" (before a weekday) stand alone.
    doc = nlp("Chad Johnson flew to the US West Coast, then to Mexico and Asia Monday.")
    doc.ents = []
    assert [c.text for c in untagged_countries(doc, set())] == ["Mexico", "Asia"]


def test_a_town_before_an_organisations_name_stays_part_of_it(nlp: Any) -> None:
    # New York is named alone too, but "Times" is no newspaper's name; a country is split off
    # ("US Coast Guard"), a town or a state is not.
    text = "She moved to New York in 2005. She wrote for The New York Times until 2010."
    names = names_and_aliases(nlp, text)
    assert "New York Times" in names and "Times" not in names
    assert "New York" in names


def test_a_surname_the_model_leaves_off_after_a_given_name_is_part_of_the_name(
    nlp: Any,
) -> None:
    doc = nlp("John Smith criticised the plan. Jane Doe disagreed with him.")
    jane = next(i for i, t in enumerate(doc) if t.text == "Jane")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, jane, jane + 1, "PERSON")]
    assert {a.name for a in extract_actors(doc)} == {"John Smith", "Jane Doe"}
