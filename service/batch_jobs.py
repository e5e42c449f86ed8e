"""What rq workers run: one chunk of a batch through the pipeline, and the batch's callback.

The worker process loads the pipeline and the cache once (`use`) before rq forks a work horse
for each job, so every job finds them in memory, shared with its siblings. A job run by a plain
`rq worker` that did not call `use` loads them on first need.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from rq import Queue, Retry
from rq.job import Job

from .batches import BatchStore
from .cache import Cache, make_cache
from .config import load_config
from .errors import Problem
from .extractions import Answer, extract_documents
from .ndjson import ndjson_text
from .schemas import BatchSchema, ExtractionRequest
from .webhooks import deliver, retry_intervals

log = logging.getLogger(__name__)

BATCH_QUEUE = "newsfacts-batches"
CALLBACK_QUEUE = "newsfacts-callbacks"
JOB_RESULT_SECONDS = 60
_LOAD = ExtractionRequest()
_BATCH = BatchSchema()


class _Loaded:
    """What a worker process keeps between jobs."""

    config: dict[str, Any] | None = None
    pipeline: Any = None
    cache: Cache | None = None


def use(config: dict[str, Any], pipeline: Any, cache: Cache) -> None:
    """Hand the worker process its settings, loaded pipeline and cache (before rq forks)."""
    _Loaded.config, _Loaded.pipeline, _Loaded.cache = config, pipeline, cache


def _loaded() -> tuple[dict[str, Any], Any, Cache]:
    if _Loaded.config is None:
        from .extract import load_pipeline

        config = load_config()
        use(config, load_pipeline(config["SPACY_MODEL"]), make_cache(config))
    assert _Loaded.config is not None and _Loaded.cache is not None
    return _Loaded.config, _Loaded.pipeline, _Loaded.cache


def enqueue_chunks(
    connection: redis.Redis, batch_id: str, total: int, config: dict[str, Any]
) -> None:
    """Queue a batch as jobs of BATCH_CHUNK_SIZE articles, each retried when its worker dies."""
    queue = Queue(BATCH_QUEUE, connection=connection)
    size = max(1, int(config["BATCH_CHUNK_SIZE"]))
    timeout = int(size * max(1.0, float(config["EXTRACT_TIMEOUT_SECONDS"]))) + 60
    retries = int(config["BATCH_RETRIES"])
    for start in range(0, total, size):
        queue.enqueue(
            process_chunk,
            batch_id,
            start,
            min(start + size, total),
            job_id=f"{batch_id}-{start}",
            job_timeout=timeout,
            # Kept a minute, not deleted at once: rq 3.0 fails to delete a retried job whose
            # first execution (its dead worker's) has expired, and would count it as failed.
            result_ttl=JOB_RESULT_SECONDS,
            failure_ttl=int(config["BATCH_TTL_SECONDS"]),
            retry=Retry(max=retries) if retries > 0 else None,
            on_failure=chunk_failed,
        )


def enqueue_callback(connection: redis.Redis, batch_id: str, config: dict[str, Any]) -> None:
    """Queue the delivery of the batch's final status, retried with backoff when it fails."""
    intervals = retry_intervals(config["WEBHOOK_RETRY_SECONDS"])
    Queue(CALLBACK_QUEUE, connection=connection).enqueue(
        deliver_callback,
        batch_id,
        job_id=f"{batch_id}-callback",
        result_ttl=JOB_RESULT_SECONDS,
        failure_ttl=int(config["BATCH_TTL_SECONDS"]),
        retry=Retry(max=len(intervals), interval=intervals) if intervals else None,
    )


def _store(connection: redis.Redis, config: dict[str, Any]) -> BatchStore:
    return BatchStore(connection, int(config["BATCH_TTL_SECONDS"]))


def process_chunk(batch_id: str, start: int, stop: int) -> int:
    """Answer the articles [start, stop) of a batch that are not answered yet; how many were."""
    from rq import get_current_job

    config, pipeline, cache = _loaded()
    job = get_current_job()
    connection = job.connection if job is not None else redis.Redis.from_url(config["REDIS_URL"])
    store = _store(connection, config)
    if not store.start(batch_id):
        return 0  # cancelled (or expired) before this chunk started
    pending = store.pending(batch_id, range(start, stop))
    loaded: list[tuple[int, dict[str, Any]]] = []
    answered = 0
    for index, article in pending:
        try:
            loaded.append((index, _LOAD.load(article)))
        except Exception as error:  # validated at submission: only a changed schema gets here
            answered += _record(store, connection, config, batch_id, index, _failure(error, index))
    answers = extract_documents(
        (request for _index, request in loaded),
        pipeline=pipeline,
        cache=cache,
        max_text_chars=int(config["MAX_TEXT_CHARS"]),
        batch_size=len(loaded) or 1,
    )
    for (index, request), answer in zip(loaded, answers, strict=True):
        answered += _record(
            store, connection, config, batch_id, index, _outcome(answer, index, request["id"])
        )
    return answered


def _outcome(answer: Answer | Problem, index: int, caller_id: str | None) -> tuple[str, str]:
    if isinstance(answer, Problem):
        return ndjson_text({**answer.body(), "index": index, "id": caller_id}), "failed"
    return ndjson_text(answer.body), "cached" if answer.cached else "done"


def _failure(error: Exception, index: int) -> tuple[str, str]:
    problem = Problem(f"The article could not be read back: {type(error).__name__}.")
    return ndjson_text({**problem.body(), "index": index}), "failed"


def _record(
    store: BatchStore,
    connection: redis.Redis,
    config: dict[str, Any],
    batch_id: str,
    index: int,
    outcome: tuple[str, str],
) -> int:
    line, kind = outcome
    ended = store.record(batch_id, index, line, kind)
    if ended == 1:
        _batch_ended(store, connection, config, batch_id)
    return 1 if ended >= 0 else 0


def _batch_ended(
    store: BatchStore, connection: redis.Redis, config: dict[str, Any], batch_id: str
) -> None:
    state = store.state(batch_id) or {}
    log.info("batch %s ended: %s", batch_id, state.get("status"))
    if state.get("callback_url"):
        enqueue_callback(connection, batch_id, config)


def chunk_failed(job: Job, connection: redis.Redis, *exc_info: Any) -> None:
    """rq's failure callback: once a chunk has no retries left, its articles are answered by a
    problem each and the batch ends `failed`, rather than waiting for answers that never come."""
    if job.retries_left:
        return  # rq retries it
    batch_id, start, stop = job.args
    config = load_config()
    store = _store(connection, config)
    given_up = store.pending(batch_id, range(start, stop))
    if given_up:
        store.mark_lost(batch_id)
    for index, _article in given_up:
        problem = Problem(
            "The workers failed on this article's chunk and gave it up; send it again."
        )
        body = {**problem.body(), "index": index}
        _record(store, connection, config, batch_id, index, (ndjson_text(body), "failed"))


def deliver_callback(batch_id: str) -> bool:
    """POST the batch's final status to its callback_url, signed; raise to have rq retry."""
    from rq import get_current_job

    config, _pipeline, _cache = _loaded()
    job = get_current_job()
    assert job is not None
    store = _store(job.connection, config)
    status = store.status(batch_id)
    if status is None or status["callback"] is None:
        return False
    attempt = len(status["callback"]["attempts"]) + 1
    outcome = deliver(
        status["callback"]["url"],
        batch_id,
        {key: value for key, value in _BATCH.dump(status).items() if key != "callback"},
        secret=config["WEBHOOK_SECRET"],
        attempt=attempt,
    )
    store.add_delivery(batch_id, outcome)
    if not outcome["delivered"]:
        raise CallbackFailed(f"callback attempt {attempt} for batch {batch_id} failed")
    return True


class CallbackFailed(Exception):
    """A delivery that did not get a 2xx: rq schedules the next attempt."""
