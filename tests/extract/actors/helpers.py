"""What the actor tests share: the actors of a short text, by name, and their mentions."""

from __future__ import annotations

from typing import Any

from service.extract.actors import extract_actors
from service.extract.shared.facts import Actor


def actors_by_name(nlp: Any, text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(nlp(text))}


def actor_named(nlp: Any, text: str, name: str) -> Actor:
    """The actor of that name; fails listing the names found when there is none."""
    actors = actors_by_name(nlp, text)
    assert name in actors, sorted(actors)
    return actors[name]


def names_and_aliases(nlp: Any, text: str) -> set[str]:
    """Every name and alias of every actor found."""
    return {form for a in extract_actors(nlp(text)) for form in (a.name, *a.aliases)}


def mention_pairs(actor: Actor) -> list[tuple[str, str]]:
    """(text, kind) of each mention, in text order."""
    return [(m.text, m.kind) for m in actor.mentions]
