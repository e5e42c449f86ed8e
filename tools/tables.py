"""What the table builders share: write the table, or check that it is what its source gives."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def build_or_check(
    argv: list[str] | None, doc: str | None, target: Path, build: Callable[[], str], make: str
) -> int:
    """`python -m tools.X` rewrites `target` from `build()`; with `--check` it only compares
    (exit 1 when stale, so a test can catch a table nobody rebuilt)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    built = build()
    if args.check:
        same = target.exists() and target.read_text(encoding="utf-8") == built
        print(f"{target.name}: {'up to date' if same else f'stale: run make {make}'}")
        return 0 if same else 1
    target.write_text(built, encoding="utf-8")
    rows = sum(1 for line in built.splitlines() if line and not line.startswith("#"))
    print(f"{target}: {rows} rows")
    return 0
