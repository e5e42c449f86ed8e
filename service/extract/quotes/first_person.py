"""The speaker's own words name the speaker: "I", "me", "my" inside a quote are mentions of the
person who says it, and "we", "our" those of the organisation that says it.

Runs after the speakers are known, so a quote adds its first-person words to its speaker's
mentions. A person's "we" is not the person: it is the organisation the text ties them to
("Environment Canada spokeswoman Sujata Raisinghani": "We take security seriously"), and is left
alone when the text ties them to none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention, Quote
from service.extract.shared.parsing import char_span_tokens, token_strings

from .vocab import FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR


def add_first_person_mentions(doc: Any, quotes: Sequence[Quote], actors: Sequence[Actor]) -> None:
    """Give each quote's speaker the first-person pronouns of its own words."""
    by_id = {actor.id: actor for actor in actors}
    lowers = token_strings(doc, "LOWER")
    changed: set[int] = set()
    for quote in quotes:
        if quote.type == "indirect" or quote.speaker is None or quote.speaker.actor_id is None:
            continue
        actor = by_id.get(quote.speaker.actor_id)
        if actor is None:
            continue
        span = char_span_tokens(doc, quote.start, quote.end)
        if span is None:
            continue
        for owner, words in _first_person_words(actor):
            taken = {(m.start, m.end) for m in owner.mentions}
            for i in range(span[0], span[1]):
                if lowers[i] not in words:
                    continue
                start = doc[i].idx
                end = start + len(doc[i].text)
                if quote.start <= start and end <= quote.end and (start, end) not in taken:
                    owner.mentions.append(Mention(start, end, doc[i].text, "pronoun"))
                    changed.add(id(owner))
    for actor in actors:
        if id(actor) in changed:
            actor.mentions.sort(key=lambda m: m.start)


def _first_person_words(actor: Actor) -> list[tuple[Actor, frozenset[str]]]:
    """Who the speaker's first-person words name: a person their "I", and the organisation the
    text ties them to their "we"; an organisation its "we"."""
    if actor.type == "person":
        found = [(actor, FIRST_PERSON_SINGULAR)]
        if actor.organisation is not None:
            found.append((actor.organisation, FIRST_PERSON_PLURAL))
        return found
    if actor.type == "organization":
        return [(actor, FIRST_PERSON_PLURAL)]
    return []
