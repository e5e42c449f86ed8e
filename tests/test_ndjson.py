"""One answer, one line: the line breaks JSON leaves raw inside strings are escaped."""

from __future__ import annotations

import json

import pytest

from service.ndjson import ndjson_text


@pytest.mark.parametrize("breaker", ["\u2028", "\u2029", "\x85"])
def test_an_article_text_cannot_split_its_line(breaker: str) -> None:
    value = {"text": f"one{breaker}two", "name": "Zoë"}
    for given in (value, json.dumps(value, ensure_ascii=False).encode("utf-8")):
        line = ndjson_text(given)
        assert line.splitlines() == [line]
        assert json.loads(line) == value
        assert "Zoë" in line  # UTF-8 left as it is
