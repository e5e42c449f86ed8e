"""Given names whose gender is nearly certain: "Rebecca" is she, "Brock" is he.

The table (data/given_names.txt) is built from a licensed name register by tools/given_names.py
and read once, when the module is imported (before gunicorn forks, so workers share it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

Gender = Literal["male", "female"]

_TABLE = Path(__file__).resolve().parent / "data" / "given_names.txt"
_CODES: Final[dict[str, Gender]] = {"f": "female", "m": "male"}


def _load() -> dict[str, Gender]:
    names: dict[str, Gender] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")
            names[name] = _CODES[code]
    return names


GIVEN_NAMES: Final[dict[str, Gender]] = _load()


def given_name_gender(word: str) -> Gender | None:
    """The gender a given name nearly always has, else None (unknown or shared names)."""
    return GIVEN_NAMES.get(word.lower())
