"""The extraction endpoints: POST /v1/extractions and GET /v1/extractions/{key}."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request

from . import idempotency
from .errors import InvalidFields, NotFound, UnreadableBody, UnsupportedMediaType
from .extractions import Answer, extract_document, stored_document
from .loading import check_size, load_request, parse_json, require_object
from .metrics import observe_extraction

bp = Blueprint("extractions", __name__, url_prefix="/v1/extractions")


QUERY_FIELDS = {"format", "id", "published", "include"}


def _query_fields() -> dict[str, Any]:
    """The request fields given as query parameters (a text/plain body has no other place)."""
    fields: dict[str, Any] = {
        name: request.args[name] for name in ("format", "id", "published") if name in request.args
    }
    if "include" in request.args:
        fields["include"] = [
            kind for value in request.args.getlist("include") for kind in value.split(",") if kind
        ]
    return fields


def _plain_body() -> dict[str, Any]:
    """text/plain: the body is the article; the other fields come as query parameters."""
    try:
        text = request.get_data().decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableBody("A text/plain body must be UTF-8.") from error
    return {"text": text, **_query_fields()}


def _load_request() -> dict[str, Any]:
    # A misspelled parameter (?publised=...) would otherwise be lost without a word.
    unknown = sorted(set(request.args) - QUERY_FIELDS)
    if unknown:
        raise InvalidFields({name: ["Unknown query parameter."] for name in unknown})
    if request.mimetype == "application/json":
        body = require_object(parse_json(request.get_data()))
        # Query parameters count beside a JSON body too (Swagger UI offers both); a field given
        # in both places with two values is ambiguous, so it is refused rather than one value
        # silently lost.
        query = _query_fields()
        clash = sorted(name for name in set(query) & set(body) if query[name] != body[name])
        if clash:
            message = "The JSON body and the query parameter give two values; give one."
            raise InvalidFields({name: [message] for name in clash})
        body = {**body, **query}
    elif request.mimetype == "text/plain":
        body = _plain_body()
    else:
        raise UnsupportedMediaType(
            f"Send application/json or text/plain, not {request.mimetype or 'no media type'}."
        )
    return load_article(body)


def load_article(body: dict[str, Any]) -> dict[str, Any]:
    """One article's fields, checked and loaded as POST /v1/extractions and a batch take them."""
    check_size(
        body,
        max_text_chars=current_app.config["MAX_TEXT_CHARS"],
        max_html_bytes=current_app.config["MAX_HTML_BYTES"],
    )
    return load_request(body)


def _answer(answer: Answer) -> Response:
    etag = answer.key
    if request.if_none_match.contains_weak(etag):
        response = Response(status=304)
    else:
        # Already JSON text: sent as it is (the newline as jsonify ends its answers).
        response = Response(answer.body + b"\n", mimetype="application/json")
    response.set_etag(etag, weak=True)
    response.headers["X-Cache"] = "hit" if answer.cached else "miss"
    return response


@bp.post("")
def create_extraction() -> Response:
    """Extract the facts of one article (from the cache when the same request was answered)."""
    # The same request always gets the same facts (from the cache once answered), so a retry
    # under its Idempotency-Key is answered as the first was; the key only guards its body.
    held = idempotency.claim("extractions", required=False)
    try:
        loaded = _load_request()
        extensions = current_app.extensions
        answer = extract_document(
            loaded,
            pipeline=extensions["pipeline"],
            cache=extensions["cache"],
            budget_seconds=current_app.config["EXTRACT_TIMEOUT_SECONDS"],
            max_text_chars=current_app.config["MAX_TEXT_CHARS"],
        )
    except BaseException:
        if held is not None and held.answer is None:
            held.release()
        raise
    if answer.extraction_seconds is not None:
        observe_extraction(answer.extraction_seconds)
    response = _answer(answer)
    if held is not None:
        if held.answer is None:
            held.keep({"key": answer.key})
        else:
            response.headers["Idempotent-Replayed"] = "true"
    return response


@bp.get("/<key>")
def get_extraction(key: str) -> Response:
    """Return a stored Extraction by the key an earlier answer gave."""
    answer = stored_document(key, cache=current_app.extensions["cache"])
    if answer is None:
        raise NotFound(f"No stored extraction has the key {key!r}; it may have expired.")
    return _answer(answer)
