"""Swagger UI and the spec, served by the service itself so the docs work with no internet."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, render_template, send_from_directory, url_for
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs", __name__)

# validatorUrl null: Swagger UI would otherwise send the spec to an online validator.
_INITIALIZER = """window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "%s",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
"""


@bp.get("/docs")
def index() -> str:
    """Swagger UI over the live spec."""
    return render_template("docs.html")


@bp.get("/docs/swagger-initializer.js")
def initializer() -> Response:
    return Response(_INITIALIZER % url_for("docs.spec"), mimetype="text/javascript")


@bp.get("/docs/assets/<path:filename>")
def asset(filename: str) -> Response:
    return send_from_directory(swagger_ui_path, filename, max_age=86_400)


@bp.get("/openapi.yaml")
def spec() -> Response:
    """The spec this service implements: the repository's openapi.yaml."""
    path = Path(current_app.config["OPENAPI_PATH"])
    return send_from_directory(path.parent, path.name, mimetype="application/yaml", max_age=0)
