"""One parse per article, guarded against inputs that make spaCy's tokenizer slow."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free chunk one at a time, which
# is quadratic in the chunk's length: 10,000 quotation marks in a row take seconds, 50,000 take
# minutes. No word is this long, so such runs are tokenized in pieces of this size instead.
LONGEST_CHUNK = 256
_LONG_CHUNK = re.compile(rf"\S{{{LONGEST_CHUNK + 1},}}")


def parse(nlp: Any, text: str) -> Any:
    """Run the whole pipeline over `text`; `doc.text == text` always holds."""
    doc = nlp(text) if not _LONG_CHUNK.search(text) else nlp(_tokenize_in_pieces(nlp, text))
    doc.user_data[_TEXT_KEY] = text
    return doc


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
