"""A bounded load driver: a fixed list of requests, a fixed number of threads, a deadline."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from .stats import latency_summary


@dataclass
class Outcome:
    seconds: float
    status: int | None  # None when the request raised
    cache: str | None  # the X-Cache header
    error: str | None  # the exception, or the start of a non-200 body


def _post(session: requests.Session, url: str, body: dict[str, Any], timeout: float) -> Outcome:
    started = time.perf_counter()
    try:
        answer = session.post(url, json=body, timeout=timeout)
        answer.content  # noqa: B018 - read the whole body inside the timed span
    except requests.RequestException as error:
        return Outcome(time.perf_counter() - started, None, None, f"{type(error).__name__}")
    seconds = time.perf_counter() - started
    error = None if answer.status_code == 200 else answer.text[:200]
    return Outcome(seconds, answer.status_code, answer.headers.get("X-Cache"), error)


def drive(
    url: str,
    bodies: list[dict[str, Any]],
    *,
    concurrency: int,
    max_seconds: float,
    timeout: float = 70.0,
    on_done: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """POST every body to `url` from `concurrency` threads, each with its own keep-alive session.

    Bounded twice: by len(bodies), and by `max_seconds`, after which no new request starts (the
    ones not sent are reported as `not_sent`). `on_done(n)` is called as the n-th request
    completes, so a caller can inject a fault mid-run. Returns the outcomes summarised.
    """
    completed = [0]
    outcomes: list[Outcome | None] = [None] * len(bodies)
    next_index = iter(range(len(bodies)))
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        with requests.Session() as session:
            while time.monotonic() < deadline:
                with lock:
                    index = next(next_index, None)
                if index is None:
                    return
                outcomes[index] = _post(session, url, bodies[index], timeout)
                if on_done is not None:
                    with lock:
                        completed[0] += 1
                        count = completed[0]
                    on_done(count)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, concurrency))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return summarise([o for o in outcomes if o is not None], len(bodies), wall, concurrency)


def summarise(
    outcomes: list[Outcome], planned: int, wall_seconds: float, concurrency: int
) -> dict[str, Any]:
    ok = [o.seconds for o in outcomes if o.status == 200]
    failed = [o for o in outcomes if o.status != 200]
    statuses = Counter("exception" if o.status is None else str(o.status) for o in outcomes)
    summary: dict[str, Any] = {
        "planned": planned,
        "sent": len(outcomes),
        "not_sent": planned - len(outcomes),
        "concurrency": concurrency,
        "ok": len(ok),
        "errors": len(failed),
        "statuses": dict(sorted(statuses.items())),
        "x_cache": dict(sorted(Counter(o.cache or "none" for o in outcomes).items())),
        "error_samples": [f"{o.status}: {o.error}" for o in failed[:3]],
        "wall_seconds": round(wall_seconds, 3),
        "throughput_rps": round(len(ok) / wall_seconds, 2) if wall_seconds > 0 else None,
    }
    summary.update(latency_summary(ok))
    return summary
