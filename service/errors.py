"""Every error leaves as RFC 9457 problem+json: one root exception, small subclasses."""

from __future__ import annotations

import logging
import traceback
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, current_app, jsonify
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

PROBLEM_MEDIA_TYPE = "application/problem+json"

log = logging.getLogger(__name__)


class Problem(Exception):
    """An answer that is not the happy path, with what the caller needs to fix it."""

    status = 500
    slug = "internal-error"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {
            "type": f"/problems/{self.slug}",
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }


class UnreadableBody(Problem):
    status, slug = 400, "unreadable-body"


class NotFound(Problem):
    status, slug = 404, "not-found"


class TooLarge(Problem):
    status, slug = 413, "too-large"


class UnsupportedMediaType(Problem):
    status, slug = 415, "unsupported-media-type"


class InvalidFields(Problem):
    """422: `errors` maps each bad field to what is wrong with it."""

    status, slug = 422, "invalid-fields"

    def __init__(self, errors: dict[str, Any]) -> None:
        names = ", ".join(sorted(errors))
        super().__init__(f"Invalid request fields: {names}.", errors=errors)


class NotReady(Problem):
    status, slug = 503, "not-ready"


def problem_response(problem: Problem) -> Response:
    response = jsonify(problem.body())
    response.status_code = problem.status
    response.mimetype = PROBLEM_MEDIA_TYPE
    return response


def _http_exception(error: HTTPException) -> Response:
    """Werkzeug's own errors (404 route, 405, 413 from MAX_CONTENT_LENGTH) in the same shape."""
    if isinstance(error, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return problem_response(
            TooLarge(
                f"The body is over {limit:,} bytes, the most one request may carry (MAX_HTML_BYTES "
                "of HTML or MAX_TEXT_CHARS characters of text, as JSON); it was not read."
            )
        )
    status = error.code or 500
    problem = Problem(error.description or HTTPStatus(status).phrase)
    problem.status = status
    problem.slug = HTTPStatus(status).phrase.lower().replace(" ", "-")
    response = problem_response(problem)
    for name, value in error.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


def _unexpected(error: Exception) -> Response:
    """A bug of ours: logged with its traceback, answered in the same shape.

    The exception's message is left out of the log: it may quote the article, and embargoed
    stories pass through here. Its type and the frames say where to look.
    """
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unhandled %s while answering a request", type(error).__name__,
              extra={"traceback": frames})  # fmt: skip
    return problem_response(Problem("The service failed to answer this request; it is logged."))


def init_app(app: Flask) -> None:
    app.register_error_handler(Problem, problem_response)
    app.register_error_handler(HTTPException, _http_exception)
    app.register_error_handler(Exception, _unexpected)
