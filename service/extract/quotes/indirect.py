"""Indirect quotes: "X said (that) <clause>", "according to X, <clause>", without quote marks."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Protocol

from service.extract.shared.facts import Quote, Span
from service.extract.shared.marks import line_breaks
from service.extract.shared.parsing import dateline_end, doc_text

from .speakers import (
    Index,
    cue_span,
    is_reporting,
    may_report,
    resolve_subject,
    speaker_of,
)

# A reported clause shorter than this (in tokens) is too thin to be worth reporting, unless it
# has a subject of its own, when it may be as short as `_MIN_CLAUSE_TOKENS` ("it was over").
_MIN_TOKENS = 4
_MIN_CLAUSE_TOKENS = 2
# A reported clause longer than this (characters) is a parser's run-on, not one report.
_MAX_CHARS = 1500
_TRAILING = ".,;:!?\u2014-"


class _Marks(Protocol):
    def holding(self, pos: int) -> Any: ...

    def covered(self, start: int, end: int) -> int: ...

    def within(self, start: int, end: int) -> list[Any]: ...


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
    return (start, end) if end - start >= _min_tokens(comp) else None


def _min_tokens(head: Any) -> int:
    """A clause with its own subject may be short ("she said it was over"); anything else must
    have some length to be a report and not a misparse."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
        return _MIN_CLAUSE_TOKENS
    return _MIN_TOKENS


def _parenthetical(verb: Any) -> list[tuple[int, int]] | None:
    """'The plan, they said, favours the rich': the sentence the parenthetical "they said"
    interrupts, in its pieces before and after it."""
    if verb.dep_ != "parataxis" or verb.head.i == verb.i:
        return None
    doc, host = verb.doc, verb.head
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    start, end = host.left_edge.i, host.right_edge.i + 1
    pieces: list[tuple[int, int]] = []
    for first, last in ((start, own.start), (own.stop, end)):
        while first < last and doc[first].is_punct:
            first += 1
        while last > first and doc[last - 1].is_punct:
            last -= 1
        if last > first:
            pieces.append((first, last))
    if sum(last - first for first, last in pieces) < _MIN_TOKENS:
        return None
    return pieces


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
    # "Jan 2 (Reuters) – Pro rally driver Ken Block ... died, his team said": the wire's
    # dateline opening the paragraph is not part of what was said.
    dateline = dateline_end(text, start)
    if dateline is not None and dateline < end:
        start = dateline
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return start, end


def _said_to_the_subject(verb: Any) -> bool:
    """ "Asked whether he would run, Smith said ...", "When told that the plan failed, she
    resigned": a participle opening the sentence, with no subject of its own, says what was
    said to the main clause's subject; the one who asked or told is not named. (The tagger
    often reads the participle as a past tense, so its place decides.)"""
    if verb.dep_ == "ROOT" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    first = verb.sent.start
    before = [t for t in verb.doc[first : verb.i] if not t.is_punct]
    return all(t.lower_ in _PARTICIPLE_OPENERS for t in before)


def _impersonal(verb: Any) -> bool:
    """ "It is said that ...", "It was reported that ...": a report with no one making it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(
        c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in verb.children
    )


# Words that may open a participle clause before it: "When asked", "Once told", "If pressed".
_PARTICIPLE_OPENERS = frozenset({"when", "once", "if", "after", "as", "while"})


def _covered_by_report(verb: Any) -> bool:
    """'According to the paper, X said (that) ...': X's own indirect quote is the one to keep."""
    head = verb.head
    return head.i != verb.i and is_reporting(head) and any(c.dep_ == "ccomp" for c in head.children)


def _reported(verb: Any) -> tuple[list[tuple[int, int]], int] | None:
    """Token ranges of what `verb` reports (one, or two around a parenthetical), and the
    fewest words they may hold."""
    if verb.lower_ == "according":
        found = _according_clause(verb)
        return ([found], _MIN_TOKENS) if found is not None else None
    found = _clause(verb)
    if found is not None:
        comp = next(c for c in verb.children if c.dep_ == "ccomp")
        return [found], _min_tokens(comp)
    pieces = _parenthetical(verb)
    return (pieces, _MIN_TOKENS) if pieces else None


def indirect_quotes(doc: Any, marks: _Marks, index: Index, quoted: list[Quote]) -> list[Quote]:
    """The reported clauses of `doc`; `quoted`: the quotes the marks gave, which a clause may
    hold (quoted words are left to their marks' quote when they are most of the clause, and a
    clause holding marks that gave no quote, a name or a title, is left alone)."""
    starts = {part.start for q in quoted for part in q.parts}
    text = doc_text(doc)
    breaks = line_breaks(text)
    quotes: list[Quote] = []
    for verb in may_report(doc):
        if not is_reporting(verb) or marks.holding(verb.idx) is not None:
            continue
        if _said_to_the_subject(verb) or _impersonal(verb):
            continue
        according = verb.lower_ == "according"
        if according and _covered_by_report(verb):
            continue
        reported = _reported(verb)
        if reported is None:
            continue
        pieces, least = reported
        if doc[pieces[-1][1] - 1].idx - doc[pieces[0][0]].idx > _MAX_CHARS:
            continue
        parts: list[Span] = []
        for first, last in pieces:
            span = doc[first:last]
            start, end = _within_paragraph(text, breaks, span.start_char, span.end_char, verb.idx)
            if end > start:
                parts.append(Span(start, end, text[start:end]))
        if not parts or sum(len(p.text.split()) for p in parts) < least:
            continue
        start, end = parts[0].start, parts[-1].end
        if 2 * marks.covered(start, end) >= end - start:
            continue  # mostly quoted: the quote marks' own quote says it
        if any(pair.start not in starts for pair in marks.within(start, end)):
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
        quote = Quote(text[start:end], start, end, "indirect", speaker, cue_span(verb), parts=parts)
        quotes.append(quote)
    return quotes
