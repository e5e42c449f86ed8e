"""The article page (/view): an editor pastes an article and sees its facts marked in the text.

The page is a shell: its scripts (static/view/) call the API from the reader's browser, with
the key the reader types in when keys are on, so the page itself serves no article and no fact.
Its Content-Security-Policy lets it load only this service's own script, styles and API: an
article that carries markup could not run anything even if the script were to insert it as HTML
(it inserts text only).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

bp = Blueprint("view", __name__)

# No inline script or style anywhere (no 'unsafe-inline'); connect-src 'self' keeps the page to
# its own API; frame-ancestors and base-uri close the usual side doors. /docs has a policy of its
# own making (none: Swagger UI's page uses an inline style), so this applies to /view only.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)


@bp.get("/view")
def page() -> str:
    """The empty page: paste an article, see its facts."""
    return _render(None)


@bp.get("/view/<key>")
def stored(key: str) -> str:
    """The page for a stored answer: the script fetches GET /v1/extractions/{key} itself."""
    return _render(key)


def _render(key: str | None) -> str:
    # The page asks for a key only when the API will: the same keys access.py checks.
    keys_required = bool(current_app.extensions["api_keys"])
    return render_template("view.html", key=key, keys_required=keys_required)


@bp.after_request
def _policy(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    # The key of a stored answer is in the page's address: no other site learns it.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
