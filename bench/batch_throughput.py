"""The batch part: articles per second of batch workers beside one gunicorn worker answering the
same articles one request at a time.

Three phases on Redis db 14, each on texts no other phase sent (nothing comes from the cache):
one gunicorn worker driven by one client (request, answer, next request); then a batch of the
same articles run by `newsfacts worker --processes 1`, then `--processes 2` (two processes forked
from the one that loaded the model). A batch is timed from the POST that submits it to the status
that says `done`; the workers are started and listening before it. The memory of the worker
processes is read after each batch.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
import requests
from rq import Worker

from . import memory
from .corpus import Article, distinct_bodies
from .load import drive
from .server import Gunicorn, free_port, server_env
from .server_load import flush_redis

REDIS_URL = "redis://127.0.0.1:6379/14"
DEADLINE_SECONDS = 900.0  # a stuck phase fails the part instead of hanging the bench


def _start_workers(count: int, root: Path, env: dict[str, str], logs: Path) -> Any:
    """`newsfacts worker --processes COUNT`: one process loads the model, COUNT forked from it
    work (as `make worker` would be scaled on one machine); returns it once all listen."""
    log = (logs / f"batch-workers-{count}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "service", "worker", "--processes", str(count)],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    connection = redis.Redis.from_url(REDIS_URL)
    deadline = time.monotonic() + 120
    while len(Worker.all(connection=connection)) < count:
        if time.monotonic() > deadline or process.poll() is not None:
            _stop(process)
            raise RuntimeError(f"{count} batch workers did not start; see {logs}")
        time.sleep(0.2)
    return process


def _worker_pids(connection: redis.Redis) -> list[int]:
    return sorted(worker.pid for worker in Worker.all(connection=connection) if worker.pid)


def _stop(process: Any) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _run_batch(base: str, bodies: list[dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    accepted = requests.post(f"{base}/v1/batches", json={"articles": bodies}, timeout=120)
    accepted.raise_for_status()
    location = base + accepted.headers["Location"]
    deadline = time.monotonic() + DEADLINE_SECONDS
    while (status := requests.get(location, timeout=10).json())["status"] not in (
        "done",
        "failed",
        "cancelled",
    ):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the batch did not end within {DEADLINE_SECONDS:g} s: {status}")
        time.sleep(0.05)
    wall = time.perf_counter() - started
    return {
        "articles": len(bodies),
        "status": status["status"],
        "counts": status["counts"],
        "wall_seconds": round(wall, 3),
        "articles_per_second": round(status["counts"]["done"] / wall, 2),
    }


def run(
    root: Path,
    articles: list[Article],
    *,
    count: int,
    model: str,
    logs: Path,
    log: Callable[[str], None],
    result: dict[str, Any],
) -> dict[str, Any]:
    """Fill `result` as it goes and return it."""
    flush_redis(REDIS_URL)
    logs.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**server_env(port, REDIS_URL, 1, model), "EMBEDDED_WORKERS": "0"}
    result.update({"redis_url": REDIS_URL, "articles": count, "model": model})
    with Gunicorn(root, env, logs / "batch-gunicorn.log") as server:
        server.wait_ready(1, timeout=120)
        drive(f"{server.url}/v1/extractions", distinct_bodies(articles, 2, tag="Warm-up"),
              concurrency=1, max_seconds=120)  # fmt: skip
        log(f"batches: one gunicorn worker, {count} requests one at a time")
        single = drive(
            f"{server.url}/v1/extractions",
            distinct_bodies(articles, count, tag="Single"),
            concurrency=1,
            max_seconds=DEADLINE_SECONDS,
        )
        result["single_requests"] = {
            "wall_seconds": single["wall_seconds"],
            "ok": single["ok"],
            "errors": single["errors"],
            "articles_per_second": single["throughput_rps"],
        }
        for workers in (1, 2):
            flush_redis(REDIS_URL)  # no registrations of the phase before
            process = _start_workers(workers, root, env, logs)
            try:
                log(f"batches: {count} articles on {workers} worker(s)")
                bodies = distinct_bodies(articles, count, tag=f"Batch-{workers}")
                result[f"workers_{workers}"] = _run_batch(server.url, bodies)
                pids = _worker_pids(redis.Redis.from_url(REDIS_URL))
                result[f"workers_{workers}"]["memory"] = memory.tree_snapshot(process.pid, pids)
            finally:
                _stop(process)
    single_rate = result["single_requests"]["articles_per_second"]
    one = result["workers_1"]["articles_per_second"]
    two = result["workers_2"]["articles_per_second"]
    result["one_worker_vs_single_requests"] = round(one / single_rate, 2) if single_rate else None
    result["two_workers_vs_one"] = round(two / one, 2) if one else None
    return result
