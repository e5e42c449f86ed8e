"""Name mentions from spaCy's entities (actors/mentions.py): trimmed, split and joined where the
model cuts a name wrongly."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import actor_named, names_and_aliases

NAMES_AND_TYPES = [
    # "Copyright" inside a sentence is no copyright notice.
    (
        "The U.S. Copyright Office said on Monday that it would review the case.",
        "Copyright Office",
        "organization",
    ),
    # A name that only starts like a holiday is no holiday.
    ("Tourists visited Easter Island in May.", "Easter Island", "location"),
    # Two places never touch without a comma: the pair is a person's name.
    ("Valeska Paris, an Australian woman, spoke on Monday.", "Valeska Paris", "person"),
    # A stance prefix is not part of the name.
    (
        "Voters backed the pro-European Liberal Democratic Party on Sunday.",
        "Liberal Democratic Party",
        "organization",
    ),
    # An untagged acronym a person belongs to is an organisation.
    ("Frederick Fung of ADPL lost his seat.", "ADPL", "organization"),
    # An untagged name before a role held in an organisation, before a person, is that
    # organisation.
    ("Prices will rise, said ECB President Christine Lagarde.", "ECB", "organization"),
    # A surname's particles and the word after them belong to the name.
    ("United manager Erik ten Hag praised his players.", "Erik ten Hag", "person"),
    (
        "European Commission President Ursula von der Leyen said the plan was fair.",
        "Ursula von der Leyen",
        "person",
    ),
    # A match's score after a team is no model number.
    ("Manchester United beat Chelsea 2-1 at Old Trafford on Sunday.", "Chelsea", "organization"),
    # A place only a title-case caption names stays.
    (
        "Statue of Patrick Gordon in Yekaterinburg, Russia\n\nPatrick Gordon was a general "
        "and admiral in Russia.",
        "Yekaterinburg",
        "location",
    ),
    # An adjective in lower case before a name is not in it.
    (
        "The committee recommended the amended budget to the full Board of Aldermen.",
        "Board of Aldermen",
        "organization",
    ),
    # Hyphenated given names are kept whole.
    ("Wong Yeung-tat was defeated in the district.", "Wong Yeung-tat", "person"),
    # A name never runs on from a heading into the paragraph below, and a given name the model
    # left out is put back.
    (
        "Zaha Hadid\n\nDame Zaha Mohammad Hadid was an Iraqi-British architect.",
        "Zaha Hadid",
        "person",
    ),
    (
        "Emperor Norton\n\nJoshua Abraham Norton (c. 1818 – January 8, 1880), known as Emperor "
        "Norton, was a citizen of San Francisco.",
        "Joshua Abraham Norton",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "type_"), NAMES_AND_TYPES)
def test_names_and_types(nlp: Any, text: str, name: str, type_: str) -> None:
    assert actor_named(nlp, text, name).type == type_


NOT_ACTORS = [
    # The owner named in a copyright notice is page furniture.
    ("The talks ended on Friday.\n© Thomson Reuters 2020", "Thomson Reuters"),
    ("The talks ended.\nCopyright 2022 North Sea News. All rights reserved.", "North Sea News"),
    # A lower-case first letter marks a product.
    ("Apple sold more of its iPod players in March.", "iPod"),
    # A sentence's first word tagged as a common noun is no name.
    ("Localist group Civic Passion lost two seats.", "Localist"),
    # A title with its place is no one's name.
    (
        "Virginia elects a governor in November.\n\nWhich Virginia Governor(s) do you admire?",
        "Virginia Governor(s",
    ),
    # A title alone names no one.
    ("Zaha Hadid\n\nDame Zaha Mohammad Hadid was an Iraqi-British architect.", "Dame"),
    # Feasts the model takes for people are dates.
    ("John Markham won again on Friday after Eid al-Fitr, his wife said.", "al-Fitr"),
    # A dash with spaces around it parts two names.
    ("Its rival, based in Mountain View - Zentrix, sued.", "Mountain View - Zentrix"),
    # A model number or a year names a product or an event, not a person.
    (
        "She played Miley Cyrus in a Wrecking Ball segment of YouTube Rewind 2013.",
        "YouTube Rewind 2013",
    ),
    # A named storm is no one, nor its name alone.
    (
        "Hurricane Florence is predicted to hit the coast late Thursday. As of Tuesday, Florence "
        "was swirling in the Atlantic, the National Hurricane Center said.",
        "Hurricane Florence",
    ),
    (
        "Hurricane Florence is predicted to hit the coast late Thursday. As of Tuesday, Florence "
        "was swirling in the Atlantic, the National Hurricane Center said.",
        "Florence",
    ),
    # The words of an award's name are no one.
    (
        "Having begun his rallying career in 2005, Block was named Rookie of the Year in the "
        "Rally America Championship.",
        "Rookie",
    ),
    # A title-case headline's guess holding a common word of the story is no name.
    (
        "Mayor Accepts City Council Budget for Fiscal Year 2016\n\nThe Mayor\u2019s Office "
        "today announced that the Council\u2019s proposed budget will be accepted.",
        "Accepts City Council Budget",
    ),
    # A disease is no one.
    ("Our manager has tested positive for the Covid, so the staff took over.", "Covid"),
    # A caption's credit label is no part of the name before it.
    ("Heroes\n\nWonder Woman and Captain Marvel Image: Ana Ruiz.\n\n", "Marvel Image"),
    ("A sketch of the Orbiter Voyager Image: ESA\n\n", "Orbiter Voyager Image"),
    # A word before a role is an organisation only where it can only be a name.
    ("Veteran analyst Dan Ives said the stock was cheap.", "Veteran"),
    ("Hollywood actor Tom Hanks agreed to the role on Monday.", "Hollywood actor"),
    # Nor a title "of" a lower-case description.
    (
        "Otto Jespersen taught at the University of Copenhagen and served as Rector of the "
        "university in 1920.",
        "Rector of the university",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_ACTORS)
def test_not_actors(nlp: Any, text: str, absent: str) -> None:
    assert absent not in names_and_aliases(nlp, text)
