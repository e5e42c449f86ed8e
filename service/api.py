"""The extraction endpoints: POST /v1/extractions and GET /v1/extractions/{key}."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app, request
from marshmallow import ValidationError

from .errors import InvalidFields, NotFound, TooLarge, UnreadableBody, UnsupportedMediaType
from .extractions import Answer, extract_document, stored_document
from .metrics import observe_extraction
from .schemas import ExtractionRequest

bp = Blueprint("extractions", __name__, url_prefix="/v1/extractions")
_LOAD = ExtractionRequest()


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse an object that names a key twice: parsers disagree on which value wins."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(f"the key {key!r} appears twice")
        result[key] = value
    return result


def _json_body() -> Any:
    raw = request.get_data()
    try:
        body = json.loads(raw, object_pairs_hook=_unique_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise UnreadableBody(f"The body is not valid JSON: {error}.") from error
    if _has_lone_surrogate(body):
        # "\ud800" parses, but names half of a UTF-16 pair: no character, and no UTF-8 either.
        raise UnreadableBody(
            "The body has a lone surrogate escape (such as \\ud800) in a string: it is half of "
            "a character, not text. Send the text as UTF-8 or escape whole pairs."
        )
    return body


def _has_lone_surrogate(body: Any) -> bool:
    """Whether any string in the parsed body (keys included) cannot be encoded as UTF-8."""
    pending = [body]  # a stack, not recursion: the body may nest as deep as json allowed
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(value, dict):
            pending.extend(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False


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
        body = _json_body()
        if not isinstance(body, dict):
            raise InvalidFields({"_schema": ["The body must be a JSON object."]})
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
    _check_size(body)
    try:
        loaded: dict[str, Any] = _LOAD.load(body)
    except ValidationError as error:
        raise InvalidFields(_field_errors(error.messages)) from error
    return loaded


def _check_size(body: dict[str, Any]) -> None:
    """Raw HTML is limited in bytes; plain text in characters (the HTML's own text is checked
    once it is extracted: pages carry far more markup than words)."""
    text = body.get("text")
    if not isinstance(text, str):
        return
    if body.get("format") == "html":
        limit = current_app.config["MAX_HTML_BYTES"]
        size = len(text.encode("utf-8"))
        if size > limit:
            raise TooLarge(f"The HTML has {size:,} bytes; the limit is {limit:,} (MAX_HTML_BYTES).")
        return
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise TooLarge(
            f"The text has {len(text):,} characters; the limit is {limit:,} (MAX_TEXT_CHARS)."
        )


def _field_errors(messages: Any) -> dict[str, Any]:
    if isinstance(messages, dict):
        return {str(field): value for field, value in messages.items()}
    return {"_schema": messages}


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
    loaded = _load_request()
    extensions = current_app.extensions
    answer = extract_document(
        loaded,
        pipeline=extensions["pipeline"],
        cache=extensions["cache"],
        budget_seconds=current_app.config["EXTRACT_TIMEOUT_SECONDS"],
        max_text_chars=current_app.config["MAX_TEXT_CHARS"],
    )
    if answer.extraction_seconds is not None:
        observe_extraction(answer.extraction_seconds)
    return _answer(answer)


@bp.get("/<key>")
def get_extraction(key: str) -> Response:
    """Return a stored Extraction by the key an earlier answer gave."""
    answer = stored_document(key, cache=current_app.extensions["cache"])
    if answer is None:
        raise NotFound(f"No stored extraction has the key {key!r}; it may have expired.")
    return _answer(answer)
