"""Reading an extraction request from JSON: the checks POST /v1/extractions makes.

A backfill's JSON lines go through the same functions, so a line is refused for the same
reasons as a request body, with the same problem.
"""

from __future__ import annotations

import json
from typing import Any

from marshmallow import ValidationError

from .errors import InvalidFields, TooLarge, UnreadableBody
from .schemas import ExtractionRequest

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


def parse_json(raw: bytes, what: str = "The body") -> Any:
    """The JSON value in `raw` (UTF-8), or UnreadableBody saying why `what` is not one."""
    try:
        value = json.loads(raw, object_pairs_hook=_unique_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise UnreadableBody(f"{what} is not valid JSON: {error}.") from error
    if _has_lone_surrogate(value):
        # "\ud800" parses, but names half of a UTF-16 pair: no character, and no UTF-8 either.
        raise UnreadableBody(
            f"{what} has a lone surrogate escape (such as \\ud800) in a string: it is half of "
            "a character, not text. Send the text as UTF-8 or escape whole pairs."
        )
    return value


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


def require_object(body: Any, what: str = "The body") -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidFields({"_schema": [f"{what} must be a JSON object."]})
    return body


def check_size(body: dict[str, Any], *, max_text_chars: int, max_html_bytes: int) -> None:
    """Raw HTML is limited in bytes; plain text in characters (the HTML's own text is checked
    once it is extracted: pages carry far more markup than words)."""
    text = body.get("text")
    if not isinstance(text, str):
        return
    if body.get("format") == "html":
        size = len(text.encode("utf-8"))
        if size > max_html_bytes:
            raise TooLarge(
                f"The HTML has {size:,} bytes; the limit is {max_html_bytes:,} (MAX_HTML_BYTES)."
            )
        return
    if len(text) > max_text_chars:
        raise TooLarge(
            f"The text has {len(text):,} characters; the limit is {max_text_chars:,} "
            "(MAX_TEXT_CHARS)."
        )


def load_request(body: dict[str, Any]) -> dict[str, Any]:
    """The request loaded through ExtractionRequest, or InvalidFields naming each bad field."""
    try:
        loaded: dict[str, Any] = _LOAD.load(body)
    except ValidationError as error:
        raise InvalidFields(_field_errors(error.messages)) from error
    return loaded


def _field_errors(messages: Any) -> dict[str, Any]:
    if isinstance(messages, dict):
        return {str(field): value for field, value in messages.items()}
    return {"_schema": messages}


def read_request(
    raw: bytes, *, max_text_chars: int, max_html_bytes: int, what: str = "The body"
) -> dict[str, Any]:
    """One JSON object of request fields, read, checked and loaded as the API does."""
    body = require_object(parse_json(raw, what), what)
    check_size(body, max_text_chars=max_text_chars, max_html_bytes=max_html_bytes)
    return load_request(body)
