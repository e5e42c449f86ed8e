"""Actors: who acts or is acted upon (stub until written)."""

from __future__ import annotations

from typing import Any

from .facts import Actor


def extract_actors(doc: Any) -> list[Actor]:
    """Return one actor per real-world referent named in `doc`."""
    return []
