"""Nominal mentions: descriptions that name an actor already known ("the company", "a senior
adviser at Y", "automaker Brightwell").

A description counts only where the text ties it to the actor: in apposition or as the
predicate of "X is ...", as the words before a name, or as a definite noun that fits the
actor's type and, for the less generic nouns, its name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.parsing import (
    BORROWING_DEPS,
    char_span_tokens,
    clause_subject,
    span_offsets,
    span_text,
    token_strings,
)

from .coreference import WINDOW, mention_roots, sentence_index
from .countries import is_country
from .noun_classes import noun_class
from .vocab import (
    AFFILIATION_NOUNS,
    ANAPHORIC_DETERMINERS,
    AS_IDIOMS,
    COUNTRY_NOMINALS,
    DESCRIBING_VERBS,
    GENERIC_ORG_NOMINALS,
    HEAD_SYNONYMS,
    NAMED_ORG_NOMINALS,
    NAMED_PLACE_NOMINALS,
    PROMOTING_VERBS,
    REGARDING_VERBS,
    SETTLEMENT_NOMINALS,
    TITLE_WORDS,
)

_LEFT_DEPS = {"det", "amod", "compound", "nmod", "nummod", "advmod", "quantmod", "npadvmod"}
_NOUNS = {"NOUN", "PROPN"}


class _Taken:
    """Character ranges already claimed by some mention."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.spans = [(m.start, m.end) for a in actors for m in a.mentions]

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.spans)


def add_nominals(doc: Any, actors: Sequence[Actor]) -> None:
    """Add nominal mentions tied to the actors by syntax or by a fitting definite noun."""
    taken = _Taken(actors)
    # Each name as its (first token, end token, root token) and actor.
    names: list[tuple[tuple[int, int, int], Actor]] = []
    for actor in actors:
        for mention in actor.mentions:
            if mention.kind != "name":
                continue
            span = char_span_tokens(doc, mention.start, mention.end)
            if span is not None:
                names.append((span, actor))
    roots = {root: actor for (_, _, root), actor in names}
    found: list[tuple[int, int, Actor]] = []
    for span, actor in names:
        for phrase in _attached(doc, *span, actor.type):
            owner = _owner_of(doc[span[2]], phrase[-1], actor, roots)
            if owner is not None:
                found.append((phrase[0].i, phrase[-1].i + 1, owner))
    for start, end, actor in found:
        _add(doc, actor, start, end, taken)
    sent_of = sentence_index(doc)
    by_pos = sorted(((root, a) for (_, _, root), a in names), key=lambda p: p[0])
    for i, tag in enumerate(token_strings(doc, "TAG")):
        # Only a singular common noun ("the company", "the mosque") points back to one actor.
        if tag != "NN":
            continue
        tok = doc[i]
        referent = _anaphor(tok, by_pos, sent_of)
        if referent is not None:
            _add(doc, referent, _left_edge(tok), tok.i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def add_descriptions(doc: Any, actors: Sequence[Actor]) -> None:
    """Descriptions the syntax gives a known mention, pronouns included (so this runs after
    them): "he was a Czech composer", "she became an American citizen", "he served as the
    interpreter", "critics described her as a visionary", "An unskilled cricketer, he ..."."""
    taken = _Taken(actors)
    for actor in actors:
        for mention in list(actor.mentions):
            span = char_span_tokens(doc, mention.start, mention.end)
            if span is None:
                continue
            for head in _described(doc[span[2]]):
                # "a Czech composer": where a name inside is an actor already, the noun alone.
                if not _add(doc, actor, _left_edge(head), head.i + 1, taken):
                    _add(doc, actor, head.i, head.i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def add_affiliations(doc: Any, actors: Sequence[Actor]) -> None:
    """ "Gary Fan of the Neo Democrats ... resigned from his party": a person's group noun
    ("his party", "her company") is the organisation the text has tied the person to ("X of
    ORG", "ORG's X")."""
    roots = mention_roots(doc, actors)
    affiliated: dict[int, Actor] = {}
    for i, actor in roots.items():
        if actor.type != "person":
            continue
        for child in doc[i].children:
            objects = (
                [c for c in child.children if c.dep_ == "pobj"] if child.lower_ == "of" else []
            )
            owner = roots.get(child.i) if child.dep_ == "poss" else None
            for org in [roots.get(o.i) for o in objects] + [owner]:
                if org is not None and org.type == "organization":
                    affiliated.setdefault(id(actor), org)
    if not affiliated:
        return
    taken = _Taken(actors)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AFFILIATION_NOUNS:
            continue
        owners = [roots.get(c.i) for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        person = owners[0] if owners else None
        org = affiliated.get(id(person)) if person is not None else None
        if org is not None:
            _add(doc, org, tok.i, tok.i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def add_repeated_descriptions(doc: Any, actors: Sequence[Actor]) -> None:
    """A definite noun that repeats the head of an earlier description of an actor takes that
    actor: "a Czech composer ... the composer", "wikiHow, the company ... the company". Only
    heads that stand for the actor's kind count (a person noun for a person, a group noun for
    an organisation); where several actors were so described, the latest description wins."""
    taken = _Taken(actors)
    # Head noun -> (its token index, actor) for every description in the text.
    heads: dict[str, list[tuple[int, Actor]]] = {}
    for actor in actors:
        for mention in actor.mentions:
            span = char_span_tokens(doc, mention.start, mention.end)
            if mention.kind != "nominal" or span is None:
                continue
            head = doc[span[2]]
            if head.pos_ == "NOUN" and noun_class(head.lemma_) == _NOUN_CLASS_OF.get(actor.type):
                heads.setdefault(head.lemma_.lower(), []).append((head.i, actor))
    for i, tag in enumerate(token_strings(doc, "TAG")):
        if tag != "NN" or doc[i].pos_ != "NOUN":
            continue
        tok = doc[i]
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
            continue
        earlier = [(j, a) for j, a in heads.get(tok.lemma_.lower(), []) if j < i]
        if earlier:
            _add(doc, max(earlier, key=lambda pair: pair[0])[1], _left_edge(tok), i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


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
                c.dep_ in _OWN_SUBJECT_DEPS for c in clause.children
            ):
                heads += _predicated(root, clause, subject)
    # "a nurse and amateur theatre director", "a personality, vlogger, comedian and actress"
    for head in heads:
        heads += [c for c in head.children if c.dep_ == "conj"]
    return [noun for head in heads if (noun := _one_of(head)) is not None and _common(noun)]


# What a clause's own subject may be ("there being poor rewards" has one).
_OWN_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


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


def _add(doc: Any, actor: Actor, start: int, end: int, taken: _Taken) -> bool:
    """Add the nominal mention `doc[start:end]` unless it overlaps one already taken; words
    at its start that are another mention ("Apple executive", "his Supernatural co-star")
    are left to that mention and the rest is added."""
    while start < end and (
        doc[start].is_punct or doc[start].dep_ == "det" or not taken.free(*_chars(doc, start))
    ):
        start += 1
    if start >= end or not _describes(doc, end - 1):
        return False
    start_char, end_char = span_offsets(doc, start, end)
    if not taken.free(start_char, end_char):
        return False
    taken.spans.append((start_char, end_char))
    actor.mentions.append(Mention(start_char, end_char, span_text(doc, start, end), "nominal"))
    return True


# Entity labels of times and numbers: "That year, she ...", "(2013 – present)" describe no one.
_NOT_DESCRIPTIONS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _describes(doc: Any, head: int) -> bool:
    """Whether the noun at `head` can describe an actor: not a time or a number, and not the
    label before a colon ("Image: Jane Doe" credits a photograph)."""
    if doc[head].ent_type_ in _NOT_DESCRIPTIONS or noun_class(doc[head].lemma_) == "time":
        return False
    return not (head + 1 < len(doc) and doc[head + 1].text == ":")


def _chars(doc: Any, i: int) -> tuple[int, int]:
    return span_offsets(doc, i, i + 1)


def _left_edge(head: Any) -> int:
    """First token of a noun phrase's left modifiers, without possessors (they are names)."""
    start: int = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        hyphen = child.dep_ == "punct" and child.text == "-" and child.i == start - 1
        if hyphen:  # "major-general"
            start = child.i
            continue
        if child.dep_ not in _LEFT_DEPS or child.i != start - 1 and child.right_edge.i != start - 1:
            break
        start = int(child.left_edge.i)
    return start


def _attached(doc: Any, start: int, end: int, root_i: int, kind: str) -> list[list[Any]]:
    """Descriptions syntax ties to the name `doc[start:end]` with head `root_i`: apposition and
    words before the name (what a verb predicates of it is `add_descriptions`' work)."""
    root = doc[root_i]
    heads: list[Any] = []
    heads += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < start:
        heads.append(root.head)
    phrases = [[doc[i] for i in range(_left_edge(h), h.i + 1)] for h in heads]
    # "Corvane analyst Peter Halloway", "automaker Brightwell": modifiers of the name itself.
    begin = start
    while begin > 0:
        prev = doc[begin - 1]
        if prev.is_punct or prev.dep_ not in {"compound", "amod", "nmod"}:
            break
        if not start <= prev.head.i < end and prev.head.i != begin:
            break
        if prev.ent_type_ and prev.ent_iob_ in {"B", "I"} and prev.pos_ == "PROPN":
            if prev.lower_ not in TITLE_WORDS:
                break
        begin -= 1
    pre = [doc[i] for i in range(begin, start)]
    if any(t.pos_ == "NOUN" or t.lower_ in TITLE_WORDS for t in pre):
        phrases.append(pre)
    elif (noun := _noun_before(doc, start, root, kind)) is not None:
        phrases.append([doc[i] for i in range(_left_edge(noun), noun.i + 1)])
    return [p for p in phrases if p]


# The class of noun that can stand for an actor of each type.
_NOUN_CLASS_OF = {"person": "person", "organization": "group", "location": "location"}


def _owner_of(name: Any, head: Any, actor: Actor, roots: dict[int, Actor]) -> Actor | None:
    """Who a description beside a name is about: the named actor, unless a person noun
    describes a place. "born in Paris, the daughter of a dancer" is about whoever was born
    there (the clause's subject, when that is a person). Organisations keep person nouns:
    "computer maker Apple", "flag carrier Aeroflot"."""
    if actor.type != "location" or noun_class(head.lemma_) != "person":
        return actor
    verb = name.head.head if name.dep_ == "pobj" else name.head
    subject = clause_subject(verb)
    person = roots.get(subject.i) if subject is not None else None
    return person if person is not None and person.type == "person" else None


def _noun_before(doc: Any, start: int, root: Any, kind: str) -> Any | None:
    """A singular noun of the actor's kind right before its name, whatever the parser made of
    the pair: "his partner Chris Cardenas", "the band Spoken Motion" (but not "under his
    command Gordon decided"). Not where the name begins a clause about the noun ("the
    singer Obama praised")."""
    if start == 0:
        return None
    noun = doc[start - 1]
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    if noun_class(noun.lemma_) != _NOUN_CLASS_OF.get(kind):
        return None
    clause = root.head
    if root.dep_ in _OWN_SUBJECT_DEPS and clause.dep_ in {"relcl", "acl"} and clause.head == noun:
        return None
    return noun


def _anaphor(tok: Any, names: list[tuple[int, Actor]], sent_of: list[int]) -> Actor | None:
    """The actor a definite noun ("the company", "the mosque") points back to, if clear."""
    if tok.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return None
    if any(c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN" for c in tok.children):
        return None
    word = tok.lemma_.lower()
    here = sent_of[tok.i]
    recent = [a for i, a in names if i < tok.i and here - sent_of[i] <= WINDOW]
    if word in GENERIC_ORG_NOMINALS or word in NAMED_ORG_NOMINALS:
        wanted = {"organization"}
    elif word in COUNTRY_NOMINALS or word in SETTLEMENT_NOMINALS or word in NAMED_PLACE_NOMINALS:
        wanted = {"location"}
    elif word in TITLE_WORDS:
        holders = [a for a in recent if a.type == "person" and _holds(a, word)]
        return holders[-1] if holders else None
    else:
        return None
    fitting = [a for a in recent if a.type in wanted]
    # A noun that repeats the head word of the name is a safe link however far back the name
    # was ("the city": Taipei City, not the Taipei City Lantern Festival).
    earlier = [a for i, a in names if i < tok.i and a.type in wanted]
    kin = next((group for group in HEAD_SYNONYMS if word in group), {word})
    named = [a for a in earlier if kin & _heads(a)]
    if named:
        return named[-1]
    if word in GENERIC_ORG_NOMINALS and fitting:
        return fitting[-1]
    if word in COUNTRY_NOMINALS:
        # The latest country near; or, however far back, the only country named so far.
        countries = [a for a in fitting if a.label == "GPE" and is_country(a.name)]
        if countries:
            return countries[-1]
        named_countries = {id(a): a for a in earlier if is_country(a.name)}
        return next(iter(named_countries.values())) if len(named_countries) == 1 else None
    if word in SETTLEMENT_NOMINALS:
        places = [a for a in fitting if a.label == "GPE" and not is_country(a.name)]
        return places[-1] if places else None
    return None


def _heads(actor: Actor) -> set[str]:
    """The head words of an actor's names: "university" of "University of Copenhagen",
    "school" of "Harrow School"."""
    heads = set()
    for name in (actor.name, *actor.aliases):
        words = name.lower().split(" of ")[0].split()
        if words:
            heads.add(words[-1])
    return heads


def _holds(actor: Actor, word: str) -> bool:
    return any(word in title.lower().split() for title in actor.titles)
