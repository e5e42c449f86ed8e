"""Names inside longer names: "Texas" in "University of Texas", "Picasso" in "Picasso Museum".

The contract makes such a name an actor of its own when the text also names it alone, and then
the nested mention counts for it. Only a name one actor owns is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from service.extract.shared.facts import Actor, Mention

_WORD_CHAR = re.compile(r"\w")
# A shorter name ("US", "AP") is too often an initial or part of an acronym's name.
_MIN_NESTED = 3


def whole_word_occurrences(text: str, form: str) -> Iterator[int]:
    r"""Starts of `form` where it is not part of a longer word, left to right without overlaps.

    The same matches as `re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)`, but a
    pattern that starts with a lookbehind is tried at every position of the article, while
    `str.find` skips straight to the candidates.
    """
    pos = text.find(form)
    while pos >= 0:
        end = pos + len(form)
        inside_word = pos > 0 and _WORD_CHAR.match(text, pos - 1) or _WORD_CHAR.match(text, end)
        if inside_word:
            pos = text.find(form, pos + 1)
        else:
            yield pos
            pos = text.find(form, end)


def add_nested_mentions(actors: Sequence[Actor]) -> None:
    """Add a name mention for every actor whose name stands inside another actor's name."""
    owners: dict[str, list[Actor]] = {}
    for actor in actors:
        for form in {actor.name, *actor.aliases}:
            if len(form) >= _MIN_NESTED and any(c.isupper() for c in form):
                owners.setdefault(form, []).append(actor)
    forms = [(form, found[0]) for form, found in owners.items() if len(found) == 1]
    for outer in actors:
        for mention in list(outer.mentions):
            if mention.kind != "name":
                continue
            for form, inner in forms:
                if inner is outer or len(form) >= len(mention.text) or form not in mention.text:
                    continue
                for at in whole_word_occurrences(mention.text, form):
                    start = mention.start + at
                    if not any(m.start == start for m in inner.mentions):
                        inner.mentions.append(Mention(start, start + len(form), form, "name"))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)
