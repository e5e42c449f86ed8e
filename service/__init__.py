"""newsfacts: the facts inside news articles (actors, dates, quantities, quotes) as JSON."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from .version import __version__

__all__ = ["__version__", "create_app"]

DEFAULT_OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"


def body_limit(config: Mapping[str, Any]) -> int:
    """The most bytes a request body may have: the larger text limit, escaped, plus the rest."""
    return max(int(config["MAX_TEXT_CHARS"]), int(config["MAX_HTML_BYTES"])) * 6 + 65_536


def create_app(config: Mapping[str, Any] | None = None, *, pipeline: Any = None) -> Flask:
    """Build the WSGI app: settings, the extraction pipeline, the cache, the blueprints.

    `pipeline` lets a caller (a test, or gunicorn before it forks) hand in one already loaded.
    """
    from flask_cors import CORS

    from . import access, api, batch_api, docs, errors, health, limits, logs, metrics, view
    from .batches import make_batch_store
    from .cache import make_cache, redis_url
    from .config import load_config
    from .extract import load_pipeline
    from .idempotency import make_key_store

    app = Flask(__name__)
    settings = load_config(config)
    settings["OPENAPI_PATH"] = settings["OPENAPI_PATH"] or str(DEFAULT_OPENAPI_PATH)
    app.config.from_mapping(settings)
    # Reject an oversized body before reading it: a JSON string escapes a character (or a byte
    # of HTML) to at most six bytes, and the other fields are small.
    app.config["MAX_CONTENT_LENGTH"] = body_limit(app.config)
    app.json.sort_keys = False  # type: ignore[attr-defined]

    app.extensions["pipeline"] = pipeline or load_pipeline(app.config["SPACY_MODEL"])
    url = redis_url(app.config)
    app.extensions["cache"] = make_cache(app.config, url)
    # Batches and idempotency keys must not be lost: a client of their own, without the cache's
    # short timeout and breaker.
    app.extensions["batches"] = make_batch_store(url, app.config["BATCH_TTL_SECONDS"])
    app.extensions["idempotency"] = make_key_store(
        app.extensions["batches"].client if app.extensions["batches"] else None,
        app.config["BATCH_TTL_SECONDS"],
    )

    # Order matters: before_request hooks run as registered (request id, timer, key, limit).
    logs.init_app(app)
    metrics.init_app(app)
    access.init_app(app)
    limits.init_app(app)
    errors.init_app(app)
    origins = [origin.strip() for origin in app.config["CORS_ORIGINS"].split(",") if origin.strip()]
    if origins:
        CORS(app, origins=origins, expose_headers=["ETag", "X-Cache", "X-Request-ID"])
    app.register_blueprint(api.bp)
    app.register_blueprint(batch_api.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(docs.bp)
    app.register_blueprint(view.bp)
    return app
