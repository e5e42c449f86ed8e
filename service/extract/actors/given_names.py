"""Given names: "Rebecca" is she, "Brock" is he, "Jean" and "Morgan" could be either.

The table (data/given_names.txt) is built from a licensed name register by tools/given_names.py
and read once, when the module is imported (before gunicorn forks, so workers share it).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Final, Literal

Gender = Literal["male", "female"]

_TABLE = Path(__file__).resolve().parent / "data" / "given_names.txt"
_CODES: Final[dict[str, Gender | None]] = {"f": "female", "m": "male", "u": None}


def _load() -> dict[str, Gender | None]:
    names: dict[str, Gender | None] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")
            names[name] = _CODES[code]
    return names


GIVEN_NAMES: Final[dict[str, Gender | None]] = _load()


def unaccented(text: str) -> str:
    """ "Gérard" as "Gerard", "Zahā Ḥadīd" as "Zaha Hadid": the text without combining marks."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _forms(word: str) -> list[str]:
    """The table's spellings of a given name: lower case, accents dropped ("Gérard" is gerard),
    and each part of a double name ("Pierre-Simon", "Jean-Luc")."""
    plain = unaccented(word.lower())
    return plain.split("-") if "-" in plain else [plain]


def is_given_name(word: str) -> bool:
    """Whether people commonly bear the name, of either gender ("Jean", "Gérard", "Jean-Luc")."""
    forms = _forms(word)
    return bool(forms) and all(form in GIVEN_NAMES for form in forms)


def given_name_gender(word: str) -> Gender | None:
    """The gender a given name nearly always has, else None (unknown or shared names). A double
    name has the gender its known parts agree on ("Jean-Pierre" is he)."""
    genders = {GIVEN_NAMES.get(form) for form in _forms(word)} - {None}
    return genders.pop() if len(genders) == 1 else None
