"""Actors: who acts or is acted upon.

Entities from the parser become name mentions (`mentions`), are grouped into one referent each
(`names`), then get titles (`titles`), nominal mentions (`nominals`), pronoun mentions
(`coreference`) and a salience.
"""

from __future__ import annotations

from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.parsing import (
    char_span_tokens,
    doc_text,
    token_ends,
    token_starts,
    token_strings,
)
from service.extract.shared.reporting import REPORTING_LEMMAS

from .candidates import Candidate
from .coreference import add_pronouns
from .descriptions import add_descriptions, add_repeated_descriptions
from .interviews import add_interview_mentions
from .mentions import entity_candidates
from .names import Group, group_candidates, surface_key, without_legal_form
from .nested import add_nested_mentions, whole_word_occurrences
from .nominals import add_affiliations, add_nominals
from .relations import add_relations
from .titles import post_name_titles, pre_name_title

# Salience weights: a pronoun is weaker evidence of centrality than a name; the lead paragraph
# and subject position mark what the article is about; speaking makes an actor a source.
_PRONOUN_WEIGHT = 0.5
_LEAD_BONUS = 1.0
_SUBJECT_BONUS = 0.5
_SPEAKER_BONUS = 1.0


def extract_actors(doc: Any) -> list[Actor]:
    """Return one actor per real-world referent named in `doc`."""
    cands = entity_candidates(doc)
    groups = group_candidates(cands, doc_text(doc))
    _add_unlabelled_mentions(doc, groups)
    actors = [_to_actor(doc, g) for g in groups]
    add_nominals(doc, actors)
    add_pronouns(doc, actors)
    add_interview_mentions(doc, actors)
    add_descriptions(doc, actors)
    add_relations(doc, actors)
    add_repeated_descriptions(doc, actors)
    add_affiliations(doc, actors)
    add_nested_mentions(actors)
    _score(doc, actors)
    return actors


def _to_actor(doc: Any, group: Group) -> Actor:
    name = group.longest()
    labels = [c.label for c in group.cands]
    label = max(set(labels), key=lambda lab: (labels.count(lab), lab == group.cands[0].label))
    mentions = sorted(
        {Mention(c.start, c.end, c.text, "name") for c in group.cands}, key=lambda m: m.start
    )
    aliases: list[str] = []
    seen = {surface_key(name)}
    for cand in sorted(group.cands, key=lambda c: c.start):
        for form in (cand.text, cand.alias):
            key = surface_key(form) if form else ""
            if form and key not in seen:
                seen.add(key)
                aliases.append(form)
    actor = Actor(
        name=name, type=group.cands[0].type, label=label, mentions=mentions, aliases=aliases
    )
    if actor.type == "person":
        actor.titles = _titles(doc, group.cands)
    return actor


def _titles(doc: Any, cands: list[Candidate]) -> list[str]:
    titles: list[str] = []
    for cand in sorted(cands, key=lambda c: c.start):
        found = [pre_name_title(doc, cand.tok_start)]
        found += post_name_titles(doc, doc[cand.tok_start : cand.tok_end].root)
        for title in found:
            if title and title.lower() not in {t.lower() for t in titles}:
                titles.append(title)
    return titles


def _add_unlabelled_mentions(doc: Any, groups: list[Group]) -> None:
    """The model misses repeats of names it tagged elsewhere; a form owned by one group is safe."""
    owners: dict[str, list[Group]] = {}
    surnames: dict[str, list[Group]] = {}
    for group in groups:
        for cand in group.cands:
            if cand.derived or len(cand.text) < 3:
                continue
            _own(owners, cand.text, group)
            # "Shopify Inc" is "Shopify" in the rest of the story.
            short = without_legal_form(cand.text) if cand.type == "organization" else None
            if short is not None and len(short) >= 3:
                _own(owners, short, group)
            # A person named in full is named again by the surname alone ("Atwood, a Booker
            # Prize-winner, ..."), which the model often leaves untagged.
            words = cand.text.split()
            if cand.type == "person" and len(words) >= 2 and _surname_like(words[-1]):
                _own(surnames, words[-1], group)
    for form, owning in surnames.items():
        owners.setdefault(form, owning)  # a form the model tagged itself keeps its owners
    taken = [(c.start, c.end) for g in groups for c in g.cands]
    # Most occurrences found are the tagged mentions themselves: an exact hit needs no scan.
    tagged = set(taken)
    holder = {(c.start, c.end): (g, c) for g in groups for c in g.cands}
    text = doc_text(doc)
    by_char = token_starts(doc)
    by_end = token_ends(doc)
    for form, owning in sorted(owners.items(), key=lambda item: -len(item[0])):
        if len(owning) != 1:
            continue
        for start in whole_word_occurrences(text, form):
            end = start + len(form)
            if start not in by_char or end not in by_end:
                continue
            if (start, end) in tagged:
                continue
            inside = [(s, e) for s, e in taken if s < end and start < e]
            if inside and not _swallow(inside, start, end, form, owning[0], holder):
                continue
            model = owning[0].cands[0]
            owning[0].cands.append(
                Candidate(by_char[start], by_end[end], start, end, form, model.label, model.type)
            )
            taken.append((start, end))
    groups[:] = [g for g in groups if g.cands]


def _swallow(
    inside: list[tuple[int, int]],
    start: int,
    end: int,
    form: str,
    owner: Group,
    holder: dict[tuple[int, int], tuple[Group, Candidate]],
) -> bool:
    """ "Environment Canada" named again where the model tagged only "Canada": a name of two
    words or more, known to one actor, takes back the shorter names the model tagged inside it
    for others. False, and nothing changes, where a tagged name reaches outside it."""
    if " " not in form or not all(
        start <= s and e <= end and (s, e) != (start, end) for s, e in inside
    ):
        return False
    found = [holder.get(span) for span in inside]
    if any(pair is None or pair[0] is owner for pair in found):
        return False
    for group, cand in (pair for pair in found if pair is not None):
        group.cands.remove(cand)
    for span in inside:
        holder.pop(span, None)
    return True


def _own(owners: dict[str, list[Group]], form: str, group: Group) -> None:
    owning = owners.setdefault(form, [])
    if group not in owning:
        owning.append(group)


def _surname_like(word: str) -> bool:
    """A capitalised word of letters (hyphens and apostrophes inside) long enough to stand
    alone: "Atwood", "O'Neill", "Lung-bin"; not an initial or "Jr."."""
    return len(word) >= 3 and word[0].isupper() and word.replace("-", "").replace("'", "").isalpha()


def _lead_end(text: str) -> int:
    """End of the first paragraph with a full sentence in it (headlines and datelines skipped)."""
    pos = 0
    for para in text.split("\n"):
        pos += len(para) + 1
        if len(para.split()) >= 12:
            return pos
    return len(text)


def _score(doc: Any, actors: list[Actor]) -> None:
    lead = _lead_end(doc_text(doc))
    by_char, by_end = token_starts(doc), token_ends(doc)
    deps = token_strings(doc, "DEP")
    raw: list[float] = []
    for actor in actors:
        score = 0.0
        for mention in actor.mentions:
            score += 1.0 if mention.kind == "name" else _PRONOUN_WEIGHT
            if mention.start < lead:
                score += _LEAD_BONUS
            tok_index = by_char.get(mention.start)
            if tok_index is None:
                continue
            # The head of a mention made of whole tokens, else the token it starts with.
            span = None
            if mention.end in by_end:
                span = char_span_tokens(doc, mention.start, mention.end)
            head = span[2] if span is not None else tok_index
            if deps[head] in {"nsubj", "nsubjpass"}:
                score += _SUBJECT_BONUS
                if doc[head].head.lemma_ in REPORTING_LEMMAS:
                    score += _SPEAKER_BONUS
        raw.append(score)
    top = max(raw, default=0.0)
    for actor, score in zip(actors, raw, strict=True):
        actor.salience = round(score / top, 3) if top else 0.0
