"""The cache: Redis when configured (a real server), an LRU otherwise; an outage is only a miss."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis
from flask.testing import FlaskClient
from pytest_redis.executor import RedisExecutor

from service import create_app
from service.cache import KEY_PREFIX, MemoryCache, cache_key, make_cache
from service.embedded_redis import ensure_embedded_redis
from service.extract import Pipeline

TEXT = "Olaf Scholz said on Monday that Germany would send 14 tanks to Ukraine."


def test_a_repeat_is_read_from_redis(client: FlaskClient, redis_client: redis.Redis) -> None:
    first = client.post("/v1/extractions", json={"text": TEXT}).get_json()
    assert redis_client.exists(KEY_PREFIX + first["key"]) == 1
    assert 0 < redis_client.ttl(KEY_PREFIX + first["key"]) <= 86_400
    second = client.post("/v1/extractions", json={"text": TEXT})
    assert second.headers["X-Cache"] == "hit"
    assert second.get_json()["actors"] == first["actors"]


def test_the_hit_really_comes_from_redis(client: FlaskClient, redis_client: redis.Redis) -> None:
    key = client.post("/v1/extractions", json={"text": TEXT}).get_json()["key"]
    redis_client.delete(KEY_PREFIX + key)
    assert client.post("/v1/extractions", json={"text": TEXT}).headers["X-Cache"] == "miss"


def test_ttl_comes_from_configuration(
    pipeline: Pipeline, redis_url: str, redis_client: redis.Redis
) -> None:
    app = create_app({"REDIS_URL": redis_url, "CACHE_TTL_SECONDS": 60}, pipeline=pipeline)
    key = app.test_client().post("/v1/extractions", json={"text": TEXT}).get_json()["key"]
    assert 0 < redis_client.ttl(KEY_PREFIX + key) <= 60


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda stored: b"\x00{not json", id="garbage"),
        pytest.param(lambda stored: stored[: len(stored) // 2], id="truncated"),
        # What an earlier release stored: the same document, JSON with spaces.
        pytest.param(lambda stored: json.dumps(json.loads(stored)).encode(), id="older format"),
    ],
)
def test_a_corrupted_entry_is_a_miss(
    client: FlaskClient, redis_client: redis.Redis, damage: Callable[[bytes], bytes]
) -> None:
    key = client.post("/v1/extractions", json={"text": TEXT}).get_json()["key"]
    stored = redis_client.get(KEY_PREFIX + key)
    assert isinstance(stored, bytes)
    redis_client.set(KEY_PREFIX + key, damage(stored))
    response = client.post("/v1/extractions", json={"text": TEXT})
    assert response.status_code == 200
    assert response.headers["X-Cache"] == "miss"
    assert client.get(f"/v1/extractions/{key}").status_code == 200  # the entry was replaced
    assert client.post("/v1/extractions", json={"text": TEXT}).headers["X-Cache"] == "hit"


def test_a_corrupted_entry_is_not_found_by_key(
    client: FlaskClient, redis_client: redis.Redis
) -> None:
    key = client.post("/v1/extractions", json={"text": TEXT}).get_json()["key"]
    redis_client.set(KEY_PREFIX + key, b"\x00{not json")
    assert client.get(f"/v1/extractions/{key}").status_code == 404


def test_key_covers_every_field_that_changes_the_answer_and_the_pipeline() -> None:
    base: dict[str, Any] = {"text": "a", "format": "text", "published": None, "include": ["dates"]}
    keys = {
        cache_key(base, "v1"),
        cache_key(base, "v2"),
        cache_key({**base, "text": "b"}, "v1"),
        cache_key({**base, "format": "html"}, "v1"),
        cache_key({**base, "published": "2023-04-07"}, "v1"),
        cache_key({**base, "include": ["actors"]}, "v1"),
    }
    assert len(keys) == 6
    assert cache_key(dict(reversed(base.items())), "v1") == cache_key(base, "v1")


def test_memory_cache_when_asked_for(pipeline: Pipeline) -> None:
    app = create_app({"REDIS_URL": "", "CACHE_BACKEND": "memory"}, pipeline=pipeline)
    client = app.test_client()
    assert client.post("/v1/extractions", json={"text": TEXT}).headers["X-Cache"] == "miss"
    assert client.post("/v1/extractions", json={"text": TEXT}).headers["X-Cache"] == "hit"
    assert client.get("/readyz").status_code == 200


def test_memory_cache_evicts_least_recently_used_and_expired() -> None:
    cache = MemoryCache(max_entries=2, ttl_seconds=60)
    cache.put("a", b"1")
    cache.put("b", b"2")
    assert cache.get("a") == b"1"
    cache.put("c", b"3")
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (b"1", None, b"3")
    expiring = MemoryCache(max_entries=2, ttl_seconds=0)
    expiring.put("a", b"1")
    time.sleep(0.01)
    assert expiring.get("a") is None


def test_redis_outage_answers_uncached_logs_once_and_recovers(
    pipeline: Pipeline, outage_redis: RedisExecutor, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://{outage_redis.host}:{outage_redis.port}/0"
    app = create_app({"REDIS_URL": url, "REDIS_RETRY_SECONDS": 0.0}, pipeline=pipeline)
    client = app.test_client()
    caplog.set_level(logging.WARNING, logger="service.cache")
    outage_redis.stop()
    try:
        for number in range(3):
            response = client.post("/v1/extractions", json={"text": f"{TEXT} ({number})"})
            assert response.status_code == 200
            assert response.headers["X-Cache"] == "miss"
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.get_json()["checks"] == {"model": "ok", "cache": "unreachable"}
        outages = [r for r in caplog.records if "unavailable" in r.getMessage()]
        assert len(outages) == 1
    finally:
        outage_redis.start()
    assert client.get("/readyz").status_code == 200
    client.post("/v1/extractions", json={"text": TEXT})
    assert client.post("/v1/extractions", json={"text": TEXT}).headers["X-Cache"] == "hit"
    assert sum("available again" in r.getMessage() for r in caplog.records) == 1


def test_a_slow_or_unroutable_redis_costs_a_timeout_not_an_error(pipeline: Pipeline) -> None:
    # Nothing listens on port 1: every Redis call fails fast and the answer is computed.
    app = create_app({"REDIS_URL": "redis://127.0.0.1:1/0"}, pipeline=pipeline)
    response = app.test_client().post("/v1/extractions", json={"text": TEXT})
    assert response.status_code == 200
    assert response.get_json()["meta"]["cached"] is False


def _settings(**overrides: Any) -> dict[str, Any]:
    from service.config import load_config

    return load_config({"REDIS_URL": "", **overrides})


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"CACHE_BACKEND": "disk"}, "CACHE_BACKEND must be one of redis, embedded, memory"),
        ({"CACHE_BACKEND": "redis"}, "CACHE_BACKEND=redis needs REDIS_URL"),
    ],
)
def test_a_cache_setting_that_cannot_work_stops_the_start(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        make_cache(_settings(**overrides))


def test_memory_is_the_in_process_cache_when_asked_for() -> None:
    assert isinstance(make_cache(_settings(CACHE_BACKEND="memory")), MemoryCache)


def test_the_embedded_redis_is_joined_not_started_twice(tmp_path: Path) -> None:
    first = ensure_embedded_redis(tmp_path, max_memory="16mb")
    second = ensure_embedded_redis(tmp_path, max_memory="16mb")
    try:
        assert first.process is not None and second.process is None
        assert first.url == second.url == f"unix://{tmp_path / 'redis.sock'}?db=0"
        redis.Redis.from_url(first.url).set("shared", "yes")
        assert redis.Redis.from_url(second.url).get("shared") == b"yes"
        second.stop()  # a joined server is left running
        assert redis.Redis.from_url(first.url).ping()
    finally:
        first.stop()
    assert not (tmp_path / "redis.sock").exists()
    assert (tmp_path / "cache.rdb").exists()  # it snapshots as it stops
