"""The speaker's own words name the speaker (quotes/first_person.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.pipeline import assign_ids
from service.extract.quotes import extract_quotes
from service.extract.shared.parsing import parse

CASES = [
    # a person's I, me and my
    (
        'Anna Berg spoke on Monday. "I told them my plan, and they asked me to wait," she said.',
        "Anna Berg",
        ["I", "my", "me", "she"],  # and "she" of "she said", from coreference
    ),
    # an organisation's we and our
    (
        'The Harbour Authority said: "We will open our gates on Friday to every ship."',
        "Harbour Authority",
        ["We", "our"],
    ),
    # a person's "we" is a group the person belongs to, not the person
    ('"We will win this vote next week," said Omar Reza on Tuesday.', "Omar Reza", []),
    # ... but where the text ties the person to an organisation, their "we" is that organisation
    (
        "Microsoft spokeswoman Jane Doe spoke on Monday. "
        '"We take security seriously and our teams are on it," she said.',
        "Microsoft",
        ["We", "our"],
    ),
]


@pytest.mark.parametrize("text, speaker, words", CASES)
def test_first_person_words_in_a_quote_are_its_speaker(
    nlp: Any, text: str, speaker: str, words: list[str]
) -> None:
    doc = parse(nlp, text)
    actors = sorted(extract_actors(doc), key=lambda a: a.start)
    assign_ids("A", actors)
    extract_quotes(doc, actors)
    actor = next(a for a in actors if a.name == speaker)
    assert [m.text for m in actor.mentions if m.kind == "pronoun"] == words
