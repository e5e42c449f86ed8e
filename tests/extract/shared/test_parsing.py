"""The one parse (shared/parsing.py): a blank line ends a sentence."""

from __future__ import annotations

from typing import Any


def test_a_blank_line_ends_a_sentence(nlp: Any) -> None:
    doc = nlp("Political activist Noam Chomsky\n\nNoam Chomsky is a professor at MIT.")
    starts = [sent.text.strip() for sent in doc.sents]
    assert starts[-1] == "Noam Chomsky is a professor at MIT."


def test_one_line_break_is_left_to_the_parser(nlp: Any) -> None:
    doc = nlp("He said the plan\nwould fail.")
    assert len(list(doc.sents)) == 1
