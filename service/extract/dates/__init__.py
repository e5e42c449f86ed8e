"""Dates: temporal expressions as TIMEX3 values, relative ones resolved on a reference date.

The stages of `extractor.extract_dates`:

1. Match: every rule in `registry` (a pattern and a handler) scans the text; the rules live in
   `rules/`, one module per family of expressions, each with its examples in
   `tests/extract/dates/rules/`. `literals` skips a rule whose words the text lacks. The
   longest non-overlapping matches win.
2. Read: the handlers run in text order over a `context.Context` (the reference, the tense,
   the dates named so far, whether the text is a story of long ago) and return
   `context.Draft`s; `resolve` does the calendar arithmetic, `calendars` looks holidays up in the
   `holidays` package.
3. Join: `compose` makes one fact of neighbours the text presents as one (ranges, a day and its
   time); `offsets` counts days from another day ("three days after May 2").
4. Qualify: "about", "the end of" and the like before a fact become its mod (`extractor`).

`publication` finds the date an article states about itself, the reference when the caller gives
none. Word lists live in `vocab`; regex pieces that many rules share in `patterns`.
"""

from .extractor import extract_dates
from .publication import find_publication_date

__all__ = ["extract_dates", "find_publication_date"]
