"""Transcripts: each labelled turn is its speaker's direct quote (quotes/transcripts.py)."""

from __future__ import annotations

from typing import Any

from tests.extract.quotes.helpers import quotes_of

BRIEFING = """White House press secretary Jen Psaki took questions on Monday.

MS. PSAKI: We have to look at the numbers again before we decide anything.
REPORTER: Will the President sign the bill this week?
MS. PSAKI: He will sign it as soon as it reaches his desk, and not a day later.
"""


def test_each_turn_is_its_speakers_direct_quote(nlp: Any) -> None:
    rows = [
        (q.type, q.text, q.speaker.name if q.speaker else None) for q in quotes_of(nlp, BRIEFING)
    ]
    assert rows == [
        ("direct", "We have to look at the numbers again before we decide anything.", "Jen Psaki"),
        ("direct", "Will the President sign the bill this week?", "Reporter"),
        (
            "direct",
            "He will sign it as soon as it reaches his desk, and not a day later.",
            "Jen Psaki",
        ),
    ]


def test_one_label_or_a_heading_makes_no_transcript(nlp: Any) -> None:
    text = (
        "UPDATE: The vote was moved to Friday after a long debate.\n"
        "PHOTO: Lawmakers leave the chamber after the debate on Monday.\n"
        "MS. PSAKI: We have to look at the numbers again before we decide anything."
    )
    assert quotes_of(nlp, text) == []
