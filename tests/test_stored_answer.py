"""The stored answer: one JSON text per article, each request's id and meta spliced into it. The
result must parse to what personalising the parsed document gives, in the same order, for any id."""

from __future__ import annotations

import json
from typing import Any

import pytest

from service.schemas import ExtractionSchema
from service.stored_answer import StoredAnswer

KEY = "ab" * 32


def neutral_document(**document: Any) -> dict[str, Any]:
    """An Extraction as the schema dumps it, per-request fields neutral (as the cache keeps it)."""
    body = {
        "key": KEY,
        "document": {
            "id": None,
            "characters": 12,
            "language": "en",
            "published": None,
            "published_source": None,
            **document,
        },
        "dates": [],
        "quotes": [],
        "meta": {
            "service_version": "0.1.0",
            "pipeline_version": "p+m",
            "model": "m",
            "elapsed_ms": 0.0,
            "cached": False,
        },
    }
    dumped: dict[str, Any] = ExtractionSchema().dump(body)
    return dumped


def personalised(stored: dict[str, Any], caller_id: str | None, ms: float, cached: bool) -> Any:
    """What the service answered before: the parsed document, its per-request fields set."""
    return {
        **stored,
        "document": {**stored["document"], "id": caller_id},
        "meta": {**stored["meta"], "elapsed_ms": round(ms, 1), "cached": cached},
    }


def order(value: Any) -> Any:
    """The keys of every object, in order, nested: parsed equality ignores order, this not."""
    if isinstance(value, dict):
        return [(name, order(item)) for name, item in value.items()]
    if isinstance(value, list):
        return [order(item) for item in value]
    return value


IDS = [
    None,
    "art-1",
    "",
    'a "quoted" id',
    "back\\slash, new\nline, tab\t, nul\x00",
    "Zürich – 東京 🗞",
    "\u2028\u2029",
    "\udc00",  # a lone surrogate cannot be UTF-8: it must come out as an escape, not break
]


@pytest.mark.parametrize("caller_id", IDS)
@pytest.mark.parametrize("cached", [True, False])
def test_the_spliced_answer_is_the_personalised_document(
    caller_id: str | None, cached: bool
) -> None:
    document = neutral_document(text="Zürich said “yes”.", title='A "title"')
    stored = StoredAnswer.from_document(document)
    body = stored.answer(caller_id, 12.345, cached)
    body.decode("utf-8")  # valid UTF-8 whatever the id
    parsed = json.loads(body)
    expected = personalised(document, caller_id, 12.345, cached)
    assert parsed == expected
    assert order(parsed) == order(expected)


def test_the_stored_text_is_read_back_for_its_key_only() -> None:
    stored = StoredAnswer.from_document(neutral_document())
    assert StoredAnswer.read(KEY, stored.text) == stored
    assert StoredAnswer.read("cd" * 32, stored.text) is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: b"\x00{not json", id="garbage"),
        pytest.param(lambda text: b"", id="empty"),
        pytest.param(lambda text: text[:-10], id="truncated"),
        pytest.param(lambda text: text[10:], id="cut at the front"),
        pytest.param(lambda text: json.dumps(json.loads(text)).encode(), id="an older format"),
        pytest.param(
            lambda text: text.replace(b'"id":null', b'"id":"x"', 1), id="an id already in it"
        ),
        pytest.param(lambda text: text.replace(b'"cached":false', b'"cached":true'), id="cached"),
    ],
)
def test_an_entry_that_is_not_a_stored_answer_reads_as_none(damage: Any) -> None:
    text = StoredAnswer.from_document(neutral_document()).text
    assert StoredAnswer.read(KEY, damage(text)) is None


def test_a_document_without_the_splice_points_is_refused() -> None:
    document = neutral_document()
    reordered = {"meta": document["meta"], **{k: v for k, v in document.items() if k != "meta"}}
    with pytest.raises(ValueError, match="splice"):
        StoredAnswer.from_document(reordered)
