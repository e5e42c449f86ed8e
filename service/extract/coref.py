"""Pronoun resolution good enough for "he said": the nearest preceding person, subjects first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .actors_vocab import PERSON_PRONOUNS

# How many sentences back a pronoun may reach for its antecedent.
WINDOW = 3


def sentence_index(doc: Any) -> list[int]:
    """Sentence number of every token."""
    out: list[int] = []
    for number, sent in enumerate(doc.sents):
        out.extend([number] * len(sent))
    return out


def resolve(
    doc: Any, tok: Any, people: Sequence[tuple[int, int, Any]], sent_of: Sequence[int]
) -> Any | None:
    """Pick the referent of pronoun `tok` from (token index, sentence, referent) person mentions.

    Subjects are preferred because news prose keeps its topic in subject position; a referent
    further than WINDOW sentences back is not trusted.
    """
    here = sent_of[tok.i]
    before = [p for p in people if p[0] < tok.i and here - p[1] <= WINDOW]
    if not before:
        return None
    subjects = [p for p in before if doc[p[0]].dep_ in {"nsubj", "nsubjpass"}]
    # A subject in the same or previous sentence beats a nearer object.
    recent = [p for p in subjects if here - p[1] <= 1]
    pool = recent or before
    return max(pool, key=lambda p: p[0])[2]


def is_person_pronoun(tok: Any) -> bool:
    return bool(tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON")
