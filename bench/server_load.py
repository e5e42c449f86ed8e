"""The server part: flush Redis db 15, start gunicorn, warm up, drive uncached then cached
requests over loopback, snapshot the memory of master and workers, stop gunicorn."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis

from . import memory
from .corpus import Article, distinct_bodies
from .load import drive
from .server import Gunicorn, free_port, gunicorn_command, server_env
from .stats import HIT_VERSUS_MISS_GOAL, ratio

REDIS_URL = "redis://127.0.0.1:6379/15"


def default_workers() -> int:
    """WEB_CONCURRENCY as `make run` would see it: the environment, else the service default."""
    from service.config import load_config

    return int(load_config()["WEB_CONCURRENCY"])


def _cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            total += memory.cpu_seconds(pid)
        except OSError:
            pass  # a worker that was replaced: its time is lost, the JSON says workers_replaced
    return total


def flush_redis(url: str) -> None:
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        client.flushdb()
    except redis.RedisError as error:
        raise RuntimeError(
            f"Redis at {url} does not answer ({error}). Start one: redis-server --daemonize yes "
            '--bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no'
        ) from error
    finally:
        client.close()


def run(
    root: Path,
    articles: list[Article],
    *,
    requests_per_phase: int,
    concurrency: int,
    workers: int | None,
    model: str,
    max_seconds: float,
    log_path: Path,
    log: Callable[[str], None],
    result: dict[str, Any],
) -> dict[str, Any]:
    """Fill `result` as it goes (so a failure half-way keeps what was measured) and return it."""
    flush_redis(REDIS_URL)
    expected = workers if workers is not None else default_workers()
    port = free_port()
    env = server_env(port, REDIS_URL, workers, model)
    result.update(
        {
            "command": gunicorn_command(),
            "url": f"http://127.0.0.1:{port}",
            "redis_url": REDIS_URL,
            "workers": expected,
            "model": model,
            "concurrency": concurrency,
            "requests_per_phase": requests_per_phase,
            "log": str(log_path),
        }
    )
    uncached = distinct_bodies(articles, requests_per_phase, tag="Reference")
    # Cache hits: the same bodies again, in another (fixed) order.
    cached = random.Random(15).sample(uncached, len(uncached))
    warmup = distinct_bodies(articles, 2 * expected, tag="Warm-up")
    started = time.monotonic()
    with Gunicorn(root, env, log_path) as server:
        log(f"server: gunicorn pid {server.pid} on {server.url}, {expected} workers; waiting")
        result["ready_seconds"] = round(server.wait_ready(expected, timeout=120), 2)
        result["master_pid"] = server.pid
        result["worker_pids"] = server.workers()
        result["memory_at_ready"] = memory.tree_snapshot(server.pid, server.workers())
        url = f"{server.url}/v1/extractions"
        log(f"server: ready in {result['ready_seconds']}s; warm-up {len(warmup)} requests")
        result["warmup"] = drive(url, warmup, concurrency=concurrency, max_seconds=max_seconds)
        for phase, bodies in (("uncached", uncached), ("cached", cached)):
            log(f"server: {phase}: {len(bodies)} requests at concurrency {concurrency}")
            processes = [server.pid, *server.workers()]
            cpu = _cpu(processes)
            result[phase] = drive(url, bodies, concurrency=concurrency, max_seconds=max_seconds)
            # CPU the server spent per answer: steadier than latency when other work shares
            # the cores (and the client itself runs on them too).
            spent = _cpu(processes) - cpu
            result[phase]["server_cpu_seconds"] = round(spent, 2)
            sent = result[phase]["sent"]
            result[phase]["server_cpu_ms_per_request"] = (
                round(spent * 1000 / sent, 2) if sent else None
            )
        workers_now = server.workers()
        if sorted(workers_now) != sorted(result["worker_pids"]):
            result["workers_replaced"] = True  # a worker died (timeout, crash) and was re-forked
        result["memory_after_run"] = memory.tree_snapshot(server.pid, workers_now)
        log("server: stopping gunicorn")
    result["exit_code"] = server.returncode
    result["seconds"] = round(time.monotonic() - started, 2)
    result["errors"] = sum(result[p]["errors"] for p in ("warmup", "uncached", "cached"))
    result["hit_vs_miss"] = hit_versus_miss(result["uncached"], result["cached"])
    return result


def hit_versus_miss(uncached: dict[str, Any], cached: dict[str, Any]) -> dict[str, Any]:
    """How many cache hits cost one uncached answer through gunicorn: by the server's CPU per
    request (steadier: the client threads and other work share the cores), and by median latency."""
    return {
        "ratio_cpu": ratio(
            uncached.get("server_cpu_ms_per_request"), cached.get("server_cpu_ms_per_request")
        ),
        "ratio_p50": ratio(uncached.get("p50_ms"), cached.get("p50_ms")),
        "goal_ratio": HIT_VERSUS_MISS_GOAL,
    }
