"""The import architecture holds: the contracts in pyproject.toml, and no import circle at all.

`make lint` runs the same contracts with `lint-imports`, which prints which import breaks one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
# The venv's own command; run apart, since import-linter reconfigures logging in its process.
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_import_contracts_are_kept() -> None:
    # Layers (web -> extraction core; pipeline -> kinds -> shared), forbidden imports (no Flask
    # or Redis in the core, no spaCy in the web layer) and no circle between sibling modules.
    run = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_module_is_imported_back_by_what_it_imports() -> None:
    # Stricter than the sibling contract: a package's __init__ counts as a module of its own, so
    # a submodule importing its package (whose __init__ imports that submodule) is a circle too.
    # Imports inside functions and under TYPE_CHECKING count as well.
    graph = grimp.build_graph("service", cache_dir=None)
    circles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                circles.append(" -> ".join((module, *back)))
    assert circles == []
