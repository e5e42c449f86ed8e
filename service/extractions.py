"""From a loaded request to an Extraction answer: normalise, look up the cache, extract, store.

The caller's `id` and the answer's `meta` are per request, so they are never part of what is
cached: the same article sent under two ids is extracted once. The cache keeps the answer's JSON
text and each request's fields are spliced into it (service/stored_answer.py), so answers leave
here as JSON text; `Answer.document` parses one for a caller that wants a dict.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

from .budget import BudgetExceeded, time_budget
from .cache import Cache, cache_key
from .errors import Problem, TooLarge
from .extract import FACT_KINDS, Article, Extraction, Pipeline
from .html_text import Page, read_page
from .schemas import ExtractionSchema
from .stored_answer import StoredAnswer
from .version import __version__

_DUMP = ExtractionSchema()
log = logging.getLogger(__name__)


class ExtractionTimeout(Problem):
    status, slug = 503, "extraction-timeout"


@dataclass
class Answer:
    """An Extraction answer as JSON text (UTF-8), its key, and whether it came from the cache."""

    key: str
    body: bytes
    cached: bool
    extraction_seconds: float | None = None

    @property
    def document(self) -> dict[str, Any]:
        """The answer parsed: for callers that want a dict (the CLI, batch results)."""
        document: dict[str, Any] = json.loads(self.body)
        return document


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
    looked = _look_up(loaded, pipeline, cache)
    if looked.hit is not None:
        return looked.hit
    key = looked.key
    try:
        with time_budget(budget_seconds):
            document = _extract(looked.request, loaded["published"], key, pipeline, max_text_chars)
    except BudgetExceeded as error:
        raise ExtractionTimeout(
            f"The extraction took longer than its budget of {budget_seconds:g} s and was "
            "abandoned; the same text will take as long again. Send a shorter or cleaner text."
        ) from error
    seconds = time.perf_counter() - started
    stored = _store(cache, document)
    answer = _personalise(stored, loaded["id"], started, cached=False)
    answer.extraction_seconds = seconds
    return answer


def stored_document(key: str, *, cache: Cache) -> Answer | None:
    """The cached Extraction for `key`, as GET /v1/extractions/{key} answers it."""
    started = time.perf_counter()
    stored = _cached(cache, key)
    return None if stored is None else _personalise(stored, None, started, cached=True)


def _cached(cache: Cache, key: str) -> StoredAnswer | None:
    payload = cache.get(key)
    if payload is None:
        return None
    stored = StoredAnswer.read(key, payload)
    if stored is None:
        # A miss, not an error; the answer computed now replaces the entry.
        log.warning("ignoring a cache entry that is not a stored answer (corrupted, or older)")
    return stored


def _store(cache: Cache, document: dict[str, Any]) -> StoredAnswer:
    stored = StoredAnswer.from_document(document)
    cache.put(stored.key, stored.text)
    return stored


def extract_documents(
    loaded: Iterable[dict[str, Any]],
    *,
    pipeline: Pipeline,
    cache: Cache,
    max_text_chars: int | None = None,
    batch_size: int = 16,
) -> Iterator[Answer | Problem]:
    """Answer many loaded requests in order: the cached from the cache, the others parsed
    together through the pipeline's batches. A request that cannot be answered gives the
    Problem that says why in its place."""
    window: list[_Lookup] = []
    for item in loaded:
        window.append(_look_up(item, pipeline, cache))
        if len(window) >= batch_size:
            yield from _answer_window(window, pipeline, cache, max_text_chars)
            window = []
    yield from _answer_window(window, pipeline, cache, max_text_chars)


class _Lookup(NamedTuple):
    """A loaded request, its normal form and cache key, and its answer if the cache had one."""

    loaded: dict[str, Any]
    request: dict[str, Any]
    key: str
    hit: Answer | None


def _look_up(loaded: dict[str, Any], pipeline: Pipeline, cache: Cache) -> _Lookup:
    started = time.perf_counter()
    request = normalise_request(loaded)
    key = cache_key(request, pipeline.version)
    stored = _cached(cache, key)
    hit = None if stored is None else _personalise(stored, loaded["id"], started, cached=True)
    return _Lookup(loaded, request, key, hit)


def _answer_window(
    window: list[_Lookup],
    pipeline: Pipeline,
    cache: Cache,
    max_text_chars: int | None,
) -> Iterator[Answer | Problem]:
    started = time.perf_counter()
    prepared: dict[int, _Prepared] = {}
    answers: dict[int, Answer | Problem] = {}
    # An archive repeats itself (wire copy, re-runs): the same request twice in one window is
    # extracted once, and the repeat answered as from the cache.
    first_of_key: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for index, (loaded, request, key, hit) in enumerate(window):
        if hit is not None:
            answers[index] = hit
        elif key in first_of_key:
            repeats[index] = first_of_key[key]
        else:
            first_of_key[key] = index
            try:
                prepared[index] = _prepare(request, loaded["published"], max_text_chars)
            except Problem as problem:
                answers[index] = problem
    results = pipeline.run_many(
        (item.article for item in prepared.values()), batch_size=max(1, len(prepared))
    )
    stored_of: dict[int, StoredAnswer] = {}
    for (index, item), result in zip(prepared.items(), results, strict=True):
        loaded, request, key, _hit = window[index]
        if isinstance(result, Exception):
            log.error("extraction failed in a batch: %s", type(result).__name__)
            answers[index] = Problem("The service failed to extract this article; it is logged.")
            continue
        stored_of[index] = _store(
            cache, _document(result, item.page, key, request["include"], pipeline)
        )
        answers[index] = _personalise(stored_of[index], loaded["id"], started, cached=False)
    for index, first in repeats.items():
        if first in stored_of:
            caller_id = window[index][0]["id"]
            answers[index] = _personalise(stored_of[first], caller_id, started, cached=True)
        else:
            answers[index] = answers[first]  # the same problem
    for index in range(len(window)):
        yield answers[index]


@dataclass
class _Prepared:
    """An uncached request made ready for the pipeline: its article, and its page if HTML."""

    article: Article
    page: Page | None


def _prepare(
    request: dict[str, Any], published: date | datetime | None, max_text_chars: int | None
) -> _Prepared:
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
    return _Prepared(Article(text, published, source, tuple(request["include"])), page)


def _extract(
    request: dict[str, Any],
    published: date | datetime | None,
    key: str,
    pipeline: Pipeline,
    max_text_chars: int | None,
) -> dict[str, Any]:
    item = _prepare(request, published, max_text_chars)
    article = item.article
    result = pipeline.run(
        article.text,
        published=article.published,
        published_source=article.published_source,
        include=article.include,
    )
    return _document(result, item.page, key, request["include"], pipeline)


def _document(
    result: Extraction, page: Page | None, key: str, include: list[str], pipeline: Pipeline
) -> dict[str, Any]:
    """The Extraction document as cached: per-request fields (`id`, `meta`) left neutral."""
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
    for kind in include:
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
    stored: StoredAnswer, caller_id: str | None, started: float, *, cached: bool
) -> Answer:
    """This request's answer: the caller's id, the time since `started`, where it came from."""
    elapsed_ms = (time.perf_counter() - started) * 1000
    return Answer(stored.key, stored.answer(caller_id, elapsed_ms, cached), cached)
