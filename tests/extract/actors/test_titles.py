"""Titles written before or after a name (actors/titles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.actors.helpers import actors_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Russian President Vladimir Putin visited Minsk on Monday.",
            "Vladimir Putin",
            "Russian President",
        ),
        # An abbreviated title.
        (
            "Indiana Gov. Mike Pence isn't saying whether he would have signed the bill.",
            "Mike Pence",
            "Indiana Gov.",
        ),
        (
            "Mark Jones, a senior adviser at the Brookings Institution, "
            "told reporters it was over.",
            "Mark Jones",
            "senior adviser at the Brookings Institution",
        ),
        (
            "Anna Petrova, spokesperson for the city council, said the road would reopen.",
            "Anna Petrova",
            "spokesperson for the city council",
        ),
    ],
)
def test_titles(nlp: Any, text: str, name: str, title: str) -> None:
    actors = actors_by_name(nlp, text)
    assert title in actors[name].titles


def test_title_from_be_after_a_heading(nlp: Any) -> None:
    text = "About the writer\nFatma Jones is a Newsweek weekend reporter based in New York City."
    actors = actors_by_name(nlp, text)
    assert "Newsweek weekend reporter" in actors["Fatma Jones"].titles
