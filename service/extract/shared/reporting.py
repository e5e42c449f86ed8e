"""Verbs of saying: the one list both actors and quotes read.

Quotes take them as the cue that frames a quotation; actors count the subject of one as a speaker
when weighing an actor's salience.
"""

from __future__ import annotations

from typing import Final

# Lemmas of verbs that introduce speech ("said", "told", "warned").
REPORTING_LEMMAS: Final[frozenset[str]] = frozenset(
    """acknowledge add admit announce answer argue assert claim comment complain concede confirm
    ask declare deny describe emphasise emphasize estimate explain insist note observe predict
    promise read recall remark reply report respond reveal say shout state stress suggest
    tell testify tweet urge warn write""".split()
)
