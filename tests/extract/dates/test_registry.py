"""dates/registry.py: every rule family registers its rules, in the order rules/__init__.py names.

The order breaks ties between matches of the same length at the same place, so it must be the
documented one, not whatever order the families happen to import each other in.
"""

from __future__ import annotations

import ast
from pathlib import Path

from service.extract.dates import rules
from service.extract.dates.registry import RULES

RULES_DIR = Path(rules.__file__).parent
EXAMPLES_DIR = Path(__file__).parent / "rules"


def _listed_families() -> list[str]:
    tree = ast.parse((RULES_DIR / "__init__.py").read_text(encoding="utf-8"))
    return [
        alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is None
        for alias in node.names
    ]


def test_families_register_in_the_listed_order() -> None:
    registered = [rule.handler.__module__.rsplit(".", 1)[-1] for rule in RULES]
    in_order = list(dict.fromkeys(registered))
    assert in_order == _listed_families()
    # Each family's rules sit together: no family registers in two runs.
    runs = [family for i, family in enumerate(registered) if i == 0 or registered[i - 1] != family]
    assert runs == in_order


def test_every_family_is_listed_and_has_its_examples() -> None:
    modules = sorted(p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__")
    assert sorted(_listed_families()) == modules
    assert sorted(p.stem.removeprefix("test_") for p in EXAMPLES_DIR.glob("test_*.py")) == modules
