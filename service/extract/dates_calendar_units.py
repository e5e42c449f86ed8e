"""Calendar units named by number or place: ISO weeks, decades, quarters, fiscal years."""

from __future__ import annotations
