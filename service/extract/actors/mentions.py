"""Name mentions from spaCy entities, cleaned, with the small model's obvious type errors fixed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from service.extract.shared.feasts import inside_holiday_name
from service.extract.shared.parsing import doc_text, span_offsets, span_text, token_strings

from .candidates import Candidate
from .countries import is_country_or_region
from .given_names import is_given_name
from .nested import whole_word_occurrences
from .noun_classes import noun_class
from .spans import (
    SCORE,
    given_name_start,
    is_product,
    person_named_in,
    quoted_org_names,
    region_places,
    repeated_given_names,
    split_place_prefix,
    suffix_end,
    untagged_countries,
    untagged_names,
)
from .types import fix_types
from .vocab import (
    AMBIGUOUS_TITLES,
    COPYRIGHT_LINE,
    CREDIT_LABELS,
    HONORIFICS,
    LABEL_TYPES,
    LEADING_ARTICLES,
    NAME_PARTICLES,
    NOT_ACTORS,
    ORG_HEAD_ACTORS,
    ORG_KEYWORDS,
    POLITICAL_PREFIXES,
    POSSESSIVE_MARKS,
    POST_NOMINALS,
    ROLES_IN_ORGANISATIONS,
    TITLE_WORDS,
)

_SYMBOL_CATEGORIES = {"So", "Sk", "Cs"}
# The only ASCII characters of those categories ("^" and "`"): most names are plain ASCII, and
# one set test is much cheaper than a category look-up per character.
_ASCII_SYMBOLS = frozenset(
    ch for ch in map(chr, range(128)) if unicodedata.category(ch) in _SYMBOL_CATEGORIES
)


def _is_symbolic(text: str) -> bool:
    if text.isascii():
        return not _ASCII_SYMBOLS.isdisjoint(text)
    return any(unicodedata.category(ch) in _SYMBOL_CATEGORIES for ch in text)


def _has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, trailing possessive and punctuation tokens around a name."""
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    while start < end and (lowers[start] in LEADING_ARTICLES or not _has_alnum(texts[start])):
        start += 1
    # "pro-government New Citizen Party": a stance prefix is a description, not part of the name.
    if end - start >= 3 and lowers[start] in POLITICAL_PREFIXES and texts[start + 1] == "-":
        start += 3
    while end > start and (texts[end - 1] in POSSESSIVE_MARKS or not _has_alnum(texts[end - 1])):
        end -= 1
    return start, end


def _before_score(doc: Any, start: int, end: int) -> int:
    """ "Chelsea 2-1": a match's score the model ran into a team's name is no part of it."""
    article = doc_text(doc)
    for i in range(start + 1, end):
        score = SCORE.match(article, doc[i].idx)
        if score is not None and score.end() == doc[end - 1].idx + len(doc[end - 1]):
            return i
    return end


def _model_number(word: str) -> bool:
    """ "Z10", "2013"; not an ordinal ("the 2nd Earl of Clare")."""
    return any(ch.isdigit() for ch in word) and not _ORDINAL.fullmatch(word)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _colon_after(doc: Any, end: int) -> bool:
    return end < len(doc) and doc[end].text in {":", ";"}


def _make(doc: Any, start: int, end: int, label: str) -> Candidate | None:
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    # "International Labour Organization (ILO": the parenthesis starts another name.
    end = next((i for i in range(start, end) if texts[i] == "("), end)
    start, end = _trim(doc, start, end)
    end = _before_score(doc, start, end)
    # "the full Board of Aldermen": an adjective in lower case describes the name, it is not in it.
    while (
        end - start > 1
        and label != "PERSON"
        and doc[start].pos_ == "ADJ"
        and texts[start].islower()
    ):
        start += 1
    # "Captain America Image: Nick Moreau": a caption's credit label is no part of a name.
    while end > start and texts[end - 1] in CREDIT_LABELS and _colon_after(doc, end):
        end -= 1
    # "Daniel Bernoulli FRS": letters for an honour or a degree follow a person's name.
    while (
        label == "PERSON" and end - start > 2 and lowers[end - 1].replace(".", "") in POST_NOMINALS
    ):
        end -= 1
    # "Rector of the university": what follows "of" in lower case describes; it names nothing.
    of = next((i for i in range(end - 2, start, -1) if lowers[i] == "of"), None)
    if of is not None and all(texts[i].islower() for i in range(of + 1, end)):
        if all(noun_class(lowers[i]) == "person" for i in range(start, of)):
            return None  # and "Rector" alone is a title, no one's name
        end = of
    if start >= end:
        return None
    if label in {"PERSON", "ORG"} and end - start >= 3:
        rest = range(start + 1, end)
        if (
            lowers[start].rstrip(".") in TITLE_WORDS
            and lowers[start] not in AMBIGUOUS_TITLES
            and all(texts[i][:1].isupper() for i in rest)
            and not any(lowers[i] in ORG_KEYWORDS for i in rest)
        ):
            # "Spokeswoman Clara Dunmore": the title was swallowed into the name.
            start, label = start + 1, "PERSON"
    text = span_text(doc, start, end)
    if len(text) < 2 or not any(c.isupper() for c in text) or _is_symbolic(text):
        return None
    if text.lower() in NOT_ACTORS:
        return None
    if text.lower().replace(".", "") in POST_NOMINALS and start and doc[start - 1].ent_type_:
        return None  # "Jane Doe OBE": the honour the model tagged on its own after the name
    start_char, end_char = span_offsets(doc, start, end)
    if inside_holiday_name(doc_text(doc), start_char, end_char):
        return None  # "al-Fitr" of "Eid al-Fitr": a date, not a person
    if label == "PERSON" and all(
        lowers[i].rstrip(".") in TITLE_WORDS | HONORIFICS for i in range(start, end)
    ):
        return None  # "Dame", "Senator": a title alone names no one
    if label == "PERSON" and any(_model_number(texts[i]) for i in range(start, end)):
        return None  # "Z10 Phone": a model number names a product, not a person
    if label == "PERSON" and lowers[end - 1].split("(")[0] in TITLE_WORDS:
        # "Virginia Governor": a title with its place is no one's name ("Tom Judge" is).
        places = _place_names(doc)
        before = range(start, end - 1)
        if all(texts[i] in places or not is_given_name(texts[i]) for i in before):
            return None
    article = doc_text(doc)
    if COPYRIGHT_LINE.match(article, article.rfind("\n", 0, start_char) + 1):
        return None
    # "iPod", "iTunes": a lower-case first letter marks a product, and a sentence's first word
    # tagged as a common noun ("Activist group ...") is no name.
    if end - start == 1 and label != "PERSON" and text[:1].islower():
        return None
    one_noun = end - start == 1 and token_strings(doc, "TAG")[start] in {"NN", "JJ"}
    if one_noun and doc[start].is_sent_start:
        return None
    return Candidate(start, end, start_char, end_char, text, label, LABEL_TYPES[label])


def _place_names(doc: Any) -> set[str]:
    """The words the model tags as places anywhere in `doc`, worked out once per doc."""
    key = "newsfacts.place_names"
    if key not in doc.user_data:
        doc.user_data[key] = {t.text for e in doc.ents if e.label_ in _PLACE_LABELS for t in e}
    names: set[str] = doc.user_data[key]
    return names


def _split_list(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an entity that is really a comma list ("Varna, Plovdiv") into its items."""
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    return _cut_at(start, end, lambda i: texts[i] in {",", ";"} or lowers[i] in {"and", "or"})


_DASHES = {"-", "\u2013", "\u2014"}


def _split_at_dashes(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
    """ "San Jose - Cisco": a dash with a space on each side parts two names; inside a name a
    hyphen touches its words ("Wilkes-Barre")."""
    return _cut_at(
        start,
        end,
        lambda i: (
            start < i < end - 1
            and doc[i].text in _DASHES
            and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)
        ),
    )


def _cut_at(start: int, end: int, cuts: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The non-empty runs of tokens in [start, end) between the tokens `cuts` accepts."""
    parts: list[tuple[int, int]] = []
    begin = start
    for i in range(start, end):
        if cuts(i):
            if begin < i:
                parts.append((begin, i))
            begin = i + 1
    if begin < end:
        parts.append((begin, end))
    return parts


def _hyphen_tail(doc: Any, end: int) -> int:
    """ "Lau Wing" + "-kei": the model cuts hyphenated given names short."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _surname_tail(doc: Any, end: int) -> int:
    """ "Jane" + "Doe disagreed": the model sometimes stops a person's name after a given name;
    an untagged capitalised proper noun right after one is the surname."""
    if end >= len(doc) or not is_given_name(doc[end - 1].text) or doc[end - 1].ent_iob_ != "B":
        return end
    nxt = doc[end]
    if (
        nxt.ent_type_
        or nxt.tag_ != "NNP"
        or not nxt.is_alpha
        or not nxt.is_title
        or nxt.lower_ in TITLE_WORDS
    ):
        return end
    return end + 1


def _particle_surname(doc: Any, start: int, end: int) -> int:
    """ "Erik" + "ten Hag", "Ursula von der" + "Leyen": the model stops a person's name at or
    before the particles of a surname; the capitalised word after them ends it."""
    stop = end
    while stop - 1 > start and doc[stop - 1].text in NAME_PARTICLES:
        stop -= 1
    after = stop
    while after < len(doc) and doc[after].text in NAME_PARTICLES:
        after += 1
    if after == stop or after >= len(doc):
        return end
    last = doc[after]
    if last.is_alpha and last.text[:1].isupper() and last.lower_ not in TITLE_WORDS:
        return after + 1
    return end


def _entities(doc: Any) -> list[tuple[int, int, str]]:
    """Entities as (start, end, label), with two juxtaposed one-word places read as one name.

    "Georgia Madrid" comes out as two places; two place names never touch without a comma, so
    the pair is a person's name.
    """
    out: list[tuple[int, int, str]] = []
    for ent in _line_pieces(doc):
        if out and ent.start < out[-1][1]:
            continue  # swallowed by the name before ("Ursula von der" + "Leyen")
        end = ent.end
        if ent.label_ == "PERSON":
            end = _particle_surname(doc, ent.start, _surname_tail(doc, _hyphen_tail(doc, end)))
        start = given_name_start(doc, ent.start, end) if ent.label_ == "PERSON" else ent.start
        if ent.label_ == "ORG":
            end = suffix_end(doc, end)
        if out and ent.label_ in _PLACE_LABELS and len(ent) == 1:
            prev_start, prev_end, prev_label = out[-1]
            touching = prev_end == ent.start and prev_end - prev_start == 1
            if touching and prev_label in _PLACE_LABELS and doc[prev_start].dep_ == "compound":
                out[-1] = (prev_start, end, "PERSON")
                continue
        out.append((start, end, ent.label_))
    return _close_open_names(doc, out)


# Words a name runs on over, which never end one: "Institute of History and Philology of".
_LINKING_WORDS = {"of", "for", "and", "&", "de", "du", "von", "van"}


def _close_open_names(doc: Any, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Institute of History and Philology of" + "Academia Sinica": where the model stops an
    organisation's or a place's name on a linking word, the capitalised words after it belong to
    the name (a name tagged there is swallowed); with none, and on a person's name, the
    dangling word is dropped."""
    lowers = token_strings(doc, "LOWER")
    out: list[tuple[int, int, str]] = []
    swallowed_to = -1
    for start, end, label in spans:
        if start < swallowed_to:
            continue
        if end - start > 1 and lowers[end - 1] in _LINKING_WORDS:
            stop = end
            while (
                label != "PERSON"  # "Patrick Gordon of" + "Auchleuchries": his estate, not him
                and stop < len(doc)
                and doc[stop].pos_ == "PROPN"
                and doc[stop].text[:1].isupper()
            ):
                stop += 1
            if stop > end:
                end = swallowed_to = stop
            else:
                while end - start > 1 and lowers[end - 1] in _LINKING_WORDS:
                    end -= 1
        out.append((start, end, label))
    return out


_PLACE_LABELS = {"GPE", "LOC"}


def _line_pieces(doc: Any) -> list[Any]:
    """The entities, each cut where a line ends: a name never runs on from a headline into the
    paragraph below ("Zaha Hadid\n\nDame ...")."""
    pieces: list[Any] = []
    cut_at = -1  # where the last cut entity's tail begins
    for ent in doc.ents:
        if pieces and ent.start == pieces[-1].end == cut_at and ent.label == pieces[-1].label:
            # "Jenna Marbles\n\nJenna | Nicole Mourey": the tail was the given name of this one.
            pieces[-1] = Span(doc, pieces[-1].start, ent.end, label=ent.label)
            continue
        start = ent.start
        for tok in ent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    pieces.append(Span(doc, start, tok.i, label=ent.label))
                start = tok.i + 1
        if start == ent.start:
            pieces.append(ent)
        elif start < ent.end:
            pieces.append(Span(doc, start, ent.end, label=ent.label))
            cut_at = ent.end
    return pieces


# Labels the small model gives names of people it does not know ("Isabel Ruiz" a WORK_OF_ART).
_MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})


def entity_candidates(doc: Any) -> list[Candidate]:
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    cands: list[Candidate] = []
    for ent_start, ent_end, label in _entities(doc):
        if label in _MISREAD_LABELS:
            person = person_named_in(doc, ent_start, ent_end)
            if person is not None:
                cands.append(person)
            continue
        if label not in LABEL_TYPES:
            continue
        has_comma = "," in texts[ent_start:ent_end] and label != "PERSON"
        has_keyword = not ORG_KEYWORDS.isdisjoint(lowers[ent_start:ent_end])
        if has_comma and not has_keyword:
            spans = _split_list(doc, ent_start, ent_end)
        else:
            spans = _split_at_dashes(doc, ent_start, ent_end)
        if _is_symbolic(span_text(doc, ent_start, ent_end)):
            continue
        for start, end in spans:
            cand = _make(doc, start, end, label)
            if cand is None or label == "ORG" and is_product(doc, cand.tok_start, cand.tok_end):
                continue
            cands.append(cand)
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    cands.extend(quoted_org_names(doc, taken))
    cands.extend(region_places(doc, taken))
    # A nationality word may be part of an untagged name ("the Harbour Democrats").
    taken = {i for c in cands if c.type != "group" for i in range(c.tok_start, c.tok_end)}
    runs = untagged_names(doc, taken, cands)
    cands = [c for c in cands if not any(r.start <= c.start and c.end <= r.end for r in runs)]
    cands.extend(runs)
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    cands.extend(repeated_given_names(doc, taken))
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    cands.extend(untagged_countries(doc, taken))
    cands.extend(_nominal_orgs(doc, cands))
    cands.extend(_affiliation_acronyms(doc, cands))
    cands.extend(_role_organisations(doc, cands))
    fix_types(doc, cands)
    cands.extend(split_place_prefix(doc, cands))
    text = doc_text(doc)
    cands = [c for c in cands if not _award_word(text, c)]
    return _without_storms(doc, _without_headline_guesses(text, cands))


# "Hurricane Florence", "Tropical Storm Nate", "Typhoon Haiyan": a weather system, no actor.
_STORM = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Superstorm|(?:Tropical|Winter|Subtropical)\s+Storm|Storm)"
    r"\s+(?P<name>(?!Center\b|Centre\b|Season\b)[A-Z][a-z]+)\b(?!\s+[A-Z])"
)


# "Rookie of the Year", "Player of the Year", "Person of the Year": an award's name.
_OF_THE_YEAR = re.compile(r"[^\S\n]+of[^\S\n]+the[^\S\n]+Year\b")


def _without_headline_guesses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the names found only in a title-case headline that hold a common word of the story
    ("Mayor Accepts City Council Budget for Fiscal Year 2016"): there every word is
    capitalised, so the model's names are guesses, and the story below names again whoever the
    headline is about."""
    line_end = text.find("\n")
    if line_end < 0 or not _title_case(text[:line_end]):
        return cands
    body = text[line_end:]
    return [c for c in cands if c.end > line_end or not _guessed(c.text, body)]


def _guessed(name: str, body: str) -> bool:
    """Not named in the story, and holding a common word of it ("Budget" of "Mayor's Budget
    Cuts"); a place only a caption names ("Statue of Patrick Gordon in Yekaterinburg") has
    none."""
    if _occurs(body, name):
        return False
    words = {w.strip("\u2019'").lower() for w in name.split() if len(w) >= 3}
    return any(_occurs(body, w) for w in words if w.islower())


def _occurs(text: str, form: str) -> bool:
    return next(whole_word_occurrences(text, form), None) is not None


def _title_case(line: str) -> bool:
    """Most of a line's words of four letters or more begin with a capital."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _award_word(text: str, cand: Candidate) -> bool:
    """A word of an award's name ("Rookie" of "Rookie of the Year", or its "Year")."""
    if _OF_THE_YEAR.match(text, cand.end):
        return True
    return cand.text == "Year" and text[max(0, cand.start - 7) : cand.start].lower() == "of the "


def _without_storms(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Drop named storms, and their names alone ("Florence was swirling in the Atlantic")."""
    names = {m["name"] for m in _STORM.finditer(doc_text(doc))}
    if not names:
        return cands
    return [
        c
        for c in cands
        if c.text not in names
        and not any(_STORM.fullmatch(c.text) and c.text.endswith(" " + n) for n in names)
    ]


def _nominal_orgs(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Institutions named by nationality and a common noun: "Norway's defence ministry"."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    found: list[Candidate] = []
    for i, word in enumerate(token_strings(doc, "LOWER")):
        if word not in ORG_HEAD_ACTORS or i in taken:
            continue
        tok = doc[i]
        left = [t for t in tok.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
        if not left:
            continue
        first = min(t.left_edge.i for t in left)
        first, _ = _trim(doc, first, tok.i + 1)
        anchor = doc[first]
        if anchor.ent_type_ not in {"GPE", "NORP"} or not anchor.text[:1].isupper():
            continue
        # A capitalised organisation name there is an entity of its own already.
        if any(
            doc[i].ent_type_ == "PERSON" or doc[i].ent_type_ == "ORG" and doc[i].text[:1].isupper()
            for i in range(first, tok.i + 1)
        ):
            continue
        derived = any(doc[i].text in POSSESSIVE_MARKS for i in range(first, tok.i))
        span = doc[first : tok.i + 1]
        found.append(
            Candidate(
                first,
                tok.i + 1,
                span.start_char,
                span.end_char,
                span.text,
                "ORG",
                "organization",
                derived,
            )
        )
    return found


def _affiliation_acronyms(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """ "Tomas Varga of NDLP", "PWU's Lena Hart": an untagged acronym a person belongs to."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    people_start = {c.tok_start for c in cands if c.label == "PERSON"}
    people_end = {c.tok_end for c in cands if c.label == "PERSON"}
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    # Few words are in capitals: pick them out in one pass before looking at each closely.
    capitals = [i for i, text in enumerate(texts) if text.isupper()]
    found: list[Candidate] = []
    for i in capitals:
        text = texts[i]
        if i in taken or not (2 <= len(text) <= 6 and text.isalpha()):
            continue
        if text.lower() in NOT_ACTORS:
            continue
        after_person = i >= 1 and lowers[i - 1] == "of" and i - 1 in people_end
        before_person = (
            i + 2 < len(doc) and texts[i + 1] in POSSESSIVE_MARKS and i + 2 in people_start
        )
        if after_person or before_person:
            start = doc[i].idx
            found.append(Candidate(i, i + 1, start, start + len(text), text, "ORG", "organization"))
    return found


def _role_organisations(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """ "Radiohead frontman Thom Yorke", "ECB President Christine Lagarde": an untagged name just
    before a role held in an organisation, just before a person, is that organisation."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    texts, lowers = token_strings(doc, "ORTH"), token_strings(doc, "LOWER")
    found: list[Candidate] = []
    for cand in cands:
        role = cand.tok_start - 1
        if cand.type != "person" or role < 1 or lowers[role] not in ROLES_IN_ORGANISATIONS:
            continue
        i = role - 1
        if i in taken or doc[i].ent_type_ or not _owner_name(doc[i]):
            continue
        if i > 0 and texts[i - 1][:1].isupper() and texts[i - 1].isalpha():
            continue  # the last word of a longer name ("State Department spokesman")
        if lowers[i] in TITLE_WORDS or lowers[i] in HONORIFICS or is_country_or_region(texts[i]):
            continue
        start = doc[i].idx
        found.append(
            Candidate(i, i + 1, start, start + len(texts[i]), texts[i], "ORG", "organization")
        )
        taken.add(i)
    return found


def _owner_name(tok: Any) -> bool:
    """A word that can only be a name: capitalised inside a sentence, or written in capitals or
    with a capital inside ("ECB", "YouTube") anywhere; not a common noun set at a sentence's
    start ("Veteran", "Former")."""
    text = tok.text
    if not text.isalpha() or not text[0].isupper():
        return False
    inner_capital = any(ch.isupper() for ch in text[1:])
    if inner_capital:
        return len(text) >= 2
    return not tok.is_sent_start and tok.pos_ in {"PROPN", "ADJ", "NOUN"}
