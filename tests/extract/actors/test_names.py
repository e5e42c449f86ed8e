"""Grouping surface forms into one referent (actors/names.py): aliases, acronyms, surnames."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.actors.candidates import Candidate
from service.extract.actors.names import group_candidates, initials, name_key
from service.extract.shared.facts import ActorType
from tests.extract.actors.helpers import actor_named, actors_by_name, names_and_aliases


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


def test_a_name_read_as_place_and_company_is_one_company(nlp: Any) -> None:
    # The model reads "Nvidia" after "Shares of" as a place, and in the list as a company.
    text = (
        "Shares of Nvidia rose 4% after the company said demand for its chips was strong. "
        "Nvidia, Intel and AMD all gained."
    )
    nvidia = [a for a in extract_actors(nlp(text)) if a.name == "Nvidia"]
    assert [a.type for a in nvidia] == ["organization"]
    assert [m.text for m in nvidia[0].mentions] == ["Nvidia", "company", "its", "Nvidia"]


def _candidate(text: str, form: str, label: str, type_: ActorType, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Candidate(0, 0, start, start + len(form), form, label, type_)


@pytest.mark.parametrize(
    ("text", "form", "readings", "expected"),
    [
        # Most mentions decide.
        (
            "Ubisoft showed games. Ubisoft, Microsoft and Sony had stands. Ubisoft said more.",
            "Ubisoft",
            [("ORG", "organization", 0), ("GPE", "location", 1), ("ORG", "organization", 2)],
            "organization",
        ),
        # A tie goes to the company, unless a place reading follows "in" or "near".
        (
            "Shares of Nvidia rose. Nvidia gained.",
            "Nvidia",
            [("GPE", "location", 0), ("ORG", "organization", 1)],
            "organization",
        ),
        (
            "Gordon of Auchleuchries was born in Auchleuchries, Aberdeenshire.",
            "Auchleuchries",
            [("ORG", "organization", 0), ("GPE", "location", 1)],
            "location",
        ),
        # A group label on a place name is a misreading.
        (
            "Fans came to Sochi. Sochi hosted the games.",
            "Sochi",
            [("NORP", "group", 0), ("GPE", "location", 1)],
            "location",
        ),
    ],
)
def test_one_name_read_as_two_kinds_of_thing_is_one_referent(
    text: str, form: str, readings: list[tuple[str, ActorType, int]], expected: str
) -> None:
    cands = [_candidate(text, form, label, type_, nth) for label, type_, nth in readings]
    groups = group_candidates(cands, text)
    assert [(g.type, len(g.cands)) for g in groups] == [(expected, len(readings))]


def test_a_person_and_a_place_of_one_name_stay_apart() -> None:
    text = "Washington crossed the Delaware. Washington is the capital."
    cands = [
        _candidate(text, "Washington", "PERSON", "person", 0),
        _candidate(text, "Washington", "GPE", "location", 1),
    ]
    assert sorted(g.type for g in group_candidates(cands, text)) == ["location", "person"]


def test_an_acronym_before_a_role_is_the_organisation_spelled_out_later(nlp: Any) -> None:
    text = (
        "ECB President Christine Lagarde said inflation remained too high. "
        "The European Central Bank raised rates."
    )
    bank = actor_named(nlp, text, "European Central Bank")
    assert (bank.type, bank.aliases) == ("organization", ["ECB"])


def test_a_surname_opening_on_a_particle_names_the_person(nlp: Any) -> None:
    text = "French President Charles de Gaulle resigned in 1969. De Gaulle died a year later."
    assert actor_named(nlp, text, "Charles de Gaulle").aliases == ["De Gaulle"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # The model reads the short form as a person, or as a place.
        (
            "Short-seller Jane Roe of Citron Research said on Monday that she is studying "
            "software company Quillor Inc’s accounts. Quillor declined to comment.",
            "Quillor Inc",
            "Quillor",
        ),
        (
            "The report, issued on Thursday by Detwiler Fenton & Company in Boston, said phones "
            "were being returned. Anne Buckley, the general counsel at Detwiler Fenton, said "
            "that the firm stood by its findings.",
            "Detwiler Fenton & Company",
            "Detwiler Fenton",
        ),
    ],
)
def test_a_company_without_its_legal_form_is_the_company(
    nlp: Any, text: str, name: str, alias: str
) -> None:
    company = actor_named(nlp, text, name)
    assert company.type == "organization"
    assert company.aliases == [alias]
    assert alias not in actors_by_name(nlp, text)


def test_a_name_opening_a_described_organisation_is_that_organisation(nlp: Any) -> None:
    # The model reads both as people; "his team" says the longer one is an organisation.
    text = (
        "Pro rally driver Ken Block died aged 55 after a snowmobile accident, his team Hoonigan "
        "Racing said on Monday.\n\n\u201cIt\u2019s with our deepest regrets that we can confirm "
        "that Ken Block passed away in a snowmobile accident today,\u201d Hoonigan said in a "
        "statement on Instagram."
    )
    assert actor_named(nlp, text, "Hoonigan Racing").aliases == ["Hoonigan"]
    assert "Hoonigan" not in actors_by_name(nlp, text)


def test_a_known_longer_name_takes_back_the_shorter_name_tagged_inside_it(nlp: Any) -> None:
    # The model tags the second "Environment Canada" as the place "Canada" alone.
    text = (
        "A sensitive Environment Canada document was found on a street. Environment Canada "
        "spokeswoman Sujata Raisinghani told CBC News the department will look into the incident."
    )
    actors = actors_by_name(nlp, text)
    assert "Canada" not in actors
    names = [m.text for m in actors["Environment Canada"].mentions if m.kind == "name"]
    assert names == ["Environment Canada", "Environment Canada"]


def test_an_organisations_own_body_is_not_it(nlp: Any) -> None:
    text = (
        "The committee went on to recommend the amended budget to the full Board of Aldermen. "
        "The board will vote on it May 27. Tuesday's approval by the Board of Aldermen's Finance "
        "Committee was a milestone."
    )
    actors = actors_by_name(nlp, text)
    assert "Board of Aldermen" in actors
    assert "Board of Aldermen's Finance Committee" in actors


def test_an_institutions_head_noun_alone_is_the_one_organisation_ending_on_it(nlp: Any) -> None:
    text = (
        "The Mayor's Office today announced that the Council's proposed budget will be accepted "
        "and on next week's City Council agenda."
    )
    council = actor_named(nlp, text, "City Council")
    assert council.aliases == ["Council"]
    assert "Council" not in actors_by_name(nlp, text)


def test_the_wire_after_a_datelines_city_is_no_acronym_of_it(nlp: Any) -> None:
    text = (
        "INDIANAPOLIS (AP) \u2014 Indiana Gov. Mike Pence isn\u2019t saying whether he would have "
        "signed the state Senate\u2019s failed proposal."
    )
    assert all("AP" not in actor.aliases for actor in actors_by_name(nlp, text).values())
