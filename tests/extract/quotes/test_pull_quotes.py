"""Pull quotes (quotes/pull_quotes.py): a paragraph of a person's words signed with a bare name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quotes.helpers import (
    Row,
    assert_cases,
    case_ids,
)

PULL_QUOTES = [
    (
        "pull quote: a paragraph signed with a bare name",
        "Maria Lopez left the group in 2001.\n\n"
        "I was told to leave my family and never speak to them again. Maria Lopez\n\n"
        "She now lives in Spain.",
        [("direct", "I was told to leave my family and never speak to them again.", "Maria Lopez")],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), PULL_QUOTES, ids=case_ids(PULL_QUOTES))
def test_pull_quotes(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)
