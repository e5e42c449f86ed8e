"""Batch workers: rq workers that load the model once, before rq forks a work horse per job.

Run as many as the archive needs, on as many machines, against the one Redis (`newsfacts
worker`, `make worker`, `docker compose up --scale worker=N`). A worker that dies mid-job stops
sending heartbeats; WORKER_LEASE_SECONDS later its job counts as lost and another worker runs it
again (answers already recorded are kept and not repeated).

Without REDIS_URL, `make run` starts workers of its own beside gunicorn (EMBEDDED_WORKERS),
forked from the master after the model is loaded, on the embedded Redis.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
from typing import Any

import redis
from rq import Worker
from rq.job import Job

from . import batch_jobs
from .cache import Cache, make_cache, redis_url
from .config import load_config

log = logging.getLogger(__name__)


class ArchiveWorker(Worker):
    """An rq worker whose jobs count as lost WORKER_LEASE_SECONDS after its last heartbeat
    (rq's own grace is a fixed minute, too slow to notice a dead worker in a backfill)."""

    lease_seconds = 30

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        interval = int(self.job_monitoring_interval)
        if job.timeout and job.timeout > 0:
            interval = int(min(job.timeout - working_time, interval))
        return max(1, interval) + self.lease_seconds

    @property
    def dequeue_timeout(self) -> int:
        # An idle worker waits on the queues at most this long before it looks for the lost
        # jobs of dead workers again (rq's default waits minutes).
        return max(1, min(int(self.worker_ttl) - 15, int(self.maintenance_interval)))


def worker_count(config: dict[str, Any]) -> int:
    """How many workers `make run` starts beside gunicorn: EMBEDDED_WORKERS, or by default one
    without REDIS_URL (nothing else would run the batches) and none with it."""
    wanted = int(config["EMBEDDED_WORKERS"])
    if wanted >= 0:
        return wanted
    return 1 if not config["REDIS_URL"] and config["CACHE_BACKEND"] != "memory" else 0


def run_worker(
    config: dict[str, Any],
    *,
    pipeline: Any = None,
    cache: Cache | None = None,
    burst: bool = False,
) -> bool:
    """Work the batch and callback queues until stopped (or, with `burst`, until empty)."""
    url = redis_url(config)
    if url is None:
        raise SystemExit("newsfacts worker: batches need Redis (REDIS_URL or the embedded one)")
    if pipeline is None:
        from .extract import load_pipeline

        pipeline = load_pipeline(config["SPACY_MODEL"])
    batch_jobs.use(config, pipeline, cache or make_cache(config, url))
    # As in gunicorn's workers: what is loaded now lives as long as the process; frozen, the
    # work horses' garbage collector never writes to (and so copies) the model's pages.
    gc.freeze()
    connection = redis.Redis.from_url(url)
    heartbeat = max(1, int(config["WORKER_HEARTBEAT_SECONDS"]))
    worker = ArchiveWorker(
        [batch_jobs.CALLBACK_QUEUE, batch_jobs.BATCH_QUEUE],
        connection=connection,
        job_monitoring_interval=heartbeat,
        maintenance_interval=max(1, int(config["WORKER_LEASE_SECONDS"]) // 2),
    )
    worker.lease_seconds = max(1, int(config["WORKER_LEASE_SECONDS"]))
    return bool(worker.work(burst=burst, with_scheduler=True, logging_level=config["LOG_LEVEL"]))


GUNICORN_SIGNALS = (
    signal.SIGCHLD, signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM,
    signal.SIGTTIN, signal.SIGTTOU, signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH,
)  # fmt: skip


class EmbeddedWorkers:
    """Workers forked from gunicorn's master (which holds the loaded model), stopped with it."""

    def __init__(self) -> None:
        self.pids: list[int] = []

    def start(self, count: int, config: dict[str, Any], pipeline: Any) -> None:
        for _ in range(count):
            pid = os.fork()
            if pid == 0:  # the child: a worker until gunicorn stops it
                status = 0
                try:
                    # gunicorn's handlers would write to the master's wake-up pipe.
                    for number in GUNICORN_SIGNALS:
                        signal.signal(number, signal.SIG_DFL)
                    run_worker(config, pipeline=pipeline)
                except BaseException:
                    log.exception("embedded batch worker stopped")
                    status = 1
                finally:
                    os._exit(status)
            self.pids.append(pid)
        if count:
            log.info("started %d embedded batch worker(s): %s", count, self.pids)

    def stop(self) -> None:
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for pid in self.pids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                continue
        self.pids.clear()


def main_worker(burst: bool = False) -> int:
    """`newsfacts worker`: one worker on the configured Redis."""
    config = load_config()
    logging.basicConfig(level=config["LOG_LEVEL"])
    return 0 if run_worker(config, burst=burst) or burst else 1
