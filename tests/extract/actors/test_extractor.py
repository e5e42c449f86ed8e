"""The actors extractor as a whole (actors/extractor.py): offsets, salience, the seed article."""

from __future__ import annotations

from typing import Any

from service.extract.actors import extract_actors
from tests.extract.actors.helpers import actor_named, mention_pairs


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


def test_a_surname_the_model_leaves_untagged_is_the_full_names_mention(nlp: Any) -> None:
    text = (
        "Margaret Atwood opened the fair on Friday. Fans queued for hours. "
        "Atwood, a Booker Prize-winner, was there to launch a novel."
    )
    actor = actor_named(nlp, text, "Margaret Atwood")
    assert ("Atwood", "name") in mention_pairs(actor)


def test_a_surname_two_people_share_names_neither(nlp: Any) -> None:
    text = (
        "Margaret Atwood and Graeme Atwood opened the fair on Friday. Fans queued for hours. "
        "Atwood, a Booker Prize-winner, was there to launch a novel."
    )
    for name in ("Margaret Atwood", "Graeme Atwood"):
        assert ("Atwood", "name") not in mention_pairs(actor_named(nlp, text, name))


def test_a_name_inside_a_longer_name_counts_for_its_own_actor(nlp: Any) -> None:
    text = "Texas passed the law in May. The University of Texas said it would comply."
    texas = actor_named(nlp, text, "Texas")
    assert [m.start for m in texas.mentions if m.kind == "name"] == [0, text.index("Texas", 10)]


def test_a_nested_name_never_named_alone_is_no_actor(nlp: Any) -> None:
    text = "Visitors queued outside the Picasso Museum in Paris on Sunday."
    assert "Picasso" not in {a.name for a in extract_actors(nlp(text))}
