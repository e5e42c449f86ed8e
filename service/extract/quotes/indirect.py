"""Indirect quotes: "X said (that) <clause>", "according to X, <clause>", without quote marks."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Protocol

from service.extract.shared.facts import Quote
from service.extract.shared.parsing import doc_text

from .marks import line_breaks
from .speakers import (
    Index,
    cue_span,
    is_reporting,
    may_report,
    resolve_subject,
    speaker_of,
)

# A reported clause shorter than this (in tokens) is too thin to be worth reporting.
_MIN_TOKENS = 4
# A reported clause longer than this (characters) is a parser's run-on, not one report.
_MAX_CHARS = 1500
_TRAILING = ".,;:!?\u2014-"


class _Marks(Protocol):
    def holding(self, pos: int) -> Any: ...

    def meets(self, start: int, end: int) -> bool: ...


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


def _within_paragraph(
    text: str, breaks: list[int], start: int, end: int, source: int
) -> tuple[int, int]:
    """Clip a clause to the paragraph of its source: the parser runs sentences over headlines."""
    i = bisect_left(breaks, start)
    while i < len(breaks) and breaks[i] < end:
        if breaks[i] < source:
            start = breaks[i] + 1
        else:
            end = breaks[i]
            break
        i += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return start, end


def _covered_by_report(verb: Any) -> bool:
    """'According to the paper, X said (that) ...': X's own indirect quote is the one to keep."""
    head = verb.head
    return head is not verb and is_reporting(head) and any(c.dep_ == "ccomp" for c in head.children)


def indirect_quotes(doc: Any, marks: _Marks, index: Index) -> list[Quote]:
    text = doc_text(doc)
    breaks = line_breaks(text)
    quotes: list[Quote] = []
    for verb in may_report(doc):
        if not is_reporting(verb) or marks.holding(verb.idx) is not None:
            continue
        according = verb.lower_ == "according"
        if according and _covered_by_report(verb):
            continue
        found = _according_clause(verb) if according else _clause(verb)
        if found is None:
            continue
        span = doc[found[0] : found[1]]
        if span.end_char - span.start_char > _MAX_CHARS:
            continue
        start, end = _within_paragraph(text, breaks, span.start_char, span.end_char, verb.idx)
        if len(text[start:end].split()) < _MIN_TOKENS or marks.meets(start, end):
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
        quotes.append(Quote(text[start:end], start, end, "indirect", speaker, cue_span(verb)))
    return quotes
