"""Titles of people, as the text gives them: before the name, in apposition, or after "is a"."""

from __future__ import annotations

from typing import Any

from service.extract.shared.parsing import doc_text

from .vocab import TITLE_ABBREVIATIONS, TITLE_WORDS

_PHRASE_DEPS = {"compound", "amod", "nmod", "npadvmod"}
_KEEP_CHILD_DEPS = {
    "compound",
    "amod",
    "nmod",
    "prep",
    "pobj",
    "det",
    "poss",
    "cc",
    "conj",
    "case",
    "punct",
    "nummod",
    "quantmod",
    "advmod",
    "npadvmod",
}


def _clean(tokens: list[Any]) -> str:
    """Text of a title phrase without its article, parenthetical or dangling punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    for pos, tok in enumerate(tokens):
        if tok.text == "(":
            tokens = tokens[:pos]
            break
    while tokens and (
        tokens[0].dep_ == "det" or tokens[0].is_punct and tokens[0].text not in '"\u201c'
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '"\u201d':
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _phrase(head: Any) -> list[Any]:
    """A noun phrase without its clauses: "senior adviser in the Program at the Center"."""
    out = [head]
    for child in head.children:
        if child.dep_ in _KEEP_CHILD_DEPS and not (child.dep_ == "punct" and child.i > head.i):
            if child.dep_ == "prep" or child.i < head.i:
                out.extend(child.subtree)
    # A phrase must be contiguous to be quoted back as a title.
    lo = min(t.i for t in out)
    hi = max(t.i for t in out)
    return [head.doc[i] for i in range(lo, hi + 1)]


def pre_name_title(doc: Any, tok_start: int) -> str:
    """ "Kenyan President Grace Okafor" -> "Kenyan President"."""
    begin = tok_start
    while begin > 0:
        prev = doc[begin - 1]
        if prev.is_punct or prev.dep_ not in _PHRASE_DEPS or prev.ent_type_ == "PERSON":
            break
        begin -= 1
    if begin == tok_start:
        return ""
    words = doc[begin:tok_start]
    last = words[-1].lower_
    if last not in TITLE_WORDS and last.rstrip(".") not in TITLE_ABBREVIATIONS:
        # Only the run ending on a title word is a title ("army analyst", not "army").
        return ""
    return _clean(list(words))


def post_name_titles(doc: Any, head: Any) -> list[str]:
    """Appositions ("X, a senior adviser at Y,") and copular titles ("X is a reporter")."""
    titles: list[str] = []
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            titles.append(_clean(_phrase(child)))
    verb = head.head if head.dep_ == "nsubj" else None
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if verb is None and nxt is not None and nxt.lemma_ == "be":
        # "About the writer\nNadia Ferro is a reporter": a heading line can pull the name
        # out of subject position; a "be" with no subject of its own still describes it.
        if not any(c.dep_ in {"nsubj", "expl"} for c in nxt.children):
            verb = nxt
    if verb is not None and verb.lemma_ == "be":
        for attr in verb.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.lower_ in TITLE_WORDS:
                titles.append(_clean(_phrase(attr)))
    return [t for t in titles if t]
