"""One parse per article, guarded against inputs that make spaCy's tokenizer slow."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free chunk one at a time, which
# is quadratic in the chunk's length: 10,000 quotation marks in a row take seconds, 50,000 take
# minutes. No word is this long, so such runs are tokenized in pieces of this size instead.
LONGEST_CHUNK = 256
_LONG_CHUNK = re.compile(rf"\S{{{LONGEST_CHUNK + 1},}}")


PARAGRAPH_STARTS = "newsfacts_paragraph_starts"


@Language.component(PARAGRAPH_STARTS)
def paragraph_starts(doc: Any) -> Any:
    """A blank line ends a sentence: a headline, a dateline or a caption is never the start of
    the paragraph below, and the parser, left to itself, often joins them into one sentence."""
    for i in doc.to_array("IS_SPACE").nonzero()[0]:
        start = int(i) + 1
        if start < len(doc) and doc[int(i)].text.count("\n") >= 2:
            doc[start].is_sent_start = True
            # Told where one sentence starts, the parser may start more inside the name that
            # opens it ("Jared | Tristan | Padalecki"): a name's words stay in one sentence.
            j = start + 1
            while j < len(doc) and doc[j].is_title and doc[j - 1].is_title:
                doc[j].is_sent_start = False
                j += 1
    return doc


def with_paragraph_starts(nlp: Any) -> Any:
    """`nlp` with `paragraph_starts` run before its parser (a pipeline without one is left as it
    is)."""
    if "parser" in nlp.pipe_names and PARAGRAPH_STARTS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_STARTS, before="parser")
    return nlp


def parse(nlp: Any, text: str) -> Any:
    """Run the whole pipeline over `text`; `doc.text == text` always holds."""
    doc = nlp(text) if not _LONG_CHUNK.search(text) else nlp(_tokenize_in_pieces(nlp, text))
    doc.user_data[_TEXT_KEY] = text
    return doc


def parse_many(nlp: Any, texts: Iterable[str], batch_size: int = 16) -> Iterator[Any]:
    """`parse` over many texts through `nlp.pipe`, which batches the model's work: the same
    `Doc`s, in order, for less time than one call each."""
    pending: deque[str] = deque()

    def prepared(text: str) -> Any:
        pending.append(text)
        return text if not _LONG_CHUNK.search(text) else _tokenize_in_pieces(nlp, text)

    for doc in nlp.pipe((prepared(text) for text in texts), batch_size=batch_size):
        doc.user_data[_TEXT_KEY] = pending.popleft()
        yield doc


def _tokenize_in_pieces(nlp: Any, text: str) -> Any:
    pieces: list[str] = []
    position = 0
    for run in _LONG_CHUNK.finditer(text):
        if run.start() > position:
            pieces.append(text[position : run.start()])
        for start in range(run.start(), run.end(), LONGEST_CHUNK):
            pieces.append(text[start : min(start + LONGEST_CHUNK, run.end())])
        position = run.end()
    if position < len(text):
        pieces.append(text[position:])
    return Doc.from_docs([nlp.tokenizer(piece) for piece in pieces], ensure_whitespace=False)


_TEXT_KEY = "newsfacts.text"


def doc_text(doc: Any) -> str:
    """The text of `doc`, read once: spaCy's `Doc.text` joins every token on each call, so
    reading it inside a loop over candidates makes an extractor quadratic in the article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def token_strings(doc: Any, attr: str) -> list[str]:
    """Every token's value of one string attribute, by spaCy attribute name: "ORTH" for the
    text, "LOWER", "TAG", "POS", "DEP". Built once per doc.

    Each read of a token's string attribute (`tok.lower_`) makes a Token object and decodes a new
    string, about a microsecond, and the extractors test every token of an article against word
    lists many times over. Reading the ids off the doc in one array and naming each through the
    string store (which knows the POS symbols too) costs a fraction of that.
    """
    key = ("newsfacts.tokens", attr)
    column: list[str] | None = doc.user_data.get(key)
    if column is None:
        strings = doc.vocab.strings
        column = doc.user_data[key] = [strings[id_] for id_ in doc.to_array(attr).tolist()]
    return column


_OFFSETS_KEY = "newsfacts.token_offsets"


def token_starts(doc: Any) -> dict[int, int]:
    """Index of the token that starts at each character offset, built once per doc."""
    return _token_offsets(doc)[0]


def token_ends(doc: Any) -> dict[int, int]:
    """One past the index of the token that ends at each character offset, built once per doc."""
    return _token_offsets(doc)[1]


def _token_offsets(doc: Any) -> tuple[dict[int, int], dict[int, int]]:
    offsets: tuple[dict[int, int], dict[int, int]] | None = doc.user_data.get(_OFFSETS_KEY)
    if offsets is None:
        idx, texts = token_idx(doc), token_strings(doc, "ORTH")
        starts = dict(zip(idx, range(len(idx)), strict=True))
        ends = {
            start + len(text): i for i, (start, text) in enumerate(zip(idx, texts, strict=True), 1)
        }
        offsets = doc.user_data[_OFFSETS_KEY] = (starts, ends)
    return offsets


def token_idx(doc: Any) -> list[int]:
    """Every token's character offset, read in one go rather than one Token at a time, once per
    doc. The list is shared: do not change it."""
    offsets: list[int] | None = doc.user_data.get(_IDX_KEY)
    if offsets is None:
        offsets = doc.user_data[_IDX_KEY] = doc.to_array("IDX").tolist()
    return offsets


_IDX_KEY = "newsfacts.token_idx"


def span_offsets(doc: Any, start: int, end: int) -> tuple[int, int]:
    """`(span.start_char, span.end_char)` of the non-empty span `doc[start:end]`."""
    last = end - 1
    return token_idx(doc)[start], token_idx(doc)[last] + len(token_strings(doc, "ORTH")[last])


def span_text(doc: Any, start: int, end: int) -> str:
    """`doc[start:end].text` of a non-empty span, cut from the doc's text: spaCy makes a Span
    and joins a string per token for it, which costs several microseconds a call."""
    start_char, end_char = span_offsets(doc, start, end)
    return doc_text(doc)[start_char:end_char]


_SPANS_KEY = "newsfacts.char_spans"


def char_span_tokens(doc: Any, start: int, end: int) -> tuple[int, int, int] | None:
    """`doc.char_span(start, end, alignment_mode="expand")` as (first token, end token, root
    token), or None where spaCy gives no span or an empty one.

    Kept per doc: the actor stages look up every mention several times, and each Span costs
    microseconds to build.
    """
    memo: dict[tuple[int, int], tuple[int, int, int] | None] = doc.user_data.setdefault(
        _SPANS_KEY, {}
    )
    key = (start, end)
    if key not in memo:
        span = doc.char_span(start, end, alignment_mode="expand")
        memo[key] = (span.start, span.end, span.root.i) if span is not None and len(span) else None
    return memo[key]


# Clauses that borrow their missing subject from the verb they hang off ("He returned to China,
# marrying Yang", "she wrote and said ...", "he wants to say ...").
BORROWING_DEPS = frozenset({"conj", "xcomp", "advcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# A wire dateline opening a line, up to and with its dash: a place in capitals ("DENVER —",
# "INDIANAPOLIS (AP) —"), or a few words before the wire's name in brackets ("Jan 2 (Reuters) –").
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:[^\S\n]+[A-Z][A-Z.'-]*)*[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?"
    r"|[^\n()]{0,40}?\([A-Z][\w.&' -]{0,30}\)[^\S\n]*)[\u2014\u2013-]+[^\S\n]*"
)


def dateline_end(text: str, start: int) -> int | None:
    """Where the wire dateline opening the line at `start` ends, after its dash; None when the
    line opens with none (or `start` opens no line)."""
    if start > 0 and text[start - 1] != "\n":
        return None
    found = _DATELINE.match(text, start)
    return found.end() if found is not None else None


def is_dateline(tok: Any) -> bool:
    """ "DENVER — A federal judge ...": the place in capitals of a dateline is no subject of the
    sentence after it, whatever the parser hung on it (the wire's name in brackets is no place)."""
    if not tok.text.isupper():
        return False
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    end = dateline_end(text, line_start)
    return end is not None and tok.idx < end and "(" not in text[line_start : tok.idx]


def clause_subject(verb: Any, levels: int = 3) -> Any | None:
    """The subject of `verb`, or of the verb its subjectless clause hangs off, up to `levels`
    verbs up; a quote mark the parser took for a subject does not count, and a noun or pronoun
    comes before a participle the parser also hung there as a subject."""
    for _ in range(levels):
        subjects = [
            c
            for c in verb.children
            if c.dep_ in _SUBJECT_DEPS and c.tag_ not in {"``", "''"} and not is_dateline(c)
        ]
        if subjects:
            # "Comprised of A and B, Twenty One Pilots have confirmed ...": a participle the
            # parser took for a second subject is not the one.
            nominal = [c for c in subjects if c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
            return (nominal or subjects)[0]
        if verb.dep_ not in BORROWING_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
