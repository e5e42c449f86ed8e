"""Whatever a CMS sends gets a 2xx or a 4xx problem, never a 500 or a hang; offsets stay true."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline
from service.extract.shared.parsing import LONGEST_CHUNK, doc_text, parse

from .test_api import assert_offsets

TEXTS = {
    "100,000 characters without a space": "a" * 100_000,
    "50,000 quotation marks": '"' * 50_000,
    "curly quotes, all opened then all closed": "“" * 1500 + "”" * 1500,
    "unbalanced quotes": 'He said "this is never closed. And "this neither, she said.',
    "nested quotes": '"He said \'she said "x" y\' z," he said. ' * 50,
    "only emoji": "😀🎉🔥" * 500,
    "right-to-left text": "مرحبا بالعالم، قال الوزير يوم الجمعة " * 50,
    "zero-width and control characters": "\u200b\u200e\u200f\ufeff\x01\x02 abc \x7f def" * 20,
    "NUL": "The minister\x00 resigned\x00 on Friday.",
    "CRLF line ends": 'He said.\r\n"Yes," he said.\r\nShe left on Monday.\r\n' * 20,
    "CR line ends": '"Yes," he said.\r"No," she said on 4/8/2023.\r' * 20,
    "a figure of 5,000 digits": "1" * 5000,
    "a figure past float range": "1e308 trillion dollars",
    "a 41-digit figure": "7" * 41 + " cats",
    "dollar signs": "$" * 2000 + " 5",
}


@pytest.fixture
def unhurried(pipeline: Pipeline, redis_url: str, redis_client: object) -> FlaskClient:
    """No time budget: these must all be answered in full (the budget has its own tests)."""
    config = {"REDIS_URL": redis_url, "EXTRACT_TIMEOUT_SECONDS": 0}
    return create_app(config, pipeline=pipeline).test_client()


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_hostile_text_is_answered_with_true_offsets(unhurried: FlaskClient, text: str) -> None:
    response = unhurried.post("/v1/extractions", json={"text": text})
    assert response.status_code == 200
    assert_offsets(text, response.get_json())


def test_html_nested_ten_thousand_deep(client: FlaskClient) -> None:
    markup = "<b>" * 10_000 + "<p>The minister resigned on Friday.</p>" + "</b>" * 10_000
    response = client.post("/v1/extractions", json={"text": markup, "format": "html"})
    assert response.status_code == 200
    document = response.get_json()
    assert "resigned" in document["document"]["text"]
    assert_offsets(document["document"]["text"], document)


SHORT = "The minister resigned on Friday."
# (what, raw body, content type, expected status)
BODIES: list[tuple[str, bytes, str, int]] = [
    ("invalid UTF-8 in JSON", b'{"text": "caf\xe9"}', "application/json", 400),
    ("invalid UTF-8 as text/plain", b"caf\xe9 au lait", "text/plain", 400),
    ("duplicate keys", b'{"text": "a", "text": "b"}', "application/json", 400),
    ("JSON nested 100,000 deep", b"[" * 100_000 + b"]" * 100_000, "application/json", 400),
    ("a JSON body 10x the limit", b'{"text": "' + b"a" * 6_000_000 + b'"}', "application/json",
     413),
    ("NaN as published", b'{"text": "a b", "published": NaN}', "application/json", 422),
    ("a lone surrogate in the text", b'{"text": "a \\ud800 b"}', "application/json", 400),
    ("a lone low surrogate in the id", b'{"text": "a b", "id": "\\udc00"}', "application/json",
     400),
    ("a lone surrogate in a key", b'{"text": "a b", "\\ud800": 1}', "application/json", 400),
    ("a 10,000-element include", json.dumps({"text": SHORT, "include": ["dates"] * 10_000})
     .encode(), "application/json", 422),
]  # fmt: skip


@pytest.mark.parametrize(
    "body, content_type, status", [b[1:] for b in BODIES], ids=[b[0] for b in BODIES]
)
def test_hostile_bodies_are_clear_problems(
    client: FlaskClient, body: bytes, content_type: str, status: int
) -> None:
    response = client.post("/v1/extractions", data=body, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"


WRONG_TYPES: list[tuple[str, Any]] = [
    ("text", None), ("text", 3), ("text", ["a"]), ("text", {"a": 1}), ("text", True),
    ("format", 1), ("format", None), ("format", ["html"]),
    ("id", 1), ("id", {"a": 1}), ("id", "x" * 600),
    ("published", 1), ("published", True), ("published", ["2023-04-07"]),
    ("published", "2023-02-30"),
    ("include", None), ("include", "dates"), ("include", [1]), ("include", {"dates": True}),
]  # fmt: skip


@pytest.mark.parametrize("field, value", WRONG_TYPES)
def test_every_field_with_a_wrong_type_is_422_naming_it(
    client: FlaskClient, field: str, value: Any
) -> None:
    body: dict[str, Any] = {"text": SHORT, field: value}
    response = client.post("/v1/extractions", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_long_runs_without_spaces_are_tokenized_in_pieces(nlp: Any) -> None:
    text = "start " + "a" * (LONGEST_CHUNK * 3 + 7) + " end"
    doc = parse(nlp, text)
    assert doc.text == text == doc_text(doc)
    assert max(len(token) for token in doc) <= LONGEST_CHUNK
