"""`python -m bench`: pipeline speed, cache-hit versus miss cost, server latency under a bounded
load, and memory."""

from __future__ import annotations

import argparse
import signal
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from . import batch_throughput, cache_cost, memory, pipeline_speed, report, server_load
from .corpus import ROOT, load_articles

PARTS = ("pipeline", "cache", "server", "memory", "batches")
DEFAULT_JSON = ROOT / "bench" / "results" / "latest.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Speed and memory of newsfacts: the pipeline against bare spaCy, a cache hit "
        "against a miss in process, gunicorn under a bounded loopback load (uncached and cache "
        "hits), and RSS/PSS of its processes.",
    )
    parser.add_argument("--requests", type=int, help="requests per server phase (default 200)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--rounds", type=int, help="timed pipeline rounds (default 3)")
    parser.add_argument(
        "--workers", type=int, help="gunicorn workers (default: WEB_CONCURRENCY as make run)"
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=90.0,
        help="no new request starts after this many seconds of a phase (default 90)",
    )
    parser.add_argument(
        "--batch-articles",
        type=int,
        help="articles per batch phase (default 208: 13 chunks of 16, so two workers share them)",
    )
    parser.add_argument("--model", help="spaCy model (default: the service's SPACY_MODEL)")
    parser.add_argument(
        "--skip", action="append", choices=PARTS, default=[], help="leave a part out (repeatable)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small run: fewer articles, 1 round, 20 requests"
    )
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help=f"results file (default {DEFAULT_JSON})"
    )
    args = parser.parse_args(argv)
    args.requests = args.requests or (20 if args.quick else 200)
    args.rounds = args.rounds or (1 if args.quick else 3)
    args.batch_articles = args.batch_articles or (32 if args.quick else 208)
    for name in ("requests", "concurrency", "rounds", "workers", "batch_articles"):
        value = getattr(args, name)
        if value is not None and value < 1:
            parser.error(f"--{name} must be at least 1")
    return args


def _terminate(signum: int, frame: Any) -> NoReturn:
    # Turn SIGTERM into an exception so that `with Gunicorn(...)` still stops the server.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    started = time.monotonic()

    def log(message: str) -> None:
        print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    if args.model is None:
        from service.config import load_config

        args.model = load_config()["SPACY_MODEL"]
    articles = load_articles()
    if args.quick:
        articles = articles[::4]
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "options": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": report.machine(ROOT, args.model),
        "json": str(args.json),
    }
    failed = False

    def part(name: str, work: Any) -> None:
        nonlocal failed
        try:
            results[name] = work()
        except Exception as error:  # a failed part is reported; the other parts still run
            failed = True
            log(f"{name}: FAILED: {error}")
            results.setdefault(name, {})["error"] = f"{type(error).__name__}: {error}"
            results[name]["traceback"] = traceback.format_exc()

    if "pipeline" not in args.skip:
        part(
            "pipeline",
            lambda: pipeline_speed.run(args.model, articles, rounds=args.rounds, log=log),
        )
    if "cache" not in args.skip:
        part("cache", lambda: cache_cost.run(args.model, articles, log=log))
    if "memory" not in args.skip:
        log("memory: model cost, in two fresh python processes")
        part("model_cost", lambda: memory.model_cost(args.model))

    def filled_part(name: str, work: Any) -> dict[str, Any]:
        """A part that fills its result as it goes: a failure half-way keeps what it measured."""
        result: dict[str, Any] = {}
        results[name] = result
        part(name, lambda: work(result))
        return result

    if "server" not in args.skip:
        server = filled_part(
            "server",
            lambda result: server_load.run(
                ROOT,
                articles,
                requests_per_phase=args.requests,
                concurrency=args.concurrency,
                workers=args.workers,
                model=args.model,
                max_seconds=args.max_seconds,
                log_path=args.json.parent / "gunicorn.log",
                log=log,
                result=result,
            ),
        )
        if server.get("errors"):
            failed = True
    if "batches" not in args.skip:
        filled_part(
            "batches",
            lambda result: batch_throughput.run(
                ROOT,
                articles,
                count=args.batch_articles,
                model=args.model,
                logs=args.json.parent,
                log=log,
                result=result,
            ),
        )
    results["seconds"] = round(time.monotonic() - started, 1)
    report.write_json(args.json, results)
    print(report.render(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
