"""Types the text itself corrects (actors/types.py)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from service.extract.actors import extract_actors
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
    # "in Exeter, Devon": a name after a place and a comma is the larger place ...
    ("Goode was born in Exeter, Devon. His father was a geologist.", "Devon", "location"),
    # ... unless it is the subject of the next clause
    ("In Antioch, Jerome wrote letters.", "Jerome", "person"),
    # "X in France": a lone name followed by a country is a place.
    ("The plane took off from Toulouse in France on Wednesday.", "Toulouse", "location"),
    # Facilities are places, as the contract says: centres, museums, stadiums, halls.
    ("Astronauts trained at Johnson Space Center in Houston.", "Johnson Space Center", "location"),
    ("Crowds filled Carnegie Hall on Friday.", "Carnegie Hall", "location"),
    ("The Broad Art Museum reopened in May.", "Broad Art Museum", "location"),
    (
        "The painting hangs in New York's Metropolitan Museum of Art since 2011.",
        "Metropolitan Museum of Art",
        "location",
    ),
    # ... but a centre "for" something is an institution, and a person named Hall a person.
    (
        "The Center for Strategic and International Studies said so.",
        "Center for Strategic and International Studies",
        "organization",
    ),
    ("Jerry Hall spoke to reporters on Monday.", "Jerry Hall", "person"),
    # The place an institution is named after is a place when named alone.
    (
        "He studied at the University of Copenhagen. In 1888 he returned to Copenhagen.",
        "Copenhagen",
        "location",
    ),
    # Where someone settles, lives or travels is a place; where one returns may be a company.
    ("Jerome travelled with Bonosus to Gaul and settled in Trier.", "Trier", "location"),
    ("Steve Jobs returned to Apple in 1997.", "Apple", "organization"),
    # A place followed by its state stays a place beside a person of that given name ...
    (
        "Their son Austin Padalecki was born in 2012. They live in Austin, Texas.",
        "Austin",
        "location",
    ),
    # A given name shared by both genders, or written with accents, still opens a person's name.
    (
        "At the time, he was still a proponent of Noam Chomsky's theory of grammar.",
        "Noam Chomsky",
        "person",
    ),
    ("Moreau worked with Jean Cocteau and Gérard Philipe.", "Gérard Philipe", "person"),
    # A one-word "place" that does what companies do is a company; a country stays a country.
    ("Cisco sues Apple for iPhone trademark.", "Cisco", "organization"),
    # ... or that a figure is given according to
    ("The site ranks 135th in the US, according to Quantcast.", "Quantcast", "organization"),
    # ... or that stands in a list of organisations
    ("Ubisoft, Microsoft, and Sony all had large areas set up.", "Ubisoft", "organization"),
    ("Paris, London and Berlin were hit by storms.", "Berlin", "location"),
    ("France sued the company.", "France", "location"),
    # A country that beats another in a game is its team (the contract's convention); in a
    # war it stays a country.
    ("Brazil beat Germany 2-1 in the final on Sunday.", "Germany", "organization"),
    ("The US defeated Japan in the war.", "Japan", "location"),
    # ... and a country that beats a club, whatever the club was tagged; a name ending on a
    # club word is no person's.
    ("Italy beat Chelsea 2-0 in a friendly.", "Italy", "organization"),
    ("Manchester United beat Chelsea 2-1 on Sunday.", "Manchester United", "organization"),
    # A place name opening on a given name, with none of its words a place elsewhere, is a person.
    (
        "In the 17th minute the visitors' defender Willy Boly felled Michail Antonio in the "
        "centre of the pitch.",
        "Michail Antonio",
        "person",
    ),
    # A name ending on a news word is a news organisation, whatever the model says.
    ("He said so in a Fox News interview that aired Thursday.", "Fox News", "organization"),
    # A one-word name coordinated with places only, and no given name, is a place.
    (
        "Top Turkish and United States officials on Monday agreed to intensify efforts for "
        "talks between Kyiv and Moscow to yield a cease-fire.",
        "Kyiv",
        "location",
    ),
    # The name before a role in a band is the band's.
    (
        "David Gilmour will tour. The former Pink Floyd guitarist made the comments on Monday.",
        "Pink Floyd",
        "organization",
    ),
    # An online platform is a company.
    (
        "For his part, Blinken said on Twitter he reaffirmed U.S. condemnation of "
        "Russia’s actions.",
        "Twitter",
        "organization",
    ),
    # A building is a place.
    (
        "The asteroid is about as tall as the Empire State Building, scientists said.",
        "Empire State Building",
        "location",
    ),
    # A dateline names a place, whatever the model says.
    (
        "INDIANAPOLIS (AP) \u2014 Indiana Gov. Mike Pence isn\u2019t saying whether he would "
        "have signed the bill.",
        "INDIANAPOLIS",
        "location",
    ),
    # An age after a name marks a person, but not after a place.
    ("Smith, 45, told the BBC that he never saw it coming.", "Smith", "person"),
    ("Prices rose in Ohio, 12, and in Texas.", "Ohio", "location"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TYPES)
def test_types_fixed_from_the_text(nlp: Any, text: str, name: str, type_: str) -> None:
    assert actor_named(nlp, text, name).type == type_


def test_saint_and_a_persons_name_is_that_person_whatever_the_model_said(nlp: Any) -> None:
    doc = nlp("Jerome translated the Bible into Latin. Saint Jerome died in Bethlehem.")
    jerome, saint = doc[0:1], doc[7:9]
    assert (jerome.text, saint.text) == ("Jerome", "Saint Jerome")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 7, 9, "GPE")]
    people = [a for a in extract_actors(doc) if a.type == "person"]
    assert [(a.name, sorted(a.aliases)) for a in people] == [("Saint Jerome", ["Jerome"])]


def test_a_word_in_capitals_that_is_a_persons_surname_is_that_person(nlp: Any) -> None:
    doc = nlp("Joshua Norton declared himself emperor in 1859. The decree was signed NORTON I.")
    norton = next(i for i, t in enumerate(doc) if t.text == "NORTON")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, norton, norton + 1, "ORG")]
    people = [a for a in extract_actors(doc) if a.type == "person"]
    assert [(a.name, a.aliases) for a in people] == [("Joshua Norton", ["NORTON"])]


def test_a_lone_surname_that_opens_an_organisations_name_is_that_organisation(
    nlp: Any,
) -> None:
    # No one is called Rice: "Rice" is the university, whatever the model said.
    doc = nlp("He played for Rice University in 2007. At Rice he hit twelve home runs.")
    rice = next(i for i, t in enumerate(doc) if t.text == "Rice" and i > 5)
    doc.ents = [Span(doc, 3, 5, "ORG"), Span(doc, rice, rice + 1, "PERSON")]
    orgs = [(a.name, a.aliases) for a in extract_actors(doc) if a.type == "organization"]
    assert orgs == [("Rice University", ["Rice"])]
