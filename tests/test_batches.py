"""Batches end to end: the API over a real Redis, real `newsfacts worker` processes (rq), real
callbacks to a local HTTP server. Each test has a Redis database of its own, so one test's
workers never take another's jobs."""

from __future__ import annotations

import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from openapi_core import OpenAPI
from pytest_redis import factories
from rq import Queue
from rq.registry import StartedJobRegistry
from standardwebhooks.webhooks import Webhook

from service import create_app
from service.batch_jobs import BATCH_QUEUE
from service.extract import Pipeline

from .conftest import MODEL, ROOT, check_response, gold_files, load_gold

batch_redis = factories.redis_proc(port=None)

SECRET = "whsec_" + "c2VjcmV0LWZvci10aGUtYmF0Y2gtdGVzdHMtb25seQ=="
DEADLINE_SECONDS = 600  # only so a broken worker cannot hang the suite; nothing is timed
SETTINGS = {
    "BATCH_CHUNK_SIZE": "8",
    "WORKER_HEARTBEAT_SECONDS": "1",
    "WORKER_LEASE_SECONDS": "3",
    "WEBHOOK_SECRET": SECRET,
    "CALLBACK_ALLOWED_HOSTS": "127.0.0.1",
    "WEBHOOK_RETRY_SECONDS": "1,1,1",
}


@pytest.fixture(scope="module")
def server_url(request: pytest.FixtureRequest) -> str:
    server = request.getfixturevalue("batch_redis")
    return f"redis://{server.host}:{server.port}"


_databases = itertools.cycle(range(1, 8))


@pytest.fixture
def url(server_url: str) -> str:
    """A Redis database of this test's own (the last test's workers are stopped by now)."""
    own = f"{server_url}/{next(_databases)}"
    redis.Redis.from_url(own).flushdb()
    return own


def _app(pipeline: Pipeline, url: str, **overrides: Any) -> Flask:
    settings: dict[str, Any] = {"REDIS_URL": url, "TESTING": True, **SETTINGS}
    settings["BATCH_CHUNK_SIZE"] = 8
    return create_app({**settings, **overrides}, pipeline=pipeline)


@pytest.fixture
def client(pipeline: Pipeline, url: str) -> FlaskClient:
    return _app(pipeline, url).test_client()


class Workers:
    """`newsfacts worker` processes, each in a process group of its own (worker and horse)."""

    def __init__(self, url: str, logs: Path) -> None:
        self.url = url
        self.logs = logs
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        env = {**os.environ, **SETTINGS, "REDIS_URL": self.url, "SPACY_MODEL": MODEL}
        log = (self.logs / f"worker-{len(self.processes)}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "service", "worker", *args],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        """SIGKILL a worker and its work horse (rq starts each horse in a session of its own),
        as when the machine under them dies."""
        for child in _children(process.pid):
            os.kill(child, signal.SIGKILL)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def said(self) -> str:
        return "\n".join(path.read_text()[-3000:] for path in sorted(self.logs.glob("*.log")))


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.fixture
def workers(url: str, tmp_path: Path) -> Iterator[Workers]:
    running = Workers(url, tmp_path)
    yield running
    running.stop()


def _wait(
    client: FlaskClient, batch_id: str, until: Callable[[dict[str, Any]], bool], workers: Workers
) -> dict[str, Any]:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while True:
        status: dict[str, Any] = client.get(f"/v1/batches/{batch_id}").json  # type: ignore[assignment]
        if until(status):
            return status
        if time.monotonic() > deadline:
            raise AssertionError(f"batch stuck at {status}; workers said:\n{workers.said()}")
        time.sleep(0.2)


def _ended(status: dict[str, Any]) -> bool:
    return status["status"] in ("done", "failed", "cancelled")


def _results(client: FlaskClient, batch_id: str, after: int = 0) -> list[dict[str, Any]]:
    response = client.get(f"/v1/batches/{batch_id}/results?after={after}")
    assert response.status_code == 200
    assert response.mimetype == "application/x-ndjson"
    return [json.loads(line) for line in response.get_data(as_text=True).splitlines()]


def _articles(count: int, distinct: int | None = None) -> list[dict[str, Any]]:
    golds = [load_gold(path) for path in gold_files()[: distinct or count]]
    return [
        {
            "text": golds[i % len(golds)]["text"],
            "published": golds[i % len(golds)].get("published"),
            "id": f"art-{i}",
        }
        for i in range(count)
    ]


def _facts(document: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in document.items() if name not in ("meta", "document")}


def test_a_200_article_batch_runs_to_done_in_order_partly_from_the_cache(
    client: FlaskClient,
    workers: Workers,
    openapi: OpenAPI,  # noqa: F811
) -> None:
    articles = _articles(200, distinct=100)
    answered_before = {i: client.post("/v1/extractions", json=articles[i]).json for i in (3, 57)}
    workers.start()
    workers.start()
    response = client.post("/v1/batches", json={"articles": articles})
    assert response.status_code == 202
    batch_id = response.json["id"]  # type: ignore[index]
    assert response.headers["Location"] == f"/v1/batches/{batch_id}"
    check_response(openapi, "POST", "/v1/batches", response)
    status = _wait(client, batch_id, _ended, workers)
    for method, path in (
        ("GET", f"/v1/batches/{batch_id}"),
        ("DELETE", f"/v1/batches/{batch_id}"),
        ("GET", f"/v1/batches/{batch_id}/results"),
        ("GET", "/v1/batches/b_x"),
    ):
        check_response(openapi, method, path, client.open(path, method=method))
    assert status["status"] == "done"
    counts = status["counts"]
    assert counts["total"] == counts["done"] == 200 and counts["failed"] == 0
    # The two answered before and, most likely, the second copy of each text come from the
    # cache; at the very least the two.
    assert counts["cached"] >= 2
    assert status["started"] and status["finished"]
    lines = _results(client, batch_id)
    assert [line["document"]["id"] for line in lines] == [f"art-{i}" for i in range(200)]
    for i, before in answered_before.items():
        assert _facts(lines[i]) == _facts(before)  # type: ignore[arg-type]
        assert lines[i]["meta"]["cached"] is True
    assert _facts(lines[103]) == _facts(lines[3])
    # The batch filled the cache: an article it answered is a hit for the single endpoint.
    again = client.post("/v1/extractions", json=articles[150])
    assert again.headers["X-Cache"] == "hit"
    assert _facts(again.json) == _facts(lines[150])  # type: ignore[arg-type]
    # Resuming reads on from where the caller stopped.
    assert [line["document"]["id"] for line in _results(client, batch_id, after=195)] == [
        f"art-{i}" for i in range(195, 200)
    ]


def test_a_worker_killed_mid_batch_loses_and_repeats_nothing(
    client: FlaskClient, workers: Workers, url: str
) -> None:
    first = workers.start()
    articles = _articles(48)
    batch_id = client.post("/v1/batches", json={"articles": articles}).json["id"]  # type: ignore[index]
    connection = redis.Redis.from_url(url)
    started = StartedJobRegistry(BATCH_QUEUE, connection=connection)

    def in_the_middle(status: dict[str, Any]) -> bool:
        return status["counts"]["done"] >= 1 and len(started.get_job_ids()) == 1

    before = _wait(client, batch_id, in_the_middle, workers)
    assert _children(first.pid), "the worker has a work horse on a chunk"
    workers.kill(first)
    assert before["counts"]["done"] < 48
    workers.start()
    status = _wait(client, batch_id, _ended, workers)
    assert status["status"] == "done"
    assert status["counts"] == {"total": 48, "done": 48, "cached": 0, "failed": 0}
    ids = [line["document"]["id"] for line in _results(client, batch_id)]
    assert ids == [f"art-{i}" for i in range(48)]


class _Receiver(BaseHTTPRequestHandler):
    """Fails the first delivery with a 500, takes the next; keeps what it was sent."""

    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers.items()), body))
        self.send_response(500 if len(self.received) == 1 else 204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def _receiver() -> Iterator[str]:
    _Receiver.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hooks/newsfacts"
    finally:
        server.shutdown()
        server.server_close()


def test_the_callback_is_signed_and_retried_after_a_failed_delivery(
    client: FlaskClient, workers: Workers
) -> None:
    workers.start()
    with _receiver() as callback_url:
        body = {"articles": _articles(3), "callback_url": callback_url}
        batch_id = client.post("/v1/batches", json=body).json["id"]  # type: ignore[index]
        status = _wait(
            client,
            batch_id,
            lambda s: s["callback"] is not None and s["callback"]["delivered"],
            workers,
        )
    attempts = status["callback"]["attempts"]
    assert [a["status_code"] for a in attempts] == [500, 204]
    assert [a["delivered"] for a in attempts] == [False, True]
    assert len(_Receiver.received) == 2
    for headers, raw in _Receiver.received:
        lowered = {name.lower(): value for name, value in headers.items()}
        payload = Webhook(SECRET).verify(raw, lowered)  # raises when the signature is wrong
        assert payload["type"] == "batch.ended"
        assert payload["data"]["id"] == batch_id and payload["data"]["status"] == "done"
        assert lowered["webhook-id"] == f"msg_{batch_id}"  # the same id on every retry
    forged = {**lowered, "webhook-signature": "v1,AAAA"}
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(SECRET).verify(raw, forged)


def test_a_callback_host_off_the_allow_list_is_refused_and_nothing_queued(
    client: FlaskClient, url: str
) -> None:
    for callback_url in (
        "http://169.254.169.254/latest/meta-data",
        "http://localhost/hook",
        "ftp://127.0.0.1/hook",
    ):
        response = client.post(
            "/v1/batches", json={"articles": _articles(2), "callback_url": callback_url}
        )
        assert response.status_code == 422
        assert list(response.json["errors"]) == ["callback_url"]  # type: ignore[index]
    assert Queue(BATCH_QUEUE, connection=redis.Redis.from_url(url)).count == 0


def test_callbacks_are_refused_without_a_secret_to_sign_them(pipeline: Pipeline, url: str) -> None:
    client = _app(pipeline, url, WEBHOOK_SECRET="").test_client()
    response = client.post(
        "/v1/batches",
        json={"articles": _articles(1), "callback_url": "http://127.0.0.1:9/hook"},
    )
    assert response.status_code == 422
    assert "WEBHOOK_SECRET" in response.json["errors"]["callback_url"][0]  # type: ignore[index]


def test_cancel_stops_what_has_not_started(client: FlaskClient, workers: Workers, url: str) -> None:
    batch_id = client.post("/v1/batches", json={"articles": _articles(20)}).json["id"]  # type: ignore[index]
    response = client.delete(f"/v1/batches/{batch_id}")
    assert response.status_code == 200
    assert response.json["status"] == "cancelled"  # type: ignore[index]
    assert response.json["finished"]  # type: ignore[index]
    again = client.delete(f"/v1/batches/{batch_id}")
    assert again.status_code == 409
    # A worker that comes along later finds the chunks cancelled and leaves them.
    worker = workers.start("--burst")
    assert worker.wait(timeout=DEADLINE_SECONDS) == 0, workers.said()
    assert Queue(BATCH_QUEUE, connection=redis.Redis.from_url(url)).count == 0
    status = client.get(f"/v1/batches/{batch_id}").json
    assert status["status"] == "cancelled"  # type: ignore[index]
    assert status["counts"]["done"] == 0  # type: ignore[index]
    lines = _results(client, batch_id)
    assert len(lines) == 20
    assert {line["type"] for line in lines} == {"/problems/cancelled"}
    assert [line["index"] for line in lines] == list(range(20))


def test_an_idempotent_retry_returns_the_first_answer_and_queues_nothing(
    client: FlaskClient, url: str
) -> None:
    body = {"articles": _articles(10)}
    headers = {"Idempotency-Key": "backfill-2026-12-07-part-1"}
    first = client.post("/v1/batches", json=body, headers=headers)
    queue = Queue(BATCH_QUEUE, connection=redis.Redis.from_url(url))
    queued = queue.count
    retry = client.post("/v1/batches", json=body, headers=headers)
    assert retry.status_code == 202
    assert retry.json == first.json
    assert retry.headers["Location"] == first.headers["Location"]
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert queue.count == queued
    other = client.post("/v1/batches", json={"articles": _articles(2)}, headers=headers)
    assert other.status_code == 422
    assert list(other.json["errors"]) == ["Idempotency-Key"]  # type: ignore[index]
    assert queue.count == queued
    fresh = client.post("/v1/batches", json=body, headers={"Idempotency-Key": "another"})
    assert fresh.json["id"] != first.json["id"]  # type: ignore[index]


def test_a_bad_article_is_named_by_index_and_field_and_nothing_is_queued(
    client: FlaskClient, url: str
) -> None:
    articles = _articles(4)
    articles[1] = {"text": "   "}
    articles[3] = {**articles[3], "published": "yesterday", "colour": "red"}
    response = client.post("/v1/batches", json={"articles": articles})
    assert response.status_code == 422
    assert sorted(response.json["errors"]) == [  # type: ignore[index]
        "articles.1.text",
        "articles.3.colour",
        "articles.3.published",
    ]
    assert Queue(BATCH_QUEUE, connection=redis.Redis.from_url(url)).count == 0


def test_ndjson_batches_and_their_limits(pipeline: Pipeline, url: str) -> None:
    client = _app(pipeline, url, MAX_BATCH_ARTICLES=3, MAX_BATCH_BYTES=20_000).test_client()
    lines = "\n".join(
        json.dumps({"text": f"Article {i} about Paris.", "id": str(i)}) for i in range(3)
    )
    response = client.post("/v1/batches", data=lines + "\n", content_type="application/x-ndjson")
    assert response.status_code == 202
    assert response.json["counts"]["total"] == 3  # type: ignore[index]
    four = lines + "\n" + json.dumps({"text": "One too many."})
    too_many = client.post("/v1/batches", data=four, content_type="application/x-ndjson")
    assert too_many.status_code == 422
    assert list(too_many.json["errors"]) == ["articles"]  # type: ignore[index]
    broken = client.post(
        "/v1/batches", data='{"text": "x"}\n{nope', content_type="application/x-ndjson"
    )
    assert broken.status_code == 400
    assert "Line 2" in broken.json["detail"]  # type: ignore[index]
    huge = json.dumps({"articles": [{"text": "word " * 5_000}]})
    assert client.post("/v1/batches", data=huge, content_type="application/json").status_code == 413
    assert client.post("/v1/batches", data="x", content_type="text/plain").status_code == 415


def test_unknown_batches_and_bad_queries(client: FlaskClient) -> None:
    assert client.get("/v1/batches/b_nope").status_code == 404
    assert client.get("/v1/batches/b_nope/results").status_code == 404
    assert client.delete("/v1/batches/b_nope").status_code == 404
    batch_id = client.post("/v1/batches", json={"articles": _articles(1)}).json["id"]  # type: ignore[index]
    assert client.get(f"/v1/batches/{batch_id}/results?after=-1").status_code == 422
    assert client.get(f"/v1/batches/{batch_id}/results?from=2").status_code == 422
    # Nothing answered yet: no lines, and the status says why.
    pending = client.get(f"/v1/batches/{batch_id}/results")
    assert pending.get_data() == b"" and pending.headers["X-Batch-Status"] == "queued"


def test_batches_need_redis(pipeline: Pipeline) -> None:
    client = create_app(
        {"CACHE_BACKEND": "memory", "TESTING": True}, pipeline=pipeline
    ).test_client()
    response = client.post("/v1/batches", json={"articles": _articles(1)})
    assert response.status_code == 503
    assert response.json["type"] == "/problems/batches-unavailable"  # type: ignore[index]


def test_without_redis_batches_are_a_503_and_single_extractions_still_answer(
    pipeline: Pipeline,
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = _app(pipeline, f"redis://127.0.0.1:{port}/0", REDIS_TIMEOUT_SECONDS=0.2)
    client = app.test_client()
    for method, path in (("POST", "/v1/batches"), ("GET", "/v1/batches/b_1")):
        response = client.open(path, method=method, json={"articles": _articles(1)})
        assert response.status_code == 503, path
        assert response.json["type"] == "/problems/batches-unavailable"  # type: ignore[index]
        assert "retry later" in response.json["detail"]  # type: ignore[index]
    headers = {"Idempotency-Key": "k-1"}
    single = client.post("/v1/extractions", json=_articles(1)[0], headers=headers)
    assert single.status_code == 200 and single.headers["X-Cache"] == "miss"


def test_a_chunk_given_up_is_answered_by_problems_and_the_batch_fails(
    pipeline: Pipeline, workers: Workers, url: str
) -> None:
    client = _app(pipeline, url, BATCH_RETRIES=0).test_client()
    first = workers.start()
    batch_id = client.post("/v1/batches", json={"articles": _articles(24)}).json["id"]  # type: ignore[index]
    started = StartedJobRegistry(BATCH_QUEUE, connection=redis.Redis.from_url(url))
    _wait(client, batch_id, lambda s: len(started.get_job_ids()) == 1, workers)
    workers.kill(first)  # no retries left: the chunk it held is given up, not run again
    workers.start()
    status = _wait(client, batch_id, _ended, workers)
    assert status["status"] == "failed"
    counts = status["counts"]
    assert counts["total"] == 24 and counts["done"] + counts["failed"] == 24
    assert counts["failed"] >= 1
    lines = _results(client, batch_id)
    assert len(lines) == 24
    given_up = [line for line in lines if "type" in line]
    assert len(given_up) == counts["failed"]
    assert all("gave it up" in line["detail"] for line in given_up)
    answered = [line["document"]["id"] for line in lines if "key" in line]
    assert len(answered) == counts["done"] and len(set(answered)) == len(answered)


def test_with_keys_on_a_batch_is_seen_only_by_the_key_that_sent_it(
    pipeline: Pipeline, url: str
) -> None:
    client = _app(pipeline, url, API_KEYS="desk-a,desk-b").test_client()
    mine, theirs = {"X-API-Key": "desk-a"}, {"X-API-Key": "desk-b"}
    batch_id = client.post("/v1/batches", json={"articles": _articles(1)}, headers=mine).json["id"]  # type: ignore[index]
    assert client.get(f"/v1/batches/{batch_id}", headers=mine).status_code == 200
    for method, path in (
        ("GET", f"/v1/batches/{batch_id}"),
        ("GET", f"/v1/batches/{batch_id}/results"),
        ("DELETE", f"/v1/batches/{batch_id}"),
    ):
        assert client.open(path, method=method, headers=theirs).status_code == 404, path
    assert client.get(f"/v1/batches/{batch_id}").status_code == 401
    assert "owner" not in client.get(f"/v1/batches/{batch_id}", headers=mine).json  # type: ignore[operator]
