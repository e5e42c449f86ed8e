"""The publication date an article states about itself: a dateline or a line that is only a date.

Read with the calendar rules' own full-date patterns, so "Updated 4/8/2023" and a dateline
"May 7, 2015" mean what they mean in the body.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from service.extract.shared.parsing import doc_text

from . import rules  # noqa: F401  (importing it registers every rule family)
from .context import Context
from .registry import RULES, Rule

_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PUBLICATION_CUE = re.compile(r"\b(published|posted|updated|update|last modified)\b", re.I)


def find_publication_date(doc: Any) -> date | None:
    """A publication date written in the text: a dateline or a line that is only a date.

    Conservative: only full dates (with a year) count, on the first lines, or on the last lines
    when a cue says so (page chrome puts "Updated 4/8/2023" under the story).
    """
    best: date | None = None
    for line in doc_text(doc)[:1500].splitlines()[:12]:
        stripped = line.strip()
        if not stripped:
            continue
        day = _full_date_in(stripped)
        if day is None:
            continue
        if _PUBLICATION_CUE.search(stripped):
            return day
        remainder = _DATE_WORDS.sub("", stripped)
        if best is None and len(remainder.strip(" ,.|-—:")) < 3:
            best = day
    if best is None:
        for line in doc_text(doc)[-1500:].splitlines()[-12:]:
            day = _full_date_in(line) if _PUBLICATION_CUE.search(line) else None
            if day is not None:
                return day
    return best


_FULL_DATE_RULES = ("month_day", "day_month", "numeric_date", "iso_date")
_DATE_WORDS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+"
    r"\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)


def _full_date_in(line: str) -> date | None:
    if not any(c.isdigit() for c in line):
        return None  # a full date has its year (or all of it) in digits
    for rule in _full_date_rules():
        for m in rule.pattern.finditer(line):
            if rule.name in ("month_day", "day_month") and not m["year"]:
                continue
            draft = rule.handler(m, _NO_CONTEXT)
            if draft is not None and _DAY_VALUE.match(draft.value):
                return date.fromisoformat(draft.value)
    return None


@cache
def _full_date_rules() -> list[Rule]:
    return [rule for rule in RULES if rule.name in _FULL_DATE_RULES]


class _NoDoc:
    """Stands in for a Doc where a full date needs no parse (its handlers never read one)."""

    text = ""


_NO_CONTEXT = Context(_NoDoc(), None)
