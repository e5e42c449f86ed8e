"""Question-and-answer interviews: the answers' I and the questions' you (actors/interviews.py)."""

from __future__ import annotations

from typing import Any

from tests.extract.actors.helpers import actor_named, mention_pairs

INTERVIEW = """Wikinews interviews biologist Nick Bos

Nick Bos studies ants at the University of Helsinki.

What first attracted you to ants?

I kept ants as a student, and my professor let me study them.

How long does an experiment take?

It took me two years to finish the last one.
"""


def test_answers_say_i_and_questions_say_you_for_the_interviewee(nlp: Any) -> None:
    pairs = mention_pairs(actor_named(nlp, INTERVIEW, "Nick Bos"))
    pronouns = [text for text, kind in pairs if kind == "pronoun"]
    assert pronouns == ["you", "I", "my", "me", "me"]


def test_one_question_is_no_interview(nlp: Any) -> None:
    text = "Nick Bos studies ants.\n\nWhat do ants eat?\n\nI asked Nick Bos that on Monday."
    pairs = mention_pairs(actor_named(nlp, text, "Nick Bos"))
    assert ("I", "pronoun") not in pairs


def test_the_person_interviewed_is_the_interviewee_though_others_are_named_more(
    nlp: Any,
) -> None:
    text = """Wikinews interviews Maria Daly on a new sea anemone

Frank Rack found the anemone. Frank Rack sent it to Ohio, and Frank Rack waited.

What was your first reaction?

I was amazed.

How long did the work take?

It took me two years.
"""
    pairs = mention_pairs(actor_named(nlp, text, "Maria Daly"))
    assert [text for text, kind in pairs if kind == "pronoun"] == ["your", "I", "me"]
