"""openapi.yaml is generated from the schemas, is a valid spec, and every real answer obeys it."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient
from openapi_core import OpenAPI
from openapi_spec_validator import validate

from service.openapi import render_spec

from .conftest import SPEC_PATH, check_response


def test_committed_spec_is_what_the_schemas_generate() -> None:
    assert SPEC_PATH.read_text(encoding="utf-8") == render_spec(), (
        "openapi.yaml is stale: run `make openapi` and commit it"
    )


def test_spec_is_valid_openapi() -> None:
    validate(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


def test_served_spec_is_the_repository_file(client: FlaskClient) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.data == SPEC_PATH.read_bytes()


def test_spec_example_request_is_answered_as_the_spec_says(
    client: FlaskClient, openapi: OpenAPI
) -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    body = spec["paths"]["/v1/extractions"]["post"]["requestBody"]["content"]["application/json"]
    response = client.post("/v1/extractions", json=body["example"])
    assert response.status_code == 200
    document = response.get_json()
    assert all(document[kind] for kind in ("actors", "dates", "quantities", "quotes"))
    check_response(openapi, "post", "/v1/extractions", response)


SHORT = (
    "The mayor, Anne Hidalgo, said on Monday that about 40 percent of Paris streets were closed."
)

# (method, path, json body or None, expected status): every endpoint, errors included.
CASES: list[tuple[str, str, Any, int]] = [
    ("post", "/v1/extractions", {"text": SHORT, "published": "2024-05-06", "id": "x"}, 200),
    ("post", "/v1/extractions", {"text": SHORT, "include": ["quotes"]}, 200),
    ("post", "/v1/extractions", {"text": ""}, 422),
    ("post", "/v1/extractions", {"text": SHORT, "include": ["nope"]}, 422),
    ("post", "/v1/extractions", "{broken", 400),
    ("post", "/v1/extractions", {"text": "x" * 100_001}, 413),
    ("get", "/v1/extractions/{key}", None, 200),
    ("get", "/v1/extractions/" + "f" * 64, None, 404),
    ("get", "/healthz", None, 200),
    ("get", "/readyz", None, 200),
]


@pytest.mark.parametrize("method, path, body, status", CASES)
def test_answers_conform_to_the_spec(
    client: FlaskClient, openapi: OpenAPI, method: str, path: str, body: Any, status: int
) -> None:
    if "{key}" in path:
        key = client.post("/v1/extractions", json={"text": SHORT}).get_json()["key"]
        path = path.replace("{key}", key)
    if isinstance(body, str):
        response = client.open(path, method=method, data=body, content_type="application/json")
    else:
        response = client.open(path, method=method, json=body)
    assert response.status_code == status
    check_response(openapi, method, path, response)


def test_not_modified_conforms(client: FlaskClient, openapi: OpenAPI) -> None:
    etag = client.post("/v1/extractions", json={"text": SHORT}).headers["ETag"]
    response = client.post("/v1/extractions", json={"text": SHORT}, headers={"If-None-Match": etag})
    assert response.status_code == 304
    check_response(openapi, "post", "/v1/extractions", response)


def test_unsupported_media_type_conforms(client: FlaskClient, openapi: OpenAPI) -> None:
    response = client.post("/v1/extractions", data="<a/>", content_type="application/xml")
    assert response.status_code == 415
    check_response(openapi, "post", "/v1/extractions", response)
