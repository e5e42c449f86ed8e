"""Quotes classified by how they attach to a reporting verb (quotes/extractor.py): direct, partial,
split, floating, or no quote at all."""

from __future__ import annotations

import time
from typing import Any

import pytest

from service.extract.actors import extract_actors
from service.extract.quotes import extract_quotes
from service.extract.shared.parsing import parse
from tests.extract.quotes.helpers import (
    Row,
    Summary,
    assert_cases,
    case_ids,
    quotes_of,
    rows_of,
    summaries_of,
)

DIRECT = [
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
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_single_quote(nlp: Any, text: str, expected: Summary) -> None:
    assert summaries_of(nlp, text) == [expected]


SHAPES = [
    (
        "a clause before a colon that says how someone put it",
        'The minister was blunt: "We will not pay for this war."',
        [("direct", "We will not pay for this war.", "minister")],
    ),
    (
        "put it before a colon",
        'Smith put it simply: "We lost because we played badly."',
        [("direct", "We lost because we played badly.", "Smith")],
    ),
    (
        "a word for the words, not the speaker, before a colon: no quote",
        'The rules are simple: "Be on time and bring a pen."',
        [],
    ),
    (
        "split around the attribution is one quote",
        '"It is possible," Mark Dunn said, "that the talks will resume next week."',
        [
            (
                "direct",
                'It is possible," Mark Dunn said, "that the talks will resume next week.',
                "Mark Dunn",
            )
        ],
    ),
    (
        "floating quote continues the previous speaker",
        'Professor Lena Ortiz studies the river. "The water is rising every year," she said.\n\n'
        '"Nobody in the valley can ignore it any longer, and the farmers know it."',
        [
            ("direct", "The water is rising every year,", "Lena Ortiz"),
            (
                "direct",
                "Nobody in the valley can ignore it any longer, and the farmers know it.",
                "Lena Ortiz",
            ),
        ],
    ),
    (
        "colon-introduced",
        'Sara Lind said in a statement: "The company will appeal the ruling next month."',
        [("direct", "The company will appeal the ruling next month.", "Sara Lind")],
    ),
    (
        "inverted attribution after the quote",
        '"The border will stay closed until further notice," added Karl Weiss.',
        [("direct", "The border will stay closed until further notice,", "Karl Weiss")],
    ),
    (
        "a verb of manner frames a quote",
        'Anna Berg laughed at the idea. "That was the easy part of the whole job," she joked.',
        [("direct", "That was the easy part of the whole job,", "Anna Berg")],
    ),
    (
        "a whole sentence quoted after its verb is direct",
        'Tom Reed admitted his part, writing in a blog post "I have loaded the program myself."',
        [("direct", "I have loaded the program myself.", "Tom Reed")],
    ),
]


# Quotes given to a speaker without a verb.
SHAPES += [
    (
        "in the words of X",
        'In the words of Mayor John Smith, "this town will never give up on its river."',
        [("direct", "this town will never give up on its river.", "John Smith")],
    ),
    (
        "in X's memoirs",
        "Mark Twain travelled widely. In his later memoirs, "
        '"the river was the only school I ever needed."',
        [("direct", "the river was the only school I ever needed.", "Mark Twain")],
    ),
    (
        "a quotation noun and its author before a dash",
        "Jerome used a quote from Virgil \u2014 "
        '"On all sides round horror spread wide" \u2014 to describe hell.',
        [("direct", "On all sides round horror spread wide", "Virgil")],
    ),
    (
        "a quotation attributed to X before a colon",
        'There is a line attributed to Winston Churchill: "We shall never surrender."',
        [("direct", "We shall never surrender.", "Winston Churchill")],
    ),
    (
        "a quotation noun without a named author gives no quote",
        'She ended with a line from the film: "We shall never surrender the town."',
        [],
    ),
    (
        "in a statement of X, with a colon",
        'In a statement from Mayor John Smith: "The bridge stays closed until the spring."',
        [("direct", "The bridge stays closed until the spring.", "John Smith")],
    ),
    (
        "a name and a topic before a colon",
        'Mayor John Smith on the budget: "We are broke and the state will not help us."',
        [("direct", "We are broke and the state will not help us.", "John Smith")],
    ),
    (
        "a roundup's name and outlet before a colon",
        "Reactions poured in overnight.\n\nJohn Smith, The Guardian: "
        '"This is the end of an era for British politics."\n\nJane Doe, Le Monde: '
        '"Nobody saw this coming in Paris or anywhere else."',
        [
            ("direct", "This is the end of an era for British politics.", "John Smith"),
            ("direct", "Nobody saw this coming in Paris or anywhere else.", "Jane Doe"),
        ],
    ),
    (
        "a colon ending a clause gives no speaker",
        'John Smith lost the vote on Monday and the board agreed: "Never again in this town."',
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), SHAPES, ids=case_ids(SHAPES))
def test_quote_shapes(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


PARTS = [
    # Interrupted by its attribution, a new sentence after it: one quote, two parts.
    (
        '"We will win the vote," Jane Doe said. "We always do in this district."\n\nShe left.',
        ["We will win the vote,", "We always do in this district."],
    ),
    # Split in mid-sentence.
    (
        '"It is possible," Mark Dunn said, "that the talks will resume next week."',
        ["It is possible,", "that the talks will resume next week."],
    ),
    # Over two paragraphs, the second reopening the quote.
    (
        'Jane Doe said: "The first paragraph of it.\n\n"And the second paragraph of it."',
        ["The first paragraph of it.", "And the second paragraph of it."],
    ),
    # An ordinary quote is its one part.
    ('"The border stays closed," added Karl Weiss.', ["The border stays closed,"]),
]


@pytest.mark.parametrize(("text", "parts"), PARTS)
def test_quote_parts(nlp: Any, text: str, parts: list[str]) -> None:
    (quote,) = quotes_of(nlp, text)
    assert [part.text for part in quote.parts] == parts


def test_another_speaker_between_makes_two_quotes(nlp: Any) -> None:
    text = (
        '"We will win the vote," Jane Doe said. John Smith disagreed. "You will lose it badly '
        'this time," he said.'
    )
    assert [len(quote.parts) for quote in quotes_of(nlp, text)] == [1, 1]


PARTIAL = [
    (
        "partial inside reported speech",
        'Helen Park said that the "sharp" rise in prices would slow next year.',
        [("partial", "sharp", "Helen Park")],
    ),
    (
        "partial: a longer fragment in the reported clause",
        'The World Health Organization said the vaccine would "save thousands of lives" this '
        "winter.",
        [("partial", "save thousands of lives", "World Health Organization")],
    ),
    (
        "partial: a demand ('call for')",
        'Anne Holt, the report\'s author, calls for "urgent action on salt" in schools.',
        [("partial", "urgent action on salt", "Anne Holt")],
    ),
    (
        "partial: a few words right after the verb, unframed, with no sentence end",
        "The hurricane center is predicting \u201ctropical-storm-force winds\u201d on the coast "
        "by late Wednesday.",
        [("partial", "tropical-storm-force winds", "hurricane center")],
    ),
    (
        "partial: inside an indirect question ('asked')",
        "Minister Joe Kerr asked officials how papers meant for "
        '"approved security cabinets" ended up on the street.',
        [("partial", "approved security cabinets", "Joe Kerr")],
    ),
]


# A verb that names something in the speaker's words.
PARTIAL += [
    (
        "partial: called X '...'",
        'Senator Jane Doe called the plan "a disaster for working families" on Monday.',
        [("partial", "a disaster for working families", "Jane Doe")],
    ),
    (
        "partial: described X as '...'",
        'Senator Mary Jones described the bill as "reckless and cruel" in a speech.',
        [("partial", "reckless and cruel", "Mary Jones")],
    ),
    (
        "a name after 'called' with no one calling it is no quote",
        'He plays in a band called "Spoken Motion" in New York.',
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), PARTIAL, ids=case_ids(PARTIAL))
def test_partial_quotes(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


def test_partial_quote_inside_reported_clause(nlp: Any) -> None:
    # The reported clause is kept as an indirect quote, and its quoted words as a partial one.
    text = 'Helen Park said that the "sharp" rise in prices would slow next year.'
    quotes = summaries_of(nlp, text)
    assert quotes == [
        ('the "sharp" rise in prices would slow next year', "indirect", "Helen Park", "said"),
        ("sharp", "partial", "Helen Park", "said"),
    ]


def test_a_clause_holding_a_quoted_name_is_left_alone(nlp: Any) -> None:
    text = 'Over a million people have called the "Help Now" hotline, officials said.'
    assert [q[1] for q in summaries_of(nlp, text)] == []


INDIRECT_SHAPES = [
    # A parenthetical attribution: the sentence around it, in two parts.
    (
        "The plan, Jane Doe said, favours the rich over the poor in every region.",
        ["The plan", "favours the rich over the poor in every region"],
    ),
    # A short clause with its own subject.
    ("Jane Doe said it was over.", ["it was over"]),
]


@pytest.mark.parametrize(("text", "parts"), INDIRECT_SHAPES)
def test_indirect_shapes(nlp: Any, text: str, parts: list[str]) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote.type, [part.text for part in quote.parts]) == ("indirect", parts)
    assert quote.speaker is not None and quote.speaker.name == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    [
        'Over a million people called the "Help Now" hotline last year.',
        'The army began its "special military operation" in the spring.',
        '"Blue Skies" is a project run by volunteers in the city.',
        # A title after a naming verb, even one the parser gives a speaker.
        'Marbles does a podcast with her boyfriend Julien Solomita called "The Jenna & Julien '
        'Podcast".',
    ],
)
def test_names_and_scare_quotes_are_not_quotes(nlp: Any, text: str) -> None:
    assert [q for q in quotes_of(nlp, text) if q.type == "direct"] == []


NOT_QUOTES = [
    ("hotline name", 'Over a million people called the "I Want to Live" hotline last year.'),
    ("film title", 'The director\'s film "Gone in the Night" opened in cinemas on Friday.'),
    ("scare quote", 'The army began its "special military operation" in the spring.'),
    ("project name", '"Blue Skies" is a project run by volunteers in the city.'),
    ("single-quoted title", "The band's album 'Songs for the Road' sold well in Britain."),
    (
        "a name added to a name",
        'The agency renamed the office, adding the words "and Emergency" to its name.',
    ),
    (
        "headline titles in a source list",
        'Sources\n\n"Troops leave the city, say officials" \u2014 The Star, May 1\n\n'
        '"City council votes to rebuild the old bridge" \u2014 The Post, May 2',
    ),
]


@pytest.mark.parametrize(("case", "text"), NOT_QUOTES, ids=case_ids(NOT_QUOTES))
def test_names_titles_and_scare_quotes_are_not_direct_quotes(
    nlp: Any, case: str, text: str
) -> None:
    assert [r for r in rows_of(quotes_of(nlp, text)) if r[0] == "direct" or r[2] is not None] == []


def test_seed_direct_quotes(nlp: Any, seed: dict[str, Any]) -> None:
    quotes = quotes_of(nlp, seed["text"])
    direct = [
        (q.text[:20], q.speaker.name if q.speaker else None) for q in quotes if q.type == "direct"
    ]
    assert direct == [
        ("It's possible that m", "Mark F. Cancian"),
        ("The Ukrainian counte", "Ukrainian defense ministry"),
        ("The key moment will ", "Mark F. Cancian"),
    ]


def test_many_quotes_stay_fast(nlp: Any) -> None:
    text = '"He said \'she said "x" y\' z," he said. ' * 2000
    doc = parse(nlp, text)
    began = time.perf_counter()
    quotes = extract_quotes(doc, extract_actors(doc))
    assert time.perf_counter() - began < 1.0
    assert len(quotes) >= 2000
