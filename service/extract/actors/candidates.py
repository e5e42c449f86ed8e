"""The record every stage of the actors extractor passes on: one surface mention of a name."""

from __future__ import annotations

from dataclasses import dataclass

from service.extract.shared.facts import ActorType


@dataclass
class Candidate:
    """One surface mention of a would-be actor, in token and character offsets."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    label: str
    type: ActorType
    # Built from a possessive place ("Norway's ministry"): a poor canonical name.
    derived: bool = False
    # The longer form the text wrote, when a place before the name was cut off ("US Coast Guard").
    alias: str | None = None
