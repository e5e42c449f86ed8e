"""Who gets in: optional API keys, checked before any work is done for a request.

Keys are off unless API_KEYS or API_KEYS_FILE names some. Probes stay open so an orchestrator
needs no secret; the docs and the spec stay open unless DOCS_REQUIRE_KEY is set. The article page
(/view) and its static files always stay open: the page holds no data, and a browser opening it
cannot send a key; its script sends the key the reader types in with every API call.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app, g, request

from .errors import Problem, problem_response

OPEN_ENDPOINTS = {
    "health.healthz",
    "health.readyz",
    "metrics.metrics",
    "static",
    "view.page",
    "view.stored",
}
DOCS_ENDPOINTS = {
    "docs.index",
    "docs.home",
    "docs.initializer",
    "docs.asset",
    "docs.spec",
    "docs.deployed_spec",
}


class Unauthorized(Problem):
    status, slug = 401, "unauthorized"


def load_keys(config: dict[str, Any]) -> tuple[str, ...]:
    """Keys from API_KEYS (comma-separated) and API_KEYS_FILE (one a line, # comments)."""
    keys = [key.strip() for key in str(config["API_KEYS"]).split(",")]
    if config["API_KEYS_FILE"]:
        for line in Path(config["API_KEYS_FILE"]).read_text(encoding="utf-8").splitlines():
            keys.append(line.split("#", 1)[0].strip())
    return tuple(key for key in keys if key)


def presented_key() -> str | None:
    """The key the caller sent: `Authorization: Bearer KEY` or `X-API-Key: KEY`."""
    authorization = request.headers.get("Authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.headers.get("X-API-Key") or None


def caller() -> str:
    """Who is asking, as a short hash of their API key ("" without keys): what a caller owns
    (batches, idempotency keys) is filed under it, and no key is stored."""
    key = getattr(g, "api_key", None) or ""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _known(candidate: str, keys: tuple[str, ...]) -> bool:
    """Compare against every key in constant time, so timing tells nothing about a near miss."""
    given = candidate.encode("utf-8")
    found = False
    for key in keys:
        found |= hmac.compare_digest(given, key.encode("utf-8"))
    return found


def _check_key() -> Response | None:
    keys: tuple[str, ...] = current_app.extensions["api_keys"]
    g.api_key = None
    if not keys or request.endpoint in OPEN_ENDPOINTS or request.method == "OPTIONS":
        return None
    if request.endpoint in DOCS_ENDPOINTS and not current_app.config["DOCS_REQUIRE_KEY"]:
        return None
    candidate = presented_key()
    if candidate is None or not _known(candidate, keys):
        detail = "Send a valid API key as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'."
        if candidate is not None:
            detail = "The API key is not valid. " + detail
        response = problem_response(Unauthorized(detail))
        response.headers["WWW-Authenticate"] = 'Bearer realm="newsfacts"'
        return response
    g.api_key = candidate
    return None


def init_app(app: Flask) -> None:
    app.extensions["api_keys"] = load_keys(app.config)
    app.before_request(_check_key)
