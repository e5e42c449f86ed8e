"""API keys: off by default; when set, every extraction needs one, probes never do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline

TEXT = {"text": "The council met on Monday."}


@pytest.fixture
def keyed(pipeline: Pipeline, redis_url: str) -> Flask:
    config = {"REDIS_URL": redis_url, "API_KEYS": "alpha-key, beta-key"}
    return create_app(config, pipeline=pipeline)


def test_keys_are_off_by_default(client: FlaskClient) -> None:
    assert client.post("/v1/extractions", json=TEXT).status_code == 200


@pytest.mark.parametrize(
    "headers, status",
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "Basic alpha-key"}, 401),
        ({"X-API-Key": "alpha-key-but-longer"}, 401),
        ({"Authorization": "Bearer alpha-key"}, 200),
        ({"Authorization": "bearer beta-key"}, 200),
        ({"X-API-Key": "beta-key"}, 200),
    ],
)
def test_extractions_need_a_valid_key(keyed: Flask, headers: dict[str, str], status: int) -> None:
    response = keyed.test_client().post("/v1/extractions", json=TEXT, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.mimetype == "application/problem+json"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert response.get_json()["type"] == "/problems/unauthorized"


def test_stored_extractions_need_a_key_too(keyed: Flask) -> None:
    client = keyed.test_client()
    key = client.post("/v1/extractions", json=TEXT, headers={"X-API-Key": "alpha-key"})
    url = f"/v1/extractions/{key.get_json()['key']}"
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"X-API-Key": "alpha-key"}).status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/docs", "/openapi.yaml"])
def test_probes_metrics_and_docs_stay_open(keyed: Flask, path: str) -> None:
    assert keyed.test_client().get(path).status_code == 200


def test_docs_can_be_closed(pipeline: Pipeline, redis_url: str) -> None:
    config: dict[str, Any] = {"REDIS_URL": redis_url, "API_KEYS": "k1", "DOCS_REQUIRE_KEY": True}
    client = create_app(config, pipeline=pipeline).test_client()
    assert client.get("/docs").status_code == 401
    assert client.get("/openapi.yaml").status_code == 401
    assert client.get("/openapi.yaml", headers={"X-API-Key": "k1"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_keys_from_a_file(pipeline: Pipeline, redis_url: str, tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text("# newsroom CMS\nfile-key  # production\n\n")
    app = create_app({"REDIS_URL": redis_url, "API_KEYS_FILE": str(keys)}, pipeline=pipeline)
    client = app.test_client()
    assert client.post("/v1/extractions", json=TEXT).status_code == 401
    ok = client.post("/v1/extractions", json=TEXT, headers={"Authorization": "Bearer file-key"})
    assert ok.status_code == 200


def test_spec_declares_both_key_schemes(client: FlaskClient) -> None:
    import yaml

    spec = yaml.safe_load(client.get("/openapi.yaml").data)
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerKey"] == {"type": "http", "scheme": "bearer"}
    assert schemes["headerKey"]["name"] == "X-API-Key"
    assert spec["paths"]["/healthz"]["get"]["security"] == []
