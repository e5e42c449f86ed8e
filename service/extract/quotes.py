"""Quotes: who said what.

Quote marks are paired first (straight, curly and guillemets; a paragraph that opens with a mark
continues a quote left open), then each quoted span is classified by how it attaches to a
reporting verb: direct when the verb frames it ("...," he said / said: "..."), partial when it
sits inside the verb's reported clause, nothing when no verb claims a short fragment (names,
scare quotes).
Reported clauses without quote marks become indirect quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .facts import Actor, Quote, Span, Speaker
from .parsing import doc_text
from .quotes_indirect import indirect_quotes
from .quotes_speakers import Index, cue_span, is_reporting, speaker_of
from .quotes_vocab import CLOSING_MARKS, MIN_DIRECT_WORDS, QUOTE_PAIRS

_FRAME_END = (",", ":", "\u2014", "-")
# Last characters of a quote that leaves its sentence open for an attribution.
_OPEN_ENDS = ",!?\u2026-\u2014"
# Tokens the parser may put between a quote and its attribution's verb ("..., Name, a long title,").
_AFTER_REACH = 40


@dataclass
class _Marked:
    open: int
    close: int
    start: int
    end: int


def pair_marks(text: str) -> list[_Marked]:
    """Pair opening and closing marks; a paragraph opening with a mark continues an open quote."""
    pairs: list[_Marked] = []
    opened: int | None = None
    closer = ""
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch == "\n" and opened is not None:
            nxt = pos
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt < len(text) and text[nxt] == text[opened]:
                pos = nxt + 1
                continue
            opened = None
        elif opened is not None and ch == closer:
            _add(pairs, text, opened, pos)
            opened = None
        elif opened is None and ch in QUOTE_PAIRS:
            opened, closer = pos, QUOTE_PAIRS[ch]
        elif opened is None and ch in CLOSING_MARKS:
            pass
        pos += 1
    return pairs


def _add(pairs: list[_Marked], text: str, opened: int, closed: int) -> None:
    start, end = opened + 1, closed
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        pairs.append(_Marked(opened, closed, start, end))


def _token_at(doc: Any, char: int) -> Any | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _inside(tok: Any, marks: list[_Marked]) -> bool:
    return any(m.open <= tok.idx <= m.close for m in marks)


def _verb_after(doc: Any, mark: _Marked, marks: list[_Marked]) -> Any | None:
    """'"...," Name, a title, told Newsweek': the first reporting verb after the closing mark."""
    text = doc_text(doc)
    # The quote must end where its attribution starts: '...," he said', not '"Name" hotline, said'.
    if text[mark.end - 1] not in _OPEN_ENDS and not text[mark.close + 1 :].lstrip(" ").startswith(
        ","
    ):
        return None
    first = _token_at(doc, mark.close)
    if first is None:
        return None
    for tok in doc[first.i + 1 : first.i + 1 + _AFTER_REACH]:
        if "\n" in tok.text or tok.text in {".", "!", "?"} or tok.text in QUOTE_PAIRS:
            return None
        if _inside(tok, marks):
            return None
        if is_reporting(tok):
            return tok
    return None


def _verb_before(doc: Any, mark: _Marked, marks: list[_Marked]) -> Any | None:
    """'He said: "..."' or 'X said "..."': the last reporting verb of the framing sentence."""
    text = doc_text(doc)
    head = text[: mark.open].rstrip(" ")
    if not head or head.endswith("\n"):
        return None
    last = _token_at(doc, len(head) - 1)
    if last is None:
        return None
    if not (head.endswith(_FRAME_END) or is_reporting(last)):
        return None
    for tok in reversed(list(last.sent)[: last.i - last.sent.start + 1]):
        if _inside(tok, marks):
            break
        if is_reporting(tok):
            return tok
    return None


def _governing_verb(doc: Any, mark: _Marked) -> Any | None:
    """The reporting verb whose reported clause (not subject) holds the quoted fragment."""
    tok = _token_at(doc, mark.start)
    if tok is None:
        return None
    child = tok
    node = tok.head
    for _ in range(12):
        if not (mark.open <= node.idx <= mark.close) and is_reporting(node):
            return None if child.dep_ in {"nsubj", "nsubjpass"} else node
        if node.head is node:
            return None
        child, node = node, node.head
    return None


def _sentence_like(text: str) -> bool:
    return len(text.split()) >= MIN_DIRECT_WORDS and (
        text[-1] in ".,!?;\u2026-\u2014" or text[0].isupper()
    )


def _standalone(doc: Any, mark: _Marked) -> bool:
    """The quote fills its sentence: nothing but a sentence end or line break before it."""
    head = doc_text(doc)[: mark.open].rstrip(" ")
    if head and head[-1] not in ".!?\n" and head[-1] not in CLOSING_MARKS:
        return False
    tail = doc_text(doc)[mark.close + 1 :].lstrip(" ")
    return not tail or tail[0] == "\n" or doc_text(doc)[mark.end - 1] in ".!?\u2026"


def extract_quotes(doc: Any, actors: list[Actor]) -> list[Quote]:
    """Return the quotes in `doc`, speakers resolved to `actors`."""
    index = Index(actors)
    text = doc_text(doc)
    marks = pair_marks(text)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for mark in marks:
        content = text[mark.start : mark.end]
        verb = _verb_after(doc, mark, marks) or _verb_before(doc, mark, marks)
        if verb is not None:
            quote = _quote(mark, text, "direct", verb, index)
        elif (gov := _governing_verb(doc, mark)) is not None:
            quote = _quote(mark, text, "partial", gov, index)
        elif _standalone(doc, mark) and _sentence_like(content):
            quote = _quote(mark, text, "direct", None, index)
            if previous is not None and previous.type == "direct" and _near(text, previous, mark):
                quote.speaker, quote.cue = previous.speaker, previous.cue
        else:
            continue
        if previous is not None and _continues(text, previous, quote):
            previous.end, previous.text = quote.end, text[previous.start : quote.end]
            continue
        quotes.append(quote)
        previous = quote
    quotes.extend(indirect_quotes(doc, marks, index))
    return quotes


def _quote(mark: _Marked, text: str, kind: Any, verb: Any | None, index: Index) -> Quote:
    speaker: Speaker | None = speaker_of(verb, index) if verb is not None else None
    cue: Span | None = cue_span(verb) if verb is not None else None
    return Quote(text[mark.start : mark.end], mark.start, mark.end, kind, speaker, cue)


def _near(text: str, previous: Quote, mark: _Marked) -> bool:
    """The previous quote is close: same or last paragraph, its attribution in between."""
    between = text[previous.end : mark.open]
    return between.count("\n") <= 1 and len(between) < 300


def _continues(text: str, previous: Quote, quote: Quote) -> bool:
    """'"It's possible," he said, "that ..."': one sentence split around its attribution."""
    between = text[previous.end : quote.start]
    return (
        previous.type == quote.type == "direct"
        and "\n" not in between
        and between.rstrip(' "\u201c\u00ab').endswith(",")
        and quote.text[:1].islower()
        and len(between) < 120
    )
