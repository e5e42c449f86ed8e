"""Dates: temporal expressions as TIMEX3 values, relative ones anchored on the article date.

Candidates come from the rule families in `rules` (regular expressions over the text, checked
against the spaCy parse where a word is ambiguous). The longest non-overlapping candidates win;
their handlers then run in text order so that "the same month" can see the month named before
it. Clock times take the date of their sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from service.extract.shared.facts import DateFact, DateRange
from service.extract.shared.parsing import doc_text

from . import rules  # noqa: F401  (importing it registers every rule family)
from .compose import compose
from .context import Context, Draft, is_narrative
from .literals import fold
from .registry import RULES, Rule
from .resolve import value_range
from .rules.early_years import names_early_years
from .vocab import MOD_WORDS

# Qualifiers read off the words just before a fact; which kinds of fact each may qualify.
_MOD_BEFORE = re.compile(
    rf"\b(?P<mod>{'|'.join(sorted(map(re.escape, MOD_WORDS), key=len, reverse=True))})[\s-]+$",
    re.IGNORECASE,
)
_EXTENT_MODS = frozenset({"MORE_THAN", "LESS_THAN", "APPROX"})
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


def extract_dates(doc: Any, *, reference: date | datetime | None) -> list[DateFact]:
    """Return the temporal expressions in `doc`, relative ones resolved against `reference`."""
    anchor = reference.date() if isinstance(reference, datetime) else reference
    now = reference if isinstance(reference, datetime) else None
    text = doc_text(doc)
    named = names_early_years(text)
    early = named is not None
    chosen = _choose_candidates(doc, anchor, now, early)
    # A text that dates a life or a day before 1500 tells a history, however few of its years
    # have four digits: a date without a year there belongs to the year it last named. (An era
    # year alone, "a coin from AD 347", may be news of a find.)
    narrative = named == "dated" or is_narrative(text, anchor)
    ctx = Context(doc, anchor, now=now, narrative=narrative, early_years=early)
    drafts: list[tuple[int, int, Draft]] = []
    for candidate in chosen:
        draft = candidate.rule.handler(candidate.match, ctx)
        if draft is None:
            continue
        start = candidate.start if draft.start is None else draft.start
        end = candidate.end if draft.end is None else draft.end
        if draft.type == "DATE":
            ctx.remember(draft.value, start, draft.relative)
        if start < candidate.start:
            # A rule that read words back ("ten minutes" of "ten minutes past 6pm") takes over
            # what another rule made of them.
            drafts = [d for d in drafts if not (start <= d[0] and d[1] <= candidate.start)]
        if drafts and start < drafts[-1][1] and drafts[-1][0] < candidate.start:
            continue  # read on by the fact before ("now" of "three days from now")
        drafts.append((start, end, draft))
        if draft.follow is not None:
            drafts.append((draft.follow.start or end, draft.follow.end or end, draft.follow))
    facts = [_to_fact(ctx, start, end, draft, drafts) for start, end, draft in drafts]
    return _boundary_days(text, _apply_qualifiers(text, compose(text, facts, anchor)))


def _choose_candidates(
    doc: Any, anchor: date | None, now: datetime | None, early: bool
) -> list[_Candidate]:
    """The longest matches that a handler accepts, without overlaps, in text order."""
    probe = Context(doc, anchor, now=now, early_years=early)
    text = doc_text(doc)
    folded = fold(text)  # rules whose trigger words are absent skip the scan
    found = [
        _Candidate(m.start(), m.end(), order, rule, m)
        for order, rule in enumerate(RULES)
        if rule.may_match(folded)
        for m in rule.pattern.finditer(text)
        if m.end() > m.start()
    ]
    found.sort(key=lambda c: (c.start - c.end, c.start, c.order))
    taken: list[_Candidate] = []
    for candidate in found:
        if any(c.start < candidate.end and candidate.start < c.end for c in taken):
            continue
        if candidate.rule.handler(candidate.match, probe) is not None:
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _to_fact(
    ctx: Context,
    start: int,
    end: int,
    draft: Draft,
    drafts: list[tuple[int, int, Draft]],
) -> DateFact:
    doc, anchor = ctx.doc, ctx.reference
    value, relative = draft.value, draft.relative
    if draft.type == "TIME" and value.startswith("T"):
        day = _day_of_sentence(doc, start, drafts) or _past_day_before(ctx, start, end, drafts)
        if day is not None:
            value, relative = day.value + value, day.relative
        elif anchor is not None:
            value, relative = anchor.isoformat() + value, True
        else:
            value, relative = "XXXX-XX-XX" + value, True
    concrete = draft.type in ("DATE", "TIME")
    span = value_range(value) if concrete else None
    return DateFact(
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        type=draft.type,  # type: ignore[arg-type]
        value=value,
        mod=draft.mod,
        range=span,
        relative=relative,
    )


# How far back on its line a clock time may find its day outside its own sentence ("Update
# 4/8/2023, 5:55 p.m. ET", which the parser may cut in two); further back is another story.
_LINE_REACH = 40


def _past_day_before(
    ctx: Context, start: int, end: int, drafts: list[tuple[int, int, Draft]]
) -> Draft | None:
    """ "A man was arrested Thursday afternoon ... He is set to be arraigned Friday ... The
    incident began around 8:30 a.m.": a clock time told in the past, with no day of its own,
    is on the latest day named before it that is not after the reference."""
    if ctx.reference is None or ctx.tense(start, end) != "past":
        return None
    today = ctx.reference.isoformat()
    days = [
        (s, e, d)
        for s, e, d in drafts
        if s < start and d.type == "DATE" and _DAY_VALUE.match(d.value) and d.value <= today
    ]
    # Not a day the text looks ahead to ("is set to be arraigned at 1 p.m. Friday").
    told = [d for s, e, d in days if ctx.tense(s, e) != "future"]
    return told[-1] if told else None


def _day_of_sentence(doc: Any, start: int, drafts: list[tuple[int, int, Draft]]) -> Draft | None:
    """The concrete day named in the same sentence as a clock time (or just before it on its
    line), nearest first."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    low, high = sentence.start_char, sentence.end_char
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    # Not across a line break, where the parser ran two lines into one sentence.
    low = max(line_start, min(low, start - _LINE_REACH))
    line_end = text.find("\n", start)
    high = high if line_end < 0 else min(high, line_end)
    days = [
        (abs(s - start) + (0 if s < start else 1), d)
        for s, _e, d in drafts
        if low <= s < high and d.type == "DATE" and _DAY_VALUE.match(d.value)
    ]
    return min(days, key=lambda pair: pair[0])[1] if days else None


def _apply_qualifiers(text: str, facts: list[DateFact]) -> list[DateFact]:
    """Fold "more than", "about", "the end of" ... just before a fact into the fact as its mod."""
    previous_end = 0
    for fact in facts:
        window = text[max(previous_end, fact.start - 20) : fact.start]
        match = _MOD_BEFORE.search(window)
        if match and fact.mod is None:
            mod = MOD_WORDS[re.sub(r"\s+", " ", match["mod"].lower())]
            fits = fact.type == "DURATION" if mod in _EXTENT_MODS else fact.type == "DATE"
            if mod == "MORE_THAN" and match["mod"].lower() == "over" and fact.text[:4] == "the ":
                fits = False  # "over the past year" is a span of time, not "more than"
            if fits:
                fact.start -= len(window) - match.start()
                fact.text = text[fact.start : fact.end]
                fact.mod = mod
        previous_end = fact.end
    return facts


# A word that makes "the start of the year" the point a count starts from: its first day.
# Deadlines ("by the end of the year") keep the year with mod END, as TimeML corpora write them.
_BOUNDARY_BEFORE = re.compile(r"\b(?:since|from|starting)[^\S\n]+$", re.I)
_PERIOD_VALUE = re.compile(r"^\d{4}(?:-\d{2})?$")


def _boundary_days(text: str, facts: list[DateFact]) -> list[DateFact]:
    """ "since the start of this year" counts from 1 January."""
    for fact in facts:
        if fact.mod != "START" or fact.range is None:
            continue
        if not _PERIOD_VALUE.match(fact.value) or not fact.text.lower().startswith("the "):
            continue
        if _BOUNDARY_BEFORE.search(text, max(0, fact.start - 8), fact.start) is None:
            continue
        day = fact.range.start
        fact.value, fact.mod, fact.range = day, None, DateRange(day, day)
    return facts
