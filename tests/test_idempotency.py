"""Idempotency-Key on POST /v1/extractions: a retry is answered as the first request was, the
same key with another body is refused; with Redis and with the in-process cache alike."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline

ARTICLE = {"text": "Mayor Anne Hidalgo said on Friday that Paris would plant 170,000 trees."}


def _memory_client(pipeline: Pipeline) -> FlaskClient:
    app = create_app({"CACHE_BACKEND": "memory", "TESTING": True}, pipeline=pipeline)
    return app.test_client()


@pytest.fixture(params=["redis", "memory"])
def any_client(request: pytest.FixtureRequest, pipeline: Pipeline) -> FlaskClient:
    if request.param == "redis":
        client: FlaskClient = request.getfixturevalue("client")
        return client
    return _memory_client(pipeline)


def test_a_retry_gets_the_first_answer(any_client: FlaskClient) -> None:
    headers = {"Idempotency-Key": "cms-42-save-7"}
    first = any_client.post("/v1/extractions", json=ARTICLE, headers=headers)
    assert first.status_code == 200 and "Idempotent-Replayed" not in first.headers
    retry = any_client.post("/v1/extractions", json=ARTICLE, headers=headers)
    assert retry.status_code == 200
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert retry.headers["X-Cache"] == "hit"
    assert {k: v for k, v in retry.json.items() if k != "meta"} == {  # type: ignore[union-attr]
        k: v
        for k, v in first.json.items()  # type: ignore[union-attr]
        if k != "meta"
    }


def test_the_same_key_with_another_body_is_refused(any_client: FlaskClient) -> None:
    headers = {"Idempotency-Key": "cms-42-save-8"}
    assert any_client.post("/v1/extractions", json=ARTICLE, headers=headers).status_code == 200
    other = any_client.post(
        "/v1/extractions", json={**ARTICLE, "published": "2024-05-03"}, headers=headers
    )
    assert other.status_code == 422
    assert list(other.json["errors"]) == ["Idempotency-Key"]  # type: ignore[index]


def test_a_failed_request_leaves_its_key_free(any_client: FlaskClient) -> None:
    headers = {"Idempotency-Key": "cms-42-save-9"}
    bad = any_client.post("/v1/extractions", json={"text": " "}, headers=headers)
    assert bad.status_code == 422
    # The caller fixes the body and retries under the same key.
    assert any_client.post("/v1/extractions", json=ARTICLE, headers=headers).status_code == 200


def test_a_malformed_key_is_refused(any_client: FlaskClient) -> None:
    for key in ("", "x" * 256, "tab\there"):
        response = any_client.post(
            "/v1/extractions", json=ARTICLE, headers={"Idempotency-Key": key}
        )
        assert response.status_code == 422, key
