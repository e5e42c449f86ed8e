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


def test_the_name_opening_a_paragraph_stays_in_one_sentence(nlp: Any) -> None:
    doc = nlp("Jared Padalecki\n\nJared Tristan Padalecki (born July 19, 1982) is an actor.")
    name = doc.text.index("Jared Tristan")
    tokens = [t for t in doc if name <= t.idx < name + len("Jared Tristan Padalecki")]
    assert len({t.sent.start for t in tokens}) == 1
