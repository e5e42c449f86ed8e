"""A client generated from openapi.yaml with openapi-python-client is typed, and it works:
docs/client_example.py (`quote.speaker.name`, `date.range_.start`, a 422 problem's `errors`)
passes mypy --strict over it and runs against gunicorn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .live import ROOT, gunicorn

BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "docs" / "client_example.py"
# Strict for the example; the generator's own code is its business (its templates trip newer
# mypy releases on details of httpx's typing), but its types are what the example is checked
# against.
MYPY_INI = """[mypy]
strict = True
[mypy-newsfacts_client.*]
ignore_errors = True
"""


def _run(*command: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_generated_client_is_typed_and_works(redis_url: str, tmp_path: Path) -> None:
    generated = _run(
        BIN / "openapi-python-client", "generate",
        "--path", ROOT / "openapi.yaml",
        "--config", ROOT / "docs" / "client-config.yaml",
        "--meta", "none",
        "--output-path", tmp_path / "newsfacts_client",
        PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}",  # its ruff formats the code it writes
    )  # fmt: skip
    assert generated.returncode == 0, generated.stdout + generated.stderr
    # What it leaves out, and says so: the text/plain variant of the POST body, and NDJSON (a
    # batch sent as lines, and the results read as lines, which a caller streams).
    said = generated.stdout + generated.stderr
    warnings = [line for line in said.splitlines() if line.startswith("WARNING")]
    assert warnings == [
        "WARNING parsing POST /v1/extractions within extractions.",
        "WARNING parsing POST /v1/batches within batches.",
        "WARNING parsing GET /v1/batches/{id}/results within batches.",
    ]
    assert "Unsupported content type text/plain" in said
    assert "Unsupported content type application/x-ndjson" in said

    (tmp_path / "mypy.ini").write_text(MYPY_INI)
    typed = _run(
        BIN / "mypy", "--config-file", tmp_path / "mypy.ini",
        "--cache-dir", tmp_path / ".mypy_cache", EXAMPLE,
        MYPYPATH=str(tmp_path),
    )  # fmt: skip
    assert typed.returncode == 0, typed.stdout

    with gunicorn(REDIS_URL=redis_url, HOME=str(tmp_path)) as base:
        ran = _run(sys.executable, EXAMPLE, base, PYTHONPATH=str(tmp_path))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    # An interrupted quote is one quote whose parts leave the attribution out.
    said_both = "'We will finish the repairs before the summer, ... The bridge was never unsafe.'"
    assert f"direct: Anna Petrova said {said_both}" in lines
    assert "'next month' is 2023-05 (2023-05-01 to 2023-05-31)" in lines
    assert "422 text: ['The text is empty or only white space.']" in lines
    # No workers serve this gunicorn (REDIS_URL is set), so the batch waits until cancelled.
    assert "batch of 2: queued" in lines
    assert "batch after DELETE: cancelled" in lines
