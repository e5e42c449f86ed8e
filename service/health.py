"""Liveness and readiness probes."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from .errors import NotReady

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """The process answers."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    """Ready when the model is loaded and the cache answers; 503 says which check failed."""
    extensions = current_app.extensions
    checks = {
        "model": "ok" if extensions.get("pipeline") is not None else "not loaded",
        "cache": extensions["cache"].status(),
    }
    if any(state != "ok" for state in checks.values()):
        failing = ", ".join(f"{name}: {state}" for name, state in checks.items() if state != "ok")
        raise NotReady(
            f"Not ready ({failing}); the cache being degraded means answers are computed uncached.",
            checks=checks,
        )
    return jsonify({"status": "ready", "checks": checks})
