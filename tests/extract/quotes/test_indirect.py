"""Indirect quotes without marks (quotes/indirect.py): "X said (that) ...", "according to X"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quotes.helpers import (
    Row,
    assert_cases,
    case_ids,
    quotes_of,
    rows_of,
    summaries_of,
)

REPORTED_CLAUSES = [
    (
        "a wire dateline opening the paragraph is not said",
        "Jan 2 (Reuters) \u2013 Pro rally driver Ken Block died aged 55 after a snowmobile "
        "accident, his team Hoonigan Racing said on Monday.",
        [
            (
                "indirect",
                "Pro rally driver Ken Block died aged 55 after a snowmobile accident",
                "Hoonigan Racing",
            )
        ],
    ),
    (
        "indirect: according to X, X's own report is kept instead",
        "According to the Daily Post, Ben Stone said the bridge would reopen in the spring.",
        [("indirect", "the bridge would reopen in the spring", "Ben Stone")],
    ),
    (
        "indirect: said that",
        "Paul Grant said in an interview that prices would rise next year.",
        [("indirect", "prices would rise next year", "Paul Grant")],
    ),
    (
        "indirect: said without that",
        "Maria Costa said the factory would close by the end of the year.",
        [("indirect", "the factory would close by the end of the year", "Maria Costa")],
    ),
    (
        "indirect: according to X, after the clause",
        "Prices rose by a third in the last year, according to Peter Holm.",
        [("indirect", "Prices rose by a third in the last year", "Peter Holm")],
    ),
    (
        "indirect: according to X, before the clause",
        "According to Peter Holm, prices rose by a third in the last year.",
        [("indirect", "prices rose by a third in the last year", "Peter Holm")],
    ),
    (
        "indirect: told a newspaper",
        "Anna Berg told Newsweek that the army was running out of shells.",
        [("indirect", "the army was running out of shells", "Anna Berg")],
    ),
    (
        "indirect: warned",
        "David Moss warned that the dam could fail within days.",
        [("indirect", "the dam could fail within days", "David Moss")],
    ),
    (
        "indirect: claimed",
        "Lucy Hale claimed that the vote had been rigged from the start.",
        [("indirect", "the vote had been rigged from the start", "Lucy Hale")],
    ),
    (
        "indirect: stated",
        "Omar Reza stated that the talks had failed after two days.",
        [("indirect", "the talks had failed after two days", "Omar Reza")],
    ),
    (
        "indirect: added",
        "Omar Reza spoke first. He added that the talks had failed after two days.",
        [("indirect", "the talks had failed after two days", "Omar Reza")],
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), REPORTED_CLAUSES, ids=case_ids(REPORTED_CLAUSES)
)
def test_reported_clauses(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


def test_according_to_content_is_the_reported_clause(nlp: Any) -> None:
    text = "Prices rose by a third in the last year, according to Peter Holm.\nNews in brief"
    rows = [r for r in rows_of(quotes_of(nlp, text)) if r[0] == "indirect"]
    assert rows == [("indirect", "Prices rose by a third in the last year", "Peter Holm")]


def test_reported_clause_stops_at_the_paragraph(nlp: Any) -> None:
    text = "Woman claims the church held her for years\n\nMonday, May 4, 2020\n\nShe left."
    for quote in quotes_of(nlp, text):
        assert "\n" not in quote.text


def test_the_reported_clause_is_the_only_quote_and_keeps_its_cue(nlp: Any) -> None:
    text = "Paul Grant said in an interview that prices would rise next year."
    assert summaries_of(nlp, text) == [
        ("prices would rise next year", "indirect", "Paul Grant", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prices continued to rise through the winter, the data showed.",
        "The mayor joked about the weather before the vote.",
    ],
)
def test_verbs_of_manner_report_no_clause(nlp: Any, text: str) -> None:
    assert [r for r in rows_of(quotes_of(nlp, text)) if r[0] == "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether he would run again, John Smith said: "Maybe next year."',
        "Told that the plan had failed, Jane Doe resigned on Monday.",
        "When asked whether he would run again, John Smith smiled.",
    ],
)
def test_what_was_said_to_the_subject_is_not_the_subjects_report(nlp: Any, text: str) -> None:
    # The subject was asked or told; who asked or told is not named.
    assert [r for r in rows_of(quotes_of(nlp, text)) if r[0] == "indirect"] == []


def test_a_question_the_subject_asks_is_theirs(nlp: Any) -> None:
    text = "Jane Doe asked whether the plan would work at all."
    assert [r[0] for r in rows_of(quotes_of(nlp, text))] == ["indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "It is said that the river is polluted beyond repair.",
        "It was reported on Monday that the mayor had resigned from office.",
    ],
)
def test_an_impersonal_report_has_no_speaker_and_gives_no_quote(nlp: Any, text: str) -> None:
    assert rows_of(quotes_of(nlp, text)) == []
