"""The service as a CMS sees it: gunicorn on a real port, spoken to over HTTP."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import requests
from rq import Worker

from .live import gunicorn


@pytest.fixture(scope="module")
def server(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("home")
    with gunicorn(REDIS_URL=redis_url, HOME=str(home)) as base:
        yield base


def test_post_article_over_http_then_hit_the_cache(server: str, seed: dict) -> None:
    body = {"text": seed["text"], "published": seed["published"], "id": "http-seed"}
    first = requests.post(f"{server}/v1/extractions", json=body, timeout=60)
    assert first.status_code == 200
    assert first.headers["Content-Type"] == "application/json"
    document = first.json()
    for kind in ("actors", "dates", "quantities", "quotes"):
        assert document[kind]
    second = requests.post(f"{server}/v1/extractions", json=body, timeout=60)
    assert second.headers["X-Cache"] == "hit"
    assert second.json()["quotes"] == document["quotes"]
    by_key = requests.get(f"{server}/v1/extractions/{document['key']}", timeout=10)
    assert by_key.status_code == 200


def test_errors_over_http_are_problems(server: str) -> None:
    response = requests.post(
        f"{server}/v1/extractions",
        data=b"{",
        timeout=10,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"


def test_docs_and_spec_over_http(server: str) -> None:
    page = requests.get(f"{server}/docs", timeout=10)
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert requests.get(f"{server}/openapi.yaml", timeout=10).text.startswith("# Generated")


def test_the_server_header_names_no_version(server: str) -> None:
    assert requests.get(f"{server}/healthz", timeout=10).headers["Server"] == "gunicorn"


EXAMPLE = {"text": "Anna Berg said on Friday that 3,000 people had left the city."}


def test_without_redis_url_every_worker_shares_one_cache_that_outlives_a_restart(
    tmp_path: Path,
) -> None:
    cache_dir = tmp_path / "cache"
    with gunicorn(CACHE_DIR=str(cache_dir), HOME=str(tmp_path)) as base:
        first = requests.post(f"{base}/v1/extractions", json=EXAMPLE, timeout=60)
        assert first.headers["X-Cache"] == "miss"
        key, etag = first.json()["key"], first.headers["ETag"]
        # Two workers take these in turn: a cache of each worker's own would miss about half.
        gets = [requests.get(f"{base}/v1/extractions/{key}", timeout=10) for _ in range(20)]
        assert {response.status_code for response in gets} == {200}
        posts = [requests.post(f"{base}/v1/extractions", json=EXAMPLE, timeout=60)
                 for _ in range(10)]  # fmt: skip
        assert {response.headers["X-Cache"] for response in posts} == {"hit"}
        unchanged = requests.get(
            f"{base}/v1/extractions/{key}", headers={"If-None-Match": etag}, timeout=10
        )
        assert unchanged.status_code == 304
    assert not (cache_dir / "redis.sock").exists()  # the server stopped with gunicorn
    with gunicorn(CACHE_DIR=str(cache_dir), HOME=str(tmp_path)) as base:
        again = requests.get(f"{base}/v1/extractions/{key}", timeout=10)
        assert again.status_code == 200 and again.json()["key"] == key
    assert not list(tmp_path.glob(".gunicorn*")), "gunicorn made a control socket under HOME"


def test_one_access_line_per_request_and_no_query_string(redis_url: str, tmp_path: Path) -> None:
    log = tmp_path / "gunicorn.log"
    with gunicorn(log=log, REDIS_URL=redis_url, HOME=str(tmp_path)) as base:
        requests.get(f"{base}/healthz?token=embargoed-words", timeout=10)
        requests.post(
            f"{base}/v1/extractions?published=2023-04-07&id=secret-slug",
            data="The council met on Monday.",
            headers={"Content-Type": "text/plain"},
            timeout=60,
        )
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    # (the readiness polls that waited for the start are lines of their own)
    requests_logged = [line for line in lines if line.get("method") and line["path"] != "/readyz"]
    assert [(line["method"], line["path"]) for line in requests_logged] == [
        ("GET", "/healthz"),
        ("POST", "/v1/extractions"),
    ]
    assert not [line for line in lines if line["logger"] == "gunicorn.access"]
    written = log.read_text()
    assert "embargoed-words" not in written and "secret-slug" not in written


def test_without_redis_url_make_run_answers_batches_with_a_worker_of_its_own(
    tmp_path: Path,
) -> None:
    articles = [{**EXAMPLE, "id": f"example-{i}"} for i in range(3)]
    with gunicorn(CACHE_DIR=str(tmp_path / "cache"), HOME=str(tmp_path)) as base:
        accepted = requests.post(f"{base}/v1/batches", json={"articles": articles}, timeout=60)
        assert accepted.status_code == 202
        location = base + accepted.headers["Location"]
        deadline = time.monotonic() + 300  # only so a broken worker cannot hang the suite
        while (status := requests.get(location, timeout=10).json())["status"] != "done":
            assert time.monotonic() < deadline, status
            time.sleep(0.2)
        assert status["counts"] == {"total": 3, "done": 3, "cached": 2, "failed": 0}
        results = requests.get(f"{location}/results", timeout=10)
        lines = [json.loads(line) for line in results.text.splitlines()]
        assert [line["document"]["id"] for line in lines] == ["example-0", "example-1", "example-2"]
    assert not (tmp_path / "cache" / "redis.sock").exists()  # workers and server stopped


def test_an_embedded_worker_that_dies_is_replaced(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    with gunicorn(CACHE_DIR=str(cache_dir), HOME=str(tmp_path)) as base:
        connection = redis.Redis(unix_socket_path=str(cache_dir / "redis.sock"))
        deadline = time.monotonic() + 120  # only so a broken supervisor cannot hang the suite
        while not (workers := Worker.all(connection=connection)):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        first = workers[0].pid
        os.kill(first, signal.SIGKILL)
        while not [
            w for w in Worker.all(connection=connection) if _alive(w.pid) and w.pid != first
        ]:
            assert time.monotonic() < deadline, "no worker took the dead one's place"
            time.sleep(0.2)
        accepted = requests.post(
            f"{base}/v1/batches", json={"articles": [{**EXAMPLE, "id": "after"}]}, timeout=60
        )
        location = base + accepted.headers["Location"]
        while (status := requests.get(location, timeout=10).json())["status"] != "done":
            assert time.monotonic() < deadline + 180, status
            time.sleep(0.2)


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
