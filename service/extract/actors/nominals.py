"""Nominal mentions: descriptions that name an actor already known ("the company", "a senior
adviser at Y", "automaker Brightwell").

A description counts only where the text ties it to the actor: in apposition, as the words
before a name, as a definite noun that fits the actor's type and, for the less generic nouns,
its name ("the city", "the university"), or as a person's group noun where the text tied the
person to an organisation ("Gary Fan of the Neo Democrats ... his party"). What a verb predicates
of a mention ("he was a composer") is `descriptions`' work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.parsing import (
    char_span_tokens,
    clause_subject,
    span_offsets,
    span_text,
    token_strings,
)
from service.extract.shared.reporting import REPORTING_LEMMAS

from .coreference import WINDOW, mention_roots, phrase_head, sentence_index
from .countries import is_country
from .noun_classes import noun_class
from .vocab import (
    AFFILIATION_NOUNS,
    ANAPHORIC_DETERMINERS,
    COUNTRY_NOMINALS,
    GENERIC_ORG_NOMINALS,
    HEAD_SYNONYMS,
    NAMED_ORG_NOMINALS,
    NAMED_PLACE_NOMINALS,
    PLACE_HEADS,
    SETTLEMENT_NOMINALS,
    SITE_NOMINALS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TOWN_NOMINALS,
    WEBSITE_NOUNS,
)

# What a clause's own subject may be ("there being poor rewards" has one).
OWN_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


_LEFT_DEPS = {"det", "amod", "compound", "nmod", "nummod", "advmod", "quantmod", "npadvmod"}
_NOUNS = {"NOUN", "PROPN"}


class TakenSpans:
    """Character ranges already claimed by some mention."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.spans = [(m.start, m.end) for a in actors for m in a.mentions]

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.spans)


def add_nominals(doc: Any, actors: Sequence[Actor]) -> None:
    """Add nominal mentions tied to the actors by syntax or by a fitting definite noun."""
    taken = TakenSpans(actors)
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
        add_nominal(doc, actor, start, end, taken)
    sent_of = sentence_index(doc)
    by_pos = sorted(((root, a) for (_, _, root), a in names), key=lambda p: p[0])
    for i, tag in enumerate(token_strings(doc, "TAG")):
        # Only a singular common noun ("the company", "the mosque") points back to one actor.
        if tag != "NN":
            continue
        tok = doc[i]
        referent = _anaphor(tok, by_pos, sent_of)
        if referent is not None:
            add_nominal(doc, referent, left_edge(tok), tok.i + 1, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def affiliations(doc: Any, roots: dict[int, Actor]) -> dict[int, Actor]:
    """id of a person -> the organisation the text ties them to: "Gary Fan of the Neo
    Democrats", "Jack Herrick, founder of wikiHow", "wikiHow founder Jack Herrick", "Apple's
    Tim Cook"."""
    found: dict[int, Actor] = {}
    for i, actor in roots.items():
        if actor.type != "person" or id(actor) in found:
            continue
        root = doc[i]
        # The name itself, its apposition ("founder of X") and the title before it ("X founder").
        holders = [root, *(c for c in root.children if c.dep_ in {"appos", "compound"})]
        for holder in holders:
            for child in holder.children:
                # "of X"; "X's"; and, on a title only, "X founder" (the name's own compounds
                # are its words).
                owning = {"poss"} if holder is root else {"poss", "compound"}
                if child.dep_ == "prep" and child.lower_ == "of":
                    tied = [roots.get(o.i) for o in child.children if o.dep_ == "pobj"]
                elif child.dep_ in owning:
                    tied = [roots.get(child.i)]
                else:
                    continue
                org = next((a for a in tied if a is not None and a.type == "organization"), None)
                if org is not None:
                    found.setdefault(id(actor), org)
    return found


def add_affiliations(doc: Any, actors: Sequence[Actor]) -> None:
    """Tie each person to the organisation the text names them with (`Actor.organisation`);
    then "Gary Fan of the Neo Democrats ... resigned from his party": a person's group noun
    ("his party", "her company") is that organisation."""
    roots = mention_roots(doc, actors)
    affiliated = affiliations(doc, roots)
    if not affiliated:
        return
    for actor in actors:
        actor.organisation = affiliated.get(id(actor), actor.organisation)
    nouns = [i for i, lemma in enumerate(token_strings(doc, "LEMMA")) if lemma in AFFILIATION_NOUNS]
    taken = TakenSpans(actors)
    for i in nouns:
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        owners = [roots.get(c.i) for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        person = owners[0] if owners else None
        org = affiliated.get(id(person)) if person is not None else None
        if org is not None:
            add_nominal(doc, org, tok.i, tok.i + 1, taken)
    _reported_institutions(doc, roots, affiliated, taken)
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)


def _reported_institutions(
    doc: Any, roots: dict[int, Actor], affiliated: dict[int, Actor], taken: TakenSpans
) -> None:
    """ "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will
    look into the incident": an institution noun that is the subject of what a person reports
    is the organisation the text ties that person to."""
    for i, tag in enumerate(token_strings(doc, "TAG")):
        if tag != "NN":
            continue
        tok = doc[i]
        word = tok.lemma_.lower()
        if word not in NAMED_ORG_NOMINALS and word not in GENERIC_ORG_NOMINALS:
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ccomp":
            continue
        if not definite(tok):
            continue
        reporting = tok.head.head
        if reporting.lemma_ not in REPORTING_LEMMAS:
            continue
        speaker = clause_subject(reporting)
        person = roots.get(speaker.i) if speaker is not None else None
        org = affiliated.get(id(person)) if person is not None else None
        if org is not None:
            add_nominal(doc, org, left_edge(tok), i + 1, taken)


def add_nominal(doc: Any, actor: Actor, start: int, end: int, taken: TakenSpans) -> bool:
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


def left_edge(head: Any) -> int:
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
    for holder in {root, doc[phrase_head(doc, (start, end, root_i))]}:
        heads += [
            c
            for c in holder.children
            if c.dep_ == "appos" and _common_or_title(c, kind) and not _owned_by_it(c, kind)
        ]
    if root.dep_ == "appos" and _common_or_title(root.head, kind) and root.head.i < start:
        heads.append(root.head)
    if (title := _title_before_comma(doc, start, kind)) is not None:
        heads.append(title)
    phrases = [[doc[i] for i in range(left_edge(h), h.i + 1)] for h in heads]
    # "Corvane analyst Peter Halloway", "automaker Brightwell": modifiers of the name itself.
    begin = start
    while begin > 0:
        prev = doc[begin - 1]
        if _joined_hyphen(doc, begin - 1):
            begin -= 2  # "Short-seller Andrew Left": one hyphenated word, not "seller"
            continue
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
        phrases.append([doc[i] for i in range(left_edge(noun), noun.i + 1)])
    return [p for p in phrases if p]


def definite(noun: Any) -> bool:
    """A noun with an article that points back: "the company", "this city"."""
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children)


def _owned_by_it(noun: Any, kind: str) -> bool:
    """ "Ukraine, its sovereignty and ...": what a place's or an organisation's "its" owns is
    not the place itself (a list the parser read as apposition)."""
    return kind != "person" and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children
    )


def _joined_hyphen(doc: Any, i: int) -> bool:
    """A hyphen inside a word ("Short-seller"), no space on either side."""
    return bool(
        doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    )


def _common_or_title(tok: Any, kind: str) -> bool:
    """A common noun, or a person's capitalised title ("the Chief Operating Officer")."""
    title = kind == "person" and tok.pos_ == "PROPN" and tok.lower_ in TITLE_WORDS
    return bool(tok.pos_ == "NOUN" or title)


def _title_before_comma(doc: Any, start: int, kind: str) -> Any | None:
    """ "The former Chief Operating Officer, Tim Cook will ...": a definite title phrase opening
    the sentence, then a comma, then the person's name. The parser reads the two as subjects of
    one verb, so the words decide."""
    if kind != "person" or start < 3 or doc[start - 1].text != ",":
        return None
    head = doc[start - 2]
    if head.lower_ not in TITLE_WORDS or head.pos_ not in _NOUNS:
        return None
    first = doc[left_edge(head)]
    opens = first.i == first.sent.start or doc[first.i - 1].is_punct
    return head if opens and first.lower_ == "the" else None


# The class of noun that can stand for an actor of each type.
NOUN_CLASS_OF = {"person": "person", "organization": "group", "location": "location"}


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
    if noun_class(noun.lemma_) != NOUN_CLASS_OF.get(kind):
        return None
    clause = root.head
    if root.dep_ in OWN_SUBJECT_DEPS and clause.dep_ in {"relcl", "acl"} and clause.head == noun:
        return None
    return noun


def _anaphor(tok: Any, names: list[tuple[int, Actor]], sent_of: list[int]) -> Actor | None:
    """The actor a definite noun ("the company", "the mosque") points back to, if clear."""
    if tok.pos_ != "NOUN":
        return None
    if not definite(tok):
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
    elif word in SITE_NOMINALS:
        if any(c.dep_ in {"amod", "compound", "nmod", "poss"} for c in tok.children):
            return None  # "the music scene", "the crash site": another place than the named one
        sites = [a for a in recent if a.type == "location" and _is_facility(a)]
        if sites:
            return sites[-1]
        if word in WEBSITE_NOUNS:
            return None  # "the site" far from any facility is more often a website
        # However far back, the facility the story happens at.
        return _main_place(
            [a for i, a in names if i < tok.i and a.type == "location" and _is_facility(a)]
        )
    else:
        return None
    fitting = [a for a in recent if a.type in wanted]
    # A noun that repeats the head word of the name is a safe link however far back the name
    # was ("the city": Taipei City, not the Taipei City Lantern Festival).
    earlier = [a for i, a in names if i < tok.i and a.type in wanted]
    kin = next((group for group in HEAD_SYNONYMS if word in group), {word})
    # Not "the company" for a legal form ("Detwiler Fenton & Company"): any company is one.
    named = [a for a in earlier if kin & _heads(a)] if word not in GENERIC_ORG_NOMINALS else []
    if named:
        return named[-1]
    if word in GENERIC_ORG_NOMINALS and fitting:
        return _most_named(fitting, earlier)
    if word in COUNTRY_NOMINALS:
        # The latest country near; or, however far back, the country the text is about: the
        # only one named so far, or one named at least twice as often as any other.
        countries = [a for a in fitting if a.label == "GPE" and is_country(a.name)]
        if countries:
            return countries[-1]
        return _main_place([a for a in earlier if is_country(a.name)])
    if word in SETTLEMENT_NOMINALS:
        # The latest town near; or, however far back, the one the text is about.
        places = [a for a in fitting if a.label == "GPE" and not is_country(a.name)]
        if places:
            return places[-1]
        # Only the nouns for a town ("the state" is as often the government), and not where
        # "of" names another ("the town of Yeoncheon").
        if word not in TOWN_NOMINALS or any(c.lower_ == "of" for c in tok.rights):
            return None
        towns = [a for a in earlier if a.label == "GPE" and not is_country(a.name)]
        return _main_place([a for a in towns if " and " not in a.name])
    return None


def _most_named(near: list[Actor], earlier: list[Actor]) -> Actor:
    """Of the organisations named near, the one named most so far; the latest on a tie."""
    counts = Counter(id(a) for a in earlier)
    return max(reversed(near), key=lambda a: counts[id(a)])


def _main_place(named: list[Actor]) -> Actor | None:
    """The place named most, when it is named at least twice as often as the next one."""
    counts = Counter(id(a) for a in named)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return next(a for a in named if id(a) == ranked[0][0])


def _is_facility(actor: Actor) -> bool:
    """A building or grounds, by the model's label or its name's head ("Grand Mosque")."""
    return actor.label == "FAC" or bool(_heads(actor) & PLACE_HEADS)


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
    """Whether one of the actor's titles has the title word ("Indiana Gov." holds "governor")."""
    return any(
        word in {TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in title.lower().split()}
        for title in actor.titles
    )
