"""Generate openapi.yaml from the marshmallow schemas (`make openapi`), so the two cannot drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from . import __version__, schemas
from .config import SETTINGS

EXAMPLE_REQUEST = Path(__file__).resolve().parent.parent / "docs" / "example-request.json"

DESCRIPTION = """\
Extract the facts inside a news article as data: its **actors** (people, organisations, places,
groups, with aliases and titles), **dates** (TIMEX3 values, relative ones resolved against the
publication date), **quantities** (value, unit, qualifier, change) and **quotes** (who said what).

Offsets (`start`, `end`) are Python string indices (Unicode code points) into the analysed text,
end exclusive: `text[start:end] == fact.text`. Answers are cached by a key that hashes the
normalised request and the pipeline version; `ETag` is that key and `If-None-Match` answers 304.

Errors are RFC 9457 `application/problem+json`. Their `type` is a relative URI naming the
problem: `/problems/unreadable-body` (400), `/problems/not-found` (404),
`/problems/too-large` (413), `/problems/unsupported-media-type` (415),
`/problems/invalid-fields` (422, with `errors` by field), `/problems/not-ready` (503).
"""


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": "Problem"}},
    }


def _extraction_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {
            "ETag": {"schema": {"type": "string"}, "description": "Weak ETag: the cache key."},
            "X-Cache": {"schema": {"type": "string", "enum": ["hit", "miss"]}},
        },
        "content": {"application/json": {"schema": "Extraction"}},
    }


def _example_request() -> dict[str, Any]:
    example: dict[str, Any] = json.loads(EXAMPLE_REQUEST.read_text(encoding="utf-8"))
    return example


def _plain_parameters() -> list[dict[str, Any]]:
    """Query parameters that carry the other fields when the body is text/plain."""
    return [
        {
            "name": "published",
            "in": "query",
            "schema": {"type": "string"},
            "description": "text/plain bodies: the publication date (ISO 8601).",
        },
        {
            "name": "id",
            "in": "query",
            "schema": {"type": "string"},
            "description": "text/plain bodies: the caller's article id.",
        },
        {
            "name": "format",
            "in": "query",
            "schema": {"type": "string", "enum": ["text", "html"]},
            "description": "text/plain bodies: `html` when the body is HTML.",
        },
        {
            "name": "include",
            "in": "query",
            "style": "form",
            "explode": False,
            "schema": {
                "type": "array",
                "items": {"type": "string", "enum": ["actors", "dates", "quantities", "quotes"]},
            },
            "description": "text/plain bodies: comma-separated fact kinds.",
        },
    ]


def build_spec() -> APISpec:
    spec = APISpec(
        title="newsfacts",
        version=__version__,
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={"description": DESCRIPTION, "license": {"name": "MIT"}},
        servers=[{"url": "/"}],
        tags=[
            {"name": "extractions", "description": "Facts from articles."},
            {"name": "operations", "description": "Probes for orchestrators and load balancers."},
            {"name": "documentation", "description": "This spec and its Swagger UI."},
        ],
    )
    components = {
        "ExtractionRequest": schemas.ExtractionRequest,
        "Extraction": schemas.ExtractionSchema,
        "Problem": schemas.ProblemSchema,
        "Health": schemas.HealthSchema,
    }
    for name, schema in components.items():
        spec.components.schema(name, schema=schema)

    spec.path(
        path="/v1/extractions",
        operations={
            "post": {
                "operationId": "createExtraction",
                "tags": ["extractions"],
                "summary": "Extract the facts of one article",
                "description": "Answers from the cache when the same request "
                "(text, format, published, "
                f"include) was answered before. At most {SETTINGS['MAX_TEXT_CHARS'][0]:,} "
                "characters of text by default (`MAX_TEXT_CHARS`).",
                "parameters": [
                    *_plain_parameters(),
                    {
                        "name": "If-None-Match",
                        "in": "header",
                        "schema": {"type": "string"},
                        "description": "An ETag from an earlier answer: 304 when it still matches.",
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": "ExtractionRequest",
                            "example": _example_request(),
                        },
                        "text/plain": {"schema": {"type": "string"}},
                    },
                },
                "responses": {
                    "200": _extraction_response("The Extraction."),
                    "304": {"description": "Not modified: the If-None-Match ETag still matches."},
                    "400": _problem("The body is not readable JSON (or not UTF-8)."),
                    "413": _problem("The text or the body is over the size limit."),
                    "415": _problem("The body is neither application/json nor text/plain."),
                    "422": _problem("Invalid fields; `errors` names each."),
                },
            }
        },
    )
    spec.path(
        path="/v1/extractions/{key}",
        operations={
            "get": {
                "operationId": "getExtraction",
                "tags": ["extractions"],
                "summary": "The stored Extraction for a key an earlier answer gave",
                "description": "The caller's `id` is not stored with the facts, so "
                "`document.id` is null.",
                "parameters": [
                    {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "If-None-Match", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": _extraction_response("The stored Extraction."),
                    "304": {"description": "Not modified."},
                    "404": _problem("Not (or no longer) stored."),
                },
            }
        },
    )
    spec.path(
        path="/healthz",
        operations={
            "get": {
                "operationId": "healthz",
                "tags": ["operations"],
                "summary": "Liveness: the process answers",
                "responses": {
                    "200": {
                        "description": "Alive.",
                        "content": {"application/json": {"schema": "Health"}},
                    }
                },
            }
        },
    )
    spec.path(
        path="/readyz",
        operations={
            "get": {
                "operationId": "readyz",
                "tags": ["operations"],
                "summary": "Readiness: model loaded, cache reachable",
                "responses": {
                    "200": {
                        "description": "Ready.",
                        "content": {"application/json": {"schema": "Health"}},
                    },
                    "503": _problem("Not ready; `checks` says which check failed."),
                },
            }
        },
    )
    spec.path(
        path="/openapi.yaml",
        operations={
            "get": {
                "operationId": "openapi",
                "tags": ["documentation"],
                "summary": "This spec",
                "responses": {
                    "200": {
                        "description": "The OpenAPI document.",
                        "content": {"application/yaml": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
    )
    spec.path(
        path="/docs",
        operations={
            "get": {
                "operationId": "docs",
                "tags": ["documentation"],
                "summary": "Swagger UI over this spec (works offline)",
                "responses": {
                    "200": {
                        "description": "The page.",
                        "content": {"text/html": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
    )
    return spec


class _SpecDumper(yaml.SafeDumper):
    """Multi-line strings as YAML block literals, so the spec reads like the text it holds."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not value.endswith((" ", "\t")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SpecDumper.add_representer(str, _represent_str)


def render_spec() -> str:
    """The openapi.yaml text, byte for byte what `make openapi` writes."""
    header = "# Generated from service/schemas.py by `make openapi`; do not edit by hand.\n"
    body = yaml.dump(
        build_spec().to_dict(), Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=100
    )
    return header + body
