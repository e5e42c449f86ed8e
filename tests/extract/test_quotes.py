"""Quotes: pairing marks, direct/partial/indirect, and speakers resolved to actors."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.pipeline import assign_ids
from service.extract.quotes import extract_quotes
from service.extract.quotes.marks import pair_marks
from service.extract.shared.facts import Quote


def _quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    actors = sorted(extract_actors(doc), key=lambda a: a.start)
    assign_ids("A", actors)
    quotes = extract_quotes(doc, actors)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue is not None:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
    return sorted(quotes, key=lambda q: q.start)


def _summary(quote: Quote) -> tuple[str, str, str | None, str | None]:
    speaker = quote.speaker.name if quote.speaker is not None else None
    cue = quote.cue.text if quote.cue is not None else None
    return (quote.text, quote.type, speaker, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will rebuild the bridge by spring," Mayor Anna Petrova told reporters on Monday.',
            ("We will rebuild the bridge by spring,", "direct", "Anna Petrova", "told"),
        ),
        (
            "John Carter spoke at the rally. "
            "\u201cThe plan is working and people can see it,\u201d he said.",
            ("The plan is working and people can see it,", "direct", "John Carter", "said"),
        ),
        (
            'Maria Lopez said: "Nobody expected the river to rise so fast."',
            ("Nobody expected the river to rise so fast.", "direct", "Maria Lopez", "said"),
        ),
        (
            "Paul Grant said in an interview that prices would rise next year.",
            ("prices would rise next year", "indirect", "Paul Grant", "said"),
        ),
    ],
)
def test_single_quote(
    nlp: Any, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert [_summary(q) for q in _quotes(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'Over a million people called the "Help Now" hotline last year.',
        'The army began its "special military operation" in the spring.',
        '"Blue Skies" is a project run by volunteers in the city.',
    ],
)
def test_names_and_scare_quotes_are_not_quotes(nlp: Any, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.type == "direct"] == []


def test_partial_quote_inside_reported_clause(nlp: Any) -> None:
    text = 'Helen Park said that the "sharp" rise in prices would slow next year.'
    quotes = [_summary(q) for q in _quotes(nlp, text)]
    assert quotes == [("sharp", "partial", "Helen Park", "said")]


def test_multi_paragraph_quote_is_one(nlp: Any) -> None:
    text = (
        'Tom Reed said: "The first part of the plan is done.\n\n'
        '"The second part starts next week and will take a year."'
    )
    quotes = _quotes(nlp, text)
    assert [
        (q.type, q.text.startswith("The first"), q.text.endswith("a year.")) for q in quotes
    ] == [("direct", True, True)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ('Russia\'s army said "go" and "stop".', [("go",), ("stop",)]),
        ("\u00abBonjour tout le monde\u00bb, said Jean.", [("Bonjour tout le monde",)]),
        ('An "unclosed quote\nin a new paragraph.', []),
    ],
)
def test_pair_marks(text: str, pairs: list[tuple[str]]) -> None:
    assert [(text[m.start : m.end],) for m in pair_marks(text)] == pairs


def test_seed_direct_quotes(nlp: Any, seed: dict[str, Any]) -> None:
    quotes = _quotes(nlp, seed["text"])
    direct = [
        (q.text[:20], q.speaker.name if q.speaker else None) for q in quotes if q.type == "direct"
    ]
    assert direct == [
        ("It's possible that m", "Mark F. Cancian"),
        ("The Ukrainian counte", "Ukrainian defense ministry"),
        ("The key moment will ", "Mark F. Cancian"),
    ]
