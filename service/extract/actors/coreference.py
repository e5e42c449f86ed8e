"""Pronoun resolution good enough for "he said": the nearest fitting antecedent, subjects first.

Only confident links are made: quotes take a pronoun's actor as the speaker, so a wrong link is
worse than none. Persons take he/she (never across a known gender), organisations and places
take "it" and "its" and organisations, when they are the subject just before, "they"; relative
pronouns ("Hartley, which ...") take the name they hang off.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.marks import quote_marks
from service.extract.shared.parsing import char_span_tokens, doc_text, token_strings
from service.extract.shared.reporting import FRAMING_LEMMAS, REPORTING_LEMMAS

from .given_names import given_name_gender
from .noun_classes import noun_class
from .vocab import (
    FEMALE_CUES,
    FEMALE_PRONOUNS,
    GENDERED_NOUNS,
    MALE_CUES,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    PLURAL_ORG_PRONOUNS,
    POST_NOMINALS,
    RELATION_CONVERSES,
)

# How many sentences back a pronoun may reach for its antecedent.
WINDOW = 3
# "It" and "they" are often about things, not actors: only a subject this close is trusted.
ORG_WINDOW = 1
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


_SENTENCE_INDEX_KEY = "newsfacts.sentence_index"


def sentence_index(doc: Any) -> list[int]:
    """Sentence number of every token, worked out once per doc."""
    out: list[int] | None = doc.user_data.get(_SENTENCE_INDEX_KEY)
    if out is None:
        out = []
        for number, sent in enumerate(doc.sents):
            out.extend([number] * len(sent))
        doc.user_data[_SENTENCE_INDEX_KEY] = out
    return out


def mention_roots(doc: Any, actors: Sequence[Actor]) -> dict[int, Actor]:
    """The head token of every mention, mapped to its actor."""
    roots: dict[int, Actor] = {}
    for actor in actors:
        for mention in actor.mentions:
            span = char_span_tokens(doc, mention.start, mention.end)
            if span is not None:
                roots.setdefault(span[2], actor)
                roots.setdefault(phrase_head(doc, span), actor)
    return roots


def phrase_head(doc: Any, span: tuple[int, int, int]) -> int:
    """The token that heads a name's phrase: its root, or the letters after it that the parser
    made its head ("Daniel Bernoulli FRS, a Swiss mathematician, was ...")."""
    after = span[1]
    # Look at the word after the name first: almost always it is no such letters.
    if after >= len(doc):
        return span[2]
    if token_strings(doc, "LOWER")[after].replace(".", "") not in POST_NOMINALS:
        return span[2]
    return after if doc[span[2]].head.i == after else span[2]


def gender_of(doc: Any, actor: Actor) -> str | None:
    """ "male" or "female" when an honorific, a gendered title or the given name says so
    ("Rebecca Hall" is she); None when nothing does, or when they disagree."""
    words: set[str] = set()
    for title in actor.titles:
        words |= set(title.lower().split())
    lowers = token_strings(doc, "LOWER")
    for mention in actor.mentions:
        span = char_span_tokens(doc, mention.start, mention.end)
        if span is not None and span[0] > 0:
            words.add(lowers[span[0] - 1].rstrip("."))
    found: set[str | None] = set()
    if words & MALE_CUES:
        found.add("male")
    if words & FEMALE_CUES:
        found.add("female")
    # Only a name of two words or more has a given name in front ("Byron" alone may be a
    # surname).
    names = [actor.name, *actor.aliases]
    given = [name.split()[0] for name in names if len(name.split()) >= 2]
    found |= {given_name_gender(word) for word in given}
    found.discard(None)
    # Evidence that disagrees ("Jenna Marbles" and, for her dog, "Mr. Marbles") says nothing.
    return found.pop() if len(found) == 1 else None


def _fits(actor: Actor, tok: Any, genders: dict[int, str | None]) -> bool:
    word = tok.lower_
    wanted = _gender_asked(tok)
    if wanted is not None:
        return actor.type == "person" and genders.get(id(actor)) in {None, wanted}
    if word in ORG_PRONOUNS:
        # A country or city acts as an organisation does: "North Korea said it would ...".
        return actor.type in {"organization", "location"}
    return actor.type == "organization"


def _gender_asked(tok: Any) -> str | None:
    """The gender a pronoun or a gendered noun ("the old man") asks of its antecedent."""
    word = tok.lower_
    if word in MALE_PRONOUNS or tok.tag_ == "NN" and word in GENDERED_NOUNS["male"]:
        return "male"
    if word in FEMALE_PRONOUNS or tok.tag_ == "NN" and word in GENDERED_NOUNS["female"]:
        return "female"
    return None


def _definite_person(tok: Any, introduced: dict[str, int]) -> bool:
    """ "the old man", "the boy" take a person already named, as "he" does; not where the text
    has brought in someone unnamed ("a man ... the man"), nor "the man who ...", whose clause
    says which man."""
    if tok.tag_ != "NN" or tok.lower_ not in GENDERED_NOUNS["male"] | GENDERED_NOUNS["female"]:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return False
    if any(c.dep_ in {"relcl", "acl", "prep", "appos"} for c in tok.children):
        return False
    first: int = introduced.get(tok.lower_, tok.i)
    return bool(first >= tok.i)


def _modified_from(noun: Any) -> int:
    """Where the noun's adjectives begin: "the [ambitious young] man"."""
    start: int = noun.i
    for child in sorted(noun.lefts, key=lambda t: -t.i):
        if child.dep_ not in {"amod", "compound"} or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return start


def add_pronouns(doc: Any, actors: Sequence[Actor]) -> None:
    """Add a pronoun mention wherever a pronoun's antecedent is clear."""
    sent_of = sentence_index(doc)
    roots = mention_roots(doc, actors)
    genders = {id(a): gender_of(doc, a) for a in actors if a.type == "person"}
    tags, pos = token_strings(doc, "TAG"), token_strings(doc, "POS")
    subjects = [i for i, dep in enumerate(token_strings(doc, "DEP")) if dep in _SUBJECT_DEPS]
    topic = _topic(actors)
    lowers = token_strings(doc, "LOWER")
    # Where "a man" brings in someone unnamed, a later "the man" is that one.
    introduced: dict[str, int] = {}
    for i, dep in enumerate(token_strings(doc, "DEP")):
        if dep == "det" and lowers[i] in {"a", "an"}:
            introduced.setdefault(doc[i].head.lower_, doc[i].head.i)
    kin_owners: dict[tuple[int, str] | None, Actor] = {}
    for i in range(len(doc)):
        if lowers[i] == "there" and _locative(doc, i, tags):
            actor = _place(doc[i], roots, sent_of)
        elif tags[i] in _RELATIVE_TAGS or pos[i] == "PRON":
            actor = _relative(doc[i], roots)
        elif _definite_person(doc[i], introduced):
            actor = _person_antecedent(doc, doc[i], roots, sent_of, genders, topic)
            if actor is not None:
                words = doc[_modified_from(doc[i]) : i + 1]
                actor.mentions.append(
                    Mention(words.start_char, words.end_char, words.text, "nominal")
                )
                roots.setdefault(i, actor)
            continue
        else:
            continue
        tok = doc[i]
        # "His father, Anthony, was a geologist and his mother ...": the second "his" is the
        # first one's, not the father's just named.
        kin = (
            (sent_of[i], lowers[i])
            if tags[i] == "PRP$" and tok.head.lemma_ in RELATION_CONVERSES
            else None
        )
        if actor is None and kin in kin_owners:
            actor = kin_owners[kin]
        if actor is None and pos[i] == "PRON":
            actor = _antecedent(doc, tok, roots, sent_of, genders, subjects, topic)
        if actor is not None and kin is not None:
            kin_owners.setdefault(kin, actor)
        if actor is not None:
            actor.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
            # Later pronouns may chain through this one ("Okafor ... she ... she").
            roots.setdefault(tok.i, actor)
            # A person nothing else gives a gender has the one its first pronoun gives: "Trump
            # ... his claim" is no antecedent of a later "she".
            if actor.type == "person" and genders.get(id(actor)) is None:
                genders[id(actor)] = _gender_asked(tok)
    _add_headline_subject(doc, topic, genders)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


# A headline is the first line when the text goes on after it, and is at most this long.
_HEADLINE_CHARS = 160


def _add_headline_subject(doc: Any, topic: Actor | None, genders: dict[int, str | None]) -> None:
    """ "Australian woman claims ...": a headline's person noun, bare or with "a", is the person
    the story is about, when one stands out and nothing says otherwise (gender)."""
    text = doc_text(doc)
    end = text.find("\n")
    if topic is None or not 0 < end <= _HEADLINE_CHARS:
        return
    for tok in doc:
        if tok.idx >= end:
            break
        if tok.tag_ != "NN" or tok.ent_type_ or noun_class(tok.lemma_) != "person":
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
            continue
        if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in tok.children):
            continue
        wanted = noun_gender(tok.lower_)
        if wanted is not None and genders.get(id(topic)) not in {None, wanted}:
            continue
        if any(m.start <= tok.idx < m.end for m in topic.mentions):
            continue
        topic.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "nominal"))
        return


def noun_gender(word: str) -> str | None:
    """The gender a noun or title says ("man", "mother", "Mrs"), else None."""
    return "male" if word in MALE_CUES else "female" if word in FEMALE_CUES else None


_RELATIVE_TAGS = {"WP", "WDT"}
# How many sentences back "there" may reach for its place.
PLACE_WINDOW = 1


def _place(tok: Any, roots: dict[int, Actor], sent_of: Sequence[int]) -> Actor | None:
    """'moved to Vienna and taught there': the adverb "there" (not the "there" of "there is",
    which the tagger tells apart) names the last place mentioned, a sentence back at most."""
    for i in sorted((i for i in roots if i < tok.i), reverse=True):
        if sent_of[tok.i] - sent_of[i] > PLACE_WINDOW:
            return None
        if roots[i].type == "location":
            return roots[i]
    return None


def _locative(doc: Any, i: int, tags: Sequence[str]) -> bool:
    """ "taught there", and "While there, he ...", which the tagger calls the "there" of
    "there is" though no verb follows it."""
    if tags[i] == "RB":
        return True
    return tags[i] == "EX" and i + 1 < len(doc) and doc[i + 1].is_punct


def _relative(tok: Any, roots: dict[int, Actor]) -> Actor | None:
    """ "Brightwell Motors, which filed ...": the relative pronoun names the noun it follows."""
    if tok.tag_ not in _RELATIVE_TAGS or tok.head.dep_ != "relcl":
        return None
    owner = tok.head.head
    if owner.i > tok.i or tok.i - owner.i > 3:
        return None
    return roots.get(owner.i)


def _antecedent(
    doc: Any,
    tok: Any,
    roots: dict[int, Actor],
    sent_of: Sequence[int],
    genders: dict[int, str | None],
    subjects: Sequence[int],
    topic: Actor | None,
) -> Actor | None:
    """`subjects`: the index of every subject token in the doc, in order; `topic`: the person
    the text is about, if one stands out."""
    word = tok.lower_
    here = sent_of[tok.i]
    personal = word in MALE_PRONOUNS or word in FEMALE_PRONOUNS
    if word == "it" and _expletive(tok):
        return None
    if personal or word in ORG_PRONOUNS or word in PLURAL_ORG_PRONOUNS:
        # "forced Apple to lower its prices", "Poisson asked him to submit his work": the
        # object that controls the pronoun's clause.
        controller = _controller(tok)
        if controller is not None:
            actor = roots.get(controller.i)
            if actor is not None and _fits(actor, tok, genders):
                return actor
    if personal:
        return _person_antecedent(doc, tok, roots, sent_of, genders, topic)
    if word in ORG_PRONOUNS or word in PLURAL_ORG_PRONOUNS:
        # The last subject before the pronoun must itself be the organisation. For the one
        # who says a quote ('"...", said KCNA. "Foolhardy provocation deserves punishment", it
        # added'), subjects inside the quoted words do not count.
        earlier = bisect_left(subjects, tok.i)
        if _says(tok) and (marks := quote_marks(doc)).holding(tok.idx) is None:
            while earlier > 0 and marks.holding(doc[subjects[earlier - 1]].idx) is not None:
                earlier -= 1
        if earlier > 0 and here - sent_of[subjects[earlier - 1]] <= ORG_WINDOW:
            actor = roots.get(subjects[earlier - 1])
            if actor is not None and _fits(actor, tok, genders):
                return actor
        if word == "its":
            return _only_owner_before(tok, roots, sent_of, genders)
    return None


def _only_owner_before(
    tok: Any, roots: dict[int, Actor], sent_of: Sequence[int], genders: dict[int, str | None]
) -> Actor | None:
    """ "Apple has released an application that limits the volume of its iPods", "resigned
    from his party due to its defeat": with no subject to go by, "its" is the one organisation
    or place the sentence names before it."""
    here = sent_of[tok.i]
    fitting = {
        id(actor): actor
        for i, actor in roots.items()
        if i < tok.i and sent_of[i] == here and _fits(actor, tok, genders)
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _controller(tok: Any) -> Any | None:
    """The object of a verb of making or asking whose infinitive the pronoun's clause is:
    "The Commission forced Apple to lower its prices" (Apple does the lowering)."""
    verb = tok.head
    while verb.dep_ not in {"xcomp", "ccomp", "ROOT"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "xcomp" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if objects else None


# Salience of a candidate antecedent (after Lappin and Leass): a mention in the pronoun's own
# sentence counts most, halving with each sentence back; a subject counts more than other roles;
# the person the text is about is kept in mind across the whole text.
_RECENCY = 100.0
_SUBJECT_WEIGHT = 80.0
_TOPIC_WEIGHT = 60.0
# ... and a mention outside an adverbial phrase more than one inside ("in an interview with
# Uncut, where he ...": not Uncut).
_NON_ADVERBIAL_WEIGHT = 50.0
_ARGUMENT_DEPS = {"dobj", "dative", "pobj", "iobj", "nsubjpass", "attr"}


def _topic(actors: Sequence[Actor]) -> Actor | None:
    """The person named far more often than any other: the subject of a profile or biography."""
    counts = sorted(
        ((sum(m.kind == "name" for m in a.mentions), a) for a in actors if a.type == "person"),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if not counts or counts[0][0] < 3:
        return None
    if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
        return None
    return counts[0][1]


def _person_antecedent(
    doc: Any,
    tok: Any,
    roots: dict[int, Actor],
    sent_of: Sequence[int],
    genders: dict[int, str | None],
    topic: Actor | None,
) -> Actor | None:
    """The most salient person before `tok` that agrees with it and may be it."""
    here = sent_of[tok.i]
    marks = quote_marks(doc) if _says(tok) else None
    outside = marks is not None and marks.holding(tok.idx) is None
    if marks is not None and outside:
        # A quote of many sentences is one turn: '"... So we have the votes," he said' looks
        # back from where the quote opens.
        said = _quote_just_before(marks, doc_text(doc), tok.idx)
        opening = char_span_tokens(doc, said.start, said.start + 1) if said else None
        if opening is not None:
            here = sent_of[opening[0]]
    scores: dict[int, tuple[float, Actor]] = {}
    candidates = [
        (i, actor)
        for i, actor in roots.items()
        if i < tok.i and here - sent_of[i] <= WINDOW and _fits(actor, tok, genders)
    ]
    # Who is a co-argument of the pronoun's own verb cannot be it, by any of its mentions.
    bound = {id(actor) for i, actor in candidates if _bound(doc[i], tok)}
    if marks is not None and outside:
        # '"Putin will lose," he said': the one who says it is not someone named in the words.
        candidates = [(i, a) for i, a in candidates if marks.holding(doc[i].idx) is None]
    for i, actor in candidates:
        if id(actor) in bound:
            continue
        back = max(0, here - sent_of[i])
        score = _RECENCY / 2**back
        if doc[i].dep_ in _SUBJECT_DEPS:
            score += _SUBJECT_WEIGHT / 2**back
        if not _adverbial(doc[i]):
            score += _NON_ADVERBIAL_WEIGHT / 2**back
        if scores.get(id(actor), (0.0, actor))[0] < score:
            scores[id(actor)] = (score, actor)
    if topic is not None and id(topic) not in bound and _fits(topic, tok, genders):
        held = scores.get(id(topic), (0.0, topic))[0]
        scores[id(topic)] = (held + _TOPIC_WEIGHT, topic)
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[0])[1]


# How far after a quote's closing mark its speaker's pronoun comes: '," he said', '," the
# senator from Ohio, he ...'.
_SPEAKER_REACH = 12


def _quote_just_before(marks: Any, text: str, pos: int) -> Any | None:
    """The quote that closes just before `pos`, with nothing but a comma or spaces between."""
    found = marks.within(max(0, pos - _SPEAKER_REACH), pos)
    if not found:
        return None
    last = found[-1]
    between = text[last.close + 1 : pos]
    return last if last.close < pos and not between.strip(" ,\n\u2014-") else None


def _adverbial(tok: Any) -> bool:
    """A name inside a prepositional phrase that modifies a verb or a noun, not an argument:
    "with Uncut", "in the journal Miyako no Hana" (not the agent of "by")."""
    for _ in range(4):
        if tok.dep_ == "pobj":
            return bool(tok.head.dep_ == "prep" and tok.head.lower_ != "by")
        if tok.dep_ not in _INSIDE_A_NOUN_PHRASE or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_INSIDE_A_NOUN_PHRASE = {"compound", "appos", "nmod", "amod", "conj", "poss"}


def _says(tok: Any) -> bool:
    """`tok` is the subject of a verb of saying ("he said", "she added")."""
    verb = tok.head
    return tok.dep_ == "nsubj" and (
        verb.lemma_ in REPORTING_LEMMAS or verb.lemma_ in FRAMING_LEMMAS
    )


def _bound(candidate: Any, tok: Any) -> bool:
    """The subject of a verb is not its own object ("the Tsar confided to him": him is not the
    Tsar); a reflexive is ("he wrote himself") and stays free to take it."""
    if tok.lower_.endswith(("self", "selves")):
        return False
    if tok.dep_ not in _ARGUMENT_DEPS or candidate.dep_ not in _SUBJECT_DEPS:
        return False
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    # A verb conjoined without a subject of its own shares the first one's: "the Tsar trusted
    # the Scot and confided to him" (but not "she was born there, but her parents moved her").
    verbs = {verb.i}
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head
        verbs.add(verb.i)
    return candidate.head.i in verbs


def _expletive(tok: Any) -> bool:
    """ "It is possible that ...", "it was raining": no referent."""
    head = tok.head
    if head.lemma_ == "be" and any(c.dep_ in {"ccomp", "xcomp", "acomp"} for c in head.children):
        return True
    return any(c.dep_ in {"ccomp", "xcomp"} and c.i > head.i for c in head.children) and (
        head.lemma_ in {"seem", "appear", "take", "look"}
    )
