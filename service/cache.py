"""The extraction cache: Redis (at REDIS_URL, or embedded), an in-process LRU on request.

It keeps bytes (an answer's JSON text, service/stored_answer.py) and knows nothing of what they
say: telling a stored answer from a corrupted entry is the reader's part.

A cache must never cost an answer: when Redis is down or slow the service answers uncached,
logs the outage once (and its end once), and stops asking Redis for a short while so that every
request does not wait out a timeout.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from typing import Any, Protocol

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from .embedded_redis import ensure_embedded_redis

log = logging.getLogger(__name__)

KEY_PREFIX = "newsfacts:extraction:"


def cache_key(request: dict[str, Any], pipeline_version: str) -> str:
    """Hash the normalised request with the pipeline version: a new release never hits old facts."""
    canonical = json.dumps(
        {"request": request, "pipeline": pipeline_version},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Cache(Protocol):
    def get(self, key: str) -> bytes | None: ...
    def put(self, key: str, payload: bytes) -> None: ...
    def status(self) -> str: ...


class MemoryCache:
    """A bounded, thread-safe LRU with expiry, for a single process without Redis."""

    def __init__(self, max_entries: int, ttl_seconds: int) -> None:
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            expires, payload = entry
            if expires < time.monotonic():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
        return payload

    def put(self, key: str, payload: bytes) -> None:
        with self._lock:
            self._set(key, payload)

    def add(self, key: str, payload: bytes) -> bool:
        """Put `payload` unless `key` holds one that has not expired; whether it was put."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] >= time.monotonic():
                return False
            self._set(key, payload)
            return True

    def delete(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def _set(self, key: str, payload: bytes) -> None:
        self._entries[key] = (time.monotonic() + self.ttl_seconds, payload)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def status(self) -> str:
        return "ok"


class RedisCache:
    """Redis with a short timeout and a breaker: an outage is a miss, never an error."""

    def __init__(self, url: str, ttl_seconds: int, timeout: float, retry_seconds: float) -> None:
        self.ttl_seconds = ttl_seconds
        self.retry_seconds = retry_seconds
        self.client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._lock = threading.Lock()

    def _available(self) -> bool:
        return self._down_since is None or time.monotonic() >= self._retry_at

    def _failed(self, error: Exception) -> None:
        with self._lock:
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("cache unavailable, answering uncached: %s", error)
            self._retry_at = time.monotonic() + self.retry_seconds

    def _succeeded(self) -> None:
        if self._down_since is None:
            return
        with self._lock:
            if self._down_since is not None:
                outage = time.monotonic() - self._down_since
                log.warning("cache available again after %.1f s", outage)
                self._down_since = None

    def get(self, key: str) -> bytes | None:
        if not self._available():
            return None
        try:
            payload = self.client.get(KEY_PREFIX + key)
        except redis.RedisError as error:
            self._failed(error)
            return None
        self._succeeded()
        # Always bytes or None: the client is not asked to decode responses.
        return payload if isinstance(payload, bytes) else None

    def put(self, key: str, payload: bytes) -> None:
        if not self._available():
            return
        try:
            self.client.set(KEY_PREFIX + key, payload, ex=self.ttl_seconds)
        except redis.RedisError as error:
            self._failed(error)
            return
        self._succeeded()

    def status(self) -> str:
        """Ask Redis now (readiness probes must see recovery without waiting for traffic)."""
        try:
            self.client.ping()
        except redis.RedisError as error:
            self._failed(error)
            return "unreachable"
        self._succeeded()
        return "ok"


CACHE_BACKENDS = ("redis", "embedded", "memory")


def redis_url(config: dict[str, Any]) -> str | None:
    """The Redis the service keeps its cache, batches and keys in: REDIS_URL, else the embedded
    one that every worker shares (started here, in the process that builds the app); None when
    an in-process cache was asked for (one process, no batches)."""
    backend = config["CACHE_BACKEND"] or ("redis" if config["REDIS_URL"] else "embedded")
    if backend not in CACHE_BACKENDS:
        raise ValueError(
            f"CACHE_BACKEND must be one of {', '.join(CACHE_BACKENDS)}, not {backend!r}"
        )
    if backend == "memory":
        return None
    if backend == "redis":
        if not config["REDIS_URL"]:
            raise ValueError("CACHE_BACKEND=redis needs REDIS_URL")
        return str(config["REDIS_URL"])
    embedded = ensure_embedded_redis(config["CACHE_DIR"], max_memory=config["CACHE_MAX_MEMORY"])
    return embedded.url


def make_cache(config: dict[str, Any], url: str | None = None) -> Cache:
    """The cache at `url` (else at `redis_url(config)`); an in-process LRU when that is None."""
    url = url or redis_url(config)
    if url is None:
        return MemoryCache(config["CACHE_MAX_ENTRIES"], config["CACHE_TTL_SECONDS"])
    return RedisCache(
        url,
        ttl_seconds=config["CACHE_TTL_SECONDS"],
        timeout=config["REDIS_TIMEOUT_SECONDS"],
        retry_seconds=config["REDIS_RETRY_SECONDS"],
    )
