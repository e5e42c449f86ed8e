"""Name mentions from spaCy entities, cleaned, with the small model's obvious type errors fixed."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .actors_vocab import (
    AMBIGUOUS_TITLES,
    LABEL_TYPES,
    LEADING_ARTICLES,
    LOCATION_NOUNS,
    NOT_ACTORS,
    ORG_HEAD_ACTORS,
    ORG_KEYWORDS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_MARKS,
    TITLE_WORDS,
)
from .facts import ActorType


@dataclass
class Candidate:
    """One surface mention of a would-be actor, in token and character offsets."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    label: str
    type: ActorType
    # Built from a possessive place ("Ukraine's ministry"): a poor canonical name.
    derived: bool = False


def _is_symbolic(text: str) -> bool:
    return any(unicodedata.category(ch) in {"So", "Sk", "Cs"} for ch in text)


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, trailing possessive and punctuation tokens around a name."""
    while start < end and (
        doc[start].lower_ in LEADING_ARTICLES or not any(c.isalnum() for c in doc[start].text)
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in POSSESSIVE_MARKS or not any(c.isalnum() for c in doc[end - 1].text)
    ):
        end -= 1
    return start, end


def _make(doc: Any, start: int, end: int, label: str) -> Candidate | None:
    # "World Health Organisation (WHO": the parenthesis starts another name.
    end = next((t.i for t in doc[start:end] if t.text == "("), end)
    start, end = _trim(doc, start, end)
    if start >= end:
        return None
    if label in {"PERSON", "ORG"} and end - start >= 3:
        first = doc[start]
        rest = doc[start + 1 : end]
        if (
            first.lower_.rstrip(".") in TITLE_WORDS
            and first.lower_ not in AMBIGUOUS_TITLES
            and all(t.text[:1].isupper() for t in rest)
            and not any(t.lower_ in ORG_KEYWORDS for t in rest)
        ):
            # "Spokeswoman Sandy Angers": the title was swallowed into the name.
            start, label = start + 1, "PERSON"
    span = doc[start:end]
    text = span.text
    if len(text) < 2 or not any(c.isupper() for c in text) or _is_symbolic(text):
        return None
    if text.lower() in NOT_ACTORS:
        return None
    return Candidate(start, end, span.start_char, span.end_char, text, label, LABEL_TYPES[label])


def _split_list(doc: Any, ent: Any) -> list[tuple[int, int]]:
    """Cut an entity that is really a comma list ("Kyiv, Kherson") into its items."""
    parts: list[tuple[int, int]] = []
    begin = ent.start
    for tok in ent:
        if tok.text in {",", ";"} or tok.lower_ in {"and", "or"}:
            if begin < tok.i:
                parts.append((begin, tok.i))
            begin = tok.i + 1
    if begin < ent.end:
        parts.append((begin, ent.end))
    return parts


def _under_location_noun(tok: Any) -> bool:
    """Whether a name hangs off a list of places: "cities, including Kyiv, Kherson and ..."."""
    seen = 0
    while tok.head is not tok and seen < 6:
        tok = tok.head
        seen += 1
        if tok.lower_ in LOCATION_NOUNS:
            return True
        if tok.pos_ == "VERB" and tok.lower_ not in {"including"}:
            return False
    return False


def entity_candidates(doc: Any) -> list[Candidate]:
    cands: list[Candidate] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in LABEL_TYPES:
            continue
        has_comma = any(t.text == "," for t in ent) and label != "PERSON"
        has_keyword = any(t.lower_ in ORG_KEYWORDS for t in ent)
        spans = _split_list(doc, ent) if has_comma and not has_keyword else [(ent.start, ent.end)]
        if _is_symbolic(ent.text):
            continue
        for start, end in spans:
            cand = _make(doc, start, end, label)
            if cand is None:
                continue
            cands.append(cand)
    cands.extend(_nominal_orgs(doc, cands))
    _fix_types(doc, cands)
    return cands


def _nominal_orgs(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Institutions named by nationality and a common noun: "Ukraine's defense ministry"."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    found: list[Candidate] = []
    for tok in doc:
        if tok.lower_ not in ORG_HEAD_ACTORS or tok.i in taken:
            continue
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


def _fix_types(doc: Any, cands: list[Candidate]) -> None:
    """Correct labels where the text itself tells: a name that is elsewhere a person is a person."""
    person_words = {
        w
        for c in cands
        if c.label == "PERSON" and c.tok_end - c.tok_start > 1
        for w in c.text.split()
    }
    person_texts = {c.text for c in cands if c.label == "PERSON"}
    votes: Counter[tuple[str, str]] = Counter((c.text, c.label) for c in cands)
    for cand in cands:
        words = cand.text.split()
        lowered = {w.lower() for w in words}
        if cand.label != "PERSON" and (
            cand.text in person_texts or (len(words) == 1 and cand.text in person_words)
        ):
            cand.label, cand.type = "PERSON", "person"
        elif cand.label in {"FAC", "GPE", "LOC", "NORP"} and lowered & ORG_KEYWORDS:
            cand.label, cand.type = "ORG", "organization"
        elif (
            cand.label == "PERSON"
            and cand.tok_end - cand.tok_start == 1
            and doc[cand.tok_start].head.lower_ in PLACE_PREPOSITIONS
            and cand.text not in person_words
        ):
            cand.label, cand.type = "GPE", "location"
        elif cand.label in {"GPE", "ORG", "LOC"} and cand.tok_end - cand.tok_start == 1:
            tok = doc[cand.tok_start]
            if tok.tag_ in {"JJ", "NNPS"} and votes[(cand.text, "NORP")] + (tok.tag_ == "JJ") > 0:
                cand.label, cand.type = "NORP", "group"
            elif cand.label == "ORG" and not lowered & ORG_KEYWORDS and _under_location_noun(tok):
                cand.label, cand.type = "GPE", "location"
