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
import sys
import threading
from typing import Any

import redis
from rq import Queue, SimpleWorker
from rq.job import Job
from rq.worker import WorkerStatus

from . import batch_jobs
from .cache import make_cache, redis_url
from .config import load_config

log = logging.getLogger(__name__)


class ArchiveWorker(SimpleWorker):
    """An rq worker that runs each job in its own process, which stays warm between jobs.

    rq's default forks a fresh work horse per job; a fresh fork pays the model's copy-on-write
    and cold caches again on every chunk (about a sixth more CPU, measured). Here the worker
    processes are long-lived children of one that loaded the model, as gunicorn's are, and a
    thread keeps the running job's heartbeat so that a dead worker's job is noticed within
    WORKER_LEASE_SECONDS (rq's own grace is a fixed minute, or the whole job timeout).
    """

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

    # rq forks its scheduler's process from a worker, at start or in maintenance, holding the
    # worker's idle Redis sockets. Were the worker then killed while it waits on the queues on
    # one of them, the scheduler would keep that socket open, Redis would think the wait alive
    # and hand it the next job, and the job would be lost. So after either, the worker's waits
    # use sockets opened after the fork.
    def _start_scheduler(self, *args: Any, **kwargs: Any) -> None:
        super()._start_scheduler(*args, **kwargs)
        self.connection.connection_pool.disconnect(inuse_connections=False)

    def run_maintenance_tasks(self) -> None:
        super().run_maintenance_tasks()  # type: ignore[no-untyped-call]
        self.connection.connection_pool.disconnect(inuse_connections=False)

    def execute_job(self, job: Job, queue: Queue) -> None:
        execution = self.prepare_execution(job)
        done = threading.Event()
        beating = threading.Thread(target=self._beat, args=(job, execution, done), daemon=True)
        beating.start()
        try:
            self.perform_job(job, queue, execution)
        finally:
            done.set()
            beating.join()
        self.set_state(WorkerStatus.IDLE)

    def _beat(self, job: Job, execution: Any, done: threading.Event) -> None:
        while not done.wait(self.job_monitoring_interval):
            try:
                self.maintain_heartbeats(job, execution)
            except redis.RedisError as error:  # the next beat tries again
                log.warning("job heartbeat failed: %s", error)


def worker_count(config: dict[str, Any]) -> int:
    """How many workers `make run` starts beside gunicorn: EMBEDDED_WORKERS, or by default one
    without REDIS_URL (nothing else would run the batches) and none with it."""
    wanted = int(config["EMBEDDED_WORKERS"])
    if wanted >= 0:
        return wanted
    return 1 if not config["REDIS_URL"] and config["CACHE_BACKEND"] != "memory" else 0


class _QuietMaintenance(logging.Filter):
    """rq logs its registry cleaning at INFO, here every WORKER_LEASE_SECONDS / 2: three lines
    of every worker each time, which would bury the jobs' own lines in the service's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "cleaning" not in record.getMessage() or record.levelno > logging.INFO


def run_worker(config: dict[str, Any], url: str, pipeline: Any, *, burst: bool = False) -> bool:
    """Work the callback and batch queues in this process until stopped (with `burst`, until
    they are empty); whether it ran any job."""
    batch_jobs.use(config, pipeline, make_cache(config, url))
    worker = ArchiveWorker(
        [batch_jobs.CALLBACK_QUEUE, batch_jobs.BATCH_QUEUE],
        connection=redis.Redis.from_url(url),
        job_monitoring_interval=max(1, int(config["WORKER_HEARTBEAT_SECONDS"])),
        maintenance_interval=max(1, int(config["WORKER_LEASE_SECONDS"]) // 2),
    )
    worker.lease_seconds = max(1, int(config["WORKER_LEASE_SECONDS"]))
    logging.getLogger("rq.worker").addFilter(_QuietMaintenance())
    return bool(worker.work(burst=burst, with_scheduler=True, logging_level=config["LOG_LEVEL"]))


# Signals a forked worker must handle itself: gunicorn's master (and a supervising parent)
# installs handlers that would act for the parent, e.g. write to gunicorn's wake-up pipe.
INHERITED_SIGNALS = (
    signal.SIGCHLD, signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM,
    signal.SIGTTIN, signal.SIGTTOU, signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH,
)  # fmt: skip


def _own_signals() -> None:
    """In a freshly forked process: the default handlers, not the parent's."""
    for number in INHERITED_SIGNALS:
        signal.signal(number, signal.SIG_DFL)


class WorkerProcesses:
    """Worker processes forked from the one that loaded the model, so that they share its
    pages as gunicorn's workers do: gunicorn's master (EMBEDDED_WORKERS) or `newsfacts worker
    --processes N`, which also starts a new one when one dies."""

    def __init__(self, config: dict[str, Any], url: str, pipeline: Any) -> None:
        self.config, self.url, self.pipeline = config, url, pipeline
        self.pids: list[int] = []
        self.stopping = False

    def start(self, count: int) -> None:
        for _ in range(count):
            self.pids.append(self._fork())
        if count:
            log.info("started %d batch worker process(es): %s", count, self.pids)

    def _fork(self) -> int:
        pid = os.fork()
        if pid:
            return pid
        status = 1
        try:
            _own_signals()
            run_worker(self.config, self.url, self.pipeline)
            status = 0
        except BaseException:
            log.exception("batch worker process stopped")
        finally:
            os._exit(status)

    def start_supervised(self, count: int) -> None:
        """Fork one process that keeps `count` workers running, starting a new one for each
        that dies (gunicorn's master reaps its own workers only); `stop` stops it and them."""
        pid = os.fork()
        if pid:
            self.pids.append(pid)
            return
        status = 1
        try:
            _own_signals()
            workers = WorkerProcesses(self.config, self.url, self.pipeline)
            stop_on_signal(workers)
            workers.start(count)
            workers.supervise()
            status = 0
        except BaseException:
            log.exception("batch worker supervisor stopped")
        finally:
            os._exit(status)

    def supervise(self) -> None:
        """Wait for the workers; start a new one for each that dies, until `stop`."""
        while self.pids:
            try:
                pid, _status = os.wait()
            except ChildProcessError:
                return
            except InterruptedError:
                continue
            if pid not in self.pids:
                continue  # a worker's own child (rq's scheduler) reparented to us
            self.pids.remove(pid)
            if not self.stopping:
                log.warning("batch worker process %d died; starting another", pid)
                self.pids.append(self._fork())

    def stop(self) -> None:
        self.stopping = True
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for pid in list(self.pids):
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                continue
        self.pids.clear()


def stop_on_signal(workers: WorkerProcesses) -> None:
    """SIGTERM or SIGINT stops `workers` (each finishes its job first, as rq's warm shutdown)."""

    def stop(signum: int, frame: Any) -> None:
        workers.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def main_worker(processes: int = 1, burst: bool = False) -> int:
    """`newsfacts worker`: load the model once, then work in this process or in `processes`
    forked ones."""
    from .extract import load_pipeline

    config = load_config()
    logging.basicConfig(level=config["LOG_LEVEL"])
    url = redis_url(config)
    if url is None:
        print("newsfacts: batches need Redis (REDIS_URL, or the embedded one)", file=sys.stderr)
        return 2
    pipeline = load_pipeline(config["SPACY_MODEL"])
    # As in gunicorn: what is loaded now lives as long as the process; frozen, it is never
    # visited by the garbage collector, whose writes would copy the shared pages into each child.
    gc.freeze()
    if processes <= 1 or burst:
        ran = run_worker(config, url, pipeline, burst=burst)
        return 0 if ran or burst else 1
    workers = WorkerProcesses(config, url, pipeline)
    stop_on_signal(workers)
    workers.start(processes)
    workers.supervise()
    return 0
