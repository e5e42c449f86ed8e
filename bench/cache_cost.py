"""Cache-hit versus miss cost in one process: the Flask app (its test client) on the bench's
Redis, each article POSTed once (a miss: parsed and stored) and then again (hits).

No HTTP server and no client threads share the cores with it, so the figures are the service's
own work per request (Flask, loading the request, the cache, the answer); the server part gives
the same comparison through gunicorn, where the HTTP handling adds to both.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .corpus import Article, distinct_bodies
from .server_load import REDIS_URL, flush_redis
from .stats import HIT_VERSUS_MISS_GOAL, percentile, ratio

HIT_ROUNDS = 5  # hits are cheap: several rounds of them steady the figure


def cost_summary(cpu_seconds: Sequence[float], wall_seconds: Sequence[float]) -> dict[str, Any]:
    """Per-request CPU and wall time, in milliseconds: mean and median."""

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value * 1000, 3)

    return {
        "requests": len(cpu_seconds),
        "cpu_ms_mean": ms(sum(cpu_seconds) / len(cpu_seconds)) if cpu_seconds else None,
        "cpu_ms_p50": ms(percentile(cpu_seconds, 50)),
        "wall_ms_mean": ms(sum(wall_seconds) / len(wall_seconds)) if wall_seconds else None,
        "wall_ms_p50": ms(percentile(wall_seconds, 50)),
    }


def compare(miss: dict[str, Any], hit: dict[str, Any]) -> dict[str, Any]:
    """Miss over hit by mean CPU (the headline: the same articles, so total over total) and by
    mean wall time (which also counts Redis's own work and waiting for it)."""
    return {
        "ratio_cpu": ratio(miss["cpu_ms_mean"], hit["cpu_ms_mean"]),
        "ratio_wall": ratio(miss["wall_ms_mean"], hit["wall_ms_mean"]),
        "goal_ratio": HIT_VERSUS_MISS_GOAL,
    }


def per_article_ratio(miss_cpu: Sequence[float], hit_cpu: Sequence[float]) -> float | None:
    """The median over articles of miss / hit CPU: the mean ratio leans on the few long articles
    (a miss grows faster with length than a hit), this one on the typical article. `hit_cpu`
    holds whole rounds over the articles in the order of `miss_cpu`."""
    count = len(miss_cpu)
    if not count or not hit_cpu or len(hit_cpu) % count:
        return None
    rounds = len(hit_cpu) // count
    ratios = [ratio(miss_cpu[i], sum(hit_cpu[i::count]) / rounds) for i in range(count)]
    known = [value for value in ratios if value is not None]
    middle = percentile(known, 50)
    return None if middle is None else round(middle, 1)


def _timed_post(client: Any, body: bytes) -> tuple[float, float, str]:
    """CPU and wall seconds of one POST (the answer read inside the span), and its X-Cache."""
    cpu = time.process_time()
    started = time.perf_counter()
    response = client.post("/v1/extractions", data=body, content_type="application/json")
    response.get_data()
    wall = time.perf_counter() - started
    spent = time.process_time() - cpu
    if response.status_code != 200:
        raise RuntimeError(f"POST answered {response.status_code}: {response.get_data()[:200]!r}")
    return spent, wall, response.headers.get("X-Cache", "none")


def measure(
    client: Any, articles: list[Article], *, hit_rounds: int, log: Callable[[str], None]
) -> dict[str, Any]:
    # Encoded once, here: the client's own JSON encoding is no part of the service's cost.
    bodies = [
        json.dumps(body).encode("utf-8")
        for body in distinct_bodies(articles, len(articles), tag="Cache cost")
    ]
    for body in distinct_bodies(articles, 1, tag="Cache warm-up"):
        encoded = json.dumps(body).encode("utf-8")
        _timed_post(client, encoded)  # first request: imports, lazy set-ups
        _timed_post(client, encoded)
    log(f"cache: {len(bodies)} misses (distinct texts)")
    misses = [_timed_post(client, body) for body in bodies]
    log(f"cache: {hit_rounds} x {len(bodies)} hits (the same texts again)")
    hits = [_timed_post(client, body) for _ in range(hit_rounds) for body in bodies]
    miss = cost_summary([m[0] for m in misses], [m[1] for m in misses])
    hit = cost_summary([h[0] for h in hits], [h[1] for h in hits])
    return {
        "articles": len(articles),
        "hit_rounds": hit_rounds,
        "miss": {**miss, "x_cache": dict(Counter(m[2] for m in misses))},
        "hit": {**hit, "x_cache": dict(Counter(h[2] for h in hits))},
        **compare(miss, hit),
        "ratio_cpu_per_article_p50": per_article_ratio(
            [m[0] for m in misses], [h[0] for h in hits]
        ),
    }


def run(
    model: str,
    articles: list[Article],
    *,
    log: Callable[[str], None],
    hit_rounds: int = HIT_ROUNDS,
) -> dict[str, Any]:
    """Load the model, build the app on the bench's Redis (flushed) and measure."""
    from service import create_app
    from service.extract import load_pipeline

    flush_redis(REDIS_URL)
    log(f"cache: loading {model}; the app on {REDIS_URL}")
    settings = {"REDIS_URL": REDIS_URL, "CACHE_BACKEND": "redis"}
    app = create_app(settings, pipeline=load_pipeline(model))
    result = measure(app.test_client(), articles, hit_rounds=hit_rounds, log=log)
    result["redis_url"] = REDIS_URL
    return result
