"""Quantities: how many, how much (stub until written)."""

from __future__ import annotations

from typing import Any

from .facts import Quantity


def extract_quantities(doc: Any) -> list[Quantity]:
    """Return the quantities in `doc`."""
    return []
