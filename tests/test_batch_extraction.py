"""Many articles at once (`extract_documents`, over `nlp.pipe`): the same answers as one at a
time, in order, the cache reused and filled, a bad article answered by its problem in place."""

from __future__ import annotations

from typing import Any

from service.cache import MemoryCache
from service.errors import Problem
from service.extract import Pipeline
from service.extractions import extract_document, extract_documents
from service.schemas import ExtractionRequest

from .conftest import gold_files, load_gold

_LOAD = ExtractionRequest()


def _requests(count: int) -> list[dict[str, Any]]:
    articles = [load_gold(path) for path in gold_files()[:count]]
    return [
        _LOAD.load({"text": a["text"], "published": a.get("published"), "id": f"art-{i}"})
        for i, a in enumerate(articles)
    ]


def _facts(document: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in document.items() if name != "meta"}


def test_many_give_what_one_at_a_time_gives_in_order(pipeline: Pipeline) -> None:
    requests = _requests(6)
    alone = [extract_document(r, pipeline=pipeline, cache=MemoryCache(1, 1)) for r in requests]
    together = list(
        extract_documents(requests, pipeline=pipeline, cache=MemoryCache(64, 60), batch_size=4)
    )
    assert [_facts(a.document) for a in together] == [_facts(a.document) for a in alone]
    assert [a.document["document"]["id"] for a in together] == [f"art-{i}" for i in range(6)]


def test_the_cache_is_reused_and_filled(pipeline: Pipeline) -> None:
    requests = _requests(3)
    cache = MemoryCache(64, 60)
    first = extract_document(requests[1], pipeline=pipeline, cache=cache)
    answers = list(extract_documents(requests, pipeline=pipeline, cache=cache))
    assert [a.cached for a in answers] == [False, True, False]
    assert answers[1].document["key"] == first.document["key"]
    again = extract_document(requests[2], pipeline=pipeline, cache=cache)
    assert again.cached


def test_a_bad_article_is_answered_by_its_problem_in_place(pipeline: Pipeline) -> None:
    good = _requests(2)
    page = "<html><body><article><p>" + "word " * 400 + "</p></article></body></html>"
    bad = _LOAD.load({"text": page, "format": "html", "id": "too-long"})
    answers = list(
        extract_documents(
            [good[0], bad, good[1]], pipeline=pipeline, cache=MemoryCache(8, 60), max_text_chars=500
        )
    )
    assert isinstance(answers[1], Problem) and answers[1].status == 413
    assert [answers[0].document["document"]["id"], answers[2].document["document"]["id"]] == [
        "art-0",
        "art-1",
    ]


def test_a_request_repeated_in_one_batch_is_extracted_once(pipeline: Pipeline) -> None:
    first, other = _requests(2)
    repeat = {**first, "id": "art-0-again"}
    answers = list(
        extract_documents([first, other, repeat], pipeline=pipeline, cache=MemoryCache(8, 60))
    )
    assert [a.cached for a in answers] == [False, False, True]
    assert answers[2].document["document"]["id"] == "art-0-again"
    assert _facts(answers[2].document)["actors"] == _facts(answers[0].document)["actors"]
