"""Inputs no article contains still get a 2xx or a 4xx, never a 500, and offsets stay true."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from service.extract.parsing import LONGEST_CHUNK, doc_text, parse

from .test_api import assert_offsets

HOSTILE = [
    '"' * 3000,
    "“" * 1500 + "”" * 1500,
    "1" * 5000,
    "1" * 300 + " million people",
    "1e308 trillion dollars",
    "7" * 41 + " cats",
    "\x00\x01 abc \u200b\u200e def \ufeff",
    "😀" * 500,
    "مرحبا بالعالم " * 50,
    'He said.\r\n"Yes," he said.\r"No," she said.\r\n' * 20,
    "$" * 2000 + " 5",
    '"He said \'she said "x" y\' z," he said. ' * 50,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_answered_with_true_offsets(client: FlaskClient, text: str) -> None:
    response = client.post("/v1/extractions", json={"text": text})
    assert response.status_code == 200
    assert_offsets(text, response.get_json())


def test_long_runs_without_spaces_are_tokenized_in_pieces(nlp: object) -> None:
    text = "start " + "a" * (LONGEST_CHUNK * 3 + 7) + " end"
    doc = parse(nlp, text)
    assert doc.text == text == doc_text(doc)  # type: ignore[attr-defined]
    assert max(len(token) for token in doc) <= LONGEST_CHUNK  # type: ignore[attr-defined]
