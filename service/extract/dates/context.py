"""What a date rule may know besides its own words: the reference, the tense, earlier mentions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from service.extract.shared.parsing import doc_text

from .resolve import Direction, resolve_month_day, resolve_month_year
from .vocab import FUTURE_VERBS

_NUMBER = r"\d+(?:\.\d+)?"


@dataclass
class Draft:
    """A normalised temporal expression before it becomes a `DateFact`.

    `start`/`end` override the rule's match when the rule keeps only part of it (the weekday in
    "Thursday night").
    """

    type: str
    value: str
    mod: str | None = None
    relative: bool = False
    start: int | None = None
    end: int | None = None
    # A second fact the same words carry ("night" in "Thursday night" is a TIME of that day).
    follow: Draft | None = None


def concrete(value: str, relative: bool = False, type_: str = "DATE") -> Draft:
    return Draft(type_, value, relative=relative)


# Modals that put a bare verb ahead of now ("can", "ca" of "can't"); not "could" or "would",
# which as often tell of the past.
_FUTURE_MODALS = frozenset({"can", "ca", "could", "may", "might", "must", "should"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _no_subject(verb: Any) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


@dataclass
class Context:
    doc: Any
    reference: date | None
    # Latest concrete value per granularity ("day", "month", "year"), for "the same month".
    memory: dict[str, str] = field(default_factory=dict)
    # The reference with its time of day, when the caller gave one ("in 5 minutes").
    now: datetime | None = None
    # A story told about years well before the reference (a biography, a history): there a
    # date without a year belongs to the year the text last named, not to the reference's.
    narrative: bool = False
    # The latest year written out as such, and where: a close anchor for a bare month in news.
    named_year: tuple[int, int] | None = None
    # The text names years before 1500 plainly ("(c. 347 – 420)"): then "in 348" is one too.
    early_years: bool = False
    _sentence_starts: list[int] | None = None

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    def direction(self, start: int, end: int) -> Direction:
        """Where a bare weekday or month points: news speaks of the past unless told otherwise."""
        return "future" if self.tense(start, end) == "future" else "past"

    def tense(self, start: int, end: int) -> str | None:
        """ "past", "future" or None (no tense marked) of the clause around [start, end)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        # The word before, over an adverb or two ("until possibly Monday").
        at = span.start - 1
        while at > 0 and span.start - at <= 2 and self.doc[at].pos_ == "ADV":
            at -= 1
        before = self.doc[at].lower_ if at >= 0 else ""
        if before in ("until", "till", "next", "coming", "upcoming"):
            return "future"
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {t.lower_ for t in aux}
        if words & {"will", "'ll", "shall", "wo"}:
            return "future"
        if verb.tag_ == "VBN" and verb.lemma_ in FUTURE_VERBS - {"be"} and words & _PRESENT_BE:
            return "future"  # "landfall is expected Thursday evening", "it is scheduled for May"
        if words & _FUTURE_MODALS and verb.tag_ == "VB" and verb.lemma_ != "be":
            # "we can't do it by Friday", "the vote may come on Monday"; not a guess about a
            # date ("it should be Tuesday").
            return "future"
        if "to" in words:
            # "is to be held", "set to begin", "expected to close": the governing verb decides.
            head = verb.head
            head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
            ahead = head_aux & {"will", *_FUTURE_MODALS}  # "could begin to feel it Wednesday"
            if words & {"is", "are", "am"} or head.lemma_ in FUTURE_VERBS or ahead:
                return "future"
        if verb.tag_ == "VBD" or any(t.tag_ == "VBD" for t in aux) or words & {"has", "have"}:
            return "past"
        if verb.tag_ == "VBG" and words & {"am", "is", "are", "'m", "'s", "'re"}:
            return "future"  # "I'm going to Italy in November": an arrangement ahead
        if before == "by":
            return "future"  # a deadline in a clause not in the past: "on his desk by July 4"
        if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not aux and _no_subject(verb):
            return "future"  # an imperative: "See you on Friday", "Meet me at 6pm on Monday"
        return None

    def remember(self, value: str, start: int = 0, relative: bool = True) -> None:
        this_year = self.reference is not None and value == str(self.reference.year)
        if (not relative or this_year) and re.fullmatch(r"\d{4}", value) and value >= "1500":
            # A year long past ("a coin from AD 70") dates a find, not the news around it. "This
            # year" ends the reach of a year named before it: after "its debut in 2015 and its
            # best stock this year", "on Oct. 4" is this year's ("the year before" is no anchor).
            self.named_year = (int(value), start)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.memory["day"] = value
            self.memory["month"] = value[:7]
            self.memory["year"] = value[:4]
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            self.memory["month"] = value
            self.memory["year"] = value[:4]
        elif re.match(r"\d{4}(?:$|-[QWSFH])", value):
            self.memory["year"] = value[:4]

    def story_year(self, offset: int | None = None) -> int | None:
        """In a narrative, the year the text last named ("in 1832 ... on 30 May"). In news, a
        year written out in the same sentence or the one before `offset`, when it is not the
        reference's ("It opened in 2019. In March it closed."). Else None."""
        year = self.memory.get("year") if self.narrative else None
        if year is not None and year.isdigit():
            return int(year)
        if offset is None or self.named_year is None or self.reference is None:
            return None
        named, at = self.named_year
        if named == self.reference.year or self._sentences_between(at, offset) > 1:
            return None
        if named < self.reference.year and self.tense(offset, offset + 1) == "future":
            return None  # "the follow-up to 2021's album will drop on May 17": ahead of now
        return named

    def _sentences_between(self, start: int, end: int) -> int:
        """How many sentence starts lie after the one holding `start`, up to `end`."""
        if self._sentence_starts is None:
            self._sentence_starts = [sent.start_char for sent in self.doc.sents]
        starts = self._sentence_starts
        return bisect_right(starts, end) - bisect_right(starts, start)

    def month_year(
        self, month: int, start: int, end: int, stated: Direction | None = None
    ) -> int | None:
        """The year of a month named without one: the story's (when no direction is stated),
        else the one the reference sees in the stated direction or the clause's tense; None
        with no reference."""
        if stated is None and (year := self.story_year(start)) is not None:
            return year
        if self.reference is None:
            return None
        return resolve_month_year(self.reference, month, stated or self.direction(start, end))

    def day_without_year(self, month: int, day: int, start: int, end: int) -> str | None:
        """A month and day the text gives no year for: in a narrative, of the year the story
        last named; else the one the reference sees in the tense of the clause around
        [start, end); "XXXX-MM-DD" with no reference. None for a day no such year has."""
        if (year := self.story_year(start)) is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        if self.reference is None:
            return f"XXXX-{month:02d}-{day:02d}"
        tense = self.tense(start, end)
        found = resolve_month_day(self.reference, month, day, "this" if tense is None else tense)  # type: ignore[arg-type]
        return found.isoformat() if found else None

    def previous(self, unit: str) -> str | None:
        """The latest concrete value of this granularity, else the reference's own."""
        if unit in self.memory:
            return self.memory[unit]
        if self.reference is None:
            return None
        return {
            "day": self.reference.isoformat(),
            "month": self.reference.strftime("%Y-%m"),
            "year": str(self.reference.year),
        }.get(unit)

    def before(self, pattern: re.Pattern[str], offset: int, width: int) -> re.Match[str] | None:
        """`pattern` (anchored with $) on the words just before `offset`, within `width`
        characters: the rules read their lead words back from the text instead of opening their
        whole-text scan on them, which keeps that scan cheap."""
        return pattern.search(self.text, max(0, offset - width), offset)

    def doc_token_at(self, offset: int) -> Any | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


# Four-digit years written as such (not "$1500", "1,200", "2018/19" halves or "1500%").
_WRITTEN_YEAR = re.compile(r"(?<![\d$£€.,/-])\b(1\d{3}|20\d{2})\b(?![.,]?\d|%)")
# A text names at least this many years before its years can say it is a story of the past,
# and half of them lie at least this many years before the reference.
_NARRATIVE_YEARS = 3
_NARRATIVE_DISTANCE = 10


def is_narrative(text: str, reference: date | None) -> bool:
    """Whether `text` tells of a time well before its reference: half the years it names are a
    decade or more before the reference's (a biography, a history), like HeidelTime's narrative
    documents. News, even news that looks back a few years, speaks of its own time."""
    years = sorted(int(y) for y in _WRITTEN_YEAR.findall(text))
    if len(years) < _NARRATIVE_YEARS:
        return False
    median = years[len(years) // 2]
    return reference is None or median <= reference.year - _NARRATIVE_DISTANCE
