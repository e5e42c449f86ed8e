"""From a loaded request to an Extraction document: normalise, look up the cache, extract, store.

The caller's `id` and the answer's `meta` are per request, so they are never part of what is
cached: the same article sent under two ids is extracted once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from .budget import BudgetExceeded, time_budget
from .cache import Cache, cache_key
from .errors import Problem, TooLarge
from .extract import FACT_KINDS, Pipeline
from .html_text import Page, read_page
from .schemas import ExtractionSchema
from .version import __version__

_DUMP = ExtractionSchema()


class ExtractionTimeout(Problem):
    status, slug = 503, "extraction-timeout"


@dataclass
class Answer:
    """An Extraction document and whether it came from the cache."""

    document: dict[str, Any]
    cached: bool
    extraction_seconds: float | None = None

    @property
    def key(self) -> str:
        return str(self.document["key"])


def normalise_request(loaded: dict[str, Any]) -> dict[str, Any]:
    """The fields that decide the answer, in one canonical form (the cache key is its hash)."""
    published: date | datetime | None = loaded["published"]
    include = [kind for kind in FACT_KINDS if kind in set(loaded["include"])]
    return {
        "text": loaded["text"],
        "format": loaded["format"],
        "published": published.isoformat() if published is not None else None,
        "include": include,
    }


def extract_document(
    loaded: dict[str, Any],
    *,
    pipeline: Pipeline,
    cache: Cache,
    budget_seconds: float = 0,
    max_text_chars: int | None = None,
) -> Answer:
    """Answer one loaded ExtractionRequest, from the cache when it can.

    An uncached extraction that outlives `budget_seconds` is abandoned with ExtractionTimeout;
    the text taken from HTML may have at most `max_text_chars` characters (TooLarge beyond).
    """
    started = time.perf_counter()
    request = normalise_request(loaded)
    key = cache_key(request, pipeline.version)
    stored = cache.get(key)
    if stored is not None:
        return Answer(_personalise(stored, loaded["id"], started, True), True)
    try:
        with time_budget(budget_seconds):
            stored = _extract(request, loaded["published"], key, pipeline, max_text_chars)
    except BudgetExceeded as error:
        raise ExtractionTimeout(
            f"The extraction took longer than its budget of {budget_seconds:g} s and was "
            "abandoned; the same text will take as long again. Send a shorter or cleaner text."
        ) from error
    seconds = time.perf_counter() - started
    cache.put(key, stored)
    return Answer(_personalise(stored, loaded["id"], started, False), False, seconds)


def stored_document(key: str, *, cache: Cache) -> dict[str, Any] | None:
    """The cached Extraction for `key`, as GET /v1/extractions/{key} answers it."""
    started = time.perf_counter()
    stored = cache.get(key)
    return None if stored is None else _personalise(stored, None, started, True)


def _extract(
    request: dict[str, Any],
    published: date | datetime | None,
    key: str,
    pipeline: Pipeline,
    max_text_chars: int | None,
) -> dict[str, Any]:
    page = read_page(request["text"]) if request["format"] == "html" else None
    text = request["text"] if page is None else page.text
    if page is not None and max_text_chars is not None and len(text) > max_text_chars:
        raise TooLarge(
            f"The article text taken from the HTML has {len(text):,} characters; the limit is "
            f"{max_text_chars:,} (MAX_TEXT_CHARS)."
        )
    source: Literal["request", "html"] = "request"
    if published is None and page is not None and page.published is not None:
        # The page's own date is a better reference than a dateline guessed from its text.
        published, source = page.published, "html"
    result = pipeline.run(
        text, published=published, published_source=source, include=request["include"]
    )
    document: dict[str, Any] = {
        "id": None,
        "characters": result.characters,
        "language": result.language,
        "published": result.published,
        "published_source": result.published_source,
    }
    if page is not None:
        document.update(_page_fields(page))
    body: dict[str, Any] = {
        "key": key,
        "document": document,
        "meta": {
            "service_version": __version__,
            "pipeline_version": pipeline.version,
            "model": pipeline.model,
            "elapsed_ms": 0.0,
            "cached": False,
        },
    }
    for kind in request["include"]:
        body[kind] = getattr(result, kind)
    dumped: dict[str, Any] = _DUMP.dump(body)
    return dumped


def _page_fields(page: Page) -> dict[str, Any]:
    """The analysed text, and what the page says of itself where it says it."""
    fields: dict[str, Any] = {"text": page.text}
    said = {"title": page.title, "authors": page.authors, "url": page.url, "site": page.site}
    fields.update({name: value for name, value in said.items() if value})
    return fields


def _personalise(
    stored: dict[str, Any], caller_id: str | None, started: float, cached: bool
) -> dict[str, Any]:
    document = {**stored, "document": {**stored["document"], "id": caller_id}}
    document["meta"] = {
        **stored["meta"],
        "cached": cached,
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    return document
