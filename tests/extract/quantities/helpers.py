"""What the quantity tests share: the quantities of a short text as plain tuples."""

from __future__ import annotations

from typing import Any

from service.extract.quantities import extract_quantities

Facts = list[tuple[str, float, str | None, str, str | None]]


def quantities_of(nlp: Any, text: str) -> Facts:
    """(text, value, unit, kind, qualifier) of each quantity; every offset must point into text."""
    found = extract_quantities(nlp(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.kind, q.qualifier) for q in found]
