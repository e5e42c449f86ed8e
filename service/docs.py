"""Swagger UI and the spec, served by the service itself so the docs work with no internet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import swagger_ui
import yaml
from flask import (
    Blueprint,
    Response,
    current_app,
    redirect,
    render_template,
    send_from_directory,
    url_for,
)

bp = Blueprint("docs", __name__)
# Swagger UI 5 (it renders OpenAPI 3.1), from the swagger-ui-py wheel: served by us, never a CDN.
SWAGGER_UI_ASSETS = Path(swagger_ui.__file__).parent / "static"

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


@bp.get("/")
@bp.get("/docs/")
def home() -> Response:
    """The service's front page is its docs."""
    return redirect(url_for("docs.index"))  # type: ignore[return-value]


@bp.get("/docs/swagger-initializer.js")
def initializer() -> Response:
    return Response(_INITIALIZER % url_for("docs.deployed_spec"), mimetype="text/javascript")


@bp.get("/docs/openapi.yaml")
def deployed_spec() -> Response:
    """The spec as this deployment answers it, for Swagger UI: without keys configured, no
    operation asks for one, so the page shows no locks and no Authorize button."""
    text = current_app.extensions.get("docs_spec")
    if text is None:
        path = Path(current_app.config["OPENAPI_PATH"])
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not current_app.extensions["api_keys"]:
            _without_keys(spec)
        text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        current_app.extensions["docs_spec"] = text
    return Response(text, mimetype="application/yaml")


def _without_keys(spec: dict[str, Any]) -> None:
    spec.pop("security", None)
    spec.get("components", {}).pop("securitySchemes", None)
    for operations in spec.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict):
                operation.pop("security", None)


@bp.get("/docs/assets/<path:filename>")
def asset(filename: str) -> Response:
    return send_from_directory(SWAGGER_UI_ASSETS, filename, max_age=86_400)


@bp.get("/openapi.yaml")
def spec() -> Response:
    """The spec this service implements: the repository's openapi.yaml."""
    path = Path(current_app.config["OPENAPI_PATH"])
    return send_from_directory(path.parent, path.name, mimetype="application/yaml", max_age=0)
