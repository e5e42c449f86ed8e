"""Descriptions the syntax predicates of a known mention ("he was a Czech composer", "she
became a citizen", "critics described her as a visionary"), and later definite nouns that repeat
one ("a Czech composer ... the composer").

These run after pronouns, so what is said of "he" counts for the person "he" is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor
from service.extract.shared.parsing import BORROWING_DEPS, char_span_tokens, token_strings

from .coreference import phrase_head
from .nominals import (
    NOUN_CLASS_OF,
    OWN_SUBJECT_DEPS,
    TakenSpans,
    add_nominal,
    definite,
    left_edge,
)
from .noun_classes import noun_class
from .vocab import (
    AS_IDIOMS,
    DESCRIBING_VERBS,
    ORGANISATION_NOUNS,
    PROMOTING_VERBS,
    REGARDING_VERBS,
    TITLE_WORDS,
)


def add_descriptions(doc: Any, actors: Sequence[Actor]) -> None:
    """Descriptions the syntax gives a known mention, pronouns included (so this runs after
    them): "he was a Czech composer", "she became an American citizen", "he served as the
    interpreter", "critics described her as a visionary", "An unskilled cricketer, he ..."."""
    taken = TakenSpans(actors)
    for actor in actors:
        for mention in list(actor.mentions):
            span = char_span_tokens(doc, mention.start, mention.end)
            if span is None:
                continue
            for head in _described(doc[phrase_head(doc, span)]):
                if not _fits(actor, head):
                    continue
                # "a Czech composer": where a name inside is an actor already, the noun alone.
                if not add_nominal(doc, actor, left_edge(head), head.i + 1, taken):
                    add_nominal(doc, actor, head.i, head.i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def add_repeated_descriptions(doc: Any, actors: Sequence[Actor]) -> None:
    """A definite noun that repeats the head of an earlier description of an actor takes that
    actor: "a Czech composer ... the composer", "wikiHow, the company ... the company". Only
    heads that stand for the actor's kind count (a person noun for a person, a group noun for
    an organisation); where several actors were so described, the latest description wins."""
    taken = TakenSpans(actors)
    # Head noun -> (its token index, actor) for every description in the text.
    heads: dict[str, list[tuple[int, Actor]]] = {}
    for actor in actors:
        for mention in actor.mentions:
            span = char_span_tokens(doc, mention.start, mention.end)
            if mention.kind != "nominal" or span is None:
                continue
            head = doc[span[2]]
            if head.pos_ == "NOUN" and noun_class(head.lemma_) == NOUN_CLASS_OF.get(actor.type):
                heads.setdefault(head.lemma_.lower(), []).append((head.i, actor))
    for i, tag in enumerate(token_strings(doc, "TAG")):
        if tag != "NN" or doc[i].pos_ != "NOUN":
            continue
        tok = doc[i]
        if not definite(tok):
            continue
        earlier = [(j, a) for j, a in heads.get(tok.lemma_.lower(), []) if j < i]
        if earlier:
            add_nominal(
                doc, max(earlier, key=lambda pair: pair[0])[1], left_edge(tok), i + 1, taken
            )
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def _fits(actor: Actor, noun: Any) -> bool:
    """Whether a noun can describe an actor of its kind: an organisation is a company or a
    band, not "an attempt" or "a washout" ("it was an attempt to ...", with "it" the actor)."""
    if actor.type != "organization":
        return True
    word = noun.lemma_.lower()
    return noun_class(word) in {"group", "person"} or word in ORGANISATION_NOUNS


def _described(root: Any) -> list[Any]:
    """Heads of the descriptions predicated of `root`, a subject or an object."""
    if root.dep_ == "appos":
        root = root.head  # "His father, Anthony, was a geologist"
    verb = root.head
    if root.dep_ not in _DESCRIBED_DEPS:
        return []
    subject = root.dep_ != "dobj"
    heads = _predicated(root, verb, subject)
    if subject:
        heads += _fronted(root, verb)
        # "..., being an apt violin student", "became a citizen and served as consul": verbs
        # without a subject of their own share this one.
        for clause in verb.children:
            if clause.dep_ in BORROWING_DEPS and not any(
                c.dep_ in OWN_SUBJECT_DEPS for c in clause.children
            ):
                heads += _predicated(root, clause, subject)
    # "a nurse and amateur theatre director", "a personality, vlogger, comedian and actress"
    for head in heads:
        heads += [c for c in head.children if c.dep_ == "conj"]
    return [noun for head in heads if (noun := _one_of(head)) is not None and _common(noun)]


def _predicated(root: Any, verb: Any, subject: bool) -> list[Any]:
    """What `verb` predicates of its subject (`subject`) or object `root`."""
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "he is not a doctor"
    heads: list[Any] = []
    if subject and verb.lemma_ in DESCRIBING_VERBS:
        heads += [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    passive = _passive(verb)
    if subject and passive:
        heads += [c for c in verb.children if c.dep_ == "oprd"]  # "he was named captain"
        if verb.lemma_ in PROMOTING_VERBS:  # "he was promoted to major-general"
            heads += [o for p in verb.children if p.lower_ == "to" for o in p.children]
    # "served as an engineer", "joined the firm as a partner"; after a verb of regarding or
    # appointing, "as" describes the object ("described her as a visionary"), and after a
    # passive one, the subject ("she was appointed as chief").
    reflexive = any(c.dep_ == "dobj" and c.lower_.endswith("self") for c in verb.children)
    regarding = verb.lemma_ in REGARDING_VERBS and not reflexive and not passive
    if subject != regarding:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and (subject or prep.i > root.i):
                # Not "(he took English) as his second language": a subject is not its own X.
                heads += [
                    c
                    for c in prep.children
                    if c.dep_ == "pobj"
                    and c.lemma_ not in AS_IDIOMS
                    and not (subject and any(_own(d) for d in c.children))
                ]
    return heads


def _own(tok: Any) -> bool:
    """A possessive pronoun: "his", "her", "their"."""
    return bool(tok.dep_ == "poss" and tok.pos_ == "PRON")


def _one_of(head: Any) -> Any | None:
    """The noun a description is about: "one of the founders" is about founders."""
    if head.lower_ != "one":
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _common(tok: Any) -> bool:
    """A common noun, or a title the tagger took for a name or an adjective ("and Professor of
    Linguistics", "to major-general")."""
    return bool(tok.pos_ == "NOUN" or tok.pos_ in {"PROPN", "ADJ"} and tok.lower_ in TITLE_WORDS)


_DESCRIBED_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _passive(verb: Any) -> bool:
    """ "She was appointed", "being made", and a headline's "Barra appointed as chief": a
    passive subject or auxiliary, or a participle with no auxiliary at all."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    return bool(verb.tag_ == "VBN" and "aux" not in deps)


def _fronted(root: Any, verb: Any) -> list[Any]:
    """ "An undistinguished student, he ...": a noun phrase set before the subject, with a
    comma."""
    return [
        child
        for child in verb.children
        if child.i < root.i
        and child.pos_ == "NOUN"
        and child.dep_ in {"npadvmod", "dep", "nsubj", "appos", "advcl"}
        and child.right_edge.i + 1 < root.i
        and root.doc[child.right_edge.i + 1].text == ","
    ]
