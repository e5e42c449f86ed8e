"""Transcripts: lines opening with a speaker's label in capitals ("MS. PSAKI: We will ...").

Briefings, hearings and interviews are published as transcripts, each turn a paragraph opened by
its speaker's name in capitals and a colon, and no quote marks. The turn is the speaker's words:
a direct quote. One such line may be a heading ("UPDATE: ..."), so it takes two turns to make a
transcript.
"""

from __future__ import annotations

import re
from typing import Any

from service.extract.shared.facts import Actor, Quote, Speaker
from service.extract.shared.parsing import doc_text

from .speakers import Index
from .vocab import MIN_DIRECT_WORDS, NOT_TRANSCRIPT_LABELS, TRANSCRIPT_HONORIFICS

# A label: an optional honorific, then one to four words in capitals, then a colon.
_LABEL = re.compile(
    r"^[ \t]*(?P<label>(?:(?P<honorific>[A-Z]{2,4})\.?[ \t]+)?"
    r"(?P<name>[A-Z][A-Z'\-.]+(?:[ \t]+[A-Z][A-Z'\-.]+){0,3})):[ \t]+(?P<speech>\S[^\n]*)",
    re.MULTILINE,
)
# Two labelled turns make a transcript.
MIN_TURNS = 2


def transcript_quotes(doc: Any, index: Index) -> list[Quote]:
    text = doc_text(doc)
    turns = [m for m in _LABEL.finditer(text) if _is_label(m)]
    if len(turns) < MIN_TURNS:
        return []
    quotes: list[Quote] = []
    for turn in turns:
        start, end = turn.start("speech"), turn.end("speech")
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < MIN_DIRECT_WORDS:
            continue
        speaker = _speaker(turn, index.actors)
        quotes.append(Quote(text[start:end], start, end, "direct", speaker, None))
    return quotes


def _is_label(turn: re.Match[str]) -> bool:
    honorific = turn.group("honorific")
    if honorific is not None and honorific.lower() not in TRANSCRIPT_HONORIFICS:
        return False
    words = turn.group("name").lower().replace(".", " ").split()
    return bool(words) and not any(word in NOT_TRANSCRIPT_LABELS for word in words)


def _speaker(turn: re.Match[str], actors: list[Actor]) -> Speaker:
    """The actor the label names (its full name, else its surname), or the label itself."""
    label = turn.group("label")
    words = turn.group("name").replace(".", " ").split()
    wanted = " ".join(words).lower()
    surname = words[-1].lower()
    people = [a for a in actors if a.type == "person"]
    match = next((a for a in people if a.name.lower() == wanted), None) or next(
        (a for a in people if a.name.lower().split()[-1] == surname), None
    )
    start = turn.start("label")
    if match is None:
        return Speaker(label, start, start + len(label), " ".join(w.title() for w in words))
    return Speaker(label, start, start + len(label), match.name, match.id or None)
