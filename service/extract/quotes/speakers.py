"""From a reporting verb to its speaker: the subject, resolved to an actor of the document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from service.extract.shared.facts import Actor, Mention, Span, Speaker
from service.extract.shared.parsing import clause_subject, doc_text, token_strings
from service.extract.shared.reporting import FRAMING_LEMMAS, REPORTING_LEMMAS

from .vocab import (
    CLAUSE_ONLY_LEMMAS,
    HEARER_VERBS,
    NOT_SPEAKER_ENTITIES,
    PLURAL_PRONOUNS,
    PREPOSITION_REPORTING,
    SOURCE_NOUNS,
)

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_RELATIVE_TAGS = {"WDT", "WP"}
# How far back (characters) a nominal or possessive speaker may look for its organisation.
_NOMINAL_REACH = 1500
# No actor mention is longer than this many characters; lookups walk back no further.
_LONGEST_MENTION = 200
# Tokens a plural pronoun may look back for the subject it stands for.
_ANTECEDENT_REACH = 80
# Tokens between an inverted verb and its name ('"...", added Reuters' or 'said Jane Doe').
_INVERTED_REACH = 4


_VERB_POS = {"VERB", "AUX"}


def is_reporting(tok: Any, *, framing: bool = False) -> bool:
    """A cue of speech. `framing`: the verb stands right beside a quotation it may frame, where
    verbs of manner and channel report speech too ('"...," she joked', 'he posted: "..."')."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    if tok.pos_ not in _VERB_POS:
        return False
    if tok.lemma_ in PREPOSITION_REPORTING:
        wanted = PREPOSITION_REPORTING[tok.lemma_]
        return any(c.dep_ == "prep" and c.lower_ == wanted for c in tok.children)
    if framing and (tok.lemma_ in FRAMING_LEMMAS or tok.lemma_ in REPORTING_LEMMAS):
        return True  # the quotation beside it is what it reports
    if tok.lemma_ not in REPORTING_LEMMAS:
        return False
    if tok.lemma_ in CLAUSE_ONLY_LEMMAS:
        return (
            any(c.dep_ in {"ccomp", "dobj", "nsubj"} for c in tok.children) or tok.lemma_ == "read"
        )
    return True


def may_report(doc: Any) -> Iterator[Any]:
    """The tokens of `doc` is_reporting can accept, "according" and verbs, found without
    reading every token's attributes one Token at a time."""
    lowers, pos = token_strings(doc, "LOWER"), token_strings(doc, "POS")
    for i, word in enumerate(lowers):
        if word == "according" or pos[i] in _VERB_POS:
            yield doc[i]


def cue_span(tok: Any) -> Span:
    if tok.lower_ == "according":
        end = tok.nbor().idx + len(tok.nbor().text)
        return Span(tok.idx, end, doc_text(tok.doc)[tok.idx : end])
    return Span(tok.idx, tok.idx + len(tok.text), tok.text)


@dataclass
class Index:
    """Actor mentions by position, for turning tokens into actors (binary search, then a
    bounded walk: a lookup never scans all mentions)."""

    actors: list[Actor]

    def __post_init__(self) -> None:
        self.mentions: list[tuple[Mention, Actor]] = sorted(
            ((m, a) for a in self.actors for m in a.mentions), key=lambda p: p[0].start
        )
        self._starts = [m.start for m, _ in self.mentions]

    def covering(self, start: int, end: int) -> tuple[Mention, Actor] | None:
        i = bisect_right(self._starts, start) - 1
        while i >= 0 and start - self._starts[i] <= _LONGEST_MENTION:
            mention, actor = self.mentions[i]
            if end <= mention.end:
                return mention, actor
            i -= 1
        return None

    def within(self, start: int, end: int) -> tuple[Mention, Actor] | None:
        i = bisect_left(self._starts, start)
        while i < len(self.mentions) and self._starts[i] < end:
            mention, actor = self.mentions[i]
            if mention.end <= end and mention.kind == "name":
                return mention, actor
            i += 1
        return None

    def preceding(self, pos: int, types: set[str], word: str | None = None) -> Actor | None:
        """The actor of the nearest mention before `pos` of one of `types` (naming `word`)."""
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and pos - self._starts[i] <= _NOMINAL_REACH:
            actor = self.mentions[i][1]
            if actor.type in types and (word is None or word in actor.name.lower()):
                return actor
            i -= 1
        return None


def _subject(verb: Any) -> Any | None:
    if verb.lower_ == "according":
        for to in verb.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    subject = clause_subject(verb)
    if subject is not None:
        return subject
    # "resigned in a letter stating ...": the one who wrote the letter, the subject of the verb
    # the letter hangs off.
    if verb.dep_ == "acl" and verb.head.lemma_ in SOURCE_NOUNS:
        writer = _clause_subject(verb.head)
        if writer is not None:
            return writer
    # "Its chief executive, Tobi Lutke, tweeted that ...": a sentence the parser reads as one
    # noun phrase, the verb a participle modifying its subject.
    if (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.head.i < verb.i
        and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return verb.head
    # "..., read the statement by the ministry": the source is the object.
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "npadvmod"} and child.lemma_ in SOURCE_NOUNS:
            return child
    # '"...", added Reuters.': an inverted attribution whose subject the parser reads as the
    # verb's object or as the verb modifying the name. "told the Herald" names the hearer instead.
    if verb.dep_ in {"amod", "compound"} and verb.head.i > verb.i and verb.head.pos_ == "PROPN":
        return verb.head
    if verb.lemma_ not in HEARER_VERBS:
        after_quote = verb.i >= 1 and verb.doc[verb.i - 1].is_quote
        for child in verb.rights:
            if child.dep_ not in {"dobj", "npadvmod", "attr"} or child.i - verb.i > _INVERTED_REACH:
                continue
            # '"...," insisted the head of Ukrainian diplomacy': right after the quote, a
            # definite noun is the one who says it too.
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in child.children)
            if child.pos_ == "PROPN" or after_quote and child.pos_ == "NOUN" and definite:
                return child
    return None


def _quoted_as_saying(verb: Any) -> Any | None:
    """ "Reuters quoted the minister as saying ...": the one quoted, the object of "quoted" (or
    "cited"), says it; the subject only reports it."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lemma_ not in {"quote", "cite"}:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


def _clause_subject(noun: Any) -> Any | None:
    """The subject of the nearest verb above `noun` ("X resigned in a letter": X)."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in _VERB_POS:
            return next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
    return None


def _plural_antecedent(tok: Any) -> Any | None:
    """'Officials don't say how many, but they said ...': the nearest plural subject before
    `tok`, in its sentence or the one before."""
    first = tok.sent.start
    if first > 0:
        first = tok.doc[first - 1].sent.start
    for cand in reversed(tok.doc[max(first, tok.i - _ANTECEDENT_REACH) : tok.i]):
        if cand.dep_ in _SUBJECT_DEPS and cand.tag_ in {"NNS", "NNPS"}:
            return cand
    return None


def _local(tok: Any) -> tuple[int, int]:
    """The noun phrase around a head token, without clauses after it."""
    mods = [c for c in tok.lefts if c.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod"}]
    # A modifier's own subtree may reach back over a misparse; names are short.
    start = max(min((c.left_edge.i for c in mods), default=tok.i), tok.i - 6)
    while start < tok.i and tok.doc[start].dep_ in {"det", "punct", "cc", "prep"}:
        start += 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].dep_ == "compound" and tok.doc[end].head.i > tok.i:
        end += 1
    span = tok.doc[start:end]
    return span.start_char, span.end_char


def _a_persons_spokesman(tok: Any, owner: Any, index: Index) -> bool:
    """ "Obama's spokesman said": a person's spokesman speaks for them but is not them (an
    organisation's is the organisation speaking: "the ministry's spokesman said")."""
    if tok.lemma_ not in _SPOKES_NOUNS:
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ in {"his", "her"}
    hit = index.covering(owner.idx, owner.idx + len(owner.text))
    return hit is not None and hit[1].type == "person"


_SPOKES_NOUNS = {"spokesman", "spokesperson", "spokeswoman"}


def _by_agent(tok: Any) -> Any | None:
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from", "of"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _make(text: str, start: int, end: int, actor: Actor | None) -> Speaker:
    mention = text[start:end]
    if actor is None:
        return Speaker(mention, start, end, mention, None)
    return Speaker(mention, start, end, actor.name, actor.id or None)


def resolve_subject(tok: Any, index: Index, depth: int = 0) -> Speaker | None:
    """Turn a subject token into a speaker, following pronouns, relatives and source nouns."""
    text = doc_text(tok.doc)
    if tok.tag_ in _RELATIVE_TAGS and tok.head.dep_ == "relcl" and depth < 3:
        return resolve_subject(tok.head.head, index, depth + 1)
    if tok.tag_ == "WDT":
        return None  # "during which said ...": a "which" that heads no clause of a noun is no one
    if tok.pos_ == "PRON":
        hit = index.covering(tok.idx, tok.idx + len(tok.text))
        if hit is not None:
            return _make(text, tok.idx, tok.idx + len(tok.text), hit[1])
        antecedent = _plural_antecedent(tok) if tok.lower_ in PLURAL_PRONOUNS else None
        if antecedent is not None and depth < 3:
            found = resolve_subject(antecedent, index, depth + 1)
            if found is not None:
                return Speaker(
                    tok.text, tok.idx, tok.idx + len(tok.text), found.name, found.actor_id
                )
        # "he" and "she" are left to the actors' coreference, which weighs gender and salience:
        # the nearest name before may be anyone. "It" takes the nearest organisation or place.
        actor = None
        if tok.lower_ in {"it", "its"}:
            actor = index.preceding(tok.idx, {"organization", "location"})  # "it added"
        return _make(text, tok.idx, tok.idx + len(tok.text), actor)
    start, end = _local(tok)
    hit = index.covering(tok.idx, tok.idx + len(tok.text))
    if depth < 3 and (hit is None or hit[0].kind != "name"):
        # "The CEO of Acme, John Smith, said": the name set beside the title speaks.
        # The parser may hang the name off the title's "of" phrase ("of Acme Corp, John Smith").
        for child in tok.subtree:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > tok.i:
                hit_name = index.covering(child.idx, child.idx + len(child.text))
                if hit_name is not None and hit_name[1].type == "person":
                    mention, actor = hit_name
                    return _make(text, mention.start, mention.end, actor)
    if hit is None and tok.pos_ == "PROPN":
        hit = index.within(start, end)
    if hit is not None:
        mention, actor = hit
        return _make(text, mention.start, mention.end, actor)
    if depth < 3:
        agent = _by_agent(tok)
        if agent is None and tok.head.lemma_ in REPORTING_LEMMAS:
            agent = _by_agent(tok.head)
        if agent is not None and tok.lemma_ in SOURCE_NOUNS:
            return resolve_subject(agent, index, depth + 1)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if (
            owner is not None
            and tok.lemma_ in SOURCE_NOUNS
            and not _a_persons_spokesman(tok, owner, index)
        ):
            found = resolve_subject(owner, index, depth + 1)
            if found is not None and found.actor_id is not None:
                return found
    if tok.pos_ == "PROPN":
        return _make(text, start, end, None)
    actor = index.preceding(tok.idx, {"organization"}, tok.lemma_.lower())
    if actor is None and tok.lemma_ in SOURCE_NOUNS:
        actor = index.preceding(tok.idx, {"organization"})
    return _make(text, start, end, actor)


def speaker_of(verb: Any, index: Index) -> Speaker | None:
    subject = _subject(verb)
    if subject is not None and subject.dep_ == "nsubjpass" and verb.lemma_ in HEARER_VERBS:
        # "the army was told to prepare": the subject heard it; the speaker is the agent, if any.
        subject = _by_agent(verb)
    if subject is not None and subject.ent_type_ in NOT_SPEAKER_ENTITIES:
        return None
    return resolve_subject(subject, index) if subject is not None else None
