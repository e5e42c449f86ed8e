"""Rate limits per API key (or per client address without keys), shared through Redis.

Off unless RATE_LIMIT is set (e.g. "120/minute"). With REDIS_URL the counters live in Redis,
so every worker and every instance sees the same budget; if Redis fails, each process falls
back to counting in memory rather than refusing or waving everyone through.
"""

from __future__ import annotations

import hashlib

from flask import Flask, g, request
from flask_limiter import HeaderNames, Limiter, RequestLimit
from flask_limiter.util import get_remote_address

from .errors import Problem, problem_response

LIMITED_BLUEPRINTS = {"extractions"}
# A batch is counted once when it is submitted (its articles wait their turn in the queue);
# reading a batch's status or results, which callers poll, is not counted.
LIMITED_ENDPOINTS = {"batches.create_batch"}


class TooManyRequests(Problem):
    status, slug = 429, "too-many-requests"


def client_identity() -> str:
    """Who is counted: the API key (hashed, so no key is stored) or the client address."""
    key = getattr(g, "api_key", None)
    if key:
        return "key:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return "addr:" + (get_remote_address() or "unknown")


def _breached(limit: RequestLimit) -> object:
    return problem_response(
        TooManyRequests(f"Rate limit of {limit.limit} exceeded; retry after the Retry-After delay.")
    )


def _exempt() -> bool:
    return request.blueprint not in LIMITED_BLUEPRINTS and request.endpoint not in LIMITED_ENDPOINTS


def init_app(app: Flask) -> None:
    rate = app.config["RATE_LIMIT"]
    storage = app.config["REDIS_URL"] or "memory://"
    limiter = Limiter(
        client_identity,
        app=app,
        # One budget per caller across the limited routes, not one per route.
        application_limits=[rate] if rate else [],
        application_limits_exempt_when=_exempt,
        enabled=bool(rate),
        storage_uri=storage,
        storage_options={
            "socket_timeout": app.config["REDIS_TIMEOUT_SECONDS"],
            "socket_connect_timeout": app.config["REDIS_TIMEOUT_SECONDS"],
        }
        if storage.startswith("redis")
        else {},
        strategy="moving-window",
        headers_enabled=True,
        # The IETF RateLimit header names for limit and remaining; the reset stays an epoch time
        # under its conventional X- name because the draft's RateLimit-Reset is a delay.
        header_name_mapping={
            HeaderNames.LIMIT: "RateLimit-Limit",
            HeaderNames.REMAINING: "RateLimit-Remaining",
        },
        in_memory_fallback_enabled=True,
        swallow_errors=True,
        key_prefix="newsfacts:limits",
        on_breach=_breached,  # type: ignore[arg-type]
    )
    app.extensions["rate_limiter"] = limiter
