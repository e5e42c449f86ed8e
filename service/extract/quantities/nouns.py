"""Finding the noun a number counts: "3,000 appeals", "21 stranded Danish sailors"."""

from __future__ import annotations

from typing import Any

from .context import lower
from .numbers import NumberPhrase

_HYPHENS = frozenset({"-", "–", "‐"})
# Dependencies that tie a number to the noun it counts.
_COUNT_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "appos"})
# What may stand between the number and its counted noun.
_BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB", "ADV", "PUNCT", "NUM"})


def counted_noun(doc: Any, phrase: NumberPhrase) -> Any:
    """The noun the number counts, a few tokens to the right, or None."""
    j = phrase.end
    if phrase.vague or phrase.fraction:
        if lower(doc, j) != "of" or phrase.fraction:
            return None
        objects = [c for c in doc[j].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        return objects[0] if objects else None
    noun = noun_after(doc, phrase)
    if noun is not None:
        return noun
    number = doc[phrase.end - 1]
    head = number.head
    if number.dep_ not in _COUNT_DEPS or head.i < j or head.i - j > 4:
        if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].dep_ != "compound":
            if number.head.i == j or doc[j].head.i == number.i:
                return doc[j]
        return None
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.ent_type_ == "NORP"):
        return None
    if head.text[:1].isupper() and head.tag_ != "NNS" and not head.is_sent_start:
        return None  # "900 Skylark": a model name
    if any(doc[k].pos_ not in _BETWEEN_POS for k in range(j, head.i)):
        return None
    if any(lower(doc, k) in (",", ";", "(", ")") for k in range(j, head.i)):
        return None
    return head


def noun_after(doc: Any, phrase: NumberPhrase) -> Any:
    """Reading left to right: modifiers, then nouns; the last noun of the run is counted.

    Catches what the parser misattaches ("21 stranded Danish sailors"). Only plural nouns
    count this way; a singular one after a number is more often a label ("737 airliner").
    """
    k = phrase.end
    while k < len(doc) and k - phrase.end <= 3:
        token = doc[k]
        if token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.ent_type_ == "NORP":
            while k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN" and doc[k].whitespace_:
                k += 1
            noun = doc[k]
            return noun if noun.tag_ in ("NNS", "NNPS") else None
        glued_hyphen = token.text in _HYPHENS and not doc[k - 1].whitespace_
        # The tagger often reads a participle before a noun as a past tense ("mobilized").
        participle = token.tag_ in ("VBN", "VBG") or (
            token.tag_ == "VBD" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "ADJ")
        )
        if token.pos_ in ("ADJ", "PROPN") or participle or glued_hyphen:
            k += 1
            continue
        return None
    return None
