"""Indirect quotes: "X said (that) <clause>", "according to X, <clause>", without quote marks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from .facts import Quote
from .quotes_speakers import Index, cue_span, is_reporting, resolve_subject, speaker_of

# A reported clause shorter than this (in tokens) is too thin to be worth reporting.
_MIN_TOKENS = 4


class _Marks(Protocol):
    open: int
    close: int


def _clause(verb: Any) -> tuple[int, int] | None:
    """Token range of the reported clause, without its "that" and final punctuation."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        return None
    comp = comps[0]
    start, end = comp.left_edge.i, comp.right_edge.i + 1
    doc = verb.doc
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end - start >= _MIN_TOKENS else None


def _according_clause(verb: Any) -> tuple[int, int] | None:
    """'<clause>, according to X.' or 'According to X, <clause>.': the sentence minus the source."""
    sent = verb.sent
    src_start, src_end = verb.left_edge.i, verb.right_edge.i + 1
    if src_start - sent.start > sent.end - src_end:
        start, end = sent.start, src_start
    else:
        start, end = src_end, sent.end
    doc = verb.doc
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end - start >= _MIN_TOKENS else None


def indirect_quotes(doc: Any, marks: Sequence[_Marks], index: Index) -> list[Quote]:
    quotes: list[Quote] = []
    for verb in doc:
        if not is_reporting(verb) or any(m.open <= verb.idx <= m.close for m in marks):
            continue
        according = verb.lower_ == "according"
        found = _according_clause(verb) if according else _clause(verb)
        if found is None:
            continue
        span = doc[found[0] : found[1]]
        if any(span.start_char <= m.close and m.open < span.end_char for m in marks):
            # A clause holding quoted words is reported as those partial quotes instead.
            continue
        if according:
            source = next(
                (o for to in verb.children for o in to.children if o.dep_ == "pobj"), None
            )
            speaker = resolve_subject(source, index) if source is not None else None
        else:
            speaker = speaker_of(verb, index)
        if speaker is None:
            continue
        quotes.append(
            Quote(span.text, span.start_char, span.end_char, "indirect", speaker, cue_span(verb))
        )
    return quotes
