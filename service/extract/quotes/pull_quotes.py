"""Pull quotes: a paragraph of a person's words signed with their name, without quote marks.

Online news sets a quotation apart as its own paragraph and signs it with the speaker's bare
name after the last sentence ("I was told to leave. Jane Doe"). Prose never ends a paragraph
with a bare name after a full stop, so the shape itself marks the quote.
"""

from __future__ import annotations

from typing import Any, Protocol

from service.extract.shared.facts import Quote, Speaker
from service.extract.shared.parsing import doc_text

from .speakers import Index
from .vocab import MIN_DIRECT_WORDS

_SENTENCE_ENDS = ".!?\u2026"
# A pull quote is a few sentences; a longer paragraph ending in a name is something else.
_MAX_CHARS = 600


class _Marks(Protocol):
    def meets(self, start: int, end: int) -> bool: ...


def pull_quotes(doc: Any, marks: _Marks, index: Index) -> list[Quote]:
    text = doc_text(doc)
    quotes: list[Quote] = []
    for mention, actor in index.mentions:
        if actor.type != "person" or mention.kind != "name":
            continue
        tail = mention.end
        while tail < len(text) and text[tail] in " \t":
            tail += 1
        if tail < len(text) and text[tail] != "\n":
            continue
        end = mention.start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end == mention.start or end == 0 or text[end - 1] not in _SENTENCE_ENDS:
            continue
        start = text.rfind("\n", max(0, end - _MAX_CHARS), end) + 1
        if start == 0 and end > _MAX_CHARS:
            continue
        while start < end and text[start].isspace():
            start += 1
        content = text[start:end]
        if len(content.split()) < MIN_DIRECT_WORDS or marks.meets(start, end):
            continue
        speaker = Speaker(mention.text, mention.start, mention.end, actor.name, actor.id or None)
        quotes.append(Quote(content, start, end, "direct", speaker, None))
    return quotes
