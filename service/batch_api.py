"""The batch endpoints: many articles answered by workers, results read back as NDJSON.

POST   /v1/batches              202 + Location: validate every article, store, queue
GET    /v1/batches/{id}         status, counts, times, callback attempts
GET    /v1/batches/{id}/results the answers in input order, streamed; ?after=N resumes
DELETE /v1/batches/{id}         cancel what has not started
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import redis
from flask import Blueprint, Response, current_app, jsonify, request

from . import idempotency
from .access import caller
from .api import load_article
from .batch_jobs import enqueue_callback, enqueue_chunks
from .batches import FINAL_STATES, BatchStore
from .errors import (
    InvalidFields,
    NotFound,
    Problem,
    TooLarge,
    UnreadableBody,
    UnsupportedMediaType,
    problem_response,
)
from .loading import parse_json
from .schemas import BatchSchema
from .webhooks import allowed_hosts, callback_problem

bp = Blueprint("batches", __name__, url_prefix="/v1/batches")
log = logging.getLogger(__name__)

NDJSON = "application/x-ndjson"
_DUMP = BatchSchema()


class BatchesUnavailable(Problem):
    status, slug = 503, "batches-unavailable"


class BatchEnded(Problem):
    status, slug = 409, "batch-ended"


@bp.errorhandler(redis.RedisError)
def _redis_down(error: redis.RedisError) -> Response:
    """Batches live in Redis: without it they can be neither taken nor read."""
    return problem_response(
        BatchesUnavailable(
            f"Batches are kept in Redis, which does not answer ({error}); retry later."
        )
    )


def _store() -> BatchStore:
    store: BatchStore | None = current_app.extensions.get("batches")
    if store is None:
        raise BatchesUnavailable(
            "Batches need Redis: set REDIS_URL, or leave CACHE_BACKEND unset for the embedded "
            "one; this deployment runs with CACHE_BACKEND=memory."
        )
    return store


def _submission() -> tuple[list[Any], Any]:
    """The articles and the callback_url, from a JSON object or NDJSON lines."""
    if request.mimetype == "application/json":
        body = parse_json(request.get_data())
        if not isinstance(body, dict):
            raise InvalidFields({"_schema": ["The body must be a JSON object."]})
        unknown = sorted(set(body) - {"articles", "callback_url"})
        if unknown:
            raise InvalidFields({name: ["Unknown field."] for name in unknown})
        if "callback_url" in request.args:
            raise InvalidFields({"callback_url": ["Give it in the JSON body."]})
        articles = body.get("articles")
        if not isinstance(articles, list):
            raise InvalidFields({"articles": ["A list of articles is required."]})
        return articles, body.get("callback_url")
    if request.mimetype == NDJSON:
        try:
            text = request.get_data().decode("utf-8")
        except UnicodeDecodeError as error:
            raise UnreadableBody("An NDJSON body must be UTF-8.") from error
        articles = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            # Each line is read as a JSON body is: no repeated keys, no lone surrogates.
            articles.append(parse_json(line.encode("utf-8"), what=f"Line {number}"))
        return articles, request.args.get("callback_url")
    raise UnsupportedMediaType(
        f"Send application/json or {NDJSON}, not {request.mimetype or 'no media type'}."
    )


def _validated(articles: list[Any]) -> list[dict[str, Any]]:
    """Every article checked as POST /v1/extractions checks one; errors named by index."""
    most = int(current_app.config["MAX_BATCH_ARTICLES"])
    if not 1 <= len(articles) <= most:
        said = f"Send 1 to {most:,} articles (MAX_BATCH_ARTICLES), not {len(articles):,}."
        raise InvalidFields({"articles": [said]})
    errors: dict[str, Any] = {}
    for index, article in enumerate(articles):
        if not isinstance(article, dict):
            errors[f"articles.{index}"] = ["An article is a JSON object."]
            continue
        try:
            load_article(article)
        except InvalidFields as problem:
            for field, said in problem.extra["errors"].items():
                errors[f"articles.{index}.{field}"] = said
        except TooLarge as problem:
            errors[f"articles.{index}.text"] = [problem.detail]
    if errors:
        raise InvalidFields(errors)
    return articles


def _callback(url: Any) -> str | None:
    if url is None:
        return None
    if not isinstance(url, str):
        raise InvalidFields({"callback_url": ["A callback_url is a string."]})
    config = current_app.config
    why = callback_problem(
        url, allowed_hosts(config["CALLBACK_ALLOWED_HOSTS"]), config["WEBHOOK_SECRET"]
    )
    if why:
        raise InvalidFields({"callback_url": [why]})
    return url


def _accepted(status: dict[str, Any], replayed: bool = False) -> Response:
    response = _batch(status)
    response.status_code = 202
    response.headers["Location"] = f"/v1/batches/{status['id']}"
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


def _batch(status: dict[str, Any]) -> Response:
    """A batch's status as the spec's Batch schema has it."""
    return jsonify(_DUMP.dump(status))


@bp.post("")
def create_batch() -> Response:
    """Validate every article up front, store the batch and queue it for the workers."""
    store = _store()
    # A batch body is many articles: its own limit, not one article's.
    request.max_content_length = int(current_app.config["MAX_BATCH_BYTES"])
    held = idempotency.claim("batches")
    if held is not None and held.answer is not None:
        return _accepted(held.answer, replayed=True)
    try:
        raw, callback_url = _submission()
        articles = _validated(raw)
        callback = _callback(callback_url)
        config = current_app.config
        batch_id = store.create(articles, callback, int(config["BATCH_CHUNK_SIZE"]), caller())
        enqueue_chunks(store.client, batch_id, len(articles), dict(config))
    except BaseException:
        if held is not None:
            held.release()
        raise
    status = store.status(batch_id)
    assert status is not None
    if held is not None:
        held.keep(status)
    return _accepted(status)


def _status_or_404(store: BatchStore, batch_id: str) -> dict[str, Any]:
    """The batch, if it exists and the caller submitted it (with keys on, another key's batch
    is as unknown as a missing one: its articles may be embargoed)."""
    status = store.status(batch_id)
    if status is None or status["owner"] != caller():
        raise NotFound(f"No batch has the id {batch_id!r}; it may have expired.")
    return status


@bp.get("/<batch_id>")
def get_batch(batch_id: str) -> Response:
    """The batch's status, counts, times and callback attempts."""
    return _batch(_status_or_404(_store(), batch_id))


@bp.get("/<batch_id>/results")
def get_results(batch_id: str) -> Response:
    """The answers as NDJSON in input order, streamed; `?after=N` skips the first N."""
    store = _store()
    status = _status_or_404(store, batch_id)
    unknown = sorted(set(request.args) - {"after"})
    if unknown:
        raise InvalidFields({name: ["Unknown query parameter."] for name in unknown})
    raw_after = request.args.get("after", "0")
    if not raw_after.isdigit():
        raise InvalidFields({"after": ["A whole number of lines already read."]})
    total = status["counts"]["total"]
    final = status["status"] in FINAL_STATES

    def lines() -> Iterator[str]:
        for line in store.result_lines(batch_id, total, int(raw_after), final):
            yield line + "\n"

    response = Response(lines(), mimetype=NDJSON)
    response.headers["X-Batch-Status"] = status["status"]
    return response


@bp.delete("/<batch_id>")
def cancel_batch(batch_id: str) -> Response:
    """Cancel the articles not started yet; those running finish and keep their answers."""
    store = _store()
    before = _status_or_404(store, batch_id)
    if before["status"] in FINAL_STATES:
        raise BatchEnded(f"The batch has already ended: it is {before['status']}.")
    if store.cancel(batch_id) == "cancelled" and before["callback"] is not None:
        enqueue_callback(store.client, batch_id, dict(current_app.config))
    return _batch(_status_or_404(store, batch_id))
