"""Word lists the quote extractor reads: reporting verbs, source nouns, quote marks."""

from __future__ import annotations

from typing import Final

# Lemmas of verbs that introduce speech ("said", "told", "warned").
REPORTING_LEMMAS: Final[frozenset[str]] = frozenset(
    """acknowledge add admit announce answer argue assert claim comment complain concede confirm
    declare deny describe emphasise emphasize estimate explain insist note observe predict
    promise read recall remark reply report respond reveal say shout state stress suggest
    tell testify tweet urge warn write""".split()
)

# Verbs that only report speech when they take a clause; with a plain object they do not
# ("the ministry reported that ..." vs "reported losses").
CLAUSE_ONLY_LEMMAS: Final[frozenset[str]] = frozenset(
    {
        "describe",
        "estimate",
        "predict",
        "promise",
        "read",
        "recall",
        "report",
        "reveal",
        "urge",
        "write",
    }
)

# Nouns that stand for the one who issued them ("the statement said" -> its author).
SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    """announcement communique letter memo post press release report source spokesman
    spokesperson spokeswoman statement tweet""".split()
)

PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them"})

# Opening mark -> closing mark. Straight quotes open and close alike.
QUOTE_PAIRS: Final[dict[str, str]] = {
    '"': '"',
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201c",
}
CLOSING_MARKS: Final[frozenset[str]] = frozenset({'"', "\u201d", "\u00bb", "\u201c"})

# A quoted span shorter than this (in words) is a name, title or scare quote unless a
# reporting verb claims it.
MIN_DIRECT_WORDS: Final[int] = 4
