"""Quotes: who said what (stub until written)."""

from __future__ import annotations

from typing import Any

from .facts import Actor, Quote


def extract_quotes(doc: Any, actors: list[Actor]) -> list[Quote]:
    """Return the quotes in `doc`, speakers resolved to `actors`."""
    return []
