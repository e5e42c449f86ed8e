"""People named by their relation to someone: "his father", "her wife", "her student".

A relation is learnt where the text states it: "her father, Mohammed Hadid", "Daniel was a
son of Johann Bernoulli" (and so Johann is Daniel's father), "Chao married Yang Buwei". Later,
"his father" is a mention of that person wherever "his" is a mention of the same someone.
Nothing is guessed: a relation the text never states links nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.parsing import (
    char_span_tokens,
    clause_subject,
    span_offsets,
    token_strings,
)

from .coreference import gender_of, mention_roots, noun_gender
from .given_names import given_name_gender
from .vocab import RELATION_CONVERSES, RELATION_GENERAL

_GENDER_SLOT = {"male": 0, "female": 1, None: 2}


def add_relations(doc: Any, actors: Sequence[Actor]) -> None:
    """Add "his father"-like mentions of people whose relation the text has stated."""
    roots = mention_roots(doc, actors)
    known = _stated(doc, actors, roots)
    if not known:
        return
    taken = {(m.start, m.end) for a in actors for m in a.mentions}
    lemmas, tags = token_strings(doc, "LEMMA"), token_strings(doc, "TAG")
    genders: dict[int, str | None] = {}
    for i, lemma in enumerate(lemmas):
        if lemma not in RELATION_CONVERSES or tags[i] not in {"NN", "NNP"}:
            continue
        tok = doc[i]
        owner = _owner(tok, roots)
        if owner is None:
            continue
        relative = known.get((id(owner), tok.lemma_))
        if relative is None:
            # "her father" may take the parent the text named, unless that one is a woman.
            relative = known.get((id(owner), RELATION_GENERAL.get(tok.lemma_, "")))
            if relative is not None and not _agrees(doc, relative, tok.lower_, genders):
                relative = None
        start, end = span_offsets(doc, tok.i, tok.i + 1)
        if relative is None or relative is owner or (start, end) in taken:
            continue
        if any(m.start < end and start < m.end for m in relative.mentions):
            continue
        relative.mentions.append(Mention(start, end, tok.text, "nominal"))
        taken.add((start, end))
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def _stated(
    doc: Any, actors: Sequence[Actor], roots: dict[int, Actor]
) -> dict[tuple[int, str], Actor]:
    """(id of a person, relation) -> the person so related, from the relations the text states
    through a person's nominal mentions ("her father" beside the name, "a son of Johann")."""
    known: dict[tuple[int, str], Actor] = {}
    genders: dict[int, str | None] = {}
    for relative in actors:
        if relative.type != "person":
            continue
        for mention in relative.mentions:
            span = (
                char_span_tokens(doc, mention.start, mention.end)
                if mention.kind == "nominal"
                else None
            )
            head = doc[span[2]] if span is not None else None
            if head is None or head.lemma_ not in RELATION_CONVERSES:
                continue
            owner = _owner(head, roots)
            if owner is None or owner is relative or owner.type != "person":
                continue
            known.setdefault((id(owner), head.lemma_), relative)
            if id(owner) not in genders:
                genders[id(owner)] = gender_of(doc, owner)
            converse = RELATION_CONVERSES[head.lemma_][_GENDER_SLOT[genders[id(owner)]]]
            known.setdefault((id(relative), converse), owner)
            known.setdefault((id(relative), RELATION_GENERAL.get(converse, converse)), owner)
    # "Chao married Yang Buwei": each is the other's spouse.
    for tok, relative in roots.items():
        verb = doc[tok].head
        if doc[tok].dep_ != "dobj" or verb.lemma_ != "marry" or relative.type != "person":
            continue
        subject = clause_subject(verb)
        spouse = roots.get(subject.i) if subject is not None else None
        if spouse is not None and spouse is not relative and spouse.type == "person":
            known.setdefault((id(spouse), "spouse"), relative)
            known.setdefault((id(relative), "spouse"), spouse)
    return known


def _agrees(doc: Any, person: Actor, noun: str, genders: dict[int, str | None]) -> bool:
    """Whether a gendered noun ("father", "sister") may name the person: not where the person
    is known to be of the other gender, be it only by a lone given name ("Katherine")."""
    wanted = noun_gender(noun)
    if id(person) not in genders:
        genders[id(person)] = gender_of(doc, person) or given_name_gender(person.name)
    return wanted is None or genders[id(person)] in {None, wanted}


def _owner(head: Any, roots: dict[int, Actor]) -> Actor | None:
    """Whose relation `head` is: its possessor ("his father", "Daniel's father") or the object
    of its "of" ("a son of Johann")."""
    for child in head.children:
        if child.dep_ == "poss":
            return roots.get(child.i)
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return roots.get(objects[0].i) if objects else None
    return None
