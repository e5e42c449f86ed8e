"""Pronouns resolved to an earlier actor that agrees (actors/coreference.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import (
    actor_named,
    actors_by_name,
    mention_pairs,
)

PRONOUNS = [
    # A country acts as an organisation does.
    ("North Korea said on Monday that it would answer.", "North Korea", ("it", "pronoun")),
    # Organisations are "it"/"its" when they are the subject just before.
    ("Chrysler said on Monday that it would cut jobs.", "Chrysler", ("it", "pronoun")),
    # A relative pronoun names the noun it hangs off.
    (
        "Boeing, which builds airliners, won the contract.",
        "Boeing",
        ("which", "pronoun"),
    ),
    # The object of "forced" does what its infinitive says.
    (
        "The European Commission has forced Apple to lower its prices in Britain.",
        "Apple",
        ("its", "pronoun"),
    ),
    # The adverb "there" names the place just mentioned.
    (
        "Antonin Dvorak moved to Vienna in 1890 and taught there.",
        "Vienna",
        ("there", "pronoun"),
    ),
    # ... and "While there," which the tagger takes for the "there" of "there is".
    (
        "Pierre L'Enfant served on the general's staff at Valley Forge. While there, the "
        "Marquis de Lafayette commissioned a portrait.",
        "Valley Forge",
        ("there", "pronoun"),
    ),
]


@pytest.mark.parametrize(("text", "name", "mention"), PRONOUNS)
def test_pronoun_mentions(nlp: Any, text: str, name: str, mention: tuple[str, str]) -> None:
    assert mention in mention_pairs(actor_named(nlp, text, name))


def test_pronoun_mention_resolves_to_preceding_subject(nlp: Any) -> None:
    text = "Angela Brown won the vote in Ohio. She thanked her supporters."
    actor = actors_by_name(nlp, text)["Angela Brown"]
    assert [(m.text, m.kind) for m in actor.mentions] == [
        ("Angela Brown", "name"),
        ("She", "pronoun"),
        ("her", "pronoun"),
    ]


def test_gender_keeps_she_off_a_man(nlp: Any) -> None:
    text = "Mr Tom Baker met Anna Wells in Paris on Monday. She said the talks went well."
    actors = actors_by_name(nlp, text)
    assert ("She", "pronoun") not in mention_pairs(actors["Tom Baker"])


def test_a_given_name_tells_the_gender(nlp: Any) -> None:
    text = "Rebecca Hall met John Walker in Leeds. She said the talks had gone well."
    assert ("She", "pronoun") in mention_pairs(actor_named(nlp, text, "Rebecca Hall"))
    assert ("She", "pronoun") not in mention_pairs(actor_named(nlp, text, "John Walker"))


def test_a_profile_keeps_its_subject_in_mind(nlp: Any) -> None:
    text = (
        "Patrick Gordon was a general in Russia. Gordon served Sweden and Poland first. "
        "Gordon later moved to Moscow. The Tsar trusted the Scot and confided to him the "
        "command of his capital."
    )
    assert ("him", "pronoun") in mention_pairs(actor_named(nlp, text, "Patrick Gordon"))


def test_the_subject_of_a_verb_is_not_its_object(nlp: Any) -> None:
    text = "Johann Carter met Daniel Reed in Basel. Johann Carter encouraged him to study."
    assert ("him", "pronoun") not in mention_pairs(actor_named(nlp, text, "Johann Carter"))


def test_the_there_of_there_is_names_no_place(nlp: Any) -> None:
    actor = actor_named(nlp, "Vienna grew fast. There were no trams yet.", "Vienna")
    assert mention_pairs(actor) == [("Vienna", "name")]


def test_a_gender_the_evidence_disputes_is_left_open(nlp: Any) -> None:
    # "Mr. Marbles" (her dog) shares her surname: the honorific and the given name disagree.
    text = (
        "Jenna Marbles was born in Rochester. Her dog, Mr. Marbles, is famous. "
        "Marbles moved to Boston, where she studied psychology."
    )
    assert ("she", "pronoun") in mention_pairs(actor_named(nlp, text, "Jenna Marbles"))


def test_he_said_is_no_one_named_in_the_quote(nlp: Any) -> None:
    text = 'John Smith spoke first. "Vladimir Putin will lose this war soon," he said.'
    assert ("he", "pronoun") in mention_pairs(actor_named(nlp, text, "John Smith"))
    assert ("he", "pronoun") not in mention_pairs(actor_named(nlp, text, "Vladimir Putin"))


def test_the_old_man_takes_a_man_already_named(nlp: Any) -> None:
    text = (
        "Rebecca Hall visited Thomas Weller in March. Weller was ill that winter. "
        "The old man died in May."
    )
    assert ("old man", "nominal") in mention_pairs(actor_named(nlp, text, "Thomas Weller"))
    assert ("old man", "nominal") not in mention_pairs(actor_named(nlp, text, "Rebecca Hall"))


def test_the_man_after_a_man_is_that_unnamed_man(nlp: Any) -> None:
    text = "Thomas Weller saw a man near the bank. The man ran away."
    assert ("man", "nominal") not in mention_pairs(actor_named(nlp, text, "Thomas Weller"))


def test_a_second_possessive_on_kin_is_the_firsts(nlp: Any) -> None:
    text = (
        "Matthew Goode was born in Exeter. His father, Anthony, was a geologist and his "
        "mother, Jennifer, is a nurse."
    )
    pairs = mention_pairs(actor_named(nlp, text, "Matthew Goode"))
    assert pairs.count(("his", "pronoun")) == 1
    assert ("his", "pronoun") not in mention_pairs(actor_named(nlp, text, "Anthony"))


def test_a_headlines_person_noun_is_the_person_the_story_is_about(nlp: Any) -> None:
    text = (
        "Canadian man wins lottery twice\n\nJohn Markham, a retired teacher, won again on Friday. "
        "Markham said he was shocked. Markham plans to travel with his wife."
    )
    assert ("man", "nominal") in mention_pairs(actor_named(nlp, text, "John Markham"))


def test_a_headlines_person_noun_of_the_other_gender_is_someone_else(nlp: Any) -> None:
    text = (
        "Canadian woman wins lottery twice\n\nMr John Markham sold the ticket on Friday. "
        "Markham said he was shocked. Markham plans to travel with his wife."
    )
    assert ("woman", "nominal") not in mention_pairs(actor_named(nlp, text, "John Markham"))


def test_a_pronoun_in_an_infinitive_belongs_to_the_object_that_controls_it(nlp: Any) -> None:
    # Galois does the submitting: "his" is the asked one's, not the asker's.
    text = (
        "Evariste Galois wrote to the Academy in 1830. Simeon Poisson asked him to submit "
        "his work on the theory of equations."
    )
    actors = actors_by_name(nlp, text)
    assert [m.text for m in actors["Evariste Galois"].mentions if m.kind == "pronoun"] == [
        "him",
        "his",
    ]
    assert [m.kind for m in actors["Simeon Poisson"].mentions] == ["name"]


def test_the_it_that_says_a_quote_skips_the_subjects_inside_quoted_words(nlp: Any) -> None:
    text = (
        '"The loudspeakers must be removed within 48 hours", said KCNA. '
        '"Foolhardy provocation deserves harsh punishment", it added.'
    )
    assert ("it", "pronoun") in mention_pairs(actor_named(nlp, text, "KCNA"))


def test_a_persons_first_pronoun_gives_the_gender_nothing_else_gave(nlp: Any) -> None:
    # Nothing but "his" says Trump is a man; the later "she" is the spokeswoman.
    text = (
        "President Trump's top spokeswoman on Thursday sought to explain his false claim about "
        "the bill. Sarah Sanders confirmed the president was referring to Sen. Thad Cochran, who "
        'has been ill. "Look, our understanding was that the senator was unable to be here this '
        'week," she said.'
    )
    assert ("she", "pronoun") not in mention_pairs(actor_named(nlp, text, "Trump"))
    assert ("she", "pronoun") in mention_pairs(actor_named(nlp, text, "Sarah Sanders"))


def test_a_long_quote_is_one_turn_for_the_he_who_says_it(nlp: Any) -> None:
    # Five sentences of quote lie between the name and "he said".
    text = (
        "President Donald Trump has claimed at least six times that the bill would have passed. "
        "\"We don't have enough time. One senator is ill. He is a yes vote. We can't do it by "
        'Friday. So we have the votes," he said in a radio interview.'
    )
    trump = actor_named(nlp, text, "Donald Trump")
    said_by = text.rindex("he said")
    assert any(m.start == said_by for m in trump.mentions)


def test_a_name_in_an_adverbial_phrase_weighs_less_than_an_earlier_subject(nlp: Any) -> None:
    text = (
        "David Gilmour has announced his plans to tour for the first time in eight years. The "
        "former Pink Floyd guitarist made the comments in a new interview with Uncut, where he "
        "discussed potentially touring his upcoming album."
    )
    he = text.index(" he ") + 1
    assert any(m.start == he for m in actor_named(nlp, text, "David Gilmour").mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Apple has released an application that limits the volume produced from its iPod "
            "portable music players.",
            "Apple",
        ),
        (
            "Gary Fan of the Neo Democrats lost his seat, and resigned from his leadership in his "
            "party due to its election defeat.",
            "Neo Democrats",
        ),
    ],
)
def test_its_with_no_subject_to_go_by_is_the_one_organisation_before_it(
    nlp: Any, text: str, name: str
) -> None:
    assert ("its", "pronoun") in mention_pairs(actor_named(nlp, text, name))
