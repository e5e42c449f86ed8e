"""The README tells the truth: every setting is in its table, and its example is a real answer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient

from service.config import SETTINGS

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in SETTINGS if f"| `{name}` |" not in text]
    assert not missing, f"README's configuration table lacks {missing}"


def _readme_example() -> Any:
    path = README.parent / "docs" / "readme_example.py"
    spec = importlib.util.spec_from_file_location("readme_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_shows_what_the_service_answers(client: FlaskClient) -> None:
    example = _readme_example()
    request = json.loads(example.REQUEST.read_text(encoding="utf-8"))
    answer = example.answer_of(client, request)
    assert example.stale(README.read_text(encoding="utf-8"), request, answer) == []


def test_a_stale_readme_answer_is_caught(client: FlaskClient) -> None:
    example = _readme_example()
    request = json.loads(example.REQUEST.read_text(encoding="utf-8"))
    answer = example.answer_of(client, request)
    answer["dates"] = answer["dates"][1:]
    assert example.stale(README.read_text(encoding="utf-8"), request, answer) == [
        "the answer shown is not what the service answers (make readme)"
    ]
