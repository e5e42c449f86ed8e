"""The records the extractors produce: plain dataclasses, shaped like the contract's JSON.

Extractors fill every field except `id`, which the pipeline assigns once all facts of a kind are
known (ids follow order of first appearance, so the same input always gets the same ids).
Offsets are Python string indices into the analysed text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["person", "organization", "location", "group"]
MentionKind = Literal["name", "pronoun", "nominal"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuantityKind = Literal["count", "percent", "money", "measure", "age"]
QuoteType = Literal["direct", "partial", "indirect"]
Qualifier = Literal["approximately", "more than", "less than", "at least", "at most", "up to"]


@dataclass(frozen=True)
class Span:
    """A stretch of the analysed text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention(Span):
    """One place where an actor is named or referred to."""

    kind: MentionKind = "name"


@dataclass
class Actor:
    name: str
    type: ActorType
    label: str
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    salience: float = 0.0
    id: str = ""
    # The organisation the text ties a person to ("Environment Canada spokeswoman X", "X,
    # founder of wikiHow"): not in the contract; it tells whose "we" a person's quote speaks.
    organisation: Actor | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass(frozen=True)
class DateRange:
    """Concrete first and last day (ISO dates) covered by a DATE or TIME value."""

    start: str
    end: str


@dataclass
class DateFact:
    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    range: DateRange | None = None
    relative: bool = False
    id: str = ""


@dataclass(frozen=True)
class NumberRange:
    low: float
    high: float


@dataclass(frozen=True)
class Change:
    """Which way a quantity moved, as far as the text says."""

    direction: Literal["increase", "decrease"]
    factor: float | None = None
    delta: float | None = None


@dataclass
class Quantity:
    text: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: QuantityKind
    qualifier: Qualifier | None = None
    range: NumberRange | None = None
    change: Change | None = None
    per: str | None = None
    id: str = ""


@dataclass(frozen=True)
class Speaker:
    """Who says a quote: the local mention and, when resolved, the actor."""

    text: str
    start: int
    end: int
    name: str
    actor_id: str | None = None


@dataclass
class Quote:
    """`start`/`end`/`text` run from the first quoted piece to the last; `parts` are the pieces
    (one, unless the quote is interrupted by its attribution or runs over paragraphs)."""

    text: str
    start: int
    end: int
    type: QuoteType
    speaker: Speaker | None = None
    cue: Span | None = None
    id: str = ""
    parts: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [Span(self.start, self.end, self.text)]
