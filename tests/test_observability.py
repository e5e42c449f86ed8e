"""Logs are JSON lines with a request id and never an article's words; /metrics counts."""

from __future__ import annotations

import json
import logging

import pytest
from flask.testing import FlaskClient

from service.logs import JsonFormatter, logging_config

SECRET_TEXT = "Embargoed: Minister Quillfeather resigns over the Zanzibar contract on Friday."


def _json_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    formatter = JsonFormatter()
    return [json.loads(formatter.format(record)) for record in caplog.records]


def test_request_lines_are_json_with_the_request_id(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    response = client.post(
        "/v1/extractions", json={"text": SECRET_TEXT}, headers={"X-Request-ID": "cms-42.a"}
    )
    assert response.headers["X-Request-ID"] == "cms-42.a"
    lines = [line for line in _json_lines(caplog) if line["logger"] == "service.access"]
    assert lines == [line for line in lines if line["request_id"] == "cms-42.a"]
    assert lines[-1]["path"] == "/v1/extractions" and lines[-1]["status"] == 200
    assert lines[-1]["cache"] == "miss"


@pytest.mark.parametrize("given", [None, "", "x" * 200, "bad id with spaces", "id;drop"])
def test_a_missing_or_unsafe_request_id_is_replaced(client: FlaskClient, given: str | None) -> None:
    headers = {} if given is None else {"X-Request-ID": given}
    echoed = client.get("/healthz", headers=headers).headers["X-Request-ID"]
    assert len(echoed) == 32 and echoed != given


def test_no_article_text_reaches_the_logs(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.post("/v1/extractions", json={"text": SECRET_TEXT})
    client.post("/v1/extractions", json={"text": SECRET_TEXT, "published": "not a date"})
    client.post("/v1/extractions", data="{" + SECRET_TEXT, content_type="application/json")
    logged = "\n".join(json.dumps(line) for line in _json_lines(caplog))
    assert caplog.records
    for word in ("Quillfeather", "Zanzibar", "Embargoed"):
        assert word not in logged


def test_logging_config_makes_gunicorn_lines_json() -> None:
    config = logging_config("INFO")
    assert config["handlers"]["stderr"]["formatter"] == "json"
    assert config["loggers"]["gunicorn.error"]["propagate"] is True


def test_metrics_count_requests_cache_and_extraction(client: FlaskClient) -> None:
    client.post("/v1/extractions", json={"text": "Metrics are counted on Tuesday."})
    client.post("/v1/extractions", json={"text": "Metrics are counted on Tuesday."})
    client.get("/v1/extractions/" + "0" * 64)
    body = client.get("/metrics").get_data(as_text=True)
    posted = 'newsfacts_http_requests_total{method="POST",route="/v1/extractions",status="200"}'
    assert posted in body
    assert 'route="/v1/extractions/<key>",status="404"' in body
    assert "0" * 64 not in body
    assert 'newsfacts_cache_lookups_total{outcome="hit"}' in body
    assert "newsfacts_extraction_duration_seconds_count" in body
    assert "newsfacts_http_request_duration_seconds_bucket" in body


def test_cors_is_off_unless_configured(client: FlaskClient) -> None:
    response = client.get("/healthz", headers={"Origin": "https://cms.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_allows_configured_origins_only(pipeline: object, redis_url: str) -> None:
    from service import create_app

    config = {"REDIS_URL": redis_url, "CORS_ORIGINS": "https://cms.example"}
    client = create_app(config, pipeline=pipeline).test_client()
    allowed = client.get("/healthz", headers={"Origin": "https://cms.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    other = client.get("/healthz", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_a_bug_is_logged_without_the_words_that_caused_it(
    pipeline: object, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from service import create_app

    app = create_app({"REDIS_URL": redis_url}, pipeline=pipeline)

    @app.get("/boom")
    def boom() -> str:
        raise ValueError(SECRET_TEXT)

    caplog.set_level(logging.DEBUG)
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert response.mimetype == "application/problem+json"
    assert "Quillfeather" not in response.get_data(as_text=True)
    logged = "\n".join(json.dumps(line) for line in _json_lines(caplog))
    assert "ValueError" in logged and "boom" in logged
    assert "Quillfeather" not in logged
