"""HTML to the plain text the extractors read: the article body, without markup or page chrome."""

from __future__ import annotations

import html
import re

import trafilatura

_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(markup: str) -> str:
    """Return the article text of an HTML page or fragment.

    trafilatura finds the main content and drops navigation, scripts and boilerplate. On a
    fragment too small for it to call an article it returns nothing; the tags are then stripped
    so that a short snippet still yields its words.
    """
    try:
        extracted = trafilatura.extract(
            markup,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
        )
    except (RecursionError, ValueError):
        # Pathological markup (say, 10,000 nested elements) defeats the tree walk; the tags are
        # then stripped instead, which still gives the caller the words.
        extracted = None
    if extracted and extracted.strip():
        return extracted.strip()
    stripped = html.unescape(_TAG.sub(" ", _strip_invisible(markup)))
    lines = (" ".join(line.split()) for line in stripped.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _strip_invisible(markup: str) -> str:
    return re.sub(r"(?is)<(script|style|template)\b.*?</\1\s*>", " ", markup)
