"""Property tests of the extraction core: for any text, no exception and every offset holds."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extract import Pipeline

# Words that wake every extractor, so random texts reach deep into the rules, not just the
# tokenizer: names, reporting verbs, quote marks, dates, numbers, units, currencies.
NEWS_WORDS = [
    "said", "told", "according to", "he", "she", "they", "President", "Maria", "Lopez", "Acme Corp",
    "(ACME)", "Paris", "Russian", "the ministry", '"', "“", "”", "'", "«", "»", ",", ".", ":", "\n",
    "\n\n", "on Friday", "last February", "2023", "4/8/2023", "5:55 p.m.", "two weeks ago",
    "per day", "about", "more than", "3,000", "14 million", "$2.5bn", "84 percent", "%", "€",
    "a third", "-", "to", "between", "and", "51,", "km", "doubled", "rose", "by", "COVID-19",
]  # fmt: skip

news_like = st.lists(st.sampled_from(NEWS_WORDS), max_size=60).map(" ".join)
anything = st.text(max_size=300)
reference = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))


def every_span(result: Any) -> list[Any]:
    """Every fact, actor mention, quote speaker and cue of an Extraction."""
    spans = [*result.dates, *result.quantities, *result.quotes]
    for actor in result.actors:
        spans += actor.mentions
    for quote in result.quotes:
        spans += [part for part in (quote.speaker, quote.cue) if part is not None]
    return spans


def assert_offsets_hold(text: str, result: Any) -> None:
    for span in every_span(result):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(text=st.one_of(news_like, anything), published=reference)
def test_any_text_is_extracted_with_true_offsets(
    pipeline: Pipeline, text: str, published: date | None
) -> None:
    result = pipeline.run(text, published=published)
    assert_offsets_hold(text, result)
    assert result.characters == len(text)


@SETTINGS
@given(text=news_like)
def test_the_same_text_gets_the_same_facts_and_ids(pipeline: Pipeline, text: str) -> None:
    first = pipeline.run(text, published=date(2023, 4, 7))
    second = pipeline.run(text, published=date(2023, 4, 7))
    assert first == second
