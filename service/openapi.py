"""Generate openapi.yaml from the marshmallow schemas (`make openapi`), so the two cannot drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from . import schemas
from .config import SETTINGS
from .version import __version__

EXAMPLE_REQUEST = Path(__file__).resolve().parent.parent / "docs" / "example-request.json"

DESCRIPTION = """\
Extract the facts inside a news article as data: its **actors** (people, organisations, places,
groups, with aliases and titles), **dates** (TIMEX3 values, relative ones resolved against the
publication date), **quantities** (value, unit, qualifier, change) and **quotes** (who said what).

Offsets (`start`, `end`) are Python string indices (Unicode code points) into the analysed text,
end exclusive: `text[start:end] == fact.text`. Answers are cached by a key that hashes the
normalised request and the pipeline version; `ETag` is that key and `If-None-Match` answers 304.

**API keys** are off unless the deployment sets `API_KEYS`: then send `Authorization: Bearer KEY`
or `X-API-Key: KEY` (use *Authorize* above). **Rate limits** (`RATE_LIMIT`) count per key, or per
client address without keys; every limited answer carries `RateLimit-Limit`,
`RateLimit-Remaining` and `X-RateLimit-Reset` (epoch seconds), and a 429 carries `Retry-After`.
Every answer echoes `X-Request-ID` (the caller's, or a generated one), which the logs carry too.

Errors are RFC 9457 `application/problem+json`. Their `type` is a relative URI naming the
problem: `/problems/unreadable-body` (400), `/problems/unauthorized` (401),
`/problems/not-found` (404), `/problems/too-large` (413), `/problems/unsupported-media-type`
(415), `/problems/invalid-fields` (422, with `errors` by field), `/problems/too-many-requests`
(429), `/problems/not-ready`, `/problems/extraction-timeout` and `/problems/batches-unavailable`
(503), `/problems/idempotency-key-in-use` and `/problems/batch-ended` (409).

**Batches** (`/v1/batches`) take up to 1,000 articles at once: `202 Accepted` with `Location`,
then poll the batch or give a `callback_url`; read the answers as NDJSON from `results`.
`Idempotency-Key` makes a POST safe to retry.
"""

FACT_KIND_ENUM = {"type": "string", "enum": ["actors", "dates", "quantities", "quotes"]}
HEADER = {"schema": {"type": "string"}}
REQUEST_ID = {"X-Request-ID": {**HEADER, "description": "The request's id, as in the logs."}}
RATE_HEADERS = {
    "RateLimit-Limit": {**HEADER, "description": "Requests allowed in the window."},
    "RateLimit-Remaining": {**HEADER, "description": "Requests left in the window."},
    "X-RateLimit-Reset": {**HEADER, "description": "When the window resets (epoch seconds)."},
}
OPTIONAL_KEY: list[dict[str, list[str]]] = [{}, {"bearerKey": []}, {"headerKey": []}]


def _json(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _problem(description: str, **headers: Any) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {**REQUEST_ID, **headers},
        "content": {"application/problem+json": {"schema": "Problem"}},
    }


def _extraction(description: str) -> dict[str, Any]:
    headers = {
        "ETag": {**HEADER, "description": "Weak ETag: the cache key."},
        "X-Cache": {"schema": {"type": "string", "enum": ["hit", "miss"]}},
        **REQUEST_ID,
        **RATE_HEADERS,
    }
    return {"description": description, "headers": headers, "content": _json("Extraction")}


def _guarded(responses: dict[str, Any]) -> dict[str, Any]:
    """The answers every keyed, limited operation can also give."""
    return {
        **responses,
        "304": {"description": "Not modified: the If-None-Match ETag still matches."},
        "401": _problem(
            "No valid API key (only when keys are configured).",
            **{"WWW-Authenticate": HEADER},
        ),
        "429": _problem("Rate limit exceeded.", **{"Retry-After": HEADER}, **RATE_HEADERS),
    }


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, "description": description}


IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "schema": {"type": "string"},
    "description": "An ETag from an earlier answer: 304 when it still matches.",
}
QUERY_PARAMETERS = [
    _query("published", "Publication date (ISO 8601), when the body does not give it.",
           {"type": "string"}),
    _query("id", "Your article id, when the body does not give it.", {"type": "string"}),
    _query("format", "`html` when the text is HTML, when the body does not say.",
           {"type": "string", "enum": ["text", "html"]}),
    {**_query("include", "Comma-separated fact kinds, when the body does not list them.",
              {"type": "array", "items": FACT_KIND_ENUM}), "style": "form", "explode": False},
]  # fmt: skip


def _example_request() -> dict[str, Any]:
    example: dict[str, Any] = json.loads(EXAMPLE_REQUEST.read_text(encoding="utf-8"))
    return example


def _operations() -> dict[str, dict[str, Any]]:
    limit = SETTINGS["MAX_TEXT_CHARS"][0]
    html_limit = SETTINGS["MAX_HTML_BYTES"][0]
    budget = SETTINGS["EXTRACT_TIMEOUT_SECONDS"][0]
    create = {
        "operationId": "createExtraction",
        "tags": ["extractions"],
        "summary": "Extract the facts of one article",
        "description": "Answers from the cache when the same request (text, format, published, "
        f"include) was answered before. At most {limit:,} characters of analysed text by default "
        f"(`MAX_TEXT_CHARS`, for HTML the text extracted from it) and {html_limit:,} bytes of raw "
        f"HTML (`MAX_HTML_BYTES`); one extraction may take {budget:g} s "
        "(`EXTRACT_TIMEOUT_SECONDS`). The query parameters carry the request's other fields for "
        "a text/plain body, and may stand beside a JSON body; a field given there and in the "
        "body with two values, and any unknown query parameter, is a 422.",
        "parameters": [*QUERY_PARAMETERS, IF_NONE_MATCH],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": "ExtractionRequest", "example": _example_request()},
                "text/plain": {"schema": {"type": "string", "pattern": "\\S"}},
            },
        },
        "responses": _guarded({
            "200": _extraction("The Extraction."),
            "400": _problem("The body is not readable JSON (or not UTF-8, or repeats a key)."),
            "413": _problem(
                "The text (`MAX_TEXT_CHARS`), the HTML (`MAX_HTML_BYTES`) or the whole body is "
                "over its size limit."
            ),
            "415": _problem("The body is neither application/json nor text/plain."),
            "422": _problem("Invalid fields; `errors` names each."),
            "503": _problem("The extraction outlived its time budget and was abandoned."),
        }),
    }  # fmt: skip
    stored = {
        "operationId": "getExtraction",
        "tags": ["extractions"],
        "summary": "The stored Extraction for a key an earlier answer gave",
        "description": "The caller's `id` is not stored with the facts, so `document.id` is null.",
        "parameters": [
            {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
            IF_NONE_MATCH,
        ],
        "responses": _guarded({
            "200": _extraction("The stored Extraction."),
            "404": _problem("Not (or no longer) stored."),
        }),
    }  # fmt: skip
    return {
        "/v1/extractions": {"post": create},
        "/v1/extractions/{key}": {"get": stored},
        **_batch_operations(),
        "/healthz": {"get": _open("healthz", "operations", "Liveness: the process answers", {
            "200": {"description": "Alive.", "content": _json("Health")}})},
        "/readyz": {"get": _open("readyz", "operations", "Readiness: model and cache answer", {
            "200": {"description": "Ready.", "content": _json("Health")},
            "503": _problem("Not ready; `checks` says which check failed.")})},
        "/metrics": {"get": _open("metrics", "operations", "Prometheus metrics of all workers", {
            "200": {"description": "Prometheus text exposition format.",
                    "content": {"text/plain": {"schema": {"type": "string"}}}}})},
        "/openapi.yaml": {"get": _open("openapi", "documentation", "This spec", {
            "200": {"description": "The OpenAPI document.",
                    "content": {"application/yaml": {"schema": {"type": "string"}}}}})},
        "/docs": {"get": _open("docs", "documentation", "Swagger UI over this spec, offline", {
            "200": {"description": "The page.",
                    "content": {"text/html": {"schema": {"type": "string"}}}}})},
    }  # fmt: skip


IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "description": "Retry safely: the same key with the same request returns the first answer "
    "(with `Idempotent-Replayed: true`) and does nothing new; with another request it is a 422. "
    "Kept per API key as long as a batch (BATCH_TTL_SECONDS).",
}
BATCH_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def _batch(description: str, status: int = 200) -> dict[str, Any]:
    headers: dict[str, Any] = {**REQUEST_ID}
    if status == 202:
        headers.update(RATE_HEADERS)
        headers["Location"] = {**HEADER, "description": "The batch: /v1/batches/{id}."}
        headers["Idempotent-Replayed"] = {**HEADER, "description": "`true` on a replayed answer."}
    return {"description": description, "headers": headers, "content": _json("Batch")}


def _batch_operations() -> dict[str, dict[str, Any]]:
    most = SETTINGS["MAX_BATCH_ARTICLES"][0]
    ndjson_article = {"type": "string", "description": "One ExtractionRequest object a line."}
    keyed = {
        "401": _problem("No valid API key (only when keys are configured)."),
        "429": _problem("Rate limit exceeded.", **{"Retry-After": HEADER}, **RATE_HEADERS),
        "503": _problem("Batches need Redis; this deployment has none."),
    }
    create = {
        "operationId": "createBatch",
        "tags": ["batches"],
        "summary": "Extract the facts of many articles, asynchronously",
        "description": f"Up to {most:,} articles (`MAX_BATCH_ARTICLES`), each with the fields of "
        "POST /v1/extractions, as a JSON object or as NDJSON (one article a line; then "
        "`callback_url` is a query parameter). Every article is checked first: one bad article "
        "makes a 422 whose `errors` name it (`articles.3.text`), and nothing is queued. Workers "
        "answer the articles, from the cache where they can; read the answers at `results`.",
        "parameters": [
            IDEMPOTENCY_KEY,
            _query(
                "callback_url",
                "With an NDJSON body: where to POST the final status.",
                {"type": "string"},
            ),
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": "BatchRequest"},
                "application/x-ndjson": {"schema": ndjson_article},
            },
        },
        "responses": {
            "202": _batch("Accepted and queued.", 202),
            "400": _problem("The body is not readable JSON or NDJSON."),
            "409": _problem("The first request with this Idempotency-Key is still answered."),
            "413": _problem("The body is over MAX_BATCH_BYTES."),
            "415": _problem("The body is neither application/json nor application/x-ndjson."),
            "422": _problem(
                "Invalid articles, callback_url or Idempotency-Key; `errors` names each."
            ),
            **keyed,
        },
    }
    status = {
        "operationId": "getBatch",
        "tags": ["batches"],
        "summary": "A batch's status, counts, times and callback attempts",
        "parameters": [BATCH_ID],
        "responses": {
            "200": _batch("The batch."),
            "404": _problem("No such batch (or expired)."),
            **keyed,
        },
    }
    results = {
        "operationId": "getBatchResults",
        "tags": ["batches"],
        "summary": "The answers, one NDJSON line per article in input order",
        "description": "Each line is the article's Extraction (with its `id`) or a problem "
        "object with the article's `index`. Streamed; while the batch runs, the lines stop "
        "before the first article not answered yet: resume with `after` (the lines already "
        "read). Once cancelled, an article never started gets a `/problems/cancelled` line.",
        "parameters": [
            BATCH_ID,
            _query(
                "after", "Skip this many lines (already read).", {"type": "integer", "minimum": 0}
            ),
        ],
        "responses": {
            "200": {
                "description": "NDJSON lines.",
                "headers": {
                    "X-Batch-Status": {**HEADER, "description": "The status now."},
                    **REQUEST_ID,
                    **RATE_HEADERS,
                },
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            },
            "404": _problem("No such batch (or expired)."),
            "422": _problem("A bad `after` or an unknown query parameter."),
            **keyed,
        },
    }
    cancel = {
        "operationId": "cancelBatch",
        "tags": ["batches"],
        "summary": "Cancel the articles of a batch not started yet",
        "description": "Chunks already running finish and keep their answers.",
        "parameters": [BATCH_ID],
        "responses": {
            "200": _batch("The batch, cancelled."),
            "404": _problem("No such batch (or expired)."),
            "409": _problem("The batch has already ended."),
            **keyed,
        },
    }
    return {
        "/v1/batches": {"post": create},
        "/v1/batches/{id}": {"get": status, "delete": cancel},
        "/v1/batches/{id}/results": {"get": results},
    }  # fmt: skip


def _open(operation_id: str, tag: str, summary: str, responses: dict[str, Any]) -> dict[str, Any]:
    """An operation that needs no key (the docs can be closed by DOCS_REQUIRE_KEY)."""
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": summary,
        "security": [],
        "responses": responses,
    }


def build_spec() -> APISpec:
    spec = APISpec(
        title="newsfacts",
        version=__version__,
        openapi_version="3.1.0",
        plugins=[MarshmallowPlugin()],
        info={"description": DESCRIPTION, "license": {"name": "MIT"}},
        servers=[{"url": "/"}],
        # Keys are optional (off unless configured): the empty requirement comes first. Stated
        # once for the whole API, so generated clients do not demand an authenticated client;
        # the open operations say `security: []`.
        security=OPTIONAL_KEY,
        tags=[
            {"name": "extractions", "description": "Facts from articles."},
            {"name": "batches", "description": "Many articles at once, answered by workers."},
            {"name": "operations", "description": "Probes and metrics for operators."},
            {"name": "documentation", "description": "This spec and its Swagger UI."},
        ],
    )
    spec.components.security_scheme("bearerKey", {"type": "http", "scheme": "bearer"})
    spec.components.security_scheme(
        "headerKey", {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    )
    components = {
        "ExtractionRequest": schemas.ExtractionRequest,
        "Extraction": schemas.ExtractionSchema,
        "BatchRequest": schemas.BatchRequest,
        "Batch": schemas.BatchSchema,
        "Problem": schemas.ProblemSchema,
        "Health": schemas.HealthSchema,
    }
    for name, schema in components.items():
        spec.components.schema(name, schema=schema)
    for path, operations in _operations().items():
        spec.path(path=path, operations=operations)
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
    spec = _named_nullable_enums(build_spec().to_dict())
    body = yaml.dump(spec, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def _named_nullable_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """A nullable enum as `anyOf: [named enum, null]`: generated clients then get one enum class
    and `| None`, where `type: [string, "null"]` with a null in the enum gives them three."""
    components = spec["components"]["schemas"]
    for schema in list(components.values()):
        for name, prop in schema.get("properties", {}).items():
            enum_name = prop.pop("x-enum-name", None)
            if enum_name is None or "null" not in prop.get("type", []):
                continue
            kind = next(t for t in prop["type"] if t != "null")
            values = [value for value in prop["enum"] if value is not None]
            components[enum_name] = {"type": kind, "enum": values}
            rest = {k: v for k, v in prop.items() if k not in ("type", "enum")}
            schema["properties"][name] = {
                "anyOf": [{"$ref": f"#/components/schemas/{enum_name}"}, {"type": "null"}],
                **rest,
            }
    return spec
