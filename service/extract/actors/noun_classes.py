"""What a common noun stands for, by its most frequent sense: "teammate" a person, "team" a
group, "city" a place, "morning" a time.

The table (data/noun_classes.txt) is built from WordNet 3.0 by tools/noun_classes.py and read
once, when the module is imported (before gunicorn forks, so workers share it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

NounClass = Literal["person", "group", "location", "time"]

_TABLE = Path(__file__).resolve().parent / "data" / "noun_classes.txt"


def _load() -> dict[str, NounClass]:
    classes: dict[str, NounClass] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, kind = line.split("\t")
            classes[noun] = kind  # type: ignore[assignment]
    return classes


NOUN_CLASSES: Final[dict[str, NounClass]] = _load()


def noun_class(lemma: str) -> NounClass | None:
    """The class of the noun's first WordNet sense, or None (another class, or unknown)."""
    return NOUN_CLASSES.get(lemma.lower())
