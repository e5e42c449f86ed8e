"""The offset invariant, on every gold article: text[start:end] == text for every fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import Pipeline

from .conftest import gold_files, load_gold
from .test_properties import assert_offsets_hold, every_span


@pytest.mark.parametrize("path", gold_files(), ids=lambda path: path.stem)
def test_every_offset_holds(pipeline: Pipeline, path: Path) -> None:
    gold = load_gold(path)
    text = gold["text"]
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    result = pipeline.run(text, published=published)
    assert_offsets_hold(text, result)
    assert all(span.start < span.end for span in every_span(result))
