"""The README's configuration table names every setting the service reads."""

from __future__ import annotations

from pathlib import Path

from service.config import SETTINGS

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in SETTINGS if f"| `{name}` |" not in text]
    assert not missing, f"README's configuration table lacks {missing}"
