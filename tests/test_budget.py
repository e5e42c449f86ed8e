"""A per-request extraction budget: a text that takes too long is a 503, and the worker lives."""

from __future__ import annotations

import time

import pytest
from flask import Flask

from service import create_app
from service.budget import BudgetExceeded, time_budget
from service.extract import Pipeline


@pytest.fixture
def hasty(pipeline: Pipeline, redis_url: str) -> Flask:
    return create_app({"REDIS_URL": redis_url, "EXTRACT_TIMEOUT_SECONDS": 0.05}, pipeline=pipeline)


def test_an_extraction_over_budget_is_a_503_problem_and_the_app_goes_on(
    hasty: Flask, redis_client: object
) -> None:
    client = hasty.test_client()
    slow = " ".join(f"Minister number {n} said on Friday that {n} people left." for n in range(900))
    response = client.post("/v1/extractions", json={"text": slow})
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "/problems/extraction-timeout"
    after = client.post("/v1/extractions", json={"text": "Short text on Monday."})
    assert after.status_code == 200
    assert after.get_json()["dates"]


def test_the_budget_interrupts_pure_python_work() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.05):
        while True:
            pass
    assert time.monotonic() - started < 5


def test_no_budget_when_zero() -> None:
    with time_budget(0):
        time.sleep(0.01)
