"""Prometheus metrics at /metrics: requests, latency, cache outcomes, extraction time.

Under gunicorn each worker writes its samples to PROMETHEUS_MULTIPROC_DIR (set up by
service/gunicorn_conf.py) and /metrics merges them, so any worker answers for all.
"""

from __future__ import annotations

import time

from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

bp = Blueprint("metrics", __name__)

REQUESTS = Counter(
    "newsfacts_http_requests_total", "HTTP requests answered.", ["route", "method", "status"]
)
LATENCY = Histogram(
    "newsfacts_http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
CACHE = Counter("newsfacts_cache_lookups_total", "Extraction cache lookups.", ["outcome"])
EXTRACTION = Histogram(
    "newsfacts_extraction_duration_seconds",
    "Time the pipeline spent on one uncached article.",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)


def observe_extraction(seconds: float) -> None:
    EXTRACTION.observe(seconds)


def _route() -> str:
    # The URL rule, not the path: a key in the path must not become a label of its own.
    return request.url_rule.rule if request.url_rule is not None else "unmatched"


def _start_timer() -> None:
    g.metrics_started = time.perf_counter()


def _record(response: Response) -> Response:
    route = _route()
    REQUESTS.labels(route, request.method, str(response.status_code)).inc()
    LATENCY.labels(route).observe(time.perf_counter() - g.get("metrics_started", 0.0))
    outcome = response.headers.get("X-Cache")
    if outcome in ("hit", "miss"):
        CACHE.labels(outcome).inc()
    return response


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus text exposition of this service's metrics (all workers)."""
    if current_app.config["PROMETHEUS_MULTIPROC_DIR"]:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        body = generate_latest(registry)
    else:
        body = generate_latest()
    return Response(body, content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    app.before_request(_start_timer)
    app.after_request(_record)
    app.register_blueprint(bp)
