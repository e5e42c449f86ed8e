"""Pairing quote marks (shared/marks.py): every mark style, apostrophes left alone, a quote over
several paragraphs."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.shared.marks import pair_marks
from tests.extract.quotes.helpers import (
    LD,
    LS,
    RD,
    RS,
    Row,
    assert_cases,
    case_ids,
    quotes_of,
)

MARK_STYLES = [
    (
        "straight",
        '"We will rebuild the bridge by spring," Mayor Anna Petrova told reporters.',
        [("direct", "We will rebuild the bridge by spring,", "Anna Petrova")],
    ),
    (
        "curly",
        f"John Carter spoke at the rally. {LD}The plan is working and people can see it,{RD} "
        "he said.",
        [("direct", "The plan is working and people can see it,", "John Carter")],
    ),
    (
        "guillemets",
        "\u00abThe talks were useful and honest,\u00bb said Olaf Berg, the foreign minister.",
        [("direct", "The talks were useful and honest,", "Olaf Berg")],
    ),
    (
        "british curly single, apostrophes inside",
        f"Rachel Hart, Britain{RS}s finance minister, said: {LS}The country{RS}s debts aren{RS}t "
        f"going away, and the markets{RS} patience is thin.{RS}",
        [
            (
                "direct",
                f"The country{RS}s debts aren{RS}t going away, and the markets{RS} patience is "
                "thin.",
                "Rachel Hart",
            )
        ],
    ),
    (
        "british straight single, apostrophes inside",
        "'It's the workers' money we're spending every single day,' said Tom Dyer.",
        [("direct", "It's the workers' money we're spending every single day,", "Tom Dyer")],
    ),
    (
        "british single, quote nested in double",
        f"{LS}He told me {LD}never again{RD} and he meant it,{RS} said Ruth Kaye.",
        [("direct", f"He told me {LD}never again{RD} and he meant it,", "Ruth Kaye")],
    ),
    (
        "doubled single marks, apostrophes inside",
        "''It's the town's future we're fighting for,'' Mayor John Smith said on Monday.",
        [("direct", "It's the town's future we're fighting for,", "John Smith")],
    ),
    (
        "backticks and doubled single marks",
        "``We will not give up the fight for the town,'' Mayor John Smith said on Monday.",
        [("direct", "We will not give up the fight for the town,", "John Smith")],
    ),
    (
        "a possessive between the quote and its verb",
        '"We will not give up the fight for the town," Obama\'s spokesman Josh Earnest said.',
        [("direct", "We will not give up the fight for the town,", "Josh Earnest")],
    ),
    (
        "the closing mark after a line break",
        '"We will not give up the fight for the town,\n" John Smith said.',
        [("direct", "We will not give up the fight for the town,", "John Smith")],
    ),
    (
        "a stray closing mark before the quote",
        'He left when a young girl," the family said. "It was wonderful there", Moreau said.',
        [("direct", "It was wonderful there", "Moreau")],
    ),
    (
        "apostrophes never open a quote",
        "Bill Haley's rock 'n' roll band played in the '50s at Russia's border. "
        "'We never stopped playing for a single night,' said Joan Price.",
        [("direct", "We never stopped playing for a single night,", "Joan Price")],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), MARK_STYLES, ids=case_ids(MARK_STYLES))
def test_mark_styles(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


PARAGRAPHS = [
    (
        "multi-paragraph: opening mark on each paragraph, closing one at the end",
        'Tom Reed said: "The first part of the plan is done.\n\n'
        '"The second part starts next week and will take a year."',
        [
            (
                "direct",
                "The first part of the plan is done.\n\n"
                '"The second part starts next week and will take a year.',
                "Tom reed".title(),
            )
        ],
    ),
    (
        "multi-paragraph in british single quotes",
        f"Ann Cole said: {LS}The first stage is over now.\n{LS}The second stage starts next week "
        f"and it{RS}s harder.{RS}",
        [
            (
                "direct",
                f"The first stage is over now.\n{LS}The second stage starts next week and it{RS}s "
                "harder.",
                "Ann Cole",
            )
        ],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), PARAGRAPHS, ids=case_ids(PARAGRAPHS))
def test_quotes_over_paragraphs(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


def test_multi_paragraph_quote_is_one(nlp: Any) -> None:
    text = (
        'Tom Reed said: "The first part of the plan is done.\n\n'
        '"The second part starts next week and will take a year."'
    )
    quotes = quotes_of(nlp, text)
    assert [
        (q.type, q.text.startswith("The first"), q.text.endswith("a year.")) for q in quotes
    ] == [("direct", True, True)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ('Russia\'s army said "go" and "stop".', [("go",), ("stop",)]),
        ("\u00abBonjour tout le monde\u00bb, said Jean.", [("Bonjour tout le monde",)]),
        ('An "unclosed quote\nin a new paragraph.', []),
        # A lone doubled mark is inches, not a quote.
        ("A 5'' screen and a 7'' one, \"a real quote\" too.", [("a real quote",)]),
        ("He said: ''One.\n''Two,'' he added.", [("One.\n''Two,",)]),
        # A stray closing mark (a typo, or a quote cut short) opens nothing, so the quotes after
        # it keep their own marks.
        (
            'As a girl," the family moved. "It was wonderful there", she said. "Yes".',
            [("It was wonderful there",), ("Yes",)],
        ),
        ('He called it "good," and "fair".', [("good,",), ("fair",)]),
        # An opening mark typed for the closing one, glued to the last word, closes.
        (
            "\u201cWe are open to diplomacy,\u201d he said. "
            "\u201cWe will protect our people\u201c.",
            [("We are open to diplomacy,",), ("We will protect our people",)],
        ),
        ('("Quoted") and a "plain" one.', [("Quoted",), ("plain",)]),
    ],
)
def test_pair_marks(text: str, pairs: list[tuple[str]]) -> None:
    assert [(text[m.start : m.end],) for m in pair_marks(text)] == pairs
