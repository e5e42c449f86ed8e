"""What the quote tests share: the quotes of a short text (actors found first, as the pipeline
does), checked to point into the text, and compared as plain rows."""

from __future__ import annotations

from typing import Any

from service.extract.actors import extract_actors
from service.extract.pipeline import assign_ids
from service.extract.quotes import extract_quotes
from service.extract.shared.facts import Quote
from service.extract.shared.parsing import parse

# (type, text, speaker name)
Row = tuple[str, str, str | None]

LS, RS, LD, RD = "\u2018", "\u2019", "\u201c", "\u201d"


def quotes_of(nlp: Any, text: str) -> list[Quote]:
    """The quotes in text order; every offset (quote, speaker, cue) must point into the text."""
    doc = parse(nlp, text)
    actors = sorted(extract_actors(doc), key=lambda a: a.start)
    assign_ids("A", actors)
    quotes = extract_quotes(doc, actors)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for span in (quote.speaker, quote.cue, *quote.parts):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert (quote.parts[0].start, quote.parts[-1].end) == (quote.start, quote.end)
    return sorted(quotes, key=lambda q: q.start)


# (text, type, speaker name, cue)
Summary = tuple[str, str, str | None, str | None]


def summaries_of(nlp: Any, text: str) -> list[Summary]:
    """(text, type, speaker name, cue) of each quote, in text order."""
    return [
        (q.text, q.type, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes_of(nlp, text)
    ]


def rows_of(quotes: list[Quote]) -> list[Row]:
    return [(q.type, q.text, q.speaker.name if q.speaker else None) for q in quotes]


def case_ids(table: list[Any]) -> list[str]:
    return [row[0] for row in table]


def assert_cases(nlp: Any, text: str, expected: list[Row]) -> None:
    """Direct quotes exactly as listed (that checks pairing and merging); partial and indirect
    ones among those found."""
    got = rows_of(quotes_of(nlp, text))
    assert [r for r in got if r[0] == "direct"] == [r for r in expected if r[0] == "direct"]
    for row in expected:
        if row[0] != "direct":
            assert row in got
