"""The offset invariant, on every gold article: text[start:end] == text for every fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import Pipeline

from .conftest import gold_files, load_gold


@pytest.mark.parametrize("path", gold_files(), ids=lambda path: path.stem)
def test_every_offset_holds(pipeline: Pipeline, path: Path) -> None:
    gold = load_gold(path)
    text = gold["text"]
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    result = pipeline.run(text, published=published)
    spans = [*result.dates, *result.quantities, *result.quotes]
    for actor in result.actors:
        spans += actor.mentions
    for quote in result.quotes:
        spans += [part for part in (quote.speaker, quote.cue) if part is not None]
    for span in spans:
        assert text[span.start : span.end] == span.text, span
        assert 0 <= span.start < span.end <= len(text), span
