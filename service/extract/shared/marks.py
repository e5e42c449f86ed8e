"""Pairing quote marks: double, guillemets and single (British style), apostrophes left alone.

Shared because quotes are built on the pairs and pronoun resolution asks whether a word stands
inside quoted speech; `quote_marks` pairs a document's marks once for both.

A double mark or guillemet pairs with the next closing mark of its kind in the same paragraph.
A single mark is also an apostrophe ("Russia's", "rock 'n' roll", "the workers' pay"), so a single
quote opens only at the start of a word and closes only at the end of one, and is kept only when
its closing mark is found. A paragraph that opens with the mark of a quote left open continues it
(news style: every paragraph of a long quote opens with a mark, only the last one closes).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Final

from .parsing import doc_text

# Opening mark -> closing mark. Straight quotes open and close alike; German „...“ closes with
# the mark English opens with.
QUOTE_PAIRS: Final[dict[str, str]] = {
    '"': '"',
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201c",
    "\u2039": "\u203a",
}
CLOSING_MARKS: Final[frozenset[str]] = frozenset(
    {'"', "\u201d", "\u00bb", "\u201c", "\u203a", "'", "\u2019"}
)

# Single quotes (British style, and quotes inside quotes). Their marks double as apostrophes,
# so they are paired by stricter rules (below).
SINGLE_PAIRS: Final[dict[str, str]] = {"'": "'", "\u2018": "\u2019"}
# What may stand right before an opening single mark besides a space: brackets, dashes, slashes
# and opening double marks ("\u201c\u2018Yes\u2019 is not an answer\u201d").
SINGLE_QUOTE_BEFORE: Final[str] = '([{\u2014\u2013-/"\u201c\u00ab'
# What may stand right after a closing single mark besides a space: punctuation and closing marks.
SINGLE_QUOTE_AFTER: Final[str] = '.,;:!?)]}\u2014\u2013-"\u201d\u00bb\u2026'
# Words that start with an apostrophe: rock 'n' roll, 'em, 'til, 'tis; a digit after the mark
# ('90s) is an elision too. None of them opens a quote.
ELISIONS: Final[tuple[str, ...]] = ("n", "em", "til", "tis", "twas", "cause", "bout", "round")

# A single quote continued over more paragraphs than this is a run of apostrophes, not a quote.
_MAX_PARAGRAPHS = 10
_ELISION = re.compile(rf"(?i)(?:{'|'.join(ELISIONS)})(?![a-z])|\d")
# Blank space between paragraphs of one quote is short; a longer run ends the quote.
_SPACE_REACH = 200
_SINGLES = "".join(set(SINGLE_PAIRS.values()))
_SINGLE_CLOSER = re.compile(f"[{re.escape(_SINGLES)}]")
# The only characters pair_marks acts on; the scan jumps from one to the next.
_MARK_OR_BREAK = re.compile(
    f"[\n{re.escape(''.join(sorted({*QUOTE_PAIRS, *QUOTE_PAIRS.values(), *SINGLE_PAIRS})))}]"
)
_LINE_BREAK = re.compile("\n")


@dataclass
class Marked:
    """One pair of marks: positions of the marks and of the content between them; `pieces` are
    the quoted stretches of the content (one per paragraph of a quote that runs over several)."""

    open: int
    close: int
    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)


class Marks:
    """The pairs of a text in order; they never overlap, so position lookups are binary searches."""

    def __init__(self, pairs: list[Marked]) -> None:
        self.pairs = pairs
        self._opens = [m.open for m in pairs]
        self._closes = [m.close for m in pairs]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)

    def holding(self, pos: int) -> Marked | None:
        """The pair whose marks enclose `pos` (marks included)."""
        i = bisect_right(self._opens, pos) - 1
        return self.pairs[i] if i >= 0 and pos <= self.pairs[i].close else None

    def meets(self, start: int, end: int) -> bool:
        """Some pair overlaps the stretch [start, end)."""
        i = bisect_left(self._closes, start)
        return i < len(self.pairs) and self.pairs[i].open < end

    def within(self, start: int, end: int) -> list[Marked]:
        """The pairs that overlap [start, end)."""
        i = bisect_left(self._closes, start)
        found: list[Marked] = []
        while i < len(self.pairs) and self.pairs[i].open < end:
            found.append(self.pairs[i])
            i += 1
        return found

    def covered(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie within pairs, marks included."""
        return sum(
            max(0, min(end, pair.close + 1) - max(start, pair.open))
            for pair in self.within(start, end)
        )


def line_breaks(text: str) -> list[int]:
    """Positions of the line breaks in `text`, in order."""
    return [found.start() for found in _LINE_BREAK.finditer(text)]


def pair_marks(text: str) -> list[Marked]:
    """Pair opening and closing marks; a paragraph opening with a mark continues an open quote.
    Doubled single marks (''...'', ``...'') count as double marks."""
    text = _doubled_as_double(text)
    pairs: list[Marked] = []
    closers: dict[str, list[int]] = {ch: [] for ch in _SINGLES}
    for mark in _SINGLE_CLOSER.finditer(text):
        if _closes_single(text, mark.start()):
            closers[mark.group()].append(mark.start())
    breaks = line_breaks(text)
    opened: int | None = None
    closer = ""
    pos = 0
    while pos < len(text):
        found = _MARK_OR_BREAK.search(text, pos)
        if found is None:
            break
        pos = found.start()
        ch = text[pos]
        if opened is not None:
            if ch == "\n":
                nxt = _skip_space(text, pos)
                if nxt < len(text) and text[nxt] == closer and _closes_after_break(text, nxt):
                    _add(pairs, text, opened, nxt)  # '"... the town,\n" he said'
                    opened, pos = None, nxt + 1
                    continue
                if nxt < len(text) and text[nxt] == text[opened]:
                    pos = nxt + 1
                    continue
                opened = None
            elif ch == closer or ch == text[opened] and _glued_closing(text, pos):
                # ... and an opening mark typed for the closing one, glued to the last word
                # ('protect our country and our people“.')
                _add(pairs, text, opened, pos)
                opened = None
        elif ch in SINGLE_PAIRS and _opens_single(text, pos):
            close = _single_close(text, pos, closers[SINGLE_PAIRS[ch]], breaks)
            if close is not None:
                _add(pairs, text, pos, close)
                pos = close
        elif ch in QUOTE_PAIRS and not _stray_closer(text, pos):
            opened, closer = pos, QUOTE_PAIRS[ch]
        pos += 1
    return pairs


# What may follow a closing mark: a space, the end, or the punctuation after a quote.
_AFTER_CLOSING = frozenset(".,;:!?)]}\u2014\u2013")


def _stray_closer(text: str, pos: int) -> bool:
    """A straight double mark that can only close a quote, with no quote open: glued to the
    word or comma before it and followed by a space ('When a young girl," the family moved').
    Opening there would pair it with the next quote's opening mark and turn every quote after
    it inside out."""
    return text[pos] == '"' and _glued_closing(text, pos)


def _glued_closing(text: str, pos: int) -> bool:
    """A mark where only a closing one can stand: glued to the word or punctuation before it,
    followed by a space, the end or the punctuation after a quote."""
    if pos == 0:
        return False
    before = text[pos - 1]
    after = text[pos + 1] if pos + 1 < len(text) else " "
    glued = before.isalnum() or before in ".,;:!?"
    return glued and (after.isspace() or after in _AFTER_CLOSING)


# Two single marks (or two backticks) written for a double one: "''We will,'' he said".
_DOUBLED_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013-]))(?:''|``)(?=[^\s'`])")
_DOUBLED_CLOSING = re.compile(r"(?<=[^\s'`])''(?=[\s.,;:!?)\]}\u2014\u2013-]|$)")


def _doubled_as_double(text: str) -> str:
    """`text` with each pair of doubled single marks made straight double marks, in place
    (offsets stay as they are): a space, then the opening mark, right before the quoted words;
    the closing mark right after them, then a space."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    found = sorted(
        [(m.start(), True) for m in _DOUBLED_OPENING.finditer(text)]
        + [(m.start(), False) for m in _DOUBLED_CLOSING.finditer(text)]
    )
    opened: int | None = None
    for pos, opening in found:
        if opened is not None and "\n" in text[opened:pos]:
            if opening and text[text.rfind("\n", 0, pos) + 1 : pos].strip() == "":
                # A paragraph reopening a quote left open: both openers are marks.
                chars[opened], chars[opened + 1] = " ", '"'
            opened = None
        if opening:
            opened = pos
        elif opened is not None:
            # Only a pair counts: a lone '' may be inches ('a 5'' screen').
            chars[opened], chars[opened + 1] = " ", '"'
            chars[pos], chars[pos + 1] = '"', " "
            opened = None
    return "".join(chars)


def _closes_after_break(text: str, pos: int) -> bool:
    """The mark at `pos`, first on its line, closes the quote rather than reopening it: a curly
    closing mark always does; a straight one when no word follows it ('"\n" he said')."""
    if text[pos] not in QUOTE_PAIRS or QUOTE_PAIRS[text[pos]] != text[pos]:
        return True
    return pos + 1 >= len(text) or not text[pos + 1].isalnum()


def _skip_space(text: str, pos: int, limit: int = _SPACE_REACH) -> int:
    """The first non-space from `pos` on; past `limit` spaces, the end (nothing follows)."""
    stop = min(len(text), pos + limit)
    while pos < stop and text[pos].isspace():
        pos += 1
    return pos if pos < stop or stop == len(text) else len(text)


def _add(pairs: list[Marked], text: str, opened: int, closed: int) -> None:
    start, end = _trimmed(text, opened + 1, closed)
    if end <= start:
        return
    # A paragraph that reopens the quote with its opening mark starts a new piece.
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for found in _REOPENING.finditer(text, start, end):
        if text[found.end() - 1] == text[opened]:
            pieces.append(_trimmed(text, piece_start, found.start()))
            piece_start = found.end()
    pieces.append(_trimmed(text, piece_start, end))
    pairs.append(Marked(opened, closed, start, end, [p for p in pieces if p[1] > p[0]]))


_REOPENING = re.compile(r"\n\s*\S")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_single(text: str, pos: int) -> bool:
    """At the start of a word, and not an elision ('n', 'em, the '90s)."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if not (before.isspace() or before in SINGLE_QUOTE_BEFORE) or after.isspace():
        return False
    return _ELISION.match(text, pos + 1) is None


def _closes_single(text: str, pos: int) -> bool:
    """At the end of a word: after a non-space, before a space, punctuation or the end."""
    if pos == 0 or text[pos - 1].isspace():
        return False
    return pos + 1 == len(text) or text[pos + 1].isspace() or text[pos + 1] in SINGLE_QUOTE_AFTER


def _possessive(text: str, pos: int) -> bool:
    """ "the workers' money": a plural possessive, with a word right after it."""
    nxt = _skip_space(text, pos + 1)
    return text[pos - 1] in "sS" and nxt < len(text) and text[nxt].isalnum()


def _single_close(text: str, opened: int, closers: list[int], breaks: list[int]) -> int | None:
    """The closing mark of a single quote: in its paragraph, or in a paragraph that continues it.

    `closers` holds the positions of the marks that can close this quote, in order.
    """
    i = bisect_right(closers, opened)
    for _ in range(_MAX_PARAGRAPHS):
        b = bisect_right(breaks, opened)
        para_end = breaks[b] if b < len(breaks) else len(text)
        candidates = [c for c in closers[i : i + 2] if c < para_end]
        if candidates:
            first = candidates[0]
            # A possessive is the closing mark only when no other one follows in the paragraph.
            return candidates[1] if _possessive(text, first) and len(candidates) > 1 else first
        nxt = _skip_space(text, para_end)
        if nxt >= len(text) or text[nxt] != text[opened]:
            return None
        opened = nxt
        i = bisect_right(closers, opened)
    return None


_MARKS_KEY = "newsfacts.quote_marks"


def quote_marks(doc: Any) -> Marks:
    """The paired quote marks of `doc`'s text, worked out once per doc."""
    marks: Marks | None = doc.user_data.get(_MARKS_KEY)
    if marks is None:
        marks = doc.user_data[_MARKS_KEY] = Marks(pair_marks(doc_text(doc)))
    return marks
