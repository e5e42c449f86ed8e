"""HTML to the plain text the extractors read, and what the page says of itself.

The article body comes without markup or page chrome; the page's own metadata (Open Graph,
JSON-LD, <meta> tags) gives its title, bylines, canonical address, site name and publication
date, which becomes the reference for relative dates when the caller sends none.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import trafilatura

_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Lines of page chrome that trafilatura keeps with the article: copyright notices, photo and
# video credits, video players' durations, staff credits, "Our Standards" footers. Each is a
# whole line that only page furniture looks like; a line longer than _CHROME_MAX is prose.
_CHROME_LINE = re.compile(
    r"""^\W*(?:
        (?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).*                          # © Outlet 2020
      | .*\ball\s+rights\s+reserved\b.*
      | (?:photo(?:graph)?s?|pictures?|images?|illustration|graphic|credit|photo\s+credit
          |video|watch|listen)\s*:.*                                         # Photo: Name/Outlet
      | image\s+(?:source|caption)\s*[:,].*                                  # Image source, Agency
      | (?:watch|play)(?:\s+video)?\s+\d{1,2}:\d{2}(?::\d{2})?                 # Watch video 02:17
      | (?:video|duration)\s+\d{1,2}:\d{2}(?::\d{2})?
      | \d{1,2}:\d{2}(?::\d{2})?                                            # a bare 02:17
      | (?:additional\s+|associated\s+)?(?:reporting|writing|editing)\s+by\s.*  # staff credits
      | .*\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story)\b.*
      | our\s+standards\b.*
      | read\s+more\s*:.*                                                  # Read more: <link>
      | _*                                                                 # "___", "* * *"
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Headings of the link lists pages put after a story; the "- " items under one go with it.
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:topics|stories|articles|coverage|content|links))?|more\s+on\s+this"
    r"\s+story|see\s+also|read\s+more|most\s+read|recommended|you\s+may\s+also\s+like)\s*:?$",
    re.IGNORECASE,
)
_CHROME_MAX = 160
# The page's declared date only (meta tags, JSON-LD, <time>, the address): a date guessed from
# the words of the page would be a guess, and a wrong reference moves every relative date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    """An HTML page read: its article text and what it declares about itself."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    site: str | None = None
    published: date | None = None


def read_page(markup: str) -> Page:
    """Return the article text of an HTML page or fragment, with the page's metadata.

    trafilatura finds the main content (favouring precision: page chrome left in becomes false
    facts) and reads the metadata. On a fragment too small for it to call an article it returns
    no text; the tags are then stripped so that a short snippet still yields its words.
    """
    try:
        found = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (RecursionError, ValueError):
        # Pathological markup (say, 10,000 nested elements) defeats the tree walk; the tags are
        # then stripped instead, which still gives the caller the words.
        return Page(text=_stripped(markup))
    text = without_chrome((getattr(found, "text", None) or "").strip())
    if not text:
        # The metadata is read again only where the extraction gave up before reading it.
        return _with_metadata(_stripped(markup), found if found is not None else _metadata(markup))
    return _with_metadata(text, found)


def without_chrome(text: str) -> str:
    """The article text without the lines of page furniture that extraction let through, and
    without a short line repeated (the date-and-byline blocks pages print twice)."""
    kept: list[str] = []
    seen: set[str] = set()
    in_related = False
    for line in text.splitlines():
        folded = " ".join(line.split())
        if in_related and folded.startswith(("- ", "• ")):
            continue
        in_related = _RELATED_HEADING.match(folded) is not None
        short = len(folded) <= _CHROME_MAX
        if in_related or (short and (_CHROME_LINE.match(folded) or folded.lower() in seen)):
            continue
        if short and folded:
            seen.add(folded.lower())
        kept.append(line)
    return "\n".join(kept).strip()


def _metadata(markup: str) -> Any:
    try:
        return trafilatura.extract_metadata(markup, date_config=_DATE_PARAMS, extensive=False)
    except (RecursionError, ValueError):
        return None


def _with_metadata(text: str, found: Any) -> Page:
    if found is None:
        return Page(text=text)
    return Page(
        text=text,
        title=_clean(found.title),
        authors=[name.strip() for name in (found.author or "").split(";") if name.strip()],
        url=_clean(found.url),
        site=_clean(found.sitename) or _clean(found.hostname),
        published=_day(found.date),
    )


def _clean(value: Any) -> str | None:
    """A metadata string with its white space folded; None when there is none."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _stripped(markup: str) -> str:
    visible = re.sub(r"(?is)<(script|style|template)\b.*?</\1\s*>", " ", markup)
    stripped = html.unescape(_TAG.sub(" ", visible))
    lines = (" ".join(line.split()) for line in stripped.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
