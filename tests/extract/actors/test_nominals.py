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
    # A hyphenated word before the name is one word.
    (
        "Short-seller Andrew Left of Citron Research said he is investigating the company.",
        "Andrew Left",
        ("Short-seller", "nominal"),
    ),
    # Apposition and words before the name describe the actor.
    (
        "Steve Jobs, founder of Apple, resigned on Tuesday.",
        "Steve Jobs",
        ("founder", "nominal"),
    ),
    # A capitalised title in apposition, after the name or opening the sentence before it.
    (
        "Apple named Tim Cook, the Chief Operating Officer, as its new head.",
        "Tim Cook",
        ("Chief Operating Officer", "nominal"),
    ),
    (
        "Steve Jobs resigned. The former Chief Operating Officer, Tim Cook will succeed Jobs.",
        "Tim Cook",
        ("former Chief Operating Officer", "nominal"),
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


@pytest.mark.parametrize(("text", "name", "mention"), NOMINALS)
def test_nominal_mentions(nlp: Any, text: str, name: str, mention: tuple[str, str]) -> None:
    assert mention in mention_pairs(actor_named(nlp, text, name))


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


@pytest.mark.parametrize(
    ("extra", "linked"),
    [
        # Australia named three times, New Zealand once: the story is Australia's.
        ("Australia and New Zealand met. Australia's schools were told. ", True),
        # Named as often as each other: no telling which country "this country" is.
        ("New Zealand and Australia met. New Zealand's schools were told. ", False),
    ],
)
def test_the_country_takes_the_country_named_most_however_far_back(
    nlp: Any, extra: str, linked: bool
) -> None:
    text = (
        f"Iodine levels fell in Australia last year. {extra}Doctors were worried. "
        "Bakers were asked to help. Parents were warned. Children born in this country are at risk."
    )
    assert (("country", "nominal") in mention_pairs(actor_named(nlp, text, "Australia"))) is linked


def test_the_city_takes_the_town_the_text_is_about_however_far_back(nlp: Any) -> None:
    text = (
        "Norton lived in San Francisco. He traded rice in San Francisco and lost money in "
        "San Francisco. He went bankrupt. He left. He came back. He wrote to the newspapers in "
        "the city. The town of Oakland ignored him."
    )
    pairs = mention_pairs(actor_named(nlp, text, "San Francisco"))
    assert ("city", "nominal") in pairs and ("town", "nominal") not in pairs


def test_a_noun_repeating_a_word_inside_a_name_is_not_its_head(nlp: Any) -> None:
    text = "Oxford University Press printed the book in May. The university paid for it."
    actor = actor_named(nlp, text, "Oxford University Press")
    assert [kind for _, kind in mention_pairs(actor)] == ["name"]


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


@pytest.mark.parametrize(
    "text",
    [
        "Jack Herrick, founder of Zentrix Inc., spoke on Monday. He said his company would grow.",
        "Zentrix Inc. founder Jack Herrick spoke on Monday. He said his company would grow.",
    ],
)
def test_a_founders_company_is_the_one_named_with_the_title(nlp: Any, text: str) -> None:
    assert ("company", "nominal") in mention_pairs(actor_named(nlp, text, "Zentrix Inc."))


def test_the_scene_is_the_latest_facility_named(nlp: Any) -> None:
    text = (
        "A crane collapsed onto the Grand Mosque on Friday. Rescue teams worked through the "
        "night, and no one was left at the scene."
    )
    assert ("scene", "nominal") in mention_pairs(actor_named(nlp, text, "Grand Mosque"))
    text = "Fans filled the Riverside Arena on Saturday. Vendors sold shirts all over the venue."
    assert ("venue", "nominal") in mention_pairs(actor_named(nlp, text, "Riverside Arena"))


_FAR = "Rescue teams worked through the night. Officials counted the dead. Doctors were called. "


def test_the_scene_far_back_is_the_facility_the_story_happens_at(nlp: Any) -> None:
    text = (
        "A crane collapsed onto the Grand Mosque. Pilgrims fled the Grand Mosque. "
        f"{_FAR}Photos of the scene showed the damage."
    )
    assert ("scene", "nominal") in mention_pairs(actor_named(nlp, text, "Grand Mosque"))
    # ... but "the site" that far from a facility is more often a website
    text = (
        "Fans filled the Riverside Arena. The Riverside Arena was full. "
        f"{_FAR}Hackers took the site down."
    )
    assert ("site", "nominal") not in mention_pairs(actor_named(nlp, text, "Riverside Arena"))


@pytest.mark.parametrize(
    "text",
    [
        # a city is no facility: "the site" there is more often a website
        "Hackers attacked servers in Boston on Monday. The site was down for hours.",
        # another site than the one named
        "Jazz clubs opened near the Riverside Arena. The music scene is growing.",
    ],
)
def test_a_site_noun_takes_no_place_that_is_not_the_facility_named(nlp: Any, text: str) -> None:
    nominal = [
        pair
        for a in extract_actors(nlp(text))
        for pair in mention_pairs(a)
        if pair[1] == "nominal" and pair[0] in ("site", "scene", "music scene")
    ]
    assert nominal == []


@pytest.mark.parametrize(
    "source",
    [
        "issued on Thursday by Orbis Research in Boston",
        # Not by the word "Company" in the latest one's name.
        "issued on Thursday by Detwiler Fenton & Company in Boston",
    ],
)
def test_the_company_is_the_one_named_most_near_not_the_latest(nlp: Any, source: str) -> None:
    text = (
        "Microsoft called the report false. Microsoft shares rose 2% on Friday. The report was "
        f"{source}. Steven Zipperstein, the company's chief legal officer, said it was misleading."
    )
    assert ("company", "nominal") in mention_pairs(actor_named(nlp, text, "Microsoft"))


def test_what_a_places_its_owns_is_not_the_place(nlp: Any) -> None:
    text = (
        "Blinken said the U.S. will continue its close coordination in support of Ukraine, its "
        "sovereignty, and territorial integrity."
    )
    assert mention_pairs(actor_named(nlp, text, "Ukraine")) == [("Ukraine", "name")]


def test_an_institution_a_person_reports_on_is_their_organisation(nlp: Any) -> None:
    text = (
        "A sensitive Environment Canada document was found on a street. Environment Canada "
        "spokeswoman Sujata Raisinghani told CBC News the department will look into the incident."
    )
    assert ("department", "nominal") in mention_pairs(actor_named(nlp, text, "Environment Canada"))


def test_the_title_noun_takes_the_holder_of_its_abbreviation(nlp: Any) -> None:
    text = (
        "Indiana Gov. Mike Pence called a reporter's question about his stance hypothetical. The "
        "Republican governor says he laid out his position last month."
    )
    assert ("governor", "nominal") in mention_pairs(actor_named(nlp, text, "Mike Pence"))
