"""Quotes: who said what.

Quote marks are paired first (`shared.marks`), then each quoted span is classified by how it
attaches to a reporting verb: direct when the verb frames it ("...," he said / said: "..."),
partial when it sits inside the verb's reported clause, nothing when no verb claims a short
fragment (names, titles, scare quotes). A quote that resumes right after its attribution
('"A," she said. "B"') is one quote in two parts; a sentence-like quote standing alone after
another one continues its speaker (the "floating" quote). Reported clauses without quote marks
become indirect quotes (`indirect`); a pull quote signed with a name is direct (`pull_quotes`).

Every lookup by position is a binary search over lists built once, and every scan around a quote
is bounded, so thousands of quotes in one article stay fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from service.extract.shared.facts import Actor, Quote, QuoteType, Span, Speaker
from service.extract.shared.marks import (
    CLOSING_MARKS,
    QUOTE_PAIRS,
    SINGLE_PAIRS,
    Marked,
    Marks,
    line_breaks,
    quote_marks,
)
from service.extract.shared.parsing import doc_text, token_idx

from .first_person import add_first_person_mentions
from .indirect import indirect_quotes
from .pull_quotes import pull_quotes
from .speakers import Index, cue_span, is_reporting, resolve_subject, speaker_of
from .transcripts import transcript_quotes
from .vocab import (
    AUTHOR_LINKS,
    MIN_DIRECT_WORDS,
    NAMING_VERBS,
    OBJECT_NOT_SPEECH,
    QUOTATION_NOUNS,
    SOURCE_NOUNS,
    SPEAKING_MANNERS,
    WRITTEN_SOURCES,
)

_FRAME_END = (",", ":", "\u2014", "-")
# Last characters of a quote that leaves its sentence open for an attribution.
_OPEN_ENDS = ",!?\u2026-\u2014"
_SENTENCE_ENDS = ".!?\u2026"
# Tokens the parser may put between a quote and its attribution's verb ("..., Name, a long title,").
_AFTER_REACH = 40
# Tokens a framing verb may stand before its quote ("Name, a long title, said in a statement: ").
_BEFORE_REACH = 60
# A floating quote follows its speaker's quote closely: the next paragraph at most.
_FLOAT_REACH = 300
# The attribution between the halves of a split quote is short.
_SPLIT_REACH = 120
_OPENING_MARKS = frozenset(QUOTE_PAIRS) | frozenset(SINGLE_PAIRS)
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


@dataclass
class _Context:
    """The doc, its text and its marks, with token starts for finding the token at a character."""

    doc: Any
    text: str
    marks: Marks
    starts: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = token_idx(self.doc)
        self.breaks = line_breaks(self.text)

    def broken(self, a: int, b: int) -> bool:
        """A line break stands between positions `a` and `b` (a sentence the parser ran over)."""
        lo, hi = min(a, b), max(a, b)
        i = bisect_left(self.breaks, lo)
        return i < len(self.breaks) and self.breaks[i] < hi

    def token_at(self, char: int) -> Any | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if i >= 0 else None

    def inside(self, tok: Any) -> bool:
        return self.marks.holding(tok.idx) is not None

    def before(self, pos: int) -> int:
        """Index of the last character before `pos` that is not a space (-1 at the start)."""
        pos -= 1
        while pos >= 0 and self.text[pos] == " ":
            pos -= 1
        return pos

    def after(self, pos: int) -> int:
        """Index of the first character from `pos` on that is not a space."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        return pos


def _verb_after(ctx: _Context, mark: Marked) -> Any | None:
    """'"...," Name, a title, told the Herald': the first reporting verb after the closing mark."""
    text = ctx.text
    # The quote must end where its attribution starts: '...," he said', not '"Name" hotline, said'.
    nxt = ctx.after(mark.close + 1)
    if text[mark.end - 1] not in _OPEN_ENDS and text[nxt : nxt + 1] != ",":
        return None
    first = ctx.token_at(mark.close)
    if first is None:
        return None
    for tok in ctx.doc[first.i + 1 : first.i + 1 + _AFTER_REACH]:
        # A mark of its own ends the scan; an apostrophe in "Obama's" does not.
        if "\n" in tok.text or tok.text in {".", "!", "?"} or tok.text in _OPENING_MARKS:
            return None
        if ctx.inside(tok):
            return None
        if is_reporting(tok, framing=True):
            return tok
    return None


def _verb_before(ctx: _Context, mark: Marked) -> Any | None:
    """'He said: "..."' or 'X said "..."': the last reporting verb of the framing sentence."""
    last_char = ctx.before(mark.open)
    if last_char < 0 or ctx.text[last_char] == "\n":
        return None
    last = ctx.token_at(last_char)
    if last is None:
        return None
    if not (ctx.text[last_char] in _FRAME_END or is_reporting(last, framing=True)):
        return None
    start = max(last.sent.start, last.i - _BEFORE_REACH)
    for tok in reversed(ctx.doc[start : last.i + 1]):
        if ctx.inside(tok):
            break
        if is_reporting(tok, framing=True):
            return tok
    return None


def _governing_verb(ctx: _Context, mark: Marked) -> Any | None:
    """The reporting verb whose reported clause (not subject) holds the quoted fragment."""
    tok = ctx.token_at(mark.start)
    if tok is None:
        return None
    child = tok
    node = tok.head
    for _ in range(12):
        if not (mark.open <= node.idx <= mark.close) and is_reporting(node):
            if child.dep_ in {"nsubj", "nsubjpass"} or ctx.broken(node.idx, mark.open):
                return None
            if child.dep_ == "dobj" and node.lemma_ in OBJECT_NOT_SPEECH:
                return None
            return node
        if node.head.i == node.i:
            return None
        child, node = node, node.head
    return None


def _a_name(index: Index, mark: Marked) -> bool:
    """The quoted words are the name of an actor, and nothing more."""
    hit = index.covering(mark.start, mark.end)
    return hit is not None and hit[0].kind == "name" and hit[0].start == mark.start


def _title_cased(content: str) -> bool:
    """Every longer word capitalised, as a name or a title is ("The Jenna & Julien Podcast"),
    and no sentence end inside."""
    words = [w for w in re.findall(r"[^\W\d_]+", content) if len(w) > 3]
    ends = content.rstrip()[-1:] in tuple(".!?,;:\u2026")
    return bool(words) and all(w[0].isupper() for w in words) and not ends


def _introducer(ctx: _Context, mark: Marked) -> tuple[Any, Span | None] | None:
    """Who a quote is given to without a verb, and the words that say so: 'In the words of
    X, "..."', 'In her words, "..."', 'In Byron's memoirs, "..."', a quotation noun and its
    author ('a quote from Virgil — "..."'), and a name before a colon ('Mayor Jane Doe on the
    budget: "..."', a roundup's 'Jane Doe, The Guardian: "..."')."""
    last_char = ctx.before(mark.open)
    last = ctx.token_at(last_char) if last_char >= 0 else None
    if last is None or ctx.text[last_char] == "\n":
        return None
    line_start = ctx.text.rfind("\n", 0, mark.open) + 1
    start = max(last.sent.start, last.i - _BEFORE_REACH)
    lead = [t for t in ctx.doc[start : last.i + 1] if t.idx >= line_start]
    for tok in lead:
        if tok.lower_ in WRITTEN_SOURCES and tok.head.lower_ == "in":
            source = _words_of(tok)
            if source is not None:
                return source, cue_span(tok)
    if ctx.text[last_char] in _INTRODUCING_ENDS and (author := _quotation_author(lead)):
        return author
    if ctx.text[last_char] != ":" or not lead or len(lead) > _COLON_LEAD:
        return None
    if (manner := _said_how(lead)) is not None:
        return manner
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" for t in lead):
        return None  # a verb there would have framed it, or the colon ends a clause
    names = [t for t in lead if t.ent_type_ in {"PERSON", "ORG"} and t.ent_iob_ == "B"]
    if not names:
        # "The ministry, in a statement:": the one whose statement it is.
        sourced = any(t.lemma_ in SOURCE_NOUNS and t.head.lower_ == "in" for t in lead)
        nouns = [t for t in lead if t.pos_ in {"NOUN", "PROPN"} and t.lemma_ not in SOURCE_NOUNS]
        return (nouns[0], None) if sourced and nouns else None
    first = names[0]
    while first.i + 1 < len(ctx.doc) and ctx.doc[first.i + 1].ent_iob_ == "I":
        first = ctx.doc[first.i + 1]  # the name's last word, which resolve_subject reads
    return first, None


def _said_how(lead: list[Any]) -> tuple[Any, Span] | None:
    """A clause before the colon that says how someone put it: 'The minister was blunt:',
    'She was adamant:', 'Smith put it simply:'. Its subject speaks; not 'The rules are simple:'
    (a word for the words, not for the speaker)."""
    # The lead's own root: the parser often hangs it off the quoted clause.
    inside = {t.i for t in lead}
    root = next(
        (
            t
            for t in lead
            if t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or t.head.i not in inside)
        ),
        None,
    )
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if root.lemma_ == "be":
        manner = next((c for c in root.children if c.dep_ == "acomp"), None)
        if manner is not None and manner.lower_ in SPEAKING_MANNERS:
            return subject, cue_span(manner)
    if root.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in root.children):
        return subject, cue_span(root)
    return None


# A colon introduction is a name and a few words, not a sentence.
_COLON_LEAD = 12
# What ends the words that introduce a quotation noun's quote.
_INTRODUCING_ENDS = ":\u2014\u2013-,"


def _quotation_author(lead: list[Any]) -> tuple[Any, Span] | None:
    """The author in 'a quote from Virgil —', 'a line attributed to Einstein:': a quotation
    noun, a linking word, then a name that runs up to the punctuation before the quote. Read off
    the words: the parser often hangs the "from" on the verb."""
    for k, tok in enumerate(lead):
        if tok.lemma_.lower() not in QUOTATION_NOUNS or tok.pos_ != "NOUN":
            continue
        rest = lead[k + 1 :]
        for link in AUTHOR_LINKS:
            words = [t.lower_ for t in rest[: len(link)]]
            name = rest[len(link) :]
            while name and name[-1].is_punct:
                name = name[:-1]
            if tuple(words) == link and name and all(t.pos_ == "PROPN" for t in name):
                return name[-1], cue_span(tok)
    return None


def _words_of(words: Any) -> Any | None:
    """X in "in the words of X" or "in X's words"."""
    for child in words.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _naming_verb(ctx: _Context, mark: Marked) -> Any | None:
    """'called the plan "a disaster"', 'described it as "reckless"': the verb that names
    something with the quoted words (its object complement, or what follows its "as")."""
    first = ctx.token_at(mark.start)
    if first is None:
        return None
    root = first
    for _ in range(8):  # up to the quoted words' own head
        if not mark.start <= root.head.idx < mark.end or root.head.i == root.i:
            break
        root = root.head
    verb = root.head
    if verb.lower_ == "as" or root.dep_ == "appos" and verb.dep_ == "dobj":
        verb = verb.head  # 'as "reckless"', 'dubbed the building "the Gherkin"'
    elif root.dep_ not in {"oprd", "attr", "dobj", "ccomp", "xcomp"}:
        return None
    return verb if verb.lemma_ in NAMING_VERBS and verb.idx < mark.open else None


def _fragment_after(ctx: _Context, mark: Marked, verb: Any) -> bool:
    """'The NHC is predicting "strong winds" will reach the coast': a few words quoted right
    after the verb, with no colon or comma to frame them and no sentence end of their own, are
    a fragment of the report, not the speaker's whole words ('he replied: "Most likely."')."""
    if verb.idx > mark.open:
        return False
    content = ctx.text[mark.start : mark.end].rstrip()
    before = ctx.before(mark.open)
    framed = before >= 0 and ctx.text[before] in ":,"
    return not framed and not _sentence_like(content) and content[-1:] not in _SENTENCE_ENDS


def _sentence_like(text: str) -> bool:
    return len(text.split()) >= MIN_DIRECT_WORDS and (
        text[-1] in ".,!?;\u2026-\u2014" or text[0].isupper()
    )


def _standalone(ctx: _Context, mark: Marked) -> bool:
    """The quote fills its sentence: nothing but a sentence end or line break before it."""
    head = ctx.before(mark.open)
    if head >= 0 and ctx.text[head] not in ".!?\n" and ctx.text[head] not in CLOSING_MARKS:
        return False
    tail = ctx.after(mark.close + 1)
    return (
        tail >= len(ctx.text) or ctx.text[tail] == "\n" or ctx.text[mark.end - 1] in _SENTENCE_ENDS
    )


def extract_quotes(doc: Any, actors: list[Actor]) -> list[Quote]:
    """Return the quotes in `doc`, speakers resolved to `actors`."""
    index = Index(actors)
    text = doc_text(doc)
    ctx = _Context(doc, text, quote_marks(doc))
    quotes: list[Quote] = []
    previous: Quote | None = None
    for mark in ctx.marks:
        content = text[mark.start : mark.end]
        verb = _verb_after(ctx, mark) or _verb_before(ctx, mark)
        if previous is not None and _resumes(ctx, previous, mark, verb):
            _join(text, previous, mark)
            continue
        if verb is not None:
            kind: QuoteType = "partial" if _fragment_after(ctx, mark, verb) else "direct"
            quote = _quote(mark, text, kind, verb, index)
        elif (source := _introducer(ctx, mark)) is not None:
            quote = _quote(mark, text, "direct", None, index)
            quote.speaker, quote.cue = resolve_subject(source[0], index), source[1]
        elif _a_name(index, mark) or _title_cased(content):
            continue  # 'the "Help Now" hotline', 'called "The Jenna Podcast"': names, not words
        elif (gov := _governing_verb(ctx, mark)) is not None:
            # A whole sentence quoted after its verb is the speaker's words, not a fragment of a
            # report ('writing in a blog post "I have loaded the program."').
            whole = gov.idx < mark.open and content[:1].isupper() and _sentence_like(content)
            quote = _quote(mark, text, "direct" if whole else "partial", gov, index)
        elif (namer := _naming_verb(ctx, mark)) is not None and speaker_of(namer, index):
            quote = _quote(mark, text, "partial", namer, index)
        elif _standalone(ctx, mark) and _sentence_like(content):
            quote = _quote(mark, text, "direct", None, index)
            if previous is not None and previous.type == "direct" and _near(text, previous, mark):
                quote.speaker, quote.cue = previous.speaker, previous.cue
        else:
            continue
        quotes.append(quote)
        previous = quote
    quotes.extend(pull_quotes(doc, ctx.marks, index))
    taken = [(q.start, q.end) for q in quotes]
    quotes.extend(
        q
        for q in transcript_quotes(doc, index)
        if not any(s < q.end and q.start < e for s, e in taken)
    )
    quotes.extend(indirect_quotes(doc, ctx.marks, index, quotes))
    add_first_person_mentions(doc, quotes, actors)
    return quotes


def _quote(mark: Marked, text: str, kind: QuoteType, verb: Any | None, index: Index) -> Quote:
    speaker: Speaker | None = speaker_of(verb, index) if verb is not None else None
    cue: Span | None = cue_span(verb) if verb is not None else None
    content = text[mark.start : mark.end]
    return Quote(content, mark.start, mark.end, kind, speaker, cue, parts=_parts(mark, text))


def _parts(mark: Marked, text: str) -> list[Span]:
    """The quoted pieces between a pair of marks (one per paragraph of a long quote)."""
    return [Span(start, end, text[start:end]) for start, end in mark.pieces]


def _join(text: str, previous: Quote, mark: Marked) -> None:
    """Make the pieces of `mark` the next parts of `previous`: one quote, its attribution in
    between."""
    previous.end, previous.text = mark.end, text[previous.start : mark.end]
    previous.parts += _parts(mark, text)


def _resumes(ctx: _Context, previous: Quote, mark: Marked, verb: Any | None) -> bool:
    """'"We will win," she said. "We always do."': the quote goes on after its attribution, in
    the same paragraph, with no verb of its own (or the same one: '"A," she said, "B"')."""
    if previous.type != "direct" or previous.cue is None or previous.cue.start < previous.end:
        return False
    if verb is not None and verb.idx != previous.cue.start:
        return False
    if mark.open - previous.end > _SPLIT_REACH or ctx.broken(previous.end, mark.open):
        return False
    # Between the pieces: the closing mark, the attribution and its end, nothing else.
    between = ctx.text[previous.end : mark.open].strip(" " + "".join(CLOSING_MARKS))
    between = between.lstrip(",!?.…-— " + "".join(CLOSING_MARKS))
    if not between.endswith((",", ".", ":")):
        return False
    body = between[:-1]
    return not any(ch in _SENTENCE_ENDS or ch in _OPENING_MARKS for ch in body)


def _near(text: str, previous: Quote, mark: Marked) -> bool:
    """The previous quote is close: same or the paragraph before, its attribution in between."""
    if mark.open - previous.end > _FLOAT_REACH:
        return False
    return len(_PARAGRAPH_BREAK.findall(text, previous.end, mark.open)) <= 1
