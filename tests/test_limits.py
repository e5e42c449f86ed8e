"""Rate limits per key (or client address), counted in Redis so all workers share them."""

from __future__ import annotations

from typing import Any

import redis
from flask import Flask

from service import create_app
from service.extract import Pipeline

TEXT = {"text": "The council met on Monday."}


def limited(pipeline: Pipeline, redis_url: str, **extra: Any) -> Flask:
    config = {"REDIS_URL": redis_url, "RATE_LIMIT": "3/minute", **extra}
    return create_app(config, pipeline=pipeline)


def test_the_fourth_request_in_a_minute_is_429(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    client = limited(pipeline, redis_url).test_client()
    answers = [client.post("/v1/extractions", json=TEXT) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers[:3]] == ["2", "1", "0"]
    assert answers[0].headers["RateLimit-Limit"] == "3"
    refused = answers[3]
    assert refused.mimetype == "application/problem+json"
    assert refused.get_json()["type"] == "/problems/too-many-requests"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert any(b"newsfacts:limits" in key for key in redis_client.keys("*"))


def test_one_budget_covers_both_extraction_routes(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    client = limited(pipeline, redis_url).test_client()
    key = client.post("/v1/extractions", json=TEXT).get_json()["key"]
    assert client.get(f"/v1/extractions/{key}").status_code == 200
    assert client.get(f"/v1/extractions/{key}").status_code == 200
    assert client.get(f"/v1/extractions/{key}").status_code == 429


def test_a_batch_counts_once_when_submitted_and_polling_is_free(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    client = limited(pipeline, redis_url).test_client()
    batch = {"articles": [TEXT, TEXT, TEXT, TEXT, TEXT]}  # five articles, one request
    accepted = client.post("/v1/batches", json=batch)
    assert accepted.status_code == 202
    assert accepted.headers["RateLimit-Remaining"] == "2"
    location = accepted.headers["Location"]
    polls = [client.get(location) for _ in range(5)] + [client.get(f"{location}/results")]
    assert {poll.status_code for poll in polls} == {200}
    assert "RateLimit-Remaining" not in polls[0].headers
    assert [client.post("/v1/batches", json=batch).status_code for _ in range(3)] == [
        202,
        202,
        429,
    ]


def test_the_count_is_shared_between_processes_through_redis(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    # Two app instances stand for two gunicorn workers: they share one budget.
    first = limited(pipeline, redis_url).test_client()
    second = limited(pipeline, redis_url).test_client()
    codes = [c.post("/v1/extractions", json=TEXT).status_code for c in (first, second) * 2]
    assert codes == [200, 200, 200, 429]


def test_each_key_has_its_own_budget(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    client = limited(pipeline, redis_url, API_KEYS="one,two").test_client()
    for _ in range(3):
        client.post("/v1/extractions", json=TEXT, headers={"X-API-Key": "one"})
    one = client.post("/v1/extractions", json=TEXT, headers={"X-API-Key": "one"})
    two = client.post("/v1/extractions", json=TEXT, headers={"X-API-Key": "two"})
    assert (one.status_code, two.status_code) == (429, 200)


def test_probes_are_not_limited(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    client = limited(pipeline, redis_url).test_client()
    assert all(client.get("/healthz").status_code == 200 for _ in range(6))


def test_limits_hold_when_redis_is_down(pipeline: Pipeline) -> None:
    # Nothing listens on port 1: the limiter counts in memory instead of failing requests.
    client = limited(pipeline, "redis://127.0.0.1:1/0").test_client()
    codes = [client.post("/v1/extractions", json=TEXT).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
