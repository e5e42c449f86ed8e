"""schemathesis generates requests from openapi.yaml and checks every answer against it.

Each operation gets a bounded number of examples; the checks are schemathesis's defaults (no
5xx; statuses, headers, media types and bodies as the spec says; invalid input refused) but one:
"schema-valid input is accepted" cannot hold where the service checks more than OpenAPI can say
(a calendar date that exists, an ISO 8601 date or date-time in a query string), so those
refusals are only required to be well-formed 4xx problems, which the other checks cover.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from service import create_app
from service.extract import Pipeline

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def operations(pipeline: Pipeline, redis_url: str) -> dict[str, Any]:
    app = create_app({"REDIS_URL": redis_url}, pipeline=pipeline)
    schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)
    found = [result.ok() for result in schema.get_all_operations()]
    return {f"{op.method.upper()} {op.path}": op for op in found}


# schemathesis leaves out the address it loads the spec from (/openapi.yaml); test_openapi.py
# covers that one.
OPERATIONS = [
    "POST /v1/extractions",
    "GET /v1/extractions/{key}",
    "POST /v1/batches",
    "GET /v1/batches/{id}",
    "DELETE /v1/batches/{id}",
    "GET /v1/batches/{id}/results",
    "GET /healthz",
    "GET /readyz",
    "GET /metrics",
    "GET /docs",
]


def test_every_operation_of_the_spec_is_exercised(operations: dict[str, Any]) -> None:
    assert sorted(operations) == sorted(OPERATIONS)


# Invalid requests can only be made where the spec constrains an input (the POST body and
# query); a key or an ETag is any string.
CASES = [(name, GenerationMode.POSITIVE) for name in OPERATIONS] + [
    (name, GenerationMode.NEGATIVE) for name in OPERATIONS[:1]
]


@pytest.mark.parametrize("name, mode", CASES, ids=[f"{n} {m.value}" for n, m in CASES])
def test_generated_requests_get_answers_that_conform(
    operations: dict[str, Any], name: str, mode: GenerationMode
) -> None:
    # Invalid bodies only as JSON: any text/plain body is a string, so schemathesis's "this body
    # is not a string" mutations of one are still valid text.
    media_type = "application/json" if mode is GenerationMode.NEGATIVE else None
    strategy = operations[name].as_strategy(generation_mode=mode, media_type=media_type)

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def check(case: Any) -> None:
        statuses.append(
            case.call_and_validate(excluded_checks=[positive_data_acceptance]).status_code
        )

    statuses: list[int] = []
    check()
    assert statuses, "schemathesis generated no request"
